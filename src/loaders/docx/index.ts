/**
 * .docx → the same raw blocks the Markdown loader produces. Imported lazily
 * (only when a Word file is linted).
 *
 * Locations: paragraph n of the body is line n of a synthetic source made of
 * the paragraphs joined by newlines, so a finding's `line` is its paragraph
 * number and `column` its offset in that paragraph, and every location tool
 * built for Markdown works unchanged.
 *
 * Not read, by design: headers and footers (page furniture: titles, version
 * numbers, protective markings), and footnotes and endnotes (references).
 * Comments and tracked changes are not text: they are handed over as the
 * document's review state (for the review rules), and comments starting with
 * speclint-disable become directives.
 */
import type { RawBlock } from '../../core/build-document.js';
import { parseDirectiveText, type Directive } from '../../core/directives.js';
import { InputError } from '../decode.js';
import type { LoadedSource } from '../markdown.js';
import { readBody, type DocxParagraph } from './body.js';
import { readComments, readCommentsExtended, readNumbering, readStyles } from './parts.js';
import type { RawComment, RawReview } from '../../core/review.js';
import { attr, parseXml } from './xml.js';
import { DEFAULT_ZIP_LIMITS, ZipReader, type ZipLimits } from './zip.js';

export { DEFAULT_ZIP_LIMITS, type ZipLimits };

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;
export const isOleFile = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The main document part, from the package relationships (word/document.xml almost always). */
function mainPart(zip: ZipReader, name: string): string {
  const rels = zip.read('_rels/.rels');
  let target: string | undefined;
  if (rels) {
    parseXml(rels, name, '_rels/.rels', {
      open(tag, a) {
        if (tag.endsWith('Relationship') && /\/officeDocument$/.test(attr(a, 'Type') ?? '') && !target) target = attr(a, 'Target');
      },
      close() {},
      text() {},
    });
  }
  const part = target?.replace(/^\//, '');
  return part && zip.has(part) ? part : 'word/document.xml';
}

const WORDPROCESSING_ML = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** The start tag of an XML text's root element (past its declaration, comments and processing instructions), or undefined. */
function rootTag(xml: string): string | undefined {
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) return undefined;
    const end = xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt) : xml.indexOf('>', lt);
    if (end < 0) return undefined;
    if (xml[lt + 1] !== '?' && xml[lt + 1] !== '!') return xml.slice(lt, end + 1);
    at = end + 1;
  }
}

/**
 * Word, LibreOffice and pandoc write Word's markup as "w:"; the reader reads it by that name. A
 * tool that rewrites XML may write the same namespace under another prefix ("ns0:") or none, and
 * the body would then read as empty: refused with a sentence instead of linted as a document with
 * no text. Told by the root element's own name and the namespace its prefix is bound to.
 */
function checkPrefix(document: Uint8Array, name: string): void {
  const root = rootTag(new TextDecoder().decode(document.subarray(0, 4096)));
  const qualified = root ? /^<([^\s/>]+)/.exec(root)?.[1] : undefined;
  if (!root || !qualified) return;
  const colon = qualified.indexOf(':');
  const prefix = colon < 0 ? '' : qualified.slice(0, colon);
  if (prefix === 'w' || qualified.slice(colon + 1) !== 'document') return;
  for (const [, bound = '', uri] of root.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) {
    if (bound === prefix && WORDPROCESSING_ML.has(uri!)) {
      const used = prefix ? `"${prefix}:"` : 'no prefix';
      throw new InputError(`${name} writes Word's markup under an unusual XML prefix (${used} where Word writes "w:"), which speclint cannot read: open it in Word or LibreOffice and save it as .docx, then try again.`);
    }
  }
}

export function loadDocx(bytes: Uint8Array, name: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): LoadedSource {
  if (bytes.length === 0) throw new InputError(`${name} is empty (0 bytes): get a fresh copy of the file.`);
  if (isOleFile(bytes)) {
    throw new InputError(
      `${name} is password-protected, or is an old-format Word file renamed .docx: remove the password in Word (File > Info > Protect Document) and save it, or save an old file as .docx, then try again.`,
    );
  }
  if (!isZip(bytes)) {
    throw new InputError(`${name} is not a Word document (.docx): check you chose the right file, or open it in Word and save it as .docx.`);
  }
  const zip = new ZipReader(bytes, name, limits);
  const main = mainPart(zip, name);
  const document = zip.read(main);
  if (!document) {
    throw new InputError(`${name} is a zip file but not a Word document (it has no word/document.xml): check you chose the right file.`);
  }
  checkPrefix(document, name);
  const styles = readStyles(zip.read('word/styles.xml'), name);
  const numbering = readNumbering(zip.read('word/numbering.xml'), name);
  const commentParts = readComments(zip.read('word/comments.xml'), name);
  const commentStates = readCommentsExtended(zip.read('word/commentsExtended.xml'), name);
  const body = readBody(document, name, styles);

  // One paragraph per line: any stray line break inside a paragraph becomes a space.
  const texts = body.paragraphs.map((p) => p.text.replace(/[\r\n\u2028\u2029]/g, ' '));
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const source = texts.join('\n');

  const blocks: RawBlock[] = [];
  body.paragraphs.forEach((p, i) => {
    const text = texts[i]!;
    const label = listLabel(p, styles, numbering);
    // A table of contents repeats the headings with page numbers: not text, nor sections, of its own.
    if (text.trim() === '' || p.contents || styles.isContents(p.styleId)) return;
    blocks.push(toRawBlock(p, text, starts[i]!, label, styles, numbering));
  });

  const directives: Directive[] = [];
  for (const range of body.comments) {
    const parsed = parseDirectiveText(commentParts.get(range.id)?.text ?? '');
    if (!parsed || parsed.kind === 'enable') continue;
    const to = range.to ?? { paragraph: range.from.paragraph, offset: Number.MAX_SAFE_INTEGER - 1 };
    directives.push({
      type: 'range',
      ruleIds: parsed.ruleIds,
      reason: parsed.reason,
      position: { line: range.from.paragraph, column: range.from.offset + 1 },
      from: { line: range.from.paragraph, column: range.from.offset + 1 },
      to: { line: to.paragraph, column: to.offset + 1 },
    });
  }
  const review = reviewState(body, commentParts, commentStates, starts, texts);
  return { raw: { format: 'docx', source, blocks, review }, directives };
}

/**
 * A finding that `speclint --annotate` wrote as a comment ends with the line
 * "Rule: <rule-id>" (src/annotate/docx.ts, commentText). Linting the reviewed
 * copy finds it afresh from the text, so it is not a reviewer's remark.
 */
const SPECLINT_FINDING = /\nRule: [\w@/-]+(?: \(\S+\))?\s*$/;

/** Comments (with their done flag, thread and range) and tracked changes, by offsets into the synthetic source. */
function reviewState(
  body: ReturnType<typeof readBody>,
  parts: ReturnType<typeof readComments>,
  states: ReturnType<typeof readCommentsExtended>,
  starts: number[],
  texts: string[],
): RawReview {
  const at = (p: { paragraph: number; offset: number }): number => {
    const i = Math.min(Math.max(p.paragraph, 1), starts.length) - 1;
    return i < 0 ? 0 : starts[i]! + Math.min(p.offset, texts[i]!.length);
  };
  const ranges = new Map(body.comments.map((r) => [r.id, r]));
  const idByParaId = new Map<string, string>();
  for (const [id, part] of parts) if (part.paraId !== undefined) idByParaId.set(part.paraId, id);
  const comments: RawComment[] = [];
  for (const [id, part] of parts) {
    const state = part.paraId === undefined ? undefined : states.get(part.paraId);
    const comment: RawComment = {
      id,
      author: part.author?.trim() || 'an unnamed reviewer',
      text: part.text,
      done: state?.done ?? false,
      directive: parseDirectiveText(part.text) !== undefined,
      bySpeclint: SPECLINT_FINDING.test(part.text),
    };
    if (part.date !== undefined) comment.date = part.date;
    const parentId = state?.parent === undefined ? undefined : idByParaId.get(state.parent);
    if (parentId !== undefined) comment.parentId = parentId;
    const range = ranges.get(id);
    const anchor = range?.from ?? body.references.get(id);
    if (anchor) {
      comment.start = at(anchor);
      // A range never closed runs to the end of its paragraph, as for directives.
      const to = range ? (range.to ?? { paragraph: range.from.paragraph, offset: Number.MAX_SAFE_INTEGER }) : anchor;
      comment.end = Math.max(comment.start, at(to));
    }
    comments.push(comment);
  }
  const changes = body.changes.map((c) => ({
    kind: c.kind,
    author: c.author,
    date: c.date,
    line: c.paragraph,
    start: at({ paragraph: c.paragraph, offset: c.from }),
    end: at({ paragraph: c.paragraph, offset: c.to }),
    text: c.text,
  }));
  return { comments, changes };
}

/** The numbering Word shows before the paragraph ("3.2", "b)"), advancing the list's counter. */
function listLabel(p: DocxParagraph, styles: ReturnType<typeof readStyles>, numbering: ReturnType<typeof readNumbering>): string | undefined {
  const numId = p.numId ?? styles.inherited(p.styleId, 'numId');
  if (numId === undefined || numId === '0') return undefined;
  const ilvl = p.ilvl ?? styles.inherited(p.styleId, 'ilvl') ?? 0;
  return numbering.next(numId, ilvl);
}

function toRawBlock(
  p: DocxParagraph,
  text: string,
  start: number,
  label: string | undefined,
  styles: ReturnType<typeof readStyles>,
  numbering: ReturnType<typeof readNumbering>,
): RawBlock {
  const spans = [{ textStart: 0, length: text.length, sourceStart: start, sourceEnd: start + text.length, verbatim: true }];
  const level = styles.headingLevel(p.styleId) ?? (p.outlineLevel !== undefined && p.outlineLevel < 9 ? p.outlineLevel + 1 : undefined);
  // A subtitle's bold (pandoc bases it on Title) does not make it a section title.
  const block: RawBlock = { kind: 'paragraph', text, spans, boldOnly: p.bold && !styles.isSubtitle(p.styleId), label };
  if (p.cell) block.cell = p.cell;
  if (level !== undefined) {
    block.kind = 'heading';
    block.level = level;
    return block;
  }
  const numId = p.numId ?? styles.inherited(p.styleId, 'numId');
  if (numId !== undefined && numId !== '0') {
    const ilvl = p.ilvl ?? styles.inherited(p.styleId, 'ilvl') ?? 0;
    block.kind = 'list-item';
    block.list = { ordered: !numbering.isBullet(numId, ilvl), depth: ilvl + 1 };
    return block;
  }
  if (p.cell) block.kind = 'table-cell';
  return block;
}
