/**
 * When documents are checked and which results count. Opening and saving check
 * at once; typing checks once the edits pause (debounced). A result counts only
 * if the document still has the version that was linted, under the configs
 * still in force, so a slow result for an old version never replaces a newer
 * one. Pushed and pulled diagnostics come from the same stored result, so they
 * always agree.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from './diagnostics.js';
import type { Documents } from './documents.js';
import type { LintRunner } from './lint-runner.js';
import type { LintOutcome } from './protocol.js';
import type { Workspace } from './workspace.js';

export interface CheckResult {
  version: number;
  outcome: LintOutcome;
  diagnostics: Diagnostic[];
  /** Changes whenever the text or the configs change (for pull diagnostics). */
  resultId: string;
}

/** What a lint job was for: the open document (a reopened one is a new object), its version, the configs. */
export interface CheckTag {
  document: TextDocument;
  version: number;
  generation: number;
}

interface Stored extends CheckResult {
  document: TextDocument;
  generation: number;
}

export interface CheckerOptions {
  documents: Documents;
  workspace: Workspace;
  runner: LintRunner<CheckTag>;
  /** Sends diagnostics to the editor; not called when the editor pulls them instead. */
  publish?: (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void;
  /** Shows a message the user must see (a broken config), once per problem. */
  showError: (message: string) => void;
  log: (message: string) => void;
  debounceMs: number;
  /** Longest text checked, in UTF-16 code units; longer ones get one message instead. */
  maxChars: number;
}

export class Checker {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, Stored>();
  /**
   * Documents whose last check failed (too large, too slow, out of memory):
   * checked again only when saved, so typing in one cannot keep the checker
   * busy for minutes at a time while other documents wait.
   */
  private readonly failed = new Set<string>();
  /** Goes up each time the configs are read again. */
  private generation = 0;
  /** Goes up with each result stored: a reopened document starts its versions again (Helix, Eglot), so a result id must not repeat. */
  private stored = 0;
  private readonly shownConfigErrors = new Set<string>();

  private readonly options: CheckerOptions;

  constructor(options: CheckerOptions) {
    this.options = { ...options };
  }

  opened(uri: string): void {
    void this.check(uri);
  }

  changed(uri: string): void {
    // A run for the old text is wasted work now; stop it if it is a long one.
    this.options.runner.cancel(uri);
    this.clearTimer(uri);
    if (this.failed.has(uri)) return;
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.check(uri);
    }, this.options.debounceMs);
    this.timers.set(uri, timer);
  }

  saved(uri: string): void {
    this.failed.delete(uri);
    void this.check(uri);
  }

  closed(uri: string): void {
    this.clearTimer(uri);
    this.failed.delete(uri);
    this.options.runner.cancel(uri);
    this.results.delete(uri);
    this.options.publish?.(uri, undefined, []);
  }

  /** Configs changed: read them again and check every open document. */
  reload(): void {
    this.options.runner.reload();
    this.recheck();
  }

  /**
   * The server's settings changed: check every open document again, those whose
   * last check failed included (a longer time limit may now be enough).
   */
  settingsChanged(debounceMs: number): void {
    this.options.debounceMs = debounceMs;
    this.failed.clear();
    this.recheck();
  }

  private recheck(): void {
    this.generation++;
    this.shownConfigErrors.clear();
    for (const document of this.options.documents.all()) void this.check(document.uri);
  }

  /**
   * The result for the document as it is now, linting it at once if need be
   * (for pulled diagnostics, code actions and hover); undefined once it is closed.
   */
  current(uri: string, isCancelled: () => boolean = () => false): Promise<CheckResult | undefined> {
    this.clearTimer(uri);
    return this.check(uri, isCancelled, true);
  }

  /**
   * Lints the document unless its result is current. Checks triggered by
   * events try once (a newer edit has its own check coming); requests keep
   * trying until they have a result for the text as it is.
   */
  private async check(uri: string, isCancelled: () => boolean = () => false, retry = false): Promise<CheckResult | undefined> {
    try {
      for (let first = true; (first || retry) && !isCancelled(); first = false) {
        const document = this.options.documents.get(uri);
        if (!document) return undefined;
        const stored = this.results.get(uri);
        if (stored && this.isCurrent(stored)) return stored;
        // A failed document keeps its message until it is saved (see `failed`).
        if (stored && this.failed.has(uri)) return stored;
        const before = { version: document.version, generation: this.generation };
        const result = await this.lint(document);
        if (result) return result;
        // Nothing changed, yet no result: the run was cancelled (the document is closing, or the server stopping).
        if (document.version === before.version && this.generation === before.generation) return undefined;
      }
    } catch (error) {
      this.options.log(`speclint: checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    return undefined;
  }

  get openResults(): number {
    return this.results.size;
  }

  private async lint(document: TextDocument): Promise<Stored | undefined> {
    const tag: CheckTag = { document, version: document.version, generation: this.generation };
    const text = document.getText();
    if (text.length > this.options.maxChars) {
      const mb = Math.round(this.options.maxChars / 1024 / 1024);
      return this.store(tag, {
        kind: 'failed',
        message: `This document is larger than ${mb} MB, too large to check as you type; it will be checked again when you save. Run speclint on it from the command line, or split it into smaller files.`,
      });
    }
    const { cwd, filePath } = this.options.workspace.target(document.uri);
    const run = await this.options.runner.lint({ key: document.uri, tag, cwd, filePath, text });
    // The run may be for a newer version than asked for: jobs waiting for the same document are merged.
    return run && this.store(run.tag, run.outcome);
  }

  private store(tag: CheckTag, outcome: LintOutcome): Stored | undefined {
    const uri = tag.document.uri;
    const candidate = { document: tag.document, version: tag.version, generation: tag.generation };
    if (!this.isCurrent(candidate)) return undefined; // stale: never replaces a newer result
    const existing = this.results.get(uri);
    if (existing && this.isCurrent(existing)) return existing; // already stored and sent
    const stored: Stored = {
      ...candidate,
      outcome,
      diagnostics: toDiagnostics(outcome, tag.document),
      resultId: `${tag.generation}:${tag.version}:${++this.stored}`,
    };
    this.results.set(uri, stored);
    if (outcome.kind === 'config-error' && !this.shownConfigErrors.has(outcome.message)) {
      this.shownConfigErrors.add(outcome.message);
      this.options.showError(`speclint could not use its configuration, so the files it applies to are not being checked. ${outcome.message}`);
    }
    if (outcome.kind === 'failed') {
      this.failed.add(uri);
      this.options.log(`speclint: ${uri}: ${outcome.message}`);
    }
    this.options.publish?.(uri, stored.version, stored.diagnostics);
    return stored;
  }

  private isCurrent(s: { document: TextDocument; version: number; generation: number }): boolean {
    return (
      s.generation === this.generation && this.options.documents.get(s.document.uri) === s.document && s.document.version === s.version
    );
  }

  private clearTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(uri);
    }
  }
}
