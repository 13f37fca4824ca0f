/**
 * V8 settings for speclint's own processes (the CLI and the language server), never for a
 * process that imports speclint as a library. Measured in bench/README.md (cold start):
 * - Eight times the budget before optimising: a lint run is too short for most optimising
 *   compiles to pay back. With the default, a CLI run over 20 specifications optimised 290
 *   functions (23 thrown away again), with this 68 (2): a fifth less time, a third less CPU.
 * - Regular expressions compiled at their first use, not interpreted once first: the lexicons'
 *   large alternations scan whole sentences and documents, where one interpreted scan costs
 *   more than compiling.
 * A flag the user gave on the command line is kept. V8 rejects a code cache made under other
 * flags, so the CLI sets these only after its bundle is compiled.
 */
import v8 from 'node:v8';

const RUN_FLAGS = ['--interrupt-budget=540672', '--no-regexp-tier-up'];

/** A V8 flag's name as V8 reads it: "--no-regexp_tier_up" and "--regexp-tier-up=…" are one flag. */
const flagName = (arg) => arg.replace(/=.*/, '').replaceAll('_', '-').replace(/^--(no-)?/, '');

export function setRunFlags() {
  const given = new Set(process.execArgv.map(flagName));
  for (const flag of RUN_FLAGS) if (!given.has(flagName(flag))) v8.setFlagsFromString(flag);
}
