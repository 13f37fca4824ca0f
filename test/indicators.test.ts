/**
 * What counts as an outcome indicator (rules/lib/indicators.ts), seen through the
 * message that counts them: a sentence introducing a list of indicators is not one.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/linter.js';

const linter = new Linter({ config: { extends: [], rules: { 'require-ethnicity-outcome-indicators': 'error' } } });
const message = async (text: string): Promise<string | undefined> => (await linter.lintText(text, 'spec.md')).messages.find((m) => m.ruleId === 'require-ethnicity-outcome-indicators')?.message;

describe('outcome indicators', () => {
  it('does not count the sentence that introduces a list of indicators', async () => {
    const text = [
      '# Service specification: Falls prevention',
      '',
      '## 2. Outcomes',
      '',
      'The provider will report the following indicators to the commissioner quarterly:',
      '',
      '- Patients assessed within 10 working days of referral',
      '- Patients completing a strength and balance programme',
      '',
    ].join('\n');
    const said = await message(text);
    expect(said).toMatch(/^No outcome indicator is reported by ethnic group .*\(2 indicators: "Patients assessed/);
    expect(said).not.toContain('following indicators');
  });

  it('does not count a sentence that only says how many targets there are', async () => {
    const text = [
      '# Service specification: Stop smoking',
      '',
      '## 2. Targets',
      '',
      'There are two targets, one which is set nationally for smoking prevalence and one which is set locally for the service.',
      '',
      'The target for the service for 2027/28 is 1,700 four-week quits.',
      '',
    ].join('\n');
    const said = await message(text);
    expect(said).toMatch(/\(1 indicator: "The target for the service/);
    expect(said).not.toContain('There are two targets');
  });

  it('does not count the sentence that introduces a list when its colon was lost', async () => {
    const text = [
      '# Service specification: Falls prevention',
      '',
      '## 2. Outcomes',
      '',
      'The provider will report the following indicators to the commissioner each quarter',
      '',
      '- Number of falls risk assessments completed, target 500 a year',
      '- Percentage of patients completing strength and balance training, target 70%',
      '',
    ].join('\n');
    const said = await message(text);
    expect(said).toMatch(/\(2 indicators: "Number of falls/);
  });

  it('still counts a measure written as a sentence of its own', async () => {
    const text = '# Service specification\n\n## 2. Outcomes\n\nThe provider will report waiting times every quarter.\n\n- Patients assessed within 10 working days of referral\n';
    expect(await message(text)).toMatch(/\(2 indicators: /);
  });

  it('names a table row by its words, not its number, and counts one indicator as one', async () => {
    const table = [
      '# Service specification: Carers support',
      '',
      '## 6. Performance measures',
      '',
      '| No | Indicator | Frequency | Target |',
      '|---|---|---|---|',
      '| 1 | Number of carers supported in the quarter | Quarterly | N/A |',
      '| 2 | Number of carer assessments completed | Quarterly | N/A |',
      '',
    ].join('\n');
    expect(await message(table)).toContain('(2 indicators: "Number of carers supported in the quarter", "Number of carer assessments completed")');
    const one = '# Service specification\n\n## 2. Outcomes\n\n| Key performance indicator | Target |\n|---|---|\n| Patients offered an appointment within 48 hours | 98% |\n';
    expect(await message(one)).toBe(
      'No outcome indicator is reported by ethnic group or sets a target for minority ethnic groups (1 indicator: "Patients offered an appointment within 48 hours"). Report at least the main ones by ethnic group and set a target for the groups with the poorest outcomes.',
    );
  });
});

describe('a KPI whose target is not set', () => {
  const kpiLinter = new Linter({ config: { extends: [], rules: { 'require-kpi-fields': 'error' } } });
  it('says why each row has no target: a placeholder, "N/A" or "to be agreed"', async () => {
    const text = [
      '# Service specification: Carers support',
      '',
      '## 6. Performance measures',
      '',
      '| Indicator | Frequency | Target |',
      '|---|---|---|',
      '| Number of carers referred to the service | Quarterly | N/A |',
      '| Number of carers supported in the quarter | Quarterly | TBC |',
      '| Number of carer assessments completed | Quarterly | to be agreed |',
      '| Number of carers given a break | Quarterly | |',
      '',
      '| No | Indicator | Frequency | Target |',
      '|---|---|---|---|',
      '| 1 | Number of young carers assessed | Quarterly | N/A |',
      '',
    ].join('\n');
    const found = (await kpiLinter.lintText(text, 'spec.md')).messages.map((m) => m.message.slice(0, m.message.indexOf('. ') + 1));
    expect(found).toEqual([
      'The indicator "Number of carers referred to the service" has no target or threshold ("N/A" is not a target).',
      'The indicator "Number of carers supported in the quarter" has no target or threshold ("TBC" is a placeholder, not a target).',
      'The indicator "Number of carer assessments completed" has no target or threshold ("to be agreed" is not a target).',
      'The indicator "Number of carers given a break" has no target or threshold.',
      // Named by its words, not by its number column.
      'The indicator "Number of young carers assessed" has no target or threshold ("N/A" is not a target).',
    ]);
  });
});
