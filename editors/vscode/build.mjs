#!/usr/bin/env node
/**
 * Builds the VS Code extension into dist/vscode-extension/ and packages it as
 * dist/speclint-vscode.vsix (`npm run build:vscode`, after `npm run build`).
 *
 * The extension carries its own speclint, so nothing needs installing or
 * putting on PATH: rolldown bundles the extension (CommonJS, as VS Code loads
 * it) and, from the built dist/src, the language server, the command-line tool
 * and their two workers (ESM, beside their chunks, where `new URL('./x.js',
 * import.meta.url)` finds them). Beside them: the rule lexicons and docs and
 * the config schema that speclint reads at run time (it finds them from
 * package.json upwards), and yaml, which speclint loads through createRequire.
 * recheck (57 MB with its native binary) is left out: speclint then skips its
 * ReDoS check of YAML rules' patterns (SECURITY.md).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'dist', 'vscode-extension');
const vsix = join(root, 'dist', 'speclint-vscode.vsix');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Type-check the extension (rolldown only strips types).
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });

await build({
  input: join(here, 'src/extension.ts'),
  platform: 'node',
  external: ['vscode', /^node:/],
  logLevel: 'warn',
  output: { file: join(out, 'dist/extension.js'), format: 'cjs' },
});

await build({
  input: {
    'speclint-lsp': join(here, 'src/server-main.js'),
    'lint-worker': join(root, 'dist/src/lsp/lint-worker.js'),
    speclint: join(here, 'src/cli-main.js'),
    worker: join(root, 'dist/src/cli/worker.js'),
  },
  platform: 'node',
  external: ['recheck', 'yaml', /^node:/],
  logLevel: 'silent',
  output: { dir: join(out, 'server'), format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});
writeFileSync(join(out, 'server/package.json'), '{ "type": "module" }\n');
// yaml as one CommonJS file (speclint require()s it), with its package.json (whose version salts the lexicon cache).
const yamlDir = join(out, 'server/node_modules/yaml');
await build({
  input: join(root, 'node_modules/yaml/dist/index.js'),
  platform: 'node',
  logLevel: 'silent',
  output: { file: join(yamlDir, 'index.js'), format: 'cjs' },
});
const yamlPackage = JSON.parse(readFileSync(join(root, 'node_modules/yaml/package.json'), 'utf8'));
writeFileSync(join(yamlDir, 'package.json'), `${JSON.stringify({ name: 'yaml', version: yamlPackage.version, license: yamlPackage.license, main: 'index.js' }, null, 2)}\n`);
cpSync(join(root, 'node_modules/yaml/LICENSE'), join(yamlDir, 'LICENSE'));

// Lexicons and rule docs only: the rules' code is in the bundle.
const data = (path) => statSync(path).isDirectory() || /\.(ya?ml|md)$/.test(path);
cpSync(join(root, 'rules'), join(out, 'rules'), { recursive: true, filter: data });
cpSync(join(root, 'schema'), join(out, 'schema'), { recursive: true });
for (const file of ['package.json', 'README.md', 'LICENSE', '.vscodeignore']) cpSync(join(here, file), join(out, file));

const version = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')).version;
execFileSync(
  process.execPath,
  [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix],
  { cwd: out, stdio: ['ignore', 'ignore', 'inherit'] },
);
console.log(`speclint ${version} for VS Code: ${vsix}`);
