// The speclint command, as the extension's commands run it (src/cli.ts).
import { setRunFlags } from '../../../bin/run-flags.js';

// The V8 settings of speclint's own processes (bin/run-flags.js). bin/speclint.js sets them only after
// compiling its bundle with a code cache; this bundle has none, so they are set first.
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
