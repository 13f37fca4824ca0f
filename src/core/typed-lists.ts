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
 *
 * Bullets typed as characters ("• ", "▪ ", "- ", and the Symbol font's bullet
 * that Word pastes from PDFs) say nothing else, so every paragraph that opens
 * with one is an unordered list item, nested in the item before it when that
 * ends in a colon, and one level deeper where the bullet changes after such an
 * item ("• The provider will:" then "▪ comply with ...").
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

/**
 * A bullet typed before a paragraph's words, and the space after it: the usual
 * glyphs, a hyphen or an en dash, and the private-use characters the Symbol and
 * Wingdings fonts' bullets become when copied. Not "*" (a footnote's mark) nor
 * "o" (a word) outside a run of them (SECOND_LEVEL_BULLET), nor an em dash (a
 * quotation's attribution).
 */
const BULLET = /^\s*([•●▪■□◦○‣⁃∙·➢►▶✓✔\uf0a7\uf0b7\uf0d8\uf0fc–-])[ \t\u00a0]+(?=\S)/u;

/**
 * Word's second-level bullet, a Courier "o", as it is pasted: a bullet only inside a run of
 * typed bullets, one level below the run's first; outside a run, "o" is a word.
 */
const SECOND_LEVEL_BULLET = /^\s*(o)[ \t\u00a0]+(?=\S)/u;

interface Bullet {
  /** Characters of the text the bullet and its spaces take. */
  length: number;
  glyph: string;
}

function bulletOf(block: TypedListBlock, inRun = false): Bullet | undefined {
  if (block.kind !== 'paragraph' || block.cell || block.boldOnly) return undefined;
  const m = BULLET.exec(block.text) ?? (inRun ? SECOND_LEVEL_BULLET.exec(block.text) : null);
  return m ? { length: m[0].length, glyph: m[1]! } : undefined;
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

/** The blocks with typed bullets and typed runs made list items (readBullets, readOrderedRuns); other blocks as they are. */
export function readTypedLists<Block extends TypedListBlock>(blocks: Block[]): Block[] {
  // Bullets first, so that a typed run under a bullet ending in a colon ("• The Act requires us to:"
  // then "a) ...") is nested in it; then bullets under a typed item are moved below that item.
  const out = blocks.slice();
  readBullets(out);
  readOrderedRuns(out);
  nestBulletsUnderTypedItems(out);
  return out;
}

/** A paragraph made a list item by its typed bullet (readBullets). */
const isTypedBullet = (block: TypedListBlock): boolean => block.kind === 'list-item' && block.typedMarker !== undefined && block.list?.ordered === false;

const endsInColon = (block: TypedListBlock): boolean => block.text.trimEnd().endsWith(':');

/**
 * Each run of typed ordered items made list items, in place: ordered, one level
 * below the item or list item they follow when it ends in a colon (their
 * lead-in: "b) comply with the Act, which requires us to:" then "(i) ..."),
 * otherwise at the top level (depth 1, as the loaders count). A run may resume
 * after a run nested in it ("a) ...:", "(i)", "(ii)", "b) ..."), and stays open
 * through the typed bullets under its last item.
 */
function readOrderedRuns<Block extends TypedListBlock>(blocks: Block[]): void {
  const runs: Run[] = [];
  /** The open runs, innermost last: a paragraph with no marker closes them all. */
  let open: Run[] = [];
  blocks.forEach((block, index) => {
    const marker = markerOf(block);
    if (!marker) {
      // Bullets under the last item of the innermost run, when it ends in a colon, are its items: the run stays open.
      if (isTypedBullet(block)) {
        const last = open.at(-1)?.items.at(-1);
        const between = last ? blocks.slice(last.index + 1, index) : [];
        if (last && endsInColon(blocks[last.index]!) && between.every(isTypedBullet)) return;
      }
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
    const leadIn = previous && previous.items.at(-1)!.index === index - 1 && endsInColon(blocks[index - 1]!) ? previous : undefined;
    const run: Run = { kind, items: [{ index, marker }], ...(leadIn && { parent: leadIn }) };
    runs.push(run);
    open = leadIn ? [...open, run] : [run];
  });

  const counts = (run: Run): boolean => run.items.length >= 2;
  const depthOf = (run: Run): number => {
    if (run.parent && counts(run.parent)) return depthOf(run.parent) + 1;
    const before = blocks[run.items[0]!.index - 1];
    // Typed items under a list item that ends in a colon ("- The service will:", "• The Act requires us to:") are nested in it.
    return before?.kind === 'list-item' && before.list && endsInColon(before) ? before.list.depth + 1 : 1;
  };
  const depths = new Map(runs.filter(counts).map((run) => [run, depthOf(run)]));
  for (const [run, depth] of depths) for (const { index, marker } of run.items) blocks[index] = asListItem(blocks[index]!, marker.length, true, depth);
}

/** Each run of typed bullets that follows a typed ordered item ending in a colon moved one level below that item, in place. */
function nestBulletsUnderTypedItems<Block extends TypedListBlock>(blocks: Block[]): void {
  for (let start = 0; start < blocks.length; start++) {
    if (!isTypedBullet(blocks[start]!) || (start > 0 && isTypedBullet(blocks[start - 1]!))) continue;
    let end = start;
    while (end + 1 < blocks.length && isTypedBullet(blocks[end + 1]!)) end++;
    const before = blocks[start - 1];
    if (before?.typedMarker !== undefined && before.list?.ordered && endsInColon(before)) {
      let shallowest = Infinity;
      for (let i = start; i <= end; i++) shallowest = Math.min(shallowest, blocks[i]!.list!.depth);
      const shift = before.list.depth + 1 - shallowest;
      if (shift > 0) for (let i = start; i <= end; i++) blocks[i] = { ...blocks[i]!, list: { ordered: false, depth: blocks[i]!.list!.depth + shift } };
    }
    start = end;
  }
}

/** A block made a list item, its typed marker of `cut` characters taken out of its text. */
function asListItem<Block extends TypedListBlock>(block: Block, cut: number, ordered: boolean, depth: number): Block {
  return {
    ...block,
    kind: 'list-item',
    text: block.text.slice(cut),
    spans: dropSpans(block.spans, cut),
    typedMarker: block.text.slice(0, cut),
    list: { ordered, depth },
  };
}

/**
 * Each paragraph that opens with a typed bullet made an unordered list item, in
 * place. A run of them starts at depth 1, or one below the list item before it
 * when that ends in a colon; within the run a new bullet after an item ending in
 * a colon goes one level deeper, and a bullet already used further out returns
 * to that level.
 */
function readBullets<Block extends TypedListBlock>(blocks: Block[]): void {
  /** The bullets of the open run, outermost first, with their depths. */
  let levels: Array<{ glyph: string; depth: number }> = [];
  blocks.forEach((block, index) => {
    const bullet = bulletOf(block, levels.length > 0);
    if (!bullet) {
      levels = [];
      return;
    }
    const before = blocks[index - 1];
    const afterColon = before !== undefined && endsInColon(before);
    const at = levels.findIndex((level) => level.glyph === bullet.glyph);
    let depth: number;
    if (bullet.glyph === 'o' && at < 0) {
      // Word's second level, below the run's first whatever the item before ends with.
      depth = levels[0]!.depth + 1;
      levels = [levels[0]!, { glyph: 'o', depth }];
    } else if (levels.length === 0) {
      depth = afterColon && before!.kind === 'list-item' && before!.list ? before!.list.depth + 1 : 1;
      levels = [{ glyph: bullet.glyph, depth }];
    } else if (at >= 0) {
      levels = levels.slice(0, at + 1);
      depth = levels[at]!.depth;
    } else if (afterColon) {
      depth = levels.at(-1)!.depth + 1;
      levels.push({ glyph: bullet.glyph, depth });
    } else {
      // Another bullet at the same level: the author changed glyph, not depth.
      depth = levels.at(-1)!.depth;
      levels[levels.length - 1] = { glyph: bullet.glyph, depth };
    }
    blocks[index] = asListItem(block, bullet.length, false, depth);
  });
}
