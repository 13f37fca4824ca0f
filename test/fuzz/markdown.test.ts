/**
 * Property-based fuzzing of the Markdown path (fixed seed, bounded runs; see
 * harness.ts for the properties and `npm run fuzz` for longer runs).
 */
import { beforeAll, describe, it } from 'vitest';
import { assertTarget, fuzzEnvironment, type FuzzEnvironment } from './harness.js';

describe('fuzz: Markdown', () => {
  let env: FuzzEnvironment;
  beforeAll(async () => {
    env = await fuzzEnvironment();
  });

  it('spec-like and mutated Markdown: no exception, bounded time, valid JSON, locations inside the text', async () => {
    await assertTarget('markdown', env);
  }, 120_000);

  it('random directives: results stay valid, and a speclint-disable at the top silences every rule', async () => {
    await assertTarget('directives', env);
  }, 120_000);
});
