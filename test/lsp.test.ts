/**
 * The language server, driven over stdio by a real JSON-RPC client as an
 * editor would drive it (the built bin/speclint-lsp.js: run after `npm run build`).
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinRules, Linter } from '../src/index.js';
import { codeActions, paragraphStart, topLine } from '../src/lsp/code-actions.js';
import { rangeOf } from '../src/lsp/diagnostics.js';
import { isSpecDocument } from '../src/lsp/documents.js';
import { applyEdits, LSP_BIN, LspClient, textAt, uriOf, type CodeAction, type Diagnostic, type PublishDiagnostics } from './helpers/lsp.js';
import { tempTree } from './helpers/tmp.js';

const SPEC = `# Service specification: Community podiatry

## 1. Population needs

The local population is growing and ageing.

## 2. Outcomes

| Indicator | Target |
|---|---|
| Patients seen within 6 weeks | 90% |

## 3. Service description

Clinics run five days a week in three health centres.
The service will be accessible to all.

Care will follow national guidance.
`;
const VAGUE = 'The service will be accessible to all.';
const VAGUE_LINE = SPEC.split('\n').indexOf(VAGUE);
const CONFIG = 'rules:\n  require-core-sections: off\n';
const VAGUE_OFF = 'rules:\n  require-core-sections: off\n  no-vague-equity-statement: off\n';
const ERROR = 1;
const WARNING = 2;

const codes = (p: PublishDiagnostics | { items: Diagnostic[] }): unknown[] => ('items' in p ? p.items : p.diagnostics).map((d) => d.code);
const vagueIn = (diagnostics: Diagnostic[]): Diagnostic | undefined => diagnostics.find((d) => d.code === 'no-vague-equity-statement');

/** What the linter itself finds, as LSP ranges: the server must say the same. */
async function expectedFindings(folder: string, file: string, text: string): Promise<unknown[]> {
  const { messages } = await new Linter({ cwd: folder }).lintText(text, join(folder, file));
  return messages.map((m) => ({
    code: m.ruleId,
    severity: m.severity === 2 ? ERROR : WARNING,
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine! - 1, character: m.endColumn! - 1 } },
  }));
}

describe('speclint-lsp: diagnostics, quick fixes, hover and config over stdio', () => {
  let folder: string;
  let client: LspClient;
  let init: { capabilities: Record<string, unknown> };
  const file = (name: string): string => join(folder, name);

  beforeAll(async () => {
    folder = tempTree({ '.speclintrc.yaml': CONFIG, 'spec.md': SPEC });
    client = LspClient.start();
    init = await client.initialize(folder, {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
    });
  });
  afterAll(async () => {
    await client?.stop();
  });

  it('advertises push and pull diagnostics, quick fixes and hover, and watches the config files', async () => {
    expect(init.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
      diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
    });
    const registration = await client.waitFor(
      () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'the config watcher registration',
    );
    expect(registration.registerOptions).toEqual({
      watchers: [{ globPattern: '**/.speclintrc.{yaml,yml,json}' }, { globPattern: '**/package.json' }, { globPattern: '**/.speclintignore' }, { globPattern: '**/speclint-suppressions.json' }],
    });
  });

  it('publishes the findings of an opened specification, with codes, ranges and severities, and no file:// docs link', async () => {
    const uri = uriOf(file('spec.md'));
    await client.open(uri, SPEC, 1);
    const published = await client.diagnosticsForVersion(uri, 1);
    const expected = await expectedFindings(folder, 'spec.md', SPEC);
    expect(expected.length).toBeGreaterThan(2);
    expect(published.diagnostics.map(({ code, severity, range }) => ({ code, severity, range }))).toEqual(expected);
    for (const d of published.diagnostics) {
      expect(d.source).toBe('speclint');
      // No public docs address is configured: no link (a file:// path would open nothing for anyone else).
      expect(d.codeDescription).toBeUndefined();
      expect(d.message.length).toBeGreaterThan(20);
    }
    // The vague promise is underlined exactly, as an error.
    const vague = vagueIn(published.diagnostics)!;
    expect(vague).toMatchObject({ severity: ERROR, range: { start: { line: VAGUE_LINE, character: 0 } } });
    expect(textAt(SPEC, vague.range)).toBe(VAGUE);
    // A finding about the whole document sits on the title.
    const engagement = published.diagnostics.find((d) => d.code === 'require-engagement-plan')!;
    expect(textAt(SPEC, engagement.range)).toBe('Service specification: Community podiatry');
    // Warnings stay warnings.
    expect(published.diagnostics.find((d) => d.code === 'require-ethnicity-needs-analysis')?.severity).toBe(WARNING);
  });

  it('checks again after an edit and publishes for the new version; older versions are ignored', async () => {
    const uri = uriOf(file('spec.md'));
    // Delete the vague sentence.
    await client.edit(uri, 2, [{ range: { start: { line: VAGUE_LINE, character: 0 }, end: { line: VAGUE_LINE + 1, character: 0 } }, newText: '' }]);
    const v2 = await client.diagnosticsForVersion(uri, 2);
    expect(vagueIn(v2.diagnostics)).toBeUndefined();
    const edited = SPEC.replace(`${VAGUE}\n`, '');
    expect(v2.diagnostics.map(({ code, severity, range }) => ({ code, severity, range }))).toEqual(await expectedFindings(folder, 'spec.md', edited));

    // A change for an older version must not wind the document back.
    await client.replaceAll(uri, 1, SPEC);
    const pulled = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(pulled.items).toEqual(v2.diagnostics);
  });

  it('answers pull requests (LSP 3.17) with what it pushed, and says when nothing changed', async () => {
    const uri = uriOf(file('spec.md'));
    const pushed = await client.diagnosticsForVersion(uri, 2);
    const full = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(full.kind).toBe('full');
    expect(full.items).toEqual(pushed.diagnostics);
    const again = await client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: full.resultId });
    expect(again.kind).toBe('unchanged');
  });

  it('never says "unchanged" for a document closed and reopened at the same version with other text (Helix, Eglot)', async () => {
    const uri = uriOf(file('reopened.md'));
    await client.open(uri, SPEC, 1);
    const first = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(vagueIn(first.items)).toBeDefined();
    await client.close(uri);
    await client.open(uri, SPEC.replace(`${VAGUE}\n`, ''), 1);
    const reopened = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    expect(reopened.kind).toBe('full');
    expect(vagueIn(reopened.items)).toBeUndefined();
    await client.close(uri);
  });

  describe('quick fixes', () => {
    const FRONT = `---\ntitle: Community podiatry\n---\n${SPEC}`;
    const uri = (): string => uriOf(file('actions.md'));
    let vague: Diagnostic;
    let actions: CodeAction[];

    beforeAll(async () => {
      await client.open(uri(), FRONT, 1);
      vague = vagueIn((await client.diagnosticsForVersion(uri(), 1)).diagnostics)!;
      actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: { start: vague.range.start, end: vague.range.start },
        context: { diagnostics: [vague] },
      });
    });

    const action = (title: string): CodeAction => {
      const found = actions.find((a) => a.title === title);
      if (!found) throw new Error(`no action "${title}" among ${actions.map((a) => a.title).join(', ')}`);
      return found;
    };
    const editsOf = (a: CodeAction) => a.edit!.changes![uri()]!;

    it('applies the rule\'s suggestion in place of the vague sentence', async () => {
      const suggestion = action('Replace it with a specific commitment to complete');
      expect(suggestion.kind).toBe('quickfix');
      expect(suggestion.diagnostics).toEqual([vague]);
      const [edit] = editsOf(suggestion);
      expect(edit!.range).toEqual(vague.range);
      expect(edit!.newText).toMatch(/^The service will \[what it will do/);
      const fixed = applyEdits(FRONT, editsOf(suggestion));
      expect(fixed).not.toContain(VAGUE);
    });

    it('disables the rule for the paragraph above its first line, and the directive works', async () => {
      const disable = action('Disable no-vague-equity-statement for this paragraph');
      // The finding is on the paragraph's second line; the comment goes above its first.
      expect(editsOf(disable)).toEqual([
        { range: { start: { line: vague.range.start.line - 1, character: 0 }, end: { line: vague.range.start.line - 1, character: 0 } }, newText: '<!-- speclint-disable-next-line no-vague-equity-statement -->\n' },
      ]);
      await client.replaceAll(uri(), 2, applyEdits(FRONT, editsOf(disable)));
      expect(vagueIn((await client.diagnosticsForVersion(uri(), 2)).diagnostics)).toBeUndefined();
    });

    it('disables the rule for the file after the front matter, and the directive works', async () => {
      const disable = action('Disable no-vague-equity-statement for this file');
      expect(editsOf(disable)).toEqual([
        { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '<!-- speclint-disable no-vague-equity-statement -->\n' },
      ]);
      await client.replaceAll(uri(), 3, applyEdits(FRONT, editsOf(disable)));
      expect(vagueIn((await client.diagnosticsForVersion(uri(), 3)).diagnostics)).toBeUndefined();
    });

    it('offers only the file-wide directive for a finding about the whole document', async () => {
      await client.replaceAll(uri(), 4, SPEC);
      const published = await client.diagnosticsForVersion(uri(), 4);
      const engagement = published.diagnostics.find((d) => d.code === 'require-engagement-plan')!;
      const titles = (
        await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri() }, range: engagement.range, context: { diagnostics: [engagement] } })
      ).map((a) => a.title);
      expect(titles).toContain('Disable require-engagement-plan for this file');
      expect(titles).not.toContain('Disable require-engagement-plan for this paragraph');
      // No front matter: the file-wide directive goes on the first line.
      const forFile = (
        await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri() }, range: engagement.range, context: { diagnostics: [] } })
      ).find((a) => a.title === 'Disable require-engagement-plan for this file')!;
      expect(forFile.edit!.changes![uri()]![0]!.range.start).toEqual({ line: 0, character: 0 });
    });

    it('offers nothing when asked only for other kinds of action, or where there is no finding', async () => {
      const other = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: vague.range,
        context: { diagnostics: [], only: ['refactor'] },
      });
      expect(other).toEqual([]);
      const blank = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        context: { diagnostics: [] },
      });
      expect(blank).toEqual([]);
    });
  });

  it('explains the rule on hover: what it asks, why it matters, its source, a good example and the docs', async () => {
    const uri = uriOf(file('hover.md'));
    await client.open(uri, SPEC, 1);
    await client.diagnosticsForVersion(uri, 1);
    const hover = await client.request<{ contents: { kind: string; value: string }; range: unknown } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: VAGUE_LINE, character: 10 },
    });
    const docs = builtinRules['no-vague-equity-statement']!.meta.docs;
    expect(hover?.contents.kind).toBe('markdown');
    const value = hover!.contents.value;
    expect(value).toContain(docs.description);
    expect(value).toContain(`**Why it matters.** ${docs.rationale}`);
    expect(value).toContain(docs.source);
    expect(value).toContain(`> ${docs.goodExample}`);
    // The guidance is all there; with no public docs address there is no link.
    expect(value).not.toContain('file:');
    expect(value).not.toContain('[Read the');
    expect(hover!.range).toEqual({ start: { line: VAGUE_LINE, character: 0 }, end: { line: VAGUE_LINE, character: VAGUE.length } });

    const nothing = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
    expect(nothing).toBeNull();
  });

  it('reads the config again when it changes, and checks the open documents again', async () => {
    const uri = uriOf(file('spec.md'));
    const since = client.published.length;
    writeFileSync(file('.speclintrc.yaml'), VAGUE_OFF);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file('.speclintrc.yaml')), type: 2 }] });
    // The hover document still has the vague sentence: it is no longer reported.
    const hoverDoc = await client.diagnosticsFor(uriOf(file('hover.md')), () => true, since);
    expect(vagueIn(hoverDoc.diagnostics)).toBeUndefined();
    expect(codes(hoverDoc)).toContain('require-engagement-plan');
    // Every open document is checked again.
    await client.diagnosticsFor(uri, () => true, since);

    // Saving the config in the editor counts too.
    const sinceSave = client.published.length;
    writeFileSync(file('.speclintrc.yaml'), CONFIG);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: uriOf(file('.speclintrc.yaml')) } });
    const back = await client.diagnosticsFor(uriOf(file('hover.md')), () => true, sinceSave);
    expect(vagueIn(back.diagnostics)).toBeDefined();
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = uriOf(file('hover.md'));
    const since = client.published.length;
    await client.close(uri);
    const cleared = await client.diagnosticsFor(uri, () => true, since);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('checks Markdown and plain text, and leaves other documents alone', async () => {
    const since = client.published.length;
    await client.open(uriOf(file('draft.docx')), SPEC, 1, 'markdown');
    await client.open(uriOf(file('notes.ts')), SPEC, 1, 'typescript');
    await client.open(uriOf(file('notes.txt')), SPEC, 1, 'plaintext');
    const text = await client.diagnosticsForVersion(uriOf(file('notes.txt')), 1);
    expect(vagueIn(text.diagnostics)).toBeDefined();
    const other = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uriOf(file('notes.ts')) } });
    expect(other.items).toEqual([]);
    const published = client.published.slice(since).map((p) => p.uri.split('/').pop());
    expect(published).not.toContain('draft.docx');
    expect(published).not.toContain('notes.ts');
  });

  it('uses the config of the folder a file is in when it is outside the workspace', async () => {
    const elsewhere = tempTree({ '.speclintrc.yaml': VAGUE_OFF });
    const uri = uriOf(join(elsewhere, 'loose.md'));
    await client.open(uri, SPEC, 1);
    const published = await client.diagnosticsForVersion(uri, 1);
    expect(vagueIn(published.diagnostics)).toBeUndefined();
    expect(codes(published)).toContain('require-engagement-plan');
  });

  it('links each diagnostic to its rule page when the config names a public docs address', async () => {
    const documented = tempTree({ '.speclintrc.yaml': `${CONFIG}settings:\n  docsUrl: https://docs.example/speclint/rules/\n` });
    const uri = uriOf(join(documented, 'linked.md'));
    await client.open(uri, SPEC, 1);
    const published = await client.diagnosticsForVersion(uri, 1);
    expect(published.diagnostics.length).toBeGreaterThan(0);
    for (const d of published.diagnostics) expect(d.codeDescription?.href).toBe(`https://docs.example/speclint/rules/${d.code}`);
  });

  it('shuts down cleanly when asked', async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe('speclint-lsp: a broken config', () => {
  it('is shown once as an error message and once at the top of each open document, and recovers when fixed', async () => {
    const folder = tempTree({ '.speclintrc.yaml': 'rules:\n  no-such-rule: error\n' });
    const client = LspClient.start();
    try {
      await client.initialize(folder);
      const uris = ['a.md', 'b.md'].map((n) => uriOf(join(folder, n)));
      for (const uri of uris) await client.open(uri, SPEC, 1);
      for (const uri of uris) {
        const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0]).toMatchObject({ severity: ERROR, source: 'speclint', range: { start: { line: 0, character: 0 } } });
        expect(diagnostics[0]!.code).toBeUndefined();
        expect(diagnostics[0]!.message).toMatch(/\.speclintrc\.yaml:2: "rules\.no-such-rule" is not a speclint rule/);
      }
      const errors = client.shownMessages.filter((m) => m.type === 1);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toContain('no-such-rule');

      const since = client.published.length;
      writeFileSync(join(folder, '.speclintrc.yaml'), CONFIG);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(folder, '.speclintrc.yaml')), type: 2 }] });
      const fixed = await client.diagnosticsFor(uris[0]!, () => true, since);
      expect(vagueIn(fixed.diagnostics)).toBeDefined();
      expect(await client.stop()).toBe(0);
    } finally {
      await client.stop();
    }
  });
});

describe('speclint-lsp: clients that pull diagnostics', () => {
  it('answers pulls and does not also push (which would show every finding twice)', async () => {
    const folder = tempTree({ '.speclintrc.yaml': CONFIG });
    const client = LspClient.start();
    try {
      const init = await client.initialize(folder, { textDocument: { diagnostic: { dynamicRegistration: false } } });
      expect(init.capabilities.diagnosticProvider).toBeDefined();
      const uri = uriOf(join(folder, 'spec.md'));
      await client.open(uri, SPEC, 1);
      const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      expect(vagueIn(report.items)).toBeDefined();
      await client.edit(uri, 2, [{ range: { start: { line: VAGUE_LINE, character: 0 }, end: { line: VAGUE_LINE + 1, character: 0 } }, newText: '' }]);
      const after = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      expect(vagueIn(after.items)).toBeUndefined();
      expect(client.published).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});

describe('speclint-lsp: bad input does not stop it', () => {
  let folder: string;
  let client: LspClient;
  const stats = () => client.request<{ memory: { rss: number; heapUsed: number }; openDocuments: number; storedResults: number }>('speclint/stats');

  beforeAll(async () => {
    const plugin = `export default {
  meta: { name: 'boom' },
  rules: {
    throws: {
      meta: { type: 'problem', docs: { description: 'Always fails', rationale: '', source: '', recommended: false, goodExample: '' }, messages: {} },
      create() { return { document() { throw new Error('kaboom'); } }; },
    },
  },
};
`;
    folder = tempTree({
      '.speclintrc.yaml': `${CONFIG}plugins: [./boom-plugin.js]\n`.replace('rules:\n', 'rules:\n  boom/throws: error\n'),
      'boom-plugin.js': plugin,
    });
    client = LspClient.start();
    await client.initialize(folder);
  });
  afterAll(async () => {
    await client?.stop();
  });

  it('survives malformed JSON-RPC, messages that are not JSON-RPC, and a header with no length', async () => {
    const raw = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    client.child.stdin.write(raw('{"jsonrpc": "2.0", "id": 99, "method": "initialize", "params": {'));
    client.child.stdin.write(raw('{"hello": "world"}'));
    client.child.stdin.write(raw('[1, 2, 3]'));
    client.child.stdin.write('X-Nonsense: 1\r\n\r\n');
    // After a header with no length, vscode-jsonrpc reads what follows in the same chunk
    // only when more input arrives, so ask until answered: the point is that it answers.
    let answer: Awaited<ReturnType<typeof stats>> | undefined;
    for (let attempt = 0; attempt < 20 && !answer; attempt++) {
      answer = await Promise.race([stats(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 3000))]);
    }
    expect(answer?.openDocuments).toBe(0);
    expect(client.exitCode).toBeUndefined();
  });

  it('answers unknown requests with MethodNotFound, ignores unknown notifications, and survives bad parameters', async () => {
    await expect(client.request('speclint/no-such-method', {})).rejects.toMatchObject({ code: -32601 });
    await client.connection.sendNotification('speclint/no-such-notification', { x: 1 });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.md', version: 3 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.md' } });
    await client.connection.sendNotification('textDocument/didClose', {});
    // Params that are not an object, or name no document: InvalidParams, as JSON-RPC asks.
    await expect(client.request('textDocument/hover', null)).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('textDocument/hover', {})).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('textDocument/codeAction', { textDocument: {}, range: 7 })).rejects.toMatchObject({ code: -32602 });
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.md' } })).toEqual([]);
    expect(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } })).toBeNull();
    expect((await stats()).openDocuments).toBe(0);
  });

  it('reports a rule that throws as a finding, and still gives the other rules\' findings', async () => {
    const uri = uriOf(join(folder, 'spec.md'));
    await client.open(uri, SPEC, 1);
    const { diagnostics } = await client.diagnosticsForVersion(uri, 1);
    const failure = diagnostics.find((d) => d.code === 'boom/throws');
    expect(failure?.message).toContain('kaboom');
    expect(failure?.severity).toBe(ERROR);
    expect(vagueIn(diagnostics)).toBeDefined();
    await client.close(uri);
  });

  it('applies versions in order only: a late, older change is ignored', async () => {
    const uri = uriOf(join(folder, 'order.md'));
    await client.open(uri, SPEC, 5);
    await client.replaceAll(uri, 7, SPEC.replace(VAGUE, 'Clinics open at 8am.'));
    await client.replaceAll(uri, 6, SPEC);
    const latest = await client.diagnosticsForVersion(uri, 7);
    expect(vagueIn(latest.diagnostics)).toBeUndefined();
    const pulled = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(pulled.items).toEqual(latest.diagnostics);
    expect(client.published.some((p) => p.uri === uri && p.version === 6)).toBe(false);
    await client.close(uri);
  });

  it('holds nothing for closed documents', async () => {
    const after = await stats();
    expect(after).toMatchObject({ openDocuments: 0, storedResults: 0 });
    expect(after.memory.rss).toBeGreaterThan(0);
  });
});

describe('speclint-lsp: starting it', () => {
  it('explains itself when started without a transport', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, [LSP_BIN], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('speclint-lsp --stdio');
  });

  it('says in one line what --socket or --pipe lacks, and when nothing listens there', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = (...args: string[]) => spawnSync(process.execPath, [LSP_BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
    expect(run('--socket')).toMatchObject({ status: 2, stderr: 'speclint-lsp: --socket needs the port the editor listens on, for example --socket=5007.\n' });
    expect(run('--pipe')).toMatchObject({ status: 2, stderr: 'speclint-lsp: --pipe needs the name of the pipe the editor listens on, for example --pipe=/tmp/speclint.sock.\n' });
    const { createServer } = await import('node:net');
    const server = createServer();
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
    await new Promise((resolve) => server.close(resolve)); // a port nothing listens on now
    const refused = run(`--socket=${port}`);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`speclint-lsp: could not connect to the editor on port ${port} (connect ECONNREFUSED 127.0.0.1:${port}); check the port or pipe the editor listens on.\n`);
  });

  it('also talks over Node IPC (--node-ipc)', async () => {
    const child = fork(LSP_BIN, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest<{ capabilities: { hoverProvider?: boolean } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      expect(result.capabilities.hoverProvider).toBe(true);
      await connection.sendRequest('shutdown');
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

describe('speclint-lsp: edge cases of its pure parts', () => {
  const doc = (text: string): TextDocument => TextDocument.create('file:///spec.md', 'markdown', 1, text);

  it('finds the paragraph start across CRLF line ends and at the top of the file', () => {
    const d = doc('# T\r\n\r\nOne line\r\ntwo line\r\nthree\r\n');
    expect(paragraphStart(d, 4)).toBe(2);
    expect(paragraphStart(doc('first\nsecond\n'), 1)).toBe(0);
  });

  it('puts a file-wide directive after front matter only when the front matter is closed', () => {
    expect(topLine(doc('---\ntitle: x\n---\n# T\n'))).toBe(3);
    expect(topLine(doc('---\ntitle: x\n...\n# T\n'))).toBe(3);
    expect(topLine(doc('---\n\nNo closing line\n'))).toBe(0);
    expect(topLine(doc('# T\n---\n'))).toBe(0);
  });

  it('keeps CRLF line ends and the paragraph\'s indentation in the directives it inserts', () => {
    const text = '# T\r\n\r\n  Indented vague line\r\n';
    const d = doc(text);
    const message = { ruleId: 'no-vague-equity-statement', severity: 2 as const, message: 'm', line: 3, column: 3, endLine: 3, endColumn: 22 };
    const diagnostic = { range: rangeOf(message, d), message: 'm' };
    const actions = codeActions(d, [{ message, diagnostic }], diagnostic.range);
    const edits = Object.fromEntries(actions.map((a) => [a.title, a.edit!.changes!['file:///spec.md']![0]!]));
    expect(edits['Disable no-vague-equity-statement for this paragraph']).toEqual({
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: '  <!-- speclint-disable-next-line no-vague-equity-statement -->\r\n',
    });
    expect(edits['Disable no-vague-equity-statement for this file']!.newText).toBe('<!-- speclint-disable no-vague-equity-statement -->\r\n');
  });

  it('keeps lone CR line ends (old Mac files) in the directives it inserts', () => {
    const d = doc('# T\r\r  Indented vague line\r');
    const message = { ruleId: 'no-vague-equity-statement', severity: 2 as const, message: 'm', line: 3, column: 3, endLine: 3, endColumn: 22 };
    const diagnostic = { range: rangeOf(message, d), message: 'm' };
    const edits = Object.fromEntries(codeActions(d, [{ message, diagnostic }], diagnostic.range).map((a) => [a.title, a.edit!.changes!['file:///spec.md']![0]!]));
    expect(edits['Disable no-vague-equity-statement for this paragraph']).toEqual({
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: '  <!-- speclint-disable-next-line no-vague-equity-statement -->\r',
    });
  });

  it('keeps ranges inside the document, and gives a finding with no end the rest of its line', () => {
    const d = doc('# Title\nBody\n');
    expect(rangeOf({ line: 1, column: 1 }, d)).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
    expect(rangeOf({ line: 9, column: 40, endLine: 12, endColumn: 3 }, d).start.line).toBeLessThanOrEqual(2);
    // A byte-order mark is not counted by the linter, but is by the editor.
    expect(rangeOf({ line: 1, column: 3, endLine: 1, endColumn: 8 }, doc('\uFEFF# Title\n'))).toEqual({
      start: { line: 0, character: 3 },
      end: { line: 0, character: 8 },
    });
  });

  it('checks Markdown and plain text by language or extension, never Word files', () => {
    expect(isSpecDocument('file:///a/spec.md', 'markdown')).toBe(true);
    expect(isSpecDocument('file:///a/notes.txt', 'text')).toBe(true);
    expect(isSpecDocument('untitled:Untitled-1', 'plaintext')).toBe(true);
    expect(isSpecDocument('file:///a/spec.MARKDOWN', 'unknown')).toBe(true);
    expect(isSpecDocument('file:///a/draft.docx', 'markdown')).toBe(false);
    expect(isSpecDocument('file:///a/app.ts', 'typescript')).toBe(false);
  });
});
