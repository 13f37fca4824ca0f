#!/usr/bin/env node
/**
 * Makes the V8 code cache for the bundled CLI (dist/cli/speclint.cjs) at
 * build time, into dist/code-cache/speclint.cjs.cache, which bin/load-cli.js
 * hands to V8 when it compiles the bundle.
 *
 * The cache holds the bytecode of every function compiled when it is made, so
 * it is made after a real run: the CLI lints the examples (Markdown, all the
 * recommended rules, the default report, output discarded) in this process,
 * then the cache is taken. A run that goes further (a .docx, another format)
 * compiles the rest as it would without a cache. V8 accepts the cache only
 * from the same Node version and V8 flags; else it is ignored. Nothing is
 * ever written at run time.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'code-cache', 'speclint.cjs.cache');
rmSync(dirname(out), { recursive: true, force: true });
const { loadCli } = await import(pathToFileURL(join(root, 'bin', 'load-cli.js')).href);
const { exports, script } = loadCli(join(root, 'dist', 'cli', 'speclint.cjs'));
const examples = readdirSync(join(root, 'examples'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(root, 'examples', name));
const code = await exports.run(['--no-config', ...examples], {
  stdout: () => {},
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  cwd: root,
  env: {},
  isTTY: false,
  stderrIsTTY: false,
});
if (code !== 0 && code !== 1) throw new Error(`code-cache: linting the examples exited with ${code}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, script.createCachedData());
