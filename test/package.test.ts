/**
 * The package as a user gets it (issue 20 item 11): `npm pack`, installed from
 * the tarball into a fresh folder with --omit=dev, made read-only, then the
 * CLI, the language server and `speclint serve` run from there. Needs the
 * build and the web build (npm test makes both first), and npm's cache or
 * registry for the dependencies.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });

/** Every file under `dir` with its modification time, to show nothing was written there. */
function snapshot(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    out.set(path, statSync(path).mtimeMs);
  }
  return out;
}

describe('the npm package, installed from its tarball', () => {
  let work: string;
  let packed: { filename: string; files: Array<{ path: string }> };
  let installed: string;
  let installStderr = '';
  const env = (): NodeJS.ProcessEnv => ({ ...process.env, XDG_CACHE_HOME: join(work, 'user-cache'), FORCE_COLOR: '0' });

  beforeAll(() => {
    work = tempTree({});
    // --ignore-scripts: the build it would run is the one npm test has just made; running it
    // here would rebuild dist/ under the other test files' feet.
    const json = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], repo);
    packed = (JSON.parse(json) as Array<typeof packed>)[0]!;
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name": "app", "private": true}\n');
    // From npm's cache when it has everything (no network), else from the registry.
    const args = ['install', '--omit=dev', '--no-audit', '--no-fund', join(work, packed.filename)];
    let run = spawnSync('npm', [...args, '--offline'], { cwd: app, encoding: 'utf8', timeout: 300_000 });
    if (run.status !== 0) run = spawnSync('npm', args, { cwd: app, encoding: 'utf8', timeout: 300_000 });
    expect(run.status, run.stderr).toBe(0);
    installStderr = run.stderr;
    installed = join(app, 'node_modules', 'speclint');
    cpSync(join(repo, 'examples'), join(work, 'examples'), { recursive: true });
    // A read-only install: speclint must never write into its own package folder.
    execFileSync('chmod', ['-R', 'a-w', installed]);
  }, 600_000);

  afterAll(() => {
    if (installed && existsSync(installed)) execFileSync('chmod', ['-R', 'u+w', installed]);
  });

  it('is lean: no tests, scripts or lexicon cache from the build; everything the CLI, the language server and serve need', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths.filter((p) => /^dist\/(test|scripts|\.cache)\//.test(p))).toEqual([]);
    for (const needed of ['bin/speclint.js', 'bin/speclint-lsp.js', 'dist/cli/speclint.cjs', 'dist/code-cache/speclint.cjs.cache', 'dist/cli/worker.js', 'dist/src/lsp/main.js', 'dist/web/index.html', 'dist/rules/lexicons/ethnicity.json', 'rules/lexicons/common', 'schema/speclintrc.schema.json', 'LICENSE']) {
      expect(paths.some((p) => p === needed || p.startsWith(`${needed}/`)), needed).toBe(true);
    }
  });

  it('installs without a warning about install scripts', () => {
    expect(installStderr).not.toMatch(/install-scripts|allowScripts/);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook], hook).toBeUndefined();
  });

  it('runs the CLI from a read-only install, writing nothing: not in the package, not in the user cache (the lexicons come precompiled)', () => {
    const before = snapshot(installed);
    const bin = join(installed, '..', '.bin', 'speclint');
    for (const attempt of [1, 2]) {
      const run = spawnSync(bin, ['--format', 'json', '--no-color', join(work, 'examples')], { cwd: work, encoding: 'utf8', env: env() });
      expect(run.stderr, `run ${attempt}`).toBe('');
      expect([0, 1]).toContain(run.status);
      const results = JSON.parse(run.stdout) as Array<{ filePath: string; fatalErrorCount: number; messages: unknown[] }>;
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((r) => r.fatalErrorCount === 0)).toBe(true);
      expect(results.some((r) => r.messages.length > 0)).toBe(true);
    }
    expect(snapshot(installed)).toEqual(before);
    expect(existsSync(join(work, 'user-cache', 'speclint'))).toBe(false);
  });

  it('starts the language server: it answers initialize over stdio', async () => {
    const server = spawn(join(installed, '..', '.bin', 'speclint-lsp'), ['--stdio'], { cwd: work, env: env() });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    let out = '';
    const reply = await new Promise<{ result?: { capabilities?: Record<string, unknown> } }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply; stdout: ${out}`)), 30_000);
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const match = /Content-Length: (\d+)\r\n\r\n/.exec(out);
        if (match && out.length >= match.index + match[0].length + Number(match[1])) {
          clearTimeout(timer);
          resolve(JSON.parse(out.slice(match.index + match[0].length, match.index + match[0].length + Number(match[1]))));
        }
      });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
    server.kill();
    expect(reply.result?.capabilities).toEqual(expect.objectContaining({ textDocumentSync: expect.anything() }));
  }, 60_000);

  it('serves the browser checker: one request gets the page', async () => {
    const server = spawn(join(installed, '..', '.bin', 'speclint'), ['serve', '--port', '0'], { cwd: work, env: env() });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 30_000);
        server.stderr.on('data', (chunk: Buffer) => {
          err += chunk.toString('utf8');
          const found = /http:\/\/[^\s)]+/.exec(err);
          if (found) {
            clearTimeout(timer);
            resolve(found[0]);
          }
        });
      });
      const page = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        get(url, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        }).on('error', reject);
      });
      expect(page.status).toBe(200);
      expect(page.body).toMatch(/<!doctype html>/i);
      expect(page.body).toContain('speclint');
    } finally {
      server.kill('SIGINT');
    }
  }, 60_000);
});
