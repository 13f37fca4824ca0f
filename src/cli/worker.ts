/**
 * A worker thread for --concurrency: builds its own Linter with the main
 * thread's options and lints the files it is sent, one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Linter, type LinterOptions } from '../linter.js';

const linter = new Linter(workerData as LinterOptions);

parentPort!.on('message', async (job: { id: number; path: string }) => {
  try {
    const result = await linter.lintFile(job.path);
    parentPort!.postMessage({ id: job.id, result });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: { name: (error as Error).name, message: (error as Error).message } });
  }
});
