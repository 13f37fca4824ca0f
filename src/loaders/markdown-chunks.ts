/**
 * Where a Markdown document can be cut into pieces that parse exactly as they
 * do in the whole, so that an editor re-parses only the piece being typed in.
 *
 * A cut goes before a line that follows a blank line and that no earlier
 * construct can reach into:
 *  - not inside a fenced code block (whose content may hold blank lines), nor
 *    inside an HTML block that ends at a marker rather than at a blank line
 *    (`<!--`, `<script>`, `<?`, `<!DOCTYPE`, `<![CDATA[`);
 *  - the line starts at column 0 with no list marker: an indented line may
 *    continue a list item or indented code, and a marker may continue a list.
 * A document that may hold link reference or footnote definitions (any "]:")
 * is not cut at all, since a definition anywhere, even inside a list or a
 * quote, changes how references everywhere read. Where
 * telling a fence from its surroundings would need the full parser (a fence
 * inside an HTML block or a list item), no cut is made from there on.
 *
 * Cuts are chosen from the content alone (before headings, and before lines
 * whose text hashes to 0 mod 8, once a piece is long enough), so typing in one
 * place leaves the cuts elsewhere where they were.
 */

/** A piece shorter than this is not cut except before a heading. */
const MIN_PIECE_CHARS = 1024;

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A fence's run of backticks or tildes; the rest of the line is taken by slicing (a `(.*)$` group backtracks into the run). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function fenceAt(line: string): { char: string; length: number; rest: string } | undefined {
  const m = FENCE.exec(line);
  return m ? { char: m[1]![0]!, length: m[1]!.length, rest: line.slice(m[0].length) } : undefined;
}
/** Only spaces and tabs count as blank or as trailing space in CommonMark (a no-break space does not). */
const SPACES_ONLY = /^[ \t]*$/;

/**
 * HTML blocks that a blank line does not end (CommonMark types 1 to 5), with
 * what ends each: type 1 (script, pre, style, textarea) ends at any of the
 * four end tags, in any case. As markdown-it reads them: any white space after
 * the tag name starts one (a no-break space too, where CommonMark says space or
 * tab).
 */
function htmlBlockEnd(line: string): RegExp | undefined {
  const m = /^ {0,3}<(!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=\s|>|$))/i.exec(line);
  if (!m) return undefined;
  const opener = m[1]!.toLowerCase();
  if (opener === '!--') return /-->/;
  if (opener === '?') return /\?>/;
  if (opener === '![cdata[') return /\]\]>/;
  if (opener.startsWith('!')) return />/;
  return /<\/(?:script|pre|style|textarea)>/i;
}

/** A small string hash (FNV-1a), for content-defined cuts. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The offsets where the pieces start: always [0, …]. A single [0] means the
 * document is parsed whole.
 */
export function chunkStarts(text: string): number[] {
  return markdownPieces(text).starts;
}

export interface Pieces {
  /** Where the pieces start: always [0, …]. */
  starts: number[];
  /**
   * For a piece that starts inside a table (a long table cut by force): the
   * table's header and delimiter rows, to be read before the piece so that
   * its rows are still read as the same table.
   */
  tableHeads: Map<number, string>;
  /** The starts that are forced cuts (boundPieces), not cuts where the pieces parse as the whole does. */
  forced: Set<number>;
}

/** chunkStarts, with the table heads of pieces cut inside a table. */
export function markdownPieces(text: string): Pieces {
  const starts = [0];
  let pieceStart = 0;
  for (const { offset, heading, line } of safeCuts(text)) {
    if (heading || (offset - pieceStart >= MIN_PIECE_CHARS && hash(line) % 8 === 0)) {
      starts.push(offset);
      pieceStart = offset;
    }
  }
  return boundPieces(text, starts);
}

/**
 * Longest line parsed in one piece. Set when micromark parsed (it held about
 * 300 bytes per character of a long paragraph: 1 MB on one line peaked at
 * 335 MB, 45 MB ran out of memory); markdown-it needs far less, and the bound
 * is kept so that no parser's memory grows with a line's length.
 */
export const MAX_LINE_CHARS = 32 * 1024;
/**
 * Longest piece parsed at once. A GFM table was the costliest block for
 * micromark to parse (measured: a 562 KB table of 2,000 rows peaked at 470 MB,
 * about 800 bytes a character), a paragraph of short lines about 110 bytes a
 * character; kept as a bound for the same reason.
 */
export const MAX_PIECE_CHARS = 64 * 1024;
/**
 * In a document with link or footnote definitions (never cut otherwise), a
 * forced cut can leave a reference apart from its definition, so such a
 * document is cut only past this length.
 */
export const MAX_PIECE_CHARS_WITH_DEFINITIONS = 256 * 1024;

/**
 * `starts` with forced cuts added wherever a piece would be longer than
 * MAX_PIECE_CHARS or hold a line longer than MAX_LINE_CHARS. Only text no
 * specification has (a paragraph of thousands of words) is cut this way, and
 * it then reads as several paragraphs: an inline construct that spans a cut
 * (bold, a link) shows as plain text, and a cut inside a fenced block or list
 * reads the rest of the piece as a paragraph. A long table is cut between
 * rows, and each piece is read after the table's header (see Pieces), so it
 * stays one table. Cuts depend only on the content from the piece's start, so
 * an editor and the CLI cut alike.
 */
function boundPieces(text: string, starts: number[]): Pieces {
  const out: number[] = [];
  const tableHeads = new Map<number, string>();
  const forced = new Set<number>();
  const maxPiece = text.includes(']:') ? MAX_PIECE_CHARS_WITH_DEFINITIONS : MAX_PIECE_CHARS;
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    out.push(start);
    if (end - start > MAX_LINE_CHARS) {
      const cuts = forcedCuts(text, start, end, maxPiece, tableHeads);
      out.push(...cuts);
      for (const cut of cuts) forced.add(cut);
    }
  });
  return { starts: out, tableHeads, forced };
}

/**
 * For a document read once (no editor keeping its pieces): the pieces joined
 * again across the cuts where they parse as the whole does, up to
 * MAX_PIECE_CHARS each, so a 35 KB specification is parsed in two pieces, not
 * thirty. Each parse has a fixed cost (the parser's and the tree builder's
 * set-up, which V8 even optimises once it has run a few hundred times), and
 * the joined pieces read exactly as the cut ones do. Forced cuts are kept as
 * they are, and a piece that starts at one is not extended, so what they
 * change is changed alike.
 */
export function joinPieces({ starts, forced }: Pieces, length: number): number[] {
  const out: number[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? length;
    const current = out.at(-1);
    const join = current !== undefined && !forced.has(current) && !forced.has(start) && end - current <= MAX_PIECE_CHARS;
    if (!join) out.push(start);
  });
  return out;
}

const isLetter = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && /\p{L}/u.test(text[i]!);
};
const isBlank = (c: number): boolean => c === 32 || c === 9;

/** Cuts inside [start, end) so that no piece holds too long a line or is too long. */
function forcedCuts(text: string, start: number, end: number, maxPiece: number, tableHeads: Map<number, string>): number[] {
  const cuts: number[] = [];
  let pieceStart = start;
  /** The latest line start in this piece that begins with a letter: a paragraph starts there. */
  let letterLine = -1;
  /** The previous line, and the header and delimiter rows of the table this line is in, if any. */
  let previous = { start: -1, text: '' };
  let tableHead: string | undefined;
  const lineEnd = /\r\n?|\n/g;
  for (let line = start; line < end; ) {
    lineEnd.lastIndex = line;
    const m = lineEnd.exec(text);
    const lineStop = m && m.index < end ? m.index : end;
    const next = m && m.index < end ? m.index + m[0].length : end;
    if (line > pieceStart && isLetter(text, line)) letterLine = line;
    const content = lineStop - line <= MAX_LINE_CHARS ? text.slice(line, lineStop) : '';
    if (SPACES_ONLY.test(content) && lineStop - line <= MAX_LINE_CHARS) tableHead = undefined;
    else if (!tableHead && isDelimiterRow(content) && previous.text.includes('|')) tableHead = text.slice(previous.start, next);
    for (let from = Math.max(line, pieceStart); lineStop - from > MAX_LINE_CHARS; from = pieceStart) {
      pieceStart = cutInLine(text, from, from + MAX_LINE_CHARS);
      cuts.push(pieceStart);
      letterLine = -1;
      tableHead = undefined;
    }
    if (next - pieceStart > maxPiece && line > pieceStart) {
      // Inside a table, between rows; elsewhere before a paragraph if there is one.
      pieceStart = tableHead && !isDelimiterRow(content) ? line : letterLine > pieceStart ? letterLine : line;
      cuts.push(pieceStart);
      if (tableHead && pieceStart === line) tableHeads.set(line, tableHead.endsWith('\n') || tableHead.endsWith('\r') ? tableHead : `${tableHead}\n`);
      letterLine = -1;
    }
    previous = { start: line, text: content };
    line = next;
  }
  return cuts;
}

/** A GFM table's delimiter row, roughly (`| --- | :-: |`): only pipes, dashes, colons and spaces. */
function isDelimiterRow(line: string): boolean {
  return line.includes('-') && /^[ \t|:-]+$/.test(line);
}

/**
 * Where to cut a long line, at or before `limit` and past the middle of
 * [from, limit]: before a letter that starts a sentence, else before any
 * word, else anywhere (never inside a surrogate pair). A piece that starts
 * with a letter is a paragraph, not a list, heading or code.
 */
function cutInLine(text: string, from: number, limit: number): number {
  const floor = from + ((limit - from) >> 1);
  let word = -1;
  for (let c = limit; c > floor; c--) {
    if (!isBlank(text.charCodeAt(c - 1)) || !isLetter(text, c)) continue;
    let before = c - 1;
    while (before > from && isBlank(text.charCodeAt(before))) before--;
    if ('.!?)"\'’”'.includes(text[before]!)) return c;
    if (word === -1) word = c;
  }
  if (word !== -1) return word;
  const low = text.charCodeAt(limit);
  return low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
}

/** Every place the document could be cut (see above), in order. */
export function* safeCuts(text: string): Generator<{ offset: number; heading: boolean; line: string }> {
  // A leading byte order mark is set aside when the whole is parsed (markdown.ts), not when a piece is: no cuts then.
  if (text.includes(']:') || text.startsWith('\uFEFF')) return;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  /** Since the last blank line, a line began with a tag: raw HTML or a paragraph, until a blank line. */
  let tagged = false;
  let previousBlank = false;
  // Lines end at \n, \r\n or a lone \r, as in CommonMark.
  const lineEnd = /\r\n?|\n/g;
  for (let offset = 0; offset < text.length; ) {
    lineEnd.lastIndex = offset;
    const end = lineEnd.exec(text);
    const next = end ? end.index + end[0].length : text.length;
    const line = text.slice(offset, end ? end.index : text.length);
    const blank = SPACES_ONLY.test(line);

    // A byte order mark is dropped at the start of a parse only: a piece must not start with one.
    const cuttable = !/^[ \t\uFEFF]/.test(line) && !LIST_MARKER.test(line);
    if (!fence && !htmlEnd && previousBlank && !blank && offset > 0 && cuttable) {
      yield { offset, heading: line.startsWith('#'), line };
    }

    if (fence) {
      const close = fenceAt(line);
      if (close && close.char === fence.char && close.length >= fence.length && SPACES_ONLY.test(close.rest)) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      const open = fenceAt(line);
      if (open && !(open.char === '`' && open.rest.includes('`'))) {
        // Inside an HTML block it is not a fence; after a tag or indented, it may be one or not.
        if (tagged || line.startsWith(' ')) return;
        fence = { char: open.char, length: open.length };
      } else {
        const end = htmlBlockEnd(line);
        // After a tag it may be the HTML block's content; indented, it may be inside a list item
        // (ending with the item, not at its marker).
        if (end && (tagged || line.startsWith(' '))) return;
        // The block may end on its first line.
        if (end && !end.test(line.slice(line.indexOf('<') + 1))) htmlEnd = end;
        else if (/^ {0,3}<\/?[A-Za-z]/.test(line)) tagged = true;
      }
    }
    if (blank) tagged = false;
    previousBlank = blank;
    offset = next;
  }
}
