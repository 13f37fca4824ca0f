/**
 * ReDoS: every regular expression speclint runs is checked with recheck for
 * super-linear backtracking, and 1 MB adversarial lines finish. Minutes of CPU,
 * so `npm test` runs this file and `npm run test:unit` does not; user-supplied
 * YAML rule patterns (checked when they are loaded) are tested in
 * redos-yaml-rules.test.ts, which both run.
 *
 * Checked here: regex literals and statically resolvable `new RegExp(...)`
 * sources in rules/*.ts, src/**\/*.ts and web/src/worker/ (found with the
 * TypeScript parser), and the `patterns` of every lexicon in rules/lexicons,
 * with the flags compileLexicon gives them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { precompileLexicon } from '../src/core/lexicon.js';
import { fuzzEnvironment, lintMarkdownCase, withinBudget, type FuzzEnvironment } from './fuzz/harness.js';

const root = join(import.meta.dirname, '..');

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function tsFiles(dir: string, recursive: boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) out.push(...tsFiles(path, true));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Regex literals and `new RegExp(<string we can resolve>)` in one file; the rest is returned as unresolved. */
function regexesIn(file: string): { found: FoundRegex[]; unresolved: Array<{ where: string; text: string }> } {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const rel = relative(root, file);
  const where = (node: ts.Node): string => `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  // const NAME = 'string' in this file, for new RegExp(NAME).
  const constants = new Map<string, ts.Expression>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isVariableDeclarationList(node.parent) && node.parent.flags & ts.NodeFlags.Const) {
      constants.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const resolve = (expr: ts.Expression, depth = 0): string | undefined => {
    if (depth > 10) return undefined;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
    if (ts.isParenthesizedExpression(expr)) return resolve(expr.expression, depth + 1);
    if (ts.isIdentifier(expr)) {
      const init = constants.get(expr.text);
      return init ? resolve(init, depth + 1) : undefined;
    }
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = resolve(expr.left, depth + 1);
      const r = resolve(expr.right, depth + 1);
      return l !== undefined && r !== undefined ? l + r : undefined;
    }
    if (ts.isTemplateExpression(expr)) {
      let out = expr.head.text;
      for (const span of expr.templateSpans) {
        const part = resolve(span.expression, depth + 1);
        if (part === undefined) return undefined;
        out += part + span.literal.text;
      }
      return out;
    }
    return undefined;
  };
  const found: FoundRegex[] = [];
  const unresolved: Array<{ where: string; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const slash = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [sourceArg, flagsArg] = node.arguments ?? [];
      const source = sourceArg && resolve(sourceArg);
      const flags = flagsArg ? resolve(flagsArg) : '';
      if (source !== undefined && flags !== undefined) found.push({ where: where(node), source, flags });
      else unresolved.push({ where: where(node), text: node.getText(sf).replace(/\s+/g, ' ') });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, unresolved };
}

/**
 * `new RegExp(...)` calls whose source is data, with where that data is
 * checked. A new one fails the test until it is listed here.
 */
const DYNAMIC_SOURCES: Array<{ file: string; contains: string; checkedBy: string }> = [
  { file: 'src/core/lexicon.ts', contains: 'new RegExp(source,', checkedBy: 'lexicon patterns (below) and YAML rule patterns (checked when loaded)' },
  { file: 'src/core/lexicon.ts', contains: 'new RegExp(p.source, p.flags)', checkedBy: 'the same lexicon patterns, read back from their compiled form (precompiled at build time, or compiled from the YAML just above)' },
  { file: 'src/config/registry.ts', contains: 'new RegExp(pattern,', checkedBy: 'only compiled to see that it is valid, then checked with recheck' },
];

function sourceRegexes(): { found: FoundRegex[]; unresolved: Array<{ where: string; text: string }> } {
  const files = [...tsFiles(join(root, 'rules'), false), ...tsFiles(join(root, 'src'), true), ...tsFiles(join(root, 'web', 'src', 'worker'), true)];
  const all = files.map(regexesIn);
  return { found: all.flatMap((a) => a.found), unresolved: all.flatMap((a) => a.unresolved) };
}

function lexiconPatterns(): FoundRegex[] {
  const out: FoundRegex[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) {
        const data = parseYaml(readFileSync(path, 'utf8')) as { patterns?: Array<string | { pattern: string; matchCase?: boolean }> };
        (data.patterns ?? []).forEach((p, i) => {
          // As compileLexicon compiles and runs them (Unicode mode only where a pattern needs it).
          const [{ source, flags }] = precompileLexicon({ name: 'check', terms: [], patterns: [p] }).patterns as [{ source: string; flags: string }];
          out.push({ where: `${relative(root, path)} patterns[${i}]`, source, flags });
        });
      }
    }
  };
  walk(join(root, 'rules', 'lexicons'));
  return out;
}

/**
 * A first opinion with recheck's defaults (fast). Where that is not "safe",
 * a second with recheck's own timers off, so that its fuzzing is bounded by
 * step counts and gives the same answer on a busy machine: with the timers on,
 * an attack that merely ran slowly on a loaded CPU counts as a success, and
 * linear patterns came out "vulnerable".
 */
const FIRST_OPINION = { timeout: 60_000 };
const SECOND_OPINION = { attackTimeout: null, incubationTimeout: null, seedingTimeout: null, timeout: 120_000 };

async function recheck(regex: FoundRegex): Promise<Diagnostics> {
  // 'd' (match indices) does not change matching, and recheck does not take it.
  const flags = regex.flags.replace('d', '');
  const first = await check(regex.source, flags, FIRST_OPINION);
  // The automaton checker's verdicts are exact.
  if (first.status === 'safe' || (first.status === 'vulnerable' && first.checker === 'automaton')) return first;
  const second = await check(regex.source, flags, SECOND_OPINION);
  return second.status === 'unknown' && first.status === 'vulnerable' ? first : second;
}

/** recheck on each distinct (source, flags), two at a time (the machine has two cores). */
async function checkAll(regexes: FoundRegex[]): Promise<Array<{ regex: FoundRegex; result: Diagnostics }>> {
  const distinct = [...new Map(regexes.map((r) => [`${r.flags}/${r.source}`, r])).values()];
  const results: Array<{ regex: FoundRegex; result: Diagnostics }> = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < distinct.length) {
      const regex = distinct[next++]!;
      results.push({ regex, result: await recheck(regex) });
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

const describeResult = ({ regex, result }: { regex: FoundRegex; result: Diagnostics }): string =>
  `${regex.where} /${regex.source}/${regex.flags}: ${result.status}${
    result.status === 'vulnerable' ? ` (${result.complexity.summary}; attack ${result.attack.pattern})` : result.status === 'unknown' ? ` (${result.error.kind})` : ''
  }`;

describe('ReDoS: the regular expressions speclint runs', () => {
  it('finds the source of every new RegExp, or knows where its data is checked', () => {
    const { found, unresolved } = sourceRegexes();
    expect(found.length).toBeGreaterThan(100);
    const unexplained = unresolved.filter((u) => !DYNAMIC_SOURCES.some((d) => u.where.startsWith(`${d.file}:`) && u.text.includes(d.contains)));
    expect(unexplained, 'new RegExp() with a source this test cannot resolve: make it a literal, or list it in DYNAMIC_SOURCES with where its source is checked').toEqual([]);
  });

  it('every regex literal and RegExp in rules/ and src/ is safe (recheck)', async () => {
    const results = await checkAll(sourceRegexes().found);
    const unsafe = results.filter((r) => r.result.status !== 'safe');
    expect(unsafe.map(describeResult)).toEqual([]);
    expect(results.length).toBeGreaterThan(80);
  }, 600_000);

  it('every pattern in the lexicons is safe (recheck, with the flags compileLexicon uses)', async () => {
    const patterns = lexiconPatterns();
    expect(patterns.length).toBeGreaterThan(10);
    const results = await checkAll(patterns);
    expect(results.filter((r) => r.result.status !== 'safe').map(describeResult)).toEqual([]);
  }, 600_000);
});

describe('ReDoS: 1 MB adversarial lines finish', () => {
  const MB = 1024 * 1024;
  const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  // Each line is aimed at one part. The first five are 1 MB; the others are a
  // quarter of that, which is plenty to show a quadratic path (hours) against
  // a linear one (seconds) and keeps the file's run time down.
  const LINES: Record<string, string> = {
    'the sentence splitter: abbreviations ("e.g. e.g. ...")': fill('e.g. '),
    'the lexicon matcher: prefix terms ("interpreting interpreting ...")': fill('interpreting '),
    'the negation look-back ("not not not ... reported by ethnic group")': `${fill('not ').slice(0, MB - 30)} reported by ethnic group`,
    'the lexicon patterns: organisation names ("F&F&...")': fill('F&'),
    'the YAML rule patterns: digit runs ("1,1.1,...")': fill('1,1.1,'),
    'capitalised words before no organisation noun': fill('C\tP\tC F N ', MB / 4),
    'data gaps ("just 0% of" and spaces)': fill(`just 0% of ${' '.repeat(2000)}`, MB / 4),
    'unclosed comments ("<!--<!--...")': fill('<!--', MB / 4),
    'initials ("A. A. A. ...")': fill('A. ', MB / 4),
    'dots and closers (".\")\"). ")': fill('.")', MB / 4),
    'full stops only': fill('.', MB / 4),
    'clause breaks for the negation look-back': fill('no, ', MB / 4),
    'lexicon first words ("minority ethnic voluntary, community and faith ...")': fill('minority ethnic voluntary, community and faith interpret ', MB / 4),
    'one long sentence of vague claims': fill('the service will ensure equitable provision for all and ', MB / 4),
  };

  let env: FuzzEnvironment;
  beforeAll(async () => {
    env = await fuzzEnvironment();
  });

  it.each(Object.entries(LINES))('%s', async (_name, line) => {
    const text = `# Spec\n\n## 2. Outcomes\n\n## Engagement\n\n${line}\n`;
    // A guard against hangs: quadratic paths on lines this long take hours; these take seconds.
    const result = await withinBudget('an adversarial line', () => lintMarkdownCase(env, text), 60_000);
    expect(result.fatalErrorCount).toBe(0);
  }, 300_000);
});

describe('ReDoS: a disable-next-line on every line stays linear', () => {
  it('20,000 directives in a row', async () => {
    const env = await fuzzEnvironment();
    const text = `# Spec\n\n${'<!-- speclint-disable-next-line no-vague-equity-statement -->\n'.repeat(20_000)}The service is fair to all.\n`;
    const result = await withinBudget('20,000 directives', () => lintMarkdownCase(env, text), 60_000);
    expect(result.messages.filter((m) => m.ruleId === 'no-vague-equity-statement')).toEqual([]);
  }, 300_000);
});
