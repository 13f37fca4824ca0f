/** Small tools for Word tests: read a .docx's parts, and make variants of a real one. */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export function parts(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

/** A copy of a real .docx with some parts replaced or added. */
export function variant(file: string, changes: Record<string, string | ((xml: string) => string)>): Uint8Array {
  const all: Zippable = { ...parts(file) };
  for (const [name, change] of Object.entries(changes)) {
    const before = all[name] ? strFromU8(all[name] as Uint8Array) : '';
    all[name] = strToU8(typeof change === 'function' ? change(before) : change);
  }
  return zipSync(all);
}

/**
 * Paragraph texts of word/document.xml in body order, read independently of
 * speclint's loader (for documents without text boxes or tracked changes).
 */
export function paragraphTexts(file: string): string[] {
  const xml = strFromU8(parts(file)['word/document.xml']!);
  const unescape = (s: string): string =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml
    .split(/<w:p[ >]/)
    .slice(1)
    .map((p) => [...p.replace(/<\/w:p>[^]*$/, '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : unescape(m[1]))).join(''));
}

export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal Word file: this body in word/document.xml, and any other parts given. */
export const wordFile = (body: string, parts: Record<string, string> = {}): Uint8Array =>
  zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])),
  });

/** A paragraph of one run. */
export const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
