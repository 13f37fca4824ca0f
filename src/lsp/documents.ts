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

/** Word documents the command line reads. */
const WORD = /\.(docx|docm|dotx|dotm)$/i;
/** Other formats specifications come in, which speclint reads in none of its forms. */
const OTHER_SPEC = /\.(doc|dot|odt|rtf|pdf)$/i;

/** The URI without its query or fragment. */
function pathPart(uri: string): string {
  const end = uri.search(/[?#]/);
  return end === -1 ? uri : uri.slice(0, end);
}

/** Whether speclint checks a document with this URI and language. */
export function isSpecDocument(uri: string, languageId: string): boolean {
  const path = pathPart(uri);
  if (NOT_TEXT.test(path)) return false;
  return LANGUAGES.has(languageId) || EXTENSIONS.test(path);
}

/**
 * For a specification the editor cannot check (a Word file, say), where it
 * can be checked instead; undefined for any other file.
 */
export function elsewhereAdvice(uri: string): string | undefined {
  const path = pathPart(uri);
  let name = path.slice(path.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Keep the name as it is written.
  }
  const quoted = /^[\w.+-]+$/.test(name) ? name : `"${name.replace(/"/g, '\\"')}"`;
  if (WORD.test(path)) {
    return `speclint checks Word files from the command line or the browser checker, not in the editor: run \`speclint ${quoted}\` in a terminal, or start the browser checker with \`speclint serve\` and drop the file in.`;
  }
  if (OTHER_SPEC.test(path)) {
    return `speclint does not read ${name}: save it as a Word document (.docx) and check that with \`speclint\` in a terminal or the browser checker (\`speclint serve\`), or write the specification in Markdown.`;
  }
  return undefined;
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
