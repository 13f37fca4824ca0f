/**
 * Runs lint jobs in one worker thread, one at a time, keeping only the latest
 * job per document: ten thousand quick edits leave one job waiting, not ten
 * thousand texts. A run that takes too long, or that kills the worker (out of
 * memory), becomes a plain message for that document; the next job gets a
 * fresh worker.
 */
import { totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LintOutcome, WorkerHeap, WorkerRequest, WorkerResponse } from './protocol.js';

/** The longest a Node timer can wait (2^31 - 1 ms, about 24 days). */
export const LONGEST_TIMER_MS = 2 ** 31 - 1;
/** How long a worker may take to load and begin a lint, on top of the lint's own limit. */
const START_ALLOWANCE_MS = 30_000;

export interface LintJob<Tag> {
  /** Jobs with the same key replace each other while they wait (the document's URI). */
  key: string;
  /** Returned with the outcome, so the caller can tell which version was linted. */
  tag: Tag;
  cwd: string;
  filePath: string;
  text: string;
}

export interface LintRun<Tag> {
  tag: Tag;
  outcome: LintOutcome;
}

interface Waiting<Tag> {
  job: LintJob<Tag>;
  /** Everyone waiting for this key: they get the latest job's run. */
  resolvers: Array<(run: LintRun<Tag> | undefined) => void>;
}

interface Running<Tag> extends Waiting<Tag> {
  id: number;
  started: number;
  /** The time limit: set by limitTime, cleared when the job finishes. */
  timer?: NodeJS.Timeout;
}

export interface LintRunnerOptions {
  /** A run longer than this is stopped and reported as too slow. */
  timeoutMs: number;
  log: (message: string) => void;
  /** The worker's script (the built lint-worker.js beside this file by default). */
  workerUrl?: URL;
}

/**
 * A stale run younger than this is left to finish: restarting the worker and
 * reading the configs again costs about half a second, more than most runs have left.
 */
const CANCEL_AFTER_MS = 2000;
const MB = 1024 * 1024;

export class LintRunner<Tag> {
  private worker?: Worker;
  private running?: Running<Tag>;
  private readonly waiting = new Map<string, Waiting<Tag>>();
  private nextId = 1;
  private disposed = false;
  private lastHeap?: WorkerHeap;
  /** The editor's config file, sent to every worker this runner starts. */
  private configFile?: string;

  private readonly options: LintRunnerOptions;

  constructor(options: LintRunnerOptions) {
    this.options = { ...options };
  }

  /** Lints, or joins the job already waiting for this key; undefined when the job was cancelled. */
  lint(job: LintJob<Tag>): Promise<LintRun<Tag> | undefined> {
    return new Promise((resolve) => {
      if (this.disposed) return resolve(undefined);
      const waiting = this.waiting.get(job.key);
      if (waiting) {
        waiting.job = job;
        waiting.resolvers.push(resolve);
      } else {
        this.waiting.set(job.key, { job, resolvers: [resolve] });
      }
      this.pump();
    });
  }

  /** Drops the waiting job for this key, and stops its running one if it has run a while. */
  cancel(key: string): void {
    const waiting = this.waiting.get(key);
    if (waiting) {
      this.waiting.delete(key);
      for (const resolve of waiting.resolvers) resolve(undefined);
    }
    const running = this.running;
    if (running?.job.key === key && Date.now() - running.started >= CANCEL_AFTER_MS) {
      this.stopWorker();
      this.finish(undefined);
    }
  }

  /** Applies to runs started from now on. */
  setTimeoutMs(timeoutMs: number): void {
    this.options.timeoutMs = timeoutMs;
  }

  /** Makes the worker use this config file (undefined: look for one) from its next lint on. */
  setConfigFile(path: string | undefined): void {
    this.configFile = path;
    if (this.worker) this.post({ type: 'config-file', path });
  }

  /** Makes the worker read every config again before its next lint. */
  reload(): void {
    this.post({ type: 'reload' });
  }

  dispose(): void {
    this.disposed = true;
    for (const key of [...this.waiting.keys()]) this.cancel(key);
    this.finish(undefined);
    this.stopWorker();
  }

  /** The worker's heap after its latest lint (undefined when no worker is running). */
  get workerHeap(): WorkerHeap | undefined {
    return this.worker ? this.lastHeap : undefined;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.waiting.entries().next();
    if (next.done) return;
    const [key, waiting] = next.value;
    this.waiting.delete(key);
    const id = this.nextId++;
    this.running = { ...waiting, id, started: Date.now() };
    // Until the worker says it has begun (a new worker first loads speclint), allow for start-up too.
    this.limitTime(this.running, this.options.timeoutMs + START_ALLOWANCE_MS);
    const { cwd, filePath, text } = waiting.job;
    if (!this.post({ type: 'lint', id, cwd, filePath, text })) {
      this.finish({ kind: 'failed', message: 'speclint could not start its checker, so this file was not checked. Restart the language server.' });
    }
  }

  /** Settles the running job (undefined: cancelled) and starts the next. */
  private finish(outcome: LintOutcome | undefined): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    clearTimeout(running.timer);
    const run = outcome && { tag: running.job.tag, outcome };
    for (const resolve of running.resolvers) resolve(run);
    queueMicrotask(() => this.pump());
  }

  /** (Re)starts the running job's time limit: it is stopped `ms` from now unless it has finished. */
  private limitTime(running: Running<Tag>, ms: number): void {
    clearTimeout(running.timer);
    // A timer cannot wait longer than 2^31 - 1 ms: Node fires a longer one at once.
    running.timer = setTimeout(() => this.timedOut(running.id), Math.min(ms, LONGEST_TIMER_MS));
    running.timer.unref();
  }

  private timedOut(id: number): void {
    if (this.running?.id !== id) return;
    const seconds = Math.round(this.options.timeoutMs / 1000);
    const duration = `${seconds} second${seconds === 1 ? '' : 's'}`;
    this.options.log(`speclint: checking ${this.running.job.filePath} took longer than ${duration}; stopped.`);
    this.stopWorker();
    this.finish({
      kind: 'failed',
      message: `This document took longer than ${duration} to check, so speclint stopped; it will try again when you save. Run speclint on it from the command line, or split it into smaller files.`,
    });
  }

  private post(request: WorkerRequest): boolean {
    try {
      if (request.type === 'reload' && !this.worker) return true; // a new worker reads configs afresh anyway
      this.ensureWorker().postMessage(request);
      return true;
    } catch (error) {
      this.options.log(`speclint: could not reach the lint worker: ${(error as Error).message}`);
      this.stopWorker();
      return false;
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerUrl ?? new URL('./lint-worker.js', import.meta.url), {
      // A huge document must fail in the worker, not take the whole server down.
      resourceLimits: { maxOldGenerationSizeMb: Math.max(512, Math.min(3072, Math.floor(totalmem() / MB / 3))) },
      stdout: true, // anything a plugin prints must not reach stdout, which carries the protocol
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.on('data', (chunk: Buffer) => this.options.log(chunk.toString('utf8').trimEnd()));
    worker.on('message', (response: WorkerResponse) => {
      if (this.worker !== worker) return;
      if ('started' in response) {
        // A new worker spends its first second or more loading speclint; that is not the document's time.
        if (this.running?.id === response.id) this.limitTime(this.running, this.options.timeoutMs);
        return;
      }
      this.lastHeap = response.heap;
      if (this.running?.id === response.id) this.finish(response.outcome);
    });
    worker.on('error', (error) => this.workerDied(worker, error));
    worker.on('exit', (code) => this.workerDied(worker, code === 0 ? undefined : new Error(`exit code ${code}`)));
    this.worker = worker;
    // A new worker (the first, or one after a crash or a stopped check) starts with the editor's config file.
    if (this.configFile !== undefined) worker.postMessage({ type: 'config-file', path: this.configFile } satisfies WorkerRequest);
    return worker;
  }

  private workerDied(worker: Worker, error: Error | undefined): void {
    if (this.worker !== worker) return; // one we stopped on purpose
    this.worker = undefined;
    const outOfMemory = (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    this.options.log(`speclint: the lint worker stopped${error ? ` (${error.message})` : ''}; starting a new one for the next check.`);
    this.finish({
      kind: 'failed',
      message: outOfMemory
        ? 'This document is too large for speclint to check in the editor (it ran out of memory); it will try again when you save. Run speclint on it from the command line, or split it into smaller files.'
        : 'speclint stopped unexpectedly while checking this document; it will try again when you save. Please report this problem if it keeps happening.',
    });
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.lastHeap = undefined;
    if (worker) void worker.terminate().catch(() => undefined);
  }
}
