/**
 * The language server under load, driven over stdio as an editor drives it
 * (the built bin/speclint-lsp.js): ten thousand rapid edits, a 5 MB document,
 * a pull cancelled while a 1 MB document is checked, and a check that never
 * ends. Each costs seconds to minutes of CPU on two cores, so `npm test` runs
 * them and `npm run test:unit` does not (vitest.config.ts); lsp.test.ts and
 * lsp-protocol.test.ts drive the rest of the server.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../src/index.js';
import { expectCancelled, pullingClient } from './helpers/lsp-raw.js';
import { LspClient, uriOf, type Diagnostic } from './helpers/lsp.js';
import { tempTree } from './helpers/tmp.js';

const VAGUE = 'The service will be accessible to all.';
const SPEC = `# Service specification: Community dietetics

## 1. Population needs

Referrals for weight management have doubled since 2022.

## 2. Service description

Clinics run in four health centres and by video.
${VAGUE}
`;
const CONFIG = 'rules:\n  require-core-sections: off\n';
const codes = (diagnostics: Diagnostic[]): unknown[] => diagnostics.map((d) => d.code);
const vagueIn = (diagnostics: Diagnostic[]): Diagnostic | undefined => diagnostics.find((d) => d.code === 'no-vague-equity-statement');
const TIMEOUT = { timeout: 120_000 };

describe('speclint-lsp: heavy editing', () => {
  let folder: string;
  let client: LspClient;
  const stats = () => client.request<{ openDocuments: number }>('speclint/stats');

  beforeAll(async () => {
    folder = tempTree({ '.speclintrc.yaml': CONFIG });
    client = LspClient.start();
    await client.initialize(folder);
  });
  afterAll(async () => {
    await client?.stop();
  });

  it('keeps up with ten thousand rapid edits, checking only the latest text', async () => {
    const uri = uriOf(join(folder, 'typing.md'));
    await client.open(uri, SPEC, 1);
    await client.diagnosticsForVersion(uri, 1);
    const since = client.published.length;
    let text = SPEC;
    const lastLine = SPEC.split('\n').length - 1;
    for (let i = 0; i < 10_000; i++) {
      const typed = i % 50 === 49 ? ' ' : 'x';
      const position = { line: lastLine, character: text.length - text.lastIndexOf('\n') - 1 };
      void client.edit(uri, i + 2, [{ range: { start: position, end: position }, newText: typed }]);
      text += typed;
    }
    const final = await client.diagnosticsForVersion(uri, 10_001, 120_000);
    expect(final.diagnostics.map((d) => d.code)).toEqual((await new Linter({ cwd: folder }).lintText(text, join(folder, 'typing.md'))).messages.map((m) => m.ruleId));
    // Debounced: far fewer checks than edits.
    expect(client.published.slice(since).filter((p) => p.uri === uri).length).toBeLessThan(1000);
    await client.close(uri);
  }, 180_000);

  it('keeps answering while it checks a 5 MB document, then reports on it', async () => {
    const sentence = 'The clinic team reviews each referral within ten working days and writes to the patient and their general practitioner with the outcome. ';
    let big = '# A very long specification\n\n';
    for (let i = 0; big.length < 5 * 1024 * 1024; i++) big += `${i % 20 === 0 ? `## Part ${i}\n\n` : ''}${sentence.repeat(8)}\n\n`;
    big += `${VAGUE}\n`;
    const uri = uriOf(join(folder, 'big.md'));
    await client.open(uri, big, 1);
    // The check runs off the main thread: other requests are answered meanwhile.
    const during = await stats();
    expect(during.openDocuments).toBe(1);
    expect(client.published.some((p) => p.uri === uri)).toBe(false);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1, 300_000);
    expect(vagueIn(diagnostics)?.range.start.line).toBe(big.split('\n').length - 2);
    await client.close(uri);
  }, 360_000);
});

describe('speclint-lsp: a pull cancelled during a long check (raw frames)', () => {
  const { client, folder } = pullingClient(CONFIG);

  it('answers a pull cancelled while a long document is being checked as cancelled', async () => {
    const uri = uriOf(join(folder(), 'long.md'));
    let long = SPEC;
    for (let i = 0; long.length < 1024 * 1024; i++) long += `\n## Part ${i}\n\nThe service will be accessible to all. Clinics run five days a week in three health centres.\n`;
    client().notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: long } });
    client().request('textDocument/diagnostic', { textDocument: { uri } }, 'pull-2');
    client().notify('$/cancelRequest', { id: 'pull-2' });
    expectCancelled(await client().response('pull-2'));
    // Asked again, it answers with the findings.
    const full = await client().response(client().request('textDocument/diagnostic', { textDocument: { uri } }));
    expect(full.result).toMatchObject({ kind: 'full' });
    expect(codes((full.result as { items: Diagnostic[] }).items)).toContain('no-vague-equity-statement');
  }, TIMEOUT.timeout);
});

describe('speclint-lsp: a check that takes too long', () => {
  it('is stopped and reported on the document, which is checked again when saved; other documents carry on', async () => {
    // A plugin rule that never returns on a document holding the marker: the check outlasts any
    // time limit on any machine, however fast, so the test does not depend on the machine's speed.
    const NEVER_ENDS = `export default {
  meta: { name: 'speclint-plugin-stuck' },
  rules: {
    'never-ends': {
      meta: { type: 'problem', docs: { description: 'Loops for ever on a marked document' }, messages: { never: 'never' }, schema: [] },
      create() {
        return { sentence(sentence) { if (sentence.text.includes('This sentence never finishes checking')) for (;;) {} } };
      },
    },
  },
};
`;
    const folder = tempTree({
      'stuck.mjs': NEVER_ENDS,
      '.speclintrc.yaml': `${CONFIG}  stuck/never-ends: error\nplugins: [./stuck.mjs]\n`,
    });
    const client = LspClient.start();
    try {
      await client.initialize(folder, {}, { timeoutSeconds: 2 });
      const stuckText = '# A pasted export\n\nThis sentence never finishes checking.\n';
      const stuckUri = uriOf(join(folder, 'stuck.md'));
      await client.open(stuckUri, stuckText, 1);
      const stopped = await client.diagnosticsForVersion(stuckUri, 1, 120_000);
      expect(stopped.diagnostics).toHaveLength(1);
      expect(stopped.diagnostics[0]!.message).toMatch(/^This document took longer than 2 seconds to check, so speclint stopped; it will try again when you save\./);

      // Typing in it does not start another long check...
      await client.edit(stuckUri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x' }]);
      // ...so a small document is checked at once, by a fresh worker.
      const small = uriOf(join(folder, 'small.md'));
      await client.open(small, SPEC, 1);
      expect(vagueIn((await client.diagnosticsForVersion(small, 1)).diagnostics)).toBeDefined();
      expect(client.published.some((p) => p.uri === stuckUri && p.version === 2)).toBe(false);

      // Saving tries again.
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: stuckUri } });
      const retried = await client.diagnosticsForVersion(stuckUri, 2, 120_000);
      expect(retried.diagnostics[0]!.message).toContain('took longer than 2 seconds');
      expect(await client.stop()).toBe(0);
    } finally {
      await client.stop();
    }
  }, 300_000);
});
