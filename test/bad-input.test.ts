/**
 * Hostile and broken Markdown inputs: each is linted correctly or refused with
 * one plain sentence, and the rest of the batch is still linted.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const SPEC = '# Spec\n\n## 3. Scope\n\nThe service will ensure equitable provision for all.\n';

function utf16(text: string, bigEndian: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (bigEndian) body.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
}

const files: Record<string, string | Buffer> = {
  'a-good.md': SPEC,
  'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  'zip-named.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
  'invalid-utf8.md': Buffer.concat([Buffer.from('# Spec\n\nFair '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' to all.\n')]),
  // A UTF-16 byte-order mark, then binary: a lone surrogate (0xD800), and NUL characters.
  'utf16-broken.md': Buffer.from([0xff, 0xfe, 0x23, 0x00, 0x00, 0xd8, 0x41, 0x00]),
  'utf16-binary.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Spec', 'utf16le'), Buffer.alloc(8)]),
  'quotes.md': `${'>'.repeat(20_000)} The service will be fair to all.\n`,
  'lists.md': Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
  'empty.md': '',
  'utf16le.md': utf16(SPEC, false),
  'utf16be.md': utf16(SPEC, true),
  'bom.md': `\ufeff${SPEC}`,
  'crlf.md': SPEC.replace(/\n/g, '\r\n'),
  'long-line.md': `# Spec\n\n## 3. Scope\n\n${'The clinic opens at nine and closes at five. '.repeat(23_000)}The service will ensure equitable provision for all.\n`,
  'z-good.md': SPEC,
  '.speclintrc.yaml': 'extends: []\nrules:\n  no-vague-equity-statement: error\n',
};

interface Result {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; fatal?: boolean; line: number; column: number; quote?: string }>;
}

describe('bad Markdown input', () => {
  const dir = tempTree(files);
  const inputs = Object.keys(files).filter((f) => f.endsWith('.md'));
  const before = Object.fromEntries(inputs.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
  const run = speclint(['--format', 'json', '.'], { cwd: dir });
  const results = JSON.parse(run.stdout) as Result[];
  const byName = new Map(results.map((r) => [r.filePath.split('/').pop()!, r]));
  const fatal = (name: string): string => {
    const r = byName.get(name)!;
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: null, fatal: true, line: 1, column: 1 });
    return r.messages[0]!.message;
  };
  const vagueQuotes = (name: string): Array<string | undefined> => byName.get(name)!.messages.map((m) => m.quote);

  it('lints every file in the batch and exits 2 because some could not be read', () => {
    expect(run.code).toBe(2);
    expect(results.map((r) => r.filePath.split('/').pop())).toEqual(inputs.sort());
    expect(vagueQuotes('a-good.md')).toEqual(['The service will ensure equitable provision for all.']);
    expect(vagueQuotes('z-good.md')).toEqual(['The service will ensure equitable provision for all.']);
  });

  it('refuses binary, zip, invalid UTF-8 and broken UTF-16 files with one plain sentence', () => {
    expect(fatal('binary.md')).toBe(`${join(dir, 'binary.md')} contains binary data, not Markdown text: check you chose the right file, or save it as plain text (UTF-8).`);
    expect(fatal('zip-named.md')).toBe(`${join(dir, 'zip-named.md')} is a Word or other zip file, not Markdown text: check you chose the right file, or give it its proper extension.`);
    expect(fatal('invalid-utf8.md')).toBe(`${join(dir, 'invalid-utf8.md')} is not valid UTF-8 text: open it in your editor and save it with UTF-8 encoding, then try again.`);
    expect(fatal('utf16-broken.md')).toBe(`${join(dir, 'utf16-broken.md')} starts like UTF-16 text but is not valid UTF-16: open it in your editor and save it with UTF-8 encoding, then try again.`);
    expect(fatal('utf16-binary.md')).toBe(`${join(dir, 'utf16-binary.md')} contains binary data, not Markdown text: check you chose the right file, or save it as plain text (UTF-8).`);
  });

  it('refuses absurd nesting before the parser sees it', () => {
    expect(fatal('quotes.md')).toBe(`${join(dir, 'quotes.md')} nests block quotes more than 64 levels deep, which no specification does: check you chose the right file.`);
    expect(fatal('lists.md')).toBe(
      `${join(dir, 'lists.md')} indents text more than 256 columns (lists nested far too deep for a specification): check you chose the right file.`,
    );
  });

  it('lints UTF-16 (either byte order), a UTF-8 byte-order mark and CRLF line endings like plain UTF-8', () => {
    for (const name of ['utf16le.md', 'utf16be.md', 'bom.md', 'crlf.md']) {
      expect(byName.get(name)!.messages, name).toEqual([
        expect.objectContaining({ ruleId: 'no-vague-equity-statement', line: 5, column: 1, quote: 'The service will ensure equitable provision for all.' }),
      ]);
    }
  });

  it('lints an empty file and a 1 MB line', () => {
    expect(byName.get('empty.md')!.messages).toEqual([]);
    const long = byName.get('long-line.md')!.messages;
    expect(long.map((m) => m.quote)).toEqual(['The service will ensure equitable provision for all.']);
    expect(long[0]!.column).toBe(1_035_001);
  });

  it('never writes to an input', () => {
    for (const name of inputs) {
      expect(createHash('sha256').update(readFileSync(join(dir, name))).digest('hex'), name).toBe(before[name]);
    }
  });

  it('a missing path is one fatal message and the rest still run', () => {
    const other = speclint(['--format', 'json', 'nope.md', 'a-good.md', 'specs/**/*.md'], { cwd: dir });
    expect(other.code).toBe(2);
    const out = JSON.parse(other.stdout) as Result[];
    expect(out.map((r) => [r.filePath.split('/').pop(), r.messages[0]?.fatal ?? false, r.messages[0]?.message.split(': ')[1]])).toEqual([
      ['a-good.md', false, undefined],
      ['nope.md', true, 'check the path.'],
      ['*.md', true, 'check the pattern (quote it so your shell does not expand it).'],
    ]);
  });
});
