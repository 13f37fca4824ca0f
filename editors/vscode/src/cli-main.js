// The speclint command, as the extension's commands run it (src/cli.ts).
import { run } from '../../../dist/src/cli/main.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: false,
  stderrIsTTY: false,
});
