/**
 * The one lint path: a file's bytes, its name and its resolved rules, settings
 * and lexicons in; the result and the document model out. The CLI's Linter,
 * the language server (through the Linter) and the browser checker all call
 * this, so a file is loaded, refused and linted the same way everywhere.
 * Pure: no file system, no network.
 */
import { formatOf, InputError, loadSource, type LoadOptions } from '../loaders/index.js';
import { MAX_INPUT_BYTES, MAX_MARKDOWN_BYTES, markdownTooLargeReason, tooLargeReason } from '../loaders/size.js';
import { lintSource, type LintSourceOptions } from './lint.js';
import { countMessages, fatalResult, type LintResult } from './messages.js';
import type { SpecDocument } from './model.js';

export interface LintBytesInput {
  bytes: Uint8Array;
  /** The path that picks the loader (its extension). */
  filePath: string;
  /** The name shown to the user in results and in sentences about unreadable files. */
  displayName?: string;
  load?: LoadOptions;
}

export interface Linted {
  result: LintResult;
  /** Undefined when the file could not be read. */
  document?: SpecDocument;
}

export async function lintBytes(input: LintBytesInput, options: LintSourceOptions): Promise<Linted> {
  const displayName = input.displayName ?? input.filePath;
  let loaded;
  try {
    if (input.bytes.length > MAX_INPUT_BYTES) throw new InputError(tooLargeReason(displayName));
    if (input.bytes.length > MAX_MARKDOWN_BYTES && formatOf(input.filePath) === 'markdown') throw new InputError(markdownTooLargeReason(displayName));
    loaded = await loadSource(input.bytes, input.filePath, displayName, input.load);
  } catch (error) {
    if (error instanceof InputError) return { result: fatalResult(displayName, error.message) };
    return {
      result: fatalResult(displayName, `${displayName} could not be read as a specification (${(error as Error).message}). Check the file opens in an editor.`),
    };
  }
  const { document, messages, evidence, silencedRules } = lintSource(loaded, options);
  const result = countMessages(displayName, messages, document.format);
  result.rulesRun = options.rules.map((r) => r.id);
  result.evidence = evidence;
  if (silencedRules.length > 0) result.rulesSilenced = silencedRules;
  return { result, document };
}
