/** Machine formats for CI: SARIF (checked against the official schema and Microsoft's validator), GitHub workflow commands, JUnit XML. */
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import github from '../src/formatters/github.js';
import junit from '../src/formatters/junit.js';
import type { FormatterContext } from '../src/formatters/types.js';
import { countMessages, fatalResult } from '../src/core/messages.js';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const inputs = ['examples/', 'fixtures/docx/pandoc/mental-health-crisis.docx', 'missing.md'];
const context: FormatterContext = { cwd: '/work', color: false, rules: {}, docsUrl: (id) => `https://example.invalid/${id}`, version: '0.0.0' };

describe('--format sarif', () => {
  const run = speclint(['--format', 'sarif', ...inputs], { cwd: repo });
  const log = JSON.parse(run.stdout);

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
    expect(vague).toMatchObject({ shortDescription: { text: expect.any(String) }, helpUri: expect.stringMatching(/^file:\/\/.*no-vague-equity-statement\.md$/), defaultConfiguration: { level: 'error' } });
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

  it("passes Microsoft's SARIF validator", () => {
    const tool = join(repo, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
    expect(existsSync(tool), 'npm ci installs @microsoft/sarif-multitool').toBe(true);
    chmodSync(tool, 0o755); // npm does not run install scripts, so the run bit is not set
    const dir = tempTree({ 'speclint.sarif': run.stdout });
    const result = spawnSync(tool, ['validate', join(dir, 'speclint.sarif'), '--output', join(dir, 'validation.sarif')], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 120_000,
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/: error /);
  });
});

const require_ = createRequire(import.meta.url);

describe('--format github', () => {
  it('prints one workflow command per finding, in GitHub syntax', () => {
    const run = speclint(['--format', 'github', 'examples/', 'fixtures/docx/pandoc/mental-health-crisis.docx'], { cwd: repo });
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
  it('is well-formed XML with one test case per file and a failure per finding', () => {
    const run = speclint(['--format', 'junit', 'examples/', 'missing.md'], { cwd: repo });
    const json = JSON.parse(speclint(['--format', 'json', 'examples/'], { cwd: repo }).stdout) as Array<{ messages: unknown[] }>;
    const findings = json.reduce((n, r) => n + r.messages.length, 0);
    const cases: Array<{ name: string; failures: string[]; errors: number }> = [];
    let suites: Record<string, string> = {};
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'testsuites') suites = a;
      if (tag.name === 'testcase') cases.push({ name: a.name!, failures: [], errors: 0 });
      if (tag.name === 'failure') cases[cases.length - 1]!.failures.push(a.type!);
      if (tag.name === 'error') cases[cases.length - 1]!.errors++;
    });
    parser.write(run.stdout).close();
    expect(cases.map((c) => c.name)).toEqual(['examples/mixed-stop-smoking.md', 'examples/strong-talking-therapies.md', 'examples/weak-community-diabetes.md', 'missing.md']);
    expect(cases.reduce((n, c) => n + c.failures.length, 0)).toBe(findings);
    expect(suites).toMatchObject({ tests: '4', failures: String(findings), errors: '1' });
    expect(cases[3]!.errors).toBe(1);
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
});

void writeFileSync;
