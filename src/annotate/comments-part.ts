/**
 * word/comments.xml: the text of each new comment, and the part itself,
 * created or extended so that comments already in the document stay as they
 * were and the new ids never collide with theirs.
 */
import { attribute } from './attributes.js';
import { escapeXml } from '../xml-escape.js';
import { scanXml } from './xml-scan.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface NewComment {
  id: number;
  author: string;
  initials: string;
  /** ISO 8601 without milliseconds, as Word writes it. */
  date: string;
  /** One Word paragraph each. */
  paragraphs: string[];
}

/** The first id free in both comments.xml and the comment markers of the given parts. */
export function nextCommentId(commentsXml: string | undefined, markupParts: string[]): number {
  let max = -1;
  // A tag scan, not a regex over the part: document XML is untrusted, and a
  // lazy `[^>]*?` before the attribute backtracks polynomially on it.
  const take = (text: string, names: ReadonlySet<string>): void => {
    scanXml(text, (t) => {
      if (t.kind !== 'open' || !names.has(t.name)) return;
      const value = attribute(text.slice(t.start, t.end), 'w:id');
      const id = value !== undefined && /^-?\d+$/.test(value) ? Number(value) : NaN;
      if (Number.isSafeInteger(id) && id > max) max = id;
    });
  };
  if (commentsXml) take(commentsXml, new Set(['w:comment']));
  for (const part of markupParts) take(part, new Set(['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference']));
  return max + 1;
}

export function commentXml(c: NewComment): string {
  const paragraphs = c.paragraphs
    .flatMap((p) => p.split(/\r\n|[\r\n\u2028\u2029]/))
    .map((text, i) => {
      // Word begins a comment's first paragraph with its annotation mark.
      const mark = i === 0 ? '<w:r><w:annotationRef/></w:r>' : '';
      return `<w:p>${mark}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
    })
    .join('');
  return `<w:comment w:id="${c.id}" w:author="${escapeXml(c.author)}" w:date="${c.date}" w:initials="${escapeXml(c.initials)}">${paragraphs}</w:comment>`;
}

/** comments.xml with the new comments appended (a new part when there was none). */
export function withComments(existing: string | undefined, comments: string[]): string {
  const added = comments.join('');
  if (existing === undefined) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${added}</w:comments>`;
  }
  let root: { name: string; start: number; end: number; selfClosing: boolean } | undefined;
  let rootClose: number | undefined;
  let depth = 0;
  scanXml(existing, (t) => {
    if (t.kind === 'open') {
      if (depth === 0 && !root) root = { name: t.name, start: t.start, end: t.end, selfClosing: t.selfClosing };
      if (!t.selfClosing) depth++;
    } else if (t.kind === 'close') {
      depth--;
      if (depth === 0 && root && t.name === root.name) rootClose = t.start;
    }
  });
  if (!root || root.name !== 'w:comments') {
    throw new Error('word/comments.xml does not hold Word comments in the usual form, so speclint did not add to it');
  }
  let tag = existing.slice(root.start, root.end);
  if (!/\sxmlns:w=/.test(tag)) tag = tag.replace(/^<w:comments/, `<w:comments xmlns:w="${W_NS}"`);
  if (root.selfClosing) {
    const open = `${tag.slice(0, -2).trimEnd()}>`;
    return existing.slice(0, root.start) + open + added + '</w:comments>' + existing.slice(root.end);
  }
  if (rootClose === undefined) throw new Error('word/comments.xml is incomplete, so speclint did not add to it');
  return existing.slice(0, root.start) + tag + existing.slice(root.end, rootClose) + added + existing.slice(rootClose);
}
