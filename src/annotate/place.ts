/**
 * Which paragraph and characters each finding's comment goes on, and a check
 * that the loader reads the result back that way. A finding goes on its exact
 * range; failing that on its whole paragraph; a finding about the whole
 * document on the heading of the section it concerns (by its key action,
 * rules/report/vocabulary.yaml), else (or with nowhere else to go) on the title
 * or first paragraph.
 */
import type { LintMessage } from '../core/messages.js';
import { readBody, type DocxBody } from '../loaders/docx/body.js';
import type { Styles } from '../loaders/docx/parts.js';
import { addComment, exactBoundaries, paragraphBoundaries, type AnchorContext, type Boundaries } from './anchor.js';
import { attribute } from './attributes.js';
import { XmlEdits } from './edits.js';
import type { MappedParagraph, XmlElement } from '../loaders/docx/source-map.js';
import { headingFor } from '../report/vocabulary.js';

/**
 * How a comment was anchored: on the finding's exact text; on its whole
 * paragraph (the text could not be split exactly there); or, for a finding
 * about the whole document, on the title or first paragraph.
 */
export type Placement = 'exact' | 'paragraph' | 'document';

export interface PlacedComment {
  message: LintMessage;
  /** The w:id of the comment. */
  id: number;
  placement: Placement;
  /** The finding's own range could not be marked exactly, so the comment is on its whole paragraph or the title. */
  fallback: boolean;
  /** Where the comment starts and ends, as the loader numbers paragraphs (1-based) and offsets (0-based). */
  from: { paragraph: number; offset: number };
  to: { paragraph: number; offset: number };
}

export interface Placed {
  edits: XmlEdits;
  comments: PlacedComment[];
  unplaced: LintMessage[];
}

/** The document as the loader read it (the truth findings point into), with its source map. */
export interface Reading {
  xml: string;
  paragraphs: MappedParagraph[];
  /** Every element of document.xml, in document order. */
  elements: XmlElement[];
  /** Paragraphs both readings agree on; only these take exact comments. */
  trusted: boolean[];
  body: DocxBody;
  styles: Styles;
  /** For a finding about the whole document: phrases of the headings it concerns, in order of preference. */
  sectionPhrases?: (m: LintMessage) => readonly string[] | undefined;
}

/** Comment ids are given in order from firstId; `forced` ids skip exact anchoring (after a failed check). */
export function place(reading: Reading, messages: LintMessage[], firstId: number, forced: Set<number>): Placed {
  const { xml, paragraphs, elements, trusted, body, styles, sectionPhrases } = reading;
  let revision = maxRevisionId(xml, elements);
  const ctx: AnchorContext = { xml, freshRevisionId: () => ++revision };
  const edits = new XmlEdits();
  const comments: PlacedComment[] = [];
  const unplaced: LintMessage[] = [];
  const usable = (line: number | undefined): MappedParagraph | undefined => {
    const p = line === undefined ? undefined : paragraphs[line - 1];
    return p && trusted[p.index - 1] ? p : undefined;
  };
  const whole = (p: MappedParagraph | undefined): { b: Boundaries; from: PlacedComment['from']; to: PlacedComment['to'] } | undefined => {
    const b = p && paragraphBoundaries(p);
    return b && p && { b, from: { paragraph: p.index, offset: 0 }, to: { paragraph: p.index, offset: p.text.length } };
  };

  let allHeadings: MappedParagraph[] | undefined;
  let id = firstId;
  for (const message of messages) {
    const commentId = id;
    let placement: Placement = message.documentLevel ? 'document' : 'exact';
    // A finding about the whole document goes on the heading of the section it concerns, when there is one; else on the title.
    const phrases = message.documentLevel ? sectionPhrases?.(message) : undefined;
    let found = phrases ? whole(headingFor(phrases, (allHeadings ??= headings(paragraphs, trusted, body, styles)))) : undefined;
    if (!found && !forced.has(commentId)) found = exact(ctx, message, usable);
    // Only a finding with a range of its own can miss it.
    const fallback = found === undefined && message.endLine !== undefined;
    if (!found && !message.documentLevel) {
      placement = 'paragraph';
      const own = usable(message.line);
      // A comment on an empty paragraph could not be found: those go on the title instead.
      found = own && own.text.trim() !== '' ? whole(own) : undefined;
    }
    if (!found) {
      placement = 'document';
      found = whole(documentParagraph(paragraphs, trusted, body, styles));
    }
    if (!found) {
      unplaced.push(message);
      continue;
    }
    id++;
    addComment(edits, ctx, commentId, found.b);
    comments.push({ message, id: commentId, placement, fallback, from: found.from, to: found.to });
  }
  return { edits, comments, unplaced };
}

/** The finding's own range, when it maps onto characters that can be marked exactly. */
function exact(
  ctx: AnchorContext,
  m: LintMessage,
  usable: (line: number | undefined) => MappedParagraph | undefined,
): { b: Boundaries; from: PlacedComment['from']; to: PlacedComment['to'] } | undefined {
  if (m.endLine === undefined || m.endColumn === undefined) return undefined;
  const startP = usable(m.line);
  let endP = usable(m.endLine);
  let to = m.endColumn - 1;
  // An end at the very start of a paragraph is the end of the one before.
  if (to === 0 && m.endLine > m.line) {
    endP = usable(m.endLine - 1);
    to = endP?.text.length ?? 0;
  }
  const from = m.column - 1;
  if (!startP || !endP || endP.index < startP.index || from < 0 || from > startP.text.length || to < 0 || to > endP.text.length) return undefined;
  if (startP === endP && from >= to) return undefined;
  const b = exactBoundaries(ctx, startP, from, endP, to);
  return b && { b, from: { paragraph: startP.index, offset: from }, to: { paragraph: endP.index, offset: to } };
}

function candidates(paragraphs: MappedParagraph[], trusted: boolean[]): MappedParagraph[] {
  return paragraphs.filter((p) => trusted[p.index - 1] && !p.selfClosing && p.text.trim() !== '');
}

/** The paragraphs that can take a comment and are headings, in document order. */
function headings(paragraphs: MappedParagraph[], trusted: boolean[], body: DocxBody, styles: Styles): MappedParagraph[] {
  return candidates(paragraphs, trusted).filter((p) => {
    const read = body.paragraphs[p.index - 1]!;
    return styles.headingLevel(read.styleId) !== undefined || (read.outlineLevel !== undefined && read.outlineLevel < 9);
  });
}

/** For findings about the whole document with no section of their own: the first heading (its title), else the first paragraph with text. */
function documentParagraph(paragraphs: MappedParagraph[], trusted: boolean[], body: DocxBody, styles: Styles): MappedParagraph | undefined {
  return headings(paragraphs, trusted, body, styles)[0] ?? candidates(paragraphs, trusted)[0];
}

/** Reads the result back with the loader; returns the ids of comments not where they were meant to be. */
export function verify(xml: string, name: string, before: DocxBody, comments: PlacedComment[], styles: Styles): Set<number> {
  const after = readBody(new TextEncoder().encode(xml), name, styles);
  if (after.paragraphs.length !== before.paragraphs.length || after.paragraphs.some((p, i) => p.text !== before.paragraphs[i]!.text)) {
    throw new Error(`speclint's comments would have changed the text of ${name}, so it did not annotate it. Please report this problem.`);
  }
  const ranges = new Map(after.comments.map((r) => [r.id, r]));
  const wrong = new Set<number>();
  for (const c of comments) {
    const r = ranges.get(String(c.id));
    const same = (a: { paragraph: number; offset: number } | undefined, b: { paragraph: number; offset: number }): boolean =>
      a !== undefined && a.paragraph === b.paragraph && a.offset === b.offset;
    if (!r || !same(r.from, c.from) || !same(r.to, c.to)) wrong.add(c.id);
  }
  return wrong;
}

/** The highest w:id in the document, so a copied tracked formatting change gets an unused one. */
function maxRevisionId(xml: string, elements: XmlElement[]): number {
  let max = 0;
  for (const e of elements) {
    const id = attribute(xml.slice(e.start, e.startTagEnd), 'w:id');
    if (id !== undefined && /^\d+$/.test(id)) max = Math.max(max, Number(id));
  }
  return max;
}
