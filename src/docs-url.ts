/**
 * Where a rule's documentation is, for the CLI and the language server: the public
 * addresses in `settings.docsUrl` and speclint's package.json `homepage` (see
 * public-links.ts for why only http(s) addresses become links).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleModule } from './core/rule.js';
import { packageRoot } from './package-root.js';
import { informationUri, ruleDocsUrls, type PublicDocs } from './public-links.js';

let homepage: unknown;

function packageHomepage(): unknown {
  homepage ??= (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { homepage?: unknown }).homepage ?? null;
  return homepage;
}

/** The public addresses for a config's settings. */
export function publicDocs(settings: Readonly<Record<string, unknown>> = {}): PublicDocs {
  return { docsUrl: settings.docsUrl, homepage: packageHomepage() };
}

export function docsUrlFor(rules: Readonly<Record<string, RuleModule<any>>>, settings?: Readonly<Record<string, unknown>>): (ruleId: string) => string | undefined {
  return ruleDocsUrls(rules, publicDocs(settings));
}

export function informationUriFor(settings?: Readonly<Record<string, unknown>>): string | undefined {
  return informationUri(publicDocs(settings));
}
