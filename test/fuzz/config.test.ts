/**
 * Property-based fuzzing of configs: YAML text (aliases, tags, hostile keys,
 * deep nesting, random edits) and config objects given to the API (fixed
 * seed, bounded runs; see harness.ts for the properties).
 */
import { beforeAll, describe, it } from 'vitest';
import { assertTarget, fuzzEnvironment, type FuzzEnvironment } from './harness.js';

describe('fuzz: configs', () => {
  let env: FuzzEnvironment;
  beforeAll(async () => {
    env = await fuzzEnvironment();
  });

  it('random YAML config files: a ConfigError with one line of text, or a normal run; no prototype pollution', async () => {
    await assertTarget('config-yaml', env);
  }, 120_000);

  it('random config objects: the same', async () => {
    await assertTarget('config-object', env);
  }, 120_000);
});
