import type { LintResult } from '../core/messages.js';
import type { RuleModule } from '../core/rule.js';
import type { ReportVocabulary } from '../report/vocabulary.js';

export interface FormatterContext {
  cwd: string;
  color: boolean;
  rules: Readonly<Record<string, RuleModule<any>>>;
  /** A rule's public (http/https) documentation address; undefined when there is none, so no link is given. */
  docsUrl: (ruleId: string) => string | undefined;
  /** speclint's public page (homepage or docs), when one is configured. */
  informationUri?: string;
  version: string;
  /** When the files were checked, for the reports' metadata (none given: not shown). */
  checkedAt?: Date;
  /** The configuration in use: its file (none: built-in defaults) and what it extends. */
  configuration?: ReportConfiguration;
  /** Model wording by service area (rules/report/vocabulary.yaml); the rules' own goodExample without it. */
  models?: ReportVocabulary;
}

export interface ReportConfiguration {
  file?: string;
  extends?: string[];
  /** Said instead of a file, when the configuration came from elsewhere ("settings on this page"). */
  source?: string;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;
