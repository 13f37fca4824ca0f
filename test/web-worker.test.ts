/**
 * The browser checker's worker (web/src/worker/worker.ts) run in Node with a
 * stand-in for its global scope: its warm-up (the first check's one-time work,
 * done while the user chooses a file) changes no result, whether a file comes
 * after it, during it or with no warm-up at all, and its Word file reads as
 * the same specification as its Markdown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconSnapshot } from '../scripts/web-data.js';
import { compileSnapshot } from '../web/src/worker/lexicon-snapshot.js';
import { lintFile } from '../web/src/worker/engine.js';
import type { WorkerRequest, WorkerResponse } from '../web/src/worker/protocol.js';
import { DEFAULT_SETTINGS } from '../web/src/worker/settings.js';
import { warmUpFiles } from '../web/src/worker/warm-up.js';
import { startWorker } from '../web/src/worker/worker.js';

const repo = join(import.meta.dirname, '..');
const snapshot = lexiconSnapshot();
const warmUpText = readFileSync(join(repo, 'examples', 'weak-community-diabetes.md'), 'utf8');
const WORD = join(repo, 'fixtures', 'docx', 'pandoc', 'mixed-stop-smoking.docx');
const MARKDOWN = join(repo, 'examples', 'strong-talking-therapies.md');

/** A worker started in this process: send() delivers a request as the page's postMessage would. */
function worker() {
  const posted: WorkerResponse[] = [];
  let listener: ((event: { data: WorkerRequest }) => void) | undefined;
  startWorker({ postMessage: (message) => posted.push(message), addEventListener: (_type, l) => (listener = l) }, snapshot, '0.0.0', undefined, warmUpText);
  const reply = async (id: number): Promise<WorkerResponse> => {
    for (;;) {
      const response = posted.find((r) => r.id === id && r.type !== 'progress');
      if (response) return response;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { posted, send: (request: WorkerRequest) => listener!({ data: request }), reply };
}

const lintRequest = (id: number, file: string): WorkerRequest => {
  const bytes = readFileSync(file);
  return { type: 'lint', id, name: file.split('/').pop()!, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), settings: DEFAULT_SETTINGS };
};

async function lintedWith(order: 'none' | 'after' | 'at-once' | 'midway'): Promise<unknown[]> {
  const w = worker();
  if (order !== 'none') w.send({ type: 'warm', id: 1, settings: DEFAULT_SETTINGS });
  if (order === 'after') expect(await w.reply(1)).toEqual({ type: 'warmed', id: 1 });
  // Some of the warm-up's steps done, not all (they take longer than this).
  if (order === 'midway') await new Promise((resolve) => setTimeout(resolve, 30));
  const results = [];
  for (const [i, file] of [WORD, MARKDOWN].entries()) {
    w.send(lintRequest(10 + i, file));
    const response = await w.reply(10 + i);
    expect(response.type).toBe('linted');
    results.push(response);
  }
  // A warm-up a file arrived during stops early, and still says it has finished.
  if (order === 'at-once' || order === 'midway') expect(await w.reply(1)).toEqual({ type: 'warmed', id: 1 });
  return results;
}

describe('the worker warm-up', () => {
  it('changes no result: a file checked after it, during it, or with none gets the same findings', async () => {
    const none = await lintedWith('none');
    expect((none[0] as { result: { messages: unknown[] } }).result.messages.length).toBeGreaterThan(0);
    expect(await lintedWith('after')).toEqual(none);
    expect(await lintedWith('at-once')).toEqual(none);
    expect(await lintedWith('midway')).toEqual(none);
  });

  it('checks a Word file that reads as the same specification as its Markdown', async () => {
    const lexicons = compileSnapshot(snapshot);
    const files = warmUpFiles(warmUpText);
    expect(files.map((f) => f.name).slice(0, 2)).toEqual(['warm-up.docx', 'warm-up.md']);
    const [docx, md] = await Promise.all(files.slice(0, 2).map((file) => lintFile(file, { preset: 'strict', off: [] }, lexicons)));
    expect(docx!.fatalErrorCount).toBe(0);
    const rules = (r: typeof docx) => [...new Set(r!.messages.map((m) => m.ruleId))].sort();
    expect(rules(md).length).toBeGreaterThan(3);
    expect(rules(docx)).toEqual(rules(md));
  });
});
