/**
 * The language server: connects the editor's messages to the checker, code
 * actions and hover. Every handler is guarded, so a bad message or a bug is
 * logged to the editor's output and answered with nothing, never a crash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { packageRoot } from '../package-root.js';
import { Checker, type CheckResult, type CheckTag } from './checker.js';
import { codeActions, wantsQuickFixes, type Finding } from './code-actions.js';
import { Documents } from './documents.js';
import { hoverAt } from './hover.js';
import { LintRunner } from './lint-runner.js';
import { CONFIG_WATCH_GLOBS, isConfigUri, Workspace } from './workspace.js';

/** Settings an editor may pass as `initializationOptions`. */
export interface ServerSettings {
  /** How long edits must pause before the document is checked again. */
  debounceMs: number;
  /** How long one check may take before it is stopped. */
  timeoutSeconds: number;
}

const DEFAULTS: ServerSettings = { debounceMs: 150, timeoutSeconds: 120 };
/** Documents longer than this (in characters) are not checked as you type. */
const MAX_CHARS = 10 * 1024 * 1024;

export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const log = (message: string): void => connection.console.error(message);
  const documents = new Documents();
  const workspace = new Workspace(process.cwd());
  let checker: Checker | undefined;
  let runner: LintRunner<CheckTag> | undefined;
  let client: ClientCapabilities = {};

  // The last line of defence: whatever escapes a handler is logged, and the server carries on.
  process.on('uncaughtException', (error) => log(`speclint: unexpected error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => log(`speclint: unexpected error: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

  // The editor has gone: nothing to tell it, and vscode-languageserver exits when its input closes.
  const unsent = (): void => undefined;

  /** Wraps a handler: errors are logged and the fallback returned. */
  function guard<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args) => {
      try {
        return await handler(...args);
      } catch (error) {
        log(`speclint: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  }

  connection.onInitialize(
    guard('initialize', { capabilities: {} } as InitializeResult, (params: InitializeParams): InitializeResult => {
      client = params.capabilities ?? {};
      const settings = readSettings(params.initializationOptions);
      workspace.setFolders(folderUris(params));
      runner?.dispose(); // a second initialize starts afresh rather than leaking a worker
      runner = new LintRunner<CheckTag>({ timeoutMs: settings.timeoutSeconds * 1000, log });
      // A client that pulls diagnostics gets them only that way; pushing too would show each twice.
      const pulls = Boolean(client.textDocument?.diagnostic);
      checker = new Checker({
        documents,
        workspace,
        runner,
        publish: pulls ? undefined : (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }).catch(unsent),
        // A notification, not a request: nothing waits on the user to dismiss it.
        showError: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }).catch(unsent),
        log,
        debounceMs: settings.debounceMs,
        maxChars: MAX_CHARS,
      });
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
          hoverProvider: true,
          diagnosticProvider: { identifier: 'speclint', interFileDependencies: false, workspaceDiagnostics: false },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: 'speclint', version: packageVersion() },
      };
    }),
  );

  connection.onInitialized(
    guard('initialized', undefined, () => {
      if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_WATCH_GLOBS.map((globPattern) => ({ globPattern })) })
          .catch((error: Error) => log(`speclint: could not watch config files (${error.message}); save them in the editor to reload.`));
      }
      if (client.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('workspace folders', undefined, (event) => {
            workspace.removeFolders(event.removed.map((f) => f.uri));
            workspace.addFolders(event.added.map((f) => f.uri));
            reloadConfigs();
          }),
        );
      }
    }),
  );

  function reloadConfigs(): void {
    checker?.reload();
    // A pulling client asks again when told to; a pushing one gets the new results anyway.
    if (client.workspace?.diagnostics?.refreshSupport) {
      connection.languages.diagnostics.refresh().catch((error: Error) => log(`speclint: diagnostics refresh failed: ${error.message}`));
    }
  }

  connection.onDidOpenTextDocument(
    guard('didOpen', undefined, ({ textDocument }) => {
      const { uri, languageId, version, text } = textDocument;
      if (typeof uri !== 'string' || typeof text !== 'string') return;
      if (documents.opened(uri, String(languageId), Number.isInteger(version) ? version : 0, text)) checker?.opened(uri);
    }),
  );

  connection.onDidChangeTextDocument(
    guard('didChange', undefined, ({ textDocument, contentChanges }) => {
      const { uri, version } = textDocument;
      if (!Number.isInteger(version) || !Array.isArray(contentChanges)) {
        log(`speclint: ignored a change to ${uri} without a version or changes.`);
        return;
      }
      const outcome = documents.changed(uri, version, contentChanges);
      if (outcome === 'applied') checker?.changed(uri);
      else if (outcome === 'stale') log(`speclint: ignored a change to ${uri} for version ${version}, which is not newer than the one it has.`);
    }),
  );

  connection.onDidSaveTextDocument(
    guard('didSave', undefined, ({ textDocument }) => {
      // A config saved in the editor counts even where the editor does not report file changes.
      if (isConfigUri(textDocument.uri)) reloadConfigs();
      else checker?.saved(textDocument.uri);
    }),
  );

  connection.onDidCloseTextDocument(
    guard('didClose', undefined, ({ textDocument }) => {
      if (documents.closed(textDocument.uri)) checker?.closed(textDocument.uri);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, ({ changes }) => {
      if (changes.some((change) => isConfigUri(change.uri))) reloadConfigs();
    }),
  );

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as DocumentDiagnosticReport, async (params, token) => {
      const result = await checker?.current(params.textDocument.uri, () => token.isCancellationRequested);
      if (!result) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      if (params.previousResultId === result.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.diagnostics };
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [], async ({ textDocument, range, context }, token) => {
      if (!wantsQuickFixes(context?.only)) return [];
      const result = await checker?.current(textDocument.uri, () => token.isCancellationRequested);
      const document = documents.get(textDocument.uri);
      if (!result || !document || document.version !== result.version) return [];
      return codeActions(document, findings(result), range);
    }),
  );

  connection.onHover(
    guard('hover', null, async ({ textDocument, position }, token) => {
      const result = await checker?.current(textDocument.uri, () => token.isCancellationRequested);
      if (!result || result.outcome.kind !== 'linted') return null;
      return hoverAt(findings(result), result.outcome.rules, position);
    }),
  );

  // For benchmarks and bug reports: how much memory the server holds.
  connection.onRequest(
    'speclint/stats',
    guard('speclint/stats', null, async () => ({
      // rss counts the whole process, lint worker included; heapUsed is the main thread's.
      memory: process.memoryUsage(),
      workerHeap: runner?.workerHeap ?? null,
      openDocuments: documents.size,
      storedResults: checker?.openResults ?? 0,
    })),
  );

  connection.onShutdown(guard('shutdown', undefined, () => runner?.dispose()));

  connection.listen();
  return connection;
}

/** Findings paired with their diagnostics (the same order by construction). */
function findings(result: CheckResult): Finding[] {
  if (result.outcome.kind !== 'linted') return [];
  const messages = result.outcome.messages;
  return result.diagnostics.map((diagnostic, i) => ({ message: messages[i]!, diagnostic }));
}

function folderUris(params: InitializeParams): string[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders.map((f) => f.uri);
  if (params.rootUri) return [params.rootUri];
  if (params.rootPath) return [pathToFileURL(params.rootPath).href];
  return [];
}

function readSettings(options: unknown): ServerSettings {
  const given = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
  const number = (key: keyof ServerSettings, min: number): number => {
    const value = given[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : DEFAULTS[key];
  };
  return { debounceMs: number('debounceMs', 0), timeoutSeconds: number('timeoutSeconds', 1) };
}

function packageVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}
