/** Maps places in the model (block text offsets, sections) back to the source. */
import type { Block, Position, Section, SpecDocument } from './model.js';
import { ownString } from './own-string.js';

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

/**
 * Whitespace collapsed; long text cut at a word boundary (formatters add the
 * ellipsis where `cut` says so: a cut quote is often much shorter than the limit). Only as much of the text is read as the quote needs: a window
 * twice the quote's length, doubled until its collapsed text is longer than a
 * quote or it is the whole text (collapsing all of a 1 MB sentence for each
 * of its thousands of findings was quadratic). The first QUOTE_LIMIT + 1
 * characters of a window's collapsed text are those of the whole text's, so
 * the cut is the same.
 */
export function cutQuote(text: string): { quote: string; cut: boolean } {
  for (let end = Math.min(text.length, 2 * QUOTE_LIMIT); ; end = Math.min(text.length, 2 * end)) {
    const flat = text.slice(0, end).replace(/\s+/g, ' ').trim();
    // Copied out, so that no finding keeps its paragraph alive (ownString).
    if (flat.length <= QUOTE_LIMIT) {
      if (end < text.length) continue;
      return { quote: ownString(flat), cut: false };
    }
    const at = flat.lastIndexOf(' ', QUOTE_LIMIT);
    return { quote: ownString(flat.slice(0, at > QUOTE_LIMIT / 2 ? at : QUOTE_LIMIT)), cut: true };
  }
}

/** The quote alone (cutQuote). */
export const quoteOf = (text: string): string => cutQuote(text).quote;

