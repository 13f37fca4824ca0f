/**
 * Trains the claim-wording lexicon (src/eval/claim-wording.ts) on the dev
 * split of fixtures/real/sentences and writes
 * rules/lexicons/common/claim-wording.yaml. `--check` writes nothing and
 * exits 1 when the file is not what the current labels give.
 *
 *   npm run train:claim-wording [-- --check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimWordingYaml, trainClaimWording } from '../src/eval/claim-wording.js';
import { readRealSentences, readSplits, splitFor } from '../src/eval/real.js';
import { packageRoot } from '../src/package-root.js';

const real = join(packageRoot, 'fixtures', 'real');
const out = join(packageRoot, 'rules', 'lexicons', 'common', 'claim-wording.yaml');
const splits = readSplits(join(real, 'splits.yaml'));
const dev = readRealSentences(join(real, 'sentences')).filter((item) => splitFor(splits, item) === 'dev');
const text = claimWordingYaml(trainClaimWording(dev));

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // Missing: not current.
  }
  if (current !== text) {
    console.error(`${out} is not what the dev labels give: run npm run train:claim-wording.`);
    process.exit(1);
  }
  console.log(`${out} is current.`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
