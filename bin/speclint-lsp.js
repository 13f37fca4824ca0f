#!/usr/bin/env node
// The speclint language server: editors start it with --stdio (see docs/editors.md).
import { setRunFlags } from './run-flags.js';

// Before the server is loaded: its first check and its checks after each edit gain (bench/README.md).
setRunFlags();
const { main } = await import('../dist/src/lsp/main.js');

const code = main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
