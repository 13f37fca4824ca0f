/**
 * Lints one file's bytes in the browser with the same lint function as the
 * CLI and the language server (src/core/lint-bytes.ts): the same size limit,
 * loaders, sentences for unreadable files, engine and counts.
 */
import { builtinRules } from '../../../rules/index.js';
import type { Lexicons } from '../../../src/core/lexicon.js';
import { lintBytes } from '../../../src/core/lint-bytes.js';
import type { LintResult } from '../../../src/core/messages.js';
import { rulesFor, type WebSettings } from './settings.js';

export interface WebFile {
  /** The file's name as the user chose it (no folders in a browser). */
  name: string;
  bytes: Uint8Array;
}

export async function lintFile(file: WebFile, settings: WebSettings, lexicons: Lexicons): Promise<LintResult> {
  const rules = rulesFor(settings, builtinRules);
  return (await lintBytes({ bytes: file.bytes, filePath: file.name }, { rules, settings: {}, lexicons })).result;
}
