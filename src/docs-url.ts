/** Where a rule's documentation is: its own docs.url, or the page beside the built-in rule. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleModule } from './core/rule.js';
import { packageRoot } from './package-root.js';

export function docsUrlFor(rules: Readonly<Record<string, RuleModule<any>>>): (ruleId: string) => string {
  return (ruleId) => {
    const url = rules[ruleId]?.meta.docs.url;
    if (url) return url;
    const page = join(packageRoot, 'rules', `${ruleId}.md`);
    return pathToFileURL(existsSync(page) ? page : join(packageRoot, 'README.md')).href;
  };
}
