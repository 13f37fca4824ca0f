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
 * A document with link reference or footnote definitions is not cut at all,
 * since a definition anywhere changes how references everywhere read. Where
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
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** Link reference definitions and footnote definitions: `[label]: …`, `[^1]: …`. */
const DEFINITION = /^ {0,3}\[(?:[^\]\\\n]|\\.){1,999}\]:/m;

/** HTML blocks that a blank line does not end (CommonMark types 1 to 5), with what ends each. */
function htmlBlockEnd(line: string): string | undefined {
  const m = /^ {0,3}<(!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[\s>]|$))/i.exec(line);
  if (!m) return undefined;
  const opener = m[1]!.toLowerCase();
  // Types 1 to 5 end on a line containing their marker (type 1's in any case: matched lower-cased).
  if (opener === '!--') return '-->';
  if (opener === '?') return '?>';
  if (opener === '![cdata[') return ']]>';
  if (opener.startsWith('!')) return '>';
  return `</${opener}>`;
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
  const starts = [0];
  let pieceStart = 0;
  for (const { offset, heading, line } of safeCuts(text)) {
    if (heading || (offset - pieceStart >= MIN_PIECE_CHARS && hash(line) % 8 === 0)) {
      starts.push(offset);
      pieceStart = offset;
    }
  }
  return starts;
}

/** Every place the document could be cut (see above), in order. */
export function* safeCuts(text: string): Generator<{ offset: number; heading: boolean; line: string }> {
  if (DEFINITION.test(text)) return;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: string | undefined;
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
    // Only spaces and tabs make a line blank (a no-break space does not).
    const blank = /^[ \t]*$/.test(line);

    if (!fence && !htmlEnd && previousBlank && !blank && offset > 0 && !/^[ \t]/.test(line) && !LIST_MARKER.test(line)) {
      yield { offset, heading: line.startsWith('#'), line };
    }

    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && close[2]!.trim() === '') fence = undefined;
    } else if (htmlEnd) {
      if (line.toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else {
      const open = FENCE.exec(line);
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        // Inside an HTML block it is not a fence; after a tag or indented, it may be one or not.
        if (tagged || line.startsWith(' ')) return;
        fence = { char: open[1]![0]!, length: open[1]!.length };
      } else {
        const end = htmlBlockEnd(line);
        // After a tag, this may be the HTML block's content rather than a block of its own.
        if (end && tagged) return;
        // The block may end on its first line.
        if (end && !line.slice(line.indexOf('<') + 1).toLowerCase().includes(end)) htmlEnd = end;
        else if (/^ {0,3}<\/?[A-Za-z]/.test(line)) tagged = true;
      }
    }
    if (blank) tagged = false;
    previousBlank = blank;
    offset = next;
  }
}
