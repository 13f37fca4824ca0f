/**
 * Talks to the checker's Web Worker. The worker is started from a blob: URL
 * holding the worker bundle (a page opened from file:// may not start a worker
 * from a file). Requests run one at a time; one that takes far too long (a
 * hostile file) has its worker stopped and a fresh one started for the next.
 * warm() starts the worker before any file is chosen and has it do the first
 * check's one-time work (web/src/worker/warm-up.ts); a file chosen meanwhile
 * is checked as soon as the warm-up's current step ends.
 */
import type { LintMessage, LintResult } from '../../src/core/messages.js';
import type { WorkerRequest, WorkerResponse } from './worker/protocol.js';
import type { WebSettings } from './worker/settings.js';
import workerSource from 'virtual:speclint/worker-source';

/** Generous: a 50-page Word file takes well under a second. */
const TIME_LIMIT_MS = 120_000;

export class TimeLimitError extends Error {}

type Pending = {
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: () => void;
};

// Omit over a union keeps each member's own fields.
type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export class CheckerWorker {
  private worker?: Worker;
  private url?: string;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  private onWarmed?: () => void;

  private start(): Worker {
    if (this.worker) return this.worker;
    this.url ??= URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    const worker = new Worker(this.url);
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.type === 'warmed') return this.onWarmed?.();
      const entry = this.pending.get(response.id);
      if (!entry) return;
      if (response.type === 'progress') return entry.onProgress?.();
      this.pending.delete(response.id);
      if (response.type === 'failed') entry.reject(new Error(response.message));
      else entry.resolve(response);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.restart(new Error(`The checker stopped unexpectedly (${event.message || 'no reason given'}). Reload the page and try again.`));
    };
    this.worker = worker;
    return worker;
  }

  /** Stops the worker, failing whatever it was doing; the next request starts a new one. */
  private restart(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
  }

  /** Sends one request after the previous one has finished. */
  private request(body: RequestBody, transfer: Transferable[], onProgress?: () => void): Promise<WorkerResponse> {
    const run = (): Promise<WorkerResponse> =>
      new Promise<WorkerResponse>((resolve, reject) => {
        const id = this.nextId++;
        const timer = setTimeout(() => this.restart(new TimeLimitError('time limit')), TIME_LIMIT_MS);
        const settle = <T>(f: (value: T) => void) => (value: T) => {
          clearTimeout(timer);
          f(value);
        };
        this.pending.set(id, { resolve: settle(resolve), reject: settle(reject), onProgress });
        this.start().postMessage({ ...body, id } as WorkerRequest, transfer);
      });
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Starts the worker and has it warm up with these settings, outside the
   * queue of requests (the worker stops warming up when one arrives).
   * `onWarmed` is called when it has finished.
   */
  warm(settings: WebSettings, onWarmed?: () => void): void {
    this.onWarmed = onWarmed;
    this.start().postMessage({ type: 'warm', id: this.nextId++, settings } satisfies WorkerRequest);
  }

  async lint(name: string, bytes: ArrayBuffer, settings: WebSettings, onProgress?: () => void): Promise<LintResult> {
    const response = await this.request({ type: 'lint', name, bytes, settings }, [bytes], onProgress);
    if (response.type !== 'linted') throw new Error('unexpected reply from the checker');
    return response.result;
  }

  async annotate(name: string, bytes: ArrayBuffer, messages: LintMessage[], docsBase: string): Promise<Uint8Array<ArrayBuffer>> {
    const response = await this.request({ type: 'annotate', name, bytes, messages, docsBase }, [bytes]);
    if (response.type !== 'annotated') throw new Error('unexpected reply from the checker');
    return new Uint8Array(response.bytes);
  }

  async report(results: LintResult[], docsBase: string, settings: WebSettings): Promise<string> {
    const response = await this.request({ type: 'report', results, docsBase, settings }, []);
    if (response.type !== 'report') throw new Error('unexpected reply from the checker');
    return response.html;
  }
}
