/**
 * The VS Code extension in a real VS Code: code-server with the built .vsix
 * installed, driven through Debian's Chromium. A workspace holds a weak and a
 * strong specification and a Word draft; the tests read what a user sees (the
 * Problems panel, the status bar, hovers, notifications) and act as a user does
 * (Quick Open, the Command Palette, Ctrl+.). Screenshots go to docs/images/.
 *
 * The time from opening a specification to its first findings is measured and
 * written to test-artifacts/vscode-timings.json, never asserted.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../src/index.js';
import {
  ensureVsix,
  installCodeServer,
  openFile,
  ROOT,
  runCommand,
  startCodeServer,
  waitForCount,
  type CodeServer,
} from './helpers/code-server.js';
import { tempTree } from './helpers/tmp.js';

const WEAK = 'weak-community-diabetes.md';
const STRONG = 'strong-talking-therapies.md';
const WORD = 'weak-community-diabetes.docx';
/** A config for speclint.configFile, with one rule off. */
const QUIET = 'configs/quiet.yaml';
const IMAGES = join(ROOT, 'docs', 'images');
const LONG = 120_000;

describe('the speclint extension in VS Code (code-server)', () => {
  let folder: string;
  let vscode: CodeServer;
  let page: Page;
  /** What the linter finds in each specification, by file name. */
  const expected: Record<string, Array<{ ruleId: string | null; line: number; column: number }>> = {};
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const started = Date.now();
    const bin = installCodeServer();
    timings.codeServerInstallCheckMs = Date.now() - started;
    ensureVsix();
    folder = tempTree({
      [WEAK]: readFileSync(join(ROOT, 'examples', WEAK)),
      [STRONG]: readFileSync(join(ROOT, 'examples', STRONG)),
      [WORD]: readFileSync(join(ROOT, 'fixtures', 'docx', 'libreoffice', WORD)),
      [QUIET]: 'rules:\n  no-vague-equity-statement: off\n',
    });
    for (const name of [WEAK, STRONG]) {
      const { messages } = await new Linter({ cwd: folder }).lintText(readFileSync(join(folder, name), 'utf8'), join(folder, name));
      expected[name] = messages.map(({ ruleId, line, column }) => ({ ruleId, line, column }));
    }
    vscode = await startCodeServer(bin, folder);
    page = vscode.page;
    mkdirSync(IMAGES, { recursive: true });
  }, 1_200_000);

  afterAll(async () => {
    await vscode?.close();
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    writeFileSync(join(ROOT, 'test-artifacts', 'vscode-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    console.log(`VS Code timings: ${JSON.stringify(timings)}`);
  }, LONG);

  it('lists a weak specification\'s findings in the Problems panel with their rule ids, and none for a strong one', async () => {
    expect(expected[WEAK]!.length).toBeGreaterThan(3);
    expect(expected[STRONG]).toEqual([]);
    const opened = Date.now();
    await openFile(page, WEAK);
    // Opening the first Markdown file activates the extension, whose status item then appears.
    await waitForCount(page, () => true, 180_000);
    timings.openToExtensionActiveMs = Date.now() - opened;
    await waitForCount(page, (n) => n > 0, 180_000);
    timings.openToFirstDiagnosticsMs = Date.now() - opened;
    const total = await waitForCount(page, (n) => n === expected[WEAK]!.length);
    expect(total).toBe(expected[WEAK]!.length);

    await openFile(page, STRONG);
    await page.keyboard.press('Control+Shift+M');
    const problems = page.locator('.markers-panel');
    await problems.waitFor({ timeout: LONG });
    for (const ruleId of new Set(expected[WEAK]!.map((m) => m.ruleId!))) {
      // The panel is virtualised: filter it to each rule so its rows are on screen.
      await filterProblems(page, ruleId);
      await expect.poll(() => problems.innerText(), { timeout: LONG }).toContain(ruleId);
    }
    await filterProblems(page, '');
    await expect.poll(() => problems.innerText(), { timeout: LONG }).toContain(WEAK);
    expect(await problems.innerText()).not.toContain(STRONG);
    await openFile(page, WEAK);
    await page.screenshot({ path: join(IMAGES, 'vscode-problems.png') });
  }, 600_000);

  it('shows the rule\'s guidance on hover', async () => {
    const finding = expected[WEAK]!.find((m) => m.ruleId === 'no-vague-equity-statement')!;
    await openFile(page, WEAK);
    await goTo(page, finding.line, finding.column + 2);
    await runCommand(page, 'Show or Focus Hover');
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Why it matters' }).first();
    await hover.waitFor({ timeout: LONG });
    const text = await hover.innerText();
    expect(text).toContain('no-vague-equity-statement');
    expect(text).toContain('A good version');
    await page.screenshot({ path: join(IMAGES, 'vscode-hover.png') });
    await page.keyboard.press('Escape');
  }, 300_000);

  it('applies "disable for this paragraph" and that finding goes', async () => {
    const all = expected[WEAK]!;
    const finding = all.find((m) => m.ruleId === 'no-vague-equity-statement')!;
    const before = await waitForCount(page, (n) => n === all.length);
    await openFile(page, WEAK);
    await goTo(page, finding.line, finding.column);
    await page.keyboard.press('Control+.');
    const action = page.locator('.action-widget .monaco-list-row', { hasText: 'Disable no-vague-equity-statement for this paragraph' });
    await action.first().waitFor({ timeout: LONG });
    await page.screenshot({ path: join(IMAGES, 'vscode-quick-fix.png') });
    // The menu is keyboard-driven (a pointer block covers it from synthetic clicks): move to the action, Enter.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 10 && !((await focused.getAttribute('aria-label')) ?? '').startsWith('Disable no-vague-equity-statement for this paragraph'); i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await focused.getAttribute('aria-label')).toBe('Disable no-vague-equity-statement for this paragraph');
    await page.keyboard.press('Enter');
    // Only the findings in that paragraph for that rule go (one here); everything else stays.
    const sameParagraph = all.filter((m) => m.ruleId === finding.ruleId && m.line === finding.line).length;
    expect(sameParagraph).toBe(1);
    const after = await waitForCount(page, (n) => n === before - 1);
    expect(after).toBe(before - 1);
    // Saved, the file holds the comment on the line above the paragraph.
    await page.keyboard.press('Control+S');
    const sentence = readFileSync(join(ROOT, 'examples', WEAK), 'utf8').split('\n')[finding.line - 1]!;
    const saved = (): string[] => readFileSync(join(folder, WEAK), 'utf8').split('\n').slice(finding.line - 3, finding.line + 1);
    await expect.poll(saved, { timeout: LONG }).toContain('<!-- speclint-disable-next-line no-vague-equity-statement -->');
    expect(saved()).toContain(sentence);
  }, 300_000);

  it('takes a changed setting without a reload', async () => {
    const shown = await waitForCount(page, (n) => n > 0);
    // As a user does it: the Settings editor, searched for the setting, its box unticked.
    await runCommand(page, 'Preferences: Open User Settings');
    const box = page.locator('.settings-editor .setting-item-bool', { hasText: 'Check Markdown and plain-text specifications as you type' }).locator('.setting-value-checkbox');
    await page.locator('.settings-editor').waitFor({ timeout: LONG });
    await page.keyboard.type('speclint.enable');
    await expect.poll(() => box.count(), { timeout: LONG }).toBe(1);
    await box.click();
    await waitForCount(page, (n) => n === 0);
    await page.screenshot({ path: join(IMAGES, 'vscode-settings.png') });
    await box.click();
    expect(await waitForCount(page, (n) => n === shown)).toBe(shown);
  }, 300_000);

  it('checks a Word file and lists its findings with paragraph numbers and quotes', async () => {
    const { messages } = await new Linter({ cwd: folder }).lintFile(join(folder, WORD));
    expect(messages.length).toBeGreaterThan(0);
    await openFile(page, WEAK);
    const before = await waitForCount(page, (n) => n > 0);
    await runCommand(page, 'speclint: Check this Word file');
    await page.locator('.notifications-toasts', { hasText: `finding${messages.length === 1 ? '' : 's'} in ${WORD}` }).waitFor({ timeout: 180_000 });
    expect(await waitForCount(page, (n) => n === before + messages.length)).toBe(before + messages.length);
    const problems = page.locator('.markers-panel');
    const first = messages.find((m) => m.ruleId && m.quote)!;
    await filterProblems(page, WORD);
    await expect.poll(() => problems.innerText(), { timeout: LONG }).toContain(`Paragraph ${first.line}`);
    const text = await problems.innerText();
    expect(text).toContain(first.ruleId!);
    expect(text).toContain(first.quote!.slice(0, 40));
    await page.screenshot({ path: join(IMAGES, 'vscode-word-file.png') });
    await filterProblems(page, '');
  }, 300_000);

  it('writes the HTML report for the workspace and opens it', async () => {
    await runCommand(page, 'speclint: Open the report');
    await page.locator('.tabs-container .tab', { hasText: 'speclint report' }).waitFor({ timeout: 180_000 });
    expect(existsSync(join(folder, 'speclint-report.html'))).toBe(true);
    const html = readFileSync(join(folder, 'speclint-report.html'), 'utf8');
    expect(html).toContain(WEAK);
    expect(html).toContain(WORD);
    // The webview's content is in nested frames; wait for the report's own text there.
    await expect
      .poll(async () => {
        for (const frame of page.frames()) {
          const body = await frame.locator('body').innerText().catch(() => '');
          if (body.includes(WEAK)) return true;
        }
        return false;
      }, { timeout: LONG })
      .toBe(true);
    await page.screenshot({ path: join(IMAGES, 'vscode-report.png') });
  }, 300_000);

  it('shows a reopened specification\'s findings again', async () => {
    await openFile(page, WEAK);
    const before = await waitForCount(page, (n) => n > 0);
    // Closed, its findings go (the Word file's stay); reopened, they come back.
    await runCommand(page, 'View: Close Editor');
    await waitForCount(page, (n) => n < before);
    const reopened = Date.now();
    await openFile(page, WEAK);
    // Measured for the note, not asserted: the server is running and the rules are loaded.
    expect(await waitForCount(page, (n) => n === before)).toBe(before);
    timings.reopenToDiagnosticsMs = Date.now() - reopened;
  }, 300_000);

  it('uses the config file named in speclint.configFile, sent to the running server', async () => {
    await openFile(page, WEAK);
    const before = await waitForCount(page, (n) => n > 0);
    // The saved weak spec has one vague statement silenced by the quick fix; the rest go with the rule.
    const vague = expected[WEAK]!.filter((m) => m.ruleId === 'no-vague-equity-statement').length - 1;
    await runCommand(page, 'Preferences: Open User Settings');
    // The Settings editor is still open from the test above: search it afresh.
    const search = page.locator('.settings-editor .settings-header .monaco-editor').first();
    await search.waitFor({ timeout: LONG });
    await search.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('speclint.configFile');
    // The search finds this one setting: its text box is the only one in the list.
    const input = page.locator('.settings-editor .settings-tree-container input');
    await expect.poll(() => input.count(), { timeout: LONG }).toBe(1);
    await input.fill(QUIET);
    expect(await waitForCount(page, (n) => n === before - vague)).toBe(before - vague);
    await input.fill('');
    expect(await waitForCount(page, (n) => n === before)).toBe(before);
  }, 300_000);
});

/** Puts the cursor at a 1-based line and column, with Go to Line (Ctrl+G). */
async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Types into the Problems panel's filter box (empty: no filter). */
async function filterProblems(page: Page, text: string): Promise<void> {
  const box = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  await box.waitFor({ timeout: LONG });
  await box.fill(text);
}

