/**
 * The language server's lint runner counts a check's time limit from when the worker
 * begins the lint, so a worker that is slow to start (loading speclint on a busy
 * machine) does not turn a small document into "took too long". Fake workers speak the
 * runner's protocol, so nothing here depends on how fast speclint lints.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LintRunner } from '../src/lsp/lint-runner.js';
import { tempTree } from './helpers/tmp.js';

/** A worker that sleeps `startMs` before it listens (as module loading would), then answers or not. */
const fakeWorker = (startMs: number, answers: boolean): string => `
import { parentPort } from 'node:worker_threads';
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${startMs});
parentPort.on('message', (request) => {
  if (request.type !== 'lint') return;
  parentPort.postMessage({ id: request.id, started: true });
  if (${answers}) parentPort.postMessage({ id: request.id, outcome: { kind: 'linted', messages: [], rules: {} }, heap: { usedHeapSize: 0, totalHeapSize: 0 } });
});
`;

function runner(startMs: number, answers: boolean, timeoutMs: number): LintRunner<number> {
  const dir = tempTree({ 'worker.mjs': fakeWorker(startMs, answers) });
  return new LintRunner<number>({ timeoutMs, log: () => {}, workerUrl: pathToFileURL(join(dir, 'worker.mjs')) });
}

const job = { key: 'file:///spec.md', tag: 1, cwd: '/', filePath: '/spec.md', text: '# Spec\n' };

describe('lint runner time limit', () => {
  it('does not count a worker that is slow to start against the document', async () => {
    // Start-up takes three times the limit; the lint itself is instant.
    const slowStart = runner(1500, true, 500);
    try {
      const run = await slowStart.lint(job);
      expect(run?.outcome.kind).toBe('linted');
    } finally {
      slowStart.dispose();
    }
  });

  it('still stops a lint that never finishes once it has begun', async () => {
    const stuck = runner(0, false, 1000);
    try {
      const run = await stuck.lint(job);
      expect(run?.outcome).toMatchObject({ kind: 'failed', message: expect.stringMatching(/^This document took longer than 1 second to check/) });
    } finally {
      stuck.dispose();
    }
  });
});
