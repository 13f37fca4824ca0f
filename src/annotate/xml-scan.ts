/**
 * A tokenizer for the small package parts the annotator edits (comments.xml,
 * relationships, content types), after the loader's guarded parser (saxes, no
 * DOCTYPE) has accepted them. word/document.xml is never read here: the
 * loader's source map says where everything in it is. This only finds tags and
 * text; it checks nothing.
 */

export type Token =
  | { kind: 'open'; name: string; start: number; end: number; selfClosing: boolean }
  | { kind: 'close'; name: string; start: number; end: number }
  /** Character data; `cdata` sections are literal (no entities). */
  | { kind: 'text'; start: number; end: number; cdata: boolean };

/** Whitespace, `/` or `>`: where a tag name stops. */
const isNameEnd = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e;

/** Calls `visit` for each tag and text run, in document order. Comments, PIs and declarations are skipped. */
export function scanXml(xml: string, visit: (token: Token) => void): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      visit({ kind: 'text', start: i, end: n, cdata: false });
      break;
    }
    if (lt > i) visit({ kind: 'text', start: i, end: lt, cdata: false });
    if (xml.startsWith('<!--', lt)) {
      i = until(xml, '-->', lt + 4);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      const end = close === -1 ? n : close;
      visit({ kind: 'text', start: lt + 9, end, cdata: true });
      i = Math.min(n, end + 3);
    } else if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      i = until(xml, '>', lt + 2);
    } else if (xml[lt + 1] === '/') {
      const end = until(xml, '>', lt + 2);
      visit({ kind: 'close', name: xml.slice(lt + 2, end - 1).trim(), start: lt, end });
      i = end;
    } else {
      const end = tagEnd(xml, lt + 1);
      let nameEnd = lt + 1;
      while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
      visit({ kind: 'open', name: xml.slice(lt + 1, nameEnd), start: lt, end, selfClosing: xml[end - 2] === '/' });
      i = end;
    }
  }
}

/** Offset just after the next `marker` at or after `from` (or the end of the string). */
function until(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  return at === -1 ? xml.length : at + marker.length;
}

/** Offset just after a start tag's `>`, skipping any `>` inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return xml.length;
}
