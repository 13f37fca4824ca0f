/**
 * Trains the claim-wording lexicon (src/eval/claim-wording.ts) on the dev
 * split of fixtures/real/sentences and writes
 * rules/lexicons/common/claim-wording.yaml (test/real-corpus.test.ts fails
 * while the committed file is not what the labels give).
 *
 *   npm run train:claim-wording
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimWordingYaml, trainClaimWording } from '../src/eval/claim-wording.js';
import { readRealSentences, readSplits, splitFor } from '../src/eval/real.js';
import { packageRoot } from '../src/package-root.js';

const real = join(packageRoot, 'fixtures', 'real');
const out = join(packageRoot, 'rules', 'lexicons', 'common', 'claim-wording.yaml');
const splits = readSplits(join(real, 'splits.yaml'));
const dev = readRealSentences(join(real, 'sentences')).filter((item) => splitFor(splits, item) === 'dev');
writeFileSync(out, claimWordingYaml(trainClaimWording(dev)));
console.log(`wrote ${out}`);
