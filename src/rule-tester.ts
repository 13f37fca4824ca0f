/**
 * RuleTester, in ESLint's shape, so that a plugin author tests a rule the way
 * the built-in ones are tested:
 *
 *   new RuleTester({ settings: { focus: 'ethnicity' } }).run('my-rule', rule, {
 *     valid: ['# Spec\n\nThe service reports waiting times by ethnic group.\n'],
 *     invalid: [{ code: '# Spec\n\nThe service is fair to all.\n', errors: [{ messageId: 'vague', line: 3 }] }],
 *   });
 *
 * Each case is linted as a Markdown file (or as `filename` says) through the
 * Linter, with only the rule under test on, so its options are checked
 * against its schema and its lexicons and key action against the contract
 * exactly as in a real run. A case that lists a message id the rule does not
 * have, a case given twice, a rule that throws or reports an unknown message
 * id: each is a failing test with a sentence that says so.
 *
 * Tests are registered with `RuleTester.describe` and `RuleTester.it`: the
 * mocha / jest / vitest (`globals: true`) globals when there are any, else set
 * them yourself (`RuleTester.describe = describe; RuleTester.it = it;` with
 * vitest's imports). With neither, `run` lints every case at once and returns
 * a promise that rejects on the first failure.
 */
import type { ConfigData, RuleEntry } from './config/types.js';
import { interpolate, wholeTemplate } from './core/engine.js';
import type { LintMessage } from './core/messages.js';
import type { ReportDescriptor, RuleModule } from './core/rule.js';
import { Linter } from './linter.js';

export interface RuleTesterConfig {
  /** A config the cases are linted with (settings, lexicon settings); its `rules` are ignored: only the rule under test runs. */
  config?: ConfigData;
  /** Settings every case sees (merged over `config.settings`). */
  settings?: Record<string, unknown>;
}

export interface ValidCase {
  code: string;
  /** The rule's options (what follows the severity in a config). */
  options?: unknown[];
  /** The file name the code is linted as; its extension picks the loader (default `test.md`). */
  filename?: string;
  /** A title for the test (default: the code's first words). */
  name?: string;
}

export interface SuggestionExpectation {
  messageId?: string;
  desc?: string;
  /** The code with the suggestion's fix applied. */
  output?: string;
}

export interface ErrorExpectation {
  messageId?: string;
  /** The whole message text, when not checked by messageId. */
  message?: string;
  /** With messageId: the message must be its template filled with this data. */
  data?: Record<string, string | number>;
  /** The short ask reports show, for a message the rule gives in parts (`MessageParts`). */
  ask?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The suggestions, in order; `[]` when there must be none. */
  suggestions?: SuggestionExpectation[];
}

export interface InvalidCase extends ValidCase {
  /** The findings, in document order, or how many there are. */
  errors: ErrorExpectation[] | number;
}

export interface RuleTests {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

type TestFunction = () => Promise<void>;
type Describe = (title: string, body: () => void) => unknown;
type It = (title: string, body: TestFunction) => unknown;

/** A failed expectation of a RuleTester case. */
export class RuleTesterError extends Error {
  override name = 'RuleTesterError';
}

const globals = globalThis as { describe?: Describe; it?: It };

export class RuleTester {
  /** How suites are registered (default: a global `describe`, as mocha, jest and vitest with globals define it). */
  static describe: Describe | undefined = undefined;
  /** How tests are registered (default: a global `it`). */
  static it: It | undefined = undefined;

  private readonly testerConfig: RuleTesterConfig;

  constructor(config: RuleTesterConfig = {}) {
    this.testerConfig = config;
  }

  /**
   * Registers one test per case (or, with no test framework, runs them all and
   * returns a promise that rejects on the first failure).
   */
  run(ruleId: string, rule: RuleModule<any>, tests: RuleTests): Promise<void> {
    if (!rule || typeof rule.create !== 'function' || typeof rule.meta?.messages !== 'object') {
      throw new RuleTesterError(`"${ruleId}" is not a rule: it needs meta.messages and a create function.`);
    }
    if (!tests || !Array.isArray(tests.valid) || !Array.isArray(tests.invalid)) {
      throw new RuleTesterError(`RuleTester.run("${ruleId}"): the tests need a "valid" and an "invalid" array.`);
    }
    const cases = planCases(tests);
    const describe = RuleTester.describe ?? globals.describe;
    const it = RuleTester.it ?? globals.it;
    if (describe && it) {
      describe(ruleId, () => {
        for (const kind of ['valid', 'invalid'] as const) {
          const ofKind = cases.filter((x) => x.kind === kind);
          // An empty suite is an error in some frameworks: a rule may have no valid cases worth writing.
          if (ofKind.length === 0) continue;
          describe(kind, () => {
            for (const c of ofKind) it(c.title, () => this.runCase(ruleId, rule, c));
          });
        }
      });
      return Promise.resolve();
    }
    return (async () => {
      for (const c of cases) {
        try {
          await this.runCase(ruleId, rule, c);
        } catch (error) {
          throw new RuleTesterError(`${ruleId} › ${c.kind} › ${c.title}: ${(error as Error).message}`);
        }
      }
    })();
  }

  private async runCase(ruleId: string, rule: RuleModule<any>, c: PlannedCase): Promise<void> {
    if (c.problem) throw new RuleTesterError(c.problem);
    const { messages, reports } = await this.lint(ruleId, rule, c.test);
    const failure = messages.find((m) => m.fatal || m.ruleFailure);
    if (failure) throw new RuleTesterError(failure.fatal ? `the code could not be read: ${failure.message}` : failure.message);
    const found = messages.filter((m) => m.ruleId === ruleId);
    if (c.kind === 'valid') {
      if (found.length > 0) throw new RuleTesterError(`a valid case must have no findings, but it has ${found.length}:\n${found.map(describeMessage).join('\n')}`);
      return;
    }
    const errors = (c.test as InvalidCase).errors;
    const expected = typeof errors === 'number' ? errors : errors.length;
    if (found.length !== expected) {
      throw new RuleTesterError(`expected ${plural(expected, 'finding')}, got ${found.length}${found.length ? `:\n${found.map(describeMessage).join('\n')}` : ''}`);
    }
    if (typeof errors === 'number') return;
    const unused = [...reports];
    errors.forEach((error, i) => {
      const report = takeReport(unused, rule, found[i]!);
      checkError(rule, ruleId, c.test.code, found[i]!, report, error, i + 1);
    });
  }

  /** Lints one case with the rule under test alone, capturing what it reported (for suggestion message ids). */
  private async lint(ruleId: string, rule: RuleModule<any>, test: ValidCase): Promise<{ messages: LintMessage[]; reports: ReportDescriptor[] }> {
    const reports: ReportDescriptor[] = [];
    const watched: RuleModule<any> = {
      meta: rule.meta,
      create(context) {
        const report = (descriptor: ReportDescriptor): void => {
          reports.push(descriptor);
          context.report(descriptor);
        };
        return rule.create(new Proxy(context, { get: (target, key) => (key === 'report' ? report : Reflect.get(target, key)) }));
      },
    };
    const { config = {}, settings } = this.testerConfig;
    const data: ConfigData = {
      ...config,
      extends: [],
      overrides: [],
      settings: { ...config.settings, ...settings },
      rules: { [ruleId]: ['error', ...(test.options ?? [])] as RuleEntry },
    };
    const linter = new Linter({ config: data });
    // Registered before the config is read, so the config may name it and its options are checked against its schema.
    linter.registry.rules[ruleId] = watched;
    try {
      const result = await linter.lintText(test.code, test.filename ?? 'test.md');
      return { messages: result.messages, reports };
    } catch (error) {
      throw new RuleTesterError(`the case could not be linted: ${(error as Error).message}`);
    }
  }
}

interface PlannedCase {
  kind: 'valid' | 'invalid';
  title: string;
  test: ValidCase | InvalidCase;
  /** Why the case fails before it is linted (a duplicate, a malformed case). */
  problem?: string;
}

function planCases(tests: RuleTests): PlannedCase[] {
  const seen = new Map<string, string>();
  const planned: PlannedCase[] = [];
  const add = (kind: 'valid' | 'invalid', raw: string | ValidCase | InvalidCase, index: number): void => {
    const test: ValidCase = typeof raw === 'string' ? { code: raw } : raw;
    const label = `${kind} case ${index + 1}`;
    const title = test?.name ?? `${index + 1}: ${titleOf(test?.code)}`;
    let problem: string | undefined;
    if (!test || typeof test.code !== 'string') problem = `${label} has no "code" string.`;
    else if (kind === 'valid' && 'errors' in test) problem = `${label} lists errors; a valid case has none (move it to "invalid").`;
    else if (kind === 'invalid' && !Array.isArray((test as InvalidCase).errors) && typeof (test as InvalidCase).errors !== 'number') {
      problem = `${label} has no "errors": an invalid case lists what it expects (messageId, line, ...).`;
    } else if (kind === 'invalid') {
      const errors = (test as InvalidCase).errors;
      if ((Array.isArray(errors) ? errors.length : errors) === 0) problem = `${label} expects no errors; put it in "valid".`;
    }
    if (!problem) {
      const key = JSON.stringify([test.code, test.options ?? [], test.filename ?? 'test.md']);
      const first = seen.get(key);
      if (first) problem = `${label} is a duplicate of ${first} (the same code, options and filename).`;
      else seen.set(key, label);
    }
    planned.push({ kind, title, test, ...(problem && { problem }) });
  };
  tests.valid.forEach((t, i) => add('valid', t, i));
  tests.invalid.forEach((t, i) => add('invalid', t, i));
  return planned;
}

/** The report that made `message`: the first unused one with its message id and text. */
function takeReport(reports: ReportDescriptor[], rule: RuleModule<any>, message: LintMessage): ReportDescriptor | undefined {
  const i = reports.findIndex((r) => r.messageId === message.messageId && interpolate(wholeTemplate(rule.meta.messages[r.messageId] ?? ''), r.data) === message.message);
  return i === -1 ? undefined : reports.splice(i, 1)[0];
}

function checkError(
  rule: RuleModule<any>,
  ruleId: string,
  code: string,
  actual: LintMessage,
  report: ReportDescriptor | undefined,
  expected: ErrorExpectation,
  n: number,
): void {
  const at = `finding ${n} (${describeMessage(actual).trim()})`;
  const known = Object.keys(rule.meta.messages);
  if (expected.messageId === undefined && expected.message === undefined) {
    throw new RuleTesterError(`error ${n} must give a messageId (one of ${known.join(', ')}) or a message.`);
  }
  if (expected.messageId !== undefined) {
    if (!Object.hasOwn(rule.meta.messages, expected.messageId)) {
      throw new RuleTesterError(`error ${n} expects messageId "${expected.messageId}", which ${ruleId} does not have; its message ids are ${known.join(', ')}.`);
    }
    if (actual.messageId !== expected.messageId) throw new RuleTesterError(`${at}: expected messageId "${expected.messageId}", got "${actual.messageId}".`);
    if (expected.data !== undefined) {
      const want = interpolate(wholeTemplate(rule.meta.messages[expected.messageId]!), expected.data);
      if (actual.message !== want) throw new RuleTesterError(`${at}: with that data the message would be\n  ${want}\nbut it is\n  ${actual.message}`);
    }
  } else if (expected.data !== undefined) {
    throw new RuleTesterError(`error ${n} gives data without a messageId.`);
  }
  if (expected.message !== undefined && actual.message !== expected.message) {
    throw new RuleTesterError(`${at}: expected the message\n  ${expected.message}\nbut it is\n  ${actual.message}`);
  }
  if (expected.ask !== undefined && actual.ask !== expected.ask) {
    throw new RuleTesterError(`${at}: expected the ask\n  ${expected.ask}\nbut it is\n  ${actual.ask ?? '(none: the rule gives this message whole)'}`);
  }
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (expected[key] !== undefined && actual[key] !== expected[key]) throw new RuleTesterError(`${at}: expected ${key} ${expected[key]}, got ${actual[key]}.`);
  }
  if (expected.suggestions !== undefined) checkSuggestions(rule, ruleId, code, actual, report, expected.suggestions, at);
}

function checkSuggestions(
  rule: RuleModule<any>,
  ruleId: string,
  code: string,
  actual: LintMessage,
  report: ReportDescriptor | undefined,
  expected: SuggestionExpectation[],
  at: string,
): void {
  const got = actual.suggestions ?? [];
  if (got.length !== expected.length) {
    throw new RuleTesterError(`${at}: expected ${plural(expected.length, 'suggestion')}, got ${got.length}${got.length ? ` (${got.map((s) => JSON.stringify(s.desc)).join(', ')})` : ''}.`);
  }
  expected.forEach((want, i) => {
    const s = got[i]!;
    const which = `${at}, suggestion ${i + 1}`;
    if (want.messageId !== undefined) {
      if (!Object.hasOwn(rule.meta.messages, want.messageId)) {
        throw new RuleTesterError(`${which} expects messageId "${want.messageId}", which ${ruleId} does not have; its message ids are ${Object.keys(rule.meta.messages).join(', ')}.`);
      }
      const gotId = report?.suggest?.[i]?.messageId;
      if (gotId !== want.messageId) throw new RuleTesterError(`${which}: expected messageId "${want.messageId}", got ${gotId === undefined ? 'none' : `"${gotId}"`}.`);
    }
    if (want.desc !== undefined && s.desc !== want.desc) throw new RuleTesterError(`${which}: expected desc ${JSON.stringify(want.desc)}, got ${JSON.stringify(s.desc)}.`);
    if (want.output !== undefined) {
      if (!s.fix) throw new RuleTesterError(`${which} has no fix, so no output.`);
      const output = code.slice(0, s.fix.range[0]) + s.fix.text + code.slice(s.fix.range[1]);
      if (output !== want.output) throw new RuleTesterError(`${which}: expected the output\n${want.output}\nbut the fix gives\n${output}`);
    }
  });
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function titleOf(code: unknown): string {
  if (typeof code !== 'string') return '(no code)';
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat || '(empty)';
}

function describeMessage(m: LintMessage): string {
  return `  ${m.line}:${m.column} ${m.messageId ?? '(no messageId)'}: ${m.message}`;
}
