/**
 * Lints files across worker threads (--concurrency), handing each worker the
 * next file as it finishes, and returns results in the files' order so the
 * output is the same whatever the concurrency.
 *
 * A worker that dies on a file (out of memory, a crash) costs only that file:
 * it becomes one fatal message, a new worker takes the next file, and every
 * other file's result is still reported.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/errors.js';
import { fatalResult, type LintResult } from '../core/messages.js';
import type { LinterOptions } from '../linter.js';

/** Below this many files per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 12;

/**
 * Most memory a worker's JavaScript heap may take. The largest inputs speclint
 * accepts need well under this (see SECURITY.md); a file that needs more stops
 * its worker, not the run.
 */
export const WORKER_HEAP_MB = 1536;

/** "auto" → as many workers as cores, but only as many as the batch can keep busy; 1 means no workers. */
export function workerCount(setting: string, files: number): number {
  if (setting === 'auto') return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)));
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`--concurrency needs a whole number of 1 or more, or "auto", not "${setting}".`);
  return Math.min(n, Math.max(1, files));
}

/** The one sentence for a file whose worker died while linting it. */
export function stoppedReason(path: string, error: Error | undefined, exitCode: number): string {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `${path} needed more than the ${WORKER_HEAP_MB} MB of memory speclint allows for one file, so it was not linted: check it is a specification, or split it into smaller files.`;
  }
  const why = error ? error.message : `exit code ${exitCode}`;
  return `speclint stopped unexpectedly while linting ${path} (${why}), so it was not linted; the other files were. Please report it.`;
}

interface Reply {
  id: number;
  result?: LintResult;
  error?: { name: string; message: string };
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
  let closing = false;
  const pool = new Set<Worker>();
  // Loaded here, not with the CLI: most runs lint in the main thread (about 4 ms).
  const { Worker } = await import('node:worker_threads');
  try {
    await new Promise<void>((resolve, reject) => {
      const finish = (id: number, result: LintResult): void => {
        results[id] = result;
        onResult(++done);
        if (done === paths.length) resolve();
      };
      const start = (): void => {
        const worker = new Worker(new URL('./worker.js', import.meta.url), {
          workerData: options,
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        });
        pool.add(worker);
        /** The file this worker is linting, if any. */
        let job: number | undefined;
        let failure: Error | undefined;
        const feed = (): void => {
          job = undefined;
          if (next < paths.length) {
            job = next++;
            worker.postMessage({ id: job, path: paths[job] });
          }
        };
        worker.on('message', (reply: Reply) => {
          if (reply.error?.name === 'ConfigError') {
            // A config problem is the run's, not one file's.
            reject(new ConfigError(reply.error.message));
            return;
          }
          finish(reply.id, reply.result ?? fatalResult(paths[reply.id]!, stoppedReason(paths[reply.id]!, reply.error as Error, 0)));
          feed();
        });
        worker.on('error', (error) => {
          failure = error;
        });
        worker.on('exit', (code) => {
          pool.delete(worker);
          // An idle worker holds no file, so none is lost.
          if (closing || job === undefined) return;
          const id = job;
          finish(id, fatalResult(paths[id]!, stoppedReason(paths[id]!, failure, code)));
          if (next < paths.length) start();
        });
        feed();
      };
      for (let i = 0; i < Math.min(workers, paths.length); i++) start();
      if (paths.length === 0) resolve();
    });
  } finally {
    closing = true;
    await Promise.all([...pool].map((w) => w.terminate()));
  }
  return results;
}
