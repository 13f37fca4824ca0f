/**
 * A real VS Code for the extension tests: code-server (installed on first use
 * by scripts/install-code-server.sh, from the npm registry and Debian packages),
 * with its own user data and extensions folders, the speclint .vsix installed
 * with --install-extension, served on 127.0.0.1 without a password, and opened
 * in Debian's Chromium through Playwright (test/helpers/browser.ts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const VSIX = join(ROOT, 'dist', 'speclint-vscode.vsix');

/** Installs code-server if it is not installed yet; returns its bin. */
export function installCodeServer(): string {
  const out = execFileSync('bash', [join(ROOT, 'scripts', 'install-code-server.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').at(-1)!;
}

/** Builds the .vsix when a run of this file alone finds none (`npm test` builds it first). */
export function ensureVsix(): void {
  if (existsSync(VSIX)) return;
  if (!existsSync(join(ROOT, 'dist', 'src', 'lsp', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, [join(ROOT, 'editors', 'vscode', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Quiet, predictable user settings: no welcome page, tips, update checks or trust prompts. */
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
};

export interface CodeServer {
  page: Page;
  /** Everything code-server printed, for failures. */
  log(): string;
  close(): Promise<void>;
}

/** Starts code-server on `folder` with the .vsix installed, and opens it in Chromium. */
export async function startCodeServer(bin: string, folder: string, settings: Record<string, unknown> = {}): Promise<CodeServer> {
  const home = mkdtempSync(join(tmpdir(), 'speclint-code-server-'));
  const userData = join(home, 'user-data');
  const extensions = join(home, 'extensions');
  const settingsFile = join(userData, 'User', 'settings.json');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions];
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') };
  execFileSync(bin, [...dirs, '--install-extension', VSIX], { env, stdio: 'pipe' });

  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    bin,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...dirs, folder],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 120_000, () => `code-server did not start:\n${output}`);

  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    // The explorer has read the folder: the workbench is ready for keys.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120_000 });
    return {
      page,
      log: () => output,
      async close() {
        await browser?.close();
        child.kill('SIGTERM');
        await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    child.kill('SIGTERM');
    throw error;
  }
}

async function waitFor(check: () => Promise<boolean>, ms: number, why: () => string): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(why());
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Runs a command from the Command Palette by its title ("speclint: Check this Word file"). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await closeQuickInput(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Enter');
}

/** Closes the Command Palette or Quick Open if a failed step left it open (F1 would toggle it shut). */
async function closeQuickInput(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget input').waitFor({ state: 'hidden' }).catch(() => undefined);
}

/** Opens a workspace file with Quick Open, by its name. */
export async function openFile(page: Page, name: string): Promise<void> {
  await closeQuickInput(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 60_000 });
}

/** The status-bar item the extension adds ("speclint: 14"). */
export function statusItem(page: Page): Locator {
  return page.locator('.statusbar-item', { hasText: 'speclint:' }).first();
}

/** The count the status bar shows, or undefined before the item appears. */
export async function statusCount(page: Page): Promise<number | undefined> {
  const item = statusItem(page);
  if ((await item.count()) === 0) return undefined;
  const match = /speclint:\s*(\d+)/.exec(await item.innerText());
  return match ? Number(match[1]) : undefined;
}

/** Waits (generously) until the status bar shows a count for which `ok` holds; returns it. */
export async function waitForCount(page: Page, ok: (n: number) => boolean, ms = 120_000): Promise<number> {
  let last: number | undefined;
  await waitFor(async () => {
    last = await statusCount(page);
    return last !== undefined && ok(last);
  }, ms, () => `the speclint status bar item showed ${last ?? 'nothing'}`);
  return last!;
}
