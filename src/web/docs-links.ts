/**
 * Where a rule's documentation is, from the browser: the rule's own docs.url,
 * or this checker page opened at the rule (#rule/<id>), since the rules'
 * Markdown pages are not on a static host. `base` is the page's address.
 */
import type { RuleModule } from '../core/rule.js';

export const RULE_HASH_PREFIX = '#rule/';

export function ruleDocsUrl(rules: Readonly<Record<string, RuleModule<any>>>, base: string): (ruleId: string) => string {
  return (ruleId) => rules[ruleId]?.meta.docs.url ?? `${base}${RULE_HASH_PREFIX}${encodeURIComponent(ruleId)}`;
}

/** The rule id in a #rule/<id> address, if any. */
export function ruleFromHash(hash: string): string | undefined {
  if (!hash.startsWith(RULE_HASH_PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(RULE_HASH_PREFIX.length)) || undefined;
  } catch {
    return undefined;
  }
}
