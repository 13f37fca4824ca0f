/** Results for key-action tests that need the engine to report a rule failure. */
import { readFileSync } from 'node:fs';
import { builtinRules } from '../../rules/index.js';
import { loadLexicons } from '../../src/config/lexicons.js';
import { presetConfig } from '../../src/config/presets.js';
import { configuredRules, mergeRules } from '../../src/config/rule-settings.js';
import { lintBytes } from '../../src/core/lint-bytes.js';
import type { LintResult } from '../../src/core/messages.js';

/** Lints `file` through the one lint path with speclint:recommended, where the rule `failing` throws once the document is read. */
export async function lintWithFailingRule(file: string, failing: string): Promise<LintResult> {
  const rules = configuredRules(mergeRules({}, presetConfig('speclint:recommended', builtinRules)!.rules), builtinRules).map((r) =>
    r.id === failing
      ? {
          ...r,
          rule: {
            ...r.rule,
            create: () => ({
              documentEnd() {
                throw new Error('boom');
              },
            }),
          },
        }
      : r,
  );
  return (await lintBytes({ bytes: readFileSync(file), filePath: file }, { rules, lexicons: loadLexicons() })).result;
}
