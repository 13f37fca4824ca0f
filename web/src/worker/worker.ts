/**
 * The checker's Web Worker: reading Word files, linting, annotating and the
 * HTML report all run here, so a large or hostile file never freezes the page.
 * Started by web/src/worker-entry.ts with the build's lexicon snapshot and the
 * short specification it warms up on (warm-up.ts).
 */
import { builtinRules } from '../../../rules/index.js';
import { annotateDocx } from '../../../src/annotate/docx.js';
import type { Lexicons } from '../../../src/core/lexicon.js';
import htmlReport from '../../../src/formatters/html.js';
import { InputError } from '../../../src/loaders/decode.js';
import { ruleDocsUrl } from './docs-links.js';
import { lintFile } from './engine.js';
import { compileSnapshot, type LexiconSnapshot } from './lexicon-snapshot.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';
import type { ReportVocabulary } from '../../../src/report/vocabulary.js';
import { warmUpFiles } from './warm-up.js';

/** The parts of a worker's global scope used here (the Node-typed build has no WebWorker lib). */
export interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest }) => void): void;
}

/** Lets messages that have arrived run before the next step of the warm-up. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function startWorker(scope: WorkerScope, snapshot: LexiconSnapshot, version: string, vocabulary?: ReportVocabulary, warmUpText?: string): void {
  let lexicons: Lexicons | undefined;
  // Compiled on first use (the warm-up's or the first file's), not at start-up, so the page is ready sooner.
  const compiled = (): Lexicons => (lexicons ??= compileSnapshot(snapshot));
  const post = (message: WorkerResponse, transfer?: ArrayBuffer[]): void => scope.postMessage(message, transfer);
  let warming = false;
  /** Set by the first real request: the warm-up stops at its next step, so a file dropped during it waits for one step at most. */
  let requested = false;

  async function warmUp(request: Extract<WorkerRequest, { type: 'warm' }>): Promise<void> {
    if (warming) return;
    warming = true;
    const files = warmUpText === undefined ? [] : warmUpFiles(warmUpText);
    const steps = [(): unknown => compiled(), ...files.map((file) => () => lintFile(file, request.settings, compiled()))];
    for (const step of steps) {
      await nextTask();
      if (requested) break;
      await step();
    }
    post({ type: 'warmed', id: request.id });
  }

  async function handle(request: WorkerRequest): Promise<void> {
    if (request.type !== 'warm') requested = true;
    switch (request.type) {
      case 'warm':
        return warmUp(request);
      case 'lint': {
        post({ type: 'progress', id: request.id, stage: 'checking' });
        const result = await lintFile({ name: request.name, bytes: new Uint8Array(request.bytes) }, request.settings, compiled());
        post({ type: 'linted', id: request.id, result });
        return;
      }
      case 'annotate': {
        const bytes = annotateDocx(new Uint8Array(request.bytes), request.messages, {
          fileName: request.name,
          docsUrl: ruleDocsUrl(builtinRules, request.docsBase),
          rules: builtinRules,
          models: vocabulary,
        });
        // A copy that owns its buffer exactly, so it can be transferred.
        const out = bytes.slice().buffer;
        post({ type: 'annotated', id: request.id, bytes: out }, [out]);
        return;
      }
      case 'report': {
        const html = htmlReport(request.results, {
          cwd: '',
          color: false,
          rules: builtinRules,
          docsUrl: ruleDocsUrl(builtinRules, request.docsBase),
          models: vocabulary,
          version,
          checkedAt: new Date(),
          configuration: {
            source: `the checker's settings${request.settings.off.length > 0 ? ` (${request.settings.off.join(', ')} turned off)` : ''}`,
            extends: [`speclint:${request.settings.preset}`],
          },
        });
        post({ type: 'report', id: request.id, html });
      }
    }
  }

  scope.addEventListener('message', (event) => {
    const request = event.data;
    handle(request).catch((error: unknown) => {
      const message =
        error instanceof InputError
          ? error.message
          : `Something went wrong in the checker (${error instanceof Error ? error.message : String(error)}). Reload the page and try again.`;
      post({ type: 'failed', id: request.id, message });
    });
  });
}
