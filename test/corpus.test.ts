/** The labelled corpus in fixtures/corpus: every expectation must be met (npm run eval prints the detail). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteMatches, scoreCorpus, scoreSentences, type Scores } from '../src/eval/evaluate.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');

describe('labelled corpus', () => {
  it('meets every expectation in the specifications and sentence lists', async () => {
    const scores: Scores = new Map();
    await scoreCorpus([corpus], scores);
    await scoreSentences([corpus], scores);
    const problems = [...scores].flatMap(([rule, s]) => [
      ...s.misses.map((m) => `${rule} missed in ${m.where}: ${m.text}`),
      ...s.falseAlarms.map((f) => `${rule} false alarm in ${f.where}: ${f.text}`),
    ]);
    expect(problems).toEqual([]);
    // The corpus is not trivially satisfied: it holds positives for every mission rule.
    for (const rule of ['no-vague-equity-statement', 'require-ethnicity-outcome-indicators', 'require-engagement-plan']) {
      expect(scores.get(rule)?.tp ?? 0, rule).toBeGreaterThan(0);
    }
  });

  it('matches quotes as the corpus README defines', () => {
    const sentence = 'The service will be delivered in a way that is fair and equitable to all.';
    expect(quoteMatches(sentence, sentence)).toBe(true);
    expect(quoteMatches('fair and equitable to all', sentence)).toBe(true);
    expect(quoteMatches('equitable', sentence)).toBe(false);
    expect(quoteMatches('something else entirely', sentence)).toBe(false);
    expect(quoteMatches(undefined, sentence)).toBe(false);
  });
});
