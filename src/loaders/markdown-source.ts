/**
 * Places markdown-it's text in the source. markdown-it gives each block its
 * lines (token.map) and the text of its inline content with container markers,
 * indentation and the block's own markers taken off; these functions give, for
 * every character of that content, its offset in the source, so that findings
 * point at the words they quote.
 */

/** The source's lines: where each starts and ends (before its line ending). markdown-it counts \r\n, \r and \n alike. */
export class SourceLines {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    let start = 0;
    const ending = /\r\n|\r|\n/g;
    for (let m = ending.exec(text); m; m = ending.exec(text)) {
      this.starts.push(start);
      this.ends.push(m.index);
      start = m.index + m[0].length;
    }
    this.starts.push(start);
    this.ends.push(text.length);
  }

  line(n: number): string {
    return this.text.slice(this.starts[n] ?? this.text.length, this.ends[n] ?? this.text.length);
  }
}

/**
 * Where a line of block content lies in its source line: the content is the
 * line's tail (after quote markers, list markers and indentation), less the
 * blanks markdown-it trims from the block's end, or, in an ATX heading, the
 * text between the opening and closing #s. Tabs that markdown-it turned into
 * spaces at the start map to where the tail begins. Returns the offset in the
 * line of each character, and of the end.
 */
function placeInLine(piece: string, line: string): Int32Array {
  const at = new Int32Array(piece.length + 1);
  let from = -1;
  if (line.endsWith(piece)) from = line.length - piece.length;
  else {
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(piece)) from = trimmed.length - piece.length;
    else {
      const opening = /^[ \t>]*#*/.exec(line)![0].length;
      const found = line.indexOf(piece, opening);
      if (found >= 0) from = found;
    }
  }
  if (from >= 0) {
    for (let i = 0; i <= piece.length; i++) at[i] = from + i;
    return at;
  }
  // Spaces markdown-it added for a tab: align what follows them, and put the spaces where it starts.
  const rest = piece.trimStart();
  const added = piece.length - rest.length;
  const tail = line.trimEnd();
  const start = tail.endsWith(rest) ? tail.length - rest.length : Math.max(0, tail.length - rest.length);
  for (let i = 0; i <= piece.length; i++) at[i] = i < added ? start : start + i - added;
  return at;
}

/** Source offsets of a block's inline content, whose first line is source line `first`; a line break maps to its line's end. */
export function placeBlockContent(content: string, first: number, lines: SourceLines): Int32Array {
  const at = new Int32Array(content.length + 1);
  let offset = 0;
  let line = first;
  for (const piece of content.split('\n')) {
    const inLine = placeInLine(piece, lines.line(line));
    const lineStart = lines.starts[line] ?? lines.text.length;
    for (let i = 0; i <= piece.length; i++) at[offset + i] = lineStart + inLine[i]!;
    offset += piece.length + 1;
    line++;
  }
  return at;
}

/** One cell of a table row as markdown-it reads it: its content (trimmed, "\|" read as "|") and the source offset of each of its characters. */
export interface CellSource {
  content: string;
  at: Int32Array;
}

/**
 * The cells of a table row, split as markdown-it splits them (its escapedSplit:
 * at each "|" not after a backslash, the backslash before an escaped one
 * dropped; an empty first and last cell are the row's outer pipes). `rowStart`
 * is the source offset where the row's text starts, `row` that text.
 */
export function splitRow(row: string, rowStart: number): CellSource[] {
  const trimmedStart = row.length - row.trimStart().length;
  const text = row.trim();
  const cells: Array<{ chars: number[]; content: string }> = [];
  let chars: number[] = [];
  let content = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '|') {
      if (i > 0 && text[i - 1] === '\\') {
        // An escaped pipe: the backslash is not part of the cell.
        chars.pop();
        content = content.slice(0, -1);
      } else {
        cells.push({ chars, content });
        chars = [];
        content = '';
        continue;
      }
    }
    chars.push(rowStart + trimmedStart + i);
    content += c;
  }
  cells.push({ chars, content });
  if (cells.length > 0 && cells[0]!.content === '') cells.shift();
  if (cells.length > 0 && cells.at(-1)!.content === '') cells.pop();
  return cells.map(({ chars, content }) => {
    // Trimmed, as markdown-it trims each cell.
    const lead = content.length - content.trimStart().length;
    const kept = content.trim();
    const at = new Int32Array(kept.length + 1);
    const end = chars[lead + kept.length - 1];
    for (let i = 0; i < kept.length; i++) at[i] = chars[lead + i]!;
    at[kept.length] = end === undefined ? (chars[0] ?? rowStart) : end + 1;
    return { content: kept, at };
  });
}
