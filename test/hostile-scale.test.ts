/**
 * Hostile documents at scale: tables of 40,000 cells and thousands of
 * directives, linted within the fuzz harness's checks (valid locations, valid
 * JSON, no rule failures). The budgets are guards against hangs, not speed
 * tests. Minutes of CPU on two cores, so `npm test` runs them and `npm run
 * test:unit` does not (vitest.config.ts); the smaller hostile documents are
 * in security.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzEnvironment, lintDocxCase, lintMarkdownCase, withinBudget, type FuzzEnvironment } from './fuzz/harness.js';
import { para, W, wordFile } from './helpers/docx.js';

const VAGUE = 'The service will ensure equitable provision for all.';

describe('hostile documents at scale', () => {
  let env: FuzzEnvironment;
  beforeAll(async () => {
    env = await fuzzEnvironment();
  });

  it('a 2,000 × 20 Markdown table', async () => {
    const row = (r: number): string => `| ${Array.from({ length: 20 }, (_, c) => (c === 3 ? VAGUE : `r${r}c${c}`)).join(' | ')} |`;
    const text = `# Spec\n\n## 2. Outcomes\n\n| ${Array.from({ length: 20 }, (_, c) => `KPI ${c}`).join(' | ')} |\n|${'---|'.repeat(20)}\n${Array.from({ length: 2000 }, (_, r) => row(r)).join('\n')}\n`;
    const result = await withinBudget('a 2,000 × 20 table', () => lintMarkdownCase(env, text), 60_000);
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.filter((m) => m.ruleId === 'no-vague-equity-statement')).toHaveLength(2000);
  }, 300_000);

  it('a 2,000 × 20 Word table', async () => {
    const cell = (text: string): string => `<w:tc>${para(text)}</w:tc>`;
    const rows = Array.from({ length: 2000 }, (_, r) => `<w:tr>${Array.from({ length: 20 }, (_, c) => cell(c === 3 ? VAGUE : `r${r}c${c}`)).join('')}</w:tr>`).join('');
    const result = await withinBudget('a 2,000 × 20 Word table', () => lintDocxCase(env, wordFile(`${para('Outcomes')}<w:tbl>${rows}</w:tbl>`)), 60_000);
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.filter((m) => m.ruleId === 'no-vague-equity-statement')).toHaveLength(2000);
  }, 300_000);

  it('10,000 Word comments, each a directive, silence their findings in bounded time', async () => {
    const n = 10_000;
    const body = Array.from({ length: n }, (_, i) => `<w:p><w:commentRangeStart w:id="${i}"/><w:r><w:t>${VAGUE}</w:t></w:r><w:commentRangeEnd w:id="${i}"/></w:p>`).join('');
    const comments = `<?xml version="1.0"?><w:comments ${W}>${Array.from({ length: n }, (_, i) => `<w:comment w:id="${i}"><w:p><w:r><w:t>speclint-disable no-vague-equity-statement -- agreed</w:t></w:r></w:p></w:comment>`).join('')}</w:comments>`;
    const result = await withinBudget('10,000 comments', () => lintDocxCase(env, wordFile(body, { 'word/comments.xml': comments })), 60_000);
    expect(result.messages.filter((m) => m.ruleId === 'no-vague-equity-statement')).toEqual([]);
  }, 300_000);

  it('5,000 Markdown directives over 5,000 findings, in bounded time', async () => {
    const text = `# Spec\n\n${Array.from({ length: 5000 }, (_, i) => `<!-- speclint-disable require-engagement-plan -->\n\nThe service is accessible to all ${i}.\n`).join('\n')}`;
    const result = await withinBudget('5,000 directives', () => lintMarkdownCase(env, text), 60_000);
    expect(result.messages.filter((m) => m.ruleId === 'no-vague-equity-statement')).toHaveLength(5000);
  }, 300_000);
});
