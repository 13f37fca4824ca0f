/**
 * A tokenizer for XML that the loader's guarded parser (saxes, no DOCTYPE) has
 * already accepted. saxes does not say where in the string each tag is, and
 * annotating needs exactly that: offsets to insert comment markers at and to
 * split runs at. So this only finds tags and text; it checks nothing.
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

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes character data as saxes does (entities expanded, CR LF and lone CR
 * read as LF). `raw[k]` is where decoded offset k starts in the string (the
 * last entry is the end), so a split at k can be made at `raw[k]`; -1 means k
 * falls inside a character. Text with nothing to decode (almost all of it)
 * has no `raw`: offset k is then at `start + k`.
 */
export function decodeWithOffsets(xml: string, start: number, end: number, cdata: boolean): { text: string; raw?: number[] } {
  const slice = xml.slice(start, end);
  if (!slice.includes('\r') && (cdata || !slice.includes('&'))) return { text: slice };
  let text = '';
  const raw: number[] = [];
  let i = start;
  while (i < end) {
    const c = xml[i]!;
    let decoded: string;
    let next: number;
    if (c === '&' && !cdata) {
      const semi = xml.indexOf(';', i);
      const ref = xml.slice(i + 1, semi);
      next = semi + 1;
      if (ref.startsWith('#x') || ref.startsWith('#X')) decoded = String.fromCodePoint(parseInt(ref.slice(2), 16));
      else if (ref.startsWith('#')) decoded = String.fromCodePoint(parseInt(ref.slice(1), 10));
      else decoded = NAMED[ref] ?? '';
    } else if (c === '\r') {
      decoded = '\n';
      next = xml[i + 1] === '\n' ? i + 2 : i + 1;
    } else {
      decoded = c;
      next = i + 1;
    }
    raw.push(i);
    for (let k = 1; k < decoded.length; k++) raw.push(-1);
    text += decoded;
    i = next;
  }
  raw.push(end);
  return { text, raw };
}

/** Where decoded offset k of a text run is in the XML; undefined between the halves of a surrogate pair. */
export function rawOffset(xml: string, start: number, raw: number[] | undefined, k: number): number | undefined {
  const at = raw ? raw[k] : start + k;
  if (at === undefined || at < 0) return undefined;
  const code = xml.charCodeAt(at);
  const before = xml.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff) return undefined;
  return at;
}
