/** Loaded source → messages: build the model once, run every rule over it. Pure. */
import { buildDocument, type RawDocument } from './build-document.js';
import type { Directive } from './directives.js';
import { runRules, type ConfiguredRule } from './engine.js';
import type { Lexicons } from './lexicon.js';
import type { Evidence, LintMessage } from './messages.js';
import type { SpecDocument } from './model.js';
import { PLACEHOLDER_LEXICONS } from './placeholders.js';

export interface LintSourceOptions {
  rules: ConfiguredRule[];
  settings?: Record<string, unknown>;
  lexicons: Lexicons;
  reportUnusedDirectives?: 0 | 1 | 2;
  /** Today as YYYY-MM-DD, for directives that expire (default: the local date now). */
  today?: string;
}

export function lintSource(
  loaded: { raw: RawDocument; directives: Directive[] },
  options: LintSourceOptions,
): { document: SpecDocument; messages: LintMessage[]; evidence: Evidence[]; silencedRules: string[] } {
  const { lexicons } = options;
  const placeholders = PLACEHOLDER_LEXICONS.every((name) => lexicons.has(name))
    ? { words: lexicons.get('placeholders'), exceptions: lexicons.get('placeholder-exceptions'), instructions: lexicons.get('placeholder-instructions'), smallWords: lexicons.get('abbreviation-small-words') }
    : undefined;
  const document = buildDocument(loaded.raw, { sectionHeadings: lexicons.get('section-headings'), placeholders });
  const { messages, evidence, silencedRules } = runRules(document, { ...options, directives: loaded.directives });
  return { document, messages, evidence, silencedRules };
}
