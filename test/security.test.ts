/**
 * Hostile documents and configs (nothing lost, the CLI's care of its inputs and
 * outputs, is security-cli.test.ts). What test/bad-input,
 * test/docx-bad-input, test/config and test/extending already assert (binary
 * and legacy files, zip bombs, entity expansion, 20,000-deep quotes, a simple
 * __proto__ key and alias bomb, missing and throwing plugins, YAML rule typos,
 * --output-file over a named input) is not repeated here.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_TIME_BUDGET_MS } from '../src/core/engine.js';
import { quoteOf } from '../src/core/locate.js';
import { Linter } from '../src/linter.js';
import { fuzzEnvironment, lintDocxCase, lintMarkdownCase, SEED, withinBudget, type FuzzEnvironment } from './fuzz/harness.js';
import { para, W, wordFile } from './helpers/docx.js';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const VAGUE = 'The service will ensure equitable provision for all.';
const SPEC = `# Spec\n\n## 3. Scope\n\n${VAGUE}\n`;
const PRISTINE = Reflect.ownKeys(Object.prototype).map(String).sort().join(',');
const noPollution = (): void => {
  expect(Reflect.ownKeys(Object.prototype).map(String).sort().join(',')).toBe(PRISTINE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
};

describe('hostile documents', () => {
  let env: FuzzEnvironment;
  beforeAll(async () => {
    env = await fuzzEnvironment();
  });
  // Each is linted within the harness's checks (valid locations, valid JSON, no rule failures);
  // the budgets are guards against hangs, not speed tests. The largest (tables of 40,000
  // cells, thousands of directives) are in hostile-scale.test.ts, with the slow tests.

  it('lists nested to the indentation limit are read; one level more is refused', async () => {
    const list = (levels: number): string => `# Spec\n\n${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item ${i}: ${VAGUE}`).join('\n')}\n`;
    const deepest = await withinBudget('lists 129 levels deep', () => lintMarkdownCase(env, list(129)), 30_000); // 256 columns
    expect(deepest.fatalErrorCount).toBe(0);
    expect(deepest.messages.some((m) => m.ruleId === 'no-vague-equity-statement')).toBe(true);
    const tooDeep = await new Linter({ useConfigFiles: false }).lintText(list(130), 'deep.md');
    expect(tooDeep.messages).toEqual([
      expect.objectContaining({ fatal: true, message: 'deep.md indents text more than 256 columns (lists nested far too deep for a specification): check you chose the right file.' }),
    ]);
  }, 60_000);

  it('block quotes 64 deep are read; 65 are refused', async () => {
    const quoted = (depth: number): string => `# Spec\n\n${'>'.repeat(depth)} ${VAGUE}\n`;
    const result = await lintMarkdownCase(env, quoted(64));
    expect(result.messages.some((m) => m.ruleId === 'no-vague-equity-statement')).toBe(true);
    expect((await new Linter({ useConfigFiles: false }).lintText(quoted(65), 'q.md')).messages[0]!.message).toBe(
      'q.md nests block quotes more than 64 levels deep, which no specification does: check you chose the right file.',
    );
  });

  it('Word tables nested 300 deep, and tracked deletions nested 50,000 deep, neither overflow the stack', async () => {
    const nested = `${'<w:tbl><w:tr><w:tc>'.repeat(300)}${para(VAGUE)}${'</w:tc></w:tr></w:tbl>'.repeat(300)}`;
    const tables = await withinBudget('nested tables', () => lintDocxCase(env, wordFile(nested)), 30_000);
    expect(tables.messages.some((m) => m.ruleId === 'no-vague-equity-statement')).toBe(true);
    const deletions = `<w:p>${'<w:del>'.repeat(50_000)}<w:r><w:delText>gone</w:delText></w:r>${'</w:del>'.repeat(50_000)}<w:r><w:t>${VAGUE}</w:t></w:r></w:p>`;
    const deep = await withinBudget('nested deletions', () => lintDocxCase(env, wordFile(deletions)), 30_000);
    expect(deep.messages.find((m) => m.ruleId === 'no-vague-equity-statement')?.quote).toBe(VAGUE);
  }, 120_000);

  it('hostile list levels (ilvl 999999999, NaN, -3) are read as no level: they once aborted the process', async () => {
    for (const ilvl of ['999999999', 'NaN', '-3', '1e309']) {
      const numbering = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="${ilvl}"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
      const body = `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${VAGUE}</w:t></w:r></w:p>`;
      const result = await lintDocxCase(env, wordFile(body, { 'word/numbering.xml': numbering }));
      expect(result.fatalErrorCount, ilvl).toBe(0);
      expect(result.messages.some((m) => m.ruleId === 'no-vague-equity-statement'), ilvl).toBe(true);
    }
  });

  it('a Word file with more parts than the limit is refused; settings.limits.maxZipEntries raises the limit', () => {
    const parts: Record<string, Uint8Array> = { 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${para(VAGUE)}</w:body></w:document>`) };
    for (let i = 0; i < 2001; i++) parts[`customXml/item${i}.xml`] = strToU8('<x/>');
    const dir = tempTree({ 'many.docx': zipSync(parts), 'limits/.speclintrc.yaml': 'settings:\n  limits:\n    maxZipEntries: 5000\n' });
    const refused = JSON.parse(speclint(['--format', 'json', 'many.docx'], { cwd: dir }).stdout)[0].messages;
    expect(refused).toEqual([
      expect.objectContaining({ fatal: true, message: `${join(dir, 'many.docx')} holds 2002 parts, far more than any Word document: it may be damaged or malicious, so speclint did not open it.` }),
    ]);
    const allowed = JSON.parse(speclint(['--format', 'json', '../many.docx'], { cwd: join(dir, 'limits') }).stdout)[0].messages;
    expect(allowed.some((m: { ruleId: string }) => m.ruleId === 'no-vague-equity-statement')).toBe(true);
  }, 60_000);

  it('quoteOf reads only what the quote needs, and quotes exactly as before', () => {
    const reference = (text: string): string => {
      const flat = text.replace(/\s+/g, ' ').trim();
      if (flat.length <= 300) return flat;
      const cut = flat.lastIndexOf(' ', 300);
      return flat.slice(0, cut > 150 ? cut : 300);
    };
    const text = fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(' ', '\n\t ', '\u00a0', '\u2028', '   ', 'word ')), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => quoteOf(t) === reference(t)), { seed: SEED, numRuns: 2000 });
    const long = `${'word '.repeat(300_000)}`;
    expect(quoteOf(long)).toBe(reference(long));
  });
});

describe('hostile configs', () => {
  /** The config error for these files, with the temp folder's path replaced by <root>. */
  async function configError(files: Record<string, string>): Promise<string> {
    const root = tempTree(files);
    try {
      await new Linter({ cwd: root }).lintText('# x\n', join(root, 'spec.md'));
    } catch (error) {
      return (error as Error).message.split(root).join('<root>');
    }
    throw new Error('expected a config error');
  }

  it('refuses __proto__, constructor and prototype wherever they appear, naming the file, line and key', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ '.speclintrc.yaml': 'constructor:\n  prototype: {polluted: true}\n' }, '<root>/.speclintrc.yaml:1: "constructor" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'rules:\n  __proto__: error\n' }, '<root>/.speclintrc.yaml:2: "rules.__proto__" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'rules:\n  require-engagement-plan: [error, {__proto__: {polluted: true}}]\n' }, '<root>/.speclintrc.yaml:2: "rules.require-engagement-plan[1].__proto__" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'settings:\n  a:\n    b:\n      - constructor: {prototype: {polluted: true}}\n' }, '<root>/.speclintrc.yaml:4: "settings.a.b[0].constructor" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'settings:\n  lexicons:\n    __proto__: [x]\n' }, '<root>/.speclintrc.yaml:3: "settings.lexicons.__proto__" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'overrides:\n  - files: ["*"]\n    __proto__: {polluted: true}\n' }, '<root>/.speclintrc.yaml:3: "overrides[0].__proto__" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'overrides:\n  - files: ["*"]\n    rules: {__proto__: error}\n' }, '<root>/.speclintrc.yaml:3: "overrides[0].rules.__proto__" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'overrides:\n  - files: ["*"]\n    settings: {prototype: {polluted: true}}\n' }, '<root>/.speclintrc.yaml:3: "overrides[0].settings.prototype" is not allowed as a key.'],
      [{ '.speclintrc.json': '{"__proto__": {"polluted": true}}' }, '<root>/.speclintrc.json:1: "__proto__" is not allowed as a key.'],
      [{ 'package.json': '{"name": "x", "speclint": {"settings": {"__proto__": {"polluted": true}}}}' }, '<root>/package.json:1: "settings.__proto__" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'extends: [./shared.yaml]\n', 'shared.yaml': 'settings:\n  __proto__: {polluted: true}\n' }, '<root>/shared.yaml:2: "settings.__proto__" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'rulesDir: rules\n', 'rules/r.yaml': 'extends: substitution\nmessage: x\nswap:\n  __proto__: y\n' }, '<root>/rules/r.yaml:4: "swap.__proto__" is not allowed as a key.'],
      [{ '.speclintrc.yaml': 'rulesDir: rules\n', 'rules/r.yaml': 'constructor: {prototype: {polluted: true}}\nextends: existence\nmessage: x\ntokens: [a]\n' }, '<root>/rules/r.yaml:1: "constructor" is not allowed as a key.'],
    ];
    for (const [files, message] of cases) {
      expect(await configError(files)).toBe(message);
      noPollution();
    }
  });

  it('a plugin config with a __proto__ key is refused too', async () => {
    const plugin = 'export default { configs: { evil: JSON.parse(\'{"settings": {"__proto__": {"polluted": true}}}\') } };\n';
    expect(await configError({ '.speclintrc.yaml': 'plugins: [./evil.mjs]\nextends: [plugin:evil/evil]\n', 'evil.mjs': plugin })).toBe(
      '<root>/.speclintrc.yaml:2: "settings.__proto__" is not allowed as a key.',
    );
    noPollution();
  });

  it('--rule refuses __proto__ rather than replacing its own prototype and ignoring it', () => {
    const dir = tempTree({ 'spec.md': SPEC });
    expect(speclint(['spec.md', '--rule', '__proto__: [error, {polluted: true}]'], { cwd: dir })).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'speclint: --rule: "__proto__" is not a speclint rule. Run "speclint --list-rules" to see them.\n',
    });
  });

  it('alias bombs are refused before they expand: in a config, a config it extends, and a YAML rule', async () => {
    const bomb = (key: string): string =>
      `${key}:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n  e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`;
    const exhausted = ': Excessive alias count indicates a resource exhaustion attack';
    expect(await configError({ '.speclintrc.yaml': bomb('settings') })).toBe(`<root>/.speclintrc.yaml${exhausted}`);
    expect(await configError({ '.speclintrc.yaml': 'extends: [./base.yaml]\n', 'base.yaml': bomb('settings') })).toBe(`<root>/base.yaml${exhausted}`);
    expect(await configError({ '.speclintrc.yaml': 'rulesDir: rules\n', 'rules/r.yaml': `extends: existence\nmessage: x\ntokens: [a]\n${bomb('description')}` })).toBe(`<root>/rules/r.yaml${exhausted}`);
  });

  it('plugins that cannot be loaded are named in one sentence', async () => {
    const at = '<root>/.speclintrc.yaml:1: the plugin';
    const plugin = async (code: string | null): Promise<string> => {
      const files: Record<string, string> = { '.speclintrc.yaml': `plugins: [${code === null ? './plugin' : './plugin.mjs'}]\n` };
      if (code === null) files['plugin/readme.txt'] = 'no entry point';
      else files['plugin.mjs'] = code;
      return configError(files);
    };
    // The parser's own words differ between Node and vitest's loader.
    expect(await plugin('export default { rules: {')).toMatch(/^<root>\/\.speclintrc\.yaml:1: the plugin "\.\/plugin\.mjs" could not be loaded: it failed while loading \([^\n]+\)\.$/);
    expect(await plugin('export default { rules: { x: { create() {} } } };')).toBe(`${at} "./plugin.mjs" could not be loaded: its rule "x" is not a rule (it needs meta.messages and a create function).`);
    expect(await plugin('export default null;')).toBe(`${at} "./plugin.mjs" could not be loaded: it exports neither rules nor configs.`);
    expect(await plugin(null)).toBe(`${at} "./plugin" could not be loaded: nothing was found at <root>/plugin.`);
  });

  it('YAML rules that cannot be loaded are named in one sentence', async () => {
    const rule = (text: string): Promise<string> => configError({ '.speclintrc.yaml': 'rulesDir: rules\n', 'rules/r.yaml': text });
    expect(await rule('')).toBe('<root>/rules/r.yaml: the rule is empty; a YAML rule needs at least "extends" and "message".');
    expect(await rule("extends: existence\nmessage: x\npatterns: ['(']\n")).toBe(
      '<root>/rules/r.yaml: patterns[0] is not a valid regular expression: Invalid regular expression: /(/giu: Unterminated group',
    );
    expect(await rule('extends: [existence\n')).toMatch(/^<root>\/rules\/r\.yaml:\d+: this is not valid YAML \(.*\)\.$/);
    expect(await configError({ '.speclintrc.yaml': 'rulesDir: nowhere\n' })).toBe('<root>/.speclintrc.yaml:1: the rules folder <root>/nowhere does not exist.');
  });
});

describe('a rule that throws or loops', () => {
  const META = "meta: { type: 'problem', docs: { description: 'x', rationale: '', source: '', recommended: 'error', goodExample: '' }, messages: { m: 'found' } }";
  const plugin = (visitors: string): string => `export default { rules: { x: { ${META}, create(context) { return { ${visitors} }; } } } };\n`;
  const SENTENCES = `# Spec\n\n## 3. Scope\n\nOne. Two. Three. Four. Five. Six. Seven. Eight. ${VAGUE}\n`;

  it('one that throws is reported as its failure, in a plain sentence, and the other rules run', () => {
    const dir = tempTree({ 'spec.md': SENTENCES, '.speclintrc.yaml': 'extends: []\nplugins: [./plugin.mjs]\nrules:\n  plugin/x: error\n  no-vague-equity-statement: error\n', 'plugin.mjs': plugin("sentence() { throw new TypeError('cannot read the table'); }") });
    const run = speclint(['--format', 'json', 'spec.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string; message: string }) => [m.ruleId, m.message])).toEqual([
      ['plugin/x', 'The rule "plugin/x" failed on this document (cannot read the table), so its findings are missing. The other rules still ran. Please report this problem.'],
      ['no-vague-equity-statement', expect.any(String)],
    ]);
  });

  it('one that runs past its time budget is stopped and reported, and the other rules run', () => {
    // 40 ms a sentence against a 100 ms budget: stopped after the third sentence, not run to the end.
    const slow = plugin("sentence() { const end = performance.now() + 40; while (performance.now() < end); context.report({ sentence: arguments[0], messageId: 'm' }); }");
    const dir = tempTree({
      'spec.md': SENTENCES,
      '.speclintrc.yaml': 'extends: []\nplugins: [./plugin.mjs]\nrules:\n  plugin/x: error\n  no-vague-equity-statement: error\nsettings:\n  limits:\n    ruleTimeBudgetMs: 100\n',
      'plugin.mjs': slow,
    });
    const run = speclint(['--format', 'json', 'spec.md'], { cwd: dir });
    const messages = JSON.parse(run.stdout)[0].messages as Array<{ ruleId: string; message: string }>;
    expect(messages[0]).toMatchObject({
      ruleId: 'plugin/x',
      line: 1,
      column: 1,
      message: 'The rule "plugin/x" took more than 0.1 seconds on this document and was stopped, so some of its findings are missing; the other rules still ran (the limit is settings.limits.ruleTimeBudgetMs).',
    });
    const found = messages.filter((m) => m.ruleId === 'plugin/x' && m.message === 'found').length;
    expect(found).toBeGreaterThanOrEqual(2);
    expect(found).toBeLessThan(9);
    expect(messages.some((m) => m.ruleId === 'no-vague-equity-statement')).toBe(true);
  });

  it('the budget defaults to 10 seconds, and the config schema checks it', async () => {
    expect(DEFAULT_RULE_TIME_BUDGET_MS).toBe(10_000);
    const root = tempTree({ '.speclintrc.yaml': 'settings:\n  limits:\n    ruleTimeBudgetMs: 0\n' });
    await expect(new Linter({ cwd: root }).configFor('spec.md')).rejects.toThrow(`${join(root, '.speclintrc.yaml')}:3: "settings.limits.ruleTimeBudgetMs" must be > 0.`);
    const text = tempTree({ '.speclintrc.yaml': 'settings:\n  limits:\n    ruleTimeBudgetMs: soon\n' });
    await expect(new Linter({ cwd: text }).configFor('spec.md')).rejects.toThrow(`${join(text, '.speclintrc.yaml')}:3: "settings.limits.ruleTimeBudgetMs" must be a number.`);
  });
});
