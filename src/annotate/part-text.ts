/**
 * XML parts as text and back, in the encoding they came in (UTF-8, with or
 * without a byte-order mark, or UTF-16 with one), so a part that is edited
 * keeps its encoding declaration true.
 */
export type PartEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export function decodePart(bytes: Uint8Array): { text: string; encoding: PartEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
}

export function encodePart(text: string, encoding: PartEncoding = 'utf-8'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode('\ufeff' + text);
  const out = new Uint8Array(2 + text.length * 2);
  const little = encoding === 'utf-16le';
  out[0] = little ? 0xff : 0xfe;
  out[1] = little ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = little ? code & 0xff : code >> 8;
    out[3 + i * 2] = little ? code >> 8 : code & 0xff;
  }
  return out;
}
