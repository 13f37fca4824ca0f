/**
 * What a no-vague-equity-statement finding says a claim promises: the family of the concept
 * that makes the claim (claim-concepts' tags), so "Increase access" is said to promise access.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/linter.js';

const linter = new Linter({ config: { extends: [], rules: { 'no-vague-equity-statement': 'error' } } });
const said = async (sentence: string): Promise<string | undefined> =>
  (await linter.lintText(`# Service specification\n\n## 3. Scope\n\n${sentence}\n`, 'spec.md')).messages[0]?.message.split(' but ')[0];

describe('what a vague claim is said to promise', () => {
  it.each([
    ['The service will be provided on an equitable basis.', '"will be provided on an equitable basis" promises fairness'],
    ['The service will increase access to sexual health advice.', '"will increase access" promises access'],
    ['The provider will meet the diverse needs of local people.', '"will meet the diverse needs" promises to meet needs'],
    ['The service will be delivered in a culturally appropriate way.', '"will be delivered in a culturally appropriate" promises cultural sensitivity'],
    ['The service aims to reduce health inequalities.', '"aims to reduce health inequalities" promises to reduce inequalities'],
    ['The provider will engage with local communities.', '"will engage with local communities" promises engagement'],
    // A concept framed only from after it gives way to one the sentence frames from before: the claim is what is ensured.
    [
      'The town has a diverse population and the council has a duty to ensure that no group faces disadvantage because of ethnicity.',
      '"ensure that no group faces disadvantage" promises to reduce inequalities',
    ],
  ])('%s', async (sentence, expected) => {
    expect(await said(sentence)).toBe(expected);
  });
});
