#!/usr/bin/env node
/**
 * npm run build:web: the browser checker as a static folder (dist/web) that
 * works from file://, any static host, or `speclint serve`.
 *
 *  1. Data the page cannot read itself, made in Node from the sources the CLI
 *     uses: the lexicons (rules/lexicons/*.yaml, read and checked by
 *     src/config/lexicons.ts) and the rules' Markdown pages as doc trees.
 *  2. The Web Worker bundle (engine, rules, Markdown and Word readers,
 *     annotation, HTML report) as one classic script, kept as a string.
 *  3. The page bundle, a classic script with the worker's code inside it (module
 *     scripts and workers cannot load from file://), plus index.html with the
 *     Content-Security-Policy, the stylesheet and the icon.
 *
 * Any Node built-in reaching either bundle fails the build. Prints the sizes.
 * SPECLINT_DUMP_WORKER=<file> also writes the worker bundle there, for debugging.
 */
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const outDir = join(root, 'dist', 'web');
const quiet = { configFile: false, root, logLevel: 'warn', mode: 'production' };

// 1. Build-time data, through the same modules the CLI uses.
const { module: data } = await runnerImport(join(root, 'scripts/web-data.ts'), quiet);
const virtual = {
  'virtual:speclint/lexicons': data.lexiconSnapshot(),
  'virtual:speclint/rule-docs': data.ruleDocTrees(),
  'virtual:speclint/build-info': { version: data.version() },
  'virtual:speclint/vocabulary': data.vocabulary(),
  // What the worker checks while the page waits for a file (web/src/worker/warm-up.ts).
  'virtual:speclint/warm-up': readFileSync(join(root, 'examples', 'weak-community-diabetes.md'), 'utf8'),
};

// The page's own type check (vite strips types without checking them).
try {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(web, 'tsconfig.json')], { stdio: 'inherit' });
} catch {
  process.stderr.write('build:web: the page has type errors (above).\n');
  process.exit(1);
}

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
// The HTML report's relativePath() is the only Node import allowed in, and it gets a browser stand-in.
const PATH_SHIM = { importer: join(root, 'src/formatters/paths.ts'), shim: join(web, 'src/shims/node-path.ts') };

/** Virtual modules, and a hard stop for any Node built-in. */
function speclintWeb(modules) {
  return {
    name: 'speclint-web',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id in modules) return `\0${id}`;
      if (!NODE_BUILTINS.has(id)) return null;
      if (id === 'node:path' && importer === PATH_SHIM.importer) return PATH_SHIM.shim;
      this.error(`${relative(root, importer ?? '?')} imports the Node built-in "${id}", which the browser checker cannot use. Move the code that needs it out of the browser's import graph.`);
    },
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : undefined;
      if (name && name in modules) return `export default ${JSON.stringify(modules[name])};`;
      return null;
    },
  };
}

/** One classic script (IIFE) from an entry; written when `out` is given, returned as text otherwise. */
async function bundle(entry, modules, { out, worker = false } = {}) {
  const output = await build({
    ...quiet,
    plugins: [speclintWeb(modules)],
    // Production exports whatever NODE_ENV says (micromark's "development" build pulls in debug logging);
    // "worker" first for the worker, where there is no DOM (decode-named-character-reference's browser build needs one).
    resolve: { conditions: [...(worker ? ['worker'] : []), 'module', 'browser', 'production'] },
    // Libraries check process.env.NODE_ENV; there is no process in a browser.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      lib: { entry, formats: ['iife'], name: 'speclint', fileName: () => out ?? 'bundle.js' },
      outDir,
      emptyOutDir: Boolean(out),
      write: Boolean(out),
      minify: true,
      sourcemap: false,
      target: 'es2022',
      copyPublicDir: false,
      reportCompressedSize: false,
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`expected one script from ${entry}, got ${chunks.length}`);
  return chunks[0].code;
}

// 2. The worker, as text.
const workerCode = await bundle(join(web, 'src/worker-entry.ts'), virtual, { worker: true });
if (process.env.SPECLINT_DUMP_WORKER) writeFileSync(process.env.SPECLINT_DUMP_WORKER, workerCode);

// 3. The page, with the worker inside, then its static files.
await bundle(join(web, 'src/main.ts'), { ...virtual, 'virtual:speclint/worker-source': workerCode }, { out: 'checker.js' });
const html = readFileSync(join(web, 'index.html'), 'utf8').replaceAll('%CSP%', data.PAGE_POLICY).replaceAll('%VERSION%', virtual['virtual:speclint/build-info'].version);
writeFileSync(join(outDir, 'index.html'), html);
copyFileSync(join(web, 'styles.css'), join(outDir, 'checker.css'));
copyFileSync(join(web, 'favicon.svg'), join(outDir, 'favicon.svg'));

// Belt and braces: nothing in the output may load Node modules or reach the network.
for (const name of readdirSync(outDir)) {
  const text = readFileSync(join(outDir, name), 'utf8');
  const bad = /\brequire\(\s*["'](node:)?[a-z_]+["']\)|\bfrom\s*["']node:|\bimport\(\s*["']node:/.exec(text);
  if (bad) throw new Error(`dist/web/${name} still loads a Node module (${bad[0]}).`);
}

const sizes = readdirSync(outDir).map((name) => {
  const bytes = readFileSync(join(outDir, name));
  return { name, bytes: statSync(join(outDir, name)).size, gzip: gzipSync(bytes, { level: 9 }).length };
});
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const total = sizes.reduce((t, s) => ({ bytes: t.bytes + s.bytes, gzip: t.gzip + s.gzip }), { bytes: 0, gzip: 0 });
const report = [
  `Built the browser checker in ${relative(process.cwd(), outDir) || outDir}/ (open index.html, or run "speclint serve"):`,
  ...sizes.map((s) => `  ${s.name.padEnd(14)} ${kb(s.bytes).padStart(10)}  (${kb(s.gzip)} gzipped)`),
  `  ${'total'.padEnd(14)} ${kb(total.bytes).padStart(10)}  (${kb(total.gzip)} gzipped); the worker inside checker.js is ${kb(workerCode.length)}`,
  '',
].join('\n');
// Beside the page, not in it: the browser tests read the sizes of the build `npm test` made, instead of building again.
writeFileSync(join(root, 'dist', 'web-build.txt'), report);
process.stdout.write(report);
