/**
 * Lists typed by hand: paragraphs that open with a letter or a roman numeral the
 * author typed ("a) ...", "(ii) ...", "b. ..."), which specifications copied from
 * Word or PDF often have in place of real list numbering. They are read as the
 * ordered list they are, so that an item is read with its lead-in as any list
 * item is ("Provision of equitable access for all patients covering:" then
 * "a. The provision of a comprehensive range of treatments."). The marker leaves
 * the text and becomes the block's label, as Word's own numbering does; the
 * block keeps it as typed (typedMarker), as the paragraph still holds it.
 *
 * Only a run of two or more paragraphs counting up from "a" or "i" in one style
 * is a list: a paragraph that merely starts "a) " or "i. " stays a paragraph.
 * Capitals ("A. Introduction") are left alone, as documents number headings so.
 */
import type { BlockKind, TextSpan } from './model.js';

/** What this needs of a loader's block (build-document's RawBlock). */
interface TypedListBlock {
  kind: BlockKind;
  text: string;
  spans: TextSpan[];
  boldOnly?: boolean;
  label?: string;
  typedMarker?: string;
  list?: { ordered: boolean; depth: number };
  cell?: unknown;
}

/** "a) ", "(b) ", "c. ", "iv) ", "(ii) ": the brackets, the marker and the space after it. */
const MARKER = /^\s*(\(?)([a-z]|[ivx]{1,5})([.)])\s+(?=\S)/u;

interface Marker {
  /** The marker as written, without the space after it ("(a)", "ii."). */
  label: string;
  /** Characters of the text the marker and its spaces take. */
  length: number;
  /** Its style: an opening bracket or not, and the closing character. */
  style: string;
  letter?: number;
  roman?: number;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

/** The value of a lower-case roman numeral in its usual form, or undefined ("iiii", "vx" are not). */
function romanValue(numeral: string): number | undefined {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i]!]!;
    const next = ROMAN[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === numeral ? total : undefined;
}

function toRoman(n: number): string {
  const parts: Array<[number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, numeral] of parts) while (n >= value) { out += numeral; n -= value; }
  return out;
}

function markerOf(block: TypedListBlock): Marker | undefined {
  if (block.kind !== 'paragraph' || block.cell || block.boldOnly) return undefined;
  const m = MARKER.exec(block.text);
  if (!m) return undefined;
  const [whole, open, mark, close] = m as unknown as [string, string, string, string];
  // "(a." and "a)" are styles; "(a." is not a marker anyone types.
  if (open === '(' && close !== ')') return undefined;
  const letter = mark.length === 1 ? mark.charCodeAt(0) - 96 : undefined;
  const roman = romanValue(mark);
  if (letter === undefined && roman === undefined) return undefined;
  return { label: `${open}${mark}${close}`, length: whole.length, style: `${open}${close}`, ...(letter !== undefined && { letter }), ...(roman !== undefined && { roman }) };
}

/** Whether `next` follows `previous` in the list `kind` counts in. */
function follows(previous: Marker, next: Marker, kind: 'letter' | 'roman'): boolean {
  if (previous.style !== next.style) return false;
  return kind === 'letter' ? next.letter === previous.letter! + 1 : next.roman === previous.roman! + 1;
}

/** The spans of a text whose first `cut` characters are dropped. */
function dropSpans(spans: TextSpan[], cut: number): TextSpan[] {
  const out: TextSpan[] = [];
  for (const span of spans) {
    const end = span.textStart + span.length;
    if (end <= cut) continue;
    if (span.textStart >= cut) {
      out.push({ ...span, textStart: span.textStart - cut });
      continue;
    }
    // The span holds the cut: a verbatim span maps the rest exactly; another can only keep its ends.
    const inside = cut - span.textStart;
    out.push({ ...span, textStart: 0, length: span.length - inside, sourceStart: span.verbatim ? span.sourceStart + inside : span.sourceStart });
  }
  return out;
}

/**
 * The blocks with each run of typed list items made list items: ordered, one
 * level below a list item they follow that ends in a colon (its lead-in),
 * otherwise at the top level. Other blocks are returned as they are.
 */
export function readTypedLists<Block extends TypedListBlock>(blocks: Block[]): Block[] {
  const out = blocks.slice();
  let i = 0;
  while (i < blocks.length) {
    const first = markerOf(blocks[i]!);
    const kind = first?.letter === 1 ? 'letter' : first?.roman === 1 ? 'roman' : undefined;
    if (!first || !kind) {
      i++;
      continue;
    }
    const run = [first];
    while (i + run.length < blocks.length) {
      const next = markerOf(blocks[i + run.length]!);
      if (!next || !follows(run.at(-1)!, next, kind)) break;
      run.push(next);
    }
    if (run.length >= 2) {
      const before = blocks[i - 1];
      const depth = before?.kind === 'list-item' && before.list && before.text.trimEnd().endsWith(':') ? before.list.depth + 1 : 0;
      run.forEach((marker, k) => {
        const block = blocks[i + k]!;
        out[i + k] = {
          ...block,
          kind: 'list-item',
          text: block.text.slice(marker.length),
          spans: dropSpans(block.spans, marker.length),
          label: marker.label,
          typedMarker: block.text.slice(0, marker.length),
          list: { ordered: true, depth },
        };
      });
    }
    i += run.length;
  }
  return out;
}
