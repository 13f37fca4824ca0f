import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';
import { builtinRules } from '../rules/index.js';

const repo = join(import.meta.dirname, '..');
const examples = join(repo, 'examples');
const VAGUE = '# Spec\n\n## 3. Scope\n\nThe service will ensure equitable provision for all.\n';
/** A config with only the vague-statement rule on. */
const VAGUE_ONLY = 'extends: []\nrules:\n  no-vague-equity-statement: error\n';
const hash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('speclint on the bundled examples', () => {
  it('reports findings a commissioner can act on and exits 1', () => {
    const run = speclint(['examples/'], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('examples/weak-community-diabetes.md');
    expect(run.stdout).toContain('3.1 Aims and objectives of service · "Care will be provided on an equitable basis to every patient');
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\) in 3 files\./);
    expect(run.stdout).not.toContain('strong-talking-therapies.md');
    expect(run.stdout).not.toContain('\u001b['); // not a terminal: no colour
  });

  it('exits 0 with a plain summary when there is nothing to report', () => {
    const run = speclint([join(examples, 'strong-talking-therapies.md')]);
    expect(run).toMatchObject({ code: 0, stdout: '✔ No problems found in 1 file.\n' });
  });

  it('lints the Markdown in the current folder when given no paths', () => {
    const run = speclint(['--format', 'json'], { cwd: examples });
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath.split('/').pop())).toEqual([
      'mixed-stop-smoking.md',
      'strong-talking-therapies.md',
      'weak-community-diabetes.md',
    ]);
  });
});

describe('--format json', () => {
  it('has exactly the shape in DESIGN.md, with quote and headingPath on findings about text', () => {
    const run = speclint(['--format', 'json', 'examples/'], { cwd: repo });
    const results = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(results).toHaveLength(3);
    for (const result of results) {
      expect(Object.keys(result)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'fatalErrorCount']);
      for (const m of result.messages as Array<Record<string, unknown>>) {
        const allowed = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fatal', 'suggestions', 'headingPath', 'quote'];
        expect(Object.keys(m).filter((k) => !allowed.includes(k))).toEqual([]);
        expect(m).toMatchObject({ ruleId: expect.any(String), severity: expect.any(Number), line: expect.any(Number), column: expect.any(Number) });
        expect(Array.isArray(m.headingPath)).toBe(true);
        if ((m.headingPath as string[]).length > 0) expect(typeof m.quote).toBe('string');
      }
    }
    const weak = results.find((r) => String(r.filePath).endsWith('weak-community-diabetes.md'))!;
    const vague = (weak.messages as Array<Record<string, unknown>>).find((m) => m.ruleId === 'no-vague-equity-statement')!;
    expect(vague.suggestions).toEqual([{ desc: expect.any(String), fix: { range: [expect.any(Number), expect.any(Number)], text: expect.stringContaining('[which groups') } }]);
  });
});

describe('exit codes and options', () => {
  it('--rule overrides the config, and --max-warnings turns warnings into exit 1', () => {
    const dir = tempTree({ 'spec.md': VAGUE, '.speclintrc.yaml': VAGUE_ONLY });
    expect(speclint(['spec.md'], { cwd: dir }).code).toBe(1);
    expect(speclint(['spec.md', '--rule', 'no-vague-equity-statement: warn'], { cwd: dir }).code).toBe(0);
    const over = speclint(['spec.md', '--rule', 'no-vague-equity-statement:warn', '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('speclint found too many warnings (1; the maximum is 0).\n');
    expect(speclint(['spec.md', '--rule', 'no-vague-equity-statement: off'], { cwd: dir }).code).toBe(0);
  });

  it('--quiet reports errors only', () => {
    const dir = tempTree({ 'spec.md': VAGUE, '.speclintrc.yaml': 'extends: []\nrules:\n  no-vague-equity-statement: warn\n  require-engagement-plan: error\n' });
    const run = speclint(['spec.md', '--quiet', '--format', 'json'], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['require-engagement-plan']);
    expect(result.warningCount).toBe(0);
    const loud = JSON.parse(speclint(['spec.md', '--format', 'json'], { cwd: dir }).stdout)[0];
    expect(loud.warningCount).toBe(1);
    // The checklist says a rule with hidden warnings ran and that --quiet hid what it found, not that it is off.
    const checklist = speclint(['spec.md', '--quiet', '--format', 'checklist'], { cwd: dir }).stdout;
    expect(checklist).toContain('--quiet hides the warnings of no-vague-equity-statement');
    expect(checklist).not.toContain('no-vague-equity-statement is turned off');
    // An action whose other rule was silent is not checked because --quiet hid what its rule found, not because
    // the specification holds nothing to judge.
    const spec = tempTree({ 'spec.md': '# Community podiatry service\n\n## 1. Population needs\n\nAbout 9% of residents are Pakistani.\n\n## 3. Scope\n\nClinics run weekly at the health centre.\n' });
    const quiet = speclint(['spec.md', '--no-config', '--quiet', '--format', 'checklist'], { cwd: spec }).stdout;
    expect(quiet).toContain('(--quiet hides the warnings of require-equity-monitoring)');
    expect(quiet).not.toContain('nothing in the specification for its rules to judge; --quiet');
  });

  it('usage mistakes exit 2 with one plain sentence', () => {
    expect(speclint(['--format', 'pdf', 'x.md'])).toMatchObject({ code: 2, stderr: 'speclint: --format "pdf" is not available; use one of: stylish, json, sarif, github, junit, html, checklist.\n' });
    expect(speclint(['--rule', 'nonsense'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--rule "nonsense" is not understood') });
    expect(speclint(['--rule', 'no-such-rule: error'])).toMatchObject({ code: 2, stderr: expect.stringContaining('"no-such-rule" is not a speclint rule') });
    // Options given with --rule are checked as a config file's are, before any file is linted.
    expect(speclint(['--no-config', '--rule', 'require-core-sections: [warn, {sections: [popluation-needs]}]', 'x.md'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^speclint: --rule "require-core-sections": "\[1\]\.sections\[0\]" must be one of "population-needs"/) });
    expect(speclint(['--no-config', '--rule', 'require-core-sections: [warn, {bogus: 1}]', 'x.md'])).toMatchObject({ code: 2, stderr: expect.stringContaining('"[1].bogus" is not a setting here') });
    expect(speclint(['--no-config', '--rule', 'no-placeholder-text: [warn, {x: 1}]', 'x.md'])).toMatchObject({ code: 2 });
    expect(speclint(['--max-warnings', 'many'])).toMatchObject({ code: 2 });
    expect(speclint(['--frobnicate']).code).toBe(2);
  });

  it('a broken config exits 2 naming the file and line', () => {
    const dir = tempTree({ 'spec.md': VAGUE, '.speclintrc.yaml': 'rules:\n  no-vague-equity-statement: sometimes\n' });
    const run = speclint(['spec.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('speclint: .speclintrc.yaml:2: "rules.no-vague-equity-statement" must be a severity, or a list [severity, options]: off, warn or error (or 0, 1, 2).\n');
    expect(run.stdout).toBe('');
  });

  it('--config uses the named file and --no-config ignores config files', () => {
    const dir = tempTree({ 'spec.md': VAGUE, '.speclintrc.yaml': 'rules:\n  no-vague-equity-statement: off\n', 'strict.yaml': 'extends: speclint:strict\n' });
    const vague = (args: string[]): number[] =>
      JSON.parse(speclint([...args, '--format', 'json', 'spec.md'], { cwd: dir }).stdout)[0]
        .messages.filter((m: { ruleId: string }) => m.ruleId === 'no-vague-equity-statement')
        .map((m: { severity: number }) => m.severity);
    expect(vague([])).toEqual([]);
    expect(vague(['--no-config'])).toEqual([2]);
    expect(vague(['-c', 'strict.yaml'])).toEqual([2]);
  });

  it('--version and --help exit 0', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(speclint(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = speclint(['--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--config', '--no-config', '--rule', '--format', '--output-file', '--max-warnings', '--quiet', '--stdin', '--stdin-filename', '--print-config', '--list-rules', '--init', '--no-ignore', '--no-color']) {
      expect(help.stdout).toContain(flag);
    }
  });

  it('--list-rules prints each rule with its default severity and description', () => {
    const run = speclint(['--list-rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^no-vague-equity-statement\s+error\s+Universal equality claims must name a group/m);
    expect(run.stdout.trim().split('\n')).toHaveLength(Object.keys(builtinRules).length);
    for (const [id, rule] of Object.entries(builtinRules)) {
      expect(run.stdout).toMatch(new RegExp(`^${id}\\s+${rule.meta.docs.recommended || 'off'}\\s+${rule.meta.docs.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    }
  });

  it('--print-config shows the resolved config for a file', () => {
    const dir = tempTree({ '.speclintrc.yaml': 'overrides:\n  - files: ["mh/**"]\n    rules: { require-engagement-plan: off }\n' });
    const config = JSON.parse(speclint(['--print-config', 'mh/crisis.md'], { cwd: dir }).stdout);
    expect(config.rules['require-engagement-plan']).toEqual([0]);
    expect(config.rules['no-vague-equity-statement']).toEqual([2]);
  });

  it('--init writes a starter config once and will not replace it', () => {
    const dir = tempTree({});
    expect(speclint(['--init'], { cwd: dir })).toMatchObject({ code: 0, stdout: expect.stringContaining('Wrote .speclintrc.yaml') });
    expect(readFileSync(join(dir, '.speclintrc.yaml'), 'utf8')).toContain('extends: [speclint:recommended]');
    expect(speclint(['--list-rules'], { cwd: dir }).code).toBe(0); // the starter config is valid
    expect(speclint(['--init'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'speclint: .speclintrc.yaml already exists here; speclint --init will not replace it.\n' });
  });

  it('colours only for a terminal or FORCE_COLOR, and never with --no-color or NO_COLOR', () => {
    const dir = tempTree({ 'spec.md': VAGUE });
    expect(speclint(['spec.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31merror');
    expect(speclint(['spec.md', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(speclint(['spec.md'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('--stdin', () => {
  it('lints standard input, named by --stdin-filename for config and output', () => {
    const dir = tempTree({ '.speclintrc.yaml': VAGUE_ONLY });
    const run = speclint(['--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], { cwd: dir, input: VAGUE });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.filePath).toBe(join(dir, 'draft.md'));
    expect(result.messages.map((m: { quote: string }) => m.quote)).toEqual(['The service will ensure equitable provision for all.']);
    const unnamed = speclint(['--stdin', '--format', 'json', '-c', join(dir, '.speclintrc.yaml')], { input: '# Fine\n' });
    expect(JSON.parse(unnamed.stdout)[0]).toMatchObject({ filePath: '<text>', messages: [] });
  });

  it('reads standard input as a file\'s bytes: a Word document, UTF-16 text, invalid UTF-8; and skips a name the ignores match', () => {
    const docx = join(import.meta.dirname, '..', 'fixtures', 'docx', 'features', 'typed-list.docx');
    const dir = tempTree({ '.speclintrc.yaml': `${VAGUE_ONLY}ignores: ["archive/**"]\n`, 'archive/.keep': '' });
    const quotes = (run: { stdout: string }) => JSON.parse(run.stdout)[0].messages.map((m: { quote?: string; message: string }) => m.quote ?? m.message);
    const fromFile = quotes(speclint(['--format', 'json', docx], { cwd: dir }));
    expect(fromFile).toEqual(['ensure fair access for all;']);
    expect(quotes(speclint(['--stdin', '--stdin-filename', 'draft.docx', '--format', 'json'], { cwd: dir, input: readFileSync(docx) }))).toEqual(fromFile);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VAGUE, 'utf16le')]);
    expect(quotes(speclint(['--stdin', '--format', 'json'], { cwd: dir, input: utf16 }))).toEqual(['The service will ensure equitable provision for all.']);
    const latin1 = speclint(['--stdin', '--format', 'json'], { cwd: dir, input: Buffer.from('The caf\xe9 will be accessible to all.\n', 'latin1') });
    expect(latin1.code).toBe(2);
    expect(quotes(latin1)[0]).toContain('is not valid UTF-8 text');
    const ignored = speclint(['--stdin', '--stdin-filename', 'archive/old.md', '--format', 'json'], { cwd: dir, input: VAGUE });
    expect(ignored.code).toBe(0);
    expect(quotes(ignored)).toEqual(['File ignored because of a matching ignore pattern. Use --no-ignore to override.']);
    expect(speclint(['--stdin', '--stdin-filename', 'archive/old.md', '--no-ignore'], { cwd: dir, input: VAGUE }).code).toBe(1);
    // .speclintignore counts as the config's ignores do.
    writeFileSync(join(dir, '.speclintignore'), 'drafts/\n');
    expect(quotes(speclint(['--stdin', '--stdin-filename', 'drafts/new.md', '--format', 'json'], { cwd: dir, input: VAGUE }))).toEqual(['File ignored because of a matching ignore pattern. Use --no-ignore to override.']);
    // --annotate copies what was read from standard input, whatever the file of that name on disk holds.
    const piped = speclint(['--stdin', '--stdin-filename', 'nothere.docx', '--annotate', 'out'], { cwd: dir, input: readFileSync(docx) });
    expect(piped.stderr).toContain('out/nothere.reviewed.docx');
    expect(existsSync(join(dir, 'out', 'nothere.reviewed.docx'))).toBe(true);
  });
});

describe('--output-file', () => {
  it('writes the report there, and refuses to overwrite an input', () => {
    const dir = tempTree({ 'spec.md': VAGUE });
    const before = hash(join(dir, 'spec.md'));
    // As ESLint, a folder that is not there yet is made (a CI job's reports/speclint.sarif).
    expect(speclint(['spec.md', '-f', 'json', '-o', 'out/reports/report.json'], { cwd: dir }).code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'reports', 'report.json'), 'utf8'))[0].messages.length).toBeGreaterThan(0);
    expect(speclint(['spec.md', '-f', 'json', '-o', 'report.json'], { cwd: dir }).code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].messages.length).toBeGreaterThan(0);
    const refused = speclint(['spec.md', '-o', 'spec.md'], { cwd: dir });
    expect(refused).toMatchObject({
      code: 2,
      stderr: 'speclint: --output-file spec.md is one of the files being linted; speclint never overwrites an input. Choose another name.\n',
    });
    expect(hash(join(dir, 'spec.md'))).toBe(before);
    expect(existsSync(join(dir, 'spec.md'))).toBe(true);
  });

  it('says a folder is a folder, even when it is also the folder linted', () => {
    const dir = tempTree({ 'sub/spec.md': VAGUE });
    expect(speclint(['-o', 'sub', 'sub'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'speclint: --output-file sub is a folder; give the name of a file to write the report to.\n' });
  });

  it('refuses to overwrite a file named on the command line that an ignore pattern skips', () => {
    const dir = tempTree({ '.speclintignore': 'archived.md\n', 'a.md': VAGUE, 'archived.md': VAGUE });
    const before = hash(join(dir, 'archived.md'));
    expect(speclint(['-o', 'archived.md', 'a.md', 'archived.md'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'speclint: --output-file archived.md is one of the files being linted; speclint never overwrites an input. Choose another name.\n',
    });
    expect(hash(join(dir, 'archived.md'))).toBe(before);
  });
});

describe('.speclintignore', () => {
  it('leaves out what it names (gitignore syntax) when searching, and skips a named file it matches with a warning unless --no-ignore', () => {
    const dir = tempTree({ '.speclintignore': '# old drafts\narchive/\n*.draft.md\n!keep.draft.md\n', 'a.md': VAGUE, 'archive/old.md': VAGUE, 'b.draft.md': VAGUE, 'keep.draft.md': VAGUE });
    const names = (args: string[]): string[] => JSON.parse(speclint(['--format', 'json', ...args], { cwd: dir }).stdout).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1));
    expect(names(['.'])).toEqual(['a.md', 'keep.draft.md']);
    expect(names(['**/*.md'])).toEqual(['a.md', 'keep.draft.md']);
    const named = speclint(['--format', 'json', 'archive/old.md', 'a.md'], { cwd: dir });
    expect(named.code).toBe(1); // a.md's findings; the ignored file only warns
    expect(JSON.parse(named.stdout).map((r: { filePath: string; messages: Array<{ message: string }> }) => [r.filePath.slice(dir.length + 1), r.messages.length])).toEqual([
      ['a.md', expect.any(Number)],
      ['archive/old.md', 1],
    ]);
    expect(JSON.parse(named.stdout)[1]).toMatchObject({
      warningCount: 1,
      errorCount: 0,
      messages: [{ ruleId: null, severity: 1, message: 'File ignored because of a matching ignore pattern. Use --no-ignore to override.' }],
    });
    const forced = JSON.parse(speclint(['--format', 'json', '--no-ignore', 'archive/old.md'], { cwd: dir }).stdout);
    expect(forced[0].messages.some((m: { ruleId: string }) => m.ruleId === 'no-vague-equity-statement')).toBe(true);
    expect(names(['--no-ignore', '.'])).toEqual(['a.md', 'archive/old.md', 'b.draft.md', 'keep.draft.md']);
  });

  it('refuses a folder or pattern whose every specification is ignored, and a pattern that only leaves files out', () => {
    const dir = tempTree({ '.speclintignore': 'archive/\n', 'a.md': VAGUE, 'archive/old.md': VAGUE, 'g/a.md': VAGUE, 'g/.hidden.md': VAGUE, 'g/logo.png': 'x', '.speclintcache': '{}' });
    for (const [arg, reason] of [
      ['archive', 'Every specification in archive is ignored (by .speclintignore or the config\'s ignores): use --no-ignore to check them.'],
      ['archive/*.md', 'Every specification matched by archive/*.md is ignored (by .speclintignore or the config\'s ignores): use --no-ignore to check them.'],
      ['!g/a.md', '!g/a.md is a pattern that leaves files out: name the files, folders or patterns to check, and list what to leave out in .speclintignore or the config\'s ignores.'],
    ]) {
      const run = speclint(['--format', 'json', arg!], { cwd: dir });
      expect(run.code).toBe(2);
      expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ fatal: true, message: reason });
    }
    expect(speclint(['--no-ignore', 'archive'], { cwd: dir }).code).toBe(1);
    // A pattern matches specifications only, and dot files only where it names one.
    const names = (arg: string): string[] => JSON.parse(speclint(['--format', 'json', arg], { cwd: dir }).stdout).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1));
    expect(names('g/*')).toEqual(['g/a.md']);
    expect(names('g/.*.md')).toEqual(['g/.hidden.md']);
    expect(names('**/*')).toEqual(['a.md', 'g/a.md']);
    // An extglob that selects is a pattern, not a leaving-out; braces and extglobs may name a dot folder.
    expect(names('g/!(b).md')).toEqual(['g/a.md']);
    expect(names('{g,g/.h*}/*.md')).toEqual(['g/a.md']);
    expect(names('g/{a,.hidden}.md')).toEqual(['g/.hidden.md', 'g/a.md']);
    expect(names('!(z).md')).toEqual(['a.md']);
  });

  it('tells what an argument matched even when another argument found it first', () => {
    const dir = tempTree({ '.speclintignore': '*.md\n!keep.md\n', 'docs/keep.md': VAGUE, 'docs/old.md': VAGUE });
    const run = speclint(['--format', 'json', 'docs/keep.md', 'docs'], { cwd: dir });
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1))).toEqual(['docs/keep.md']);
    expect(run.code).toBe(1);
    const overlapping = speclint(['--format', 'json', 'docs', 'docs/*.md'], { cwd: dir });
    expect(JSON.parse(overlapping.stdout).filter((r: { messages: Array<{ fatal?: boolean }> }) => r.messages.some((m) => m.fatal))).toEqual([]);
  });

  it('applies the config\'s ignores to named files too', () => {
    const dir = tempTree({ '.speclintrc.yaml': 'ignores: ["README.md"]\n', 'README.md': VAGUE });
    const run = speclint(['--format', 'json', 'README.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { message: string }) => m.message)).toEqual(['File ignored because of a matching ignore pattern. Use --no-ignore to override.']);
    expect(speclint(['--max-warnings', '0', 'README.md'], { cwd: dir }).code).toBe(0); // a notice, not a finding
    expect(speclint(['--no-ignore', 'README.md'], { cwd: dir }).code).toBe(1);
  });
});

describe('--report-unused-directives', () => {
  it('warns about disable comments that silence nothing', () => {
    const dir = tempTree({ 'spec.md': `<!-- speclint-disable-next-line no-vague-equity-statement -->\nNothing to silence here.\n\n${VAGUE}`, '.speclintrc.yaml': VAGUE_ONLY });
    const quiet = JSON.parse(speclint(['--format', 'json', 'spec.md'], { cwd: dir }).stdout)[0].messages;
    expect(quiet.filter((m: { ruleId: string | null }) => m.ruleId === null)).toEqual([]);
    const loud = JSON.parse(speclint(['--format', 'json', '--report-unused-directives', 'spec.md'], { cwd: dir }).stdout)[0].messages;
    expect(loud.filter((m: { ruleId: string | null }) => m.ruleId === null)).toEqual([
      expect.objectContaining({ severity: 1, line: 1, message: 'Unused speclint-disable directive: no finding of no-vague-equity-statement was silenced by it. Remove it.' }),
    ]);
  });
});

describe('--annotate', () => {
  it('writes each Word file back with comments, explains Markdown, and leaves inputs alone', () => {
    const dir = tempTree({
      'draft.docx': readFileSync(join(repo, 'fixtures', 'docx', 'pandoc', 'mental-health-crisis.docx')),
      'notes.md': VAGUE,
    });
    const before = hash(join(dir, 'draft.docx'));
    const run = speclint(['--annotate', 'reviewed', '--format', 'json', 'draft.docx', 'notes.md'], { cwd: dir });
    expect(run.code).toBe(1);
    const comments = JSON.parse(run.stdout)[0].messages.length;
    expect(run.stderr).toBe(
      `Wrote reviewed/draft.reviewed.docx (${comments} comments).\nAnnotating works on Word files; notes.md is Markdown: its findings are in the report.\n`,
    );
    expect(existsSync(join(dir, 'reviewed', 'draft.reviewed.docx'))).toBe(true);
    expect(hash(join(dir, 'draft.docx'))).toBe(before);
  });
});

describe('bulk suppressions through the built command', () => {
  // suppressions.test.ts runs every case in-process; this one goes through the bin, as a team's CI would.
  it('--suppress-all records the findings, a later run exits 0, and a new finding exits 1', () => {
    const dir = tempTree({ '.speclintrc.yaml': VAGUE_ONLY, 'specs/a.md': VAGUE });
    expect(speclint(['--suppress-all', 'specs'], { cwd: dir })).toMatchObject({ code: 0, stderr: expect.stringMatching(/speclint-suppressions\.json now records 1 finding/) });
    expect(speclint(['--max-warnings', '0', 'specs'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(join(dir, 'specs/b.md'), VAGUE);
    expect(speclint(['specs'], { cwd: dir }).code).toBe(1);
  });
});

describe('stylish output of hostile text', () => {
  it('prints no control characters from the document, so no terminal escape codes', () => {
    const dir = tempTree({ 'spec.md': '# Spec\n\n## 3. Scope\n\nThe service will ensure equitable provision for all \u001b[2J\u001b]0;owned\u0007.\n', '.speclintrc.yaml': VAGUE_ONLY });
    const run = speclint(['spec.md'], { cwd: dir });
    expect(run.stdout).toContain('"The service will ensure equitable provision for all [2J]0;owned."');
    expect(run.stdout).not.toContain('\u001b');
  });
});

describe('speclint serve', () => {
  it('serves the browser checker on localhost with a policy that forbids network connections', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./helpers/cli.js');
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr!.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(err);
          if (m) resolve(m[0]);
        });
        child.on('exit', () => reject(new Error(`serve exited: ${err}`)));
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("connect-src 'none'");
      expect(await response.text()).toContain('<html');
    } finally {
      child.kill('SIGINT');
    }
  });

  it('warns, in a source checkout, when the built checker is older than its sources', async () => {
    const { utimesSync } = await import('node:fs');
    const { staleBuildWarning } = await import('../src/cli/serve.js');
    const dir = tempTree({ 'dist/web/checker.js': '', 'web/src/main.ts': '', 'src/a.ts': '', 'rules/lexicons/b.yaml': '' });
    const at = (path: string, seconds: number): void => utimesSync(join(dir, path), seconds, seconds);
    for (const path of ['web/src/main.ts', 'src/a.ts', 'rules/lexicons/b.yaml']) at(path, 1_000_000);
    at('dist/web/checker.js', 2_000_000);
    expect(staleBuildWarning(join(dir, 'dist/web'), dir)).toBeUndefined();
    at('rules/lexicons/b.yaml', 3_000_000);
    expect(staleBuildWarning(join(dir, 'dist/web'), dir)).toMatch(/was built before its sources last changed.*npm run build:web/);
    // An installed package has the build and no sources: nothing to compare.
    expect(staleBuildWarning(join(dir, 'dist/web'), join(dir, 'dist'))).toBeUndefined();
  });

  it('refuses a port that is not a port', () => {
    expect(speclint(['serve', '--port', 'eighty'])).toMatchObject({ code: 2, stderr: 'speclint: --port needs a number from 0 to 65535, not "eighty".\n' });
  });
});
