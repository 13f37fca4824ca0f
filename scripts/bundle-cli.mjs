#!/usr/bin/env node
/**
 * Bundles the built CLI (dist/src/cli) and the dependencies it loads into one
 * CommonJS file, dist/cli/speclint.cjs, for bin/speclint.js, and the CLI's pool
 * worker into dist/cli/worker.js (ES modules, with its chunks).
 *
 * Why: Node spends about a third of a small run resolving, reading and
 * compiling ~400 separate modules (micromark alone is over a hundred). One
 * bundle roughly halves that: 553 ms → 369 ms median for one small file on
 * the 2-core CI machine (bench/README.md). One CommonJS file, rather than ES
 * module chunks, because Node 20 can compile a script with a V8 code cache
 * and cannot do so for an ES module: bin/load-cli.js compiles it with the
 * cache that scripts/code-cache.mjs makes at build time (issue 19). The
 * dynamic imports (the Word reader, the report formats, --annotate, the
 * config validator) are inlined: with the cache, code that a run does not
 * call costs little more than reading it.
 *
 * The worker is loaded by `new URL('./worker.js', import.meta.url)` from the
 * main bundle, so it sits beside it. recheck (large, loaded only for YAML
 * rules with patterns) and yaml (loaded through createRequire) stay in
 * node_modules. dist/src is untouched: the library API and the language
 * server use it.
 *
 * `--out-dir bundle` (npm run bundle) writes the same files to bundle/, which is
 * committed: bin/speclint.js falls back to it when dist/ was never built, as in
 * an install from git without dev dependencies (pre-commit). A test checks that
 * bundle/ matches a fresh build of the sources. The code cache is not part of
 * it (it is only valid for the Node version that made it).
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out-dir');
const outDir = at > 0 && process.argv[at + 1] ? join(root, process.argv[at + 1]) : join(root, 'dist', 'cli');
rmSync(outDir, { recursive: true, force: true });

/**
 * import() in the CommonJS bundle becomes __import(), a function that
 * bin/load-cli.js passes in: a script compiled from a code cache has no
 * dynamic-import callback in Node 20. Only `await import(` is renamed, and
 * the build fails if any other import( is left outside a comment.
 */
const hostImport = {
  name: 'speclint-host-import',
  renderChunk(code) {
    const out = code.replaceAll('await import(', 'await __import(');
    const left = out.split('\n').filter((line) => /\bimport\(/.test(line) && !/^\s*(\/\*|\*|\/\/)/.test(line));
    if (left.length > 0) throw new Error(`bundle-cli: an import() the bundle cannot make:\n${left.join('\n')}`);
    return out;
  },
};

/**
 * The CLI bundle in ASCII only, so that bin/load-cli.js can read it as Latin-1
 * (a 1.4 MB file in about 2 ms, against 15-20 ms to decode it as UTF-8 with a
 * few non-ASCII characters in it, and half the memory). rolldown's `charset:
 * 'ascii'` escapes strings, regular expressions and identifiers; what it leaves
 * is in comments and in tagged templates, which it must keep raw. This escapes
 * those too: in a comment it changes nothing, and the only tagged templates
 * with non-ASCII text are the HTML report's html``, which reads the cooked
 * strings, where \uXXXX is the same character.
 */
const asciiOnly = {
  name: 'speclint-ascii-only',
  renderChunk(code) {
    return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  },
};

const common = { platform: 'node', external: ['recheck', 'yaml', /^node:/], logLevel: 'silent' };
await build({
  ...common,
  input: { speclint: join(root, 'dist/src/cli/main.js') },
  plugins: [hostImport, asciiOnly],
  output: { dir: outDir, format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false, charset: 'ascii' },
});
await build({
  ...common,
  input: { worker: join(root, 'dist/src/cli/worker.js') },
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].js',
    // Chunks beside the entry, so that relative URLs in them resolve alike.
    chunkFileNames: '[name]-[hash].js',
  },
});
