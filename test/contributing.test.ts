/**
 * CONTRIBUTING.md's three recipes, followed step by step for its toy rule,
 * formatter and loader in a temporary copy of the sources: the code is taken
 * from the recipes' own code blocks and the registrations are the lines they
 * give, so a recipe that stops working fails here. The copy's TypeScript is
 * run as it is (vitest compiles it), in place of `npm run build`; `npm run
 * docs` is its script, scripts/docs.ts, run in the copy.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const guide = readFileSync(join(repo, 'CONTRIBUTING.md'), 'utf8');

/** One recipe's text, from its heading to the next. */
function recipe(n: number): string {
  const start = guide.indexOf(`## Recipe ${n}:`);
  expect(start, `CONTRIBUTING.md has Recipe ${n}`).toBeGreaterThan(-1);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
}

/** The fenced code blocks of a recipe in a language, in order, without the list's indent. */
function blocks(text: string, lang: string): string[] {
  const out: string[] = [];
  const fence = new RegExp(`^( *)\`\`\`${lang}\\n([^]*?)^\\1\`\`\`$`, 'gm');
  for (const m of text.matchAll(fence)) {
    const indent = m[1]!.length;
    out.push(m[2]!.split('\n').map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n'));
  }
  return out;
}

/** Applies an edit the recipe names: `line` must appear in it, and lands after `anchor` in the file. */
function insert(copy: string, file: string, text: string, line: string, anchor: string): void {
  expect(text, `the recipe gives ${JSON.stringify(line)}`).toContain(line.trim());
  const path = join(copy, file);
  const source = readFileSync(path, 'utf8');
  expect(source, `${file} still has ${JSON.stringify(anchor)}`).toContain(anchor);
  writeFileSync(path, source.replace(anchor, `${anchor}${line}`));
}

const load = <T>(copy: string, file: string): Promise<T> => import(pathToFileURL(join(copy, file)).href) as Promise<T>;

let copy: string;
/** Each recipe's edits to the copy. All are made before any module of the copy is loaded (modules load once). */
const steps: Array<() => void | Promise<void>> = [];
/** Recipe 1 ends with `npm run docs`, run once every edit is made. */
let docs = false;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'speclint-contributing-'));
  for (const part of ['src', 'rules', 'schema', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(repo, part), join(copy, part), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
  for (const step of steps) await step();
  if (docs) await load(copy, 'scripts/docs.ts');
}, 120_000);

describe('Recipe 1: add a rule', () => {
  const text = recipe(1);
  const DRAFT = "# Falls prevention\n\n## Engagement\n\nThe provider will meet the Bangladeshi Women's Association each quarter.\n";

  steps.push(async () => {
    const [rule] = blocks(text, 'ts');
    const [lexicon] = blocks(text, 'yaml');
    const [fixtureLine] = blocks(text, 'markdown');
    // 1. the rule; 2. its registration; 3. its lexicon.
    writeFileSync(join(copy, 'rules', 'no-hard-to-reach.ts'), rule!);
    insert(copy, 'rules/index.ts', text, "import noHardToReach from './no-hard-to-reach.js';\n", "import requireKpiFields from './require-kpi-fields.js';\n");
    insert(copy, 'rules/index.ts', text, "  'no-hard-to-reach': noHardToReach,\n", "  'require-kpi-fields': requireKpiFields,\n");
    expect(text).toContain('add it to `builtinRules` under its');
    writeFileSync(join(copy, 'rules', 'lexicons', 'common', 'hard-to-reach.yaml'), lexicon!);
    // 4. its page: the hand-written parts, then `npm run docs` (its script).
    for (const heading of ['## What it catches', '## Why it matters', '`Source:`', '## Examples', 'Flagged', 'Not flagged:', 'npm run docs']) expect(text).toContain(heading);
    writeFileSync(
      join(copy, 'rules', 'no-hard-to-reach.md'),
      [
        '## What it catches\n\nA sentence that calls people "hard to reach".\n',
        '## Why it matters\n\nThe label blames people.\n\nSource: Salway et al. (2013), Better Health Briefing 28.\n',
        '## Examples\n\nFlagged (`label`):\n\n```markdown\n## Engagement\n\nThe provider will engage hard to reach groups.\n```\n',
        `Not flagged:\n\n\`\`\`markdown\n${DRAFT}\`\`\`\n`,
      ].join('\n'),
    );
    docs = true;
    // 5. fixtures: a valid near miss and the recipe's marked line.
    mkdirSync(join(copy, 'fixtures', 'rules', 'no-hard-to-reach'), { recursive: true });
    writeFileSync(join(copy, 'fixtures', 'rules', 'no-hard-to-reach', 'valid-named-groups.md'), `${DRAFT}\nThe hard part is reaching carers at weekends.\n`);
    writeFileSync(join(copy, 'fixtures', 'rules', 'no-hard-to-reach', 'invalid-label.md'), `# Falls prevention\n\n## Engagement\n\n${fixtureLine}`);
  });

  it('registers the rule with its lexicon and key action', async () => {
    const { builtinRules } = await load<typeof import('../rules/index.js')>(copy, 'rules/index.ts');
    const rule = builtinRules['no-hard-to-reach'];
    expect(rule?.meta.lexicons).toEqual(['hard-to-reach']);
    expect(rule?.meta.keyAction).toEqual({ id: 'engagement', messages: { label: 'partly' } });
  });

  it('gets its page header and options from npm run docs, and its examples behave as labelled', async () => {
    const page = readFileSync(join(copy, 'rules', 'no-hard-to-reach.md'), 'utf8');
    expect(page.startsWith('# no-hard-to-reach\n\nSay which groups a service has not reached, not that they are "hard to reach".\n\n**Default:** off in `speclint:recommended`')).toBe(true);
    expect(page).toMatch(/## Options\n\nThis rule has no options.\n$/);
    const { docExamples } = await load<typeof import('../src/docs/rule-docs.js')>(copy, 'src/docs/rule-docs.ts');
    const { Linter } = await load<typeof import('../src/linter.js')>(copy, 'src/linter.ts');
    const linter = new Linter({ config: { extends: [], rules: { 'no-hard-to-reach': 'error' } } });
    const examples = docExamples(page);
    expect(examples.map((e) => e.flagged)).toEqual([true, false]);
    for (const example of examples) {
      const { messages } = await linter.lintText(example.text, 'example.md');
      expect(messages.map((m) => m.messageId), example.text).toEqual(example.flagged ? ['label'] : []);
    }
  });

  it('passes its valid and invalid fixtures, as test/rules.test.ts checks them', async () => {
    const { checkFixture, fixtureFiles } = await load<typeof import('../src/eval/evaluate.js')>(copy, 'src/eval/evaluate.ts');
    const root = join(copy, 'fixtures', 'rules');
    const files = fixtureFiles(join(root, 'no-hard-to-reach'));
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['no-hard-to-reach/invalid-label.md', 'no-hard-to-reach/valid-named-groups.md']);
    for (const file of files) {
      const outcome = await checkFixture(root, file);
      expect({ file, expected: outcome.expected, missing: outcome.missing, unexpected: outcome.unexpected }).toEqual({ file, expected: file.includes('invalid-') ? 1 : 0, missing: [], unexpected: [] });
    }
  });

  it('passes the RuleTester cases of the recipe, and RuleTester fails a wrong one', async () => {
    expect(text).toContain("new RuleTester().run('no-hard-to-reach'");
    const { RuleTester } = await load<typeof import('../src/index.js')>(copy, 'src/index.ts');
    const { builtinRules } = await load<typeof import('../rules/index.js')>(copy, 'rules/index.ts');
    const rule = builtinRules['no-hard-to-reach']!;
    // No test framework is registered in the copy's RuleTester: run() runs the cases and settles.
    await expect(
      new RuleTester().run('no-hard-to-reach', rule, {
        valid: ["# Spec\n\nThe provider will meet the Bangladeshi Women's Association each quarter.\n"],
        invalid: [{ code: '# Spec\n\nWe will engage hard to reach groups.\n', errors: [{ messageId: 'label', line: 3 }] }],
      }),
    ).resolves.toBeUndefined();
    await expect(new RuleTester().run('no-hard-to-reach', rule, { valid: [], invalid: [{ code: '# Spec\n\nWe will engage hard to reach groups.\n', errors: [{ messageId: 'blame' }] }] })).rejects.toThrow(
      'error 1 expects messageId "blame", which no-hard-to-reach does not have; its message ids are label.',
    );
  });
});

/** The copy's CLI, run in-process as bin/speclint.js runs the built one. */
async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { run } = await load<typeof import('../src/cli/main.js')>(copy, 'src/cli/main.ts');
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: (async function* () {})(),
    cwd,
    env: {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}

describe('Recipe 2: add a formatter', () => {
  const text = recipe(2);

  steps.push(() => {
    const [formatter] = blocks(text, 'ts');
    writeFileSync(join(copy, 'src', 'formatters', 'tap.ts'), formatter!);
    insert(copy, 'src/formatters/index.ts', text, "  tap: () => import('./tap.js'),\n", "  checklist: () => import('./checklist.js'),\n");
  });

  it('is listed, and --format tap prints TAP for the files linted', async () => {
    const { FORMAT_NAMES } = await load<typeof import('../src/formatters/index.js')>(copy, 'src/formatters/index.ts');
    expect(FORMAT_NAMES).toContain('tap');
    const dir = mkdtempSync(join(tmpdir(), 'speclint-tap-'));
    writeFileSync(join(dir, '.speclintrc.yaml'), 'extends: []\nrules:\n  no-placeholder-text: error\n');
    writeFileSync(join(dir, 'clean.md'), '# Spec\n\nThe service opens at 9am.\n');
    writeFileSync(join(dir, 'draft.md'), '# Spec\n\nThe provider is [Provider name].\n');
    const run = await cli(['--format', 'tap', 'clean.md', 'draft.md'], dir);
    expect(run).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        'TAP version 13',
        '1..2',
        'ok 1 - clean.md',
        'not ok 2 - draft.md',
        '  # 3:17 error "[Provider name]" is a placeholder left in the text. Replace it with what the specification should say, or delete it, before the specification goes out. (no-placeholder-text)',
        '',
      ].join('\n'),
    });
  });
});

describe('Recipe 3: add a loader', () => {
  const text = recipe(3);

  steps.push(() => {
    const [loader] = blocks(text, 'ts');
    writeFileSync(join(copy, 'src', 'loaders', 'text.ts'), loader!);
    insert(copy, 'src/core/formats.ts', text, "  text: { name: 'Plain text', extensions: ['.txt'], locationStyle: 'line' },\n", 'export const FORMATS = {\n');
    const index = 'src/loaders/index.ts';
    insert(copy, index, text, "import { loadText } from './text.js';\n", "import { checkNesting } from './nesting.js';\n");
    insert(copy, index, text, '  text: (bytes, _filePath, displayName) => loadText(decodeText(bytes, displayName)),\n', 'const LOADERS: Record<SourceFormat, Load> = {\n');
  });

  it('lints a .txt file found in a folder: lines are paragraphs, numbered lines are sections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speclint-txt-'));
    writeFileSync(
      join(dir, 'draft.txt'),
      'Falls prevention service specification\n\n1. Population needs\n\nFalls are common in older people.\n\n2. Engagement\n\n  The service will ensure equitable provision for all.\n',
    );
    const run = await cli(['--no-config', '--rule', 'no-vague-equity-statement: error', '--format', 'json', '.'], dir);
    const [result] = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; headingPath: string[]; quote: string }> }>;
    expect(result!.filePath).toBe(join(dir, 'draft.txt'));
    expect(result!.messages.find((m) => m.ruleId === 'no-vague-equity-statement')).toMatchObject({
      line: 9,
      column: 3,
      headingPath: ['2. Engagement'],
      quote: 'The service will ensure equitable provision for all.',
    });
    expect(result!.messages.find((m) => m.ruleId === 'require-ethnicity-needs-analysis')).toMatchObject({ line: 3, headingPath: ['1. Population needs'] });
  });
});
