import type { LintResult } from '../core/messages.js';
import type { RuleModule } from '../core/rule.js';

export interface FormatterContext {
  cwd: string;
  color: boolean;
  rules: Readonly<Record<string, RuleModule<any>>>;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;
