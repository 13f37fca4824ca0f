/**
 * The real-language corpus (fixtures/real) is well formed and honestly split, and the
 * eval scores it as its README says: document-level labels need document-level findings,
 * and findings no label covers are listed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../src/core/messages.js';
import { readFileSync } from 'node:fs';
import { claimWordingYaml, trainClaimWording, wordingTerms } from '../src/eval/claim-wording.js';
import { scoreExpectations, type Scores } from '../src/eval/evaluate.js';
import { builtinLexiconData, loadLexicons } from '../src/config/lexicons.js';
import { LABELS, labelAgreement, roundOf, readRealPassages, readRealSentences, readSecondLabels, readSplits, splitFor, splitOf } from '../src/eval/real.js';

const real = join(import.meta.dirname, '..', 'fixtures', 'real');
const sentences = readRealSentences(join(real, 'sentences'));
const passages = readRealPassages(join(real, 'passages'));
const splits = readSplits(join(real, 'splits.yaml'));

describe('real-language corpus', () => {
  it('has every item labelled, sourced and in one recorded split', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(500);
    for (const item of [...sentences, ...passages]) {
      expect(item.source, JSON.stringify(item).slice(0, 120)).toMatch(/^https?:\/\//);
      expect(splits.has(item.source), `${item.source} is not in splits.yaml (npm run eval -- --write-splits)`).toBe(true);
    }
    for (const item of sentences) expect(LABELS).toContain(item.label);
  });

  it('has second labels only for corpus sentences, and scores agreement as Cohen defined it', () => {
    const samples = readSecondLabels(join(real, 'second-labels'));
    expect(samples.size).toBeGreaterThanOrEqual(2);
    for (const [name, second] of samples) expect(labelAgreement(sentences, second).unmatched, name).toEqual([]);
    // Two labellers who agree on 3 of 4 where chance agreement is 1/2: kappa (0.75 - 0.5) / (1 - 0.5) = 0.5.
    const first = ['vague', 'vague', 'near-miss', 'near-miss'].map((label, i) => ({ text: `s${i}`, label, source: 'https://x', kind: 'eia', file: 'f' }) as const);
    const a = labelAgreement(first, [
      { text: 's0', label: 'vague' },
      { text: 's1', label: 'near-miss' },
      { text: 's2', label: 'near-miss' },
      { text: 's3', label: 'near-miss' },
    ]);
    expect(a.compared).toBe(4);
    expect(a.agreed).toBe(3);
    // Labels of the second side: 1 vague, 3 near-miss; of the first: 2 and 2. Chance = 2/4*1/4 + 2/4*3/4 = 0.5.
    expect(a.kappa).toBeCloseTo(0.5);
    expect([a.vagueAgreed, a.vague, a.negativesCalledVague, a.negatives]).toEqual([1, 2, 0, 2]);
  });

  it('keeps each publisher on one side, and both sides hold vague and specific items', () => {
    const sides = new Map<string, Set<string>>();
    for (const item of sentences) {
      const org = (item.org ?? item.source).toLowerCase();
      if (!sides.has(org)) sides.set(org, new Set());
      sides.get(org)!.add(splitFor(splits, item));
    }
    expect([...sides].filter(([, s]) => s.size > 1).map(([org]) => org)).toEqual([]);
    for (const split of ['dev', 'test'] as const) {
      const labels = new Set(sentences.filter((s) => splitFor(splits, s) === split).map((s) => s.label));
      expect([...labels].sort()).toEqual(['borderline', 'near-miss', 'specific', 'vague']);
    }
  });

  it('trains the claim-wording lexicon on the dev split alone, and the committed file is what the dev labels give', () => {
    const dev = sentences.filter((s) => splitFor(splits, s) === 'dev');
    const model = trainClaimWording(dev);
    const committed = readFileSync(join(import.meta.dirname, '..', 'rules', 'lexicons', 'common', 'claim-wording.yaml'), 'utf8');
    expect(committed, 'run npm run train:claim-wording').toBe(claimWordingYaml(model));
    expect(model.trainedOn.vague + model.trainedOn.other).toBe(dev.filter((s) => s.label !== 'borderline').length);
    // A held-out sentence changes nothing: relabelling one in the test split gives the same file.
    const test = sentences.filter((s) => splitFor(splits, s) === 'test');
    expect(test.length).toBeGreaterThan(0);
    const flipped = sentences.map((s) => (s === test[0] ? { ...s, label: s.label === 'vague' ? ('near-miss' as const) : ('vague' as const) } : s));
    expect(claimWordingYaml(trainClaimWording(flipped.filter((s) => splitFor(splits, s) === 'dev')))).toBe(committed);
  });

  it('finds with the claim-wording lexicon exactly the words and word pairs it was trained on', () => {
    const wording = loadLexicons().get('claim-wording');
    const terms = new Set(builtinLexiconData('ethnicity').get('claim-wording')!.data.terms.map((t) => (typeof t === 'string' ? t : t.term)));
    expect(terms.size).toBeGreaterThan(1000);
    for (const text of ['We will, we will treat everyone fairly in 2026.', "The Council's plan sets out its 4 equality objectives.", 'Accessible — to all: café users.']) {
      const found = [...new Set(wording.find(text).map((m) => m.term))].sort();
      expect(found).toEqual(wordingTerms(text).filter((t) => terms.has(t)).sort());
      expect(found.length).toBeGreaterThan(2);
    }
  });

  it('tells the collection round of a sentence from its file name, so the eval can score rounds apart', () => {
    expect([roundOf('r6-specs-tenders-eia.yaml'), roundOf('r12-x.yaml'), roundOf('councils.yaml')]).toEqual(['round 6', 'round 12', 'round 1']);
    expect(new Set(sentences.map((s) => roundOf(s.file))).size).toBeGreaterThanOrEqual(6);
  });

  it('splits by publisher, not by page', () => {
    expect(splitOf('https://a.example/one', 'Example ICB')).toBe(splitOf('https://b.example/two', 'example icb '));
  });
});

describe('eval scoring', () => {
  const message = (over: Partial<LintMessage>): LintMessage => ({ ruleId: 'r', severity: 2, message: 'm', line: 1, column: 1, ...over });

  it('meets a document-or-section label only with a finding at that level, and lists unlabelled findings', () => {
    const scores: Scores = new Map();
    const onSentence = message({ quote: 'A sentence the label does not mention at all.' });
    scoreExpectations(scores, 'a.md', { must: { r: 'document-or-section' } }, [onSentence]);
    expect(scores.get('r')).toMatchObject({ tp: 0, fn: 1 });
    expect(scores.get('r')!.unlabelled.map((u) => u.text)).toEqual([onSentence.quote]);

    const atSection = message({ sectionLevel: true, quote: '3. Engagement' });
    scoreExpectations(scores, 'b.md', { must: { r: 'document-or-section' } }, [atSection]);
    expect(scores.get('r')).toMatchObject({ tp: 1, fn: 1 });

    scoreExpectations(scores, 'c.md', { must: { r: 'anywhere' } }, [onSentence]);
    expect(scores.get('r')).toMatchObject({ tp: 2 });
  });
});
