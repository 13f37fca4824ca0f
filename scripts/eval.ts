/**
 * npm run eval: precision and recall of every rule on the labelled corpus
 * (fixtures/corpus, plus ../shared/corpus when it is there), on the rule
 * fixtures, and on the real-language corpus (fixtures/real), dev and test apart.
 * Exits 1 when any corpus or fixture expectation is not met.
 *
 *   npm run eval                      figures, with the dev split's misses and false alarms listed
 *   npm run eval -- --summary         figures only
 *   npm run eval -- --show-test       also list the test split's items (read it only to report, never to tune)
 *   npm run eval -- --write-splits    record every source's split in fixtures/real/splits.yaml
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { packageRoot } from '../src/package-root.js';
import { ratio, scoreCorpus, scoreFixtures, scoreSentences, type Scores } from '../src/eval/evaluate.js';
import {
  labelAgreement,
  readRealPassages,
  readSecondLabels,
  readRealSentences,
  readSplits,
  scoreRealPassages,
  scoreRealSentences,
  splitFor,
  type SentenceTally,
  type Split,
} from '../src/eval/real.js';

const args = process.argv.slice(2);
const verbose = !args.includes('--summary');
const showTest = args.includes('--show-test');
const corpusDirs = [join(packageRoot, 'fixtures', 'corpus')];
const shared = resolve(packageRoot, '..', 'shared', 'corpus');
if (existsSync(shared)) corpusDirs.push(shared);
const realDir = join(packageRoot, 'fixtures', 'real');
const splitsFile = join(realDir, 'splits.yaml');

function print(title: string, scores: Scores, listItems = verbose): number {
  console.log(`\n${title}`);
  console.log(`${'rule'.padEnd(40)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   tp   fp   fn  unlabelled`);
  let problems = 0;
  for (const [ruleId, s] of [...scores].sort()) {
    console.log(
      `${ruleId.padEnd(40)} ${ratio(s.tp, s.tp + s.fp).padStart(9)} ${ratio(s.tp, s.tp + s.fn).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${String(s.unlabelled.length).padStart(10)}`,
    );
    problems += s.fp + s.fn;
  }
  if (listItems) {
    for (const [ruleId, s] of [...scores].sort()) {
      for (const m of s.misses) console.log(`  miss        ${ruleId}  ${m.where}  "${m.text}"`);
      for (const f of s.falseAlarms) console.log(`  false alarm ${ruleId}  ${f.where}  "${f.text}"`);
      for (const u of s.unlabelled) console.log(`  unlabelled  ${ruleId}  ${u.where}  "${u.text}"`);
    }
  }
  return problems;
}

function printSentences(split: Split, tallies: Map<string, SentenceTally>): void {
  console.log(`\nReal sentences, ${split} split: no-vague-equity-statement with no-provider-deferral (they divide equality sentences between them; either finding flags a sentence)`);
  console.log(`${'source kind'.padEnd(16)} ${'vague'.padStart(6)} ${'caught'.padStart(7)} ${'recall'.padStart(7)}   ${'specific+near'.padStart(13)} ${'flagged'.padStart(8)} ${'false alarms'.padStart(12)}   borderline flagged`);
  // Kinds first, then the whole split, then each collection round (rounds were labelled by different people).
  const order = (key: string): number => (key === 'all' ? 1 : key.startsWith('round ') ? 2 : 0);
  const rows = [...tallies].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b, 'en', { numeric: true }));
  for (const [kind, t] of rows) {
    console.log(
      `${kind.padEnd(16)} ${String(t.vague).padStart(6)} ${String(t.caught).padStart(7)} ${ratio(t.caught, t.vague).padStart(7)}   ${String(t.negatives).padStart(13)} ${String(t.falseAlarms).padStart(8)} ${ratio(t.falseAlarms, t.negatives).padStart(12)}   ${t.borderlineFlagged} of ${t.borderline}`,
    );
  }
  // The claim-wording lexicon is learnt from the dev labels (src/eval/claim-wording.ts), so dev can only flatter it.
  if (split === 'dev') console.log('(fitted: the rule\'s claim-wording lexicon was trained on these labels; the test split is the honest figure)');
  const all = tallies.get('all');
  if (!all || !(verbose && (split === 'dev' || showTest))) return;
  for (const m of all.misses) console.log(`  miss         [${m.kind}] "${m.text}"`);
  for (const f of all.alarms) console.log(`  false alarm  [${f.kind}, ${f.label}] "${f.text}"`);
  for (const b of all.borderlines) console.log(`  borderline   ${b.flagged ? 'flagged    ' : 'not flagged'} "${b.text}"`);
}

const sentences = readRealSentences(join(realDir, 'sentences'));
const passages = readRealPassages(join(realDir, 'passages'));

if (args.includes('--write-splits')) {
  const splits = readSplits(splitsFile);
  const record: Record<Split, string[]> = { dev: [], test: [] };
  const seen = new Set<string>();
  for (const item of [...sentences, ...passages]) {
    if (seen.has(item.source)) continue;
    seen.add(item.source);
    record[splitFor(splits, item)].push(item.source);
  }
  record.dev.sort();
  record.test.sort();
  // The comments at the top are the splits' history (which round was read when): kept as they are.
  const lines = existsSync(splitsFile) ? readFileSync(splitsFile, 'utf8').split('\n') : [];
  const firstData = lines.findIndex((line) => !line.startsWith('#'));
  const history = lines.slice(0, firstData === -1 ? lines.length : firstData);
  const header =
    history.length > 0
      ? history.join('\n')
      : "# Which split each source of fixtures/real is in (npm run eval -- --write-splits adds new sources, chosen by a hash of the publisher's name).\n# Tune on dev only; test is scored, never read while changing a rule.";
  writeFileSync(splitsFile, `${header}\n${stringify(record)}`);
  console.log(`${splitsFile}: ${record.dev.length} dev sources, ${record.test.length} test sources.`);
  process.exit(0);
}

const corpus: Scores = new Map();
await scoreCorpus(corpusDirs, corpus);
await scoreSentences(corpusDirs, corpus);
const fixtures: Scores = new Map();
await scoreFixtures(join(packageRoot, 'fixtures', 'rules'), fixtures);

console.log(`Corpus: ${corpusDirs.join(', ')}`);
const corpusProblems = print('Labelled corpus (specifications and sentence lists)', corpus);
const fixtureProblems = print('Rule fixtures (inline expectations)', fixtures);

const splits = readSplits(splitsFile);
const sources = (split: Split) => new Set([...sentences, ...passages].filter((x) => splitFor(splits, x) === split).map((x) => x.source)).size;
console.log(`\nReal-language corpus: ${sentences.length} sentences and ${passages.length} passages from ${sources('dev')} dev and ${sources('test')} test sources.`);
const sentenceScores = await scoreRealSentences(sentences, splits);
for (const split of ['dev', 'test'] as const) printSentences(split, sentenceScores.get(split)!);
const passageScores = await scoreRealPassages(passages, splits);
for (const split of ['dev', 'test'] as const) print(`Real passages, ${split} split (document-level labels)`, passageScores.get(split)!, verbose && (split === 'dev' || showTest));

console.log('\nLabel reliability: a second, blind labeller on a sample (the ceiling a rule can be held to)');
console.log(`${'sample'.padEnd(16)} ${'compared'.padStart(8)} ${'agreement'.padStart(9)} ${'kappa'.padStart(6)}   second labeller scored against the first`);
for (const [name, second] of readSecondLabels(join(realDir, 'second-labels'))) {
  const a = labelAgreement(sentences, second);
  console.log(
    `${name.padEnd(16)} ${String(a.compared).padStart(8)} ${ratio(a.agreed, a.compared).padStart(9)} ${a.kappa.toFixed(2).padStart(6)}   recall ${ratio(a.vagueAgreed, a.vague)}, false alarms ${ratio(a.negativesCalledVague, a.negatives)}${a.unmatched.length ? `; ${a.unmatched.length} not in the corpus` : ''}`,
  );
}

console.log(`\n${corpusProblems === 0 ? 'Every corpus expectation is met.' : `${corpusProblems} corpus expectations are not met.`} ${fixtureProblems} fixture differences.`);
process.exitCode = corpusProblems + fixtureProblems === 0 ? 0 : 1;
