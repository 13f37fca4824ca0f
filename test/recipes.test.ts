/** The CI recipes are valid and the commands they run work as written. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Step { id?: string; name?: string; uses?: string; if?: string; run?: string; shell?: string; env?: Record<string, string>; 'continue-on-error'?: boolean }
interface JsonResult { filePath: string; messages: Array<{ ruleId: string | null; severity: 1 | 2; line: number; message: string }> }

/** GitHub's expression substitution, for the expressions the action's env blocks use. */
const expand = (value: string, context: { inputs: Record<string, string>; outputs: Record<string, string> }): string =>
  value.replace(/\$\{\{\s*(inputs\.([\w-]+)|steps\.lint\.outputs\.([\w-]+))\s*\}\}/g, (_, _e, input: string, output: string) =>
    input !== undefined ? (context.inputs[input] ?? '') : (context.outputs[output] ?? ''),
  );

/** The key=value lines a step appended to $GITHUB_OUTPUT. */
const outputsOf = (file: string): Record<string, string> =>
  Object.fromEntries(readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

describe('action.yml', () => {
  const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8'));
  const steps = action.runs.steps as Step[];

  it('passes its inputs through env, installs no dev dependency, lints once, uploads SARIF only when asked and never fails on it', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of steps) expect(step.run ?? '').not.toMatch(/\$\{\{/);
    const install = steps.find((s) => s.name === 'Install speclint')!;
    expect(install.run).toMatch(/npm ci --omit=dev --ignore-scripts/);
    const lint = steps.find((s) => s.id === 'lint')!;
    expect(lint.env).toMatchObject({ INPUT_PATHS: '${{ inputs.paths }}', INPUT_ARGS: '${{ inputs.args }}' });
    expect(lint.run!.match(/node /g)).toHaveLength(1);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(action.inputs['upload-sarif'].default).toBe('false');
    expect(upload['continue-on-error']).toBe(true);
    expect(upload.if).toMatch(/inputs\.upload-sarif == 'true'/);
    expect(upload.if).toMatch(/!github\.event\.pull_request\.head\.repo\.fork/);
  });

  it('replayed as GitHub runs it: a ** glob and a path with spaces reach speclint whole; annotations and the job summary list every finding', () => {
    const weak = readFileSync(join(repo, 'examples', 'weak-community-diabetes.md'), 'utf8');
    const mixed = readFileSync(join(repo, 'examples', 'mixed-stop-smoking.md'), 'utf8');
    const strong = readFileSync(join(repo, 'examples', 'strong-talking-therapies.md'), 'utf8');
    // A shell would expand specs/**/*.md (without globstar) to specs/*/*.md: only specs/deep/c.md.
    const workspace = tempTree({
      'specs/top.md': weak.replace('accessible to all and that', 'accessible to all | and that'),
      'specs/deep/c.md': strong,
      'specs/deep/nested/b.md': mixed,
      'My Specs/draft one.md': weak,
      'My Specs/not this one.md': weak,
    });
    const inputs: Record<string, string> = {
      ...Object.fromEntries(Object.entries(action.inputs as Record<string, { default: string }>).map(([k, v]) => [k, v.default])),
      paths: 'specs/**/*.md\n  My Specs/draft one.md  \n',
      args: `--max-warnings 0 --rule "require-language-access: off"`,
    };
    const github = tempTree({ output: '', summary: '' });
    const env = { GITHUB_ACTION_PATH: repo, GITHUB_OUTPUT: join(github, 'output'), GITHUB_STEP_SUMMARY: join(github, 'summary'), GITHUB_WORKSPACE: workspace };
    const runs: Record<string, { code: number; stdout: string; stderr: string }> = {};
    for (const step of steps) {
      // setup-node and the upload are other actions; the install step would change this checkout's node_modules.
      if (!step.run || step.name === 'Install speclint') continue;
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, { inputs, outputs: outputsOf(env.GITHUB_OUTPUT) })]));
      const script = join(github, `${step.id ?? 'step'}.sh`);
      writeFileSync(script, step.run);
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env: { ...process.env, ...env, ...stepEnv }, encoding: 'utf8' });
      runs[step.name ?? step.id ?? ''] = { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
    }

    // What speclint reports for the same files and options, run directly.
    const direct = speclint(['--format', 'json', '--rule', 'require-language-access: off', 'specs/**/*.md', 'My Specs/draft one.md'], { cwd: workspace });
    const results = JSON.parse(direct.stdout) as JsonResult[];
    const files = results.map((r) => relative(workspace, r.filePath)).sort();
    expect(files).toEqual(['My Specs/draft one.md', 'specs/deep/c.md', 'specs/deep/nested/b.md', 'specs/top.md']);
    const findings = results.flatMap((r) => r.messages.map((m) => ({ ...m, file: relative(workspace, r.filePath) })));
    expect(findings.length).toBeGreaterThan(10);
    expect(findings.some((m) => m.ruleId === 'require-language-access')).toBe(false);

    const lint = runs['Lint specifications']!;
    expect(lint.code).toBe(0);
    expect(outputsOf(env.GITHUB_OUTPUT)).toMatchObject({ 'exit-code': '1', sarif: 'true' });
    expect(JSON.parse(readFileSync(join(workspace, 'speclint.sarif'), 'utf8')).version).toBe('2.1.0');
    // One annotation per finding.
    const annotations = lint.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(findings.length);
    for (const f of findings) {
      expect(annotations).toContainEqual(expect.stringMatching(new RegExp(`^::${f.severity === 2 ? 'error' : 'warning'} file=${escapeRegExp(f.file)},line=${f.line},`)));
    }
    // The job summary: a table row per finding, pipes escaped so each row keeps five cells.
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    const rows = summary.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| File ') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(findings.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
    for (const f of findings) {
      const row = `| ${f.file} | ${f.line} | \`${f.ruleId}\` | ${f.severity === 2 ? 'error' : 'warning'} | `;
      expect(rows.some((r) => r.startsWith(row))).toBe(true);
    }
    expect(summary).toContain('accessible to all \\| and that');
    expect(summary).not.toMatch(/not this one/);
    // The last step fails the job with speclint's exit code.
    expect(runs['Fail on errors']!.code).toBe(1);
  });

  it('splits args as a shell would without expanding anything, and a clean run passes', () => {
    const workspace = tempTree({ 'specs/$HOME *.md': readFileSync(join(repo, 'examples', 'strong-talking-therapies.md'), 'utf8') });
    const github = tempTree({ output: '', summary: '' });
    const run = spawnSync(process.execPath, [join(repo, 'action', 'lint.mjs')], {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, INPUT_PATHS: 'specs/$HOME *.md', INPUT_ARGS: `--max-warnings '0' --rule "no-vague-equity-statement: off"`, INPUT_SARIF_FILE: 'out $(id).sarif', GITHUB_OUTPUT: join(github, 'output'), GITHUB_STEP_SUMMARY: join(github, 'summary') },
    });
    expect(run.stdout).toBe('');
    expect(outputsOf(join(github, 'output'))).toMatchObject({ 'exit-code': '0', sarif: 'true' });
    expect(readFileSync(join(workspace, 'out $(id).sarif'), 'utf8')).toContain('"version": "2.1.0"');
    expect(readFileSync(join(github, 'summary'), 'utf8')).toMatch(/0 errors and 0 warnings[\s\S]*No findings\./);
  });

  it('sarif-file: made in a folder not there yet; never deletes or replaces an input named by mistake; a folder or a stale report is no report', () => {
    const good = readFileSync(join(repo, 'examples', 'strong-talking-therapies.md'), 'utf8');
    const workspace = tempTree({ 'specs/good.md': good, 'old/speclint.sarif': 'an earlier run' });
    const github = tempTree({ output: '', summary: '' });
    const action = (sarifFile: string, args = ''): ReturnType<typeof spawnSync> => {
      writeFileSync(join(github, 'output'), '');
      return spawnSync(process.execPath, [join(repo, 'action', 'lint.mjs')], {
        cwd: workspace,
        encoding: 'utf8',
        env: { ...process.env, INPUT_PATHS: 'specs', INPUT_ARGS: args, INPUT_SARIF_FILE: sarifFile, GITHUB_OUTPUT: join(github, 'output'), GITHUB_STEP_SUMMARY: join(github, 'summary') },
      });
    };
    action('reports/ci/speclint.sarif');
    expect(outputsOf(join(github, 'output'))).toMatchObject({ 'exit-code': '0', sarif: 'true' });
    expect(readFileSync(join(workspace, 'reports', 'ci', 'speclint.sarif'), 'utf8')).toContain('"version": "2.1.0"');
    const onInput = action('specs/good.md');
    expect(readFileSync(join(workspace, 'specs', 'good.md'), 'utf8')).toBe(good);
    expect(onInput.stderr).toContain('is one of the files being linted');
    expect(outputsOf(join(github, 'output'))).toMatchObject({ 'exit-code': '2', sarif: 'false' });
    const onFolder = action('old');
    expect(onFolder.stderr).toMatch(/^speclint: --output-file \S+\/old is a folder; give the name of a file to write the report to\.\n$/);
    expect(outputsOf(join(github, 'output'))).toMatchObject({ 'exit-code': '2', sarif: 'false' });
    // speclint stops before writing (an unknown rule): the earlier run's report is not read as this one's.
    action('old/speclint.sarif', '--rule "no-such-rule: error"');
    expect(outputsOf(join(github, 'output'))).toMatchObject({ 'exit-code': '2', sarif: 'false' });
  });

  it('reports a named file the ignores match as a skipped file (a warning), keeps Markdown in names inert, and refuses a format in args', () => {
    const weak = readFileSync(join(repo, 'examples', 'weak-community-diabetes.md'), 'utf8');
    const workspace = tempTree({ '.speclintignore': 'archive/\n', 'archive/old.md': weak, 'specs/a_[b](c)!.md': weak });
    const github = tempTree({ output: '', summary: '' });
    const env = { ...process.env, INPUT_SARIF_FILE: 'speclint.sarif', GITHUB_OUTPUT: join(github, 'output'), GITHUB_STEP_SUMMARY: join(github, 'summary') };
    const run = spawnSync(process.execPath, [join(repo, 'action', 'lint.mjs')], { cwd: workspace, encoding: 'utf8', env: { ...env, INPUT_PATHS: 'archive/old.md\nspecs/a_[b](c)!.md', INPUT_ARGS: '' } });
    expect(run.stdout).toContain('::warning file=archive/old.md,line=1,col=1,title=speclint%3A file skipped::File ignored');
    expect(run.stdout).not.toContain('file not read');
    const summary = readFileSync(join(github, 'summary'), 'utf8');
    expect(summary).toContain('| archive/old.md | 1 | file skipped | warning |');
    expect(summary).toContain('specs/a\\_\\[b\\]\\(c\\)\\!.md');
    // A directive's problem is annotated at the directive, as --format github does, not as a skipped file.
    writeFileSync(join(workspace, 'specs', 'dated.md'), `${weak}\n<!-- speclint-disable-next-line no-vague-equity-statement -- agreed until 2099-02-30 -->\nThe service will be open to all.\n`);
    const dated = spawnSync(process.execPath, [join(repo, 'action', 'lint.mjs')], { cwd: workspace, encoding: 'utf8', env: { ...env, INPUT_PATHS: 'specs/dated.md', INPUT_ARGS: '' } });
    const line = weak.split('\n').length + 1;
    expect(dated.stdout).toContain(`::warning file=specs/dated.md,line=${line},col=1,title=speclint%3A directive::"until 2099-02-30" is not a date`);
    expect(dated.stdout).not.toContain('file skipped');
    expect(readFileSync(join(github, 'summary'), 'utf8')).toContain(`| specs/dated.md | ${line} | directive | warning |`);
    const refused = spawnSync(process.execPath, [join(repo, 'action', 'lint.mjs')], { cwd: workspace, encoding: 'utf8', env: { ...env, INPUT_PATHS: 'specs', INPUT_ARGS: '-f stylish' } });
    expect(refused.stderr).toBe('speclint action: args: -f is set by the action (it reads the SARIF report it writes); use the sarif-file input to choose where that goes\n');
    expect(outputsOf(join(github, 'output'))).toMatchObject({ 'exit-code': '2' });
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(repo, '.pre-commit-hooks.yaml'), 'utf8'));
  it('defines a speclint hook for Markdown and Word files', () => {
    expect(hooks).toEqual([expect.objectContaining({ id: 'speclint', entry: 'speclint', language: 'node' })]);
    // pre-commit reads the pattern with Python's re, whose (?i) JavaScript takes as a flag.
    const [, insensitive, source] = /^(\(\?i\))?(.*)$/s.exec(hooks[0].files)!;
    const files = new RegExp(source!, insensitive ? 'i' : '');
    expect(['spec.md', 'a/b.markdown', 'draft.docx', 'Spec.DOCX', 'x/Y.MD'].every((f) => files.test(f))).toBe(true);
    expect(['notes.txt', 'old.doc'].some((f) => files.test(f))).toBe(false);
  });

  it('runs on the staged file names pre-commit passes, and fails the commit on errors', () => {
    const dir = tempTree({
      'good.md': readFileSync(join(repo, 'examples', 'strong-talking-therapies.md'), 'utf8'),
      'weak.md': readFileSync(join(repo, 'examples', 'weak-community-diabetes.md'), 'utf8'),
    });
    expect(speclint(['good.md'], { cwd: dir }).code).toBe(0);
    expect(speclint(['good.md', 'weak.md'], { cwd: dir }).code).toBe(1);
  });
});

describe('the committed CLI bundle (bundle/)', () => {
  it('is the bundle a fresh build makes from the sources (else: npm run bundle, and commit bundle/)', () => {
    // npm test builds dist/cli from the sources just before the tests run.
    const fresh = readdirSync(join(repo, 'dist', 'cli')).sort();
    const committed = readdirSync(join(repo, 'bundle')).sort();
    expect(committed, 'bundle/ is stale: run "npm run bundle" and commit bundle/').toEqual(fresh);
    const stale = fresh.filter((name) => !readFileSync(join(repo, 'bundle', name)).equals(readFileSync(join(repo, 'dist', 'cli', name))));
    expect(stale, 'bundle/ is stale: run "npm run bundle" and commit bundle/').toEqual([]);
  });
});

describe('the built CLI (dist/cli)', () => {
  it('is compiled from the code cache the build made: bin/speclint.js sets its V8 flags only afterwards, since V8 rejects a cache made under other flags', () => {
    // Reports, as the process exits, whether V8 took the cache offered with the bundle.
    const preload = join(
      tempTree({
        'report-cache.mjs': [
          "import vm from 'node:vm';",
          'const Script = vm.Script;',
          'vm.Script = class extends Script {',
          '  constructor(code, options) {',
          '    super(code, options);',
          "    if (options?.cachedData) process.on('exit', () => process.stderr.write(`code cache rejected: ${this.cachedDataRejected}\\n`));",
          '  }',
          '};',
        ].join('\n'),
      }),
      'report-cache.mjs',
    );
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, join(repo, 'bin', 'speclint.js'), '--no-config', join(repo, 'examples', 'weak-community-diabetes.md')], { cwd: repo, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toBe('code cache rejected: false\n');
  });
});

/**
 * The real client, from a clone of this repository: Debian's pre-commit 3 (scripts/ensure-system-deps.sh).
 * It runs `npm install` (with dev dependencies) and `npm pack` in the clone, then installs the tarball
 * globally; pre-commit 4 runs `npm install --allow-git=root --install-links -g git+file://<clone>`, replayed
 * below with npm as it would run it, since pre-commit 4 cannot be installed from this machine's package sources.
 * Both fetch packages from the npm registry.
 */
describe('the pre-commit hook, installed by pre-commit from a clone', () => {
  const weak = readFileSync(join(repo, 'examples', 'weak-community-diabetes.md'), 'utf8');
  const strong = readFileSync(join(repo, 'examples', 'strong-talking-therapies.md'), 'utf8');
  const work = tempTree({ 'specs/spec.md': weak });
  const clone = join(work, 'speclint');
  const specs = join(work, 'specs');
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  git(work, 'clone', '-q', repo, clone);
  git(specs, 'init', '-q');
  git(specs, 'add', 'spec.md');
  const env = { ...process.env, PRE_COMMIT_HOME: join(work, 'pre-commit-home'), npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };

  it('pre-commit 3 (Debian) installs it with try-repo; it fails on a vague specification and passes on a clean one', () => {
    expect(spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^pre-commit 3\./);
    writeFileSync(join(specs, 'spec.md'), weak);
    const failing = spawnSync('pre-commit', ['try-repo', clone, 'speclint', '--files', 'spec.md'], { cwd: specs, env, encoding: 'utf8' });
    expect(failing.stdout + failing.stderr).toMatch(/speclint\.+Failed/);
    expect(failing.stdout).toMatch(/no-vague-equity-statement/);
    expect(failing.status).toBe(1);
    writeFileSync(join(specs, 'spec.md'), strong);
    const passing = spawnSync('pre-commit', ['try-repo', clone, 'speclint', '--files', 'spec.md'], { cwd: specs, env, encoding: 'utf8' });
    expect(passing.stdout + passing.stderr).toMatch(/speclint\.+Passed/);
    expect(passing.status).toBe(0);
  }, 20 * 60_000);

  it("pre-commit 4's install command works without dev dependencies: the committed bundle, nothing built", () => {
    const prefix = join(work, 'pre-commit-4-env');
    const install = spawnSync('npm', ['install', '--allow-git=root', '--install-links', '-g', `git+file://${clone}`], {
      cwd: clone,
      env: { ...env, npm_config_prefix: prefix },
      encoding: 'utf8',
    });
    expect(install.stderr).not.toMatch(/tsc: not found/);
    expect(install.status).toBe(0);
    const installed = join(prefix, 'lib', 'node_modules', 'speclint');
    expect(existsSync(join(installed, 'bundle', 'speclint.cjs'))).toBe(true);
    expect(existsSync(join(installed, 'dist'))).toBe(false);
    writeFileSync(join(specs, 'spec.md'), weak);
    expect(spawnSync(join(prefix, 'bin', 'speclint'), ['spec.md'], { cwd: specs, encoding: 'utf8' }).status).toBe(1);
    writeFileSync(join(specs, 'spec.md'), strong);
    expect(spawnSync(join(prefix, 'bin', 'speclint'), ['spec.md'], { cwd: specs, encoding: 'utf8' }).status).toBe(0);
  }, 20 * 60_000);
});
