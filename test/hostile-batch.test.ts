/**
 * Issue 20 item 2: no one file takes down a run. A pathological Markdown
 * paragraph is read in bounded pieces; findings' quotes stay small; a worker
 * that dies costs only its own file; and a batch of every hostile input the
 * tests use, plus one ordinary specification, always reports that
 * specification and stays within a memory bound. Memory is measured (peak RSS
 * of the CLI process), never time. The full-size figures are in SECURITY.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chunkStarts, markdownPieces, MAX_LINE_CHARS, MAX_PIECE_CHARS } from '../src/loaders/markdown-chunks.js';
import { loadMarkdown, loadMarkdownPieces, MarkdownPieceCache } from '../src/loaders/markdown.js';
import { MAX_INPUT_BYTES, MAX_MARKDOWN_BYTES } from '../src/loaders/size.js';
import { Linter } from '../src/linter.js';
import { speclint, speclintPeak } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const VAGUE = 'The service will ensure equitable provision for all.';
const SPEC = `# Spec\n\n## 3. Scope\n\n${VAGUE}\n`;
/** One paragraph on one line, `chars` long, with no full stop (so one sentence, as the issue's 45 MB case). */
const oneLine = (chars: number): string => `# Spec\n\n## 3. Scope\n\n${'The service will monitor outcomes by ethnicity where appropriate '.repeat(Math.ceil(chars / 65)).slice(0, chars)}\n`;

interface Result {
  filePath: string;
  fatalErrorCount: number;
  messages: Array<{ ruleId: string | null; message: string; fatal?: boolean; quote?: string }>;
}
const byName = (stdout: string): Map<string, Result> => new Map((JSON.parse(stdout) as Result[]).map((r) => [r.filePath.split('/').pop()!, r]));

describe('a pathological paragraph', () => {
  it('is cut into pieces with no line longer than the parser can hold, before words, keeping every word', () => {
    const text = oneLine(300_000);
    const starts = chunkStarts(text);
    const ends = [...starts.slice(1), text.length];
    expect(starts.length).toBeGreaterThanOrEqual(300_000 / MAX_LINE_CHARS);
    starts.forEach((start, i) => {
      expect(Math.max(...text.slice(start, ends[i]).split('\n').map((line) => line.length))).toBeLessThanOrEqual(MAX_LINE_CHARS);
      // A piece starts a paragraph: at a letter, after a space (never inside a word).
      if (i > 1) expect(text.slice(start - 1, start + 1)).toMatch(/^ \p{L}$/u);
    });
    const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
    const blocks = loadMarkdown(text).raw.blocks;
    expect(words(blocks.map((b) => b.text).join(' '))).toEqual(words(text.replace(/#+ /g, '')));
  });

  it('a paragraph of many short lines is cut at a line that starts with a letter, once a piece is long', () => {
    const text = `# Spec\n\n${'The clinic opens at nine and\ncloses at five every weekday\n'.repeat(20_000)}`;
    const starts = chunkStarts(text);
    expect(starts.length).toBeGreaterThan(1);
    for (const [i, start] of starts.entries()) {
      if (i > 1) expect(text[start - 1]).toBe('\n');
      expect((starts[i + 1] ?? text.length) - start).toBeLessThanOrEqual(MAX_PIECE_CHARS);
    }
  });

  it('a long table is cut between rows, each piece read after its header: the table reads exactly as the whole', () => {
    const row = (r: number): string => `| ${Array.from({ length: 20 }, (_, c) => (c === 3 ? VAGUE : `r${r}c${c}`)).join(' | ')} |`;
    const table = (rows: number): string => `| ${Array.from({ length: 20 }, (_, c) => `KPI ${c}`).join(' | ')} |\n|${'---|'.repeat(20)}\n${Array.from({ length: rows }, (_, r) => row(r)).join('\n')}\n`;
    const text = `# Spec\n\n## 2. Outcomes\n\n${table(300)}\nText after it. <!-- speclint-disable-next-line -->\n\n${table(400)}\n| a | b |\n|---|---|\n| 1 | 2 |\n`;
    const pieces = markdownPieces(text);
    expect(pieces.tableHeads.size).toBeGreaterThanOrEqual(text.length / MAX_PIECE_CHARS - 3);
    for (const [start, head] of pieces.tableHeads) {
      expect(pieces.starts).toContain(start);
      expect(text.slice(start).startsWith('| r')).toBe(true);
      expect(head).toMatch(/^\| KPI 0 .*\n\|---\|/);
    }
    const whole = loadMarkdownPieces(text, [0]);
    expect(whole.raw.blocks.filter((b) => b.cell?.table === 1)).toHaveLength(401 * 20);
    expect(loadMarkdown(text)).toEqual(whole);
    // As the language server reads it, with its cache of pieces, before and after an edit.
    const cache = new MarkdownPieceCache();
    expect(loadMarkdown(text, cache)).toEqual(whole);
    const edited = text.replace('r350c0', 'r350c0 edited');
    expect(loadMarkdown(edited, cache)).toEqual(loadMarkdownPieces(edited, [0]));
  }, 120_000);

  it('an ordinary long document is not cut by force: read in pieces, it reads exactly as the whole', () => {
    const text = `# Spec\n\n${Array.from({ length: 3000 }, (_, i) => `## ${i}. Part\n\nThe clinic sees each referral within ten working days, and reports waits by ethnic group (${i}).\n`).join('\n')}`;
    expect(text.length).toBeGreaterThan(MAX_PIECE_CHARS);
    expect(loadMarkdown(text)).toEqual(loadMarkdownPieces(text, [0]));
  });

  it('1 MB on one line is linted within 200 MB of memory (it took 382 MB; 45 MB ran out of memory at 4.8 GB)', () => {
    const dir = tempTree({ 'long.md': oneLine(1024 * 1024) });
    const run = speclintPeak(['--format', 'json', 'long.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(byName(run.stdout).get('long.md')!.fatalErrorCount).toBe(0);
    expect(run.peakMB).toBeLessThan(200);
  });
});

describe('the Markdown size limit', () => {
  it('refuses Markdown past MAX_MARKDOWN_BYTES in one sentence, unparsed; a Word file may be larger', async () => {
    const dir = tempTree({});
    const linter = new Linter({ cwd: dir });
    const refused = await linter.lintText('a'.repeat(MAX_MARKDOWN_BYTES + 1), join(dir, 'huge.md'));
    expect(refused.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('huge.md is larger than 10 MB, too large to be a Markdown specification') })]);
    // The Word loader, not the Markdown limit, decides about a .docx of that size.
    const word = await linter.lintText('a'.repeat(MAX_MARKDOWN_BYTES + 1), join(dir, 'huge.docx'));
    expect(word.messages[0]!.message).not.toContain('Markdown');
    expect(MAX_MARKDOWN_BYTES).toBeLessThan(MAX_INPUT_BYTES);
  });
});

describe("findings' quotes", () => {
  it('take little memory each: a quote is one flat string, not a rope of characters', () => {
    // Measured in a child (of the built code) with a garbage collector to call: bytes of heap kept per quote.
    const script = `
      const { quoteOf } = await import(${JSON.stringify(new URL('../dist/src/core/locate.js', import.meta.url).href)});
      const text = ${JSON.stringify(`${VAGUE} `.repeat(4))};
      globalThis.gc();
      const before = process.memoryUsage().heapUsed;
      const kept = [];
      for (let i = 0; i < 20000; i++) kept.push(quoteOf(text + i));
      globalThis.gc();
      process.stdout.write(String((process.memoryUsage().heapUsed - before) / kept.length));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    // About 220 one-byte characters and a header; as a rope of one string per character it took about 7 KB.
    expect(Number(run.stdout)).toBeLessThan(500);
  });
});

describe('a file whose worker dies', () => {
  const META = "meta: { type: 'problem', docs: { description: 'x', rationale: '', source: '', recommended: 'error', goodExample: '' }, messages: { m: 'found' } }";
  // Stands in for a crash or a runaway allocation: process.exit in a worker thread ends that thread only.
  const plugin = `export default { rules: { x: { ${META}, create() { return { sentence(s) { if (s.text.includes('CRASH')) process.exit(7); } }; } } } };\n`;
  const config = 'extends: []\nplugins: [./plugin.mjs]\nrules:\n  plugin/x: error\n  no-vague-equity-statement: error\n';
  const stopped = (name: string): string => `speclint stopped unexpectedly while linting ${name} (exit code 7), so it was not linted; the other files were. Please report it.`;

  it('is one fatal message for that file; the other files are reported and a new worker takes the rest (exit 2)', () => {
    const files: Record<string, string> = { '.speclintrc.yaml': config, 'plugin.mjs': plugin };
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) files[`${name}.md`] = SPEC;
    files['b.md'] = `${SPEC}\nCRASH here.\n`;
    files['e.md'] = `${SPEC}\nCRASH here too.\n`;
    const dir = tempTree(files);
    const run = speclint(['--format', 'json', '--concurrency', '2', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    const results = byName(run.stdout);
    expect([...results.keys()]).toEqual(['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md']);
    for (const name of ['b.md', 'e.md']) expect(results.get(name)!.messages).toEqual([expect.objectContaining({ fatal: true, message: stopped(join(dir, name)) })]);
    for (const name of ['a.md', 'c.md', 'd.md', 'f.md']) expect(results.get(name)!.messages.map((m) => m.quote)).toEqual([VAGUE]);
  });

  it('without --concurrency, a large file is linted in a worker of its own, so it cannot take the run down with it', () => {
    const big = `${oneLine(3 * 1024 * 1024)}\nCRASH here.\n`;
    const dir = tempTree({ '.speclintrc.yaml': config, 'plugin.mjs': plugin, 'a.md': SPEC, 'big.md': big, 'z.md': SPEC });
    const run = speclint(['--format', 'json', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    const results = byName(run.stdout);
    expect(results.get('big.md')!.messages).toEqual([expect.objectContaining({ fatal: true, message: stopped(join(dir, 'big.md')) })]);
    expect(results.get('a.md')!.messages.map((m) => m.quote)).toEqual([VAGUE]);
    expect(results.get('z.md')!.messages.map((m) => m.quote)).toEqual([VAGUE]);
  });
});

describe('every hostile input of the tests in one batch, and one ordinary specification', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const wordXml = (body: string, doctype = ''): string => `<?xml version="1.0" encoding="UTF-8"?>${doctype}<w:document ${W}><w:body>${body}</w:body></w:document>`;
  const word = (body: string, doctype = ''): Uint8Array => zipSync({ 'word/document.xml': strToU8(wordXml(body, doctype)) });
  const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  /** Rewrites the size a zip declares for its one entry, in both headers. */
  const lyingSize = (zip: Uint8Array): Uint8Array => {
    const out = zip.slice();
    const view = new DataView(out.buffer);
    for (let i = 0; i + 46 < out.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x02014b50) view.setUint32(i + 24, 1000, true);
      if (signature === 0x04034b50) view.setUint32(i + 22, 1000, true);
    }
    return out;
  };
  const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
  const row = (r: number): string => `| ${Array.from({ length: 20 }, (_, c) => `cell ${r}.${c}`).join(' | ')} |`;

  const files: Record<string, string | Uint8Array> = {
    '.speclintrc.yaml': 'extends: []\nrules:\n  no-vague-equity-statement: error\n',
    'a-ordinary.md': SPEC,
    // Markdown (test/bad-input, test/security, this file)
    'binary.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'invalid-utf8.md': Buffer.concat([Buffer.from('# Spec\n\nFair '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' to all.\n')]),
    'quotes.md': `${'>'.repeat(20_000)} ${VAGUE}\n`,
    'lists.md': Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
    'long-sentences.md': `# Spec\n\n## 3. Scope\n\n${'The clinic opens at nine and closes at five. '.repeat(23_000)}\n`,
    'long-paragraph.md': oneLine(2 * 1024 * 1024),
    'many-findings.md': `# Spec\n\n## 3. Scope\n\n${`${VAGUE} `.repeat(2).concat('\n\n').repeat(10_000)}`,
    'table.md': `# Spec\n\n## 2. Outcomes\n\n${row(0)}\n|${'---|'.repeat(20)}\n${Array.from({ length: 2000 }, (_, r) => row(r + 1)).join('\n')}\n`,
    'directives.md': `# Spec\n\n${Array.from({ length: 5000 }, (_, i) => `<!-- speclint-disable require-engagement-plan -->\n\n${VAGUE} ${i}\n`).join('\n')}`,
    'comments.md': `# Spec\n\n${'<!--'.repeat(100_000)}\n`,
    'empty.md': '',
    // Word (test/docx-bad-input, test/security)
    'legacy.docx': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(1016)]),
    'not-word.docx': zipSync({ 'hello.txt': strToU8('not a document') }),
    'bomb-lying.docx': lyingSize(zipSync({ 'word/document.xml': strToU8(wordXml(para(' '.repeat(70 * 1024 * 1024)))) }, { level: 6 })),
    'laughs.docx': word(para('&lol2;'), laughs),
    'nested-tables.docx': word(`${'<w:tbl><w:tr><w:tc>'.repeat(300)}${para(VAGUE)}${'</w:tc></w:tr></w:tbl>'.repeat(300)}`),
    'deletions.docx': word(`<w:p>${'<w:del>'.repeat(50_000)}<w:r><w:delText>gone</w:delText></w:r>${'</w:del>'.repeat(50_000)}<w:r><w:t>${VAGUE}</w:t></w:r></w:p>`),
    'list-levels.docx': word(`<w:p><w:pPr><w:numPr><w:ilvl w:val="999999999"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${VAGUE}</w:t></w:r></w:p>`),
    'word-table.docx': word(`<w:tbl>${Array.from({ length: 2000 }, (_, r) => `<w:tr>${Array.from({ length: 20 }, (_, c) => `<w:tc>${para(`cell ${r}.${c}`)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`),
    'z-ordinary.md': SPEC,
  };

  it('reports both ordinary files, refuses or reads each hostile one, exits 2, and peaks under 600 MB', () => {
    const dir = tempTree(files);
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    for (const concurrency of ['1', '2']) {
      const run = speclintPeak(['--format', 'json', '--concurrency', concurrency, '.'], { cwd: dir });
      expect(run.code).toBe(2);
      const results = byName(run.stdout);
      expect(results.size).toBe(Object.keys(files).length - 1 + 2);
      for (const name of ['a-ordinary.md', 'z-ordinary.md']) expect(results.get(name)!.messages.map((m) => m.quote)).toEqual([VAGUE]);
      for (const name of ['binary.md', 'invalid-utf8.md', 'quotes.md', 'lists.md', 'legacy.docx', 'not-word.docx', 'bomb-lying.docx', 'laughs.docx', 'zero.md', 'pipe.md']) {
        expect(results.get(name)!.fatalErrorCount, name).toBe(1);
      }
      for (const name of ['long-sentences.md', 'long-paragraph.md', 'many-findings.md', 'table.md', 'directives.md', 'nested-tables.docx', 'deletions.docx', 'word-table.docx']) {
        expect(results.get(name)!.fatalErrorCount, name).toBe(0);
      }
      expect(results.get('many-findings.md')!.messages).toHaveLength(20_000);
      process.stderr.write(`hostile batch, --concurrency ${concurrency}: peak ${run.peakMB} MB\n`);
      expect(run.peakMB, `--concurrency ${concurrency}`).toBeLessThan(600);
    }
  }, 300_000);
});
