/** A bounded fuzz run that runs out of time fails: it has not tried all its inputs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedRunOptions } from './harness.js';

const slowProperty = () =>
  fc.asyncProperty(fc.integer(), async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });

describe('fuzz: the time limit of a bounded run', () => {
  it('fails a run stopped by its time limit, though no input failed', async () => {
    // 1,000 inputs of at least 5 ms each cannot finish within 50 ms.
    await expect(fc.assert(slowProperty(), boundedRunOptions(1_000, 50))).rejects.toThrow(/interrupted/i);
  });

  it('passes a run that finishes within its limit', async () => {
    await expect(fc.assert(fc.asyncProperty(fc.integer(), async () => {}), boundedRunOptions(20))).resolves.toBeUndefined();
  });

  it('still fails a failing property, with its counterexample', async () => {
    await expect(fc.assert(fc.asyncProperty(fc.integer(), async (n) => { if (n > 10) throw new Error('too big'); }), boundedRunOptions(200))).rejects.toThrow(/Counterexample: \[11\]/);
  });
});
