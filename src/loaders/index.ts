/**
 * The loader registry: for each format in src/core/formats.ts (its name,
 * extensions and location style), the function that reads it. A new format is
 * a row there and its loader here. Word support is imported only when a .docx
 * file is linted, so Markdown runs never load it.
 */
import { formatOf, LINTABLE_EXTENSIONS, type SourceFormat } from '../core/formats.js';
import { decodeText, InputError } from './decode.js';
import { loadMarkdown, type LoadedSource, type MarkdownPieceCache } from './markdown.js';
import { checkNesting } from './nesting.js';

export { formatOf, InputError, LINTABLE_EXTENSIONS, type LoadedSource };

export interface LoadOptions {
  /** Limits for unpacking Word files (zip bombs). */
  zipLimits?: import('./docx/limits.js').ZipLimits;
  /** A Markdown document's parsed pieces from its last reading (editors): only changed pieces are parsed. */
  markdownPieces?: MarkdownPieceCache;
}

/** Bytes → model input. Throws InputError with one plain sentence when it cannot. */
type Load = (bytes: Uint8Array, filePath: string, displayName: string, options: LoadOptions) => LoadedSource | Promise<LoadedSource>;

const LOADERS: Record<SourceFormat, Load> = {
  markdown(bytes, _filePath, displayName, options) {
    const text = decodeText(bytes, displayName);
    checkNesting(text, displayName);
    return loadMarkdown(text, options.markdownPieces);
  },
  async docx(bytes, filePath, displayName, options) {
    // A .docx renamed .doc is still read; a real .doc is not.
    if (filePath.toLowerCase().endsWith('.doc') && (bytes[0] !== 0x50 || bytes[1] !== 0x4b)) {
      throw new InputError(`${displayName} is a legacy Word (.doc) file: open it in Word and save it as .docx (Word Document), then try again.`);
    }
    const { loadDocx } = await import('./docx/index.js');
    return loadDocx(bytes, displayName, options.zipLimits);
  },
};

/** Bytes → model input, by the loader for the file's extension. Throws InputError with one plain sentence when it cannot. */
export async function loadSource(bytes: Uint8Array, filePath: string, displayName = filePath, options: LoadOptions = {}): Promise<LoadedSource> {
  return LOADERS[formatOf(filePath)](bytes, filePath, displayName, options);
}
