#!/usr/bin/env node
/**
 * Bundles the built CLI (dist/src/cli) and the dependencies it loads into a
 * few files under dist/cli, for bin/speclint.js.
 *
 * Why: Node spends about a third of a small run resolving, reading and
 * compiling ~400 separate modules (micromark alone is over a hundred). One
 * bundle roughly halves that: 553 ms → 369 ms median for one small file on
 * the 2-core CI machine (bench/README.md). Dynamic imports stay dynamic, so the
 * Word reader, the report formats, --annotate and the config validator are
 * still only loaded when a run needs them.
 *
 * The CLI's pool worker is an entry of its own beside the chunks, where
 * `new URL('./worker.js', import.meta.url)` finds it. recheck (large, loaded
 * only for YAML rules with patterns) and yaml (loaded through createRequire)
 * stay in node_modules. dist/src is untouched: the library API and the
 * language server use it.
 *
 * `--out-dir bundle` (npm run bundle) writes the same files to bundle/, which is
 * committed: bin/speclint.js falls back to it when dist/ was never built, as in
 * an install from git without dev dependencies (pre-commit). A test checks that
 * bundle/ matches a fresh build of the sources.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out-dir');
const outDir = at > 0 && process.argv[at + 1] ? join(root, process.argv[at + 1]) : join(root, 'dist', 'cli');
rmSync(outDir, { recursive: true, force: true });

await build({
  input: {
    speclint: join(root, 'dist/src/cli/main.js'),
    worker: join(root, 'dist/src/cli/worker.js'),
  },
  platform: 'node',
  external: ['recheck', 'yaml', /^node:/],
  logLevel: 'silent',
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].js',
    // Chunks beside the entries, so that relative URLs in them resolve alike.
    chunkFileNames: '[name]-[hash].js',
  },
});
