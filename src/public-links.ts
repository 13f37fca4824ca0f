/**
 * Links that leave the machine. A SARIF log, an HTML report, a Word comment or an
 * editor's diagnostic is read somewhere else (code scanning, a colleague's inbox, a
 * CI log), where a file:// path names a folder on the computer that ran speclint and
 * opens nothing. So only http(s) addresses become links; where there is none, no link
 * is given and the guidance itself travels in the report (SARIF `help`, the HTML
 * report's advice, the comment's good example). Pure: the CLI, the language server
 * and the browser checker all use it.
 */
import type { RuleModule } from './core/rule.js';

/** The public addresses a run knows of: `settings.docsUrl` and the package's `homepage`. */
export interface PublicDocs {
  docsUrl?: unknown;
  homepage?: unknown;
}

const RULE_ID = '{ruleId}';

/** `url` when it is an http(s) address; undefined for file://, relative paths and anything else. */
export function publicUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A rule's page under settings.docsUrl: `{ruleId}` in it replaced, or the id appended as a path. */
function underDocsUrl(base: string, ruleId: string): string {
  const id = ruleId.split('/').map(encodeURIComponent).join('/');
  if (base.includes(RULE_ID)) return base.replaceAll(RULE_ID, id);
  return `${base.endsWith('/') ? base : `${base}/`}${id}`;
}

/**
 * Where each rule's documentation is, for links: the rule's own http(s) `docs.url`,
 * else its page under `settings.docsUrl`, else the homepage; undefined when there is
 * no public address.
 */
export function ruleDocsUrls(rules: Readonly<Record<string, RuleModule<any>>>, docs: PublicDocs): (ruleId: string) => string | undefined {
  const base = publicUrl(docs.docsUrl);
  const homepage = publicUrl(docs.homepage);
  return (ruleId) => encoded(publicUrl(rules[ruleId]?.meta.docs.url) ?? (base ? underDocsUrl(base, ruleId) : homepage));
}

/**
 * An address as a valid URI (RFC 3986): spaces and accents in a settings address
 * ("https://intranet.example/Equality Team/rules/") percent-encoded, as SARIF and
 * editors require; what is already valid is unchanged.
 */
function encoded(url: string | undefined): string | undefined {
  return url === undefined ? undefined : new URL(url).href;
}

/** The tool's own page (SARIF `informationUri`): the homepage, else the folder of the rule pages. */
export function informationUri(docs: PublicDocs): string | undefined {
  const homepage = publicUrl(docs.homepage);
  if (homepage) return encoded(homepage);
  const base = publicUrl(docs.docsUrl);
  if (!base?.includes(RULE_ID)) return encoded(base);
  return new URL('.', base.replaceAll(RULE_ID, 'rule')).href;
}
