/**
 * Lints one file's bytes in the browser, as the CLI's Linter does for a file
 * on disk: the same size limit, loaders, sentences for unreadable files,
 * engine and counts. Pure: no file system, no network.
 */
import { builtinRules } from '../../rules/index.js';
import type { Lexicons } from '../core/lexicon.js';
import { lintSource } from '../core/lint.js';
import { countMessages, fatalResult, type LintResult } from '../core/messages.js';
import { InputError, loadSource, type LoadedSource } from '../loaders/index.js';
import { MAX_INPUT_BYTES, tooLargeReason } from '../loaders/size.js';
import { rulesFor, type WebSettings } from './settings.js';

export interface WebFile {
  /** The file's name as the user chose it (no folders in a browser). */
  name: string;
  bytes: Uint8Array;
}

async function load(file: WebFile): Promise<LoadedSource> {
  if (file.bytes.length > MAX_INPUT_BYTES) throw new InputError(tooLargeReason(file.name));
  return loadSource(file.bytes, file.name);
}

export async function lintFile(file: WebFile, settings: WebSettings, lexicons: Lexicons): Promise<LintResult> {
  let loaded: LoadedSource;
  try {
    loaded = await load(file);
  } catch (error) {
    if (error instanceof InputError) return fatalResult(file.name, error.message);
    // The same sentence as the Linter's for a loader that fails unexpectedly.
    return fatalResult(file.name, `${file.name} could not be read as a specification (${(error as Error).message}). Check the file opens in an editor.`);
  }
  const rules = rulesFor(settings, builtinRules);
  const { document, messages } = lintSource(loaded, { rules, settings: {}, lexicons });
  const result = countMessages(file.name, messages, document.format);
  result.rulesRun = rules.map((r) => r.id);
  return result;
}
