/**
 * A thin wrapper over saxes that refuses any DOCTYPE: Word never writes one,
 * and it is how entity-expansion ("billion laughs") and external-entity
 * attacks begin.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../decode.js';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

export function parseXml(bytes: Uint8Array, fileName: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new InputError(
      `${fileName} contains an XML document type declaration in ${part}, which Word never writes: it may be malicious, so speclint did not read it.`,
    );
  });
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(tag.name, tag.attributes as Record<string, string>, tag.isSelfClosing));
  parser.on('closetag', (tag: SaxesTagPlain) => handlers.close(tag.name));
  parser.on('text', (text: string) => handlers.text(text));
  parser.on('cdata', (text: string) => handlers.text(text));
  try {
    parser.write(decodeXml(bytes)).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${fileName} is damaged (${part} is not well-formed XML): open it in Word and save it again, or get a fresh copy.`);
  }
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
