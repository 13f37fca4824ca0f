/**
 * Word review state: comments (done flag, threads, directives) and tracked
 * changes (insertions, deletions, moves, formatting) as the loader hands them
 * to the model, and the two rules that report them. The fixtures were made by
 * LibreOffice and pandoc (fixtures/docx/review-src/make.sh).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateDocx } from '../src/annotate/index.js';
import { Linter } from '../src/linter.js';
import type { LintMessage } from '../src/core/messages.js';
import type { SpecDocument } from '../src/core/model.js';
import { lintSource } from '../src/core/lint.js';
import { loadLexicons } from '../src/config/lexicons.js';
import { loadSource } from '../src/loaders/index.js';
import { variant } from './helpers/docx.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const fixtures = join(repo, 'fixtures', 'rules');
const libreoffice = join(fixtures, 'no-unresolved-comments', 'invalid-open-thread-libreoffice.docx');
const pandoc = join(fixtures, 'no-tracked-changes', 'invalid-tracked-pandoc.docx');
const resolved = join(fixtures, 'no-unresolved-comments', 'valid-resolved-and-directive-libreoffice.docx');
const accepted = join(fixtures, 'no-tracked-changes', 'valid-changes-accepted-pandoc.docx');

const linterFor = (rules: Record<string, unknown>): Linter => new Linter({ config: { extends: [], rules } as never });
const comments = linterFor({ 'no-unresolved-comments': 'error' });
const changes = linterFor({ 'no-tracked-changes': 'error' });

/** The model the loader builds for a Word file, as linting builds it. */
async function modelOf(file: string | Uint8Array): Promise<SpecDocument> {
  const path = typeof file === 'string' ? file : join(tempTree({ 'draft.docx': file }), 'draft.docx');
  const loaded = await loadSource(readFileSync(path), path);
  return lintSource(loaded, { rules: [], lexicons: loadLexicons({}) }).document;
}

async function lint(linter: Linter, file: string | Uint8Array): Promise<LintMessage[]> {
  const path = typeof file === 'string' ? file : join(tempTree({ 'draft.docx': file }), 'draft.docx');
  return (await linter.lintFile(path)).messages;
}

describe('the model: comments', () => {
  it('has each comment with its author, text, done flag, directive flag, thread and commented text', async () => {
    const doc = await modelOf(libreoffice);
    const view = doc.comments.map((c) => ({ author: c.author, done: c.done, directive: c.directive, parent: c.parent?.author, quote: c.quote, text: c.text.slice(0, 30) }));
    expect(view).toEqual([
      { author: 'Amina Patel', done: false, directive: false, parent: undefined, quote: 'South Asian and Black African communities', text: 'Please add the local figures b' },
      // LibreOffice anchors a reply at its parent's mark, with no range: it shares the thread's.
      { author: 'Tom Reid', done: false, directive: false, parent: 'Amina Patel', quote: 'South Asian and Black African communities', text: 'I have asked public health for' },
      { author: 'Tom Reid', done: true, directive: false, parent: undefined, quote: '2025', text: 'Checked against the 2025 audit' },
      { author: 'Equality lead', done: false, directive: true, parent: undefined, quote: 'The service will be accessible to all.', text: 'speclint-disable no-vague-equi' },
      { author: 'Dr Lee', done: false, directive: false, parent: undefined, quote: 'twelve months', text: 'Is twelve months right for peo' },
    ]);
    const [first] = doc.comments;
    expect(first!.replies.map((r) => r.text)).toEqual(['I have asked public health for them.']);
    expect(first!.start!.block.text.slice(first!.start!.offset, first!.end!.offset)).toBe('South Asian and Black African communities');
  });

  it('gives a comment over several paragraphs all of its text, and Markdown none at all', async () => {
    const bytes = variant(libreoffice, {
      'word/document.xml': (xml) =>
        xml
          .replace('<w:commentRangeEnd w:id="4"/>', '')
          .replace('<w:commentRangeStart w:id="4"/>', '')
          .replace('Reviews happen every </w:t></w:r>', 'Reviews happen every </w:t></w:r><w:commentRangeStart w:id="4"/>'),
    });
    const doc = await modelOf(bytes);
    // Without its end mark, the range runs to the end of its paragraph, as Word reads it.
    expect(doc.comments.find((c) => c.author === 'Dr Lee')!.quote).toBe('twelve months.');

    const spanning = variant(libreoffice, {
      'word/document.xml': (xml) => xml.replace('<w:commentRangeEnd w:id="0"/>', '').replace('<w:commentRangeEnd w:id="2"/>', '<w:commentRangeEnd w:id="2"/><w:commentRangeEnd w:id="0"/>'),
    });
    const across = (await modelOf(spanning)).comments[0]!;
    expect(across.quote).toBe('South Asian and Black African communities of the borough.\nReferrals rose by 12% in 2025');
    const found = await lint(comments, spanning);
    expect(found[0]!.line).toBe(3);
    expect(found[0]!.endLine).toBe(3);
    expect(found[0]!.quote).toBe('South Asian and Black African communities of the borough. Referrals rose by 12% in 2025');

    const markdown = join(tempTree({ 'spec.md': '# Spec\n\nThe service will offer interpreters. <!-- check with the equality lead -->\n' }), 'spec.md');
    const md = await modelOf(markdown);
    expect(md.comments).toEqual([]);
    expect(md.trackedChanges).toEqual([]);
    expect((await linterFor({ 'no-unresolved-comments': 'error', 'no-tracked-changes': 'error' }).lintFile(markdown)).messages).toEqual([]);
  });
});

describe('no-unresolved-comments', () => {
  it('reports one finding per open thread, on the commented text, with the author and first words', async () => {
    const found = await lint(comments, libreoffice);
    expect(found.map((m) => ({ rule: m.ruleId, at: `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`, quote: m.quote, message: m.message }))).toEqual([
      {
        rule: 'no-unresolved-comments',
        at: '3:39-3:80',
        quote: 'South Asian and Black African communities',
        message:
          'An open comment from Amina Patel: "Please add the local figures by ethnic group from the JSNA before…" (1 reply, from Tom Reid). Answer it, change the text if needed, and mark it resolved (or delete it) before the specification goes out.',
      },
      {
        rule: 'no-unresolved-comments',
        at: '12:22-12:35',
        quote: 'twelve months',
        message: 'An open comment from Dr Lee: "Is twelve months right for people on insulin?". Answer it, change the text if needed, and mark it resolved (or delete it) before the specification goes out.',
      },
    ]);
    expect(found.every((m) => m.headingPath!.length > 0)).toBe(true);
  });

  it('does not report resolved comments, directives, or a pandoc draft with its changes accepted', async () => {
    expect(await lint(comments, resolved)).toEqual([]);
    expect(await lint(comments, accepted)).toEqual([]);
    // The directive still does its job.
    const vague = await lint(linterFor({ 'no-vague-equity-statement': 'error' }), resolved);
    expect(vague.map((m) => m.quote)).toEqual([]);
  });

  it('reports every comment of a pandoc draft, which records no done flag', async () => {
    const found = await lint(comments, join(fixtures, 'no-unresolved-comments', 'invalid-comments-pandoc.docx'));
    expect(found.map((m) => [m.quote, m.message.split('. Answer')[0]])).toEqual([
      ['twice the borough average', 'An open comment from Priya Shah: "Please give the source and year for this figure."'],
      ['agreed with the person and their family', 'An open comment from Sam Okafor: "Who checks this? The last audit found plans were not shared with…"'],
    ]);
  });

  it('a thread marked done in Word is resolved, replies and all', async () => {
    const bytes = variant(libreoffice, { 'word/commentsExtended.xml': (xml) => xml.replace(/(w15:paraId="7A000000") w15:done="0"/, '$1 w15:done="1"') });
    expect((await lint(comments, bytes)).map((m) => m.quote)).toEqual(['twelve months']);
  });

  it('survives a hostile thread: a comment replying to itself or to a later reply', async () => {
    const bytes = variant(libreoffice, {
      'word/commentsExtended.xml': (xml) =>
        xml.replace(/<w15:commentEx w15:paraId="7A000000" w15:done="0"\/>/, '<w15:commentEx w15:paraId="7A000000" w15:paraIdParent="7A000001" w15:done="0"/>').replace('w15:paraId="01000000"', 'w15:paraId="01000000" w15:paraIdParent="01000000"'),
    });
    const doc = await modelOf(bytes);
    expect(doc.comments.map((c) => c.parent?.id)).toEqual([undefined, '0', undefined, undefined, undefined]);
    expect((await lint(comments, bytes)).map((m) => m.quote)).toEqual(['South Asian and Black African communities', 'twelve months']);
  });

  it("does not count the findings speclint wrote with --annotate, which it finds again from the text", async () => {
    const vague = linterFor({ 'no-vague-equity-statement': 'error', 'no-unresolved-comments': 'error' });
    const original = readFileSync(resolved);
    const withVague = variant(resolved, { 'word/document.xml': (xml) => xml.replace('The service will offer group education', 'The service will ensure equitable provision for all and offer group education') });
    const before = await lint(vague, withVague);
    expect(before.map((m) => m.ruleId)).toEqual(['no-vague-equity-statement']);
    const annotated = annotateDocx(withVague, before, { fileName: 'draft.docx' });
    expect(annotated.length).toBeGreaterThan(original.length / 2);
    const model = await modelOf(annotated);
    expect(model.comments.filter((c) => c.bySpeclint).map((c) => c.author)).toEqual(['speclint']);
    expect((await lint(vague, annotated)).map((m) => m.ruleId)).toEqual(['no-vague-equity-statement']);
  });
});

describe('the model: tracked changes', () => {
  it('lists each change with its kind, author, paragraph and text, and keeps deleted text out of the blocks', async () => {
    const doc = await modelOf(libreoffice);
    expect(doc.trackedChanges.map((c) => ({ kind: c.kind, author: c.author, line: c.line, inBlock: c.inBlock, text: c.text }))).toEqual([
      { kind: 'insertion', author: 'Tom Reid', line: 6, inBlock: true, text: 'group education in Punjabi, Urdu and Somali and ' },
      { kind: 'deletion', author: 'Tom Reid', line: 7, inBlock: true, text: 'equitable provision for all and ' },
      // The deleted paragraph's mark (in its properties, so first), then its text.
      { kind: 'deletion', author: 'Amina Patel', line: 8, inBlock: false, text: '' },
      { kind: 'deletion', author: 'Amina Patel', line: 8, inBlock: false, text: 'The service will be equitable and accessible to everyone regardless of background.' },
      { kind: 'formatting', author: 'Tom Reid', line: 10, inBlock: true, text: 'booked in advance' },
    ]);
    const all = doc.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain('equitable provision for all');
    expect(all).not.toContain('regardless of background');
    expect(all).toContain('group education in Punjabi');
    const insertion = doc.trackedChanges[0]!;
    expect(insertion.block!.text.slice(insertion.start, insertion.end)).toBe('group education in Punjabi, Urdu and Somali and ');
  });

  it('deleted text is no content for other rules', async () => {
    const vague = await lint(linterFor({ 'no-vague-equity-statement': 'error' }), libreoffice);
    // Only the sentence under the directive would be vague, and the directive silences it.
    expect(vague).toEqual([]);
  });

  it('reads moves: moved-away text is out of the blocks, moved-in text in', async () => {
    const bytes = variant(libreoffice, {
      'word/document.xml': (xml) =>
        xml.replace(
          '<w:r><w:rPr></w:rPr><w:t xml:space="preserve"> for every appointment.</w:t></w:r>',
          '<w:moveFrom w:id="91" w:author="Sam Okafor" w:date="2026-11-06T09:00:00Z"><w:r><w:t xml:space="preserve"> for every appointment.</w:t></w:r></w:moveFrom>' +
            '<w:moveTo w:id="92" w:author="Sam Okafor" w:date="2026-11-06T09:00:00Z"><w:r><w:t xml:space="preserve"> for every appointment where the person prefers a language other than English.</w:t></w:r></w:moveTo>',
        ),
    });
    const doc = await modelOf(bytes);
    expect(doc.trackedChanges.filter((c) => c.kind.startsWith('move')).map((c) => [c.kind, c.line, c.text])).toEqual([
      ['move-from', 10, ' for every appointment.'],
      ['move-to', 10, ' for every appointment where the person prefers a language other than English.'],
    ]);
    expect(doc.blocks.find((b) => b.text.startsWith('Interpreters'))!.text).toBe('Interpreters will be booked in advance for every appointment where the person prefers a language other than English.');
    const found = (await lint(changes, bytes)).find((m) => m.line === 10)!;
    expect(found.message).toContain('a formatting change by Tom Reid ("booked in advance"); text moved away by Sam Okafor ("for every appointment."); text moved here by Sam Okafor ("for every appointment where the person prefers a language…")');
  });
});

describe('no-tracked-changes', () => {
  it('reports one finding per paragraph with changes, on the changed words', async () => {
    const found = await lint(changes, libreoffice);
    expect(found.map((m) => ({ at: `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`, id: m.messageId, quote: m.quote, message: m.message }))).toEqual([
      {
        at: '6:24-6:72',
        id: 'changed',
        quote: 'The service will offer group education in Punjabi, Urdu and Somali and one-to-one reviews.',
        message:
          'Tracked changes are still in this paragraph: an insertion by Tom Reid ("group education in Punjabi, Urdu and Somali and"). Accept or reject them (Review > Accept or Reject) so the text that goes out is the text that was agreed.',
      },
      {
        at: '7:26-7:26',
        id: 'changed',
        quote: 'The provider will ensure appointments at times that suit working people.',
        message:
          'Tracked changes are still in this paragraph: a deletion by Tom Reid ("equitable provision for all and"). Accept or reject them (Review > Accept or Reject) so the text that goes out is the text that was agreed.',
      },
      {
        at: '9:1-9:61',
        id: 'changed-nearby',
        quote: 'Appointments will be offered in the evening and at weekends.',
        message:
          'Tracked changes are still in a paragraph that has no text once they are accepted (paragraph 8, before this one): a deletion by Amina Patel ("The service will be equitable and accessible to everyone…"). Accept or reject them (Review > Accept or Reject).',
      },
      {
        at: '10:22-10:39',
        id: 'changed',
        quote: 'Interpreters will be booked in advance for every appointment.',
        message:
          'Tracked changes are still in this paragraph: a formatting change by Tom Reid ("booked in advance"). Accept or reject them (Review > Accept or Reject) so the text that goes out is the text that was agreed.',
      },
    ]);
  });

  it('past maxFindings paragraphs, gives one finding for the document with the count and the first paragraphs', async () => {
    for (const maxFindings of [0, 3]) {
      const found = await lint(linterFor({ 'no-tracked-changes': ['error', { maxFindings }] }), libreoffice);
      expect(found).toHaveLength(1);
      expect(found[0]!.documentLevel).toBe(true);
      expect(found[0]!.messageId).toBe('many');
      expect(found[0]!.message).toBe(
        'This draft still has 4 tracked changes in 4 paragraphs, starting with paragraph 6 ("The service will offer group education in Punjabi, Urdu and…"), paragraph 7 ("The provider will ensure appointments at times that suit…"), paragraph 8. Review each one and accept or reject it (Review > Accept or Reject), then turn off Track Changes in the copy that goes out.',
      );
    }
    expect(await lint(linterFor({ 'no-tracked-changes': ['error', { maxFindings: 4 }] }), libreoffice)).toHaveLength(4);
  });

  it('reports pandoc insertions and deletions, and nothing once pandoc has accepted them', async () => {
    const found = await lint(changes, pandoc);
    expect(found.map((m) => [m.line, m.column, m.message.split('. Accept')[0]])).toEqual([
      [5, 24, 'Tracked changes are still in this paragraph: an insertion by Priya Shah ("peer support workers from local African and Caribbean…")'],
      [6, 19, 'Tracked changes are still in this paragraph: a deletion by Sam Okafor ("ensure equitable provision for all and")'],
    ]);
    expect(await lint(changes, accepted)).toEqual([]);
    expect(await lint(changes, resolved)).toEqual([]);
  });

  it('quotes only the inserted text Word shows: a hidden run inside an insertion is not quoted', async () => {
    const bytes = variant(accepted, {
      'word/document.xml': (xml: string) =>
        xml.replace(
          /(<w:p>(?:(?!<w:p>).)*?)(<w:r>(?:(?!<w:r>).)*?The provider will offer appointments)/s,
          '$1<w:ins w:id="95" w:author="Priya Shah"><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">Note to self: check with finance. </w:t></w:r>' +
            '<w:r><w:t xml:space="preserve">Evening clinics will run twice a week. </w:t></w:r></w:ins>$2',
        ),
    });
    const found = await lint(changes, bytes);
    expect(found.map((m) => m.message.split('. Accept')[0])).toEqual(['Tracked changes are still in this paragraph: an insertion by Priya Shah ("Evening clinics will run twice a week.")']);
  });

  it('quotes text a tracked formatting change hid: hiding it is what the change is about', async () => {
    const bytes = variant(accepted, {
      'word/document.xml': (xml: string) =>
        xml.replace(
          /(<w:p>(?:(?!<w:p>).)*?)(<w:r>(?:(?!<w:r>).)*?The provider will offer appointments)/s,
          '$1<w:r><w:rPr><w:vanish/><w:rPrChange w:id="96" w:author="Priya Shah"><w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve">Budget note: confirm with finance. </w:t></w:r>$2',
        ),
    });
    const found = await lint(changes, bytes);
    expect(found.map((m) => m.message.split('. Accept')[0])).toEqual(['Tracked changes are still in this paragraph: a formatting change by Priya Shah ("Budget note: confirm with finance.")']);
  });

  it('is off in speclint:recommended and an error in speclint:procurement-ready, with no-unresolved-comments', async () => {
    const recommended = await new Linter({ config: { extends: 'speclint:recommended' } }).lintFile(libreoffice);
    expect(recommended.messages.filter((m) => m.ruleId === 'no-tracked-changes' || m.ruleId === 'no-unresolved-comments')).toEqual([]);
    const ready = await new Linter({ config: { extends: 'speclint:procurement-ready' } }).lintFile(libreoffice);
    const review = ready.messages.filter((m) => m.ruleId === 'no-tracked-changes' || m.ruleId === 'no-unresolved-comments');
    expect(review.map((m) => `${m.ruleId} ${m.severity} ${m.line}`)).toEqual([
      'no-unresolved-comments 2 3',
      'no-tracked-changes 2 6',
      'no-tracked-changes 2 7',
      'no-tracked-changes 2 9',
      'no-tracked-changes 2 10',
      'no-unresolved-comments 2 12',
    ]);
  });
});

describe('speclint:procurement-ready on a draft with placeholders, KPI rows, an open comment and a tracked change', () => {
  // Made by pandoc from fixtures/docx/review-src/procurement-draft.md; the Markdown is the
  // same draft read back by pandoc with its change accepted (and so its comment gone).
  const ready = new Linter({ config: { extends: ['speclint:procurement-ready'] } });
  const word = join(repo, 'fixtures', 'docx', 'review', 'procurement-draft.docx');
  const markdown = join(repo, 'fixtures', 'docx', 'review', 'procurement-draft-accepted.md');
  const REVIEW = new Set(['no-unresolved-comments', 'no-tracked-changes']);
  const FINISHED = new Set(['no-placeholder-text', 'require-kpi-fields']);

  it('puts each finding on the right text in Word', async () => {
    const { messages } = await ready.lintFile(word);
    expect(messages.filter((m) => REVIEW.has(m.ruleId!)).map((m) => `${m.line}:${m.column} ${m.ruleId}:${m.messageId} ${m.severity} "${m.quote}"`)).toEqual([
      '4:1 no-unresolved-comments:open 2 "About 14% of adults in Westmarsh smoke"',
      '22:153 no-tracked-changes:changed 2 "Professional interpreters will be booked for every appointment where the client prefers a language other than English, and sessions will run in Sylheti and Somali at two community venues; uptake will be reported by ethnic group each quarter."',
    ]);
    const [comment, change] = messages.filter((m) => REVIEW.has(m.ruleId!));
    expect(comment!.message).toContain('An open comment from Priya Shah: "Can we say which wards? The JSNA has them by ward."');
    expect(change!.message).toContain('an insertion by Sam Okafor ("and Somali")');
    expect(messages.filter((m) => FINISHED.has(m.ruleId!)).map((m) => m.quote)).toContain('XX%');
  });

  it('gives the Markdown the same placeholder and KPI findings and no Word-only ones', async () => {
    const fromWord = (await ready.lintFile(word)).messages;
    const fromMarkdown = (await ready.lintFile(markdown)).messages;
    expect(fromMarkdown.filter((m) => REVIEW.has(m.ruleId!))).toEqual([]);
    const finished = (messages: LintMessage[]): string[] => messages.filter((m) => FINISHED.has(m.ruleId!)).map((m) => `${m.ruleId}:${m.messageId} ${m.message}`).sort();
    expect(finished(fromMarkdown)).toEqual(finished(fromWord));
    expect(finished(fromWord).length).toBeGreaterThanOrEqual(6);
  });
});
