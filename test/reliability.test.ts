/**
 * Reliability (issue 20): no single input takes down a run, and folders are
 * read as a user means them. Complexity is checked by counting operations,
 * never by the clock.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile, readLimited } from '../src/loaders/read-file.js';
import { MAX_INPUT_BYTES } from '../src/loaders/size.js';
import { BIN, speclintInProcess } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';
import { applyDirectives, type Directive } from '../src/core/directives.js';
import type { LintMessage } from '../src/core/messages.js';
import type { Position } from '../src/core/model.js';

describe('applyDirectives', () => {
  /** Positions whose every read is counted: the work applyDirectives does. */
  function counted(): { reads: () => number; at: (line: number, column?: number) => Position } {
    let reads = 0;
    return {
      reads: () => reads,
      at: (line, column = 1) => ({
        get line() {
          reads++;
          return line;
        },
        get column() {
          reads++;
          return column;
        },
      }),
    };
  }

  /** n findings of one rule, each under its own disable/enable pair and Word-comment range, plus n findings of another rule. */
  function workload(n: number): number {
    const { reads, at } = counted();
    const directives: Directive[] = [];
    const messages: LintMessage[] = [];
    for (let i = 0; i < n; i++) {
      const line = i * 10 + 1;
      directives.push({ type: 'disable', ruleIds: ['a'], position: at(line) });
      directives.push({ type: 'enable', ruleIds: ['a'], position: at(line + 2) });
      directives.push({ type: 'range', ruleIds: ['b'], position: at(line + 3), from: at(line + 3), to: at(line + 3, 80) });
      const m = (ruleId: string, l: number): LintMessage => Object.assign(at(l), { ruleId, severity: 2 as const, message: 'x' });
      messages.push(m('a', line + 1), m('b', line + 3), m('c', line + 5));
    }
    const { messages: kept, unused } = applyDirectives(messages, directives, () => false);
    expect(kept.map((m) => m.ruleId)).toEqual(Array(n).fill('c'));
    expect(unused).toEqual([]);
    return reads();
  }

  it('does work near-linear in messages and directives, not their product', () => {
    const small = workload(2_000);
    const large = workload(8_000);
    // Four times the input: about four times the work with binary search
    // (a little more for the log), sixteen times if every directive met every message.
    expect(large / small).toBeLessThan(6);
    expect(large).toBeLessThan(8_000 * 3 * 200);
  });
});

const VAGUE = '# Spec\n\n## 3. Scope\n\nThe service will ensure equitable provision for all.\n';
const WORD = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'docx', 'pandoc', 'mental-health-crisis.docx'));
type Result = { filePath: string; errorCount: number; messages: Array<{ ruleId: string | null; fatal?: boolean; message: string }> };
/** The command line in this process: what is under test is what it reads, not the process (the unreadable-folder test runs the built bin as another user). */
const lint = async (args: string[], cwd: string, input?: string): Promise<{ code: number; results: Result[]; stderr: string }> => {
  const run = await speclintInProcess(['--format', 'json', '--no-config', ...args], { cwd, input });
  return { code: run.code, results: JSON.parse(run.stdout || '[]') as Result[], stderr: run.stderr };
};
const namesIn = (dir: string, results: Result[]): string[] => results.map((r) => relative(dir, r.filePath));

describe('inputs that are not ordinary files', () => {
  it('a link to a device in a folder is refused in one sentence, unread, and the rest of the batch is linted (exit 2)', async () => {
    const dir = tempTree({ 'd/spec.md': VAGUE });
    symlinkSync('/dev/zero', join(dir, 'd', 'zero.md'));
    symlinkSync('/dev/urandom', join(dir, 'd', 'inside.docx'));
    const searched = await lint(['d'], dir);
    expect(searched.code).toBe(2);
    expect(namesIn(dir, searched.results)).toEqual(['d/spec.md', 'd/inside.docx', 'd/zero.md']);
    expect(searched.results[0]!.errorCount).toBeGreaterThan(0);
    for (const r of searched.results.slice(1)) {
      expect(r.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/ is not an ordinary file \(it is a device, a pipe or a socket, or a link to one\), so speclint did not read it: remove it or name a \.md or \.docx file\.$/) })]);
    }
    // Named on the command line, the link is refused the same way, not read.
    const named = await lint(['d/zero.md', 'd/spec.md'], dir);
    expect(named.code).toBe(2);
    expect(named.results.map((r) => r.messages[0]!.fatal ?? false)).toEqual([false, true]);
  });

  it('a named pipe is refused without waiting for a writer', async () => {
    const dir = tempTree({ 'spec.md': VAGUE });
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const run = await lint(['.'], dir);
    expect(run.code).toBe(2);
    expect(run.results.find((r) => r.filePath.endsWith('pipe.md'))!.messages[0]!.message).toContain('is not an ordinary file');
  });

  it('reads a file through a bounded reader: never past the limit, whatever the file says its size is', async () => {
    const dir = tempTree({ 'big.md': new Uint8Array(1001), 'ok.md': new Uint8Array(1000) });
    await expect(readInputFile(join(dir, 'big.md'), 'big.md', 1000)).rejects.toThrow('big.md is larger than 50 MB');
    expect((await readInputFile(join(dir, 'ok.md'), 'ok.md', 1000)).length).toBe(1000);
    // /dev/zero says its size is 0 and never ends: refused before a byte is read.
    await expect(readInputFile('/dev/zero', 'zero.md', 1000)).rejects.toThrow('zero.md is not an ordinary file');
    // A stream that never ends is read one chunk past the limit, then dropped.
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield new Uint8Array(100);
      }
    }
    expect(await readLimited(endless(), 1000)).toBeUndefined();
    expect(pulled).toBe(11);
  });
});

describe('output to a reader that stops early', () => {
  it('`speclint ... | head`: the closed pipe ends the output quietly, with no stack trace, and the run keeps its exit code', async () => {
    // Far more than a pipe holds (64 KB), so writing meets the closed pipe.
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`spec-${i}.md`, `# Spec ${i}\n\n## 3. Scope\n\n${'The service will ensure equitable provision for all.\n\n'.repeat(40)}`]));
    const dir = tempTree(files);
    const child = spawn(process.execPath, [BIN, '--no-config', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read one chunk, as head does, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  }, 60_000);
});

describe('--stdin', () => {
  it('applies the file size limit to standard input, in a plain sentence (exit 2)', async () => {
    const run = await lint(['--stdin', '--stdin-filename', 'draft.md'], tempTree({}), 'a'.repeat(MAX_INPUT_BYTES + 1));
    expect(run.code).toBe(2);
    expect(run.results).toEqual([
      expect.objectContaining({
        messages: [expect.objectContaining({ fatal: true, message: 'Standard input is larger than 50 MB, too large to be a specification: check what is piped to speclint.' })],
      }),
    ]);
    expect(run.stderr).toBe('');
  }, 60_000);
});

describe('folder and glob searches, as a user means them', () => {
  it('--annotate into the folder it checks, twice: the reviewed copy is never an input and is replaced, not stacked', async () => {
    const dir = tempTree({ 'd/draft.docx': WORD });
    const first = await lint(['--annotate', 'd', 'd'], dir);
    const second = await lint(['--annotate', 'd', 'd'], dir);
    expect(namesIn(dir, first.results)).toEqual(['d/draft.docx']);
    expect(namesIn(dir, second.results)).toEqual(['d/draft.docx']);
    expect(second.results[0]!.messages.length).toBe(first.results[0]!.messages.length);
    expect(readdirSync(join(dir, 'd')).sort()).toEqual(['draft.docx', 'draft.reviewed.docx']);
    expect(namesIn(dir, (await lint(['d/**/*.docx'], dir)).results)).toEqual(['d/draft.docx']);
    // Named on the command line, a reviewed copy is linted: the user asked for it.
    expect(namesIn(dir, (await lint(['d/draft.reviewed.docx'], dir)).results)).toEqual(['d/draft.reviewed.docx']);
  });

  it("leaves out editors' lock, backup and auto-save files", async () => {
    const dir = tempTree({ 'd/spec.docx': WORD, 'd/~$spec.docx': 'lock', 'd/.~lock.spec.docx#': 'lock', 'd/notes.md~': VAGUE, 'd/.#notes.md': VAGUE, 'd/notes.md': VAGUE });
    const run = await lint(['d'], dir);
    expect(namesIn(dir, run.results)).toEqual(['d/notes.md', 'd/spec.docx']);
    expect(run.code).toBe(1);
    expect(namesIn(dir, (await lint(['d/*'], dir)).results)).toEqual(['d/notes.md', 'd/spec.docx']);
  });

  it('matches extensions in any case, in folders and globs', async () => {
    const dir = tempTree({ 'd/Spec.DOCX': WORD, 'd/Notes.MD': VAGUE, 'd/old.Markdown': VAGUE, 'd/readme.txt': VAGUE });
    expect(namesIn(dir, (await lint(['d'], dir)).results)).toEqual(['d/Notes.MD', 'd/Spec.DOCX', 'd/old.Markdown']);
    expect(namesIn(dir, (await lint(['d/**/*.{md,docx}'], dir)).results)).toEqual(['d/Notes.MD', 'd/Spec.DOCX']);
  });

  it('lints each real file once, and never leaves the searched folder through a link', async () => {
    const dir = tempTree({ 'd/a/spec.md': VAGUE, 'outside/secret.md': VAGUE, 'outside/more/other.md': VAGUE });
    symlinkSync('..', join(dir, 'd', 'a', 'loop')); // a loop back up
    symlinkSync(join(dir, 'd', 'a'), join(dir, 'd', 'b')); // the same folder twice
    symlinkSync('spec.md', join(dir, 'd', 'a', 'alias.md')); // the same file twice
    symlinkSync(join(dir, 'outside', 'more'), join(dir, 'd', 'out')); // a folder outside
    symlinkSync(join(dir, 'outside', 'secret.md'), join(dir, 'd', 'secret.md')); // a file outside
    for (const arg of ['d', 'd/**/*.md']) {
      const run = await lint([arg], dir);
      expect(namesIn(dir, run.results)).toEqual(['d/a/spec.md', 'd/secret.md']);
      expect(run.results[0]!.messages.filter((m) => m.ruleId === 'no-vague-equity-statement')).toHaveLength(1);
      // The file link out of the folder is named, not read; the folder link is not entered.
      expect(run.results[1]!.messages).toEqual([
        expect.objectContaining({ fatal: true, message: 'd/secret.md is a link to a file outside the folder being checked, so it was not read: name the file itself to check it.' }),
      ]);
    }
    // Named, a link is followed: the user asked for that file.
    expect((await lint(['d/secret.md'], dir)).code).toBe(1);
  });

  it('an unreadable subfolder gets a message, as an unreadable file does, and the rest is linted (exit 2)', () => {
    const dir = tempTree({ 'd/spec.md': VAGUE, 'd/locked/hidden.md': VAGUE });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'd', 'locked'), 0o000);
    try {
      // root reads any folder: run as nobody then.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const run = spawnSync(process.execPath, [BIN, '--format', 'json', '--no-config', 'd'], { cwd: dir, encoding: 'utf8', ...asUser });
      expect(run.status).toBe(2);
      const results = JSON.parse(run.stdout) as Result[];
      expect(namesIn(dir, results)).toEqual(['d/spec.md', 'd/locked']);
      expect(results[1]!.messages).toEqual([
        expect.objectContaining({ fatal: true, message: 'd/locked is a folder you do not have permission to open, so the specifications in it were not checked: ask for access or leave it out.' }),
      ]);
    } finally {
      chmodSync(join(dir, 'd', 'locked'), 0o755);
    }
  });
});

describe('--cache', () => {
  it('an entry whose results were emptied cannot make a failing file pass', async () => {
    const dir = tempTree({ 'spec.md': VAGUE });
    expect((await lint(['--cache', 'spec.md'], dir)).code).toBe(1);
    const store = join(dir, '.speclintcache');
    const data = JSON.parse(readFileSync(store, 'utf8')) as { entries: Record<string, { result: Result & { warningCount: number } }> };
    for (const entry of Object.values(data.entries)) Object.assign(entry.result, { messages: [], errorCount: 0, warningCount: 0 });
    writeFileSync(store, JSON.stringify(data));
    expect((await lint(['--cache', 'spec.md'], dir)).code).toBe(1);
    // Counts that disagree with the findings are not trusted either.
    for (const entry of Object.values(data.entries)) entry.result.errorCount = 0;
    writeFileSync(store, JSON.stringify(data));
    expect((await lint(['--cache', 'spec.md'], dir)).code).toBe(1);
  });

  it('--cache-location naming a folder (there, or ending in a slash) keeps .speclintcache inside it, as ESLint does', async () => {
    const dir = tempTree({ 'spec.md': VAGUE, 'cache/.keep': '' });
    const run = await lint(['--cache', '--cache-location', 'cache', 'spec.md'], dir);
    expect(run.stderr).toBe('');
    expect(existsSync(join(dir, 'cache', '.speclintcache'))).toBe(true);
    await lint(['--cache', '--cache-location', 'new-folder/', 'spec.md'], dir);
    expect(existsSync(join(dir, 'new-folder', '.speclintcache'))).toBe(true);
    await lint(['--cache', '--cache-location', 'named.json', 'spec.md'], dir);
    expect(lstatSync(join(dir, 'named.json')).isFile()).toBe(true);
  });

  it('a cache that is a link to a device is not read, and is replaced by a real one', async () => {
    const dir = tempTree({ 'spec.md': VAGUE });
    symlinkSync('/dev/zero', join(dir, '.speclintcache'));
    expect((await lint(['--cache', 'spec.md'], dir)).code).toBe(1);
    expect(lstatSync(join(dir, '.speclintcache')).isFile()).toBe(true);
  });

  it('is keyed on the content, the config and speclint itself', async () => {
    const dir = tempTree({ 'spec.md': VAGUE });
    await lint(['--cache', 'spec.md'], dir);
    const entry = (): { key: string } => Object.values((JSON.parse(readFileSync(join(dir, '.speclintcache'), 'utf8')) as { entries: Record<string, { key: string }> }).entries)[0]!;
    const first = entry().key;
    await lint(['--cache', '--rule', 'require-core-sections: off', 'spec.md'], dir);
    expect(entry().key).not.toBe(first);
    writeFileSync(join(dir, 'spec.md'), VAGUE + '\nMore.\n');
    await lint(['--cache', 'spec.md'], dir);
    expect(entry().key).not.toBe(first);
  });
});
