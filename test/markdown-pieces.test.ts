/**
 * The language server re-parses only the pieces of a Markdown document that
 * changed (src/loaders/markdown-chunks.ts). Whatever the text and whatever
 * the edits, the result must be exactly what parsing the whole text gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkStarts, joinPieces, markdownPieces, MAX_LINE_CHARS, MAX_PIECE_CHARS, safeCuts } from '../src/loaders/markdown-chunks.js';
import { loadMarkdown, loadMarkdownPieces, MarkdownPieceCache } from '../src/loaders/markdown.js';

const root = join(import.meta.dirname, '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Cut at every safe place (far more cuts than chunkStarts makes, so each
 * safety condition is exercised), and as chunkStarts cuts, with the cache.
 */
const expectSameAsWhole = (text: string, cache = new MarkdownPieceCache()): void => {
  const whole = loadMarkdownPieces(text, [0]);
  expect(loadMarkdownPieces(text, [0, ...[...safeCuts(text)].map((c) => c.offset)])).toEqual(whole);
  expect(loadMarkdown(text, cache)).toEqual(whole);
  expect(loadMarkdown(text)).toEqual(whole);
};

/** Fragments chosen for the constructs that could reach across a cut. */
const FRAGMENTS = [
  '# Service specification',
  '## 3. Scope',
  'Setext title\n============',
  'The service will be accessible to all.',
  'Interpreters will be booked for every appointment where needed, and uptake by ethnic group reported each quarter.',
  '- one\n- two',
  '- loose one\n\n- loose two\n\n  continued inside the item',
  '1. first\n2. second',
  '3) third',
  '4. fourth, after a blank line',
  '- another item, after a blank line',
  '* item\n\n      indented code in an item',
  '    indented code\n\n    after a blank line',
  '```\ncode with\n\n# not a heading\n```',
  '~~~~\nfence\n\n~~~\nstill inside\n~~~~',
  '```js `not a fence`\nparagraph',
  '```\nnever closed',
  '<!-- speclint-disable-next-line no-vague-equity-statement -->',
  '<!-- a comment\n\n# still in the comment\n-->',
  '<!--\nunclosed comment',
  '<SCRIPT>\nx\n\n# inside\n</script>',
  '<div>\nhtml block\n</div>',
  '<div>\n<!-- inside the div',
  '<span>inline</span> starts a paragraph',
  '<custom-tag>',
  '- item\n\n  ```\n  unclosed fence in an item',
  '> quoted\n\n> quoted again',
  '> lazy\ncontinuation',
  '| Indicator | Target |\n|---|---|\n| Waits | 90% |',
  '| A | B |\n|---|---|\n| [link][ref] | x |',
  '[ref]: https://example.org',
  'A footnote[^1].\n\n[^1]: The note.',
  '***',
  '- - -',
  '   #   Heading with spaces',
  '\tTabbed line',
  'Line one  \nline two with a hard break',
  'Text with <!-- inline comment --> inside.',
  '',
  ' ',
  '\u00a0',
  'carriage\rreturns\ronly',
  '```\nclosed by a fence with a no-break space after it?\n```\u00a0',
  '<script>\n</style>',
  '<pre\u00a0x>',
  '- item\n  <!--',
  '> [foo]: https://example.org',
  'See [foo] here.',
  '[foo\nbar]: /u',
  '\ufeffbyte order mark',
  'Text with *emphasis*, **strong**, `code` and a [link](https://x.org/a.b "t").',
  'Escapes \\* and entities &amp; &copy; in a line.',
  '![image](x.png) after an image, and [a reference][ref].',
  '> - [ ] task in a quote\n>   continued',
  '- item\n\t\tindented with tabs',
];

const documentArb = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n\r\n', '\n \n')), { maxLength: 40 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS, '\n', '\n\n', '\r', '`', '<!--', '-->', '```', '#', '- '), fc.string({ maxLength: 12 })),
});

describe('Markdown read piece by piece', () => {
  it('reads every fixture, corpus text and example exactly as the whole', () => {
    const files = [...markdownFiles(join(root, 'fixtures')), ...markdownFiles(join(root, 'examples'))];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expectSameAsWhole(readFileSync(file, 'utf8'));
  });

  it('places every piece of text on the source it reads', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        for (const block of loadMarkdown(text).raw.blocks) {
          let lastSource = 0;
          let lastText = 0;
          for (const span of block.spans) {
            expect(span.sourceStart).toBeGreaterThanOrEqual(lastSource);
            expect(span.textStart).toBeGreaterThanOrEqual(lastText);
            expect(span.sourceEnd).toBeLessThanOrEqual(text.length);
            const written = text.slice(span.sourceStart, span.sourceEnd);
            // Text is placed on itself; only escapes, entities and code spans read otherwise than written.
            if (span.verbatim) expect(written).toBe(block.text.slice(span.textStart, span.textStart + span.length));
            else expect(written).toMatch(/^(\\.|&#?\w+;|(`+)[^]*\2)$/);
            lastSource = span.sourceEnd;
            lastText = span.textStart + span.length;
          }
        }
      }),
      { seed: 20261206, numRuns: 400 },
    );
  });

  it('reads generated documents exactly as the whole', () => {
    fc.assert(
      fc.property(documentArb, (text) => expectSameAsWhole(text)),
      { seed: 20261123, numRuns: 400 },
    );
  });

  it('stays exact through a run of edits with one cache, as in an editor', () => {
    fc.assert(
      fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 15 }), (start, edits) => {
        const cache = new MarkdownPieceCache();
        let text = start;
        expectSameAsWhole(text, cache);
        for (const edit of edits) {
          const at = Math.floor(edit.at * text.length);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
          expectSameAsWhole(text, cache);
        }
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it('cuts a long specification into many pieces, and leaves the cuts elsewhere alone when one place changes', () => {
    const sections = Array.from({ length: 30 }, (_, i) => `## Section ${i}\n\n${'The clinic sees each referral within ten working days. '.repeat(8)}\n\nA second paragraph for section ${i}.\n`);
    const text = `# Spec\n\n${sections.join('\n')}`;
    const before = chunkStarts(text);
    expect(before.length).toBeGreaterThanOrEqual(30);
    const at = text.indexOf('## Section 10');
    const edited = `${text.slice(0, at)}An inserted sentence.\n\n${text.slice(at)}`;
    const shift = 'An inserted sentence.\n\n'.length;
    const after = chunkStarts(edited);
    expect(after.filter((s) => s > at).map((s) => s - shift)).toEqual(before.filter((s) => s >= at));
  });

  it('reads the cases a review found exactly as the whole', () => {
    for (const text of [
      '```\ncode\n```\u00a0\n\n# Heading\n\nmore\n',
      '<script>\n</style>\n\n```\n\n</script>\n\n# H\n```\n',
      '<pre\u00a0x>\n\n```\n\n</pre>\n\n# H\n```\n',
      '- item\n  <!--\n\n```\nx\n\n-->\n\n# H\n```\n',
      '> [foo]: https://example.org\n\nSee [foo] here.\n',
      'Text[^1].\n\n> [^1]: note\n\nMore.\n',
      '[foo\nbar]: https://example.org\n\nSee [foo bar] here.\n',
      'a\n\n\uFEFFbeta text\n',
    ]) {
      expectSameAsWhole(text);
    }
  });

  it('does not cut a document with link or footnote definitions, nor inside fences and comments', () => {
    expect(chunkStarts('# A\n\npara\n\n[x]: https://example.org\n\n# B\n')).toEqual([0]);
    const fenced = '# A\n\n```\n\n# B\n```\n\n# C\n';
    expect(chunkStarts(fenced)).toEqual([0, fenced.indexOf('# C')]);
    const commented = '# A\n\n<!--\n\n# B\n-->\n\n# C\n';
    expect(chunkStarts(commented)).toEqual([0, commented.indexOf('# C')]);
  });
});

describe('Markdown read once (no editor cache): the pieces joined up to MAX_PIECE_CHARS', () => {
  /** Every piece as markdownPieces cuts it, forced cuts and table heads included: how a document was read before pieces were joined. */
  const readCut = (text: string) => {
    const pieces = markdownPieces(text);
    return loadMarkdownPieces(text, pieces.starts, undefined, pieces.tableHeads);
  };
  const lengths = (starts: number[], length: number): number[] => starts.map((s, i) => (starts[i + 1] ?? length) - s);
  const examples = markdownFiles(join(root, 'examples')).map((f) => readFileSync(f, 'utf8'));
  const spec = examples.join('\n\n');

  it('reads a long specification in a few pieces, exactly as the whole', () => {
    // Every fixture, corpus text and example with no link definitions (a document with one is not cut at all).
    const texts = [...markdownFiles(join(root, 'fixtures')), ...markdownFiles(join(root, 'examples'))].map((f) => readFileSync(f, 'utf8')).filter((t) => !t.includes(']:') && !t.startsWith('\uFEFF'));
    const text = texts.join('\n\n');
    expect(text.length).toBeGreaterThan(3 * MAX_PIECE_CHARS);
    const pieces = markdownPieces(text);
    const joined = joinPieces(pieces, text.length);
    expect(pieces.forced.size).toBe(0);
    expect(joined.length).toBeLessThan(pieces.starts.length / 20);
    expect(Math.max(...lengths(joined, text.length))).toBeLessThanOrEqual(MAX_PIECE_CHARS);
    expect(joined.every((s) => pieces.starts.includes(s))).toBe(true);
    expect(loadMarkdown(text)).toEqual(loadMarkdownPieces(text, [0]));
  });

  it('keeps forced cuts where they were: a long table, a long line and a long paragraph read as before', () => {
    const row = (i: number): string => `| Indicator ${i} | ${i % 100}% of referrals seen within ${i % 9} weeks |`;
    const table = `| Indicator | Target |\n|---|---|\n${Array.from({ length: 3000 }, (_, i) => row(i)).join('\n')}`;
    const line = 'The service will be accessible to all and will meet the needs of every community. '.repeat(1500);
    const lines = Array.from({ length: 2000 }, (_, i) => `Line ${i} of a paragraph with no blank line in it, about interpreters.`).join('\n');
    for (const middle of [table, line, lines, `${table}\n\n${spec}\n\n${line}`]) {
      const text = `${spec}\n\n${middle}\n\n${spec}\n\n${spec}`;
      const pieces = markdownPieces(text);
      const joined = joinPieces(pieces, text.length);
      expect(pieces.forced.size).toBeGreaterThan(0);
      expect([...pieces.forced].every((s) => joined.includes(s))).toBe(true);
      expect(joined.length).toBeLessThan(pieces.starts.length);
      expect(loadMarkdown(text)).toEqual(readCut(text));
    }
  });

  it('reads generated long documents as the cut pieces do', () => {
    const longLine = `${'A sentence about fair access for everyone in the borough. '.repeat(700)}`;
    fc.assert(
      fc.property(fc.array(documentArb, { minLength: 1, maxLength: 6 }), fc.nat({ max: 5 }), (parts, at) => {
        const blocks = [...parts, spec, spec];
        blocks.splice(at % blocks.length, 0, longLine);
        const text = blocks.join('\n\n');
        expect(text.length).toBeGreaterThan(MAX_LINE_CHARS);
        expect(loadMarkdown(text)).toEqual(readCut(text));
      }),
      { seed: 20261206, numRuns: 20 },
    );
  });
});
