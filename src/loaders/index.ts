/**
 * Picks a loader by file extension. Word support is imported only when a
 * .docx file is linted, so Markdown runs never load it.
 */
import { decodeText, InputError } from './decode.js';
import { loadMarkdown, type LoadedSource } from './markdown.js';
import { checkNesting } from './nesting.js';

export { InputError, type LoadedSource };

export type InputFormat = 'markdown' | 'docx' | 'doc';

/** Extensions a directory search picks up. */
export const LINTABLE_EXTENSIONS = ['.md', '.markdown'];

export function formatOf(filePath: string): InputFormat {
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.doc')) return 'doc';
  return 'markdown';
}

/** Bytes → model input. Throws InputError with one plain sentence when it cannot. */
export async function loadSource(bytes: Uint8Array, filePath: string, displayName = filePath): Promise<LoadedSource> {
  switch (formatOf(filePath)) {
    case 'doc':
      throw new InputError(`${displayName} is a legacy Word (.doc) file: open it in Word and save it as .docx, then try again.`);
    case 'docx':
      throw new InputError(`${displayName} is a Word file; this version of speclint reads Markdown only. Save it as Markdown, or use a later version.`);
    default: {
      const text = decodeText(bytes, displayName);
      checkNesting(text, displayName);
      return loadMarkdown(text);
    }
  }
}
