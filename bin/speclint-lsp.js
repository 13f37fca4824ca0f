#!/usr/bin/env node
// The speclint language server: editors start it with --stdio (see docs/editors.md).
import { main } from '../dist/src/lsp/main.js';

const code = main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
