/** The shapes that leave the engine (ESLint's, plus headingPath and quote). */
import type { SourceFormat } from './formats.js';

export interface Suggestion {
  desc: string;
  fix?: { range: [number, number]; text: string };
}

export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  /** Not part of the JSON output: the file was not linted because an ignore pattern matches it (ignoredResult). */
  skipped?: boolean;
  suggestions?: Suggestion[];
  headingPath?: string[];
  quote?: string;
  /** Not part of the JSON output: the quote is the start of a longer text, cut at a word (displayQuote adds the ellipsis). */
  quoteCut?: boolean;
  /** Not part of the JSON output: which message template produced it. */
  messageId?: string;
  /** Not part of the JSON output: what was found, when the rule gives its message in parts (MessageParts); reports show it with `ask`. */
  found?: string;
  /** Not part of the JSON output: what to do, briefly and without examples, when the rule declares it. */
  ask?: string;
  /** Not part of the JSON output: the finding concerns the whole document. */
  documentLevel?: boolean;
  /** Not part of the JSON output: the finding concerns a whole section (reported on its heading). */
  sectionLevel?: boolean;
  /** Not part of the JSON output: the paragraph (block) the quote is in, for reports. */
  context?: string;
  /** Not part of the JSON output: the date (YYYY-MM-DD) on which the directive that silenced this finding expired. */
  suppressionExpired?: string;
  /** Not part of the JSON output: the engine's report that the rule threw or ran out of time, so its findings are missing. */
  ruleFailure?: boolean;
}

/** Not part of the JSON output: where a rule found what its key action asks for (RuleContext.evidence). */
export interface Evidence {
  ruleId: string;
  /** The key action it counts for (the rule's meta.keyAction.id). */
  keyAction: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  headingPath?: string[];
  quote?: string;
  note?: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  /** The input's format, for formatters that show locations differently. */
  format?: SourceFormat;
  /** Not part of the JSON output: the rules that ran on this file (for the readiness checklist). */
  rulesRun?: string[];
  /** Not part of the JSON output: rules that ran but whose warnings --quiet hid (reports cannot tell what they found). */
  rulesHidden?: string[];
  /** Not part of the JSON output: rules with findings a speclint-disable directive or a recorded suppression silenced. */
  rulesSilenced?: string[];
  /** Not part of the JSON output: the file was not linted because an ignore pattern matches it (kept when --quiet hides its notice). */
  ignored?: boolean;
  /** Not part of the JSON output: positive evidence the rules found, for key-action statuses. */
  evidence?: Evidence[];
}

export function countMessages(filePath: string, messages: LintMessage[], format?: LintResult['format']): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else warningCount++;
    if (m.fatal) fatalErrorCount++;
  }
  return { filePath, messages, errorCount, warningCount, fatalErrorCount, format };
}

/** One fatal message: an input speclint could not read. */
export function fatalResult(filePath: string, reason: string): LintResult {
  return countMessages(filePath, [{ ruleId: null, severity: 2, fatal: true, message: reason, line: 1, column: 1 }]);
}

/** ESLint's words for a file named on the command line that an ignore pattern matches. */
export const IGNORED_WARNING = 'File ignored because of a matching ignore pattern. Use --no-ignore to override.';

/** One warning: a named input skipped because an ignore pattern matches it (as ESLint does). */
export function ignoredResult(filePath: string): LintResult {
  return { ...countMessages(filePath, [{ ruleId: null, severity: 1, skipped: true, message: IGNORED_WARNING, line: 1, column: 1 }]), ignored: true };
}

/** Why a file was not linted, if it was not: it could not be read, or an ignore pattern matches it. */
export function notLinted(result: LintResult): 'unreadable' | 'ignored' | undefined {
  if (result.fatalErrorCount > 0) return 'unreadable';
  return result.ignored ? 'ignored' : undefined;
}
