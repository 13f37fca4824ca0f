/** Machine formats for CI: SARIF (checked against the official schema; Microsoft's validator in sarif-validator.test.ts), GitHub workflow commands, JUnit XML. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import github from '../src/formatters/github.js';
import json from '../src/formatters/json.js';
import stylish from '../src/formatters/stylish.js';
import junit from '../src/formatters/junit.js';
import sarif from '../src/formatters/sarif.js';
import type { FormatterContext } from '../src/formatters/types.js';
import { countMessages, fatalResult, ignoredResult, type LintResult } from '../src/core/messages.js';
import { Linter } from '../src/linter.js';
import { builtinRules } from '../rules/index.js';
import { speclintInProcess, type CliRun } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';
import { awkwardProjectSarif, SARIF_INPUTS, sarifWithDocsUrl } from './helpers/sarif.js';
import { variant } from './helpers/docx.js';
import { informationUri, ruleDocsUrls } from '../src/public-links.js';

const repo = join(import.meta.dirname, '..');
const context: FormatterContext = { cwd: '/work', color: false, rules: {}, docsUrl: (id) => `https://example.invalid/${id}`, version: '0.0.0' };

describe('--format sarif', () => {
  let run: CliRun;
  // The SARIF log, checked against its schema below.
  let log: any;
  beforeAll(async () => {
    run = await speclintInProcess(['--format', 'sarif', ...SARIF_INPUTS], { cwd: repo });
    log = JSON.parse(run.stdout);
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(require_('fs').readFileSync(join(import.meta.dirname, 'data', 'sarif-2.1.0.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('describes the rules and carries Word paragraphs as regions with a snippet', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('speclint');
    const vague = driver.rules.find((r: { id: string }) => r.id === 'no-vague-equity-statement');
    expect(vague).toMatchObject({ shortDescription: { text: expect.any(String) }, defaultConfiguration: { level: 'error' } });
    // No public docs address is configured, so no link: the whole guidance is in help instead.
    expect(vague.helpUri).toBeUndefined();
    expect(driver.informationUri).toBeUndefined();
    const docs = builtinRules['no-vague-equity-statement']!.meta.docs;
    for (const part of [docs.description, docs.rationale, docs.source, docs.goodExample.trim()]) {
      expect(vague.help.text).toContain(part);
      expect(vague.help.markdown).toContain(part);
    }
    const docx = log.runs[0].results.filter((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
      r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('.docx'),
    );
    const quoted = docx.filter((r: { locations: Array<{ physicalLocation: { region: { snippet?: unknown } } }> }) => r.locations[0]!.physicalLocation.region.snippet);
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted[0].locations[0].physicalLocation.region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number), snippet: { text: expect.any(String) } });
    expect(quoted[0].locations[0].logicalLocations[0].kind).toBe('section');
    for (const r of log.runs[0].results) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('reports an unreadable file as a tool notification, not a finding', () => {
    const invocation = log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: 'missing.md does not exist: check the path.' } }),
    ]);
    expect(run.code).toBe(2);
  });
});

const require_ = createRequire(import.meta.url);

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; snippet?: { text: string } } } }>;
  partialFingerprints?: Record<string, string>;
}

const resultsOf = (text: string): SarifResult[] => JSON.parse(text).runs[0].results;
const uriOf = (r: SarifResult) => r.locations[0]!.physicalLocation.artifactLocation;

/** Every string in the log that mentions file:, with its JSON path. */
function fileUris(value: unknown, path = '$'): Array<{ path: string; value: string }> {
  if (typeof value === 'string') return /file:/i.test(value) ? [{ path, value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => fileUris(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => fileUris(v, `${path}.${k}`));
  return [];
}

describe('--format sarif: awkward names, files outside the folder, Markdown and Word', () => {
  const { root, project, run } = awkwardProjectSarif();
  const results = resultsOf(run.stdout);
  const files = [...new Set(results.map((r) => JSON.stringify(uriOf(r))))].map((s) => JSON.parse(s) as { uri: string; uriBaseId?: string });

  it('gives every file a valid URI: relative to %SRCROOT% inside the folder, an absolute file:// URI outside it', () => {
    expect(run.code).toBe(1);
    expect(files).toEqual(
      expect.arrayContaining([
        { uri: 'plain.md', uriBaseId: '%SRCROOT%' },
        { uri: 'specs/spec%20%232%20(draft%3F).md', uriBaseId: '%SRCROOT%' },
        { uri: 'specs/sp%C3%A9cification%20%C3%A9t%C3%A9%20%E2%80%93%20%C3%BCn%C3%AFcode.md', uriBaseId: '%SRCROOT%' },
        { uri: 'specs/100%25%20%5Bfinal%5D%20crisis.docx', uriBaseId: '%SRCROOT%' },
      ]),
    );
    const outside = files.filter((f) => f.uriBaseId === undefined);
    expect(outside.map((f) => fileURLToPath(f.uri)).sort()).toEqual([join(root, 'elsewhere', 'crisis ü.docx'), join(root, 'elsewhere', 'other spec #3?.md')]);
    for (const f of outside) expect(f.uri).toMatch(/^file:\/\/\/[A-Za-z0-9%/._~!$&'()*+,;=:@-]+$/);
    // Each relative URI resolves back to the file it names.
    for (const f of files.filter((f) => f.uriBaseId)) expect(existsSync(fileURLToPath(new URL(f.uri, `file://${project}/`)))).toBe(true);
  });

  it('gives every result a partial fingerprint, unique within its file', () => {
    expect(results.length).toBeGreaterThan(20);
    for (const r of results) expect(r.partialFingerprints?.['speclint/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
    const byFile = new Map<string, string[]>();
    for (const r of results) byFile.set(uriOf(r).uri, [...(byFile.get(uriOf(r).uri) ?? []), r.partialFingerprints!['speclint/v1']!]);
    for (const prints of byFile.values()) expect(new Set(prints).size).toBe(prints.length);
  });

  it('carries no file:// link anywhere: the only file:// strings are the locations of files outside the folder', async () => {
    const log = JSON.parse(run.stdout);
    expect(log.runs[0].originalUriBaseIds).toBeUndefined();
    const found = fileUris(log);
    expect(found.length).toBeGreaterThan(0);
    for (const { path, value } of found) {
      expect(path).toMatch(/^\$\.runs\[0\]\.results\[\d+\]\.locations\[0\]\.physicalLocation\.artifactLocation\.uri$/);
      expect(fileURLToPath(value).startsWith(join(root, 'elsewhere'))).toBe(true);
    }
    const inside = await speclintInProcess(['--no-config', '--format', 'sarif', 'specs', 'plain.md'], { cwd: project });
    expect(inside.code).toBe(1);
    expect(inside.stdout).not.toMatch(/file:/i);
  });
});

describe('--format sarif: fingerprints survive edits elsewhere in the file', () => {
  /** Each result's fingerprint, keyed by rule and quote, with its line. */
  const prints = (text: string) => new Map(resultsOf(text).map((r) => [`${r.ruleId} ${r.locations[0]!.physicalLocation.region.snippet?.text ?? r.message.text}`, { print: r.partialFingerprints!['speclint/v1'], line: r.locations[0]!.physicalLocation.region.startLine }]));
  const expectSamePrints = (before: ReturnType<typeof prints>, after: ReturnType<typeof prints>) => {
    expect(before.size).toBeGreaterThan(3);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    let moved = 0;
    for (const [key, { print, line }] of before) {
      expect(after.get(key)!.print, key).toBe(print);
      if (after.get(key)!.line !== line) moved++;
    }
    expect(moved, 'the findings below the new paragraph moved').toBeGreaterThan(0);
  };

  it('Markdown: a paragraph added above moves the lines, not the fingerprints', async () => {
    const text = readFileSync(join(repo, 'examples', 'weak-community-diabetes.md'), 'utf8');
    const firstHeading = text.indexOf('\n## ');
    const edited = `${text.slice(0, firstHeading)}\n\nThis draft was circulated to the working group on 3 March for comment.\n${text.slice(firstHeading)}`;
    const dir = tempTree({ 'before/spec.md': text, 'after/spec.md': edited });
    const lint = async (folder: string) => (await speclintInProcess(['--no-config', '--format', 'sarif', 'spec.md'], { cwd: join(dir, folder) })).stdout;
    expectSamePrints(prints(await lint('before')), prints(await lint('after')));
  });

  it('Word: a paragraph added at the top moves the paragraph numbers, not the fingerprints', async () => {
    const crisis = join(repo, 'fixtures', 'docx', 'pandoc', 'mental-health-crisis.docx');
    const edited = variant(crisis, {
      'word/document.xml': (xml) => xml.replace(/<w:body>/, '<w:body><w:p><w:r><w:t>This draft was circulated to the working group on 3 March for comment.</w:t></w:r></w:p>'),
    });
    const dir = tempTree({ 'before/crisis.docx': readFileSync(crisis), 'after/crisis.docx': edited });
    const lint = async (folder: string) => (await speclintInProcess(['--no-config', '--format', 'sarif', 'crisis.docx'], { cwd: join(dir, folder) })).stdout;
    expectSamePrints(prints(await lint('before')), prints(await lint('after')));
  });
});

describe('links in reports are public addresses only', () => {
  const base = builtinRules['no-vague-equity-statement']!;
  const withUrl = (url: string) => ({ ...base, meta: { ...base.meta, docs: { ...base.meta.docs, url } } });
  const rules = { own: withUrl('https://plugin.example/own'), local: withUrl('file:///home/me/rules/local.md'), evil: withUrl('javascript:alert(1)'), plain: base };

  it('gives no link without an http(s) address, whatever a rule or the settings say', () => {
    const url = ruleDocsUrls(rules, { docsUrl: 'file:///srv/docs/', homepage: '../README.md' });
    expect(['own', 'local', 'evil', 'plain', 'unknown'].map(url)).toEqual(['https://plugin.example/own', undefined, undefined, undefined, undefined]);
    expect(informationUri({ docsUrl: 'file:///srv/docs/', homepage: 'README.md' })).toBeUndefined();
  });

  it("uses a rule's own page, then settings.docsUrl, then the homepage", () => {
    const docs = { docsUrl: 'https://intranet.example/speclint', homepage: 'https://speclint.example/' };
    const url = ruleDocsUrls(rules, docs);
    expect(['own', 'local', 'plain', 'plugin/rule'].map(url)).toEqual([
      'https://plugin.example/own',
      'https://intranet.example/speclint/local',
      'https://intranet.example/speclint/plain',
      'https://intranet.example/speclint/plugin/rule',
    ]);
    expect(informationUri(docs)).toBe('https://speclint.example/');
    expect(ruleDocsUrls(rules, { homepage: 'https://speclint.example/' })('plain')).toBe('https://speclint.example/');
  });
});

describe('--format sarif with a public docs address', () => {
  const lintWith = sarifWithDocsUrl;

  it('links each rule and the tool there', () => {
    const run = lintWith('https://docs.example/speclint/rules/');
    const driver = JSON.parse(run.stdout).runs[0].tool.driver;
    expect(driver.informationUri).toBe('https://docs.example/speclint/rules/');
    expect(driver.rules.find((r: { id: string }) => r.id === 'no-vague-equity-statement').helpUri).toBe('https://docs.example/speclint/rules/no-vague-equity-statement');
    expect(driver.rules.every((r: { helpUri?: string; help: { markdown: string } }) => r.helpUri?.startsWith('https://docs.example/') && r.help.markdown.includes(`(${r.helpUri})`))).toBe(true);
  });

  it('puts the rule id where {ruleId} is', () => {
    const driver = JSON.parse(lintWith('https://example.org/speclint/blob/main/rules/{ruleId}.md').stdout).runs[0].tool.driver;
    expect(driver.rules[0].helpUri).toBe(`https://example.org/speclint/blob/main/rules/${driver.rules[0].id}.md`);
    expect(driver.informationUri).toBe('https://example.org/speclint/blob/main/rules/');
  });

  it('refuses a docsUrl that is not http(s)', () => {
    expect(lintWith('file:///srv/speclint/rules/')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('settings.docsUrl') });
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, in GitHub syntax', async () => {
    const run = await speclintInProcess(['--format', 'github', 'examples/', 'fixtures/docx/pandoc/mental-health-crisis.docx'], { cwd: repo });
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,col=\d+(,endLine=\d+)?(,endColumn=\d+)?,title=speclint \([a-z-]+\)::[^\r\n]+$/);
    }
    expect(run.stdout).toContain('::error file=fixtures/docx/pandoc/mental-health-crisis.docx,line=');
  });

  it('escapes what GitHub would otherwise read as syntax', () => {
    const result = countMessages('/work/specs/a,b.md', [
      { ruleId: 'r', severity: 1, message: '50% done\nnext: line', line: 2, column: 3, headingPath: ['Scope'], quote: 'x' },
    ]);
    expect(github([result], context)).toBe('::warning file=specs/a%2Cb.md,line=2,col=3,title=speclint (r)::Scope: 50%25 done%0Anext: line — "x"\n');
    expect(github([fatalResult('/work/x.docx', 'x.docx is damaged.')], context)).toBe('::error file=x.docx,line=1,col=1,title=speclint%3A file not read::x.docx is damaged.\n');
  });
});

describe('--format junit', () => {
  it('is well-formed XML shaped as ESLint\'s: a suite per file, a test case per finding, counts that agree', async () => {
    const crisis = 'fixtures/docx/pandoc/mental-health-crisis.docx';
    const run = await speclintInProcess(['--format', 'junit', 'examples/', crisis, 'missing.md'], { cwd: repo });
    const json = JSON.parse((await speclintInProcess(['--format', 'json', 'examples/', crisis], { cwd: repo })).stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    type Case = { name: string; classname: string; failures: string[]; errors: number };
    const suites: Array<{ attributes: Record<string, string>; cases: Case[] }> = [];
    let total: Record<string, string> = {};
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      const a = tag.attributes as Record<string, string>;
      const cases = suites[suites.length - 1]?.cases;
      if (tag.name === 'testsuites') total = a;
      if (tag.name === 'testsuite') suites.push({ attributes: a, cases: [] });
      if (tag.name === 'testcase') cases!.push({ name: a.name!, classname: a.classname!, failures: [], errors: 0 });
      if (tag.name === 'failure') cases!.at(-1)!.failures.push(a.type!);
      if (tag.name === 'error') cases!.at(-1)!.errors++;
    });
    parser.write(run.stdout).close();

    expect(suites.map((s) => s.attributes.name)).toEqual([
      'examples/mixed-stop-smoking.md',
      'examples/strong-talking-therapies.md',
      'examples/weak-community-diabetes.md',
      crisis,
      'missing.md',
    ]);
    // One test case per finding, named by rule and place, with exactly one failure.
    for (const [i, result] of json.entries()) {
      const cases = suites[i]!.cases;
      if (result.messages.length === 0) {
        expect(cases).toEqual([{ name: 'no findings', classname: suites[i]!.attributes.name, failures: [], errors: 0 }]);
        continue;
      }
      expect(cases.map((c) => c.failures)).toEqual(result.messages.map((m) => [m.ruleId]));
      for (const [j, c] of cases.entries()) expect(c.name.startsWith(`${result.messages[j]!.ruleId} (`)).toBe(true);
    }
    expect(suites[1]!.cases).toHaveLength(1); // the clean example: one passing test case
    expect(suites[2]!.cases.some((c) => c.name === 'no-vague-equity-statement (line 54, column 1)')).toBe(true);
    expect(suites[3]!.cases.every((c) => /^[a-z-]+ \((paragraph \d+|whole document)\)( #\d+)?$/.test(c.name))).toBe(true);
    expect(suites[4]!.cases).toEqual([{ name: 'file could not be read', classname: 'missing.md', failures: [], errors: 1 }]);

    // Every count agrees with the test cases it counts.
    const count = (cases: Case[]) => ({
      tests: String(cases.length),
      failures: String(cases.filter((c) => c.failures.length > 0).length),
      errors: String(cases.filter((c) => c.errors > 0).length),
    });
    for (const suite of suites) expect(suite.attributes).toMatchObject(count(suite.cases));
    const all = suites.flatMap((s) => s.cases);
    expect(total).toMatchObject(count(all));
    const findings = json.reduce((n, r) => n + r.messages.length, 0);
    expect(total).toMatchObject({ tests: String(findings + 2), failures: String(findings), errors: '1' });
    expect(all.every((c) => c.failures.length + c.errors <= 1)).toBe(true);
  });

  it('names every test case of a suite differently: a rule\'s second finding at the same place is "#2"', async () => {
    const linter = new Linter({ config: { extends: [], rules: { 'require-core-sections': 'error' } } });
    const result = await linter.lintText('# Service specification\n\n## 1. Population needs\n\nAbout 9,000 adults in the borough smoke.\n', '/work/spec.md');
    expect(result.messages.length).toBeGreaterThan(2);
    const names = [...junit([result], context).matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toHaveLength(result.messages.length);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(['require-core-sections (whole document)', 'require-core-sections (whole document) #2', 'require-core-sections (whole document) #3']);
  });

  it('escapes document text and drops characters XML cannot hold', () => {
    const result = countMessages('/work/<a>.md', [{ ruleId: 'r', severity: 2, message: 'Say "who" & <how>\u0001', line: 1, column: 1 }]);
    const out = junit([result], context);
    const parser = new SaxesParser();
    let failure = '';
    parser.on('opentag', (tag) => {
      if (tag.name === 'failure') failure = (tag.attributes as Record<string, string>).message!;
    });
    parser.write(out).close();
    expect(failure).toBe('Say "who" & <how>');
  });

  it('keeps a newline, return or tab in a file name as it is (an attribute would read them as spaces)', () => {
    const result = countMessages('/work/new\nline\tname.md', [{ ruleId: 'r', severity: 2, message: 'm', line: 1, column: 1 }]);
    const parser = new SaxesParser();
    const names: string[] = [];
    parser.on('opentag', (tag) => {
      if (tag.name === 'testsuite') names.push((tag.attributes as Record<string, string>).name!);
    });
    parser.write(junit([result], context)).close();
    expect(names).toEqual(['new\nline\tname.md']);
  });
});

describe('a named file the ignores match: a notice, not an error, in every format', () => {
  const ignored = ignoredResult('/work/archive/old.md');
  it('SARIF: a warning notification, and the run still executed successfully', () => {
    const invocation = JSON.parse(sarif([ignored], context)).runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([expect.objectContaining({ level: 'warning' })]);
  });
  it('JUnit: a skipped test case, no error', () => {
    const out = junit([ignored], context);
    expect(out).toContain('errors="0"');
    expect(out).toContain('skipped="1"');
    expect(out).toMatch(/<testcase [^>]*name="file skipped"[^>]*>\s*<skipped message="File ignored/);
  });
  it('GitHub: a warning titled as a skipped file', () => {
    expect(github([ignored], context)).toBe('::warning file=archive/old.md,line=1,col=1,title=speclint%3A file skipped::File ignored because of a matching ignore pattern. Use --no-ignore to override.\n');
  });
});

describe('a problem with an inline directive (no rule, in the file): a warning at the directive, not a skipped file', () => {
  const directive = countMessages('/work/specs/a.md', [
    { ruleId: null, severity: 1, message: '"until 2099-02-30" is not a date speclint can read, so this directive never expires.', line: 5, column: 1 },
  ]);
  it('SARIF: a configuration notification with its line; the log says columns count UTF-16 code units', () => {
    const run = JSON.parse(sarif([directive], context)).runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.invocations[0].toolExecutionNotifications).toEqual([]);
    expect(run.invocations[0].toolConfigurationNotifications).toEqual([
      expect.objectContaining({ level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'specs/a.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 1 } } }] }),
    ]);
    expect(run.results).toEqual([]);
  });
  it('JUnit: a failure at its line, nothing skipped', () => {
    const out = junit([directive], context);
    expect(out).toContain('skipped="0"');
    expect(out).toMatch(/<testcase [^>]*name="speclint directive \(line 5, column 1\)"[^>]*>\s*<failure [^>]*type="directive"/);
  });
  it('GitHub: a warning at its line titled as a directive', () => {
    expect(github([directive], context)).toBe('::warning file=specs/a.md,line=5,col=1,title=speclint%3A directive::"until 2099-02-30" is not a date speclint can read, so this directive never expires.\n');
  });
});

void writeFileSync;

describe('a quote cut short is shown with an ellipsis, and only then', () => {
  const long = `The service will ensure equitable access for all residents, ${'whatever their circumstances, wherever they live and however they first come into contact with the service, '.repeat(3)}and at every stage of their care.`;
  const short = 'The service will ensure equitable access for all residents.';
  let results: LintResult[];
  beforeAll(async () => {
    const linter = new Linter({ config: { extends: [], rules: { 'no-vague-equity-statement': 'error' } } });
    results = [await linter.lintText(`# Service specification\n\n## 3. Scope\n\n${long}\n\n${short}\n`, '/work/spec.md')];
  });

  it('marks the long sentence\'s quote as cut and keeps the quote itself plain (the JSON contract)', () => {
    const [cut, whole] = results[0]!.messages;
    expect(long.length).toBeGreaterThan(300);
    expect(long.startsWith(cut!.quote!)).toBe(true);
    expect(cut!.quoteCut).toBe(true);
    expect(whole!.quote).toBe(short);
    expect(whole!.quoteCut).toBeUndefined();
    expect(json(results, context)).not.toContain('…');
  });

  it.each([
    ['stylish', stylish],
    ['github', github],
    ['junit', junit],
  ])('%s', (_name, format) => {
    const out = format(results, context);
    expect(out.match(/…/g)).toHaveLength(1);
    expect(out).toContain(`${results[0]!.messages[0]!.quote}…`);
  });
});
