/**
 * Picks a loader by file extension. Word support is imported only when a
 * .docx file is linted, so Markdown runs never load it.
 */
import { decodeText, InputError } from './decode.js';
import { loadMarkdown, type LoadedSource, type MarkdownPieceCache } from './markdown.js';
import { checkNesting } from './nesting.js';

export { InputError, type LoadedSource };

export type InputFormat = 'markdown' | 'docx' | 'doc';

/** Extensions a directory search picks up. */
export const LINTABLE_EXTENSIONS = ['.md', '.markdown', '.docx'];

export interface LoadOptions {
  /** Limits for unpacking Word files (zip bombs). */
  zipLimits?: import('./docx/limits.js').ZipLimits;
  /** A Markdown document's parsed pieces from its last reading (editors): only changed pieces are parsed. */
  markdownPieces?: MarkdownPieceCache;
}

export function formatOf(filePath: string): InputFormat {
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.doc')) return 'doc';
  return 'markdown';
}

/** Bytes → model input. Throws InputError with one plain sentence when it cannot. */
export async function loadSource(bytes: Uint8Array, filePath: string, displayName = filePath, options: LoadOptions = {}): Promise<LoadedSource> {
  switch (formatOf(filePath)) {
    case 'doc':
      // A .docx renamed .doc is still read; a real .doc is not.
      if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
        throw new InputError(`${displayName} is a legacy Word (.doc) file: open it in Word and save it as .docx (Word Document), then try again.`);
      }
    // falls through
    case 'docx': {
      const { loadDocx } = await import('./docx/index.js');
      return loadDocx(bytes, displayName, options.zipLimits);
    }
    default: {
      const text = decodeText(bytes, displayName);
      checkNesting(text, displayName);
      return loadMarkdown(text, options.markdownPieces);
    }
  }
}
