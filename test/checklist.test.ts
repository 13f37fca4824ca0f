/** --format checklist and the key-action statuses it shares with the HTML report. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import checklist from '../src/formatters/checklist.js';
import type { FormatterContext } from '../src/formatters/types.js';
import { Linter, type LinterOptions } from '../src/linter.js';
import { countMessages, fatalResult, type LintResult } from '../src/core/messages.js';
import { assess, type Status } from '../src/report/key-actions.js';
import { speclint } from './helpers/cli.js';

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
  const context: FormatterContext = { cwd: repo, color: false, rules: await linter.rules(), docsUrl: (id) => id, version: '0.0.0' };
  return { results, context };
}

const statuses = (result: LintResult): Record<string, Status> =>
  Object.fromEntries(assess(result)!.map((a) => [a.action.id, a.status]));

describe('key-action statuses', () => {
  it('decides each key action on the examples', async () => {
    const { results } = await lint([FILES.strong, FILES.mixed, FILES.weak, FILES.word]);
    const [strong, mixed, weak, word] = results.map(statuses);
    expect(strong).toEqual({ needs: 'met', response: 'met', language: 'met', recording: 'met', outcomes: 'met', engagement: 'met', monitoring: 'met' });
    expect(mixed).toEqual({ needs: 'met', response: 'partly', language: 'met', recording: 'met', outcomes: 'met', engagement: 'partly', monitoring: 'met' });
    // A passing mention of "stakeholders" with no who, how, when or feedback is no plan at all.
    expect(weak).toEqual({ needs: 'not-met', response: 'partly', language: 'not-met', recording: 'not-met', outcomes: 'not-met', engagement: 'not-met', monitoring: 'not-met' });
    expect(word).toEqual({ needs: 'not-met', response: 'partly', language: 'not-met', recording: 'not-met', outcomes: 'not-met', engagement: 'partly', monitoring: 'not-met' });
  });

  it('names the findings that decided a status', async () => {
    const { results } = await lint([FILES.weak, FILES.word]);
    const weak = assess(results[0]!)!;
    const engagement = weak.find((a) => a.action.id === 'engagement')!;
    expect(engagement.deciding.map((m) => [m.ruleId, m.line])).toEqual([['require-engagement-plan', 88]]);
    const response = weak.find((a) => a.action.id === 'response')!;
    expect(response.deciding.length).toBe(6);
    expect(new Set(response.deciding.map((m) => m.ruleId))).toEqual(new Set(['no-vague-equity-statement']));
    // Document-level findings ("there is no provision at all") make a key action not met.
    const language = assess(results[1]!)!.find((a) => a.action.id === 'language')!;
    expect(language).toMatchObject({ status: 'not-met', deciding: [expect.objectContaining({ documentLevel: true, ruleId: 'require-language-access' })] });
  });

  it('is "not checked" when none of its rules ran, and says which were off when some did', async () => {
    const { results } = await lint([FILES.strong], {
      rules: { 'require-language-access': 'off', 'require-equity-monitoring': 'off', 'no-tick-box-equality-assessment': 'off', 'no-provider-deferral': 'off' },
    });
    const byId = Object.fromEntries(assess(results[0]!)!.map((a) => [a.action.id, a]));
    expect(byId.language!.status).toBe('not-checked');
    expect(byId.monitoring!.status).toBe('not-checked');
    expect(byId.response).toMatchObject({ status: 'met', off: ['no-provider-deferral'] });
    expect(byId.needs).toMatchObject({ status: 'met', off: [] });
  });

  it('is "not checked" when its rule failed on the file, not "met"', () => {
    const failed = countMessages('/x/spec.md', [
      { ruleId: 'require-language-access', severity: 2, message: 'The rule "require-language-access" failed on this document (boom), so its findings are missing.', line: 1, column: 1 },
    ], 'markdown');
    failed.rulesRun = ['require-language-access'];
    const language = assess(failed)!.find((a) => a.action.id === 'language')!;
    expect(language.status).toBe('not-checked');
    expect(language.failures).toHaveLength(1);
  });

  it('has nothing to assess in a file that could not be read', () => {
    expect(assess(fatalResult('/x/missing.md', 'missing.md does not exist: check the path.'))).toBeUndefined();
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
        '  ✔ met          A specific service response',
        '  ✔ met          Language access',
        '  ✔ met          Ethnicity data recorded',
        '  ✔ met          Outcome indicators and targets by ethnicity',
        '  ✔ met          An engagement plan',
        '  ✔ met          Equity monitoring',
        '  7 of 7 key actions met, 0 partly, 0 not met, 0 not checked.',
      ].join('\n'),
    );
    expect(out).toContain(
      [
        '  ✖ not met      An engagement plan',
        '                   line 88: "The provider will liaise with relevant stakeholders and partner organisations…" (require-engagement-plan)',
      ].join('\n'),
    );
    expect(out).toContain('  ✖ not met      Needs analysed by ethnicity\n                   line 11, section "1. Population Needs": The population needs section does not describe local need by ethnic group. (require-ethnicity-needs-analysis)');
    expect(out).toContain('                   and 4 more findings\n');
    expect(out).toContain('                   whole document: The specification does not require the provider to record ethnicity');
    expect(out.trimEnd().split('\n').at(-1)).toBe('2 specifications: 7 of 14 key actions met, 1 partly, 6 not met, 0 not checked.');
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('shows Word paragraphs, rules turned off, and unreadable files', async () => {
    const { results, context } = await lint([FILES.word], { rules: { 'require-language-access': 'off' } });
    results.push(fatalResult(join(repo, 'missing.md'), 'missing.md does not exist: check the path.'));
    const out = checklist(results, context);
    expect(out).toContain('¶32: "The service will be delivered in a way that is fair and equitable to all." (no-vague-equity-statement)');
    expect(out).toContain('  – not checked  Language access\n                   (require-language-access is turned off)');
    expect(out).toContain('missing.md\n  could not be read: missing.md does not exist: check the path.');
    expect(out).toContain('1 specification: 0 of 7 key actions met, 2 partly, 4 not met, 1 not checked; 1 file could not be read.');
  });

  it('is stable: the same results give the same text, and the CLI prints it', async () => {
    const { results, context } = await lint([FILES.mixed, FILES.strong, FILES.weak]);
    const out = checklist(results, context);
    expect(checklist(results, context)).toBe(out);
    const run = speclint(['--no-config', '--format', 'checklist', 'examples/'], { cwd: repo });
    expect(run.stdout).toBe(out);
    expect(run.code).toBe(1);
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
