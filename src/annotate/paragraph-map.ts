/**
 * Maps each paragraph's text, as the Word loader builds it, back to the XML
 * it came from: which w:t (and where in it), w:tab or w:br produced each
 * character. Findings are located by paragraph number and text offset, so
 * this is what lets a comment be anchored on exactly the flagged characters.
 *
 * It must read the document exactly as src/loaders/docx/body.ts does (the
 * same hidden elements, the same stand-ins for tabs and breaks, even the same
 * bookkeeping quirks), so annotateDocx checks its texts against the loader's
 * and falls back to whole paragraphs wherever they differ.
 */
import { decodeWithOffsets, scanXml } from './xml-scan.js';

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
  text: string;
  segments: Segment[];
  selfClosing: boolean;
}

/** Elements whose contents never reach the reader: the loader's list. */
const HIDDEN = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'mc:Fallback', 'w:footnoteReference', 'w:endnoteReference', 'w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange']);
const ATOMS = new Map([['w:br', ' '], ['w:cr', ' '], ['w:noBreakHyphen', '-']]);

export function mapParagraphs(xml: string): MappedParagraph[] {
  const paragraphs: MappedParagraph[] = [];
  // The loader's paragraph stack (which can differ from the XML nesting for
  // paragraphs inside hidden regions, where no text is added).
  const open: MappedParagraph[] = [];
  const elements: XmlElement[] = [];
  let hidden = 0;
  let inText = false;
  let inParagraphProps = false;

  const current = (): MappedParagraph | undefined => open[open.length - 1];
  /** The innermost paragraph in the XML, to check the loader's view against. */
  const xmlParagraph = (): XmlElement | undefined => {
    for (let i = elements.length - 1; i >= 0; i--) if (elements[i]!.name === 'w:p') return elements[i];
    return undefined;
  };
  const add = (text: string, element: XmlElement, rawStart?: number, raw?: number[], cdata?: boolean): void => {
    const p = current();
    if (!p || hidden > 0 || text === '') return;
    const from = p.text.length;
    p.text += text;
    p.segments.push({ from, to: p.text.length, element, rawStart, raw, cdata, safe: xmlParagraph() === p.element });
  };

  const openTag = (name: string, start: number, end: number, selfClosing: boolean): void => {
    const parent = elements[elements.length - 1];
    const element: XmlElement = { name, start, startTagEnd: end, closeStart: end, end, parent, children: [] };
    parent?.children.push(element);
    elements.push(element);

    if (HIDDEN.has(name)) {
      hidden++; // closed by closeTag, self-closing or not, as in the loader
      return;
    }
    switch (name) {
      case 'w:p': {
        const p: MappedParagraph = { index: paragraphs.length + 1, element, text: '', segments: [], selfClosing };
        paragraphs.push(p);
        open.push(p);
        break;
      }
      case 'w:pPr':
        inParagraphProps = true;
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:tab':
        if (!inParagraphProps) add('\t', element);
        break;
      default: {
        const stand = ATOMS.get(name);
        if (stand !== undefined) add(stand, element);
      }
    }
  };

  const closeTag = (name: string, start: number, end: number): void => {
    const element = elements.pop();
    if (element) {
      element.closeStart = start;
      element.end = end;
    }
    if (HIDDEN.has(name)) {
      hidden = Math.max(0, hidden - 1);
      return;
    }
    switch (name) {
      case 'w:p':
        open.pop();
        break;
      case 'w:pPr':
        inParagraphProps = false;
        break;
      case 'w:t':
        inText = false;
        break;
    }
  };

  scanXml(xml, (token) => {
    if (token.kind === 'open') {
      openTag(token.name, token.start, token.end, token.selfClosing);
      // saxes reports a close for every self-closing tag, and the loader acts on it.
      if (token.selfClosing) closeTag(token.name, token.end, token.end);
    } else if (token.kind === 'close') {
      closeTag(token.name, token.start, token.end);
    } else if (inText) {
      const { text, raw } = decodeWithOffsets(xml, token.start, token.end, token.cdata);
      const element = elements[elements.length - 1];
      if (element) add(text, element, token.start, raw, token.cdata);
    }
  });
  return paragraphs;
}
