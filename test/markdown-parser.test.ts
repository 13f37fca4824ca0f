import { describe, expect, it } from 'vitest';
import { loadMarkdown } from '../src/loaders/markdown.js';

/** The blocks speclint reads from a Markdown text: kind and text. */
const read = (text: string): Array<[string, string]> => loadMarkdown(text).raw.blocks.map((b) => [b.kind, b.text]);

/** Where each block's words are in the source: the source text under each span, joined. */
const placed = (text: string): string[] =>
  loadMarkdown(text).raw.blocks.map((b) => b.spans.map((s) => text.slice(s.sourceStart, s.sourceEnd)).join('|'));

describe('the Markdown parser', () => {
  const text = [
    '# Contact',
    '',
    'Write to info@nhs.net, see www.nhs.uk or https://www.england.nhs.uk/ (in English and Urdu).',
    '',
    '| KPI | Target |',
    '| --- | ------ |',
    '| Uptake by ethnicity | 80% ~~70%~~ |',
    '',
    '- [x] done[^1]',
    '- [ ] to do',
    '',
    '[^1]: A note.',
    '',
    '[^2]: A note nothing refers to.',
    '',
    '## After',
    '',
  ].join('\n');

  it('leaves bare addresses as text (no link literals), so their words read as plain text', () => {
    const line = 'Write to info@nhs.net, see www.nhs.uk or https://www.england.nhs.uk/ (in English and Urdu).';
    const block = loadMarkdown(text).raw.blocks.find((b) => b.text.startsWith('Write'))!;
    expect(block.text).toBe(line);
    expect(block.spans).toEqual([{ textStart: 0, length: line.length, sourceStart: text.indexOf(line), sourceEnd: text.indexOf(line) + line.length, verbatim: true }]);
  });

  it('reads GFM: tables, strikethrough, task lists (without their boxes) and footnotes (where they are written, referred to or not)', () => {
    expect(read(text)).toEqual([
      ['heading', 'Contact'],
      ['paragraph', 'Write to info@nhs.net, see www.nhs.uk or https://www.england.nhs.uk/ (in English and Urdu).'],
      ['table-cell', 'KPI'],
      ['table-cell', 'Target'],
      ['table-cell', 'Uptake by ethnicity'],
      ['table-cell', '80% 70%'],
      ['list-item', 'done'],
      ['list-item', 'to do'],
      ['paragraph', 'A note.'],
      ['paragraph', 'A note nothing refers to.'],
      ['heading', 'After'],
    ]);
  });

  it('places each piece of text on the source it came from, past markup, escapes, entities and links', () => {
    const source = '> Quoted *and* [linked](https://x.org/a.b "T"). Then &amp; \\* `code`\n> next line.\n';
    const [block] = loadMarkdown(source).raw.blocks;
    expect(block!.text).toBe('Quoted and linked. Then & * code\nnext line.');
    expect(placed(source)).toEqual(['Quoted |and| |linked|. Then |&amp;| |\\*| |`code`|next line.']);
    // The full stop after the link is the one after ")", not the one inside the address.
    const stop = block!.spans.find((s) => block!.text.slice(s.textStart, s.textStart + s.length).startsWith('. Then'))!;
    expect(source.slice(stop.sourceStart, stop.sourceStart + 6)).toBe('. Then');
  });

  it('reads table cells from where they stand, escaped pipes included, short and long rows as written', () => {
    const source = '| a | b |\n|---|---|\n| 1 \\| 2 | 3 |\n| only |\n| x | y | extra |\n';
    const cells = loadMarkdown(source).raw.blocks.map((b) => [b.cell!.row, b.cell!.column, b.text]);
    expect(cells).toEqual([[0, 0, 'a'], [0, 1, 'b'], [1, 0, '1 | 2'], [1, 1, '3'], [2, 0, 'only'], [3, 0, 'x'], [3, 1, 'y'], [3, 2, 'extra']]);
    expect(placed(source)).toEqual(['a', 'b', '1 \\| 2', '3', 'only', 'x', 'y', 'extra']);
  });

  it('keeps the source line endings in a paragraph that wraps, and reads a hard break as a line break', () => {
    expect(read('one\r\ntwo  \r\nthree\n')).toEqual([['paragraph', 'one\r\ntwo\nthree']]);
  });

  it('reads past a byte order mark at the start, and places text in the text as given', () => {
    const source = '\uFEFF# Title\n\n| a | b |\n|---|---|\n';
    expect(read(source)).toEqual([['heading', 'Title'], ['table-cell', 'a'], ['table-cell', 'b']]);
    expect(placed(source)).toEqual(['Title', 'a', 'b']);
    expect(placed('\uFEFF| x | y |\n|---|---|\n')).toEqual(['x', 'y']);
  });

  it('skips YAML front matter (pandoc, Jekyll, Hugo), keeping every later offset, and reads what only looks like it', () => {
    const front = '---\ntitle: Community Diabetes Education\nsubtitle: "Outcomes: a specification"\nauthors:\n  - Public Health\n---\n\n## Population needs\n\nText.\n';
    expect(read(front)).toEqual([['heading', 'Population needs'], ['paragraph', 'Text.']]);
    expect(placed(front)).toEqual(['Population needs', 'Text.']);
    // With a byte order mark, Windows line endings or a closing "...".
    expect(read('\uFEFF---\r\ntitle: A\r\n...\r\n\r\n# B\r\n')).toEqual([['heading', 'B']]);
    // Prose between two rules is a heading underlined (CommonMark), not metadata.
    expect(read('---\nThe service will be open to all.\n---\n')).toEqual([['heading', 'The service will be open to all.']]);
    // A rule, a blank line and Markdown (pandoc reads metadata only straight after the fence), or no key at all: text.
    expect(read('---\n\n# Equality\n\n- The service will be fair to all.\n\n---\n')).toEqual([['heading', 'Equality'], ['list-item', 'The service will be fair to all.']]);
    expect(read('---\n# a comment\n- an item\n---\n')).toEqual([['heading', 'a comment'], ['list-item', 'an item']]);
    // Not at the very start: a thematic break, then a heading.
    expect(read('# Title\n\n---\ntitle: x\n---\n')).toEqual([['heading', 'Title'], ['heading', 'title: x']]);
  });

  it('reads text nested deeper than markdown-it reads structure by default (100 levels)', () => {
    const deep = `${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n`;
    const blocks = loadMarkdown(deep).raw.blocks;
    expect(blocks).toHaveLength(60);
    expect(blocks.at(-1)).toMatchObject({ kind: 'list-item', text: 'level 60', list: { depth: 60 } });
  });
});
