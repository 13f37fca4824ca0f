/**
 * Where a comment's markers go in document.xml. A range start goes just
 * before its first character and a range end just after its last.
 *
 * From the character's run the place moves outwards while it is at the edge
 * of its container (so a range starting a hyperlink starts before the link),
 * and where it is inside one, the container is split there if it is a run
 * (both halves keep the run's properties; inside a w:t the text is split too)
 * or a tracked insertion (both halves keep its author and date, as Word writes
 * them). Other containers (links, fields, content controls) are never split:
 * the markers then go inside them.
 */
import type { Wrap, XmlEdits } from './edits.js';
import { rawOffset, type MappedParagraph, type Segment, type XmlElement } from '../loaders/docx/source-map.js';
import { attribute, withAttribute } from './attributes.js';

export interface Boundary {
  /** Offset in document.xml. */
  at: number;
  /** Present when the offset is inside elements that must be split there. */
  wrap?: Wrap;
  /** The element the markers end up in. */
  level: XmlElement;
  /** A w:t that is split: its start tag must keep spaces (xml:space="preserve"). */
  preserve?: XmlElement;
}

export interface Boundaries {
  start: Boundary;
  end: Boundary;
  /** The paragraph holding the end, where the reference run goes. */
  endParagraph: MappedParagraph;
}

/** What the boundaries need from the document: its text and fresh revision ids. */
export interface AnchorContext {
  xml: string;
  freshRevisionId(): number;
}

/** Siblings that hold no text: a place before or after them is the same place in the text. */
const TRANSPARENT = new Set(['w:rPr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:permStart', 'w:permEnd']);
/** Containers that may be cut in two around the markers. */
const SPLITTABLE = new Set(['w:r', 'w:ins']);

export function exactBoundaries(ctx: AnchorContext, startP: MappedParagraph, from: number, endP: MappedParagraph, to: number): Boundaries | undefined {
  const start = boundary(ctx, startP, from, 'start');
  const end = boundary(ctx, endP, to, 'end');
  return start && end ? { start, end, endParagraph: endP } : undefined;
}

/** The whole paragraph: from just after its properties to just before its end tag. */
export function paragraphBoundaries(p: MappedParagraph): Boundaries | undefined {
  if (p.selfClosing) return undefined;
  const first = p.element.children[0];
  const contentStart = first?.name === 'w:pPr' ? first.end : p.element.startTagEnd;
  return { start: { at: contentStart, level: p.element }, end: { at: p.element.closeStart, level: p.element }, endParagraph: p };
}

export function addComment(edits: XmlEdits, ctx: AnchorContext, id: number, b: Boundaries): void {
  const reference = `<w:r><w:commentReference w:id="${id}"/></w:r>`;
  const referenceAt = referencePlace(b.end, b.endParagraph);
  edits.insertStart(b.start.at, `<w:commentRangeStart w:id="${id}"/>`, b.start.wrap);
  edits.insertEnd(b.end.at, `<w:commentRangeEnd w:id="${id}"/>` + (referenceAt === undefined ? reference : ''), b.end.wrap);
  if (referenceAt !== undefined) edits.insertEnd(referenceAt, reference);
  for (const t of [b.start.preserve, b.end.preserve]) if (t) preserveSpaces(edits, ctx.xml, t);
}

/**
 * The place just before text offset k (a start) or just after offset k - 1
 * (an end), or undefined when it cannot be marked exactly.
 */
function boundary(ctx: AnchorContext, p: MappedParagraph, k: number, side: 'start' | 'end'): Boundary | undefined {
  const seg = p.segments.find((s) => (side === 'start' ? s.from <= k && k < s.to : s.from < k && k <= s.to));
  if (!seg || !isMarkable(seg)) return undefined;
  const el = seg.element;
  let at = side === 'start' ? el.start : el.end;
  let node = el;
  const chain: XmlElement[] = [];
  let edge = true;
  let preserve: XmlElement | undefined;

  if (seg.rawStart !== undefined) {
    const pos = k - seg.from;
    const raw = rawOffset(ctx.xml, seg.rawStart, seg.raw, pos);
    if (raw === undefined) return undefined;
    const atEdge = side === 'start' ? raw === el.startTagEnd : raw === el.closeStart;
    if (seg.cdata) {
      // A CDATA section cannot be cut; it can only be marked when it fills the w:t at that end.
      const opens = raw === el.startTagEnd + '<![CDATA['.length && pos === 0;
      const closes = raw + ']]>'.length === el.closeStart && pos === seg.to - seg.from;
      if (!(side === 'start' ? opens : closes)) return undefined;
    } else if (!atEdge) {
      at = raw;
      chain.push(el);
      preserve = el;
      edge = false;
    }
  }

  for (let parent = node.parent; parent && parent !== p.element; parent = node.parent) {
    // Markers in a content control stay inside its content: next to w:sdtContent they would be
    // children of w:sdt, which holds only its properties and its content.
    if (parent.name === 'w:sdtContent') break;
    if (edge && (side === 'start' ? isFirst(node, parent) : isLast(node, parent))) {
      at = side === 'start' ? parent.start : parent.end;
    } else if (SPLITTABLE.has(parent.name)) {
      chain.push(parent);
      edge = false;
    } else {
      break;
    }
    node = parent;
  }
  const level = node.parent ?? p.element;
  return { at, level, preserve, wrap: chain.length > 0 ? wrapFor(ctx, chain) : undefined };
}

/** Text from a w:t or a w:tab-like element directly in a run, in a paragraph the loader agrees on. */
function isMarkable(seg: Segment): boolean {
  if (!seg.safe || seg.element.parent?.name !== 'w:r') return false;
  return seg.rawStart === undefined || seg.element.name === 'w:t';
}

function isFirst(node: XmlElement, parent: XmlElement): boolean {
  for (const sibling of parent.children) {
    if (sibling === node) return true;
    if (!TRANSPARENT.has(sibling.name)) return false;
  }
  return false;
}

function isLast(node: XmlElement, parent: XmlElement): boolean {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const sibling = parent.children[i]!;
    if (sibling === node) return true;
    if (!TRANSPARENT.has(sibling.name)) return false;
  }
  return false;
}

/** Closes the elements being cut (innermost first) and reopens them as they were. */
function wrapFor(ctx: AnchorContext, chain: XmlElement[]): Wrap {
  const close = chain.map((e) => `</${e.name}>`).join('');
  const reopen = [...chain]
    .reverse()
    .map((e) => {
      const tag = ctx.xml.slice(e.start, e.startTagEnd);
      if (e.name === 'w:t') return '<w:t xml:space="preserve">';
      if (e.name === 'w:r') return tag + runProperties(ctx, e);
      // The second half of a tracked insertion is a revision of its own.
      return withFreshId(ctx, tag);
    })
    .join('');
  return { close, reopen };
}

function runProperties(ctx: AnchorContext, run: XmlElement): string {
  const rPr = run.children.find((c) => c.name === 'w:rPr');
  if (!rPr) return '';
  // A tracked formatting change copied into the second half needs its own id.
  let out = '';
  let from = rPr.start;
  for (const e of descendants(rPr)) {
    if (e.name !== 'w:rPrChange') continue;
    out += ctx.xml.slice(from, e.start) + withFreshId(ctx, ctx.xml.slice(e.start, e.startTagEnd));
    from = e.startTagEnd;
  }
  return out + ctx.xml.slice(from, rPr.end);
}

/** The elements inside `e`, in document order. */
function* descendants(e: XmlElement): Generator<XmlElement> {
  for (const child of e.children) {
    yield child;
    yield* descendants(child);
  }
}

/** A copied revision element's start tag with a new w:id (revision ids must be unique). */
function withFreshId(ctx: AnchorContext, tag: string): string {
  return attribute(tag, 'w:id') === undefined ? tag : withAttribute(tag, 'w:id', String(ctx.freshRevisionId()));
}

/**
 * The reference run marks where Word shows the comment. It goes straight after
 * the range end when that is a child of the paragraph; otherwise after the
 * paragraph child holding the end (a link, field or content control), so that
 * updating the field cannot delete it.
 */
function referencePlace(end: Boundary, p: MappedParagraph): number | undefined {
  let child = end.level;
  if (child === p.element) return undefined;
  while (child.parent && child.parent !== p.element) child = child.parent;
  return child.parent === p.element ? child.end : undefined;
}

/** Word drops spaces at the ends of a w:t unless told to keep them; a split can leave one there. */
function preserveSpaces(edits: XmlEdits, xml: string, t: XmlElement): void {
  const tag = xml.slice(t.start, t.startTagEnd);
  if (attribute(tag, 'xml:space') === 'preserve') return;
  edits.replace(t.start, t.startTagEnd, withAttribute(tag, 'xml:space', 'preserve'));
}
