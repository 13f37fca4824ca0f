/** The `speclint-lsp` command: checks its arguments, then starts the server. */
import { startServer } from './server.js';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

const USAGE = `speclint-lsp: the speclint language server, for editors.

Your editor starts it; you do not run it yourself. Tell your editor to run:
  speclint-lsp --stdio

Other ways to connect: --node-ipc, --socket=<port>, --pipe=<name>.
Editor setup (VS Code, Neovim, Emacs, Helix): see docs/editors.md in speclint's source.
`;

/** Returns an exit code when the server is not started (help, or no transport given). */
export function main(argv: string[]): number | undefined {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!argv.some((arg) => TRANSPORTS.includes(arg.split('=')[0]!))) {
    process.stderr.write(`speclint-lsp: say how the editor connects, for example --stdio.\n\n${USAGE}`);
    return 2;
  }
  startServer(argv);
  return undefined;
}
