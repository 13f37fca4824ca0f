/**
 * npm run fuzz [-- --runs <n>] [--seed <n>] [--only <target,...>] [--path <p>] [--budget <ms>]
 *
 * The fuzz properties of test/fuzz (harness.ts) with many more inputs than the
 * test suite runs: --runs inputs per target (default 1000), from --seed
 * (default: random, printed so a run can be repeated). A failure prints the
 * target, the seed and fast-check's path, saves the counterexample to a file,
 * and the command to replay exactly that input. Exit code 1 when any target failed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fuzzEnvironment, INPUT_BUDGET_MS, propertyOf, TARGETS, type FuzzTarget } from '../test/fuzz/harness.js';

interface Options {
  runs: number;
  seed: number;
  only?: string[];
  path?: string;
  budget: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 1000, seed: Math.floor(Math.random() * 2 ** 31), budget: INPUT_BUDGET_MS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const number = (): number => {
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number`);
      i++;
      return n;
    };
    switch (flag) {
      case '--runs':
        options.runs = number();
        break;
      case '--seed':
        options.seed = number();
        break;
      case '--budget':
        options.budget = number();
        break;
      case '--only':
        if (!value) throw new Error('--only needs target names');
        options.only = value.split(',');
        i++;
        break;
      case '--path':
        if (!value) throw new Error('--path needs the path fast-check printed');
        options.path = value;
        i++;
        break;
      case '--help':
      case '-h':
        process.stdout.write(`npm run fuzz -- [--runs n] [--seed n] [--only ${TARGETS.map((t) => t.name).join(',')}] [--path p] [--budget ms]\n`);
        process.exit(0);
      // falls through (process.exit does not return)
      default:
        throw new Error(`unknown option ${flag}; try --help`);
    }
  }
  const unknown = options.only?.filter((name) => !TARGETS.some((t) => t.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`no fuzz target named ${unknown.join(', ')}; the targets are ${TARGETS.map((t) => t.name).join(', ')}`);
  return options;
}

/** Writes the failing input where it can be opened or linted, and returns its path. */
function saveCounterexample(t: FuzzTarget<unknown>, input: unknown, seed: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'speclint-fuzz-failure-'));
  const file = join(dir, `${t.name}-${seed}.${t.extension}`);
  if (input instanceof Uint8Array) writeFileSync(file, input);
  else if (typeof input === 'string') writeFileSync(file, input);
  else writeFileSync(file, JSON.stringify(input, null, 2) ?? String(input));
  return file;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const env = await fuzzEnvironment();
  const targets = TARGETS.filter((t) => !options.only || options.only.includes(t.name)) as Array<FuzzTarget<unknown>>;
  process.stdout.write(`speclint fuzz: seed ${options.seed}, ${options.runs} inputs per target, at most ${options.budget} ms per input\n`);
  let total = 0;
  let failed = 0;
  for (const t of targets) {
    const start = performance.now();
    const details = await fc.check(propertyOf(t, env, options.budget), {
      seed: options.seed,
      numRuns: options.runs,
      ...(options.path !== undefined && { path: options.path }),
    });
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    total += details.numRuns;
    if (!details.failed) {
      process.stdout.write(`  ${t.name.padEnd(24)} ${String(details.numRuns).padStart(7)} inputs  ok        ${seconds} s\n`);
      continue;
    }
    failed++;
    const input = details.counterexample?.[0];
    const file = saveCounterexample(t, input, details.seed);
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    process.stdout.write(
      [
        `  ${t.name.padEnd(24)} ${String(details.numRuns).padStart(7)} inputs  FAILED    ${seconds} s`,
        `    ${error}`,
        `    seed ${details.seed}, path "${details.counterexamplePath}" (shrunk ${details.numShrinks} times)`,
        `    counterexample saved to ${file}`,
        `    replay: npm run fuzz -- --only ${t.name} --seed ${details.seed} --path "${details.counterexamplePath}"`,
        '',
      ].join('\n'),
    );
  }
  process.stdout.write(`${total} inputs ran, ${failed === 0 ? 'no failures' : `${failed} target(s) failed`}.\n`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`speclint fuzz: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
