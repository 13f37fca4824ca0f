/**
 * What passes between the server and its lint worker. Plain data only, so it
 * survives structured cloning between threads.
 */
import type { LintMessage } from '../core/messages.js';

/** A rule's documentation, for hover and the diagnostics' links. */
export interface RuleInfo {
  /** A public http(s) address; absent when there is none (a file:// path would open nothing for anyone else). */
  url?: string;
  description: string;
  rationale: string;
  source: string;
  goodExample: string;
}

export type LintOutcome =
  /** The text was linted: its findings, and the docs of the rules they name. */
  | { kind: 'linted'; messages: LintMessage[]; rules: Record<string, RuleInfo> }
  /** The file is ignored by the config's `ignores` or a .speclintignore. */
  | { kind: 'ignored' }
  /** The config could not be loaded; nothing was linted. */
  | { kind: 'config-error'; message: string; configFile?: string }
  /** Nothing could be linted (too large, too slow, an internal error); a sentence saying why. */
  | { kind: 'failed'; message: string };

export interface LintRequest {
  type: 'lint';
  id: number;
  /** The folder whose config applies (a workspace folder, or the file's own folder). */
  cwd: string;
  filePath: string;
  text: string;
}

/** Forget every loaded config, so the next lint reads them again. */
export interface ReloadRequest {
  type: 'reload';
}

/** Use this config file (relative paths from each folder whose config applies), or look for one (undefined). */
export interface ConfigFileRequest {
  type: 'config-file';
  path: string | undefined;
}

export type WorkerRequest = LintRequest | ReloadRequest | ConfigFileRequest;

export interface WorkerHeap {
  usedHeapSize: number;
  totalHeapSize: number;
}

/** A lint's outcome, with the worker's heap just after it (for the server's stats request). */
export interface WorkerResult {
  id: number;
  outcome: LintOutcome;
  heap: WorkerHeap;
}

/** The worker has loaded and begun this lint: the time limit counts from here, not from a cold start. */
export interface WorkerStarted {
  id: number;
  started: true;
}

export type WorkerResponse = WorkerResult | WorkerStarted;
