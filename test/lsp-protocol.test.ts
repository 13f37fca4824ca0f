/**
 * The language server at the protocol's edges (issue 17, items 10 to 15):
 * lifecycle errors, malformed and corrupt frames, cancelled pulls, Word files
 * (driven by a raw framed client writing bytes to the built server's stdin),
 * and settings and config-file changes (driven by the JSON-RPC client).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../src/lsp/transport.js';
import { expectCancelled, frame, pullingClient, RawLspClient, type RawMessage } from './helpers/lsp-raw.js';
import { LspClient, uriOf, WAIT_MS, type Diagnostic } from './helpers/lsp.js';
import { tempTree } from './helpers/tmp.js';

const SPEC = `# Service specification: Wheelchair and seating service

## 1. Population needs

Demand for powered wheelchairs has risen by a fifth since 2021.

## 2. Outcomes

| Indicator | Target |
|---|---|
| Chairs delivered within 18 weeks of referral | 92% |

## 3. Service description

Assessments take place at the hub or in the person's home.
The service will be accessible to all.
`;
const CONFIG = 'rules:\n  require-core-sections: off\n';
const VAGUE_OFF = 'rules:\n  require-core-sections: off\n  no-vague-equity-statement: off\n';
const VAGUE = 'no-vague-equity-statement';
const TIMEOUT = { timeout: 120_000 };

const codes = (diagnostics: Diagnostic[]): unknown[] => diagnostics.map((d) => d.code);
const errorCode = (m: RawMessage): number | undefined => m.error?.code;

interface Stats {
  openDocuments: number;
  settings: { debounceMs: number; timeoutSeconds: number; configFile?: string };
  configWatch: { by: 'editor' | 'server'; folders?: string[] };
}

/** Asks for the server's stats until `accept` holds (the server applies some changes asynchronously). */
async function statsUntil(client: LspClient, accept: (s: Stats) => boolean, what: string): Promise<Stats> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const stats = await client.request<Stats>('speclint/stats');
    if (accept(stats)) return stats;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last stats: ${JSON.stringify(stats)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('speclint-lsp lifecycle and malformed messages (raw frames)', () => {
  let client: RawLspClient;
  afterEach(async () => {
    await client?.stop();
    expect(client.framingError).toBeUndefined();
  });

  it('answers a request before initialize with ServerNotInitialized and drops notifications', async () => {
    const folder = tempTree({ '.speclintrc.yaml': CONFIG });
    client = RawLspClient.start(folder);
    const early = client.request('textDocument/hover', { textDocument: { uri: uriOf(join(folder, 'spec.md')) }, position: { line: 0, character: 0 } });
    client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(join(folder, 'spec.md')), languageId: 'markdown', version: 1, text: SPEC } });
    const answer = await client.response(early);
    expect(errorCode(answer)).toBe(-32002);
    expect(answer.result).toBeUndefined();

    const init = await client.initialize(uriOf(folder));
    expect(init.result).toMatchObject({ capabilities: { hoverProvider: true } });
    // The didOpen sent before initialize was dropped, as the specification says.
    const stats = await client.response(client.request('speclint/stats'));
    expect(stats.result).toMatchObject({ openDocuments: 0 });
  }, TIMEOUT.timeout);

  it('answers malformed JSON with ParseError (id null) and other non-messages with InvalidRequest, then carries on', async () => {
    client = RawLspClient.start();
    await client.initialize(null);
    client.write(frame('{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": {'));
    const parse = await client.waitFor((m) => errorCode(m) === -32700, 'a ParseError');
    expect(parse).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } });
    for (const body of ['[1, 2, 3]', '{"hello": "world"}', '42']) {
      const since = client.received.length;
      client.write(frame(body));
      const invalid = await client.waitFor((m) => errorCode(m) === -32600, `InvalidRequest for ${body}`, WAIT_MS, since);
      expect(invalid.id).toBeNull();
    }
    // Still serving.
    const stats = await client.response(client.request('speclint/stats'));
    expect(stats.result).toMatchObject({ openDocuments: 0 });
    expect(client.received.filter((m) => m.id === 7)).toEqual([]);
  }, TIMEOUT.timeout);

  it('answers a request whose params are not an object, or name no document, with InvalidParams, then carries on', async () => {
    client = RawLspClient.start();
    client.write(frame('{"jsonrpc": "2.0", "id": 31, "method": "initialize", "params": null}'));
    expect(errorCode(await client.waitFor((m) => m.id === 31, 'the answer to initialize with null params'))).toBe(-32602);
    await client.initialize(null);
    client.write(frame('{"jsonrpc": "2.0", "id": 32, "method": "textDocument/codeAction", "params": null}'));
    expect(errorCode(await client.waitFor((m) => m.id === 32, 'the answer to codeAction with null params'))).toBe(-32602);
    client.write(frame('{"jsonrpc": "2.0", "id": 33, "method": "textDocument/hover", "params": {}}'));
    expect(errorCode(await client.waitFor((m) => m.id === 33, 'the answer to hover with no document'))).toBe(-32602);
    const stats = await client.response(client.request('speclint/stats'));
    expect(stats.result).toMatchObject({ openDocuments: 0 });
    // shutdown takes no params: null is accepted, as some clients send it.
    client.write(frame('{"jsonrpc": "2.0", "id": 34, "method": "shutdown", "params": null}'));
    expect(await client.waitFor((m) => m.id === 34, 'the answer to shutdown with null params')).toMatchObject({ result: null });
    client.notify('exit');
    expect(await client.exit()).toBe(0);
  }, TIMEOUT.timeout);

  it('answers requests after shutdown with InvalidRequest, and exits cleanly on exit', async () => {
    client = RawLspClient.start();
    await client.initialize(null);
    const shutdown = client.request('shutdown');
    expect(await client.response(shutdown)).toMatchObject({ result: null });
    const late = await client.response(client.request('speclint/stats'));
    expect(errorCode(late)).toBe(-32600);
    expect(late.result).toBeUndefined();
    const again = await client.response(client.request('shutdown'));
    expect(errorCode(again)).toBe(-32600);
    client.notify('exit');
    expect(await client.exit()).toBe(0);
  }, TIMEOUT.timeout);

  it('exits with 1 on exit without shutdown, even before initialize', async () => {
    client = RawLspClient.start();
    client.notify('exit');
    expect(await client.exit()).toBe(1);
  }, TIMEOUT.timeout);
});

describe('speclint-lsp: corrupt frames (raw bytes)', () => {
  let client: RawLspClient;
  afterEach(async () => {
    await client?.stop();
  });

  const corrupt: Array<[string, string, RegExp]> = [
    ['a length that is not a number', 'Content-Length: abc\r\n\r\n{}', /Content-Length: "abc"/],
    ['a negative length', 'Content-Length: -5\r\n\r\n{}', /Content-Length: "-5"/],
    ['a 2 GB length', `Content-Length: ${2 * 1024 ** 3}\r\n\r\n{"jsonrpc": "2.0"`, new RegExp(`${2 * 1024 ** 3} bytes, over the limit of ${MAX_MESSAGE_BYTES} bytes`)],
    ['a length one byte over the limit', `Content-Length: ${MAX_MESSAGE_BYTES + 1}\r\n\r\n`, /over the limit/],
    ['a header that never ends', `Content-Length: 10\r\nX-Padding: ${'x'.repeat(20_000)}`, /header longer than 8192 bytes/],
  ];
  for (const [what, bytes, reason] of corrupt) {
    it(`logs one line to stderr and exits non-zero on ${what}, holding nothing back`, async () => {
      client = RawLspClient.start();
      await client.initialize(null);
      client.write(bytes);
      // A client that keeps writing after the bad frame must not be buffered without end.
      client.write(Buffer.alloc(1024 * 1024, 0x20));
      expect(await client.exit()).toBe(1);
      const lines = client.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^speclint-lsp: the editor sent /);
      expect(lines[0]).toMatch(reason);
      expect(client.framingError).toBeUndefined();
    }, TIMEOUT.timeout);
  }

  it('skips a header block with no Content-Length and answers the next message', async () => {
    client = RawLspClient.start();
    await client.initialize(null);
    client.write('X-Nonsense: 1\r\n\r\n');
    const id = 42;
    client.write(frame(JSON.stringify({ jsonrpc: '2.0', id, method: 'speclint/stats' })));
    expect(await client.response(id)).toMatchObject({ result: { openDocuments: 0 } });
    expect(client.exitCode).toBeUndefined();
  }, TIMEOUT.timeout);

  it('reads a message split into single bytes, and several messages in one write', async () => {
    client = RawLspClient.start();
    await client.initialize(null);
    const bytes = Buffer.from(frame(JSON.stringify({ jsonrpc: '2.0', id: 'split', method: 'speclint/stats' })));
    for (const byte of bytes) client.write(Buffer.from([byte]));
    expect(await client.response('split')).toMatchObject({ result: { openDocuments: 0 } });
    client.write(frame('{"jsonrpc":"2.0","id":1,"method":"speclint/stats"}') + frame('{"jsonrpc":"2.0","id":2,"method":"speclint/stats"}'));
    await client.response(1);
    await client.response(2);
  }, TIMEOUT.timeout);
});

describe('speclint-lsp: a cancelled pull (raw frames)', () => {
  const { client, folder } = pullingClient(CONFIG);

  it('answers a pull cancelled at once as cancelled, not as "no findings"', async () => {
    const uri = uriOf(join(folder(), 'spec.md'));
    const open = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: SPEC } } };
    const pull = { jsonrpc: '2.0', id: 'pull-1', method: 'textDocument/diagnostic', params: { textDocument: { uri } } };
    const cancel = { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 'pull-1' } };
    client().write([open, pull, cancel].map((m) => frame(JSON.stringify(m))).join(''));
    expectCancelled(await client().response('pull-1'));
  }, TIMEOUT.timeout);

});

describe('speclint-lsp: Word files opened in the editor (raw frames)', () => {
  let client: RawLspClient;
  afterAll(async () => {
    await client?.stop();
  });

  it('says once, as an information message, that Word files are checked with the command line or the browser checker', async () => {
    const folder = tempTree({ '.speclintrc.yaml': CONFIG });
    client = RawLspClient.start(folder);
    await client.initialize(uriOf(folder));
    for (const name of ['draft.docx', 'second draft.docx']) {
      client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(join(folder, name)), languageId: 'plaintext', version: 1, text: 'PK\u0003\u0004' } });
    }
    // Messages come in order: once stats answers, every message for the opens has been sent.
    await client.response(client.request('speclint/stats'));
    const shown = client.received.filter((m) => m.method === 'window/showMessage');
    expect(shown).toHaveLength(1);
    const { type, message } = shown[0]!.params as { type: number; message: string };
    expect(type).toBe(3); // Info
    expect(message).toContain('`speclint draft.docx`');
    expect(message).toContain('browser checker');
    expect(client.received.filter((m) => m.method === 'textDocument/publishDiagnostics')).toEqual([]);
  }, TIMEOUT.timeout);
});

describe('speclint-lsp settings: initializationOptions, didChangeConfiguration and workspace/configuration', () => {
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
  });

  it('takes settings pushed under "speclint" and checks the open documents again', async () => {
    const folder = tempTree({ '.speclintrc.yaml': CONFIG });
    client = LspClient.start();
    await client.initialize(folder, {}, { debounceMs: 40 });
    expect((await client.request<Stats>('speclint/stats')).settings).toEqual({ debounceMs: 40, timeoutSeconds: 120 });
    const uri = uriOf(join(folder, 'spec.md'));
    await client.open(uri, SPEC, 1);
    await client.diagnosticsForVersion(uri, 1);

    let since = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speclint: { timeoutSeconds: 30 } } });
    const rechecked = await client.diagnosticsFor(uri, (p) => p.version === 1, since);
    expect(codes(rechecked.diagnostics)).toContain(VAGUE);
    // The workspace settings win over initializationOptions key by key.
    expect((await client.request<Stats>('speclint/stats')).settings).toEqual({ debounceMs: 40, timeoutSeconds: 30 });

    // A value that cannot be used is logged and skipped; no section at all means none given.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speclint: { timeoutSeconds: 'soon' } } });
    await statsUntil(client, (s) => s.settings.timeoutSeconds === 120, 'the default time limit back');
    expect(client.logs.some((l) => l.includes('ignored the setting timeoutSeconds'))).toBe(true);
    since = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speclint: { debounceMs: 0 } } });
    await client.diagnosticsFor(uri, (p) => p.version === 1, since);
    expect((await client.request<Stats>('speclint/stats')).settings).toEqual({ debounceMs: 0, timeoutSeconds: 120 });

    // A limit longer than a timer can wait (set to mean "none") is held at the longest one, not fired at once.
    since = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speclint: { timeoutSeconds: 3_000_000, debounceMs: 1e308 } } });
    await statsUntil(client, (s) => s.settings.timeoutSeconds === 2_147_483, 'the longest time limit');
    expect((await client.request<Stats>('speclint/stats')).settings).toEqual({ debounceMs: 2 ** 31 - 1, timeoutSeconds: 2_147_483 });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speclint: { debounceMs: 0 } } });
    const checked = await client.diagnosticsFor(uri, (p) => p.version === 1, since);
    expect(codes(checked.diagnostics)).toContain(VAGUE);
  }, TIMEOUT.timeout);

  it('uses the config file the editor names (speclint.configFile), and looks for one again when it is emptied', async () => {
    const quiet = 'rules:\n  require-core-sections: off\n  no-vague-equity-statement: off\n';
    const folder = tempTree({ '.speclintrc.yaml': CONFIG, 'configs/quiet.yaml': quiet });
    client = LspClient.start();
    await client.initialize(folder, {});
    const uri = uriOf(join(folder, 'spec.md'));
    await client.open(uri, SPEC, 1);
    expect(codes((await client.diagnosticsForVersion(uri, 1)).diagnostics)).toContain(VAGUE);

    let since = client.published.length;
    // A relative path is taken from the workspace folder, as the extension's setting says.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speclint: { configFile: 'configs/quiet.yaml' } } });
    const quietened = await client.diagnosticsFor(uri, (p) => p.version === 1, since);
    expect(codes(quietened.diagnostics)).not.toContain(VAGUE);
    expect((await client.request<Stats>('speclint/stats')).settings).toEqual({ debounceMs: 150, timeoutSeconds: 120, configFile: 'configs/quiet.yaml' });

    since = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { speclint: { configFile: '' } } });
    const found = await client.diagnosticsFor(uri, (p) => p.version === 1, since);
    expect(codes(found.diagnostics)).toContain(VAGUE);
  }, TIMEOUT.timeout);

  it('pulls settings with workspace/configuration when the editor can be asked, at start and on each change', async () => {
    const folder = tempTree({ '.speclintrc.yaml': CONFIG });
    client = LspClient.start();
    const asked: unknown[] = [];
    let current: unknown = { timeoutSeconds: 45 };
    client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      asked.push(params.items);
      return params.items.map(() => current);
    });
    await client.initialize(folder, { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } });
    await statsUntil(client, (s) => s.settings.timeoutSeconds === 45, 'the pulled settings');
    expect(asked[0]).toEqual([{ section: 'speclint' }]);
    const registration = await client.waitFor(
      () => client.registrations.find((r) => r.method === 'workspace/didChangeConfiguration'),
      'the settings registration',
    );
    expect(registration.registerOptions).toEqual({ section: 'speclint' });

    const uri = uriOf(join(folder, 'spec.md'));
    await client.open(uri, SPEC, 1);
    await client.diagnosticsForVersion(uri, 1);
    const since = client.published.length;
    current = { timeoutSeconds: 90, debounceMs: 10 };
    // VS Code sends null and expects to be asked.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnosticsFor(uri, (p) => p.version === 1, since);
    expect((await client.request<Stats>('speclint/stats')).settings).toEqual({ debounceMs: 10, timeoutSeconds: 90 });
    expect(asked).toHaveLength(2);
  }, TIMEOUT.timeout);
});

describe('speclint-lsp: config and ignore files watched by the server when the editor cannot', () => {
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
  });

  it('re-checks open documents when .speclintrc.yaml, .speclintignore or package.json change on disk', async () => {
    const folder = tempTree({ '.speclintrc.yaml': CONFIG });
    client = LspClient.start();
    // No workspace.didChangeWatchedFiles capability, as in Neovim 0.7.
    await client.initialize(folder, {});
    const uri = uriOf(join(folder, 'spec.md'));
    await client.open(uri, SPEC, 1);
    expect(codes((await client.diagnosticsForVersion(uri, 1)).diagnostics)).toContain(VAGUE);
    const stats = await client.request<Stats>('speclint/stats');
    expect(stats.configWatch.by).toBe('server');
    expect(stats.configWatch.folders).toContain(folder);

    let since = client.published.length;
    writeFileSync(join(folder, '.speclintrc.yaml'), VAGUE_OFF);
    await client.diagnosticsFor(uri, (p) => !codes(p.diagnostics).includes(VAGUE), since);

    since = client.published.length;
    writeFileSync(join(folder, '.speclintignore'), 'spec.md\n');
    await client.diagnosticsFor(uri, (p) => p.diagnostics.length === 0, since);

    since = client.published.length;
    rmSync(join(folder, '.speclintignore'));
    rmSync(join(folder, '.speclintrc.yaml'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'specs', speclint: { rules: { 'require-core-sections': 'off' } } }));
    await client.diagnosticsFor(uri, (p) => codes(p.diagnostics).includes(VAGUE) && !codes(p.diagnostics).includes('require-core-sections'), since);
  }, TIMEOUT.timeout);

  it('leaves watching to the editor when it can register file watchers', async () => {
    const folder = tempTree({ '.speclintrc.yaml': CONFIG });
    client = LspClient.start();
    await client.initialize(folder, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    await client.waitFor(() => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 'the watcher registration');
    expect((await client.request<Stats>('speclint/stats')).configWatch).toEqual({ by: 'editor' });
  }, TIMEOUT.timeout);
});
