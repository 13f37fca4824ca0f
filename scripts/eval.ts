/**
 * npm run eval: precision and recall of every rule on the labelled corpus
 * (fixtures/corpus, plus ../shared/corpus when it is there, as it grows) and
 * on the rule fixtures. Exits 1 when any corpus expectation is not met.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { ratio, scoreCorpus, scoreFixtures, scoreSentences, type Scores } from '../src/eval/evaluate.js';

const verbose = !process.argv.includes('--summary');
const corpusDirs = [join(packageRoot, 'fixtures', 'corpus')];
const shared = resolve(packageRoot, '..', 'shared', 'corpus');
if (existsSync(shared)) corpusDirs.push(shared);

function print(title: string, scores: Scores): number {
  console.log(`\n${title}`);
  console.log(`${'rule'.padEnd(40)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   tp   fp   fn`);
  let problems = 0;
  for (const [ruleId, s] of [...scores].sort()) {
    console.log(
      `${ruleId.padEnd(40)} ${ratio(s.tp, s.tp + s.fp).padStart(9)} ${ratio(s.tp, s.tp + s.fn).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`,
    );
    problems += s.fp + s.fn;
  }
  if (verbose) {
    for (const [ruleId, s] of [...scores].sort()) {
      for (const m of s.misses) console.log(`  miss        ${ruleId}  ${m.where}  "${m.text}"`);
      for (const f of s.falseAlarms) console.log(`  false alarm ${ruleId}  ${f.where}  "${f.text}"`);
    }
  }
  return problems;
}

const corpus: Scores = new Map();
await scoreCorpus(corpusDirs, corpus);
await scoreSentences(corpusDirs, corpus);
const fixtures: Scores = new Map();
await scoreFixtures(join(packageRoot, 'fixtures', 'rules'), fixtures);

console.log(`Corpus: ${corpusDirs.join(', ')}`);
const corpusProblems = print('Labelled corpus (specifications and sentence lists)', corpus);
const fixtureProblems = print('Rule fixtures (inline expectations)', fixtures);
console.log(`\n${corpusProblems === 0 ? 'Every corpus expectation is met.' : `${corpusProblems} corpus expectations are not met.`} ${fixtureProblems} fixture differences.`);
process.exitCode = corpusProblems + fixtureProblems === 0 ? 0 : 1;
