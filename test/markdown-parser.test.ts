import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { loadMarkdown } from '../src/loaders/markdown.js';
import { parseMarkdown } from '../src/loaders/markdown-parser.js';

/** Node types in document order. */
const types = (tree: Root): string[] => {
  const out: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }): void => {
    out.push(node.type);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return out;
};
const fullGfm = unified().use(remarkParse).use(remarkGfm);

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
    '',
    '[^1]: A note.',
    '',
  ].join('\n');

  it('leaves bare addresses as text (no autolink literals), so their words read as plain text', () => {
    expect(types(fullGfm.parse(text) as Root)).toContain('link');
    expect(types(parseMarkdown(text))).not.toContain('link');
    const line = 'Write to info@nhs.net, see www.nhs.uk or https://www.england.nhs.uk/ (in English and Urdu).';
    const block = loadMarkdown(text).raw.blocks.find((b) => b.text.startsWith('Write'))!;
    expect(block.text).toBe(line);
    expect(block.spans).toEqual([{ textStart: 0, length: line.length, sourceStart: text.indexOf(line), sourceEnd: text.indexOf(line) + line.length, verbatim: true }]);
  });

  it('still reads the rest of GFM: tables, strikethrough, task lists and footnotes, as remark-gfm does', () => {
    const ours = types(parseMarkdown(text));
    for (const type of ['table', 'tableRow', 'tableCell', 'delete', 'listItem', 'footnoteReference', 'footnoteDefinition']) expect(ours).toContain(type);
    // Apart from the links, the same tree as with every GFM extension.
    expect(ours).toEqual(types(fullGfm.parse(text) as Root).filter((t, i, all) => t !== 'link' && !(t === 'text' && all[i - 1] === 'link')).reduce<string[]>((acc, t) => (t === 'text' && acc.at(-1) === 'text' ? acc : [...acc, t]), []));
    const cells = loadMarkdown(text).raw.blocks.filter((b) => b.cell);
    expect(cells.map((b) => b.text)).toEqual(['KPI', 'Target', 'Uptake by ethnicity', '80% 70%']);
  });
});
