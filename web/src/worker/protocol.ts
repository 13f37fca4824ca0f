/** Messages between the page and its Web Worker (structured-cloned; file bytes are transferred, not copied). */
import type { LintMessage, LintResult } from '../../../src/core/messages.js';
import type { WebSettings } from './settings.js';

export type WorkerRequest =
  /** Sent once when the page has loaded: do the first check's one-time work now (see warm-up.ts). */
  | { type: 'warm'; id: number; settings: WebSettings }
  | { type: 'lint'; id: number; name: string; bytes: ArrayBuffer; settings: WebSettings }
  | { type: 'annotate'; id: number; name: string; bytes: ArrayBuffer; messages: LintMessage[]; docsBase: string }
  | { type: 'report'; id: number; results: LintResult[]; docsBase: string; settings: WebSettings };

export type WorkerResponse =
  | { type: 'warmed'; id: number }
  | { type: 'progress'; id: number; stage: 'checking' }
  | { type: 'linted'; id: number; result: LintResult }
  | { type: 'annotated'; id: number; bytes: ArrayBuffer }
  | { type: 'report'; id: number; html: string }
  | { type: 'failed'; id: number; message: string };
