import type { LintResult } from '../core/messages.js';
import type { RuleModule } from '../core/rule.js';

export interface FormatterContext {
  cwd: string;
  color: boolean;
  rules: Readonly<Record<string, RuleModule<any>>>;
  /** Where a rule's documentation is. */
  docsUrl: (ruleId: string) => string;
  version: string;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;
