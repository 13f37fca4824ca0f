#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
// Asking for the version needs none of the linter: answer before loading it.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}

// The bundled CLI (scripts/bundle-cli.mjs): one file loads much faster than the ~400 modules it holds.
// dist/cli is built from the sources (npm run build), with a V8 code cache beside it (bin/load-cli.js);
// bundle/ is the same bundle, committed, for installs from git that build nothing (pre-commit): the
// first one present is used.
const { loadCli } = await import('./load-cli.js');
const built = fileURLToPath(new URL('../dist/cli/speclint.cjs', import.meta.url));
const { run } = existsSync(built)
  ? loadCli(built, fileURLToPath(new URL('../dist/code-cache/speclint.cjs.cache', import.meta.url))).exports
  : loadCli(fileURLToPath(new URL('../bundle/speclint.cjs', import.meta.url))).exports;

// After the bundle is compiled: V8 rejects a code cache made under other flags.
const { setRunFlags } = await import('./run-flags.js');
setRunFlags();

// A reader that stops early (`speclint ... | head`) closes the pipe: the rest of the output has nowhere
// to go, which is no error of the run. Writing stops quietly and the run ends with its own exit code.
const quietOnClosedPipe = (stream) => {
  let closed = false;
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
};

const code = await run(args, {
  stdout: quietOnClosedPipe(process.stdout),
  stderr: quietOnClosedPipe(process.stderr),
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
