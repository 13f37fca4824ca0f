/**
 * The fuzz properties, shared by the bounded tests in test/fuzz (fixed seed,
 * a few hundred inputs) and `npm run fuzz` (scripts/fuzz.ts: many more, any
 * seed). For every input:
 *
 * - nothing throws: an unreadable document is one fatal result (a loader may
 *   throw only InputError), a broken config is a ConfigError with a one-line
 *   message, and no rule fails;
 * - one input takes at most INPUT_BUDGET_MS (a guard against hangs and
 *   super-linear paths, not a speed test);
 * - the JSON formatter's output parses, and the other machine formats do not throw;
 * - every message's line/column/endLine/endColumn lies inside the document
 *   (Markdown: the text's lines; Word: the paragraphs and their lengths), and
 *   every suggestion's fix range inside the source;
 * - fatal messages are alone, with ruleId null at line 1, column 1;
 * - nothing is added to Object.prototype (configs with __proto__ keys).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ConfigError } from '../../src/config/errors.js';
import type { ConfigData } from '../../src/config/types.js';
import type { LintResult } from '../../src/core/messages.js';
import type { RuleModule } from '../../src/core/rule.js';
import { docsUrlFor } from '../../src/docs-url.js';
import github from '../../src/formatters/github.js';
import json from '../../src/formatters/json.js';
import junit from '../../src/formatters/junit.js';
import sarif from '../../src/formatters/sarif.js';
import stylish from '../../src/formatters/stylish.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import { Linter } from '../../src/linter.js';
import { InputError, loadSource } from '../../src/loaders/index.js';
import {
  bitFlippedDocx,
  configObject,
  configYamlText,
  DOCX_FIXTURES,
  markdownDocument,
  markdownWithDirectives,
  partsMutatedDocx,
  xmlMutatedDocx,
} from './arbitraries.js';

/** The seed the bounded tests use, so CI is deterministic. */
export const SEED = 20_251_123;

/**
 * Most time one input may take before the harness calls it a hang: generous,
 * as inputs take milliseconds; SPECLINT_FUZZ_BUDGET_MS raises it on a very
 * slow or busy machine.
 */
export const INPUT_BUDGET_MS = Number(process.env.SPECLINT_FUZZ_BUDGET_MS) || 5_000;

export class PropertyViolation extends Error {
  override name = 'PropertyViolation';
}

const fail = (message: string): never => {
  throw new PropertyViolation(message);
};

/**
 * Runs one input, failing when it takes longer than the budget. The budget is
 * on CPU time, not wall-clock time, so a busy machine (CI neighbours, other
 * test files on the same cores) does not fail it; a hang or a super-linear
 * path burns CPU and does.
 */
export async function withinBudget<T>(what: string, run: () => Promise<T>, budgetMs = INPUT_BUDGET_MS): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const out = await run();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  if (cpuMs > budgetMs) {
    fail(`${what} took ${Math.round(cpuMs)} ms of CPU (${Math.round(performance.now() - wall)} ms elapsed), more than the ${budgetMs} ms allowed for one input (a hang or a super-linear path)`);
  }
  return out;
}

// ---------------------------------------------------------------- environment

export interface FuzzEnvironment {
  dir: string;
  /** Every built-in rule, plus YAML rules of each kind, and unused directives reported. */
  linter: Linter;
  context: FormatterContext;
}

const YAML_RULES: Record<string, string> = {
  'fuzz-existence.yaml': [
    'extends: existence',
    "message: 'Found \"{{match}}\".'",
    'scope: [sentence, heading, table-cell, list-item, section:outcomes]',
    'tokens: [hard to reach, hard-to-reach, "interpret*", { term: BME, matchCase: true }, "(for|to) (all|everyone)"]',
    'patterns: ["\\\\b\\\\d+(?:\\\\.\\\\d+)?\\\\s?%", "\\\\bQ[1-4]\\\\b"]',
  ].join('\n'),
  'fuzz-substitution.yaml': ['extends: substitution', "message: 'Write \"{{replacement}}\" rather than \"{{match}}\".'", 'swap:', '  BME: minority ethnic', '  BAME: minority ethnic', '  service users: people'].join('\n'),
  'fuzz-conditional.yaml': ['extends: conditional', "message: '\"{{match}}\" with no target.'", 'first: (KPI|indicator|outcome)', 'second: (target|by ethnic group)', 'within: section'].join('\n'),
  'fuzz-conditional-document.yaml': ['extends: conditional', "message: '\"{{match}}\" and no feedback anywhere.'", 'first: engage*', 'second: feedback', 'within: document'].join('\n'),
};

const FUZZ_CONFIG: ConfigData = { extends: ['speclint:all'], rulesDir: 'rules', reportUnusedDirectives: 'warn' };

export async function fuzzEnvironment(): Promise<FuzzEnvironment> {
  const dir = mkdtempSync(join(tmpdir(), 'speclint-fuzz-'));
  mkdirSync(join(dir, 'rules'));
  for (const [name, text] of Object.entries(YAML_RULES)) writeFileSync(join(dir, 'rules', name), `${text}\n`);
  const linter = new Linter({ cwd: dir, config: FUZZ_CONFIG });
  const rules = await linter.rules();
  // Warm up (imports, lexicons, the Word reader) so the first input is not charged for it.
  await linter.lintText('# Spec\n\nThe service is fair to all.\n', join(dir, 'warm-up.md'));
  writeFileSync(join(dir, 'warm-up.docx'), DOCX_FIXTURES[0]!.bytes);
  await linter.lintFile(join(dir, 'warm-up.docx'));
  return { dir, linter, context: formatterContext(dir, rules) };
}

function formatterContext(cwd: string, rules: Readonly<Record<string, RuleModule<any>>>): FormatterContext {
  return { cwd, color: false, rules, docsUrl: docsUrlFor(rules), version: '0.0.0-fuzz' };
}

// ---------------------------------------------------------------- checks

const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Checks a result against the document it came from: `lines` are the lines
 * locations refer to (undefined when the input was refused).
 */
export function checkResult(result: LintResult, lines: string[] | undefined, context: FormatterContext): void {
  const { messages } = result;
  let errors = 0;
  let warnings = 0;
  let fatals = 0;
  for (const m of messages) {
    const where = `message ${JSON.stringify({ ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, message: m.message.slice(0, 200) })}`;
    if (m.severity === 2) errors++;
    else if (m.severity === 1) warnings++;
    else fail(`${where} has severity ${String(m.severity)}`);
    if (typeof m.message !== 'string' || m.message.trim() === '') fail(`${where} has no text`);
    for (const key of ['line', 'column'] as const) if (!Number.isInteger(m[key]) || m[key] < 1) fail(`${where}: ${key} is not a whole number of 1 or more`);
    if (m.fatal) {
      fatals++;
      if (m.ruleId !== null || m.line !== 1 || m.column !== 1) fail(`${where}: a fatal message must have ruleId null, line 1, column 1`);
      if (messages.length !== 1) fail(`${where}: a fatal message must be the only message (there are ${messages.length})`);
      if (/could not be read as a specification \(/.test(m.message)) fail(`${where}: an unexpected error escaped the loader (only InputError should)`);
      continue;
    }
    if (/^The rule "[^"]+" (failed on|took more than)/.test(m.message)) fail(`${where}: a rule failed`);
    if (!lines) fail(`${where}: a refused input must give only its fatal message`);
    const inside = (line: number, column: number, what: string): void => {
      const text = lines![line - 1];
      if (text === undefined) fail(`${where}: ${what} line ${line} is past the last line (${lines!.length})`);
      else if (column > text.length + 1) fail(`${where}: ${what} column ${column} is past the end of line ${line} (${text.length} characters)`);
    };
    inside(m.line, m.column, 'start');
    if (m.endLine !== undefined || m.endColumn !== undefined) {
      if (!Number.isInteger(m.endLine) || !Number.isInteger(m.endColumn)) fail(`${where}: endLine and endColumn must come together, as whole numbers`);
      inside(m.endLine!, m.endColumn!, 'end');
      if (m.endLine! < m.line || (m.endLine === m.line && m.endColumn! < m.column)) fail(`${where}: ends before it starts`);
    }
    const sourceLength = lines!.reduce((n, l) => n + l.length + 1, -1);
    for (const s of m.suggestions ?? []) {
      if (typeof s.desc !== 'string') fail(`${where}: a suggestion has no description`);
      if (s.fix) {
        const [from, to] = s.fix.range;
        if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= sourceLength)) fail(`${where}: fix range [${from}, ${to}] is outside the source (${sourceLength})`);
      }
    }
  }
  if (result.errorCount !== errors || result.warningCount !== warnings || result.fatalErrorCount !== fatals) {
    fail(`counts ${result.errorCount}/${result.warningCount}/${result.fatalErrorCount} do not match the messages (${errors}/${warnings}/${fatals})`);
  }
  checkFormatters(result, context);
}

/** The JSON formatter's output parses and keeps every message; the other machine formats do not throw. */
export function checkFormatters(result: LintResult, context: FormatterContext): void {
  let parsed: unknown;
  const out = json([result], context);
  try {
    parsed = JSON.parse(out);
  } catch (error) {
    fail(`the JSON formatter's output is not JSON (${describeError(error)})`);
  }
  const first = Array.isArray(parsed) ? (parsed[0] as { messages?: unknown[] } | undefined) : undefined;
  if (!Array.isArray(parsed) || parsed.length !== 1 || first?.messages?.length !== result.messages.length) fail('the JSON formatter lost or added messages');
  try {
    JSON.parse(sarif([result], context));
  } catch (error) {
    fail(`the SARIF formatter failed (${describeError(error)})`);
  }
  for (const [name, format] of [['stylish', stylish], ['junit', junit], ['github', github]] as const) {
    try {
      format([result], context);
    } catch (error) {
      fail(`the ${name} formatter threw (${describeError(error)})`);
    }
  }
}

/** What a Markdown input looks like once decoded (a BOM dropped, lone surrogates replaced). */
const decoded = (text: string): string => new TextDecoder().decode(new TextEncoder().encode(text));

// ---------------------------------------------------------------- targets

export async function lintMarkdownCase(env: FuzzEnvironment, text: string): Promise<LintResult> {
  let result: LintResult;
  try {
    result = await env.linter.lintText(text, join(env.dir, 'fuzz.md'));
  } catch (error) {
    return fail(`linting Markdown threw ${describeError(error)}`);
  }
  // Lines end at a line feed or a lone carriage return, as editors and speclint count them (a CRLF line keeps its CR).
  checkResult(result, result.fatalErrorCount > 0 ? undefined : decoded(text).split(/\r(?!\n)|\n/), env.context);
  return result;
}

export async function lintDocxCase(env: FuzzEnvironment, bytes: Uint8Array): Promise<LintResult> {
  const path = join(env.dir, 'fuzz.docx');
  writeFileSync(path, bytes);
  // The loader on its own: it may refuse only with an InputError, and its
  // paragraphs are what locations must lie within.
  let source: string | undefined;
  let refusal: string | undefined;
  try {
    source = (await loadSource(bytes, path)).raw.source;
  } catch (error) {
    if (!(error instanceof InputError)) fail(`the Word loader threw ${describeError(error)}, not an InputError`);
    refusal = (error as Error).message;
  }
  let result: LintResult;
  try {
    result = await env.linter.lintFile(path);
  } catch (error) {
    return fail(`linting a Word file threw ${describeError(error)}`);
  }
  if (refusal !== undefined && (result.messages.length !== 1 || result.messages[0]!.message !== refusal)) {
    fail(`the loader refused the file (${refusal}) but the result is not that one fatal message`);
  }
  checkResult(result, source?.split('\n'), env.context);
  return result;
}

const SAMPLE_SPEC = '# Spec\n\n## 3. Scope\n\nThe service will ensure equitable provision for all.\n';

/** Object.prototype, Array.prototype and Function.prototype keep the same own keys. */
function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p).map(String).sort().join(',')).join('|');
}
const PRISTINE = prototypeKeys();

function checkNoPollution(): void {
  const probe: Record<string, unknown> = {};
  if (prototypeKeys() !== PRISTINE || probe.polluted !== undefined) fail('Object.prototype (or Array or Function) was changed: prototype pollution');
}

/** A config that loads lints normally; one that does not is a ConfigError with one line of text. */
async function lintWithConfig(env: FuzzEnvironment, makeLinter: () => Linter): Promise<void> {
  let result: LintResult | undefined;
  try {
    result = await makeLinter().lintText(SAMPLE_SPEC, join(env.dir, 'config-fuzz', 'spec.md'));
  } catch (error) {
    checkNoPollution();
    if (!(error instanceof ConfigError)) fail(`a config made speclint throw ${describeError(error)}, not a ConfigError`);
    const message = (error as Error).message;
    if (message.trim() === '' || message.includes('\n')) fail(`a config error must be one line of text, not ${JSON.stringify(message)}`);
    return;
  }
  checkNoPollution();
  checkResult(result, SAMPLE_SPEC.split('\n'), env.context);
}

export async function configTextCase(env: FuzzEnvironment, text: string): Promise<void> {
  const dir = join(env.dir, 'config-fuzz');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.speclintrc.yaml'), text);
  await lintWithConfig(env, () => new Linter({ cwd: dir }));
}

export async function configObjectCase(env: FuzzEnvironment, config: unknown): Promise<void> {
  await lintWithConfig(env, () => new Linter({ cwd: join(env.dir, 'config-fuzz'), config: config as ConfigData }));
}

/**
 * Directives: results stay valid, and a `speclint-disable` at the top of a
 * document with no `speclint-enable` silences every rule's finding.
 */
export async function directivesCase(env: FuzzEnvironment, text: string): Promise<void> {
  await lintMarkdownCase(env, text);
  if (text.includes('speclint-enable')) return;
  const silenced = await lintMarkdownCase(env, `<!-- speclint-disable -->\n\n${text}`);
  const left = silenced.messages.filter((m) => m.ruleId !== null);
  if (left.length > 0) fail(`speclint-disable at the top left ${left.length} finding(s), e.g. ${left[0]!.ruleId} at ${left[0]!.line}:${left[0]!.column}`);
}

export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  run: (env: FuzzEnvironment, input: T) => Promise<unknown>;
  /** Inputs in the bounded test run (CI). */
  ciRuns: number;
  /** File extension for a saved counterexample. */
  extension: string;
}

const target = <T>(t: FuzzTarget<T>): FuzzTarget<T> => t;

/** Config-shaped objects: mostly a mapping at the top, sometimes anything at all. */
const configData = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.constantFrom('extends', 'rules', 'settings', 'overrides', 'ignores', 'reportUnusedDirectives', '__proto__', 'constructor', 'x'), configObject, { maxKeys: 4 }) },
  { weight: 1, arbitrary: configObject },
);

export const TARGETS = [
  target({ name: 'markdown', arbitrary: markdownDocument, run: lintMarkdownCase, ciRuns: 150, extension: 'md' }),
  target({ name: 'directives', arbitrary: markdownWithDirectives, run: directivesCase, ciRuns: 100, extension: 'md' }),
  target({ name: 'docx-bit-flips', arbitrary: bitFlippedDocx, run: lintDocxCase, ciRuns: 120, extension: 'docx' }),
  target({ name: 'docx-random-xml', arbitrary: xmlMutatedDocx, run: lintDocxCase, ciRuns: 120, extension: 'docx' }),
  target({ name: 'docx-styles-numbering', arbitrary: partsMutatedDocx, run: lintDocxCase, ciRuns: 120, extension: 'docx' }),
  target({ name: 'config-yaml', arbitrary: configYamlText, run: configTextCase, ciRuns: 150, extension: 'yaml' }),
  target({ name: 'config-object', arbitrary: configData, run: configObjectCase, ciRuns: 150, extension: 'json' }),
];

export type AnyTarget = (typeof TARGETS)[number];

/** The property for one target: each input within the time budget. */
export function propertyOf<T>(t: FuzzTarget<T>, env: FuzzEnvironment, budgetMs = INPUT_BUDGET_MS): fc.IAsyncPropertyWithHooks<[T]> {
  return fc.asyncProperty(t.arbitrary, async (input) => {
    await withinBudget(t.name, () => t.run(env, input), budgetMs);
  });
}

/** Most time a bounded run (its inputs, and shrinking a failure) may take. */
export const RUN_TIME_LIMIT_MS = 60_000;

/**
 * fast-check's options for a bounded run. A run stopped by the time limit is a
 * failure, never a pass: it has not tried all its inputs (a slow path, or a
 * hang the per-input budget did not catch), and a failure stopped while
 * shrinking is still a failure.
 */
export function boundedRunOptions<T>(runs: number, timeLimitMs = RUN_TIME_LIMIT_MS): fc.Parameters<T> {
  return { seed: SEED, numRuns: runs, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: true };
}

/** The bounded run of one target, as the tests do it: fixed seed, ciRuns inputs. */
export async function assertTarget(name: string, env: FuzzEnvironment): Promise<void> {
  const t = TARGETS.find((x) => x.name === name) as FuzzTarget<unknown> | undefined;
  if (!t) throw new Error(`no fuzz target named ${name}`);
  await fc.assert(propertyOf(t, env), boundedRunOptions(t.ciRuns));
}
