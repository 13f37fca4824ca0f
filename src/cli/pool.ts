/**
 * Lints files across worker threads (--concurrency), handing each worker the
 * next file as it finishes, and returns results in the files' order so the
 * output is the same whatever the concurrency.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/errors.js';
import type { LintResult } from '../core/messages.js';
import type { LinterOptions } from '../linter.js';

/** Below this many files per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 12;

/** "auto" → as many workers as cores, but only as many as the batch can keep busy; 1 means no workers. */
export function workerCount(setting: string, files: number): number {
  if (setting === 'auto') return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)));
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`--concurrency needs a whole number of 1 or more, or "auto", not "${setting}".`);
  return Math.min(n, Math.max(1, files));
}

export async function lintInWorkers(
  paths: string[],
  options: LinterOptions,
  workers: number,
  onResult: (done: number) => void,
): Promise<LintResult[]> {
  const results: LintResult[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: options }));
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker): void => {
        if (next < paths.length) {
          const id = next++;
          worker.postMessage({ id, path: paths[id] });
        } else if (done === paths.length) resolve();
      };
      for (const worker of pool) {
        worker.on('message', (reply: { id: number; result?: LintResult; error?: { name: string; message: string } }) => {
          if (reply.error) {
            reject(reply.error.name === 'ConfigError' ? new ConfigError(reply.error.message) : new Error(reply.error.message));
            return;
          }
          results[reply.id] = reply.result!;
          onResult(++done);
          feed(worker);
          if (done === paths.length) resolve();
        });
        worker.on('error', reject);
        feed(worker);
      }
      if (paths.length === 0) resolve();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
