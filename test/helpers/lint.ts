import { Linter, type LinterOptions } from '../../src/linter.js';
import type { ConfigData } from '../../src/config/types.js';

/** Lints Markdown with the given config (default: the recommended preset) and returns messages and model. */
export async function lintMarkdown(text: string, config: ConfigData = { extends: 'speclint:recommended' }, options: LinterOptions = {}) {
  const linter = new Linter({ ...options, config });
  const { result, document } = await linter.lintTextDetailed(text, 'spec.md');
  return { messages: result.messages, result, document: document! };
}

/** Only one rule on, at error. */
export const only = (ruleId: string, ...options: unknown[]): ConfigData => ({
  extends: [],
  rules: { [ruleId]: options.length ? ['error', ...options] : 'error' } as ConfigData['rules'],
});
