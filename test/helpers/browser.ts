/**
 * A real headless Chromium (Debian's, installed by scripts/ensure-system-deps.sh)
 * for the HTML report tests, with a fresh profile each time and every request
 * the page makes recorded.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a new user data folder (Playwright takes it through
 * launchPersistentContext; `launch` refuses --user-data-dir). bypassCSP lets a
 * test inject axe-core into a report whose policy forbids scripts; it also
 * means the escaping tests do not rely on that policy.
 */
export async function launchBrowser(options: { env?: Record<string, string> } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/ensure-system-deps.sh as root (apt-get install chromium).`);
  const profile = mkdtempSync(join(tmpdir(), 'speclint-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    bypassCSP: true,
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page asked for, the page itself included. */
  requests: string[];
}

/** Opens a local file, letting through only that file: anything else is recorded and refused. */
export async function openFile(browser: Browser, url: string): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests };
}

/**
 * A fontconfig that offers Chromium only DejaVu, as on a default Debian install:
 * no Arial or any font metric-compatible with it (Liberation Sans, Arimo).
 */
export function dejaVuOnlyFonts(dir: string): Record<string, string> {
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${join(dir, 'font-cache')}</cachedir></fontconfig>\n`,
  );
  return { FONTCONFIG_FILE: file };
}
