// The speclint command, as the extension's commands run it (src/cli.ts).
import { setRunFlags } from '../../../bin/run-flags.js';

// As bin/speclint.js runs: the V8 settings of speclint's own processes (bin/run-flags.js).
setRunFlags();
const { run } = await import('../../../dist/src/cli/main.js');

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: false,
  stderrIsTTY: false,
});
