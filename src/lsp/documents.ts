/**
 * The open documents speclint checks: Markdown and plain text only. Keeps the
 * latest text of each (changes are applied in place) and refuses changes that
 * are not newer than what it has, so an out-of-order message cannot wind a
 * document back.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';

const LANGUAGES = new Set(['markdown', 'plaintext']);
const EXTENSIONS = /\.(md|markdown|txt)$/i;
/** Word files are read from disk by the command line; in an editor they are not text. */
const NOT_TEXT = /\.(docx?|dotx?)$/i;

/** Whether speclint checks a document with this URI and language. */
export function isSpecDocument(uri: string, languageId: string): boolean {
  const end = uri.search(/[?#]/);
  const path = end === -1 ? uri : uri.slice(0, end);
  if (NOT_TEXT.test(path)) return false;
  return LANGUAGES.has(languageId) || EXTENSIONS.test(path);
}

export type ChangeResult = 'applied' | 'unknown' | 'stale';

export class Documents {
  private readonly open = new Map<string, TextDocument>();

  /** Returns the document, or undefined when speclint does not check its kind. */
  opened(uri: string, languageId: string, version: number, text: string): TextDocument | undefined {
    if (!isSpecDocument(uri, languageId)) {
      this.open.delete(uri);
      return undefined;
    }
    const document = TextDocument.create(uri, languageId, version, text);
    this.open.set(uri, document);
    return document;
  }

  changed(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): ChangeResult {
    const document = this.open.get(uri);
    if (!document) return 'unknown';
    if (!(version > document.version)) return 'stale';
    TextDocument.update(document, changes, version);
    return 'applied';
  }

  closed(uri: string): boolean {
    return this.open.delete(uri);
  }

  get(uri: string): TextDocument | undefined {
    return this.open.get(uri);
  }

  all(): TextDocument[] {
    return [...this.open.values()];
  }

  get size(): number {
    return this.open.size;
  }
}
