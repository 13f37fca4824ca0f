/**
 * The speclint command. Exit codes (DESIGN.md): 0 no errors and warnings
 * within --max-warnings; 1 lint errors or too many warnings; 2 usage or config
 * error, or an input that could not be read.
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { loadYaml } from '../config/yaml.js';
import type { RuleEntry } from '../config/types.js';
import { fatalResult, ignoredResult, type LintResult } from '../core/messages.js';
import { FORMAT_NAMES, loadFormatter } from '../formatters/index.js';
import type { Linter, LinterOptions } from '../linter.js';
import { ResultCache } from './cache.js';
import { lintInWorkers, stoppedReason, workerCount } from './pool.js';
import { createProgress } from './progress.js';
import { packageRoot } from '../package-root.js';
import { docsUrlFor, informationUriFor } from '../docs-url.js';
import { writeFileAtomic } from './write.js';
import { inShard, parseShard } from './shard.js';
import { readInputFile, readLimited } from '../loaders/read-file.js';
import { MAX_INPUT_BYTES } from '../loaders/size.js';
import { builtinVocabulary } from '../report/vocabulary-file.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, for --stdin (read only up to the size limit). */
  stdin: AsyncIterable<Uint8Array | string>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout is a terminal (colours). */
  isTTY: boolean;
  /** stderr is a terminal (the progress bar). */
  stderrIsTTY?: boolean;
  /** Resolves when `speclint serve` should stop (default: Ctrl+C). */
  untilInterrupted?: () => Promise<void>;
}

interface CliOptions {
  /** A path from -c, or false from --no-config (commander shares the key). */
  config?: string | false;
  rule: string[];
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  listRules?: boolean;
  init?: boolean;
  color: boolean;
  reportUnusedDirectives?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency: string;
  annotate?: string;
  /** false from --no-ignore. */
  ignore: boolean;
  /** --shard <i>/<n> (src/cli/shard.ts). */
  shard?: string;
  suppressAll?: boolean;
  suppressRule: string[];
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
}

function version(): string {
  return JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')).version as string;
}

/** --rule "id: severity" or "id: [warn, {option: true}]" (YAML, so both read naturally). */
function parseRuleFlags(flags: string[]): Record<string, RuleEntry> {
  const rules: Record<string, RuleEntry> = {};
  for (const flag of flags) {
    let parsed: unknown;
    try {
      parsed = loadYaml().parse(flag.replace(/^([\w/@-]+):(?=\S)/, '$1: '));
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new ConfigError(`--rule "${flag}" is not understood: write it as "rule-id: off", "rule-id: warn" or "rule-id: error".`);
    }
    for (const [id, entry] of Object.entries(parsed)) {
      // Assigned as a key, "__proto__" would replace the object's prototype and go unchecked.
      if (id === '__proto__' || id === 'constructor' || id === 'prototype') {
        throw new ConfigError(`--rule: "${id}" is not a speclint rule. Run "speclint --list-rules" to see them.`);
      }
      const severity = Array.isArray(entry) ? entry[0] : entry;
      if (!['off', 'warn', 'error', 0, 1, 2].includes(severity as never)) {
        throw new ConfigError(`--rule "${flag}": the severity must be off, warn or error (or 0, 1, 2).`);
      }
      rules[id] = entry as RuleEntry;
    }
  }
  return rules;
}

function useColor(options: CliOptions, io: CliIO): boolean {
  if (!options.color) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

function listRules(rules: Readonly<Record<string, import('../core/rule.js').RuleModule<any>>>): string {
  const rows = Object.entries(rules).map(([id, rule]) => [id, rule.meta.docs.recommended || 'off', rule.meta.docs.description]);
  const width = Math.max(...rows.map((r) => r[0]!.length));
  return rows.map(([id, severity, description]) => `${id!.padEnd(width)}  ${String(severity).padEnd(5)}  ${description}`).join('\n') + '\n';
}

function buildProgram(io: CliIO): Command {
  const program = new Command('speclint');
  program
    .description('Lint draft NHS service specifications for the gaps that keep commissioning from tackling ethnic inequalities.')
    .argument('[paths...]', 'files, folders or globs to lint (default: the current folder); "speclint serve" starts the browser checker')
    .option('-c, --config <path>', 'use this config file (skips looking for one)')
    .option('--no-config', 'ignore config files; use the built-in recommended rules')
    .option('--rule <id:severity>', 'set one rule, e.g. --rule "require-engagement-plan: off" (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addOption(new Option('-f, --format <name>', `output format: ${FORMAT_NAMES.join(', ')}`).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to this file instead of the terminal')
    .option('--annotate <dir>', 'for each Word file, write <dir>/<name>.reviewed.docx with each finding as a Word comment')
    .option('--max-warnings <n>', 'exit with 1 when there are more than n warnings', (v: string) => {
      if (!/^-?\d+$/.test(v)) throw new ConfigError(`--max-warnings needs a whole number, not "${v}".`);
      return Number(v);
    }, -1)
    .option('--quiet', 'report errors only')
    .option('--stdin', 'lint text read from standard input')
    .option('--stdin-filename <name>', 'the file name to use for text read from standard input')
    .option('--print-config <file>', 'print the configuration that applies to a file, then exit')
    .option('--list-rules', 'list every rule with its default severity, then exit')
    .option('--init', 'write a starter .speclintrc.yaml in the current folder, then exit')
    .option('--report-unused-directives', 'report speclint-disable comments that silence nothing, or whose until date has passed')
    .option('--no-ignore', 'lint files even when ignores or .speclintignore match them')
    .option('--suppress-all', 'record every current finding in speclint-suppressions.json, so later runs report only new ones')
    .option('--suppress-rule <id>', 'record the current findings of this rule only (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--prune-suppressions', 'drop recorded suppressions that no longer occur')
    .option('--suppressions-location <path>', 'the suppressions file to use (default: speclint-suppressions.json)')
    .option('--cache', 'reuse results for files that have not changed since the last run')
    .option('--cache-location <path>', 'where to keep the cache: a file, or a folder to keep .speclintcache in (default: .speclintcache)')
    .option('--concurrency <n|auto>', 'lint files in this many worker threads ("auto": as the machine and the batch allow)', '1')
    .option('--no-color', 'plain output without colours (NO_COLOR is respected too)')
    .option('--shard <i>/<n>', 'lint only the i-th of n shards of the files, split by a hash of each path (CI matrices)')
    .version(version(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .showHelpAfterError('(run speclint --help for the options)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}

/** speclint serve [--port <n>]: the browser checker on localhost until interrupted. */
async function serveCommand(argv: string[], io: CliIO, until: () => Promise<void>): Promise<number> {
  const program = new Command('speclint serve')
    .description('Serve the browser checker on this computer only (http://127.0.0.1). Nothing you check leaves the computer.')
    .option('--port <n>', 'the port to listen on', '7341')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    return error instanceof CommanderError && error.exitCode === 0 ? 0 : 2;
  }
  const port = Number(program.opts<{ port: string }>().port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`speclint: --port needs a number from 0 to 65535, not "${program.opts<{ port: string }>().port}".\n`);
    return 2;
  }
  const { serve } = await import('./serve.js');
  try {
    const served = await serve({ port, log: (line) => io.stderr(`${line}\n`) });
    await until();
    await served.close();
    return 0;
  } catch (error) {
    io.stderr(`speclint: ${(error as Error).message}\n`);
    return 2;
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'serve') {
    return serveCommand(argv.slice(1), io, io.untilInterrupted ?? (() => new Promise((done) => process.once('SIGINT', () => done()))));
  }
  const program = buildProgram(io);
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; anything else is a usage error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`speclint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const options = program.opts<CliOptions>();
  const paths = program.args;

  try {
    return await lintCommand(paths, options, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`speclint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`speclint: an unexpected problem stopped the run (${(error as Error).message}). Please report it with the command you ran.\n`);
    if (io.env.SPECLINT_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return 2;
  }
}

async function lintCommand(paths: string[], options: CliOptions, io: CliIO): Promise<number> {
  if (options.init) {
    const { initConfig } = await import('./init.js');
    io.stdout(initConfig(io.cwd));
    return 0;
  }
  const formatter = await loadFormatter(options.format);
  if (!formatter) throw new ConfigError(`--format "${options.format}" is not available; use one of: ${FORMAT_NAMES.join(', ')}.`);
  if (options.stdinFilename && !options.stdin) throw new ConfigError('--stdin-filename only makes sense with --stdin.');
  if (options.stdin && paths.length > 0) throw new ConfigError('Give either --stdin or file paths, not both.');
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (shard && options.stdin) throw new ConfigError('--shard splits files; it cannot be used with --stdin.');

  const linterOptions: LinterOptions = {
    cwd: io.cwd,
    configFile: typeof options.config === 'string' ? options.config : undefined,
    useConfigFiles: options.config !== false,
    rules: parseRuleFlags(options.rule),
    ...(options.reportUnusedDirectives && { reportUnusedDirectives: 1 as const }),
  };
  // Imported here, not at the top: --version and --help need none of it.
  const { Linter } = await import('../linter.js');
  const linter = new Linter(linterOptions);

  if (options.listRules) {
    io.stdout(listRules(await linter.rules()));
    return 0;
  }
  if (options.printConfig) {
    const config = await linter.configFor(options.printConfig);
    io.stdout(`${JSON.stringify(config, null, 2)}\n`);
    return 0;
  }

  const { bulkSuppressions } = await import('./suppressions.js');
  const bulk = bulkSuppressions(options, io.cwd, Boolean(options.stdin), await linter.rules());

  let results: LintResult[];
  let inputs: string[] = [];
  /** Ignored named files and paths that matched nothing: reported, never annotated. */
  let skipped = new Set<string>();
  /** Standard input, named: what --annotate copies (the file of that name on disk may differ, or not exist). */
  let stdinInput: Map<string, Uint8Array> | undefined;
  if (options.stdin) {
    const name = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : '<text>';
    // The file an editor pipes in stands for the input: --output-file must not replace it either.
    if (options.stdinFilename) inputs = [name];
    const bytes = await readLimited(io.stdin);
    if (bytes) stdinInput = new Map([[name, bytes]]);
    const [{ isIgnored }, { ignoreFileFilter }] = await Promise.all([import('../config/resolve.js'), import('./files.js')]);
    if (options.stdinFilename && options.ignore && (ignoreFileFilter(io.cwd)(name) || isIgnored(await linter.baseConfig(), name))) {
      // As ESLint: the name an editor gives is matched against the ignores, and the text is skipped with a warning.
      results = [ignoredResult(name)];
      skipped = new Set([name]);
    } else {
      results = [
        bytes
          ? await linter.lintInput(bytes, name)
          : fatalResult(name, `Standard input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, too large to be a specification: check what is piped to speclint.`),
      ];
    }
  } else {
    const [{ expandPaths }, { isIgnored }] = await Promise.all([import('./files.js'), import('../config/resolve.js')]);
    const base = await linter.baseConfig();
    let { files, missing, ignored } = await expandPaths(paths, io.cwd, { ignored: (path) => isIgnored(base, path), noIgnore: !options.ignore });
    if (shard) {
      // After discovery: every file, notice and unreadable path is in exactly one shard.
      files = files.filter((f) => inShard(f.path, io.cwd, shard));
      ignored = ignored.filter((path) => inShard(path, io.cwd, shard));
      missing = missing.filter((m) => inShard(resolve(io.cwd, m.arg), io.cwd, shard));
    }
    inputs = files.map((f) => f.path);
    results = await lintFiles(inputs, linter, linterOptions, options, io);
    // As ESLint: a file named on the command line that an ignore pattern matches is skipped, with a warning.
    skipped = new Set(ignored);
    for (const path of ignored) results.push(ignoredResult(path));
    for (const m of missing) {
      results.push(fatalResult(resolve(io.cwd, m.arg), m.reason));
      skipped.add(resolve(io.cwd, m.arg));
    }
  }

  // Before --quiet: the suppressions record every finding, warnings too.
  {
    // Only files that were read: an ignored or unreadable file's recorded findings are not "gone",
    // and must neither be called stale nor be pruned.
    const read = (r: LintResult): boolean => !skipped.has(r.filePath) && r.fatalErrorCount === 0;
    const shown = bulk.apply(results.filter(read), (line) => io.stderr(`${line}\n`));
    let next = 0;
    results = results.map((r) => (read(r) ? shown[next++]! : r));
  }

  if (options.quiet) {
    results = results.map((r) => {
      const messages = r.messages.filter((m) => m.severity === 2);
      // A rule whose warnings are hidden ran, but reports cannot tell what it found: they say so.
      const hidden = [...new Set(r.messages.filter((m) => m.severity !== 2 && m.ruleId).map((m) => m.ruleId!))];
      return { ...r, messages, warningCount: 0, ...(hidden.length > 0 && { rulesHidden: hidden }) };
    });
  }

  const rules = await linter.rules();
  // Links only to public addresses (settings.docsUrl, the homepage): reports travel to other machines.
  const { settings, file: configFile, extends: configExtends } = await linter.baseConfig();
  const docsUrl = docsUrlFor(rules, settings);
  const output = formatter(results, {
    cwd: io.cwd,
    color: options.outputFile ? false : useColor(options, io),
    rules,
    docsUrl,
    informationUri: informationUriFor(settings),
    version: version(),
    checkedAt: new Date(),
    configuration: { file: configFile, extends: configExtends },
    // Read when a formatter asks (the HTML report): the others never need the YAML parser.
    get models() {
      return builtinVocabulary();
    },
  });
  if (options.outputFile) {
    const target = resolve(io.cwd, options.outputFile);
    // Every file named or found is an input, linted or not (one an ignore pattern skipped is still the user's file).
    const named = [...inputs, ...skipped, ...paths.map((p) => resolve(io.cwd, p))];
    // A folder named both ways is answered below ("is a folder"), not as an input.
    if (!isFolder(target) && named.some((input) => sameFile(input, target))) {
      throw new ConfigError(`--output-file ${options.outputFile} is one of the files being linted; speclint never overwrites an input. Choose another name.`);
    }
    try {
      // As ESLint: the report's folder is made if it is not there yet (reports/speclint.sarif in CI).
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomic(target, output);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError(
        code === 'EISDIR'
          ? `--output-file ${options.outputFile} is a folder; give the name of a file to write the report to.`
          : `--output-file ${options.outputFile} could not be written (${code ?? (error as Error).message}): check that its folder can be made, is not a file, and that you can write there.`,
      );
    }
  } else {
    io.stdout(output);
  }

  let annotationFailed = false;
  if (options.annotate) {
    // Imported only when asked for: Markdown-only runs never load the Word writer.
    const { writeAnnotatedCopies, describeOutcome } = await import('../annotate/index.js');
    const outcomes = await writeAnnotatedCopies(results.filter((r) => !skipped.has(r.filePath)), resolve(io.cwd, options.annotate), {
      cwd: io.cwd,
      docsUrl,
      rules,
      models: builtinVocabulary(),
      ...(stdinInput && { read: stdinInput }),
    });
    for (const outcome of outcomes) io.stderr(`${describeOutcome(outcome, io.cwd)}\n`);
    annotationFailed = outcomes.some((o) => o.status === 'failed');
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  // An ignored file's notice is not a finding: a hook given staged names (README.md) still passes --max-warnings 0.
  const warnings = results.reduce((n, r) => n + (skipped.has(r.filePath) ? 0 : r.warningCount), 0);
  const fatal = results.some((r) => r.fatalErrorCount > 0);
  if (fatal || annotationFailed) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`speclint found too many warnings (${warnings}; the maximum is ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/** Lints the files, from the cache where it can, in workers when asked; results in the files' order. */
const CACHE_FILE = '.speclintcache';

/** As ESLint: a --cache-location that is a folder (there already, or written with a closing slash) holds the cache file. */
function cacheFile(location: string, given: string | undefined): string {
  const folder = given !== undefined && (/[\\/]$/.test(given) || isFolder(location));
  return folder ? join(location, CACHE_FILE) : location;
}

async function lintFiles(paths: string[], linter: Linter, linterOptions: LinterOptions, options: CliOptions, io: CliIO): Promise<LintResult[]> {
  const results: LintResult[] = new Array(paths.length);
  let todo = paths.map((_, i) => i);
  let cache: ResultCache | undefined;
  const keys: string[] = [];
  if (options.cache) {
    const location = cacheFile(resolve(io.cwd, options.cacheLocation ?? CACHE_FILE), options.cacheLocation);
    if (paths.some((p) => sameFile(p, location))) {
      throw new ConfigError(`--cache-location ${options.cacheLocation} is one of the files being linted; speclint never overwrites an input. Choose another name.`);
    }
    cache = new ResultCache(location, version());
    todo = [];
    for (const [i, path] of paths.entries()) {
      let bytes: Uint8Array;
      try {
        bytes = await readInputFile(path, path);
      } catch {
        todo.push(i); // linting it will explain why it cannot be read
        continue;
      }
      keys[i] = cache.key(bytes, await linter.configFor(path));
      const hit = cache.get(path, keys[i]!);
      if (hit) results[i] = hit;
      else todo.push(i);
    }
  }

  const machine = !['stylish', 'checklist'].includes(options.format);
  const progress = createProgress(todo.length, Boolean(io.stderrIsTTY) && !io.env.CI && !machine && !options.outputFile, io.stderr);
  const workers = workerCount(options.concurrency, todo.length);
  const fresh =
    workers > 1
      ? await lintInWorkers(todo.map((i) => paths[i]!), linterOptions, workers, (done) => progress.update(done))
      : await (async () => {
          const out: LintResult[] = [];
          for (const i of todo) {
            out.push(await lintOne(paths[i]!, linter, linterOptions));
            progress.update(out.length);
          }
          return out;
        })();
  progress.finish();
  todo.forEach((index, k) => {
    results[index] = fresh[k]!;
    if (cache && keys[index] !== undefined) cache.set(paths[index]!, keys[index]!, fresh[k]!);
  });
  try {
    cache?.save();
  } catch (error) {
    // The cache only saves time: a run whose cache cannot be written still reports its results.
    io.stderr(`speclint: the cache could not be saved to ${options.cacheLocation ?? '.speclintcache'} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); results were not cached.\n`);
  }
  return results;
}

/**
 * A file this large is linted in a worker thread of its own, whose memory is
 * capped: should it need more than the cap, it becomes one fatal message and
 * the other files' results are still reported, where in the main thread it
 * would end the whole run with no output.
 */
const ISOLATE_BYTES = 2 * 1024 * 1024;

async function lintOne(path: string, linter: Linter, linterOptions: LinterOptions): Promise<LintResult> {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // Linting it will say why it cannot be read.
  }
  if (size > ISOLATE_BYTES) return (await lintInWorkers([path], linterOptions, 1, () => {}))[0]!;
  try {
    return await linter.lintFile(path);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    return fatalResult(path, stoppedReason(path, error as Error, 0));
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
