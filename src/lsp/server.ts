/**
 * The language server: connects the editor's messages to the checker, code
 * actions and hover. Every handler is guarded, so a bad message or a bug is
 * logged to the editor's output and answered with nothing, never a crash.
 * The protocol's edges (framing, lifecycle, malformed messages) are kept by
 * the transport (transport.ts) before any handler sees a message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type RequestMessage,
} from 'vscode-languageserver/node';
import { packageRoot } from '../package-root.js';
import { Checker, type CheckResult, type CheckTag } from './checker.js';
import { codeActions, wantsQuickFixes, type Finding } from './code-actions.js';
import { ConfigWatcher } from './config-watcher.js';
import { Documents, elsewhereAdvice } from './documents.js';
import { hoverAt } from './hover.js';
import { LONGEST_TIMER_MS, LintRunner } from './lint-runner.js';
import { openTransport } from './transport.js';
import { CONFIG_WATCH_GLOBS, isConfigUri, Workspace } from './workspace.js';

/**
 * Settings an editor may pass as `initializationOptions`, and as the `speclint`
 * section of its workspace settings (which win over `initializationOptions`).
 */
export interface ServerSettings {
  /** How long edits must pause before the document is checked again. */
  debounceMs: number;
  /** How long one check may take before it is stopped. */
  timeoutSeconds: number;
  /** A config file to use instead of looking for one (a relative path is from the workspace folder). */
  configFile?: string;
}

const DEFAULTS: ServerSettings = { debounceMs: 150, timeoutSeconds: 120 };
/** The smallest value each numeric setting takes. */
const MINIMUMS = { debounceMs: 0, timeoutSeconds: 1 };
/**
 * A timer cannot wait longer than 2^31 - 1 ms (Node then fires it at once), so larger values,
 * which people set to mean "no limit", are held at that: about 24 days, or 2,147,483 seconds.
 */
const MAXIMUMS = { debounceMs: LONGEST_TIMER_MS, timeoutSeconds: Math.floor(LONGEST_TIMER_MS / 1000) };
/** Where the settings live in the editor's workspace settings. */
const SECTION = 'speclint';
/** Documents longer than this (in characters) are not checked as you type. */
const MAX_CHARS = 10 * 1024 * 1024;

/** Answers a request the client cancelled. */
const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

export function startServer(argv: string[]): Connection {
  // Until the connection exists, and for a stream that can no longer be trusted, stderr is the log.
  let log = (message: string): void => void process.stderr.write(`${message}\n`);
  const transport = openTransport(argv, (message) => log(message), (reason) => {
    // Whatever follows the bad frame cannot be read reliably, and a lost edit would leave the
    // server's copy of a document different from the editor's: stop, so the editor starts afresh.
    process.stderr.write(`speclint-lsp: the editor sent ${reason}; stopping so the editor can start the server again.\n`);
    process.exit(1);
  });
  if (!transport) throw new Error('speclint-lsp: no transport named (--stdio, --node-ipc, --socket=<port> or --pipe=<name>).');
  const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer, {
    // A request cancelled before it started is answered as cancelled, not run.
    connectionStrategy: {
      cancelUndispatched: (message) => ({
        jsonrpc: '2.0',
        id: (message as RequestMessage).id,
        error: { code: LSPErrorCodes.RequestCancelled, message: 'The request was cancelled.' },
      }),
    },
  });
  log = (message: string): void => connection.console.error(message);
  // The input closed: the editor has gone (a clean end if it asked for shutdown first).
  transport.reader.onClose(() => process.exit(transport.reader.shutDown ? 0 : 1));
  if (argv.includes('--stdio')) {
    // stdout carries the protocol: anything printed goes to the editor's log instead.
    console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
    console.warn = console.error = console.trace = (...args: unknown[]) => connection.console.error(format(...args));
  }
  const documents = new Documents();
  const workspace = new Workspace(process.cwd());
  let checker: Checker | undefined;
  let runner: LintRunner<CheckTag> | undefined;
  let client: ClientCapabilities = {};
  let initializationOptions: unknown;
  /** The `speclint` section of the editor's settings, pushed or pulled (undefined: none given). */
  let workspaceSettings: unknown;
  let settings: ServerSettings = DEFAULTS;
  /** Set when the server watches config files itself (the editor cannot). */
  let fileWatcher: ConfigWatcher | undefined;
  /** Word files and the like are explained once per session, not on every open. */
  let explainedElsewhere = false;

  // The last line of defence: whatever escapes a handler is logged, and the server carries on.
  process.on('uncaughtException', (error) => log(`speclint: unexpected error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => log(`speclint: unexpected error: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

  // The editor has gone: nothing to tell it, and vscode-languageserver exits when its input closes.
  const unsent = (): void => undefined;

  /**
   * Wraps a handler: errors are logged and the fallback returned. With `needs`, a request whose
   * params are not an object (or lack the text document it names) is answered InvalidParams, as
   * JSON-RPC asks, not with a JavaScript error.
   */
  function guard<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>, needs?: 'params' | 'document'): (...args: A) => Promise<R> {
    return async (...args) => {
      const params = args[0] as { textDocument?: { uri?: unknown } } | null | undefined;
      if (needs && (typeof params !== 'object' || params === null)) throw new ResponseError(ErrorCodes.InvalidParams, `${name}: the params must be an object.`);
      if (needs === 'document' && typeof params?.textDocument?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${name}: the params must name a text document (textDocument.uri).`);
      try {
        return await handler(...args);
      } catch (error) {
        if (error instanceof ResponseError) throw error; // a deliberate answer (cancelled), not a failure
        log(`speclint: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  }

  connection.onInitialize(
    guard('initialize', { capabilities: {} } as InitializeResult, (params: InitializeParams): InitializeResult => {
      client = params.capabilities ?? {};
      initializationOptions = params.initializationOptions;
      settings = readSettings([initializationOptions], log);
      workspace.setFolders(folderUris(params));
      runner?.dispose(); // a second initialize starts afresh rather than leaking a worker
      runner = new LintRunner<CheckTag>({ timeoutMs: settings.timeoutSeconds * 1000, log });
      runner.setConfigFile(settings.configFile);
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
    }, 'params'),
  );

  connection.onInitialized(
    guard('initialized', undefined, () => {
      if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_WATCH_GLOBS.map((globPattern) => ({ globPattern })) })
          .catch((error: Error) => {
            log(`speclint: the editor would not watch config files (${error.message}); watching them from the server.`);
            watchFilesItself();
          });
      } else {
        watchFilesItself();
      }
      if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
        connection.client
          .register(DidChangeConfigurationNotification.type, { section: SECTION })
          .catch((error: Error) => log(`speclint: could not ask for settings changes (${error.message}).`));
      }
      if (client.workspace?.configuration) void pullSettings();
      if (client.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('workspace folders', undefined, (event) => {
            workspace.removeFolders(event.removed.map((f) => f.uri));
            workspace.addFolders(event.added.map((f) => f.uri));
            updateWatchedFolders();
            reloadConfigs();
          }),
        );
      }
    }),
  );

  /** The editor cannot watch files for the server: watch the config and ignore files from here. */
  function watchFilesItself(): void {
    fileWatcher ??= new ConfigWatcher(reloadConfigs, log);
    updateWatchedFolders();
  }

  /** The folders configs are found from: the workspace folders, and those of open files outside them. */
  function updateWatchedFolders(): void {
    fileWatcher?.watch([...workspace.folderPaths, ...documents.all().map((d) => workspace.target(d.uri).cwd)]);
  }

  /** Asks the editor for the `speclint` section of its settings (when it can be asked). */
  async function pullSettings(): Promise<void> {
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: SECTION }])) as unknown[];
      workspaceSettings = section;
      applySettings();
    } catch (error) {
      log(`speclint: could not read the editor's settings: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Takes the settings in force now; when they changed, every open document is checked again. */
  function applySettings(): void {
    const next = readSettings([initializationOptions, workspaceSettings], log);
    if (next.debounceMs === settings.debounceMs && next.timeoutSeconds === settings.timeoutSeconds && next.configFile === settings.configFile) return;
    if (next.configFile !== settings.configFile) runner?.setConfigFile(next.configFile);
    settings = next;
    runner?.setTimeoutMs(next.timeoutSeconds * 1000);
    checker?.settingsChanged(next.debounceMs);
    refreshPulled();
  }

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, async ({ settings: given }) => {
      const section = given && typeof given === 'object' ? (given as Record<string, unknown>)[SECTION] : undefined;
      // Clients that can be asked often send nothing here (VS Code sends null): ask them.
      if (section === undefined && client.workspace?.configuration) return pullSettings();
      workspaceSettings = section;
      applySettings();
    }),
  );

  function reloadConfigs(): void {
    checker?.reload();
    refreshPulled();
  }

  function refreshPulled(): void {
    // A pulling client asks again when told to; a pushing one gets the new results anyway.
    if (client.workspace?.diagnostics?.refreshSupport) {
      connection.languages.diagnostics.refresh().catch((error: Error) => log(`speclint: diagnostics refresh failed: ${error.message}`));
    }
  }

  connection.onDidOpenTextDocument(
    guard('didOpen', undefined, ({ textDocument }) => {
      const { uri, languageId, version, text } = textDocument;
      if (typeof uri !== 'string' || typeof text !== 'string') return;
      if (documents.opened(uri, String(languageId), Number.isInteger(version) ? version : 0, text)) {
        checker?.opened(uri);
        updateWatchedFolders();
        return;
      }
      const advice = explainedElsewhere ? undefined : elsewhereAdvice(uri);
      if (advice) {
        explainedElsewhere = true;
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: advice }).catch(unsent);
      }
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
      if (documents.closed(textDocument.uri)) {
        checker?.closed(textDocument.uri);
        updateWatchedFolders();
      }
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, ({ changes }) => {
      if (changes.some((change) => isConfigUri(change.uri))) reloadConfigs();
    }),
  );

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as DocumentDiagnosticReport, async (params, token) => {
      const uri = params.textDocument.uri;
      const result = await checker?.current(uri, () => token.isCancellationRequested);
      // Never "no findings" for a request that was not answered: the editor would blank its list.
      if (token.isCancellationRequested) throw cancelled();
      if (!result && documents.get(uri)) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The check was stopped before it finished; ask again.', { retriggerRequest: true });
      }
      if (!result) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      if (params.previousResultId === result.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.diagnostics };
    }, 'document'),
  );

  connection.onCodeAction(
    guard('codeAction', [], async ({ textDocument, range, context }, token) => {
      if (!wantsQuickFixes(context?.only)) return [];
      const result = await checker?.current(textDocument.uri, () => token.isCancellationRequested);
      if (token.isCancellationRequested) throw cancelled();
      const document = documents.get(textDocument.uri);
      if (!result || !document || document.version !== result.version) return [];
      return codeActions(document, findings(result), range);
    }, 'document'),
  );

  connection.onHover(
    guard('hover', null, async ({ textDocument, position }, token) => {
      const result = await checker?.current(textDocument.uri, () => token.isCancellationRequested);
      if (token.isCancellationRequested) throw cancelled();
      if (!result || result.outcome.kind !== 'linted') return null;
      return hoverAt(findings(result), result.outcome.rules, position);
    }, 'document'),
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
      settings,
      // Who watches the config files: the editor, or the server itself (with the folders it watches).
      configWatch: fileWatcher ? { by: 'server', folders: fileWatcher.folders } : { by: 'editor' },
    })),
  );

  connection.onShutdown(
    guard('shutdown', undefined, () => {
      runner?.dispose();
      fileWatcher?.dispose();
    }),
  );

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

/** The settings from layers of given values, later layers winning; unusable values are logged and skipped. */
function readSettings(layers: unknown[], log: (message: string) => void): ServerSettings {
  const settings = { ...DEFAULTS };
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    for (const key of Object.keys(MINIMUMS) as Array<keyof typeof MINIMUMS>) {
      const value = (layer as Record<string, unknown>)[key];
      if (value === undefined || value === null) continue;
      if (typeof value === 'number' && !Number.isNaN(value) && value >= MINIMUMS[key]) settings[key] = Math.min(value, MAXIMUMS[key]);
      else log(`speclint: ignored the setting ${key}: ${JSON.stringify(value)} is not a number of at least ${MINIMUMS[key]}.`);
    }
    const configFile = (layer as Record<string, unknown>).configFile;
    if (typeof configFile === 'string') {
      // An empty path (the editor's default) means: look for a config, as the command line does.
      if (configFile.trim()) settings.configFile = configFile.trim();
      else delete settings.configFile;
    } else if (configFile !== undefined && configFile !== null) {
      log(`speclint: ignored the setting configFile: ${JSON.stringify(configFile)} is not a path.`);
    }
  }
  return settings;
}

function packageVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}
