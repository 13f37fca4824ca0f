#!/usr/bin/env node
/**
 * Precompiles the built-in lexicons (rules/lexicons/*.yaml) into
 * dist/rules/lexicons/<focus>.json, after tsc and with the code tsc built, so
 * that a run reads JSON instead of parsing YAML and every term
 * (src/config/lexicon-cache.ts). A run checks that the YAML files are still
 * the ones this was built from; if not, it parses them as before.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { availableFocuses, precompileFocus } = await import(pathToFileURL(join(root, 'dist/src/config/lexicons.js')).href);
const { precompiledFile } = await import(pathToFileURL(join(root, 'dist/src/config/lexicon-cache.js')).href);

for (const focus of availableFocuses()) {
  const file = precompiledFile(root, focus);
  rmSync(file, { force: true });
  const data = precompileFocus(focus);
  if (!data) {
    process.stderr.write(`build-lexicons: ${focus}: some value does not survive JSON; runs will parse the YAML\n`);
    continue;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}
