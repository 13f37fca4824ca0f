/**
 * V8 settings for speclint's own processes (the CLI and the language server), never for a
 * process that imports speclint as a library. Measured on Node 20 (V8 11.3) in bench/README.md
 * (cold start):
 * - A budget before optimising of 540,672, eight times Node 20's default: a lint run is too
 *   short for most optimising compiles to pay back. With the default, a CLI run over 20
 *   specifications optimised 290 functions (23 thrown away again), with this 68 (2): a fifth
 *   less time, a third less CPU. The language server's checks after each edit gained too.
 * - Regular expressions compiled at their first use, not interpreted once first: the lexicons'
 *   large alternations scan whole sentences and documents, where one interpreted scan costs
 *   more than compiling.
 * A flag the user gave on the command line, or one of its family ("--regexp-tier-up-ticks"),
 * is kept. V8 rejects a code cache made under other flags, so the CLI sets these only after
 * its bundle is compiled. `speclint serve` gets them too; it only serves the browser checker.
 */
import v8 from 'node:v8';

const RUN_FLAGS = ['--interrupt-budget=540672', '--no-regexp-tier-up'];

/** A V8 flag's name as V8 reads it: "-interrupt_budget=…", "--nointerrupt-budget" and "--interrupt-budget" are one flag. */
const flagName = (arg) =>
  arg
    .replace(/=.*/, '')
    .replaceAll('_', '-')
    .replace(/^--?(no-?)?/, '');

export function setRunFlags() {
  const given = process.execArgv.map(flagName);
  for (const flag of RUN_FLAGS) {
    const name = flagName(flag);
    if (!given.some((g) => g === name || g.startsWith(`${name}-`))) v8.setFlagsFromString(flag);
  }
}
