import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/core/sentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits ordinary prose at full stops, question and exclamation marks', () => {
    expect(split('The service is open. It runs daily! Is it free? Yes.')).toEqual([
      'The service is open.',
      'It runs daily!',
      'Is it free?',
      'Yes.',
    ]);
  });

  it('keeps abbreviations such as "e.g.", "i.e." and "No." inside the sentence', () => {
    expect(split('Use community venues, e.g. the Gurdwara, to reach people. See Specification No. 14 for details.')).toEqual([
      'Use community venues, e.g. the Gurdwara, to reach people.',
      'See Specification No. 14 for details.',
    ]);
    expect(split('Interpreters (i.e. professional ones) are booked. Done.')).toHaveLength(2);
  });

  it('treats "no." before a word as the end of a sentence, not as "number"', () => {
    expect(split('The answer was no. The provider agreed.')).toEqual(['The answer was no.', 'The provider agreed.']);
  });

  it('does not split decimals, initials or web addresses', () => {
    expect(split('Uptake rose by 2.5 points (G. Ellison, see www.nhs.uk). Next year it will rise.')).toEqual([
      'Uptake rose by 2.5 points (G. Ellison, see www.nhs.uk).',
      'Next year it will rise.',
    ]);
  });

  it('does not split before a lower-case continuation', () => {
    expect(split('Targets apply to e.g. Bangladeshi women. and this continues.')).toHaveLength(1);
  });

  it('keeps closing quotes and brackets with the sentence', () => {
    expect(split('They said "all are welcome." Then nothing changed.')).toEqual(['They said "all are welcome."', 'Then nothing changed.']);
  });

  it("leaves a paragraph's typed number out of its first sentence, but not a figure", () => {
    expect(split('1.1.4 Provision of equitable access for all. It covers waiting times.')).toEqual(['Provision of equitable access for all.', 'It covers waiting times.']);
    expect(split('3. Ensure interpreters are booked.')).toEqual(['Ensure interpreters are booked.']);
    expect(split('(a) The provider will report quarterly.')).toEqual(['The provider will report quarterly.']);
    expect(split('iv) "Did not attend" is recorded.')).toEqual(['"Did not attend" is recorded.']);
    expect(split('2.5 million people live here.')).toEqual(['2.5 million people live here.']);
    expect(split('2.5 FTE Nurses will be employed.')).toEqual(['2.5 FTE Nurses will be employed.']);
    expect(split('3 Ethnic groups are named.')).toEqual(['3 Ethnic groups are named.']);
  });

  it('returns trailing text without a full stop as a sentence', () => {
    expect(split('  Domain 1, Domain 2  ')).toEqual(['Domain 1, Domain 2']);
    expect(split('')).toEqual([]);
  });

  // A quadratic scan would not finish within the test timeout on these.
  it('copes with long runs of dots and abbreviations', () => {
    expect(split('.'.repeat(200_000))).toHaveLength(1);
    expect(split('a.'.repeat(100_000))).toHaveLength(1);
    expect(split('See e.g. '.repeat(50_000)).length).toBeGreaterThan(0);
  });
});
