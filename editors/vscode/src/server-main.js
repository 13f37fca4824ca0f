// The language server, as VS Code starts it (vscode-languageclient passes --node-ipc).
import { setRunFlags } from '../../../bin/run-flags.js';

// Before the server is loaded, as bin/speclint-lsp.js does: its checks after each edit gain (bench/README.md).
setRunFlags();
const { main } = await import('../../../dist/src/lsp/main.js');

const code = main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
