/**
 * Markdown → raw blocks (with source spans) and directives.
 * remark-parse with remark-gfm for tables (./markdown-parser.ts); everything after parsing is an
 * iterative walk, so deeply nested input cannot overflow the stack here.
 */
import type { Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { RawBlock, RawDocument } from '../core/build-document.js';
import { makePositionAt } from '../core/build-document.js';
import { parseDirectiveText, type Directive } from '../core/directives.js';
import { joinPieces, MAX_LINE_CHARS, markdownPieces } from './markdown-chunks.js';
import { parseMarkdown } from './markdown-parser.js';
import type { Position, TextSpan } from '../core/model.js';

export interface LoadedSource {
  raw: RawDocument;
  directives: Directive[];
}

interface InlineResult {
  text: string;
  spans: TextSpan[];
  comments: Array<{ value: string; start: number; end: number }>;
}

/** Concatenates the visible text of inline content, recording where each piece came from. */
function inlineText(children: PhrasingContent[], source: string): InlineResult {
  const out: InlineResult = { text: '', spans: [], comments: [] };
  const stack: PhrasingContent[] = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined) {
          out.spans.push({
            textStart: out.text.length,
            length: node.value.length,
            sourceStart: start,
            sourceEnd: end,
            verbatim: source.slice(start, end) === node.value,
          });
        }
        out.text += node.value;
        break;
      }
      case 'break':
        out.text += '\n';
        break;
      case 'html': {
        const start = node.position?.start.offset ?? 0;
        out.comments.push({ value: node.value, start, end: node.position?.end.offset ?? start });
        break;
      }
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

/** Bold-only paragraph: its only visible content is one `strong`. */
function isBoldOnly(children: PhrasingContent[]): boolean {
  const visible = children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'html');
  return visible.length === 1 && visible[0]!.type === 'strong';
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
      // A slice of a string keeps the whole string alive in V8: keyed and parsed
      // as a slice, each cached piece held on to that version of the document.
      const own = JSON.parse(JSON.stringify(piece)) as string;
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
export function loadMarkdown(text: string, cache?: MarkdownPieceCache): LoadedSource {
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
  const tree = parseMarkdown(text);
  const blocks: RawBlock[] = [];
  const comments: InlineResult['comments'] = [];
  let tableCount = 0;

  interface Frame {
    node: RootContent | Root;
    listDepth: number;
    list?: { ordered: boolean; depth: number; singleItemStart?: number };
  }
  const stack: Frame[] = [{ node: tree, listDepth: 0 }];

  const pushInline = (raw: Omit<RawBlock, 'text' | 'spans'>, children: PhrasingContent[]): void => {
    const inline = inlineText(children, text);
    comments.push(...inline.comments);
    blocks.push({ ...raw, text: inline.text, spans: inline.spans });
  };

  while (stack.length > 0) {
    const { node, listDepth, list } = stack.pop()!;
    const pushChildren = (parent: Parents, frame: Omit<Frame, 'node'>): void => {
      for (let i = parent.children.length - 1; i >= 0; i--) {
        stack.push({ node: parent.children[i] as RootContent, ...frame });
      }
    };
    switch (node.type) {
      case 'heading':
        pushInline({ kind: 'heading', level: node.depth }, node.children);
        break;
      case 'paragraph':
        if (list) {
          pushInline(
            {
              kind: 'list-item',
              list: { ordered: list.ordered, depth: list.depth },
              singleItemListStart: list.singleItemStart,
            },
            node.children,
          );
        } else {
          pushInline({ kind: 'paragraph', boldOnly: isBoldOnly(node.children) }, node.children);
        }
        break;
      case 'list': {
        const single =
          node.ordered && listDepth === 0 && node.children.length === 1 && node.children[0]!.children.length === 1
            ? (node.start ?? 1)
            : undefined;
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({
            node: node.children[i]!,
            listDepth: listDepth + 1,
            list: { ordered: Boolean(node.ordered), depth: listDepth + 1, singleItemStart: single },
          });
        }
        break;
      }
      case 'listItem':
        pushChildren(node, { listDepth, list });
        break;
      case 'table': {
        const table = tableCount++;
        node.children.forEach((row, r) => {
          row.children.forEach((cell, c) => {
            pushInline({ kind: 'table-cell', cell: { table, row: r, column: c, isHeader: r === 0 } }, cell.children);
          });
        });
        break;
      }
      case 'html': {
        const start = node.position?.start.offset ?? 0;
        comments.push({ value: node.value, start, end: node.position?.end.offset ?? start });
        break;
      }
      case 'code':
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        break;
      default:
        // root, blockquote, footnoteDefinition and anything newer: look inside.
        if ('children' in node) pushChildren(node as Parents, { listDepth, list });
    }
  }

  return { blocks, comments, tables: tableCount };
}

