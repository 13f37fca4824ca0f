#!/usr/bin/env node
/**
 * npm's `prepack` (run by `npm pack` and `npm publish`, and when npm or
 * pre-commit installs speclint from git). It was `prepare`, which npm 11 lists
 * on every install of the package as a script not covered by `allowScripts`,
 * although it never runs for an install from the registry or a tarball;
 * `prepack` is not an install script. In a clone, `npm run build` (which
 * `npm test` runs first) builds dist/.
 *
 * With the development tools installed (a clone being worked on), it builds
 * dist/: the library, the language server, the browser checker and a fresh
 * CLI bundle (if that build fails, the committed bundle still serves: an
 * install must not depend on it; `npm test` and `npm run build` report it). Without them (npm installing from git with --omit=dev, or
 * pre-commit 4's `npm install -g git+file://…`), the CLI bundle committed in
 * bundle/ is all that `speclint` needs, so there is nothing to build: it says
 * so on stderr and succeeds, instead of failing on `tsc: not found`.
 *
 * It writes nothing to stdout: pre-commit 3 reads the tarball's name from
 * `npm pack`'s stdout, and `npm pack --json` must print JSON alone (the
 * .npmrc beside package.json keeps npm's own "> speclint@… prepack" banner
 * out of it as well).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function installed(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

const bundled = existsSync(join(root, 'bundle', 'speclint.cjs'));
if (installed('typescript') && installed('rolldown') && installed('vite')) {
  for (const script of ['build', 'build:web']) {
    // stdout goes to stderr: see above.
    const run = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
    if (run.status === 0) continue;
    // An install must not fail on a broken build: `npm test` and `npm run build` report it.
    if (!bundled) process.exit(run.status ?? 1);
    process.stderr.write(`speclint: "npm run ${script}" failed; the committed CLI bundle (bundle/) will be used.\n`);
    break;
  }
} else if (bundled) {
  process.stderr.write('speclint: development tools not installed; the committed CLI bundle (bundle/) is used, nothing to build.\n');
} else {
  process.stderr.write('speclint: bundle/ is missing and the development tools (typescript, rolldown, vite) are not installed: run "npm install" with dev dependencies.\n');
  process.exit(1);
}
