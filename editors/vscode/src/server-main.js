// The language server, as VS Code starts it (vscode-languageclient passes --node-ipc).
import { main } from '../../../dist/src/lsp/main.js';

const code = main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
