/**
 * Where a rule's documentation is, from the browser: the rule's own http(s)
 * docs.url, or this checker page opened at the rule (#rule/<id>), since the rules'
 * Markdown pages are not on a static host. `base` is the page's address; a page
 * opened from file:// gives no link (public-links.ts says why).
 */
import type { RuleModule } from '../../../src/core/rule.js';
import { publicUrl } from '../../../src/public-links.js';

export const RULE_HASH_PREFIX = '#rule/';

export function ruleDocsUrl(rules: Readonly<Record<string, RuleModule<any>>>, base: string): (ruleId: string) => string | undefined {
  const page = publicUrl(base);
  return (ruleId) => publicUrl(rules[ruleId]?.meta.docs.url) ?? (page && `${page}${RULE_HASH_PREFIX}${encodeURIComponent(ruleId)}`);
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
