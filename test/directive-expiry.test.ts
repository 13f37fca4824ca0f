/**
 * Directives that expire: a reason ending `until YYYY-MM-DD` silences through
 * that day and nothing after it; the finding then says so. The engine takes
 * today's date as an option, so these tests fix the clock.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/core/build-document.js';
import { expiryOf, localDate } from '../src/core/directives.js';
import { lintDocument } from '../src/core/engine.js';
import { defineRule } from '../src/core/rule.js';
import { loadLexicons } from '../src/config/lexicons.js';
import { Linter } from '../src/linter.js';
import { loadMarkdown } from '../src/loaders/markdown.js';
import { variant } from './helpers/docx.js';
import { tempTree } from './helpers/tmp.js';

const lexicons = loadLexicons();

/** Flags every sentence containing "flag". */
const flagger = defineRule({
  meta: {
    type: 'problem',
    docs: { description: 'test', rationale: 'test', source: 'test', recommended: 'error', goodExample: 'test' },
    messages: { found: 'Found a flag here.' },
  },
  create: (context) => ({
    sentence(sentence) {
      if (sentence.text.includes('flag')) context.report({ sentence, messageId: 'found' });
    },
  }),
});

function run(text: string, today: string, reportUnusedDirectives: 0 | 1 = 0) {
  const loaded = loadMarkdown(text);
  const doc = buildDocument(loaded.raw, { sectionHeadings: lexicons.get('section-headings') });
  return lintDocument(doc, { rules: [{ id: 'flagger', rule: flagger, severity: 2, options: [] }], lexicons, directives: loaded.directives, reportUnusedDirectives, today });
}

const NEXT_LINE = '<!-- speclint-disable-next-line flagger -- agreed at the March board until 2027-03-31 -->\nA flag here.\n';

describe('directives that expire', () => {
  it('silence through the date they give, the day itself included', () => {
    expect(run(NEXT_LINE, '2027-03-30')).toEqual([]);
    expect(run(NEXT_LINE, '2027-03-31')).toEqual([]);
  });

  it('silence nothing after it, and the finding says the suppression expired on that date', () => {
    const messages = run(NEXT_LINE, '2027-04-01');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'flagger', line: 2, quote: 'A flag here.', suppressionExpired: '2027-03-31' });
    expect(messages[0]!.message).toBe('Found a flag here. The speclint-disable directive that silenced this finding expired on 2027-03-31.');
  });

  it('gives the note with the ask when the rule declares its message in parts, so reports that show the ask show it', () => {
    const inParts = defineRule({ ...flagger, meta: { ...flagger.meta, messages: { found: { found: 'Found a flag here.', ask: 'Remove it.' } } } });
    const loaded = loadMarkdown(NEXT_LINE);
    const doc = buildDocument(loaded.raw, { sectionHeadings: lexicons.get('section-headings') });
    const [m] = lintDocument(doc, { rules: [{ id: 'flagger', rule: inParts, severity: 2, options: [] }], lexicons, directives: loaded.directives, today: '2027-04-01' });
    const note = 'The speclint-disable directive that silenced this finding expired on 2027-03-31.';
    expect([m!.message, m!.found, m!.ask]).toEqual([`Found a flag here. Remove it. ${note}`, 'Found a flag here.', `Remove it. ${note}`]);
  });

  it('a disable that has expired ends as the others do: at the enable', () => {
    const text = '<!-- speclint-disable flagger -- until 2020-01-01 -->\n\nflag 1.\n\n<!-- speclint-enable flagger -->\n\nflag 2.\n';
    const messages = run(text, '2026-12-06');
    expect(messages.map((m) => [m.quote, m.suppressionExpired])).toEqual([
      ['flag 1.', '2020-01-01'],
      ['flag 2.', undefined],
    ]);
  });

  it('a directive in force still silences when an expired one covers the same text', () => {
    const text = '<!-- speclint-disable flagger -->\n\n<!-- speclint-disable-next-line flagger -- until 2020-01-01 -->\nflag 1.\n';
    expect(run(text, '2026-12-06')).toEqual([]);
  });

  it('--report-unused-directives reports expired directives, and unused ones apart', () => {
    const text = `${NEXT_LINE}\n<!-- speclint-disable-next-line flagger -- until 2030-01-01 -->\nNothing to silence.\n`;
    const notes = run(text, '2027-04-01', 1).filter((m) => m.ruleId === null);
    expect(notes).toEqual([
      expect.objectContaining({ severity: 1, line: 1, message: expect.stringContaining('Expired speclint-disable directive: it silenced flagger until 2027-03-31') }),
      expect.objectContaining({ severity: 1, line: 4, message: expect.stringContaining('Unused speclint-disable directive') }),
    ]);
    // Not asked: no notes about directives, but the finding still says why it is back.
    expect(run(text, '2027-04-01').filter((m) => m.ruleId === null)).toEqual([]);
  });

  it('an invalid date is a plain warning on the directive, which silences as if undated', () => {
    for (const date of ['31/03/2027', '2027-02-30', '2027-13-01']) {
      const messages = run(`<!-- speclint-disable-next-line flagger -- until ${date} -->\nA flag here.\n`, '2030-01-01');
      expect(messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, line: 1, message: expect.stringContaining(`"until ${date}" is not a date`) })]);
    }
  });

  it('the Linter takes the date too, so a whole run can be checked as of a given day', async () => {
    const text = `# Spec\n\n## Service description\n\n<!-- speclint-disable-next-line no-vague-equity-statement -- until 2027-03-31 -->\nThe service will be accessible to all.\n`;
    const config = { extends: [], rules: { 'no-vague-equity-statement': 'error' as const } };
    const on = (today: string) => new Linter({ config, today }).lintText(text, 'spec.md');
    expect((await on('2027-03-31')).messages).toEqual([]);
    expect((await on('2027-04-01')).messages.map((m) => m.suppressionExpired)).toEqual(['2027-03-31']);
  });

  it('reads only a date at the end of the reason', () => {
    expect(expiryOf('agreed until 2027-03-31')).toEqual({ date: '2027-03-31' });
    expect(expiryOf('agreed until 2027-03-31.')).toEqual({ date: '2027-03-31' });
    expect(expiryOf('kept until the provider replies')).toBeUndefined();
    expect(expiryOf('until 2027-03-31 then reviewed')).toBeUndefined();
    expect(expiryOf(undefined)).toBeUndefined();
    expect(localDate(new Date(2027, 2, 31, 23, 59))).toBe('2027-03-31'); // local time, not UTC
  });
});

describe('directives that expire in Word comments', () => {
  const base = join(import.meta.dirname, '..', 'fixtures', 'docx', 'pandoc', 'sexual-health.docx');
  const linter = new Linter({ config: { extends: [], rules: { 'no-vague-equity-statement': 'error' } } });
  const target = 'The service will be equally accessible to all residents';
  const withComment = (reason: string): Uint8Array =>
    variant(base, {
      'word/comments.xml':
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:comment w:id="7" w:author="Equality lead"><w:p><w:r><w:t>speclint-disable no-vague-equity-statement -- ${reason}</w:t></w:r></w:p></w:comment></w:comments>`,
      'word/document.xml': (xml) =>
        xml.replace(/<w:p>(?:(?!<w:p>).)*?equally accessible to all residents.*?<\/w:p>/s, (p) =>
          p.replace('<w:r>', '<w:commentRangeStart w:id="7"/><w:r>').replace(/<\/w:p>$/, '<w:commentRangeEnd w:id="7"/></w:p>'),
        ),
    });
  const lint = async (bytes: Uint8Array) => (await linter.lintFile(join(tempTree({ 'draft.docx': bytes }), 'draft.docx'))).messages;

  it('a comment with a future date silences as before', async () => {
    const messages = await lint(withComment('agreed wording until 2999-12-31'));
    expect(messages.some((m) => m.quote?.startsWith(target))).toBe(false);
  });

  it('a comment with a past date silences nothing and the finding says it expired', async () => {
    const found = (await lint(withComment('agreed wording until 2020-01-31'))).find((m) => m.quote?.startsWith(target));
    expect(found?.message).toMatch(/expired on 2020-01-31\.$/);
  });
});
