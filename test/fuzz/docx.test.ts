/**
 * Property-based fuzzing of Word files made from a real pandoc fixture (fixed
 * seed, bounded runs; see harness.ts for the properties).
 */
import { beforeAll, describe, it } from 'vitest';
import { assertTarget, fuzzEnvironment, type FuzzEnvironment } from './harness.js';

describe('fuzz: Word', () => {
  let env: FuzzEnvironment;
  beforeAll(async () => {
    env = await fuzzEnvironment();
  });

  it('bit flips in the zip: refused with one InputError sentence or linted, locations inside the paragraphs', async () => {
    await assertTarget('docx-bit-flips', env);
  }, 120_000);

  it('random XML in word/document.xml', async () => {
    await assertTarget('docx-random-xml', env);
  }, 120_000);

  it('random styles.xml, numbering.xml and comments.xml, with paragraphs that use them', async () => {
    await assertTarget('docx-styles-numbering', env);
  }, 120_000);
});
