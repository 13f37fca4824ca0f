/** --format checklist and the key-action statuses it shares with the HTML report. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import checklist from '../src/formatters/checklist.js';
import type { FormatterContext } from '../src/formatters/types.js';
import { Linter, type LinterOptions } from '../src/linter.js';
import { countMessages, fatalResult, ignoredResult, type LintResult } from '../src/core/messages.js';
import { builtinRules } from '../rules/index.js';
import { assess, type Status } from '../src/report/key-actions.js';
import { speclint } from './helpers/cli.js';
import { lintWithFailingRule } from './helpers/key-actions.js';

const repo = join(import.meta.dirname, '..');
const FILES = {
  strong: 'examples/strong-talking-therapies.md',
  mixed: 'examples/mixed-stop-smoking.md',
  weak: 'examples/weak-community-diabetes.md',
  word: 'fixtures/docx/pandoc/mental-health-crisis.docx',
};

async function lint(files: string[], options: LinterOptions = {}): Promise<{ results: LintResult[]; context: FormatterContext }> {
  const linter = new Linter({ cwd: repo, useConfigFiles: false, ...options });
  const results = [];
  for (const file of files) results.push(await linter.lintFile(join(repo, file), join(repo, file)));
  const context: FormatterContext = {
    cwd: repo,
    color: false,
    rules: await linter.rules(),
    docsUrl: (id) => id,
    version: '0.0.0',
    checkedAt: new Date('2026-12-06T12:30:00Z'),
    configuration: { extends: ['speclint:recommended'] },
  };
  return { results, context };
}

const statuses = (result: LintResult): Record<string, Status> =>
  Object.fromEntries(assess(result, builtinRules)!.map((a) => [a.action.id, a.status]));

/** The strong example with its population needs section taken out. */
const withoutNeedsSection = (): string =>
  readFileSync(join(repo, FILES.strong), 'utf8').replace(/^## 1\. Population Needs\n[\s\S]*?(?=^## 2\.)/m, '');

describe('key-action statuses', () => {
  it('decides each key action on the examples', async () => {
    const { results } = await lint([FILES.strong, FILES.mixed, FILES.weak, FILES.word]);
    const [strong, mixed, weak, word] = results.map(statuses);
    expect(strong).toEqual({ needs: 'met', response: 'met', language: 'met', recording: 'met', outcomes: 'met', engagement: 'met', monitoring: 'met' });
    // Vague claims beside a specific commitment (a smokeless tobacco pathway for Bangladeshi women): partly.
    expect(mixed).toEqual({ needs: 'met', response: 'partly', language: 'met', recording: 'met', outcomes: 'met', engagement: 'partly', monitoring: 'met' });
    // Every equality statement vague, and no specific one: the response is not met.
    // A passing mention of "stakeholders" with no who, how, when or feedback is no plan at all.
    expect(weak).toEqual({ needs: 'not-met', response: 'not-met', language: 'not-met', recording: 'not-met', outcomes: 'not-met', engagement: 'not-met', monitoring: 'not-met' });
    expect(word).toEqual({ needs: 'not-met', response: 'not-met', language: 'not-met', recording: 'not-met', outcomes: 'not-met', engagement: 'partly', monitoring: 'not-met' });
  });

  it('says where each met action was found, from the rules\' evidence', async () => {
    const { results } = await lint([FILES.strong]);
    for (const a of assess(results[0]!, builtinRules)!) {
      expect(a.evidence.length, a.action.id).toBeGreaterThan(0);
      expect(a.evidence.every((e) => e.keyAction === a.action.id && builtinRules[e.ruleId]!.meta.keyAction!.id === a.action.id)).toBe(true);
    }
    const needs = assess(results[0]!, builtinRules)!.find((a) => a.action.id === 'needs')!;
    expect(needs.evidence[0]).toMatchObject({ ruleId: 'require-ethnicity-needs-analysis', line: 18, headingPath: expect.arrayContaining(['1. Population Needs']) });
    expect(needs.evidence[0]!.quote).toMatch(/^At the 2021 Census, 22% of residents/);
  });

  it('does not call needs analysis met in a draft with no population needs section, and says why', async () => {
    const linter = new Linter({ cwd: repo, useConfigFiles: false });
    const result = await linter.lintText(withoutNeedsSection(), 'no-needs.md');
    const needs = assess(result, builtinRules)!.find((a) => a.action.id === 'needs')!;
    expect(needs).toMatchObject({ status: 'not-checked', reason: 'there is no population needs section to judge' });
    // The missing section itself is require-core-sections' finding.
    expect(result.messages.some((m) => m.ruleId === 'require-core-sections')).toBe(true);
    expect(statuses(result)).toMatchObject({ response: 'met', language: 'met', engagement: 'met' });
  });

  it('is "not met" for a specific service response when the draft makes no equality statement at all', async () => {
    const linter = new Linter({ cwd: repo, useConfigFiles: false });
    const result = await linter.lintText('# Service specification\n\n## 3. Scope\n\nThe service offers advice on diet and exercise.\n', 'bare.md');
    const response = assess(result, builtinRules)!.find((a) => a.action.id === 'response')!;
    expect(response).toMatchObject({ status: 'not-met', deciding: [], evidence: [] });
    expect(response.reason).toMatch(/^no equality commitment was found/);
  });

  it('names the findings that decided a status', async () => {
    const { results } = await lint([FILES.weak, FILES.word]);
    const weak = assess(results[0]!, builtinRules)!;
    const engagement = weak.find((a) => a.action.id === 'engagement')!;
    expect(engagement).toMatchObject({ status: 'not-met', evidence: [] });
    expect(engagement.deciding.map((m) => m.ruleId)).toEqual(['require-engagement-plan']);
    const response = weak.find((a) => a.action.id === 'response')!;
    expect(response.deciding.length).toBe(6);
    expect(new Set(response.deciding.map((m) => m.ruleId))).toEqual(new Set(['no-vague-equity-statement']));
    // Document-level findings ("there is no provision at all") make a key action not met.
    const language = assess(results[1]!, builtinRules)!.find((a) => a.action.id === 'language')!;
    expect(language).toMatchObject({ status: 'not-met', deciding: [expect.objectContaining({ documentLevel: true, ruleId: 'require-language-access' })] });
  });

  it('is "not checked" when none of its rules ran, and says which were off when some did', async () => {
    const { results } = await lint([FILES.strong], {
      rules: { 'require-language-access': 'off', 'require-equity-monitoring': 'off', 'no-tick-box-equality-assessment': 'off', 'no-provider-deferral': 'off' },
    });
    const byId = Object.fromEntries(assess(results[0]!, builtinRules)!.map((a) => [a.action.id, a]));
    expect(byId.language!.status).toBe('not-checked');
    expect(byId.monitoring!.status).toBe('not-checked');
    expect(byId.response).toMatchObject({ status: 'met', off: ['no-provider-deferral'] });
    expect(byId.needs).toMatchObject({ status: 'met', off: [] });
  });

  it('is "not checked" when its rule failed on the file, not "met", and says so', async () => {
    const { context } = await lint([]);
    const result = await lintWithFailingRule(join(repo, FILES.strong), 'require-language-access');
    const language = assess(result, builtinRules)!.find((a) => a.action.id === 'language')!;
    expect(language).toMatchObject({ status: 'not-checked', evidence: [] });
    expect(language.failures).toEqual([expect.objectContaining({ ruleId: 'require-language-access', ruleFailure: true })]);
    // The other key actions are decided as before.
    expect(statuses(result)).toMatchObject({ needs: 'met', response: 'met', monitoring: 'met' });
    expect(checklist([result], context)).toContain('  – not checked  Language access\n                   (require-language-access failed on this file, so its findings are missing)');
  });

  it('has nothing to assess in a file that could not be read', () => {
    expect(assess(fatalResult('/x/missing.md', 'missing.md does not exist: check the path.'), builtinRules)).toBeUndefined();
  });
});

describe('--format checklist', () => {
  it('lists each key action with its status and deciding finding', async () => {
    const { results, context } = await lint([FILES.strong, FILES.weak]);
    const out = checklist(results, context);
    expect(out).toContain(
      [
        'examples/strong-talking-therapies.md',
        '  ✔ met          Needs analysed by ethnicity',
        '                   line 18: "At the 2021 Census, 22% of residents belonged to minority ethnic groups…" (local need described by ethnic group)',
        '  ✔ met          A specific service response',
      ].join('\n'),
    );
    expect(out).toContain('  7 of 7 key actions met, 0 partly, 0 not met, 0 not checked.');
    expect(out.split('\n').filter((l) => l.startsWith('  ✔ met')).length).toBe(7);
    expect(out).toMatch(/ {2}✖ not met {6}An engagement plan\n {19}line \d+.*\(require-engagement-plan\)\n/);
    expect(out).toContain('  ✖ not met      Needs analysed by ethnicity\n                   line 11, section "1. Population Needs": The population needs section does not describe local need by ethnic group. (require-ethnicity-needs-analysis)');
    expect(out).toContain('                   and 4 more findings\n');
    expect(out).toContain('                   whole document: The specification does not require the provider to record ethnicity');
    expect(out).toContain('  ✖ not met      A specific service response\n                   line 54: "Care will be provided on an equitable basis');
    // A met action points at what was found.
    expect(out).toContain('  ✔ met          Equity monitoring\n                   line 88: "The provider will complete an equity audit');
    expect(out.trimEnd().split('\n').at(-1)).toBe('2 specifications: 7 of 14 key actions met, 0 partly, 7 not met, 0 not checked.');
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('shows Word paragraphs, rules turned off, and unreadable files', async () => {
    const { results, context } = await lint([FILES.word], { rules: { 'require-language-access': 'off' } });
    results.push(fatalResult(join(repo, 'missing.md'), 'missing.md does not exist: check the path.'));
    const out = checklist(results, context);
    expect(out).toContain('¶32: "The service will be delivered in a way that is fair and equitable to all." (no-vague-equity-statement)');
    expect(out).toContain('  – not checked  Language access\n                   (require-language-access is turned off)');
    expect(out).toContain('missing.md\n  could not be read: missing.md does not exist: check the path.');
    expect(out).toContain('1 specification: 0 of 7 key actions met, 1 partly, 5 not met, 1 not checked; 1 file could not be read.');
  });

  it('says a file the ignores skipped was not checked, not that its rules are off', async () => {
    const { results, context } = await lint([FILES.weak]);
    results.push(ignoredResult(join(repo, 'archive', 'old.md')));
    const out = checklist(results, context);
    expect(out).toContain('archive/old.md\n  not checked: File ignored because of a matching ignore pattern. Use --no-ignore to override.\n');
    expect(out).not.toContain('turned off');
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 specification: 0 of 7 key actions met, 0 partly, 7 not met, 0 not checked; 1 file skipped by the ignore patterns.');
    // --quiet hides the notice with the other warnings; the file is still said to be skipped, and why.
    const quiet = results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 }));
    expect(checklist(quiet, context)).toContain('archive/old.md\n  not checked: File ignored because of a matching ignore pattern. Use --no-ignore to override.\n');
  });

  it('says findings were silenced, not that the specification lacks what they judge', async () => {
    const weak = readFileSync(join(repo, FILES.weak), 'utf8');
    const linter = new Linter({ cwd: repo, useConfigFiles: false });
    const disabled = await linter.lintText(`<!-- speclint-disable -->\n${weak}`, join(repo, 'disabled.md'));
    const { context } = await lint([]);
    const out = checklist([disabled], context);
    expect(out).toContain('  – not checked  Needs analysed by ethnicity\n                   (findings of require-ethnicity-needs-analysis are silenced by a speclint-disable directive or a recorded suppression)');
    expect(out).not.toContain('no population needs section');
    expect(out).not.toContain('nothing in the specification');
  });

  it('is stable: the same results give the same text, and the CLI prints it', async () => {
    const { results, context } = await lint([FILES.mixed, FILES.strong, FILES.weak]);
    const out = checklist(results, context);
    expect(checklist(results, context)).toBe(out);
    const run = speclint(['--no-config', '--format', 'checklist', 'examples/'], { cwd: repo });
    // The CLI says when it checked, with which speclint and configuration; the rest is the same text.
    const [title, meta, ...rest] = run.stdout.split('\n');
    expect(meta).toMatch(/^Checked \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}( \S+)? with speclint \d+\.\d+\.\d+\S*; configuration: speclint:recommended \(no config file\)\.$/);
    expect([title, ...rest].join('\n')).toBe(out.split('\n').filter((_, i) => i !== 1).join('\n'));
    expect(run.code).toBe(1);
  });

  it('says when the check ran, with which speclint and configuration, and names files outside the folder by their parent folder', async () => {
    const { results, context } = await lint([FILES.strong]);
    const outside = { ...results[0]!, filePath: '/somewhere/else/drafts/strong.md' };
    const out = checklist([outside], { ...context, configuration: { file: join(repo, '.speclintrc.yaml'), extends: ['speclint:strict'] } });
    expect(out.split('\n')[1]).toMatch(/^Checked 6 December 2026 at \d{2}:30( \S+)? with speclint 0\.0\.0; configuration: \.speclintrc\.yaml, extending speclint:strict\.$/);
    expect(out).toContain('\ndrafts/strong.md\n');
    expect(out).not.toContain('/somewhere/else');
  });

  it('prints no control characters from a document or a file name (no terminal escapes)', async () => {
    const { context } = await lint([]);
    const hostile = countMessages('/x/\u001b[2Jspec.md', [
      { ruleId: 'no-vague-equity-statement', severity: 2, message: 'Vague.', line: 4, column: 1, quote: 'Fair to all \u001b]0;owned\u0007 people.', messageId: 'vague' },
    ], 'markdown');
    hostile.rulesRun = ['no-vague-equity-statement'];
    const out = checklist([hostile], { ...context, cwd: '/x' });
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(out).toContain('[2Jspec.md\n');
    expect(out).toContain('line 4: "Fair to all ]0;owned people." (no-vague-equity-statement)');
  });

  it('colours the statuses only when asked', async () => {
    const { results, context } = await lint([FILES.mixed]);
    expect(checklist(results, { ...context, color: true })).toContain('\u001b[33m◐ partly');
  });
});
