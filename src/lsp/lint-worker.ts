/**
 * The lint worker thread. Linting a long document takes seconds of CPU (a 5 MB
 * one, tens of seconds); doing it here keeps the server answering the editor
 * meanwhile, and lets the server stop a run that is no longer wanted.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { Linters } from './linters.js';
import type { LintOutcome, WorkerRequest, WorkerResult, WorkerStarted } from './protocol.js';

const linters = new Linters();
// One lint at a time: each is CPU-bound, so two at once would only make both later.
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'reload') {
    linters.reload();
    return;
  }
  if (request.type === 'config-file') {
    linters.setConfigFile(request.path);
    return;
  }
  queue = queue.then(async () => {
    parentPort?.postMessage({ id: request.id, started: true } satisfies WorkerStarted);
    let outcome: LintOutcome;
    try {
      outcome = await linters.lint(request.cwd, request.filePath, request.text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcome = { kind: 'failed', message: `speclint could not check this file (${reason}). Please report this problem.` };
    }
    // The heap travels with each result: a separate request would wait behind a long lint.
    const heap = getHeapStatistics();
    parentPort?.postMessage({
      id: request.id,
      outcome,
      heap: { usedHeapSize: heap.used_heap_size, totalHeapSize: heap.total_heap_size },
    } satisfies WorkerResult);
  });
});
