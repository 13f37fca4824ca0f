/**
 * Bytes → text for Markdown and plain-text inputs, refusing what is not text
 * with a sentence a commissioner can act on.
 */
export class InputError extends Error {
  override name = 'InputError';
}

const SNIFF_BYTES = 8192;

function describe(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'a Word or other zip file';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'a legacy Word (.doc) or other Office file';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'a PDF';
  return undefined;
}

/** Decodes a text file; `name` is only used in the messages. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', name);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', name);
  const known = describe(bytes);
  // Standard input has no name of its own ("<text>"): --stdin-filename gives it one.
  const remedy = name === '<text>' ? 'name it with --stdin-filename (for example --stdin-filename draft.docx)' : 'give it its proper extension';
  if (known) throw new InputError(`${name} is ${known}, not Markdown text: check you chose the right file, or ${remedy}.`);
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  if (sniff.includes(0)) {
    throw new InputError(binaryData(name));
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text: open it in your editor and save it with UTF-8 encoding, then try again.`);
  }
}

/** Text after a UTF-16 byte-order mark, held to the same test as UTF-8: well formed, and no binary data. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch {
    throw new InputError(`${name} starts like UTF-16 text but is not valid UTF-16: open it in your editor and save it with UTF-8 encoding, then try again.`);
  }
  if (text.slice(0, SNIFF_BYTES).includes('\0')) {
    throw new InputError(binaryData(name));
  }
  return text;
}

const binaryData = (name: string): string => `${name} contains binary data, not Markdown text: check you chose the right file, or save it as plain text (UTF-8).`;
