/**
 * Reading and setting one attribute of a start tag taken from Word XML.
 *
 * A scan over the attributes in order, not a regex: the XML is untrusted, and
 * patterns such as `\sname=(["'])[^"']*\1` backtrack polynomially on tags
 * crafted to defeat them. Each call is linear in the tag's length.
 */

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Where an attribute's value is in `tag` (inside its quotes), or undefined when the tag has no such attribute. */
export function attributeRange(tag: string, name: string): { start: number; end: number } | undefined {
  let i = 1;
  while (i < tag.length && !isSpace(tag[i]) && tag[i] !== '/' && tag[i] !== '>') i++; // past the element name
  while (i < tag.length) {
    while (isSpace(tag[i])) i++;
    const eq = tag.indexOf('=', i);
    if (eq === -1) return undefined;
    const attr = tag.slice(i, eq).trim();
    let q = eq + 1;
    while (isSpace(tag[q])) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, q + 1);
    if (close === -1) return undefined;
    if (attr === name) return { start: q + 1, end: close };
    i = close + 1;
  }
  return undefined;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** An attribute's value from a start tag's text, entities decoded. */
export function attribute(tag: string, name: string): string | undefined {
  const range = attributeRange(tag, name);
  if (!range) return undefined;
  return tag.slice(range.start, range.end).replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    if (e[0] !== '#') return NAMED_ENTITIES[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/**
 * The tag with the attribute set to `value` (already escaped for XML): the
 * value replaced in place when the attribute is there, or the attribute added
 * after the element name when it is not.
 */
export function withAttribute(tag: string, name: string, value: string): string {
  const range = attributeRange(tag, name);
  if (range) return `${tag.slice(0, range.start)}${value}${tag.slice(range.end)}`;
  let nameEnd = 1;
  while (nameEnd < tag.length && !isSpace(tag[nameEnd]) && tag[nameEnd] !== '/' && tag[nameEnd] !== '>') nameEnd++;
  return `${tag.slice(0, nameEnd)} ${name}="${value}"${tag.slice(nameEnd)}`;
}
