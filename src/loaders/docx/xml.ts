/**
 * A thin wrapper over saxes that refuses any DOCTYPE: Word never writes one,
 * and it is how entity-expansion ("billion laughs") and external-entity
 * attacks begin.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../decode.js';
import type { Span, TextSpan } from './source-map.js';

/** Spans are given only when parseXml is asked for them (`spans: true`). */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean, span?: Span): void;
  /** A self-closing tag's close has an empty span at the end of the tag. */
  close(name: string, span?: Span): void;
  text(text: string, span?: TextSpan): void;
}

export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Parses the part (its bytes, or its text already decoded by decodeXml, which any spans point into). */
export function parseXml(bytes: Uint8Array | string, fileName: string, part: string, handlers: XmlHandlers, options: { spans?: boolean } = {}): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const xml = typeof bytes === 'string' ? bytes : decodeXml(bytes);
  parser.on('doctype', () => {
    throw new InputError(
      `${fileName} contains an XML document type declaration in ${part}, which Word never writes: it may be malicious, so speclint did not read it.`,
    );
  });
  if (options.spans) withSpans(parser, xml, handlers);
  else {
    parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(tag.name, tag.attributes as Record<string, string>, tag.isSelfClosing));
    parser.on('closetag', (tag: SaxesTagPlain) => handlers.close(tag.name));
    parser.on('text', (text: string) => handlers.text(text));
    parser.on('cdata', (text: string) => handlers.text(text));
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${fileName} is damaged (${part} is not well-formed XML): open it in Word and save it again, or get a fresh copy.`);
  }
}

/**
 * saxes says only how far it has read (its position, in UTF-16 code units of
 * the one string written), and raises each event at the end of what it
 * reports. Tags are found back from their `>` (no `<` can be inside a tag);
 * character data runs from the end of the markup before it to the `<` after.
 */
function withSpans(parser: SaxesParser, xml: string, handlers: XmlHandlers): void {
  /** Where the next piece of text would start: just after the last markup or text reported. */
  let cursor = 0;
  const tag = (): Span => {
    const end = parser.position;
    return { start: xml.lastIndexOf('<', end - 1), end };
  };
  /** Comments, processing instructions and the declaration end at the next `>` (saxes may report them just before it). */
  const skipMarkup = (): void => {
    cursor = xml.indexOf('>', parser.position - 1) + 1;
  };
  parser.on('opentag', (t: SaxesTagPlain) => {
    const span = tag();
    cursor = span.end;
    handlers.open(t.name, t.attributes as Record<string, string>, t.isSelfClosing, span);
  });
  parser.on('closetag', (t: SaxesTagPlain) => {
    if (t.isSelfClosing) {
      handlers.close(t.name, { start: parser.position, end: parser.position });
      return;
    }
    const span = tag();
    cursor = span.end;
    handlers.close(t.name, span);
  });
  parser.on('text', (text: string) => {
    const at = parser.position;
    const end = xml[at - 1] === '<' ? at - 1 : at;
    handlers.text(text, { start: cursor, end, cdata: false });
    cursor = end;
  });
  parser.on('cdata', (text: string) => {
    handlers.text(text, { start: cursor + '<![CDATA['.length, end: parser.position - ']]>'.length, cdata: true });
    cursor = parser.position;
  });
  parser.on('comment', skipMarkup);
  parser.on('processinginstruction', skipMarkup);
  parser.on('xmldecl', skipMarkup);
}

/** w:val and friends: the value of an attribute by its local name. */
export function attr(attributes: Record<string, string>, local: string): string | undefined {
  return attributes[`w:${local}`] ?? attributes[local];
}

/** Word's list levels (w:ilvl) run from 0 to 8, outline levels (w:outlineLvl) from 0 to 9. */
export const MAX_LIST_LEVEL = 8;
export const MAX_OUTLINE_LEVEL = 9;

/**
 * A level attribute as a whole number from 0 to `max`, or undefined. A hostile
 * file's ilvl of 999999999 once grew a counter array until V8 aborted the
 * process; NaN or a negative level threw RangeError.
 */
export function levelAttr(attributes: Record<string, string>, local: string, max: number): number | undefined {
  const value = attr(attributes, local)?.trim();
  if (value === undefined || !/^\d{1,2}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= max ? n : undefined;
}

/** Word's on/off properties: present means on, unless val says otherwise. */
export function isOn(attributes: Record<string, string>): boolean {
  const val = attr(attributes, 'val');
  return val === undefined || !['0', 'false', 'off', 'none'].includes(val);
}
