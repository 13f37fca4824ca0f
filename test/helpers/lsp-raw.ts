/**
 * A raw framed client for the built language server: it writes bytes to the
 * server's stdin exactly as given (so a test can send broken frames) and reads
 * the server's stdout frame by frame, checking each frame's Content-Length.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, expect } from 'vitest';
import { LSP_BIN, uriOf, WAIT_MS } from './lsp.js';
import { tempTree } from './tmp.js';

/** A JSON-RPC message as the server sent it. */
export interface RawMessage {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/** One frame around a body, as a well-behaved client writes it. */
export const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

export class RawLspClient {
  /** Everything the server sent, in order. */
  readonly received: RawMessage[] = [];
  stderr = '';
  exitCode: number | null | undefined;
  /** Set when stdout held something that is not a well-formed frame. */
  framingError?: string;
  private pending = Buffer.alloc(0);
  private nextId = 1000;
  private readonly waiters = new Set<() => void>();
  private readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined); // the server may exit while a test is still writing
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        this.exitCode = code;
        this.wake();
        resolve(code);
      }),
    );
  }

  static start(cwd?: string): RawLspClient {
    return new RawLspClient(spawn(process.execPath, [LSP_BIN, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  /** Writes these bytes as they are. */
  write(data: string | Buffer): void {
    this.child.stdin.write(data);
  }

  /** Sends a message in one frame. */
  send(message: Record<string, unknown>): void {
    this.write(frame(JSON.stringify({ jsonrpc: '2.0', ...message })));
  }

  /** Sends a request and returns its id. */
  request(method: string, params?: unknown, id: number = this.nextId++): number {
    this.send({ id, method, params });
    return id;
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params });
  }

  /** initialize then initialized, with these capabilities. */
  async initialize(rootUri: string | null, capabilities: Record<string, unknown> = {}): Promise<RawMessage> {
    const id = this.request('initialize', { processId: process.pid, rootUri, capabilities });
    const answer = await this.response(id);
    this.notify('initialized', {});
    return answer;
  }

  /** The response with this id. */
  response(id: number | string | null, timeoutMs = WAIT_MS): Promise<RawMessage> {
    return this.waitFor((m) => m.id === id && !m.method && ('result' in m || 'error' in m), `the response to ${id}`, timeoutMs);
  }

  /** The first message received from `since` on that `accept`s. */
  waitFor(accept: (m: RawMessage) => boolean, what: string, timeoutMs = WAIT_MS, since = 0): Promise<RawMessage> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.received.slice(since).find(accept);
        if (found) {
          done();
          resolve(found);
          return true;
        }
        if (this.exitCode !== undefined) {
          done();
          reject(new Error(`the server exited (${this.exitCode}) before ${what}; stderr:\n${this.stderr}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${what}; received:\n${JSON.stringify(this.received).slice(0, 2000)}\nstderr:\n${this.stderr}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter = (): void => void check();
      if (!check()) this.waiters.add(waiter);
    });
  }

  /** Resolves with the exit code once the server has exited (null if it was killed). */
  exit(timeoutMs = WAIT_MS): Promise<number | null> {
    return Promise.race([
      this.exited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the server did not exit; stderr:\n${this.stderr}`)), timeoutMs).unref()),
    ]);
  }

  /** Ends the session politely if the server is still running, else just cleans up. */
  async stop(): Promise<void> {
    if (this.exitCode === undefined) {
      try {
        await this.response(this.request('shutdown'), 10_000);
        this.notify('exit');
        await this.exit(10_000);
      } catch {
        this.child.kill();
      }
    }
  }

  private read(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      const end = this.pending.indexOf('\r\n\r\n');
      if (end === -1) break;
      const header = this.pending.subarray(0, end).toString('ascii');
      const match = /^Content-Length: (\d+)$/im.exec(header);
      if (!match) {
        this.framingError = `a frame header without Content-Length: ${JSON.stringify(header)}`;
        this.pending = Buffer.alloc(0);
        break;
      }
      const length = Number(match[1]);
      if (this.pending.length < end + 4 + length) break;
      const body = this.pending.subarray(end + 4, end + 4 + length).toString('utf8');
      this.pending = this.pending.subarray(end + 4 + length);
      try {
        this.received.push(JSON.parse(body) as RawMessage);
      } catch {
        this.framingError = `a frame whose body is not JSON: ${body.slice(0, 200)}`;
      }
    }
    this.wake();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** A cancelled pull's answer: RequestCancelled, or ServerCancelled asking to be asked again; never a report. */
export function expectCancelled(answer: RawMessage): void {
  expect(answer.result).toBeUndefined();
  if (answer.error?.code === -32802) expect(answer.error?.data).toEqual({ retriggerRequest: true });
  else expect(answer.error?.code).toBe(-32800);
}

/**
 * For a suite: a raw client of a server started before its tests (in a folder
 * holding this config, for a client that pulls diagnostics) and stopped after.
 */
export function pullingClient(config: string): { client: () => RawLspClient; folder: () => string } {
  let client: RawLspClient | undefined;
  let folder = '';
  beforeAll(async () => {
    folder = tempTree({ '.speclintrc.yaml': config });
    client = RawLspClient.start(folder);
    await client.initialize(uriOf(folder), { textDocument: { diagnostic: { dynamicRegistration: false } } });
  });
  afterAll(async () => {
    await client?.stop();
  });
  return { client: () => client!, folder: () => folder };
}
