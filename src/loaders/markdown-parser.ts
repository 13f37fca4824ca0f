/**
 * The Markdown parser: markdown-it (CommonMark, GFM tables and strikethrough)
 * with markdown-it-footnote, raw HTML read (comments carry speclint's
 * directives), no link literals, no typographer. Escapes and entities stay
 * tokens of their own, so that every piece of text can be placed in the
 * source (markdown-source.ts), and footnotes stay where they are written.
 *
 * Why markdown-it rather than remark-parse with remark-gfm: in one process,
 * first file included, it parses the bench's 20 specifications in 64 ms where
 * micromark took 723 ms, and that parse was most of a whole run's time (issue
 * 19; the bench's "parse floor with speclint's own parser" row went from 946 ms
 * to 191 ms for the whole process). Both follow CommonMark; speclint only needs the
 * blocks (headings, paragraphs, list items, table cells) and their visible
 * text, which they read alike. markdown-it gives no offsets below the block, so
 * markdown.ts places text itself.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';

export type { Token };

/**
 * Deeper than any specification nests (nesting.ts refuses deeper input before
 * parsing): markdown-it stops reading structure past maxNesting and would drop
 * the text inside it.
 */
const MAX_NESTING = 1000;

const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false, maxNesting: MAX_NESTING }).use(footnote);
// text_join would merge escapes and entities into the text around them. footnote_tail moves
// footnotes to the end and drops any that nothing refers to: kept where written, each is read
// in its section, and none is lost.
parser.disable(['text_join', 'footnote_tail']);

/** Rows of a table as markdown-it read them: for each, the line and where its text starts and ends in it (after any quote or list marker). */
export interface TableRowSource {
  line: number;
  start: number;
  end: number;
}

/**
 * Keeps, on each table_open token (meta.rows), where each row's text lies:
 * markdown-it splits cells from the line after any block-quote marker and
 * indentation, which only its block state knows.
 */
type BlockRule = Parameters<typeof parser.block.ruler.at>[1];
// markdown-it keeps its rules by name only in the ruler's list; the table rule is not exported on its own.
const tableRule = (parser.block.ruler as unknown as { __rules__: Array<{ name: string; fn: BlockRule }> }).__rules__.find((rule) => rule.name === 'table')?.fn;
if (!tableRule) throw new Error('markdown-it has no table rule');
parser.block.ruler.at(
  'table',
  (state, startLine, endLine, silent) => {
    const at = state.tokens.length;
    if (!tableRule(state, startLine, endLine, silent)) return false;
    if (silent) return true;
    const open = state.tokens[at]!;
    const rows: TableRowSource[] = [];
    for (let line = startLine; line < state.line; line++) {
      if (line === startLine + 1) continue; // the delimiter row
      const lineStart = state.src.lastIndexOf('\n', state.bMarks[line]! - 1) + 1;
      rows.push({ line, start: state.bMarks[line]! + state.tShift[line]! - lineStart, end: state.eMarks[line]! - lineStart });
    }
    open.meta = { rows };
    return true;
  },
  { alt: ['paragraph', 'reference'] },
);

export function parseMarkdown(text: string): Token[] {
  return parser.parse(text, {});
}

/** Inline tokens for text markdown-it did not give tokens for (cells past the header's count). */
export function parseInline(text: string): Token[] {
  return parser.parseInline(text, {})[0]?.children ?? [];
}

/** Where a link's destination and title end: markdown-it's own readers of "(url "title")". */
export const parseLinkDestination = (text: string, start: number, max: number): { ok: boolean; pos: number } => parser.helpers.parseLinkDestination(text, start, max);
export const parseLinkTitle = (text: string, start: number, max: number): { ok: boolean; pos: number } => parser.helpers.parseLinkTitle(text, start, max);
