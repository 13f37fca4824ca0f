/**
 * The browser checker (issue 10) in a real headless Chromium: built with the
 * real build script, opened from file:// and from serve(), fed the examples,
 * the Word fixtures and hostile files, and compared with the CLI's JSON for
 * the same files. Also: downloads read back, axe-core, no request leaving the
 * page, the Content-Security-Policy, keyboard use, and the time to findings
 * for a 50-page Word document (reported, not asserted). Screenshots are kept
 * in test-artifacts/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { assess, KEY_ACTIONS } from '../src/report/key-actions.js';
import { Linter } from '../src/linter.js';
import { loadDocx } from '../src/loaders/docx/index.js';
import { PAGE_POLICY } from '../src/cli/page-policy.js';
import { serve, type Served } from '../src/cli/serve.js';
import { tempTree } from './helpers/tmp.js';
import { webBuildReport, foreignRequests, launch, newContext, openChecker, REPO, shownFiles, waitForResults, WEB_DIST, type ShownFile } from './helpers/web.js';
import { bigDocx, cliResults, hostileFiles, type CliResult } from './helpers/web-files.js';

const ARTIFACTS = join(REPO, 'test-artifacts');
const README_SCREENSHOT = join(REPO, 'docs', 'images', 'web-checker.png');
const AXE = join(REPO, 'node_modules', 'axe-core', 'axe.min.js');
const EXAMPLES = readdirSync(join(REPO, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(REPO, 'examples', f));
const PANDOC = join(REPO, 'fixtures', 'docx', 'pandoc');
const WORD_FIXTURES = readdirSync(PANDOC).filter((f) => f.endsWith('.docx')).map((f) => join(PANDOC, f));
const SLOW = 240_000;

let browser: Browser;
let served: Served;
let fileUrl: string;
let buildReport: string;

beforeAll(async () => {
  buildReport = webBuildReport();
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'web-build.txt'), buildReport);
  fileUrl = pathToFileURL(join(WEB_DIST, 'index.html')).href;
  browser = await launch();
  served = await serve({ port: 0, root: WEB_DIST });
}, 300_000);

afterAll(async () => {
  await served?.close();
  await browser?.close();
});

const collapse = (s: string | undefined): string | undefined => s?.replace(/\s+/g, ' ').trim();
const findingKey = (f: { line: number; column: number; ruleId: string | null; severity: number; quote?: string }): string =>
  `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${collapse(f.quote) ?? ''}`;

/** The page shows what the CLI reports: every finding (rule, line, column, severity, quote), or the same unreadable-file sentence. */
function expectSameAsCli(shown: ShownFile, cli: CliResult | undefined): void {
  expect(cli, `the CLI has no result for ${shown.name}`).toBeDefined();
  expect(shown.state).toBe('done');
  if (cli!.fatalErrorCount > 0) {
    expect(shown.fatal).toEqual(cli!.messages.filter((m) => m.fatal).map((m) => m.message));
    expect(shown.counts).toBe('could not be read');
    return;
  }
  expect(shown.findings.map(findingKey).sort()).toEqual(cli!.messages.map(findingKey).sort());
  // Every readable file gets the key-actions checklist.
  expect(shown.checklist.map((c) => c.action)).toEqual(KEY_ACTIONS.map((a) => a.id));
}

async function chooseFiles(page: Page, files: string[] | Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
  await page.setInputFiles('#file-input', files as never);
  await waitForResults(page, files.length);
}

describe('the browser checker build', () => {
  it('is a static folder with relative paths, a strict Content-Security-Policy and no Node built-ins', () => {
    for (const name of ['index.html', 'checker.js', 'checker.css', 'favicon.svg']) expect(existsSync(join(WEB_DIST, name)), name).toBe(true);
    const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">`);
    expect(PAGE_POLICY).toContain("default-src 'self'");
    expect(PAGE_POLICY).toContain("connect-src 'none'");
    // Nothing external: no address with a scheme anywhere in the page's markup.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const js = readFileSync(join(WEB_DIST, 'checker.js'), 'utf8');
    expect(js).not.toMatch(/\bfrom\s*["']node:|\brequire\(\s*["']node:|\bimport\(\s*["']node:/);
    expect(buildReport).toMatch(/checker\.js\s+[\d.]+ kB/);
  });
});

describe('the checker opened from file://', () => {
  it('shows the same findings as the CLI for the examples and the Word fixtures, with the checklist, and asks for nothing outside its folder', async () => {
    const context = await newContext(browser);
    const { page, requests, errors } = await openChecker(context, fileUrl);
    const files = [...EXAMPLES, ...WORD_FIXTURES];
    await chooseFiles(page, files);
    const cli = cliResults(files);
    const shown = await shownFiles(page);
    expect(shown.map((s) => s.name)).toEqual(files.map((f) => f.split('/').pop()));
    for (const file of shown) expectSameAsCli(file, cli.get(file.name));
    expect(shown.reduce((n, f) => n + f.findings.length, 0)).toBeGreaterThan(50);
    // The key-action statuses are the shared module's, as in the HTML report and the checklist.
    const linter = new Linter({ cwd: REPO, useConfigFiles: false });
    for (const file of EXAMPLES) {
      const expected = assess(await linter.lintFile(file, file), builtinRules)!.map((a) => ({ action: a.action.id, status: a.status }));
      expect(shown.find((s) => file.endsWith(`/${s.name}`))!.checklist, file).toEqual(expected);
    }
    const statusOf = (name: string, action: string) => shown.find((s) => s.name === name)!.checklist.find((c) => c.action === action)!.status;
    expect(statusOf('weak-community-diabetes.md', 'response')).toBe('not-met');
    expect(shown.find((s) => s.name === 'strong-talking-therapies.md')!.checklist.every((c) => c.status === 'met')).toBe(true);
    // A suggestion that replaces the text shows the template to complete.
    const suggestion = page.locator('.file-result[data-file-name="weak-community-diabetes.md"] li.finding .suggestion').first();
    // Read as shown once scrolled to: findings away from the screen are laid out only when they come near it (content-visibility), a frame later.
    await suggestion.scrollIntoViewIfNeeded();
    await expect.poll(async () => collapse(await suggestion.innerText())).toMatch(/^Suggestion: Replace it with a specific commitment to complete: The service will \[what it will do/);
    // Quotes are highlighted inside their paragraph where the paragraph is known.
    expect(await page.locator('blockquote.context mark.quote').count()).toBeGreaterThan(30);
    // Said once, from the shared view as in the HTML report: the model on the first finding of each rule, fitted to the service.
    const diabetes = page.locator('.file-result[data-file-name="weak-community-diabetes.md"]');
    const rulesShown = new Set(shown.find((s) => s.name === 'weak-community-diabetes.md')!.findings.map((f) => f.ruleId));
    expect(await diabetes.locator('li.finding .model').count()).toBe(rulesShown.size);
    const model = diabetes.locator('li.finding[data-rule-id="require-ethnicity-outcome-indicators"] .model');
    await model.scrollIntoViewIfNeeded();
    await expect.poll(async () => collapse(await model.innerText())).toMatch(
      /^A model for a diabetes service: Patients receiving all eight care processes/,
    );
    expect(await page.locator('li.finding .model', { hasText: 'Women booked by 10 weeks' }).count()).toBe(0);
    await expect.poll(() => page.textContent('#status')).toMatch(/^Checked 13 files: \d+ errors and \d+ warnings\.$/);
    await page.screenshot({ path: join(ARTIFACTS, 'web-checker-file-url.png'), fullPage: false });
    expect(foreignRequests(requests, pathToFileURL(WEB_DIST).href + '/')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('downloads the findings as the CLI JSON, an annotated Word copy that reads back, and the HTML report', async () => {
    const context = await newContext(browser);
    const { page, requests, errors } = await openChecker(context, fileUrl);
    const word = join(PANDOC, 'weak-community-diabetes.docx');
    await chooseFiles(page, [word]);
    const section = page.locator('.file-result').first();
    const save = async (kind: string): Promise<Buffer> => {
      const [download] = await Promise.all([page.waitForEvent('download'), section.locator(`button[data-download="${kind}"]`).click()]);
      return readFileSync((await download.path())!);
    };

    // JSON: exactly the CLI's result for the file.
    const cli = cliResults([word]).get('weak-community-diabetes.docx')!;
    const json = JSON.parse((await save('json')).toString('utf8')) as CliResult[];
    expect(json).toEqual([cli]);

    // Word: the loader opens the copy, its text is unchanged, and every finding is a comment.
    const original = loadDocx(readFileSync(word), 'original.docx');
    const annotated = await save('docx');
    const reread = loadDocx(new Uint8Array(annotated), 'annotated.docx');
    expect(reread.raw.source).toBe(original.raw.source);
    const comments = strFromU8(unzipSync(new Uint8Array(annotated))['word/comments.xml']!);
    expect(comments.match(/<w:comment /g)?.length).toBe(cli.messages.length);
    // Each comment names its rule; a page opened from file:// gives no link (a path on this machine opens nothing elsewhere).
    expect(comments).toContain('Rule: no-vague-equity-statement');
    expect(comments).not.toContain('file:');

    // HTML: the report formatter's page, with the file and its key actions; from file://, no links back to this page.
    const report = (await save('html')).toString('utf8');
    expect(report).toMatch(/^<!doctype html>/);
    expect(report).toContain('weak-community-diabetes.docx');
    expect(report).toContain('Key actions');
    expect(report).not.toContain('href="file:');
    // It says when and how the file was checked: the time, speclint's version and the page's settings.
    expect(report).toMatch(/<dt>Checked<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}T[\d:.]+Z">/);
    expect(report).toContain('<dt>Configuration</dt><dd>the checker&#39;s settings, extending speclint:recommended</dd>');

    expect(foreignRequests(requests, pathToFileURL(WEB_DIST).href + '/')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('gives broken and hostile files the same plain sentences as the CLI and stays responsive', async () => {
    const good = join(PANDOC, 'mixed-stop-smoking.docx');
    const hostile = hostileFiles(good);
    const dir = tempTree(hostile);
    const names = Object.keys(hostile);
    const cli = cliResults(names.map((n) => join(dir, n)));
    const context = await newContext(browser);
    const { page, errors } = await openChecker(context, fileUrl);
    await chooseFiles(page, [...names.map((n) => join(dir, n)), good]);
    const shown = await shownFiles(page);
    for (const file of shown.slice(0, names.length)) {
      expectSameAsCli(file, cli.get(file.name));
      expect(file.fatal).toHaveLength(1);
    }
    // The good file after them was still checked.
    const last = shown[shown.length - 1]!;
    expect(last.name).toBe('mixed-stop-smoking.docx');
    expect(last.findings.length).toBeGreaterThan(0);
    // And the page still answers: the rule docs open and close.
    const lastSection = page.locator('.file-result').last();
    await lastSection.locator('li.finding summary').first().click();
    await lastSection.locator('li.finding button[data-rule-docs]').first().click();
    await expect.poll(() => page.evaluate(() => (document.getElementById('rule-docs') as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(ARTIFACTS, 'web-checker-hostile.png'), fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('checks every file of a drop that holds two files of the same name, and of a batch one of whose files is chosen again before it is checked', async () => {
    const context = await newContext(browser);
    const { page, errors } = await openChecker(context, fileUrl);
    const file = (name: string, text: string) => ({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
    // The second spec.md replaces the first: two cards, both checked.
    await page.setInputFiles('#file-input', [file('spec.md', '# A\n\nThe service will be fair to all.\n'), file('spec.md', '# B\n\nText.\n'), file('other.md', '# C\n\nText.\n')] as never);
    await waitForResults(page, 2);
    expect((await shownFiles(page)).map((f) => f.name)).toEqual(['spec.md', 'other.md']);
    // A file chosen again while its batch is still being checked: the files after it are checked too.
    const batch = ['mixed-stop-smoking.md', 'weak-community-diabetes.md', 'strong-talking-therapies.md'].map((n) => join(REPO, 'examples', n));
    await page.setInputFiles('#file-input', batch);
    await page.setInputFiles('#file-input', [batch[1]!]);
    await waitForResults(page, 5);
    const shown = await shownFiles(page);
    expect(shown.map((f) => f.name)).toEqual(['spec.md', 'other.md', 'mixed-stop-smoking.md', 'weak-community-diabetes.md', 'strong-talking-therapies.md']);
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('remembers the preset and rule choices, and checks with them exactly as the CLI does', async () => {
    const context = await newContext(browser);
    const { page } = await openChecker(context, fileUrl);
    const files = [join(REPO, 'examples', 'mixed-stop-smoking.md'), join(PANDOC, 'sexual-health.docx')];
    await chooseFiles(page, files);

    await page.check('#preset-strict');
    await page.click('summary:has-text("Choose which rules run")');
    await page.uncheck('#rule-require-core-sections');
    await waitForResults(page, files.length);
    expect(await page.textContent('#rules-on')).toBe(`${Object.keys(builtinRules).length - 1} of ${Object.keys(builtinRules).length}`);

    const config = join(tempTree({ 'strict.yaml': 'extends: [speclint:strict]\nrules:\n  require-core-sections: off\n' }), 'strict.yaml');
    const cli = cliResults(files, ['-c', config]);
    for (const file of await shownFiles(page)) expectSameAsCli(file, cli.get(file.name));
    // Strict makes every finding an error.
    expect((await shownFiles(page)).flatMap((f) => f.findings).every((f) => f.severity === 2)).toBe(true);

    // A reload keeps the choices.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.isChecked('#preset-strict')).toBe(true);
    expect(await page.isChecked('#rule-require-core-sections')).toBe(false);
    await context.close();
  }, SLOW);

  it('can be used with the keyboard: the file picker, the filters and the rule docs', async () => {
    const context = await newContext(browser);
    const { page } = await openChecker(context, fileUrl);
    // Listen for the file chooser before any key is pressed: Playwright turns on the interception of
    // choosers without waiting for the browser to confirm, so a listener added with the key press itself
    // sometimes lost the race and the native chooser opened (and was cancelled) unseen.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (chooser) => choosers.push(chooser));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file-input');
    await page.keyboard.press('Space');
    await expect.poll(() => choosers.length).toBe(1);
    const chooser = choosers[0]!;
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([join(REPO, 'examples', 'weak-community-diabetes.md')]);
    await waitForResults(page, 1);
    await expect.poll(() => page.textContent('#status')).toMatch(/^Checked 1 file: \d+ errors and \d+ warnings\.$/);

    // Filters: by severity, then by rule.
    const all = (await shownFiles(page))[0]!.findings;
    await page.selectOption('#filter-severity', '2');
    const visible = (): Promise<number> => page.locator('li.finding:visible').count();
    expect(await visible()).toBe(all.filter((f) => f.severity === 2).length);
    await page.selectOption('#filter-severity', 'all');
    await page.selectOption('#filter-rule', 'no-vague-equity-statement');
    expect(await visible()).toBe(all.filter((f) => f.ruleId === 'no-vague-equity-statement').length);
    expect(await page.textContent('.shown-count')).toMatch(/^\(showing \d+ of \d+\)$/);

    // The rule docs: opened from a finding with the keyboard, closed with Escape, focus back where it was.
    await page.locator('li.finding:visible summary').first().focus();
    await page.keyboard.press('Enter');
    const docsButton = page.locator('li.finding:visible button[data-rule-docs]').first();
    await docsButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.getElementById('rule-docs') as HTMLDialogElement).open)).toBe(true);
    expect(await page.textContent('#rule-docs-body')).toContain('Why it matters');
    expect(await page.textContent('#rule-docs-body')).toContain('What good looks like');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ruleDocs)).toBe('no-vague-equity-statement');

    // The docs link used in reports and Word comments opens the same dialog, in a page of its own as a
    // link from a report would (a fragment change on this page raced its own dialog's close now and then).
    const linked = await context.newPage();
    await linked.goto(`${fileUrl}#rule/require-engagement-plan`);
    await linked.waitForSelector('html[data-ready="true"]');
    await expect.poll(() => linked.textContent('#rule-docs-title')).toBe('require-engagement-plan');
    await context.close();
  }, SLOW);

  it('has no accessibility violations (axe-core, WCAG 2.2 A and AA, and best practice)', async () => {
    // bypassCSP only so that axe-core can be injected; the other tests keep the policy.
    const context = await newContext(browser, { bypassCSP: true });
    const { page } = await openChecker(context, fileUrl);
    const audit = async (state: string): Promise<void> => {
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        }),
      );
      const problems = result.violations.map((v) => `${state}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(problems).toEqual([]);
    };
    await audit('empty page');
    await page.click('summary:has-text("Choose which rules run")');
    await chooseFiles(page, [join(REPO, 'examples', 'weak-community-diabetes.md'), join(PANDOC, 'mixed-stop-smoking.docx'), join(tempTree({ 'broken.docx': 'not a zip' }), 'broken.docx')]);
    for (const summary of await page.locator('li.finding summary').all()) await summary.click();
    await audit('results');
    await page.locator('button[data-rule-docs]').first().click();
    await audit('rule docs open');
    await context.close();
  }, SLOW);
});

describe('the checker served by serve()', () => {
  const get = (path: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> =>
    new Promise((resolve, reject) => {
      const url = new URL(path, served.url);
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });

  it('listens on localhost only and sends the files with their types and the Content-Security-Policy', async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("connect-src 'none'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/checker.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/checker.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
    expect((await get('/checker.js', { method: 'HEAD' })).status).toBe(200);
    // Nothing outside the folder, nothing hidden, nothing but GET and HEAD, nobody but localhost.
    expect((await get('/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await get('/.hidden')).status).toBe(404);
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    expect((await get('/', { host: 'attacker.example' })).status).toBe(403);
  });

  it('checks files the same way, and the page cannot connect anywhere, not even to its own server', async () => {
    const context = await newContext(browser);
    const { page, requests, errors } = await openChecker(context, served.url);
    const files = [join(PANDOC, 'weak-community-diabetes.docx'), join(REPO, 'examples', 'strong-talking-therapies.md')];
    await chooseFiles(page, files);
    const cli = cliResults(files);
    for (const file of await shownFiles(page)) expectSameAsCli(file, cli.get(file.name));
    expect(foreignRequests(requests, served.url)).toEqual([]);
    expect(errors).toEqual([]);

    // The README's screenshot: the page with a Word draft checked.
    await page.setViewportSize({ width: 1280, height: 1400 });
    const target = process.env.SPECLINT_UPDATE_SCREENSHOTS || !existsSync(README_SCREENSHOT) ? README_SCREENSHOT : join(ARTIFACTS, 'web-checker.png');
    mkdirSync(join(REPO, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: target });
    // Findings away from the screen are painted only when they come near it (content-visibility): a window as tall as the page shows them all.
    for (let i = 0; i < 3; i++) await page.setViewportSize({ width: 1280, height: await page.evaluate(() => document.documentElement.scrollHeight) });
    await page.screenshot({ path: join(ARTIFACTS, 'web-checker-served-full.png'), fullPage: true });

    // connect-src 'none': even a request to the page's own server is refused by the browser.
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('/index.html');
        return 'connected';
      } catch {
        return 'refused';
      }
    });
    expect(outcome).toBe('refused');
    await context.close();
  }, SLOW);
});

const phases = (t: { toDom: number; toScreen: number; read: number; checked: number; shown: number }) => ({
  toFindingsOnScreen: Math.round(t.toScreen),
  toFindingsInPage: Math.round(t.toDom),
  reading: Math.round(t.read),
  checkingInWorker: Math.round(t.checked),
  showing: Math.round(t.shown),
});

describe('a 50-page Word document', () => {
  it('is checked in the worker and its findings shown, also when dropped before the warm-up ends (time reported, not asserted)', async () => {
    const big = bigDocx(join(PANDOC, 'weak-community-diabetes.docx'));
    const dir = tempTree({ 'big.docx': big.bytes });
    const cli = cliResults([join(dir, 'big.docx')]);
    const context = await newContext(browser);
    // Dropped as a user would drop it: a drop event carrying the file.
    const drop = (page: Page): Promise<{ toDom: number; toScreen: number; read: number; checked: number; shown: number; warm: boolean }> =>
      page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], 'big.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
        const warm = document.documentElement.dataset.checker === 'warm';
        const start = performance.now();
        document.getElementById('drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        // Until the findings are in the page, then until the next frame is painted.
        await new Promise<void>((resolve) => {
          const poll = (): void => {
            const section = document.querySelector<HTMLElement>('.file-result[data-file-name="big.docx"]');
            if (section?.dataset.state === 'done') resolve();
            else setTimeout(poll, 1);
          };
          poll();
        });
        const toDom = performance.now() - start;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const toScreen = performance.now() - start;
        // The page's own marks: file read, checked in the worker, findings built in the page.
        const mark = (name: string): number => performance.getEntriesByName(`speclint:${name}:big.docx`).at(-1)!.startTime - start;
        const read = mark('read');
        const checked = mark('checked');
        return { toDom, toScreen, read, checked: checked - read, shown: mark('shown') - checked, warm };
      }, Buffer.from(big.bytes).toString('base64'));

    // Dropped the moment the page is ready, before the worker's warm-up (web/src/worker/warm-up.ts) has ended: the same findings.
    const early = await openChecker(context, fileUrl);
    const duringWarmUp = await drop(early.page);
    expectSameAsCli((await shownFiles(early.page))[0]!, cli.get('big.docx'));
    expect(early.errors).toEqual([]);
    await early.page.close();

    // For comparison, the same file linted in this Node process (the CLI's engine, warm).
    const linter = new Linter({ useConfigFiles: false });
    await linter.lintFile(join(dir, 'big.docx'));
    const nodeStart = performance.now();
    await linter.lintFile(join(dir, 'big.docx'));
    const nodeMs = performance.now() - nodeStart;

    // The usual case: choosing a file takes longer than the warm-up.
    const { page, errors } = await openChecker(context, fileUrl);
    await page.waitForSelector('html[data-checker="warm"]', { state: 'attached' });
    const warmUpMs = await page.evaluate(() => performance.getEntriesByName('speclint:warm').at(-1)!.startTime);
    const first = await drop(page);
    const shown = await shownFiles(page);
    expectSameAsCli(shown[0]!, cli.get('big.docx'));
    const second = await drop(page);
    const timings = {
      document: { bytes: big.bytes.length, words: big.words, paragraphs: big.paragraphs, findings: shown[0]!.findings.length },
      warmUpEndsMsAfterPageStart: Math.round(warmUpMs),
      firstDropMs: phases(first),
      secondDropMs: phases(second),
      firstDropBeforeWarmUpEndsMs: { ...phases(duringWarmUp), warmUpHadEnded: duringWarmUp.warm },
      nodeLintFileMs: Math.round(nodeMs),
      loadAverage: loadavg()[0],
      bundle: buildReport.trim(),
    };
    writeFileSync(join(ARTIFACTS, 'web-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    process.stdout.write(
      `browser checker, 50-page Word document ${JSON.stringify(timings.document)}: warm-up ended ${timings.warmUpEndsMsAfterPageStart} ms after the page started; first drop ${JSON.stringify(timings.firstDropMs)}, again ${JSON.stringify(timings.secondDropMs)}; first drop before the warm-up ended ${JSON.stringify(timings.firstDropBeforeWarmUpEndsMs)}; Node lintFile ${timings.nodeLintFileMs} ms; load average ${timings.loadAverage}\n`,
    );
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);
});
