/**
 * no-provider-deferral quotes the words that hand the duty over: the subject
 * and its duty when they fit, else the subject's clause, never cut inside a
 * word, a number or an address.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/index.js';

const phrases = async (sentence: string): Promise<string[]> => {
  const result = await new Linter({ useConfigFiles: false }).lintText(`# Specification\n\n## Equality\n\n${sentence}\n`, 'spec.md');
  return result.messages.filter((m) => m.ruleId === 'no-provider-deferral').map((m) => /^"([^"]*)"/.exec(m.message)?.[1] ?? m.message);
};

describe('no-provider-deferral quotes', () => {
  it('a long subject whole, with its duty', async () => {
    expect(await phrases('Any contractor working for and on behalf of the Council, or any organisation receiving grants from the Council, must demonstrate compliance with the Equality Act 2010.')).toEqual([
      'Any contractor working for and on behalf of the Council, or any organisation receiving grants from the Council, must demonstrate compliance with the Equality Act 2010',
    ]);
  });

  it('to the end of the clause, past the dots and commas inside a section number or an address', async () => {
    expect(await phrases('Any contractor working for the Council must follow the equality policy in section 4.2.1, and the following: the Equality Act 2010.')).toEqual([
      'Any contractor working for the Council must follow the equality policy in section 4.2.1',
    ]);
    expect(await phrases('Any contractor working for the Council must follow the equality policy at www.nhs.uk/equality, and the following: the Equality Act 2010.')).toEqual([
      'Any contractor working for the Council must follow the equality policy at www.nhs.uk/equality',
    ]);
  });

  it('from the subject at the start of the sentence, cut at a word boundary when the clause is too long to quote', async () => {
    const sentence =
      'The provider appointed to run the service must ensure that its staff understand and comply with all of the equality duties and obligations that apply under the Equality Act 2010 and the Public Sector Equality Duty and associated codes of practice.';
    const [phrase] = await phrases(sentence);
    expect(phrase).toMatch(/^The provider appointed to run the service must ensure that its staff/);
    expect(sentence.startsWith(phrase!)).toBe(true);
    expect(phrase!.length).toBeLessThan(sentence.length - 1);
    expect(sentence[phrase!.length]).toBe(' ');
  });

  it('from the determiner, with the word a tender puts between it and the provider', async () => {
    expect(await phrases('Each provider will comply with the Equality Act 2010.')).toEqual(['Each provider will comply with the Equality Act 2010']);
    expect(await phrases('The successful provider will comply with the Equality Act 2010.')).toEqual(['The successful provider will comply with the Equality Act 2010']);
  });

  it("under a lead-in that names the provider, the item's own words from the clause that hands the duty over", async () => {
    expect(await phrases('The provider will:\n\n- comply with the Equality Act 2010 and the Public Sector Equality Duty;')).toEqual(['comply with the Equality Act 2010 and the Public Sector Equality Duty']);
    expect(await phrases('The provider will:\n\n- keep a record of every appointment; comply with the Equality Act 2010.')).toEqual(['comply with the Equality Act 2010']);
    expect(await phrases('The provider will decide how to:\n\n- meet the needs of Somali families.')).toEqual(['meet the needs of Somali families']);
  });
});
