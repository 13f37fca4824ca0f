/**
 * The package plumbing a comments part needs: which part is the main
 * document, the relationship from it to comments.xml, and the content type
 * override. Each is added only when missing; nothing else in these parts
 * changes.
 */
import { attribute, withAttribute } from './attributes.js';
import { scanXml } from './xml-scan.js';

const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

interface Tag {
  name: string;
  start: number;
  end: number;
  text: string;
}

function tags(xml: string, local: string): Tag[] {
  const found: Tag[] = [];
  scanXml(xml, (t) => {
    if (t.kind === 'open' && (t.name === local || t.name.endsWith(`:${local}`))) found.push({ name: t.name, start: t.start, end: t.end, text: xml.slice(t.start, t.end) });
  });
  return found;
}


/** A relationship's target as a part name (no leading slash), resolved against the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  const parts = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** word/_rels/document.xml.rels for word/document.xml. */
export function relsPartFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The main document part, from the package relationships (as the loader finds it). */
export function mainDocumentPart(packageRels: string | undefined, has: (part: string) => boolean): string {
  for (const tag of packageRels ? tags(packageRels, 'Relationship') : []) {
    if (!/\/officeDocument$/.test(attribute(tag.text, 'Type') ?? '')) continue;
    const part = attribute(tag.text, 'Target')?.replace(/^\//, '');
    return part && has(part) ? part : 'word/document.xml';
  }
  return 'word/document.xml';
}

/** The comments part the main part already points to, if any. */
export function commentsPartOf(rels: string | undefined, mainPart: string): string | undefined {
  for (const tag of rels ? tags(rels, 'Relationship') : []) {
    if (attribute(tag.text, 'Type') !== REL_COMMENTS || attribute(tag.text, 'TargetMode') === 'External') continue;
    const target = attribute(tag.text, 'Target');
    if (target) return resolveTarget(mainPart, target);
  }
  return undefined;
}

/** The relationships part with one to the comments part added (a new part when there was none). */
export function withCommentsRelationship(rels: string | undefined, mainPart: string, commentsPart: string): string {
  const target = relativeTarget(mainPart, commentsPart);
  if (rels === undefined) {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_COMMENTS}" Target="${target}"/></Relationships>`
    );
  }
  const used = new Set(tags(rels, 'Relationship').map((t) => attribute(t.text, 'Id')));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const root = tags(rels, 'Relationships')[0];
  const element = `<${root && root.name.includes(':') ? root.name.replace(/Relationships$/, 'Relationship') : 'Relationship'} Id="rId${n}" Type="${REL_COMMENTS}" Target="${target}"/>`;
  return insertIntoRoot(rels, root, element, 'relationships');
}

/** [Content_Types].xml with an Override for the comments part, unless it has one. */
export function withCommentsContentType(types: string, commentsPart: string): string | undefined {
  const partName = `/${commentsPart}`;
  const existing = tags(types, 'Override').find((t) => (attribute(t.text, 'PartName') ?? '').toLowerCase() === partName.toLowerCase());
  if (existing) return attribute(existing.text, 'ContentType') === CT_COMMENTS ? undefined : types.slice(0, existing.start) + withAttribute(existing.text, 'ContentType', CT_COMMENTS) + types.slice(existing.end);
  const root = tags(types, 'Types')[0];
  const element = `<${root && root.name.includes(':') ? root.name.replace(/Types$/, 'Override') : 'Override'} PartName="${partName}" ContentType="${CT_COMMENTS}"/>`;
  return insertIntoRoot(types, root, element, 'content types');
}

function relativeTarget(fromPart: string, toPart: string): string {
  const folder = fromPart.split('/').slice(0, -1).join('/');
  return folder && toPart.startsWith(`${folder}/`) ? toPart.slice(folder.length + 1) : `/${toPart}`;
}

/** Appends an element as the root's last child (opening a self-closing root). */
function insertIntoRoot(xml: string, root: Tag | undefined, element: string, what: string): string {
  if (!root) throw new Error(`the document's ${what} part is not in the usual form, so speclint did not change it`);
  if (root.text.endsWith('/>')) {
    return xml.slice(0, root.start) + `${root.text.slice(0, -2).trimEnd()}>` + element + `</${root.name}>` + xml.slice(root.end);
  }
  const close = xml.lastIndexOf(`</${root.name}`);
  if (close < root.end) throw new Error(`the document's ${what} part is incomplete, so speclint did not change it`);
  return xml.slice(0, close) + element + xml.slice(close);
}
