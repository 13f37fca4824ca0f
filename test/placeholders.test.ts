/**
 * Placeholders (issue 17 item 16, issue 18): text in a template's brackets is
 * not content for any rule; only no-placeholder-text sees it. And the
 * speclint:procurement-ready preset, on a Word draft made by pandoc.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { presetConfig } from '../src/config/presets.js';
import { quoteOf } from '../src/core/locate.js';
import type { LintMessage } from '../src/core/messages.js';
import { Linter } from '../src/linter.js';

const repo = join(import.meta.dirname, '..');

const spec = (scope: string): string =>
  `# Service Specification: Talking Therapies\n\n## 3. Scope\n\n### 3.2 Service description\n\n${scope}\n`;

/** The template no-vague-equity-statement's "Replace…" suggestion inserts. */
const TEMPLATE =
  'The service will [what it will do, e.g. offer professional interpreters and sessions at named community venues] ' +
  'for [which groups, e.g. Bangladeshi and Somali residents], and will report [what, e.g. uptake by ethnic group ' +
  'against the local population] every [how often, e.g. quarter], with [a target, e.g. no group more than five ' +
  'percentage points below its share of the population].';

const lint = async (text: string, rules: string[]): Promise<LintMessage[]> =>
  (await new Linter({ config: { extends: [], rules: Object.fromEntries(rules.map((r) => [r, 'error'])) } }).lintText(text, 'spec.md')).messages;

const ids = (messages: LintMessage[]): string[] => messages.map((m) => `${m.ruleId}:${m.messageId}`);

describe('placeholders are not content', () => {
  it('the quick-fix template yields one no-placeholder-text finding per field, each on its field, quoting the sentence', async () => {
    const messages = await lint(spec(TEMPLATE), ['no-placeholder-text']);
    expect(messages.map((m) => m.message.slice(0, m.message.indexOf('" is')))).toEqual([
      '"[what it will do, e.g. offer professional interpreters and sessions at named …',
      '"[which groups, e.g. Bangladeshi and Somali residents]',
      '"[what, e.g. uptake by ethnic group against the local population]',
      '"[how often, e.g. quarter]',
      '"[a target, e.g. no group more than five percentage points below its share of …',
    ]);
    const line = spec(TEMPLATE).split('\n').findIndex((l) => l.startsWith('The service will')) + 1;
    expect(messages.map((m) => [m.line, m.column, m.endColumn])).toEqual([
      [line, 18, 18 + '[what it will do, e.g. offer professional interpreters and sessions at named community venues]'.length],
      [line, TEMPLATE.indexOf('[which') + 1, TEMPLATE.indexOf('residents]') + 11],
      [line, TEMPLATE.indexOf('[what,') + 1, TEMPLATE.indexOf('population]') + 12],
      [line, TEMPLATE.indexOf('[how') + 1, TEMPLATE.indexOf('quarter]') + 9],
      [line, TEMPLATE.indexOf('[a target') + 1, TEMPLATE.length],
    ]);
    expect(new Set(messages.map((m) => m.quote))).toEqual(new Set([quoteOf(TEMPLATE)]));
  });

  it('the template does not satisfy require-language-access; the same words written out do', async () => {
    expect(ids(await lint(spec(TEMPLATE), ['require-language-access']))).toEqual(['require-language-access:missing']);
    const written = TEMPLATE.replace(/\[[^\]]*e\.g\. ([^\]]*)\]/g, '$1');
    expect(ids(await lint(spec(written), ['require-language-access']))).toEqual([]);
  });

  it('a vague claim stays vague when the specifics are only hints in brackets', async () => {
    const hinted =
      'The service will be accessible to all [which groups, e.g. Bangladeshi and Somali residents], and [what, e.g. will book professional interpreters and report uptake by ethnic group each quarter].';
    expect(ids(await lint(spec(hinted), ['no-vague-equity-statement']))).toEqual(['no-vague-equity-statement:vague']);
    const written = hinted.replace(/\[[^\]]*e\.g\. ([^\]]*)\]/g, '$1');
    expect(ids(await lint(spec(written), ['no-vague-equity-statement']))).toEqual([]);
    // Quotes still show what the author wrote.
    const [vague] = await lint(spec(hinted), ['no-vague-equity-statement']);
    expect(vague!.quote).toBe(hinted);
  });

  it('citations, checkboxes and link text are content, not placeholders', async () => {
    const text = spec('Very brief advice works [NICE 2021] [1] [12, 14]; see the [JSNA](https://example.org/jsna).\n\n[x] interpreters booked\n[ ] venue checked');
    expect(await lint(text, ['no-placeholder-text'])).toEqual([]);
  });
});

describe('speclint:procurement-ready', () => {
  it('extends recommended and turns the rules that check a draft is finished to error', () => {
    const ready = presetConfig('speclint:procurement-ready', builtinRules)!.rules!;
    const recommended = presetConfig('speclint:recommended', builtinRules)!.rules!;
    expect(recommended['no-placeholder-text']).toBe('off');
    expect(recommended['require-kpi-fields']).toBe('off');
    expect(ready['no-placeholder-text']).toBe('error');
    expect(ready['require-kpi-fields']).toBe('error');
    for (const [id, entry] of Object.entries(recommended)) if (entry !== 'off') expect(ready[id], id).toEqual(entry);
    expect(presetConfig('speclint:all', builtinRules)!.rules!['no-placeholder-text']).toBe('warn');
  });

  // Made with `pandoc -f gfm -t docx` from fixtures/docx/procurement-src (fixtures/docx/make.sh).
  const findings = async (file: string): Promise<string[]> => {
    const { messages } = await new Linter({ config: { extends: ['speclint:procurement-ready'] } }).lintFile(join(repo, file));
    return messages
      .filter((m) => m.ruleId === 'no-placeholder-text' || m.ruleId === 'require-kpi-fields')
      .map((m) => `${m.line}:${m.column} ${m.ruleId}:${m.messageId} ${m.severity} ${m.message.slice(0, m.message.indexOf('" ') + 1)}`);
  };

  it('reports each placeholder and each KPI row lacking a field in a Word draft made by pandoc', async () => {
    expect(await findings('fixtures/docx/procurement/placeholders-and-kpis.docx')).toEqual([
      '1:59 no-placeholder-text:placeholder 2 "[Locality]"',
      '4:143 no-placeholder-text:placeholder 2 "[Insert figures from the JSNA on prevalence by ethnic group.]"',
      '13:1 require-kpi-fields:missingTarget 2 The indicator "Four-week quit rate, reported by ethnic group"',
      '14:1 no-placeholder-text:placeholder 2 "XX%"',
      '16:1 require-kpi-fields:missingFrequency 2 The indicator "Carbon monoxide validation of quits"',
      '21:27 no-placeholder-text:placeholder 2 "[start date]"',
      '21:73 no-placeholder-text:placeholder 2 "£X"',
      '21:135 no-placeholder-text:placeholder 2 "[which groups, e.g. Bangladeshi and Somali residents]"',
    ]);
  });

  it('gives the Markdown source the same findings', async () => {
    const strip = (f: string[]): string[] => f.map((s) => s.replace(/^\d+:\d+ /, ''));
    expect(strip(await findings('fixtures/docx/procurement-src/placeholders-and-kpis.md'))).toEqual(
      strip(await findings('fixtures/docx/procurement/placeholders-and-kpis.docx')),
    );
  });
});
