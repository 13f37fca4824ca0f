/**
 * The browser checker under test: built once by the real build script (npm test runs it),
 * opened in Debian's Chromium (Playwright drives it), with every request the
 * page makes recorded, and what the page shows read back from the DOM.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const REPO = join(import.meta.dirname, '..', '..');
export const WEB_DIST = join(REPO, 'dist', 'web');
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The report (sizes) of the build under test: `npm test` builds the checker
 * once (npm run build:web), and the tests read what it built rather than
 * building it a second time.
 */
export function webBuildReport(): string {
  const report = join(REPO, 'dist', 'web-build.txt');
  if (!existsSync(report) || !existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error('The browser checker has not been built: run "npm run build:web" (npm test does) before these tests.');
  }
  return readFileSync(report, 'utf8');
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/ensure-system-deps.sh as root (apt-get install chromium).`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export const newContext = (browser: Browser, options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> =>
  browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, ...options });

export interface Checker {
  page: Page;
  /** Every URL the page (and its worker) asked for. */
  requests: string[];
  /** Uncaught errors and console errors in the page. */
  errors: string[];
}

export async function openChecker(context: BrowserContext, url: string): Promise<Checker> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-ready="true"]');
  return { page, requests, errors };
}

/** Waits until every file shown has been checked. */
export async function waitForResults(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const files = document.querySelectorAll('.file-result');
      return files.length === n && [...files].every((f) => (f as HTMLElement).dataset.state === 'done');
    },
    count,
    { timeout: 120_000 },
  );
}

export interface ShownFinding {
  ruleId: string | null;
  severity: number;
  line: number;
  column: number;
  /** The highlighted text, whitespace collapsed; undefined when nothing is quoted. */
  quote?: string;
}

export interface ShownFile {
  name: string;
  state: string;
  counts: string;
  findings: ShownFinding[];
  /** The key actions and their statuses, when the file could be read. */
  checklist: Array<{ action: string; status: string }>;
  fatal: string[];
}

/** What the page shows for each file, read from the DOM. */
export function shownFiles(page: Page): Promise<ShownFile[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.file-result')].map((file) => ({
      name: file.dataset.fileName!,
      state: file.dataset.state!,
      counts: file.querySelector('.counts')?.textContent ?? '',
      findings: [...file.querySelectorAll<HTMLElement>('li.finding')].map((li) => {
        const mark = li.querySelector('mark.quote');
        return {
          ruleId: li.dataset.ruleId || null,
          severity: Number(li.dataset.severity),
          line: Number(li.dataset.line),
          column: Number(li.dataset.column),
          quote: mark ? mark.textContent!.replace(/\s+/g, ' ').trim() : undefined,
        };
      }),
      checklist: [...file.querySelectorAll<HTMLElement>('table.checklist tbody tr')].map((tr) => ({ action: tr.dataset.action!, status: tr.dataset.status! })),
      fatal: [...file.querySelectorAll('.fatal-reason')].map((p) => p.textContent!),
    })),
  );
}

/** Only the page's own files (and its worker's blob: URL) may be requested. */
export const foreignRequests = (requests: string[], own: string): string[] => requests.filter((url) => !url.startsWith(own) && !url.startsWith('blob:'));
