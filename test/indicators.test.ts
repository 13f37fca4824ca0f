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
    expect(said).toMatch(/^None of the 2 outcome indicators \("Patients assessed/);
    expect(said).not.toContain('following indicators');
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
    expect(said).toMatch(/^None of the 2 outcome indicators \("Number of falls/);
  });

  it('still counts a measure written as a sentence of its own', async () => {
    const text = '# Service specification\n\n## 2. Outcomes\n\nThe provider will report waiting times every quarter.\n\n- Patients assessed within 10 working days of referral\n';
    expect(await message(text)).toMatch(/^None of the 2 outcome indicators/);
  });
});
