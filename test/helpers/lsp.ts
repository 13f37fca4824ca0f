/**
 * A real JSON-RPC client for the built language server (bin/speclint-lsp.js
 * over stdio), as an editor would drive it, with waits for the diagnostics
 * of a given document version.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const LSP_BIN = join(import.meta.dirname, '..', '..', 'bin', 'speclint-lsp.js');

/** The shapes the tests look at (the protocol's, reduced to what is asserted). */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}
export interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  edit?: { changes?: Record<string, TextEdit[]> };
}

export const uriOf = (path: string): string => pathToFileURL(path).href;

/** Generous: CI machines have two cores and other tests run beside these. */
export const WAIT_MS = 60_000;

export class LspClient {
  readonly published: PublishDiagnostics[] = [];
  readonly shownMessages: Array<{ type: number; message: string }> = [];
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  readonly logs: string[] = [];
  exitCode: number | null | undefined;
  private readonly waiters: Array<() => void> = [];
  private readonly exited: Promise<number | null>;
  private stopping?: Promise<number | null>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve((this.exitCode = code))));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnostics) => {
      this.published.push(params);
      this.wake();
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.shownMessages.push(params);
      this.wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      this.registrations.push(...params.registrations);
      this.wake();
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.listen();
  }

  static start(args: string[] = ['--stdio']): LspClient {
    const child = spawn(process.execPath, [LSP_BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    // Errors on a connection the server closed are expected at shutdown.
    connection.onError(() => undefined);
    return new LspClient(child, connection);
  }

  async initialize(folder: string | undefined, capabilities: Record<string, unknown> = {}, initializationOptions?: unknown): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: folder ? uriOf(folder) : null,
      workspaceFolders: folder ? [{ uri: uriOf(folder), name: 'specs' }] : null,
      capabilities,
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text. */
  replaceAll(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Applies incremental edits. */
  edit(uri: string, version: number, edits: TextEdit[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params?: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** The first diagnostics published for `uri` from `since` on that satisfy `accept`. */
  diagnosticsFor(uri: string, accept: (p: PublishDiagnostics) => boolean = () => true, since = 0, timeoutMs = WAIT_MS): Promise<PublishDiagnostics> {
    return this.waitFor(() => this.published.slice(since).find((p) => p.uri === uri && accept(p)), `diagnostics for ${uri}`, timeoutMs);
  }

  /** Diagnostics for exactly this version of the document. */
  diagnosticsForVersion(uri: string, version: number, timeoutMs = WAIT_MS): Promise<PublishDiagnostics> {
    return this.diagnosticsFor(uri, (p) => p.version === version, 0, timeoutMs);
  }

  waitFor<T>(find: () => T | undefined, what: string, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = find();
        if (found === undefined) return false;
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i !== -1) this.waiters.splice(i, 1);
        reject(new Error(`timed out waiting for ${what}; server log:\n${this.logs.join('\n')}`));
      }, timeoutMs);
      const waiter = (): void => {
        if (check()) this.waiters.splice(this.waiters.indexOf(waiter), 1);
      };
      if (!check()) this.waiters.push(waiter);
    });
  }

  /** shutdown, then exit; resolves with the server's exit code (the same on later calls). */
  stop(): Promise<number | null> {
    this.stopping ??= (async () => {
      if (this.exitCode === undefined) {
        try {
          await this.connection.sendRequest('shutdown');
          await this.connection.sendNotification('exit');
        } catch {
          // Already gone.
        }
      }
      const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
      this.connection.dispose();
      if (code === 'timeout') {
        this.child.kill();
        return null;
      }
      return code;
    })();
    return this.stopping;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: Position): number => Math.min(text.length, (lineStarts[p.line] ?? text.length) + p.character);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  const offset = (p: Position): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
