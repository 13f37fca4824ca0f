/**
 * Loads the bundled CLI (scripts/bundle-cli.mjs: one CommonJS file) with V8's
 * code cache when the build made one (scripts/code-cache.mjs). Compiling the
 * bundle's functions was a sixth of a small run's CPU; with the cache V8
 * deserialises the bytecode instead. The cache is only ever written by the
 * build: a cache made by another Node version or with other V8 flags is
 * rejected by V8 and the bundle compiles as it would without one.
 */
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/** The bundle as a CommonJS module function; the code cache must be made from exactly this text. */
const wrap = (source) => `(function (exports, require, module, __filename, __dirname, __import) {${source}\n})`;

/**
 * The bundle's import() calls (plugins, recheck, node:http for serve) are
 * made through this (scripts/bundle-cli.mjs renames them): Node 20 loses a
 * script's dynamic-import callback when the script comes from a code cache.
 * Specifiers are absolute URLs, node: modules and package names, which
 * resolve here as they would in dist/cli.
 */
const importModule = (specifier) => import(specifier);

/** Returns the bundle's exports ({ run }), and the compiled script (for the build to make the cache from). */
export function loadCli(file, cacheFile) {
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache (bundle/, or a build that made none): compiled from the source.
    }
  }
  // The build writes the bundle in ASCII (scripts/bundle-cli.mjs): read as Latin-1 it becomes a one-byte
  // string without decoding, several times faster than UTF-8. Any other file is decoded as UTF-8.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importModule);
  return { exports: module.exports, script };
}
