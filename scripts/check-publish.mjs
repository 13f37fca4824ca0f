#!/usr/bin/env node
/**
 * npm's `prepublishOnly`: refuses to publish while package.json has no
 * `repository` and `homepage`. The registry page resolves the README's
 * relative links and images against `repository`, and every rule link in
 * SARIF, HTML and Word output is made from `homepage` (src/public-links.ts),
 * so a package published without them shows broken links to everyone who
 * installs it. The project has no public address yet; guessing one would
 * send users to a page that may not exist, so the owner sets both before the
 * first publish. `npm pack` is not affected: it does not run this script.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const url = (value) => (typeof value === 'string' ? value : value?.url);
// An address, not a placeholder such as the docs' https://github.com/<owner>/speclint.
const isAddress = (value) => /^(https?:|git\+https?:|git:|github:)/.test(value ?? '') && !/[<>{}]/.test(value);
const missing = ['repository', 'homepage'].filter((key) => !isAddress(url(pkg[key])));
if (missing.length > 0) {
  process.stderr.write(
    `speclint: not published: set ${missing.map((k) => `"${k}"`).join(' and ')} in ${file} to the project's public address first. ` +
      `The registry page resolves the README's relative links and images against "repository", and rule links in SARIF, HTML and Word output are made from "homepage".\n`,
  );
  process.exit(1);
}
