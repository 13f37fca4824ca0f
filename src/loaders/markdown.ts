/**
 * Markdown → raw blocks (with source spans) and directives.
 * markdown-it with GFM tables (./markdown-parser.ts) gives a flat list of tokens; one walk over
 * it reads the blocks, so deeply nested input cannot overflow the stack here.
 */
import type { RawBlock, RawDocument } from '../core/build-document.js';
import { makePositionAt } from '../core/build-document.js';
import { ownString } from '../core/own-string.js';
import { parseDirectiveText, type Directive } from '../core/directives.js';
import { joinPieces, MAX_LINE_CHARS, markdownPieces } from './markdown-chunks.js';
import { dropTaskMarker, inlineText, isBoldOnly, type InlineResult } from './markdown-inline.js';
import { parseInline, parseMarkdown, type TableRowSource, type Token } from './markdown-parser.js';
import { placeBlockContent, SourceLines, splitRow, type CellSource } from './markdown-source.js';
import type { Position } from '../core/model.js';

export interface LoadedSource {
  raw: RawDocument;
  directives: Directive[];
}

/**
 * The HTML comments in an html node, found with indexOf: the regex
 * /<!--([^]*?)-->/g took quadratic time on an unclosed run of "<!--".
 */
function* htmlComments(value: string): Generator<{ index: number; length: number; body: string }> {
  for (let from = 0; ; ) {
    const open = value.indexOf('<!--', from);
    if (open === -1) return;
    const close = value.indexOf('-->', open + 4);
    if (close === -1) return;
    yield { index: open, length: close + 3 - open, body: value.slice(open + 4, close) };
    from = close + 3;
  }
}

function directivesFromComments(
  comments: Array<{ value: string; start: number; end: number }>,
  positionAt: (o: number) => Position,
  lines: string[],
): Directive[] {
  const directives: Directive[] = [];
  // For each line, the first non-blank line at or after it, and the last line
  // of the paragraph it starts: computed once, so that many
  // disable-next-line directives in a row stay linear.
  let nextNonBlank: Int32Array | undefined;
  let paragraphEnd: Int32Array | undefined;
  const index = (): void => {
    const n = lines.length;
    nextNonBlank = new Int32Array(n + 2);
    paragraphEnd = new Int32Array(n + 2);
    nextNonBlank[n + 1] = n + 1;
    paragraphEnd[n + 1] = n + 1;
    for (let line = n; line >= 1; line--) {
      const blank = lines[line - 1]!.trim() === '';
      nextNonBlank[line] = blank ? nextNonBlank[line + 1]! : line;
      paragraphEnd[line] = blank ? line : line === n || lines[line]!.trim() === '' ? line : paragraphEnd[line + 1]!;
    }
  };
  for (const c of comments) {
    for (const m of htmlComments(c.value)) {
      const parsed = parseDirectiveText(m.body);
      if (!parsed) continue;
      const position = positionAt(c.start + m.index);
      const { kind, ruleIds, reason } = parsed;
      if (kind === 'disable-next-line') {
        // "Next line" means the next paragraph, list item or row: prose wraps.
        const endLine = positionAt(c.start + m.index + m.length).line;
        if (!nextNonBlank) index();
        const from = endLine + 1 > lines.length ? endLine + 1 : nextNonBlank![endLine + 1]!;
        const to = from > lines.length ? from : paragraphEnd![from]!;
        directives.push({
          type: 'range',
          ruleIds,
          reason,
          position,
          from: { line: from, column: 1 },
          to: { line: to, column: Number.MAX_SAFE_INTEGER },
        });
      } else {
        directives.push({ type: kind, ruleIds, reason, position });
      }
    }
  }
  return directives;
}

/** One parsed piece of a document: offsets relative to the piece, tables numbered from 0. */
interface ParsedPiece {
  blocks: RawBlock[];
  comments: InlineResult['comments'];
  tables: number;
}

/**
 * Keeps the parsed pieces of one document between edits (see
 * markdown-chunks.ts), so that re-reading it parses only the pieces that
 * changed. Holds only the pieces of the latest text.
 */
export class MarkdownPieceCache {
  private pieces = new Map<string, CachedPiece>();

  parse(piece: string, fresh: Map<string, CachedPiece>): ParsedPiece {
    let cached = fresh.get(piece) ?? this.pieces.get(piece);
    if (!cached) {
      // Keyed and parsed as a slice, each cached piece held on to that version of the document.
      const own = ownString(piece);
      cached = { text: own, parsed: parsePiece(own) };
    }
    fresh.set(cached.text, cached);
    return cached.parsed;
  }

  keep(fresh: Map<string, CachedPiece>): void {
    this.pieces = fresh;
  }
}

interface CachedPiece {
  /** The piece's own copy of its text, not a slice of a document. */
  text: string;
  parsed: ParsedPiece;
}

/**
 * Markdown → raw blocks and directives. With a cache (the language server
 * keeps one per document), only the pieces that changed since the last call
 * are parsed again; the result is the same as parsing the text whole.
 */
/**
 * A lone carriage return (old Mac line endings) ends a line for the parser and for editors; made a
 * line feed, one character for one, it ends one for positions, directives and block text too, and no
 * offset moves.
 */
const withLineFeeds = (text: string): string => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/** Lines front matter may hold: YAML keys, list items, indented values, comments and blanks. */
const FRONT_MATTER_LINE = /^(?:[ \t]*(?:#.*)?|[ \t]*[\w"'][^\n:]*:(?:[ \t].*)?|[ \t]*-(?:[ \t].*)?|[ \t]+\S.*)$/u;
/** A YAML key at the start of a line: "title:", "authors:". */
const FRONT_MATTER_KEY = /^[\w"'][^\n:]*:(?:[ \t]|$)/u;
/** How far a closing fence may be: front matter is a few lines of metadata, not a document. */
const FRONT_MATTER_MAX_LINES = 200;

/**
 * YAML front matter ("---", "title: ...", "---" at the very start, as pandoc, Jekyll and Hugo
 * write it) is metadata, not text: CommonMark would read its closing fence as a heading
 * underline. It is blanked, space for character, so every later offset stays where it was.
 */
function withoutFrontMatter(text: string): string {
  if (!/^\uFEFF?---[ \t]*\r?\n/u.test(text)) return text;
  const lines = text.split('\n');
  // As pandoc: metadata starts on the next line (a blank line there makes the fence a rule) and holds a key.
  if ((lines[1] ?? '').replace(/\r$/u, '').trim() === '') return text;
  let keys = 0;
  for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_MAX_LINES); i++) {
    const line = lines[i]!.replace(/\r$/u, '');
    if (line === '---' || line === '...') {
      if (keys === 0) return text;
      const end = lines.slice(0, i + 1).join('\n').length;
      return text.slice(0, end).replace(/[^\r\n]/gu, ' ') + text.slice(end);
    }
    if (!FRONT_MATTER_LINE.test(line)) return text;
    if (FRONT_MATTER_KEY.test(line)) keys++;
  }
  return text;
}

const prepared = (text: string): string => withoutFrontMatter(withLineFeeds(text));

export function loadMarkdown(text: string, cache?: MarkdownPieceCache): LoadedSource {
  text = prepared(text);
  // A text this short has no forced cuts (see markdown-chunks.ts), so the pieces would read as the
  // whole does. A longer one is read in pieces, as an editor reads it: the parser then never holds
  // more than a piece's worth of events, however long the document or its paragraphs and tables.
  if (!cache && text.length <= MAX_LINE_CHARS) return fromPieces(text, parsePiece(text));
  const pieces = markdownPieces(text);
  // Read once: as few pieces as read the same (an editor's cache keeps them small, to parse again only what changed).
  return loadMarkdownPieces(text, cache ? pieces.starts : joinPieces(pieces, text.length), cache, pieces.tableHeads);
}

/**
 * loadMarkdown with the pieces given: `starts` are offsets where it may be cut
 * (see chunkStarts). Without a cache each piece is parsed and dropped. A piece
 * with a table head (a long table cut between rows) is read after the head,
 * and its rows continue that table.
 */
export function loadMarkdownPieces(text: string, starts: number[], cache?: MarkdownPieceCache, tableHeads = new Map<number, string>()): LoadedSource {
  text = prepared(text);
  const blocks: RawBlock[] = [];
  const comments: InlineResult['comments'] = [];
  const fresh = new Map<string, CachedPiece>();
  let tables = 0;
  /** The last table read so far, and how many rows it has. */
  let lastTable = -1;
  let lastTableRows = 0;
  starts.forEach((start, i) => {
    const head = tableHeads.get(start) ?? '';
    const source = head + text.slice(start, starts[i + 1] ?? text.length);
    const piece = cache ? cache.parse(source, fresh) : parsePiece(source);
    const continues = head !== '' && piece.tables > 0 && lastTable === tables - 1;
    const tablesBefore = continues ? tables - 1 : tables;
    const rowsBefore = continues ? lastTableRows - 1 : 0;
    for (const block of piece.blocks) {
      // The head's own cells were read with the table's first piece.
      if (head && ((block.cell?.table === 0 && block.cell.row === 0) || (block.spans[0]?.sourceStart ?? head.length) < head.length)) continue;
      const placed = shifted(block, start - head.length, tablesBefore, block.cell?.table === 0 ? rowsBefore : 0);
      if (placed.cell) {
        if (placed.cell.table > lastTable) [lastTable, lastTableRows] = [placed.cell.table, 0];
        if (placed.cell.table === lastTable) lastTableRows = Math.max(lastTableRows, placed.cell.row + 1);
      }
      blocks.push(placed);
    }
    for (const c of piece.comments) if (c.start >= head.length) comments.push({ value: c.value, start: c.start + start - head.length, end: c.end + start - head.length });
    tables = tablesBefore + piece.tables;
  });
  cache?.keep(fresh);
  return fromPieces(text, { blocks, comments, tables });
}

function fromPieces(text: string, { blocks, comments }: ParsedPiece): LoadedSource {
  const positionAt = makePositionAt(text);
  const lines = text.split(/\r?\n/);
  return {
    raw: { format: 'markdown', source: text, blocks },
    directives: directivesFromComments(comments, positionAt, lines),
  };
}

/** A cached piece's block placed in the whole document: source offsets, table and row numbers moved on. */
function shifted(block: RawBlock, offset: number, tablesBefore: number, rowsBefore: number): RawBlock {
  if (offset === 0 && tablesBefore === 0 && rowsBefore === 0) return block;
  return {
    ...block,
    spans: block.spans.map((s) => ({ ...s, sourceStart: s.sourceStart + offset, sourceEnd: s.sourceEnd + offset })),
    ...(block.cell ? { cell: { ...block.cell, table: block.cell.table + tablesBefore, row: block.cell.row + rowsBefore } } : {}),
  };
}

function parsePiece(text: string): ParsedPiece {
  // A byte order mark is not text: read what follows it (a heading on the first line is still a
  // heading). Text is placed by lines, so offsets stay those of `text`.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tokens = parseMarkdown(bom ? text.slice(1) : text);
  const lines = new SourceLines(text);
  const blocks: RawBlock[] = [];
  const comments: InlineResult['comments'] = [];
  let tableCount = 0;
  /** The lists the walk is inside, innermost last. */
  const lists: Array<{ ordered: boolean; depth: number; singleItemStart?: number }> = [];
  /** The table being read: its number, its rows' sources, the row and column reached. */
  let table: { index: number; rows: TableRowSource[]; row: number; column: number; cells: CellSource[] } | undefined;

  const push = (raw: Omit<RawBlock, 'text' | 'spans'>, children: readonly Token[], content: string, at: Int32Array): void => {
    const read = inlineText(children, content, at, text);
    comments.push(...read.comments);
    blocks.push({ ...raw, text: read.text, spans: read.spans });
  };
  const pushBlockInline = (raw: Omit<RawBlock, 'text' | 'spans'>, inline: Token): void => {
    push(raw, inline.children ?? [], inline.content, placeBlockContent(inline.content, inline.map?.[0] ?? 0, lines));
  };
  const pushCell = (cell: CellSource, children: readonly Token[]): void => {
    const t = table!;
    push({ kind: 'table-cell', cell: { table: t.index, row: t.row, column: t.column, isHeader: t.row === 0 } }, children, cell.content, cell.at);
    t.column++;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'heading_open':
        pushBlockInline({ kind: 'heading', level: Number(token.tag.slice(1)) }, tokens[++i]!);
        break;
      case 'paragraph_open': {
        const inline = tokens[++i]!;
        const list = lists.at(-1);
        if (list && tokens[i - 2]?.type === 'list_item_open') dropTaskMarker(inline);
        if (list) pushBlockInline({ kind: 'list-item', list: { ordered: list.ordered, depth: list.depth }, singleItemListStart: list.singleItemStart }, inline);
        else pushBlockInline({ kind: 'paragraph', boldOnly: isBoldOnly(inline.children ?? []) }, inline);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        // "2. Outcomes" alone is read as a list of one item holding one paragraph: it may be a numbered heading.
        const single = ordered && lists.length === 0 && isSingleItem(tokens, i) ? Number(token.attrGet('start') ?? 1) : undefined;
        lists.push({ ordered, depth: lists.length + 1, singleItemStart: single });
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'table_open': {
        const rows = (token.meta as { rows: TableRowSource[] }).rows;
        table = { index: tableCount++, rows, row: -1, column: 0, cells: [] };
        break;
      }
      case 'tr_open': {
        const t = table!;
        t.row++;
        t.column = 0;
        const row = t.rows[t.row];
        const shift = row?.line === 0 ? bom : 0;
        t.cells = row ? splitRow(lines.line(row.line).slice(row.start + shift, row.end + shift), (lines.starts[row.line] ?? 0) + row.start + shift) : [];
        break;
      }
      case 'th_open':
      case 'td_open': {
        const inline = tokens[++i]!;
        const t = table!;
        // markdown-it adds empty cells to a short row; the source has none there.
        const cell = t.cells[t.column];
        if (cell) pushCell(cell, inline.children ?? []);
        break;
      }
      case 'tr_close': {
        // Cells past the header's count, which markdown-it leaves out: their text is still the document's.
        const t = table!;
        while (t.column < t.cells.length) {
          const cell = t.cells[t.column]!;
          pushCell(cell, parseInline(cell.content));
        }
        break;
      }
      case 'table_close':
        table = undefined;
        break;
      case 'html_block': {
        const line = token.map?.[0] ?? 0;
        const last = (token.map?.[1] ?? line + 1) - 1;
        const first = token.content.split('\n', 1)[0]!;
        const start = (lines.starts[line] ?? 0) + Math.max(0, lines.line(line).lastIndexOf(first));
        const end = lines.ends[last] ?? text.length;
        // The source itself, so that a comment's place in it is exact.
        comments.push({ value: text.slice(start, end), start, end });
        break;
      }
      default:
        // Block quotes, footnotes and list items: their contents come as tokens of their own.
        // Code, rules and link definitions hold no prose.
        break;
    }
  }

  return { blocks, comments, tables: tableCount };
}

/** The ordered list opening at `open` has one item, and that item one block. */
function isSingleItem(tokens: readonly Token[], open: number): boolean {
  const level = tokens[open]!.level;
  let items = 0;
  let children = 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level === level && t.nesting === -1) break;
    if (t.level === level + 1 && t.type === 'list_item_open') items++;
    else if (t.level === level + 2 && t.nesting >= 0 && items === 1) children++;
    if (items > 1) return false;
  }
  return items === 1 && children === 1;
}
