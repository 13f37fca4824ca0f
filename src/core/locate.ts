/** Maps places in the model (block text offsets, sections) back to the source. */
import type { Block, Position, Section, SpecDocument } from './model.js';

/** Source offset of a text offset in a block (end offsets map to span ends). */
export function sourceOffset(block: Block, textOffset: number, isEnd = false): number {
  const spans = block.spans;
  if (spans.length === 0) return 0;
  for (const span of spans) {
    const spanEnd = span.textStart + span.length;
    if (textOffset < span.textStart) return span.sourceStart; // in text between spans (e.g. a line break)
    if (textOffset < spanEnd || (isEnd && textOffset === spanEnd)) {
      if (span.verbatim) return span.sourceStart + (textOffset - span.textStart);
      return isEnd ? span.sourceEnd : span.sourceStart;
    }
  }
  return spans[spans.length - 1]!.sourceEnd;
}

export interface Located {
  start: Position;
  end: Position;
  sourceStart: number;
  sourceEnd: number;
}

export function locateRange(doc: SpecDocument, block: Block, start: number, end: number): Located {
  const sourceStart = sourceOffset(block, start);
  const sourceEnd = Math.max(sourceStart, sourceOffset(block, end, true));
  return { start: doc.positionAt(sourceStart), end: doc.positionAt(sourceEnd), sourceStart, sourceEnd };
}

/** Heading texts from the top of the document down to this section. */
export function headingPath(section: Section): string[] {
  const path: string[] = [];
  for (let s: Section | undefined = section; s?.heading; s = s.parent) path.push(s.headingText);
  return path.reverse();
}

const QUOTE_LIMIT = 300;

const isSpace = (c: string): boolean => /\s/.test(c);

/**
 * Whitespace collapsed; long text cut at a word boundary (formatters add the
 * ellipsis). Only as much of the text is read as the quote needs: collapsing
 * all of a 1 MB sentence for each of its thousands of findings was quadratic,
 * and each short quote kept its whole flattened copy alive (out of memory).
 */
export function quoteOf(text: string): string {
  // Characters are joined once at the end: built with +=, each quote was kept as a
  // rope of one small string per character (about 2 KB per finding, most of a
  // large file's memory).
  const chars: string[] = [];
  let space = false;
  for (let i = 0; i < text.length && chars.length <= QUOTE_LIMIT; i++) {
    const c = text[i]!;
    if (isSpace(c)) {
      space = chars.length > 0;
      continue;
    }
    if (space) chars.push(' ');
    space = false;
    chars.push(c);
  }
  const flat = chars.join('');
  if (flat.length <= QUOTE_LIMIT) return flat;
  const cut = flat.lastIndexOf(' ', QUOTE_LIMIT);
  return flat.slice(0, cut > QUOTE_LIMIT / 2 ? cut : QUOTE_LIMIT);
}
