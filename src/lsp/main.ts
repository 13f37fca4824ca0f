/** The `speclint-lsp` command: checks its arguments, then starts the server. */
import { startServer } from './server.js';
import { transportArgument } from './transport.js';

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
  const unusable = transportProblem(argv);
  if (unusable) {
    process.stderr.write(`speclint-lsp: ${unusable}\n`);
    return 2;
  }
  startServer(argv);
  return undefined;
}

/** What is wrong with a --socket or --pipe given without the port or name it needs (the others need nothing). */
function transportProblem(argv: string[]): string | undefined {
  if (argv.includes('--stdio') || argv.includes('--node-ipc')) return undefined;
  const socket = transportArgument(argv, '--socket');
  if (argv.some((arg) => arg.split('=')[0] === '--socket')) {
    return socket !== undefined && /^\d{1,5}$/.test(socket) && Number(socket) <= 65535 ? undefined : '--socket needs the port the editor listens on, for example --socket=5007.';
  }
  const pipe = transportArgument(argv, '--pipe');
  return pipe !== undefined && pipe !== '' && !pipe.startsWith('-') ? undefined : '--pipe needs the name of the pipe the editor listens on, for example --pipe=/tmp/speclint.sock.';
}
