/**
 * Word documents: the same findings as the Markdown they came from (pandoc and
 * LibreOffice, including a template laid out as a table), at paragraph
 * locations a Word user can find, with tracked changes accepted and Word
 * comments as directives.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/linter.js';
import type { LintMessage } from '../src/core/messages.js';
import { speclint } from './helpers/cli.js';
import { paragraphTexts, variant } from './helpers/docx.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const docx = join(repo, 'fixtures', 'docx');
const all = new Linter({ config: { extends: 'speclint:all' } });
const key = (m: LintMessage): string => `${m.ruleId} ${m.messageId} "${m.quote ?? ''}"`;

function markdownSource(name: string): string {
  const candidates = [join(repo, 'examples', `${name}.md`), join(repo, 'fixtures', 'corpus', `${name}.md`), join(docx, 'table-layout-src', `${name}.md`)];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`no Markdown source for ${name}`);
  return found;
}

const documents = ['pandoc', 'libreoffice', 'table-layout'].flatMap((tool) =>
  readdirSync(join(docx, tool)).map((f) => ({ tool, name: f.replace(/\.docx$/, ''), file: join(docx, tool, f) })),
);

describe('Word parity: each .docx gives the findings of its Markdown source', () => {
  it('covers pandoc, LibreOffice and a table-layout template', () => {
    expect(new Set(documents.map((d) => d.tool))).toEqual(new Set(['pandoc', 'libreoffice', 'table-layout']));
    expect(documents.length).toBeGreaterThanOrEqual(21);
  });

  let total = 0;
  for (const { tool, name, file } of documents) {
    it(`${tool}/${name}`, async () => {
      const fromMarkdown = (await all.lintFile(markdownSource(name))).messages.map(key).sort();
      const fromWord = await all.lintFile(file);
      expect(fromWord.format).toBe('docx');
      expect(fromWord.messages.map(key).sort()).toEqual(fromMarkdown);
      total += fromMarkdown.length;
    });
  }
  it('compared a real number of findings', () => {
    expect(total).toBeGreaterThan(40);
  });
});

describe('Word locations', () => {
  it('line is the paragraph number in body order and column the offset in it', async () => {
    for (const name of ['weak-community-diabetes', 'mental-health-crisis']) {
      const file = join(docx, 'pandoc', `${name}.docx`);
      const paragraphs = paragraphTexts(file);
      const { messages } = await all.lintFile(file);
      const withQuotes = messages.filter((m) => m.quote);
      expect(withQuotes.length).toBeGreaterThan(0);
      for (const m of withQuotes) {
        const paragraph = paragraphs[m.line - 1]!;
        expect(paragraph.slice(m.column - 1).replace(/\s+/g, ' ')).toContain(m.quote!.slice(0, 40));
        expect(m.headingPath!.length).toBeGreaterThan(0);
      }
    }
  });

  it('stylish output gives ¶ numbers and the section, as a Word user reads them', () => {
    const run = speclint([join(docx, 'pandoc', 'mental-health-crisis.docx')], { cwd: repo });
    expect(run.stdout).toMatch(/^ {2}¶\d+ {2}error {2}no-vague-equity-statement$/m);
    expect(run.stdout).toContain('3.1 Aims and objectives of service · "The service will be delivered in a way that is fair and equitable to all."');
  });

  it('a folder search finds .docx files with the Markdown', () => {
    const run = speclint(['--format', 'json', join(docx, 'table-layout')]);
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath.split('/').pop())).toEqual(['diabetes-kpi-merged-headers.docx', 'diabetes-numbered-cells-table-layout.docx', 'falls-prevention-table-layout.docx', 'health-checks-bold-column-names.docx', 'structured-education-merged-cells.docx']);
  });
});

describe('Word content', () => {
  const base = join(docx, 'pandoc', 'sexual-health.docx');
  const only = new Linter({ config: { extends: [], rules: { 'no-vague-equity-statement': 'error' } } });
  const quotes = async (bytes: Uint8Array): Promise<string[]> => {
    const dir = tempTree({ 'draft.docx': bytes });
    const result = await only.lintFile(join(dir, 'draft.docx'));
    return result.messages.map((m) => m.quote ?? m.message);
  };
  const inParagraph = (needle: string, edit: (paragraph: string) => string) => (xml: string): string =>
    xml.replace(new RegExp(`<w:p>(?:(?!<w:p>).)*?${needle}.*?</w:p>`, 's'), (p) => edit(p));

  it('reads tracked changes as if accepted: insertions in, deletions out', async () => {
    const bytes = variant(base, {
      'word/document.xml': inParagraph('Open access: any person may attend', (p) =>
        p.replace(
          '<w:r>',
          '<w:del w:id="90" w:author="A"><w:r><w:delText xml:space="preserve">The service will ensure equitable provision for all. </w:delText></w:r></w:del>' +
            '<w:ins w:id="91" w:author="A"><w:r><w:t xml:space="preserve">The service will be accessible to everyone. </w:t></w:r></w:ins><w:r>',
        ),
      ),
    });
    const found = await quotes(bytes);
    expect(found).toContain('The service will be accessible to everyone.');
    expect(found.join('\n')).not.toContain('equitable provision for all');
  });

  it('reads text hidden before a tracked formatting change and shown since: the hidden mark inside w:rPrChange is the old formatting', async () => {
    const sentence = 'The service will be accessible to everyone. ';
    const run = (rPr: string): Uint8Array =>
      variant(base, {
        'word/document.xml': inParagraph('Open access: any person may attend', (p) => p.replace('<w:r>', `<w:r>${rPr}<w:t xml:space="preserve">${sentence}</w:t></w:r><w:r>`)),
      });
    const unhidden = await quotes(run('<w:rPr><w:rPrChange w:id="92" w:author="A"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr>'));
    expect(unhidden).toContain('The service will be accessible to everyone.');
    const stillHidden = await quotes(run('<w:rPr><w:vanish/></w:rPr>'));
    expect(stillHidden).not.toContain('The service will be accessible to everyone.');
  });

  it('a Word comment starting with speclint-disable silences those rules on the text it covers', async () => {
    const target = 'The service will be equally accessible to all residents';
    const before = await quotes(variant(base, {}));
    expect(before.some((q) => q.startsWith(target))).toBe(true);
    const comments =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:comment w:id="7" w:author="Equality lead"><w:p><w:r><w:t>speclint-disable no-vague-equity-statement -- agreed wording</w:t></w:r></w:p></w:comment>' +
      '<w:comment w:id="8" w:author="Colleague"><w:p><w:r><w:t>Please check this.</w:t></w:r></w:p></w:comment></w:comments>';
    const bytes = variant(base, {
      'word/comments.xml': comments,
      'word/document.xml': (xml) =>
        inParagraph('equally accessible to all residents', (p) =>
          p.replace(/(equally accessible)/, '$1').replace('<w:r>', '<w:commentRangeStart w:id="7"/><w:r>').replace(/<\/w:p>$/, '<w:commentRangeEnd w:id="7"/></w:p>'),
        )(inParagraph('appropriate for people from all communities', (p) => p.replace('<w:r>', '<w:commentRangeStart w:id="8"/><w:r>').replace(/<\/w:p>$/, '<w:commentRangeEnd w:id="8"/></w:p>'))(xml)),
    });
    const after = await quotes(bytes);
    expect(after.some((q) => q.startsWith(target))).toBe(false);
    expect(after.some((q) => q.includes('appropriate for people from all communities'))).toBe(true); // an ordinary comment silences nothing
    expect(after).toHaveLength(before.length - 1);
  });

  it('reads list items, and leaves footnotes unread (they hold references, not commitments)', async () => {
    const result = await only.lintFile(join(docx, 'features', 'footnote-and-list.docx'));
    expect(result.messages.map((m) => m.quote)).toEqual(['The service will be accessible to everyone.']);
  });

  it('leaves hidden text unread, on a run or through its character style (a LibreOffice document): Word neither shows nor prints it', async () => {
    const result = await only.lintFile(join(docx, 'features', 'hidden-text.docx'));
    expect(result.messages.map((m) => [m.quote, m.line])).toEqual([['The service will ensure fair access for everyone.', 5]]);
  });

  it('leaves a table of contents unread (a LibreOffice document): its entries are neither sections nor text, and what follows it is not filed under "Contents"', async () => {
    const linter = new Linter({ config: { extends: [], rules: { 'require-language-access': 'error', 'require-equity-monitoring': 'error', 'require-core-sections': 'error' } } });
    const result = await linter.lintFile(join(docx, 'features', 'table-of-contents.docx'));
    const said = Object.fromEntries(result.messages.map((m) => [m.ruleId, m]));
    // The entry "Need for interpreting services 2" is not provision for people who speak little English.
    expect(said['require-language-access']?.messageId).toBe('missing');
    // The paragraph after the contents is monitoring described in the document's opening, not in a "Contents" section.
    expect(said['require-equity-monitoring']?.messageId).toBe('noEthnicity');
    expect(result.messages.every((m) => !(m.headingPath ?? []).some((h) => /contents/i.test(h)))).toBe(true);
    // The real headings are the sections, placed at their own paragraphs (the contents take paragraphs 2-5).
    expect(result.messages.filter((m) => m.ruleId === 'require-core-sections').every((m) => m.line === 1 || m.line > 5)).toBe(true);
  });

  it('ends a table of contents whose field is never closed with the content control it began in: a broken file loses no text after it', async () => {
    const file = join(docx, 'features', 'table-of-contents.docx');
    const broken = variant(file, { 'word/document.xml': (xml) => xml.replace(/<w:r>(?:(?!<w:r>).)*?<w:fldChar w:fldCharType="end"\/><\/w:r>/s, '') });
    const linter = new Linter({ config: { extends: [], rules: { 'require-equity-monitoring': 'error' } } });
    const dir = tempTree({ 'broken.docx': broken });
    const [whole, unended] = [await linter.lintFile(file), await linter.lintFile(join(dir, 'broken.docx'))];
    expect(unended.messages.map((m) => [m.messageId, m.line])).toEqual(whole.messages.map((m) => [m.messageId, m.line]));
    expect(unended.messages[0]?.messageId).toBe('noEthnicity');
  });

  it('reads paragraphs typed as a list ("a) ", "(ii) ") as list items with their lead-in (a LibreOffice document)', async () => {
    const result = await only.lintFile(join(docx, 'features', 'typed-list.docx'));
    // The law's limbs describe the law; the service's own item is its promise, quoted and placed after its marker.
    expect(result.messages.map((m) => [m.quote, m.line, m.column])).toEqual([['ensure fair access for all;', 7, 4]]);
  });

  it('reads paragraphs that open with a typed bullet ("•", the Symbol font\'s pasted bullet) as list items with their lead-in (a LibreOffice document)', async () => {
    const result = await only.lintFile(join(docx, 'features', 'typed-bullets.docx'));
    // The law's limbs and the Act's nested limb describe the law, the typed definition defines; the service's item is its promise.
    expect(result.messages.map((m) => [m.quote, m.line, m.column])).toEqual([['ensure fair access for all.', 10, 3]]);
  });
});
