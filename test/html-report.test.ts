/**
 * --format html: the report is built by the real CLI and opened from file://
 * in a real headless Chromium: no requests, the structure a screen reader
 * needs, axe-core with no WCAG 2 A/AA violations, hostile text shown as text,
 * and a print layout. Screenshots are kept in test-artifacts/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import htmlReport from '../src/formatters/html.js';
import type { FormatterContext } from '../src/formatters/types.js';
import { countMessages, type LintMessage } from '../src/core/messages.js';
import { findQuote } from '../src/report/quote-in-context.js';
import { escapeHtml } from '../src/report/html/markup.js';
import { builtinVocabulary } from '../src/report/vocabulary-file.js';
import { builtinRules } from '../rules/index.js';
import { Linter } from '../src/linter.js';
import { lintWithFailingRule } from './helpers/key-actions.js';
import { dejaVuOnlyFonts, launchBrowser, openFile, type Browser } from './helpers/browser.js';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const AXE = join(repo, 'node_modules', 'axe-core', 'axe.min.js');
const ARTIFACTS = join(repo, 'test-artifacts');
const README_SCREENSHOT = join(repo, 'docs', 'images', 'html-report.png');

// Every payload would set window.__xss if the browser ran it.
const HOSTILE_NAME = '<img src=x onerror=window.__xss=1>.md';
const HOSTILE_SPEC = `# Hostile &lt;script&gt;window.__xss = 'title'&lt;/script&gt; specification

## 1. Population needs &lt;img src=x onerror="window.__xss='heading'"&gt;

The local population is diverse \`<script>window.__xss = 'code'</script>\`.

## 2. Outcomes

| Indicator | Target |
|---|---|
| Waiting times &lt;img src=x onerror="window.__xss='cell'"&gt; | 90% |
| Patients seen within "4 weeks" & 'on time' | 95% |

## 3. Scope

The service will be accessible to all &lt;script&gt;window.__xss = 'entity'&lt;/script&gt; whatever their background.

The service will be inclusive \`<img src=x onerror="window.__xss='inline-code'">\` and fair to everyone.

<script>window.__xss = 'raw'</script>
`;

const INPUTS = ['examples/', 'fixtures/docx/pandoc/mental-health-crisis.docx'];

/** A specification's section, found by its file name (results come in the CLI's order). */
const spec = (page: Page, name: string) => page.locator('section.spec', { has: page.locator('h2', { hasText: name }) });

describe('the HTML formatter on its own', () => {
  const context: FormatterContext = {
    cwd: '/work',
    color: false,
    rules: {},
    docsUrl: (id) => (id === 'evil' ? 'javascript:alert(1)' : `https://example.org/rules/${id}`),
    version: '9.9.9',
  };
  const hostile = '<script>alert(1)</script> <img src=x onerror=alert(1)> "quoted" & \'single\'';
  const message: LintMessage = {
    ruleId: 'evil',
    severity: 2,
    message: `Bad ${hostile}`,
    line: 3,
    column: 1,
    headingPath: [`Heading ${hostile}`],
    quote: hostile,
    context: `Before ${hostile} after.`,
  };

  it('escapes document text, file names, rule ids and messages, and links no javascript: URL', () => {
    const out = htmlReport([countMessages(`/work/${hostile}.md`, [message], 'markdown')], context);
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/javascript:/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Nor a file:// path, which opens nothing on the machine the report is sent to.
    const local = htmlReport([countMessages('/work/a.md', [message], 'markdown')], { ...context, docsUrl: () => 'file:///home/me/rules/evil.md' });
    expect(local).not.toMatch(/href="file:/i);
    expect(local).toContain('<code>evil</code>');
    expect(out).toContain('<mark>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;</mark>');
  });

  it('is a pure function of the results', () => {
    const results = [countMessages('/work/a.md', [message], 'markdown')];
    expect(htmlReport(results, context)).toBe(htmlReport(results, context));
  });

  it('finds the quote in its paragraph whatever the whitespace, or falls back to the quote', () => {
    expect(findQuote('One.  Two\n three\tfour. Five.', 'Two three four.')).toEqual({ before: 'One.  ', match: 'Two\n three\tfour.', after: ' Five.' });
    expect(findQuote('Nothing like it.', 'Two three')).toBeUndefined();
    expect(findQuote('Anything', '   ')).toBeUndefined();
  });
});

describe('the HTML report\'s key actions and metadata', () => {
  const context: FormatterContext = {
    cwd: repo,
    color: false,
    rules: builtinRules,
    docsUrl: () => undefined,
    version: '9.9.9',
    checkedAt: new Date('2026-12-06T12:30:00Z'),
    configuration: { extends: ['speclint:recommended'] },
  };
  const linter = new Linter({ cwd: repo, useConfigFiles: false });
  const lint = (file: string) => linter.lintFile(join(repo, file), join(repo, file));
  /** The checklist row of one key action, as text. */
  const row = (page: string, label: string): string => {
    const at = page.indexOf(`">${label}</a></th>`);
    expect(at, label).toBeGreaterThan(-1);
    return page.slice(at, page.indexOf('</tr>', at)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  };

  it('shows a specific service response as not met when every equality statement is vague, and all seven met for the strong draft', async () => {
    const weak = htmlReport([await lint('examples/weak-community-diabetes.md')], context);
    expect(row(weak, 'A specific service response')).toMatch(/✖? ?not met .*line 54/);
    const strong = htmlReport([await lint('examples/strong-talking-therapies.md')], context);
    expect(strong).toContain('7 of 7</strong> key actions met');
    // A met action says what was found.
    expect(row(strong, 'Equity monitoring')).toContain('Found: line 88, “The provider will complete an equity audit');
  });

  it('does not show needs as met without a population needs section, and says why a rule that failed checked nothing', async () => {
    const text = readFileSync(join(repo, 'examples/strong-talking-therapies.md'), 'utf8').replace(/^## 1\. Population Needs\n[\s\S]*?(?=^## 2\.)/m, '');
    const noNeeds = htmlReport([await linter.lintText(text, join(repo, 'no-needs.md'))], context);
    expect(row(noNeeds, 'Needs analysed by ethnicity')).toContain('not checked Not checked: there is no population needs section to judge.');
    const failed = htmlReport([await lintWithFailingRule(join(repo, 'examples/strong-talking-therapies.md'), 'require-language-access')], context);
    expect(row(failed, 'Language access')).toContain('Not checked: require-language-access failed on this file, so its findings are missing.');
  });

  it('links each rule\'s guidance to its public page when settings.docsUrl gives one, and to nothing else', async () => {
    const result = await lint('examples/mixed-stop-smoking.md');
    const page = htmlReport([result], { ...context, docsUrl: (id) => `https://intranet.example/speclint/rules/${id}` });
    const guide = page.slice(page.indexOf('id="rule-require-engagement-plan"'));
    expect(guide.slice(0, guide.indexOf('</section>'))).toContain('<a href="https://intranet.example/speclint/rules/require-engagement-plan">The full guidance for <code>require-engagement-plan</code></a>');
    expect(page).toContain('<a href="#rule-require-engagement-plan">Rule guidance</a>');
  });

  it('says it once: each rule\'s "why it matters" once in the report, its model once per specification and fitted to the service, and no message\'s examples repeated', async () => {
    const files = ['examples/weak-community-diabetes.md', 'examples/mixed-stop-smoking.md', 'fixtures/docx/pandoc/mental-health-crisis.docx', 'fixtures/docx/table-layout/falls-prevention-table-layout.docx'];
    const results = await Promise.all(files.map(lint));
    const page = htmlReport(results, { ...context, models: builtinVocabulary() });
    const count = (text: string): number => page.split(text).length - 1;
    for (const id of new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId!)))) {
      expect(count(escapeHtml(builtinRules[id]!.meta.docs.rationale)), id).toBe(1);
    }
    // The vague-statement ask, the same for six findings in the diabetes draft, is given once there.
    const diabetes = page.slice(page.indexOf('id="spec-4"'), page.indexOf('id="spec-5"'));
    expect(diabetes.split('Say which groups it means, what the service will do for them and how it will be measured.').length - 1).toBe(1);
    // Outcome indicators: a diabetes model for the diabetes draft, a mental health one for the crisis draft, never the maternity one.
    expect(page).toContain('A model for a diabetes service:</strong> <span class="good-example">Patients receiving all eight care processes');
    expect(page).toContain('A model for a mental health service:</strong> <span class="good-example">People completing treatment who recover');
    expect(page).toContain('A model for a falls prevention service:</strong> <span class="good-example">People completing a strength and balance programme');
    expect(page).not.toContain('Women booked by 10 weeks');
    expect(page).not.toMatch(/file:/);
  });

  it('says when the check ran, with which speclint and configuration, and names files outside the folder by their parent folder', async () => {
    const result = { ...(await lint('examples/mixed-stop-smoking.md')), filePath: '/elsewhere/team/drafts/mixed.md' };
    const page = htmlReport([result], { ...context, configuration: { file: join(repo, 'configs', 'strict.yaml'), extends: ['speclint:strict'] } });
    expect(page).toMatch(/<dt>Checked<\/dt><dd><time datetime="2026-12-06T12:30:00.000Z">6 December 2026 at \d{2}:30( \S+)?<\/time><\/dd>/);
    expect(page).toContain('<dt>speclint</dt><dd>version 9.9.9</dd>');
    expect(page).toContain('<dt>Configuration</dt><dd>configs/strict.yaml, extending speclint:strict</dd>');
    expect(page).toContain('drafts/mixed.md');
    expect(page).not.toContain('/elsewhere');
  });
});

describe('--format html in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  let dir: string;
  let reportUrl: string;
  let examplesUrl: string;
  let expectedFindings: number;

  beforeAll(async () => {
    dir = tempTree({ [HOSTILE_NAME]: HOSTILE_SPEC });
    const hostilePath = join(dir, HOSTILE_NAME);
    const report = join(dir, 'report.html');
    const run = speclint(['--format', 'html', '-o', report, ...INPUTS, hostilePath], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    reportUrl = pathToFileURL(report).href;
    const json = JSON.parse(speclint(['--format', 'json', ...INPUTS, hostilePath], { cwd: repo }).stdout) as Array<{ messages: unknown[] }>;
    expectedFindings = json.reduce((n, r) => n + r.messages.length, 0);

    const examples = join(dir, 'examples.html');
    expect(speclint(['--format', 'html', '-o', examples, 'examples/'], { cwd: repo }).code).toBe(1);
    examplesUrl = pathToFileURL(examples).href;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('makes no request but for the file itself', async () => {
    const { page, requests } = await openFile(browser, reportUrl);
    expect(requests).toEqual([reportUrl]);
    const html = readFileSync(new URL(reportUrl), 'utf8');
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    await page.close();
  });

  it('has one h1, landmarks, a contents list and a section per specification', async () => {
    const { page } = await openFile(browser, reportUrl);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    for (const landmark of ['banner', 'navigation', 'main', 'contentinfo']) {
      expect(await page.getByRole(landmark as 'banner').count(), landmark).toBe(1);
    }
    const sections = page.locator('main section.spec');
    expect(await sections.count()).toBe(5);
    const titles = await sections.locator('h2').allTextContents();
    expect(titles.sort()).toEqual(
      [
        'examples/mixed-stop-smoking.md',
        'examples/strong-talking-therapies.md',
        'examples/weak-community-diabetes.md',
        'fixtures/docx/pandoc/mental-health-crisis.docx',
        // Outside the working folder: the file name with its parent folder, not the whole path.
        `${basename(dir)}/${HOSTILE_NAME}`,
      ].sort(),
    );
    // Every contents link leads somewhere on the page.
    const targets = await page.locator('nav a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    // Summary, five specifications, the key actions and the rule guidance.
    expect(targets.length).toBe(8);
    for (const hash of targets) expect(await page.locator(hash).count(), hash).toBe(1);
    // Headings never skip a level.
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!).toBeLessThanOrEqual(1));
    await page.close();
  });

  it('shows every finding with its place, the quote marked in its paragraph and what to add, grouped by rule, with the guidance in the report', async () => {
    const { page } = await openFile(browser, reportUrl);
    const findings = page.locator('li.finding');
    expect(await findings.count()).toBe(expectedFindings);

    const vague = spec(page, 'weak-community-diabetes.md').locator('li.finding', { hasText: 'Care will be provided on an equitable basis' });
    expect(await vague.count()).toBe(1);
    expect(await vague.locator('.where').textContent()).toContain('line 54');
    expect(await vague.locator('.where').textContent()).toContain('3.1 Aims and objectives of service');
    // The title every section shares is left out of the path.
    expect(await vague.locator('.where').textContent()).not.toContain('Service Specification');
    expect(await vague.locator('blockquote mark').textContent()).toBe('Care will be provided on an equitable basis to every patient, irrespective of where they live or their background.');
    expect(await vague.locator('.message').textContent()).toBe(
      '"will be provided on an equitable basis" promises fairness but names no group, no mechanism and no measure. Say which groups it means, what the service will do for them and how it will be measured.',
    );
    // The rule's group links to its guidance, carried in the report: no public docs address is configured, so no link leaves it.
    const group = spec(page, 'weak-community-diabetes.md').locator('article.rule-findings', { has: page.locator('li.finding', { hasText: 'Care will be provided on an equitable basis' }) });
    expect(await group.locator('h4').textContent()).toMatch(/^Must fix Universal equality claims.*\(6\)$/);
    expect(await group.locator('.more a').getAttribute('href')).toBe('#rule-no-vague-equity-statement');
    const guide = page.locator('#rule-no-vague-equity-statement');
    expect(await guide.textContent()).toMatch(/no-vague-equity-statement.*Source: Better Health Briefing 28.*What good looks like/s);
    expect(await guide.locator('a').count()).toBe(0);
    expect(await page.locator('a[href^="file:"]').count()).toBe(0);

    // Word findings are placed by paragraph; the mark sits inside a longer paragraph where there is one.
    const word = spec(page, 'mental-health-crisis.docx').locator('li.finding', { hasText: 'fair and equitable to all' });
    expect(await word.locator('.where').innerText()).toMatch(/^¶\s*paragraph\s*32 · .*3\.1 Aims and objectives of service$/);
    const whole = spec(page, 'mental-health-crisis.docx').locator('li.finding', { hasText: 'no provision for people who speak little' });
    expect(await whole.locator('.where').innerText()).toBe('About the specification as a whole');
    expect(await whole.locator('blockquote').count()).toBe(0);
    const marked = await page.locator('blockquote.context').evaluateAll((qs) =>
      qs.filter((q) => q.querySelector('mark') && q.textContent!.length > q.querySelector('mark')!.textContent!.length).length,
    );
    expect(marked).toBeGreaterThan(0);
    await page.close();
  });

  it('has a chart with an accessible name and the same data in a table', async () => {
    const { page } = await openFile(browser, reportUrl);
    const chart = page.getByRole('img', { name: /Key actions covered by each of the 5 specifications/ });
    expect(await chart.count()).toBe(1);
    const rows = page.locator('table.matrix tbody tr');
    expect(await rows.count()).toBe(5);
    const row = (name: string) => rows.filter({ has: page.locator('th', { hasText: name }) }).locator('td');
    expect(await row('strong-talking-therapies.md').allTextContents()).toEqual(Array(7).fill(' met'));
    // Every equality statement in the weak draft is vague: not even its service response is partly met.
    expect(await row('weak-community-diabetes.md').allTextContents()).toEqual(Array(7).fill(' not met'));
    expect(await row('mixed-stop-smoking.md').allTextContents()).toEqual([' met', ' partly', ' met', ' met', ' met', ' partly', ' met']);
    await page.close();
  });

  it('shows hostile text and file names as text and runs no script', async () => {
    const { page } = await openFile(browser, reportUrl);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
    const hostile = spec(page, HOSTILE_NAME);
    expect(await hostile.locator('h2').textContent()).toContain(HOSTILE_NAME);
    const text = (await hostile.textContent())!;
    expect(text).toContain(`accessible to all <script>window.__xss = 'entity'</script> whatever`);
    expect(text).toContain(`inclusive <img src=x onerror="window.__xss='inline-code'"> and fair`);
    expect(text).toContain(`Waiting times <img src=x onerror="window.__xss='cell'">`);
    expect(await page.title()).not.toContain('<img src');
    await page.close();
  });

  it('has no WCAG 2 A or AA violations (axe-core)', async () => {
    for (const url of [reportUrl, examplesUrl]) {
      const { page } = await openFile(browser, url);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      expect(violations, url).toEqual([]);
      await page.close();
    }
  });

  it('shows keyboard focus', async () => {
    const { page } = await openFile(browser, reportUrl);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { background: style.backgroundColor, shadow: style.boxShadow };
    });
    expect(focused.background).toBe('rgb(255, 235, 59)');
    expect(focused.shadow).not.toBe('none');
    await page.close();
  });

  it('prints without the contents and without splitting a finding', async () => {
    const { page } = await openFile(browser, reportUrl);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isHidden()).toBe(true);
    expect(await page.locator('li.finding').first().evaluate((a) => getComputedStyle(a).breakInside)).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });

  it('keeps screenshots: the whole report as an artifact, and the examples report for the README', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page } = await openFile(browser, reportUrl);
    await page.screenshot({ path: join(ARTIFACTS, 'html-report.png'), fullPage: true });
    await page.close();

    // The README image changes only when asked (fonts differ between machines), or when it is missing.
    const examples = await openFile(browser, examplesUrl);
    const target = process.env.SPECLINT_UPDATE_SCREENSHOTS || !existsSync(README_SCREENSHOT) ? README_SCREENSHOT : join(ARTIFACTS, 'html-report-examples.png');
    mkdirSync(join(target, '..'), { recursive: true });
    // The summary, then the first specification down to the end of its first finding.
    const end = await examples.page.locator('article.rule-findings').first().boundingBox();
    await examples.page.screenshot({ path: target, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.round(end!.y + end!.height + 10) } });
    await examples.page.close();
    expect(existsSync(target)).toBe(true);
  });
});

describe('--format html with no Arial-compatible font (DejaVu only, as on a default Debian install)', { timeout: 120_000 }, () => {
  let browser: Browser;
  let reportUrl: string;

  beforeAll(async () => {
    const dir = tempTree({});
    const report = join(dir, 'report.html');
    const inputs = ['examples/', 'fixtures/docx/table-layout/falls-prevention-table-layout.docx', 'fixtures/docx/pandoc/mental-health-crisis.docx'];
    expect(speclint(['--format', 'html', '-o', report, ...inputs], { cwd: repo }).code).toBe(1);
    reportUrl = pathToFileURL(report).href;
    browser = await launchBrowser({ env: dejaVuOnlyFonts(dir) });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('uses a font the machine has, and clips no chart label: every label inside the chart, row labels clear of the tiles, column heads clear of each other', async () => {
    const { page } = await openFile(browser, reportUrl);
    const used = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(used).not.toMatch(/^Arial/);
    const boxes = await page.locator('figure svg').evaluate((svg) => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: e.textContent ?? '' };
      };
      return {
        svg: box(svg),
        texts: [...svg.querySelectorAll('text')].map(box),
        heads: [...svg.querySelectorAll('text[font-weight="bold"][text-anchor="middle"]')].map(box),
        rows: [...svg.querySelectorAll('text[text-anchor="end"]')].filter((t) => t.textContent !== 'Key').map(box),
        firstTile: Math.min(...[...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect().left)),
      };
    });
    for (const t of boxes.texts) {
      expect(t.left, t.text).toBeGreaterThanOrEqual(boxes.svg.left - 0.5);
      expect(t.right, t.text).toBeLessThanOrEqual(boxes.svg.right + 0.5);
    }
    expect(boxes.rows.length).toBe(5);
    for (const r of boxes.rows) expect(r.right, r.text).toBeLessThanOrEqual(boxes.firstTile);
    boxes.heads.forEach((h, i) => i > 0 && expect(h.left, `${boxes.heads[i - 1]!.text} / ${h.text}`).toBeGreaterThanOrEqual(boxes.heads[i - 1]!.right));
    await page.close();
  });

  it('is half as long as before issue 16: the five drafts in at most 5,991 visible words (11,982 before)', async () => {
    const { page } = await openFile(browser, reportUrl);
    const words = await page.evaluate(() => document.body.innerText.split(/\s+/).filter(Boolean).length);
    expect(words).toBeLessThanOrEqual(5991);
    await page.close();
  });

  it('prints every column of every table on an A4 page', async () => {
    const { page } = await openFile(browser, reportUrl);
    // A4 less Chromium's default print margins, at 96 pixels an inch.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const clipped = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      for (const cell of document.querySelectorAll('main th, main td')) {
        const r = cell.getBoundingClientRect();
        let box: Element | null = cell.parentElement;
        // Any scrolling box it is in must show it whole.
        while (box && box !== document.body) {
          const style = getComputedStyle(box);
          if (style.overflowX !== 'visible' && box.scrollWidth > box.clientWidth + 1) out.push(`${(cell.textContent ?? '').trim()} (its box scrolls)`);
          box = box.parentElement;
        }
        if (r.width > 0 && r.right > width + 0.5) out.push(`${(cell.textContent ?? '').trim()} (right edge ${r.right} > ${width})`);
      }
      return [...new Set(out)];
    });
    expect(clipped).toEqual([]);
    await page.close();
  });
});
