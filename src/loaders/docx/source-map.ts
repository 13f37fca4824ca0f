/**
 * Where each paragraph's text came from in word/document.xml, recorded by the
 * loader itself while it reads the body (readBody with `sourceMap: true`): the
 * XML elements with their offsets, and for every character of a paragraph's
 * text the w:t (and where in it), w:tab or w:br that produced it. The
 * annotator anchors comments with this, so it never reads the XML itself and
 * cannot drift from the loader's idea of a paragraph.
 */

/** Offsets of a tag in the decoded XML string: `start` at its `<`, `end` just after its `>`. */
export interface Span {
  start: number;
  end: number;
}

/** Character data: from `start` to `end` in the XML; `cdata` sections are literal. */
export interface TextSpan extends Span {
  cdata: boolean;
}

export interface XmlElement {
  name: string;
  /** Offset of its `<`. */
  start: number;
  /** Offset just after its start tag. */
  startTagEnd: number;
  /** Offset of its end tag (startTagEnd when self-closing). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  parent?: XmlElement;
  children: XmlElement[];
}

/** Characters of a paragraph's text that one piece of XML produced. */
export interface Segment {
  /** Offsets in the paragraph's text; `to` is exclusive. */
  from: number;
  to: number;
  /** The w:t holding the text, or the w:tab, w:br, w:cr or w:noBreakHyphen standing for one character. */
  element: XmlElement;
  /** For text: where it starts in the XML, and the decoding map when it had entities or CRs (see decodeWithOffsets). */
  rawStart?: number;
  raw?: number[];
  /** Text inside a CDATA section, which cannot be split. */
  cdata?: boolean;
  /** The XML nesting agrees with the loader's idea of the paragraph, so markers can go here. */
  safe: boolean;
}

export interface MappedParagraph {
  /** 1-based, in body order (the `line` of a Word finding). */
  index: number;
  element: XmlElement;
  /** The text as the segments spell it (the loader's text, unless decoding disagreed). */
  text: string;
  segments: Segment[];
  selfClosing: boolean;
}

export interface SourceMap {
  /** word/document.xml as decoded; every offset points into this string. */
  xml: string;
  /** One for each of the loader's paragraphs, in the same order. */
  paragraphs: MappedParagraph[];
  /** Every element of the document, in the order their start tags appear. */
  elements: XmlElement[];
}

/** Built by the loader as it walks the body: it says which elements open and close, and what text it reads. */
export class SourceMapBuilder {
  readonly paragraphs: MappedParagraph[] = [];
  readonly elements: XmlElement[] = [];
  /** Elements open in the XML, innermost last. */
  private readonly path: XmlElement[] = [];

  constructor(readonly xml: string) {}

  open(name: string, span: Span): XmlElement {
    const parent = this.path[this.path.length - 1];
    const element: XmlElement = { name, start: span.start, startTagEnd: span.end, closeStart: span.end, end: span.end, parent, children: [] };
    parent?.children.push(element);
    this.path.push(element);
    this.elements.push(element);
    return element;
  }

  close(span: Span): void {
    const element = this.path.pop();
    if (!element) return;
    element.closeStart = span.start;
    element.end = span.end;
  }

  /** The loader has started a paragraph at the element just opened. */
  paragraph(selfClosing: boolean): MappedParagraph {
    const p: MappedParagraph = { index: this.paragraphs.length + 1, element: this.path[this.path.length - 1]!, text: '', segments: [], selfClosing };
    this.paragraphs.push(p);
    return p;
  }

  /** The loader added a stand-in character (tab, break, hyphen) for the element just opened. */
  standIn(p: MappedParagraph, text: string): void {
    this.add(p, text, this.path[this.path.length - 1]!);
  }

  /** The loader added character data to the paragraph. */
  text(p: MappedParagraph, span: TextSpan): void {
    const element = this.path[this.path.length - 1];
    if (!element) return;
    const { text, raw } = decodeWithOffsets(this.xml, span.start, span.end, span.cdata);
    this.add(p, text, element, span.start, raw, span.cdata);
  }

  build(): SourceMap {
    return { xml: this.xml, paragraphs: this.paragraphs, elements: this.elements };
  }

  private add(p: MappedParagraph, text: string, element: XmlElement, rawStart?: number, raw?: number[], cdata?: boolean): void {
    if (text === '') return;
    const from = p.text.length;
    p.text += text;
    p.segments.push({ from, to: p.text.length, element, rawStart, raw, cdata, safe: this.innermostParagraph() === p.element });
  }

  /** The innermost paragraph in the XML, to check the loader's view against. */
  private innermostParagraph(): XmlElement | undefined {
    for (let i = this.path.length - 1; i >= 0; i--) if (this.path[i]!.name === 'w:p') return this.path[i];
    return undefined;
  }
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
