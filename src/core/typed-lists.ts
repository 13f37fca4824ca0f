/**
 * Lists typed by hand: paragraphs that open with a letter or a roman numeral the
 * author typed ("a) ...", "(ii) ...", "b. ..."), which specifications copied from
 * Word or PDF often have in place of real list numbering. They are read as the
 * ordered list they are, so that an item is read with its lead-in as any list
 * item is ("Provision of equitable access for all patients covering:" then
 * "a. The provision of a comprehensive range of treatments."). The marker leaves
 * the text, as Word's own numbering is outside it; the block keeps it as typed
 * (typedMarker), as the paragraph still holds it.
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
  typedMarker?: string;
  list?: { ordered: boolean; depth: number };
  cell?: unknown;
}

/** "a) ", "(b) ", "c. ", "iv) ", "(ii) ": the brackets, the marker and the space after it. */
const MARKER = /^\s*(\(?)([a-z]|[ivx]{1,5})([.)])\s+(?=\S)/u;

interface Marker {
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
  // "(a)" and "a)" are styles; "(a." is not a marker anyone types.
  if (open === '(' && close !== ')') return undefined;
  const letter = mark.length === 1 ? mark.charCodeAt(0) - 96 : undefined;
  const roman = romanValue(mark);
  if (letter === undefined && roman === undefined) return undefined;
  return { length: whole.length, style: `${open}${close}`, ...(letter !== undefined && { letter }), ...(roman !== undefined && { roman }) };
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

/** A run of typed items counting up in one style, and the run it is nested in. */
interface Run {
  kind: 'letter' | 'roman';
  items: Array<{ index: number; marker: Marker }>;
  parent?: Run;
}

/**
 * The blocks with each run of typed list items made list items: ordered, one
 * level below the item or list item they follow when it ends in a colon (their
 * lead-in: "b) comply with the Act, which requires us to:" then "(i) ..."),
 * otherwise at the top level (depth 1, as the loaders count). A run may resume
 * after a run nested in it ("a) ...:", "(i)", "(ii)", "b) ..."). Other blocks
 * are returned as they are.
 */
export function readTypedLists<Block extends TypedListBlock>(blocks: Block[]): Block[] {
  const runs: Run[] = [];
  /** The open runs, innermost last: a paragraph with no marker closes them all. */
  let open: Run[] = [];
  blocks.forEach((block, index) => {
    const marker = markerOf(block);
    if (!marker) {
      open = [];
      return;
    }
    // An item of an open run (the innermost it follows), closing the runs nested deeper.
    for (let k = open.length - 1; k >= 0; k--) {
      const run = open[k]!;
      if (follows(run.items.at(-1)!.marker, marker, run.kind)) {
        run.items.push({ index, marker });
        open = open.slice(0, k + 1);
        return;
      }
    }
    const kind = marker.letter === 1 ? 'letter' : marker.roman === 1 ? 'roman' : undefined;
    if (!kind) {
      open = [];
      return;
    }
    // A new run: nested in the run whose item just before ends in a colon, else a run of its own.
    const previous = open.at(-1);
    const leadIn = previous && previous.items.at(-1)!.index === index - 1 && blocks[index - 1]!.text.trimEnd().endsWith(':') ? previous : undefined;
    const run: Run = { kind, items: [{ index, marker }], ...(leadIn && { parent: leadIn }) };
    runs.push(run);
    open = leadIn ? [...open, run] : [run];
  });

  const out = blocks.slice();
  const counts = (run: Run): boolean => run.items.length >= 2;
  const depthOf = (run: Run): number => {
    if (run.parent && counts(run.parent)) return depthOf(run.parent) + 1;
    const before = blocks[run.items[0]!.index - 1];
    // Typed items under a real list item that ends in a colon ("- The service will:") are nested in it.
    return before?.kind === 'list-item' && before.list && before.text.trimEnd().endsWith(':') ? before.list.depth + 1 : 1;
  };
  for (const run of runs.filter(counts)) {
    const depth = depthOf(run);
    for (const { index, marker } of run.items) {
      const block = blocks[index]!;
      out[index] = {
        ...block,
        kind: 'list-item',
        text: block.text.slice(marker.length),
        spans: dropSpans(block.spans, marker.length),
        typedMarker: block.text.slice(0, marker.length),
        list: { ordered: true, depth },
      };
    }
  }
  return out;
}
