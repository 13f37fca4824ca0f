/**
 * A commissioner's own .docx back with each finding as a Word comment,
 * anchored on exactly the flagged text. Pure: bytes in, bytes out.
 *
 * Only word/document.xml (markers and split runs), word/comments.xml, the
 * document's relationships and [Content_Types].xml may change, and the last
 * two only when the comments part was not already wired up. Before handing
 * the result back it is read again with the loader: the paragraph texts must
 * be identical and every comment must cover the range intended.
 */
import { countMessages, type LintMessage } from '../core/messages.js';
import type { RuleModule } from '../core/rule.js';
import { NO_VOCABULARY, type ReportVocabulary } from '../report/vocabulary.js';
import { fileView, type FindingView } from '../report/view.js';
import { commentParagraphs } from './comment-text.js';
import { InputError } from '../loaders/decode.js';
import { readBody, type DocxBody } from '../loaders/docx/body.js';
import { isOleFile } from '../loaders/docx/index.js';
import { readComments, readStyles } from '../loaders/docx/parts.js';
import type { ZipLimits } from '../loaders/docx/limits.js';
import { parseXml } from '../loaders/docx/xml.js';
import { commentXml, nextCommentId, withComments } from './comments-part.js';
import { commentsPartOf, mainDocumentPart, relsPartFor, resolveTarget, withCommentsContentType, withCommentsRelationship } from './package-parts.js';
import { place, verify, type PlacedComment } from './place.js';
import { decodePart, encodePart } from './part-text.js';
import { readParts, writeParts, type Part } from './zip-parts.js';

export interface AnnotateOptions {
  /** Comment author; "speclint" by default. */
  author?: string;
  /** Comment initials; "SL" by default. */
  initials?: string;
  /** Comment date; now by default. */
  date?: Date;
  /** The rule's public documentation address, shown after its id; none when undefined. */
  docsUrl?: (ruleId: string) => string | undefined;
  /** The rules that made the findings: their descriptions, key actions and good examples. */
  rules?: Readonly<Record<string, RuleModule<any>>>;
  /** Model wording by service area, and the headings whole-document comments go on (rules/report/vocabulary.yaml). */
  models?: ReportVocabulary;
  /** Used in error messages; "the document" by default. */
  fileName?: string;
  limits?: ZipLimits;
}

export type { Placement, PlacedComment } from './place.js';

export interface AnnotatedDocx {
  bytes: Uint8Array;
  comments: PlacedComment[];
  /** Findings that had nowhere to go (a document with no text at all). */
  unplaced: LintMessage[];
  /** Findings already in the document as speclint's comment, word for word and in the same place (an earlier run's copy annotated again): not added twice. */
  alreadyThere: LintMessage[];
}

export function annotateDocx(bytes: Uint8Array, messages: LintMessage[], options: AnnotateOptions = {}): Uint8Array {
  return annotateDocxDetailed(bytes, messages, options).bytes;
}

export function annotateDocxDetailed(bytes: Uint8Array, messages: LintMessage[], options: AnnotateOptions = {}): AnnotatedDocx {
  const name = options.fileName ?? 'the document';
  checkMagic(bytes, name);
  const { zip, parts } = readParts(bytes, name, options.limits);
  // Every XML part read here goes through the loader's parser first: well-formed, and no DOCTYPE.
  const text = (part: string): string | undefined => {
    const found = parts.find((p) => p.name === part);
    if (!found) return undefined;
    parseXml(found.bytes, name, part, { open() {}, close() {}, text() {} });
    return decodePart(found.bytes).text;
  };

  const main = mainDocumentPart(text('_rels/.rels'), (part) => zip.has(part));
  const documentPart = parts.find((p) => p.name === main);
  if (!documentPart) throw new InputError(`${name} is a zip file but not a Word document (it has no word/document.xml): check you chose the right file.`);
  const styles = readStyles(parts.find((p) => p.name === 'word/styles.xml')?.bytes, name);
  // The loader's reading is the truth findings were located against (and its parser the guard).
  const body = readBody(documentPart.bytes, name, styles, { sourceMap: true });
  checkUnchanged(body, messages, name);

  const found = messages.filter((m) => !m.fatal && m.ruleId !== null);
  if (found.length === 0) return { bytes: bytes.slice(), comments: [], unplaced: [], alreadyThere: [] };
  const rules = options.rules ?? {};
  const vocabulary = options.models ?? NO_VOCABULARY;
  const views = new Map<LintMessage, FindingView>(fileView(countMessages(name, found, 'docx'), rules, { models: vocabulary }).findings.map((f) => [f.message, f]));
  const commentText = (m: LintMessage): string[] => commentParagraphs(views.get(m)!, options.docsUrl?.(m.ruleId!));

  // A copy annotated before (a draft checked again) already holds some findings as comments: those are not added twice.
  const relsPart = relsPartFor(main);
  const rels = text(relsPart);
  const commentsPart = commentsPartOf(rels, main) ?? resolveTarget(main, 'comments.xml');
  const existingComments = parts.find((p) => p.name === commentsPart);
  const earlier = earlierComments(body, readComments(existingComments?.bytes, name));
  const alreadyThere = found.filter((m) => earlier.has(commentKey(commentText(m), m.documentLevel ? undefined : m.line)));
  const wanted = found.filter((m) => !alreadyThere.includes(m));
  if (wanted.length === 0) return { bytes: bytes.slice(), comments: [], unplaced: [], alreadyThere };
  // A finding about the whole document goes on the section it concerns (its key action's heading), else the title.
  const sectionPhrases = (m: LintMessage): string[] | undefined => {
    const action = m.ruleId ? rules[m.ruleId]?.meta.keyAction?.id : undefined;
    return action ? vocabulary.sections[action] : undefined;
  };

  const { encoding } = decodePart(documentPart.bytes);
  const { xml, paragraphs, elements } = body.sourceMap!;
  // Offsets can be trusted only where the segments spell the loader's text (decoding both ways agreed).
  const trusted = paragraphs.map((p, i) => p.text === body.paragraphs[i]!.text);

  const existingCommentsText = existingComments && { text: text(commentsPart)!, encoding: decodePart(existingComments.bytes).encoding };
  const firstId = nextCommentId(existingCommentsText?.text, [xml]);

  // Place every comment; any the loader does not read back exactly go on their paragraph instead.
  let forced = new Set<number>();
  const reading = { xml, paragraphs, elements, trusted, body, styles, sectionPhrases };
  let placed = place(reading, wanted, firstId, forced);
  let newXml = placed.edits.apply(xml);
  let wrong = verify(newXml, name, body, placed.comments, styles);
  if (wrong.size > 0) {
    forced = wrong;
    placed = place(reading, wanted, firstId, forced);
    newXml = placed.edits.apply(xml);
    wrong = verify(newXml, name, body, placed.comments, styles);
    if (wrong.size > 0) throw new Error(`speclint could not place its comments in ${name} without changing its text, so it did not annotate it. Please report this problem.`);
  }

  const date = validDate(options.date);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const commentParts = placed.comments.map((c) =>
    commentXml({
      id: c.id,
      author: options.author ?? 'speclint',
      initials: options.initials ?? 'SL',
      date: stamp,
      paragraphs: commentText(c.message),
    }),
  );

  const changed = new Map<string, Uint8Array>();
  changed.set(main, encodePart(newXml, encoding));
  changed.set(commentsPart, encodePart(withComments(existingCommentsText?.text, commentParts), existingCommentsText?.encoding));
  if (commentsPartOf(rels, main) === undefined) {
    changed.set(relsPart, encodePart(withCommentsRelationship(rels, main, commentsPart), rels === undefined ? 'utf-8' : decodePart(parts.find((p) => p.name === relsPart)!.bytes).encoding));
  }
  const typesPart = parts.find((p) => p.name === '[Content_Types].xml');
  if (typesPart) {
    const types = { text: text(typesPart.name)!, encoding: decodePart(typesPart.bytes).encoding };
    const updated = withCommentsContentType(types.text, commentsPart);
    if (updated !== undefined) changed.set(typesPart.name, encodePart(updated, types.encoding));
  }

  const out: Part[] = parts.map((p) => (changed.has(p.name) ? { ...p, bytes: changed.get(p.name)! } : p));
  for (const [part, data] of changed) if (!parts.some((p) => p.name === part)) out.push({ name: part, bytes: data, stored: false });
  return { bytes: writeParts(out, date), comments: placed.comments, unplaced: placed.unplaced, alreadyThere };
}

/** A comment's words, spaces made single, with the paragraph it starts in (none: anywhere). */
const commentKey = (paragraphs: string[], paragraph: number | undefined): string => `${paragraph ?? '*'}\u0000${paragraphs.join(' ').replace(/\s+/gu, ' ').trim()}`;

/** The document's comments as keys, each both with the paragraph it starts in and without. */
function earlierComments(body: DocxBody, texts: Map<string, { text: string }>): Set<string> {
  const keys = new Set<string>();
  for (const range of body.comments) {
    const comment = texts.get(range.id);
    if (!comment) continue;
    keys.add(commentKey([comment.text], range.from.paragraph));
    keys.add(commentKey([comment.text], undefined));
  }
  return keys;
}

function checkMagic(bytes: Uint8Array, name: string): void {
  if (bytes.length === 0) throw new InputError(`${name} is empty (0 bytes): get a fresh copy of the file.`);
  if (isOleFile(bytes)) {
    throw new InputError(`${name} is password-protected, or is an old-format Word file renamed .docx: speclint can only annotate a .docx it can open.`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new InputError(`${name} is not a Word document (.docx), so speclint cannot annotate it.`);
}

const flat = (text: string): string => text.replace(/[\r\n\u2028\u2029]/g, ' ');

/** Findings carry their paragraph's text: if it no longer matches, the file changed after it was checked. */
function checkUnchanged(body: DocxBody, messages: LintMessage[], name: string): void {
  for (const m of messages) {
    if (m.fatal || m.documentLevel || m.context === undefined) continue;
    const p = body.paragraphs[m.line - 1];
    if (!p || flat(p.text) !== m.context) {
      throw new InputError(`${name} has changed since speclint checked it, so its findings no longer match its text: check it again, then annotate it.`);
    }
  }
}

function validDate(date: Date | undefined): Date {
  return date && !Number.isNaN(date.getTime()) ? date : new Date();
}
