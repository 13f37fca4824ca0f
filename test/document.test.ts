import { describe, expect, it } from 'vitest';
import { lintMarkdown, only } from './helpers/lint.js';
import type { Section, SpecDocument } from '../src/core/model.js';

async function model(text: string): Promise<SpecDocument> {
  return (await lintMarkdown(text, { extends: [] })).document;
}

const outline = (doc: SpecDocument): string[] =>
  doc.sections.slice(1).map((s: Section) => `${'  '.repeat(s.level - 1)}${s.headingText} [${s.kind}]`);

describe('SpecDocument sections', () => {
  it('builds the tree from Markdown headings and classifies each section', async () => {
    const doc = await model(
      '# Service Specification No. 14: Crisis care\n\n## 1. Population Needs\n\n### 1.1 Local context\n\nText.\n\n## 2. Outcomes\n\n### 2.2 Local defined outcomes\n\n## 3. Scope\n\n### 3.1 Aims and objectives of service\n\n### 3.3 Service user and carer involvement\n\n### 3.4 Population covered\n\n## 4. Applicable Service Standards\n\n## 5. Applicable quality requirements and CQUIN goals\n',
    );
    expect(outline(doc)).toEqual([
      'Service Specification No. 14: Crisis care [other]',
      '  1. Population Needs [population-needs]',
      '    1.1 Local context [population-needs]',
      '  2. Outcomes [outcomes]',
      '    2.2 Local defined outcomes [outcomes]',
      '  3. Scope [scope]',
      '    3.1 Aims and objectives of service [scope]',
      '    3.3 Service user and carer involvement [engagement]',
      '    3.4 Population covered [population-covered]',
      '  4. Applicable Service Standards [standards]',
      '  5. Applicable quality requirements and CQUIN goals [quality-requirements]',
    ]);
    expect(doc.title?.text).toBe('Service Specification No. 14: Crisis care');
  });

  it('reads a heading that names a national strategy or framework as part of the section it sits in', async () => {
    const doc = await model(
      '# Anticoagulation\n\n## 1. Population Needs\n\n#### The CVD Outcomes Strategy\n\nText.\n\n### 1.2 Public Health Outcomes Framework\n\nText.\n\n## 2. NHS Outcomes Framework Domains and Indicators\n\n### 2.1 NHS Outcomes Framework\n\n## 3. Public Health Outcomes Framework\n',
    );
    expect(outline(doc)).toEqual([
      'Anticoagulation [other]',
      '  1. Population Needs [population-needs]',
      '      The CVD Outcomes Strategy [population-needs]',
      '    1.2 Public Health Outcomes Framework [population-needs]',
      '  2. NHS Outcomes Framework Domains and Indicators [outcomes]',
      '    2.1 NHS Outcomes Framework [outcomes]',
      '  3. Public Health Outcomes Framework [other]',
    ]);
  });

  it('takes the first heading as the title below a label or two, not below a paragraph of text', async () => {
    const labelled = await model('Appendix A\n\nOFFICIAL\n\n# Service specification: Adult carers\n\n## 1. Population needs\n\nText.\n');
    expect(labelled.title?.text).toBe('Service specification: Adult carers');
    const introduced = await model('This specification was agreed by the board in March and replaces the 2019 version.\n\n# Service specification: Adult carers\n\nText.\n');
    expect(introduced.title).toBeUndefined();
    const numbered = await model('Appendix A\n\n## 1. Population needs\n\nText.\n');
    expect(numbered.title).toBeUndefined();
  });

  it('gives a title the kind its words name only when no heading below names another kind', async () => {
    // A specification with sections of its own: "health needs" in its title names no section.
    const spec = await model(
      '# Services for the sexual health needs of people living in Wales\n\n## Language support\n\nInterpreters will be booked.\n\n## Outcomes\n\nRecovery by ethnic group.\n',
    );
    expect(outline(spec)).toEqual([
      'Services for the sexual health needs of people living in Wales [other]',
      '  Language support [other]',
      '  Outcomes [outcomes]',
    ]);
    const records = await model('# Services for the sexual health needs of people living in Wales\n\n## Records\n\nText.\n\n## Reporting\n\nText.\n');
    expect(outline(records)).toEqual(['Services for the sexual health needs of people living in Wales [other]', '  Records [monitoring]', '  Reporting [monitoring]']);
    // Needs as what the service is for, with no heading below naming a section: still no needs section.
    const purpose = await model('# Providing seamless services for the sexual health needs of people living in Wales\n\n## 1. Introduction\n\nInterpreters will be booked for every appointment.\n');
    expect(outline(purpose)).toEqual(['Providing seamless services for the sexual health needs of people living in Wales [other]', '  1. Introduction [other]']);
    // A needs assessment: its title says what the whole document is.
    const jsna = await model('# Diet and Nutrition JSNA\n\n## Abstract\n\nText.\n\n## Introduction\n\nText.\n');
    expect(outline(jsna)).toEqual(['Diet and Nutrition JSNA [population-needs]', '  Abstract [population-needs]', '  Introduction [population-needs]']);
  });

  it('reads a first heading that names a section beside others at its level as that section, not the title', async () => {
    const doc = await model('# Population needs\n\nText.\n\n# Outcomes\n\nText.\n');
    expect(doc.title).toBeUndefined();
    expect(outline(doc)).toEqual(['Population needs [population-needs]', 'Outcomes [outcomes]']);
    // A title that only holds a kind's word stays the title beside sections at its level.
    const titled = await model('# Outcomes-based Diabetes Service\n\nText.\n\n# Population needs\n\nText.\n');
    expect(titled.title?.text).toBe('Outcomes-based Diabetes Service');
    // ... also when the headings after it stand a level too deep: they are its neighbours, not its sections.
    const nested = await model('# Population needs\n\nText.\n\n## Outcomes\n\nText.\n\n## Scope\n\nText.\n');
    expect(nested.title).toBeUndefined();
    expect(outline(nested)).toEqual(['Population needs [population-needs]', '  Outcomes [outcomes]', '  Scope [scope]']);
    // A title with words of its own beside a section's name names the document, whatever its length.
    const fund = await model('# Health Inequalities Project Fund\n\nText.\n\n## Aims of the fund\n\nText.\n');
    expect(fund.title?.text).toBe('Health Inequalities Project Fund');
    // Alone, it is the title of a document that is all needs.
    const alone = await model('# Population needs\n\nText.\n\n## Local context\n\nText.\n');
    expect(alone.title?.text).toBe('Population needs');
    expect(outline(alone)).toEqual(['Population needs [population-needs]', '  Local context [population-needs]']);
    // Reporting that is not contract monitoring names no monitoring section.
    const incidents = await model('# Falls service\n\n## Population needs\n\nText.\n\n## Safeguarding and incident reporting\n\nText.\n');
    expect(outline(incidents)).toContain('  Safeguarding and incident reporting [other]');

  });

  it('recognises numbered and bold-only paragraphs as headings, as Word-derived Markdown has them', async () => {
    const doc = await model(
      '# Stop smoking service\n\n**1. Population needs**\n\nSmoking is common.\n\n**1.1 Local context**\n\nMore text.\n\n3.3 Population covered\n\nAdults.\n\n**Referral routes**\n\nGPs refer.\n\n**Opening hours**\n\nDaily.\n',
    );
    expect(outline(doc)).toEqual([
      'Stop smoking service [other]',
      '  1. Population needs [population-needs]',
      '    1.1 Local context [population-needs]',
      '    3.3 Population covered [population-covered]',
      '      Referral routes [service-description]',
      '      Opening hours [population-covered]',
    ]);
    const sources = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.headingSource);
    expect(sources).toEqual(['heading', 'bold-paragraph', 'bold-paragraph', 'numbered-paragraph', 'bold-paragraph', 'bold-paragraph']);
  });

  it('reads an unnumbered bold heading straight after a numbered one as its sub-heading, not its sibling', async () => {
    const doc = await model('# Diabetes service\n\n**1. Population Needs**\n\n**Diabetes in the borough**\n\nA third of adults are of South Asian heritage.\n\n**2. Outcomes**\n\nText.\n');
    expect(outline(doc)).toEqual(['Diabetes service [other]', '  1. Population Needs [population-needs]', '    Diabetes in the borough [population-needs]', '  2. Outcomes [outcomes]']);
  });

  it('names a section with its whitespace collapsed, as quotes are: a tab typed after the number is a space', async () => {
    const doc = await model('# Diabetes service\n\n## 1.\tPopulation Needs\n\nText.\n');
    expect(outline(doc)).toEqual(['Diabetes service [other]', '  1. Population Needs [population-needs]']);
  });

  it('reads a one-item ordered list such as "2. Outcomes" as a heading, but not a real list', async () => {
    const doc = await model('# Title\n\n2. Outcomes\n\nText.\n\n1. The provider will do this.\n2. And this.\n');
    expect(outline(doc)).toEqual(['Title [other]', '  2. Outcomes [outcomes]']);
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual(['The provider will do this.', 'And this.']);
  });

  it('does not take a bold sentence or a long numbered sentence for a heading', async () => {
    const doc = await model('# Title\n\n**The provider must comply.**\n\n1.2 The provider will ensure that every referral is triaged within two days of receipt.\n');
    expect(doc.sections).toHaveLength(2);
  });

  it('takes a numbered line that introduces a list for a sentence, and a short one ending in a colon for a heading', async () => {
    const doc = await model('# Title\n\n1.1.4 Provision of equitable access for all patients of the service covering:\n\n- waiting times\n\n2.1 Outcomes:\n\nText.\n');
    expect(outline(doc)).toEqual(['Title [other]', '    2.1 Outcomes: [outcomes]']);
    expect(doc.blocks[1]!.sentences.map((s) => s.text)).toEqual(['Provision of equitable access for all patients of the service covering:']);
  });

  it('gathers tables with their header cells, and keeps sentences and list items', async () => {
    const doc = await model('## 2. Outcomes\n\n| Indicator | Target |\n|---|---|\n| Uptake by ethnic group | 80% |\n\n- First item. Second sentence.\n  - Nested item\n');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.header).toEqual(['Indicator', 'Target']);
    expect(doc.tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Indicator', 'Target'],
      ['Uptake by ethnic group', '80%'],
    ]);
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => [b.text, b.list?.depth])).toEqual([
      ['First item. Second sentence.', 1],
      ['Nested item', 2],
    ]);
    expect(items[0]!.sentences.map((s) => s.text)).toEqual(['First item.', 'Second sentence.']);
  });

  it('reads paragraphs typed as a list ("a) ", "(ii) ", "b. ") as list items, the marker out of the text', async () => {
    const doc = await model(
      '# T\n\nThe provider will:\n\na) keep records;\n\nb) report each quarter.\n\n- The service will:\n\n(i) open at weekends;\n\n(ii) offer home visits.\n\nh. eighth\n\ni. one\n\nii. two\n\niii. three\n',
    );
    const items = doc.blocks.filter((b) => b.kind === 'list-item');
    // Depth counts from 1, as the loaders count; under a list item ending in a colon, one deeper.
    expect(items.map((b) => [b.text, b.list?.depth])).toEqual([
      ['keep records;', 1],
      ['report each quarter.', 1],
      ['The service will:', 1],
      ['open at weekends;', 2],
      ['offer home visits.', 2],
      ['one', 1],
      ['two', 1],
      ['three', 1],
    ]);
    expect(doc.blocks.find((b) => b.text === 'h. eighth')?.kind).toBe('paragraph');
  });

  it('nests a typed run under a typed item ending in a colon, resumes the outer run after it, and keeps typed and real lists apart', async () => {
    const doc = await model('# T\n\nThe provider will:\n\na) keep records;\n\nb) comply with the Act, which requires us to:\n\n(i) eliminate discrimination;\n\n(ii) foster good relations.\n\nc) report each quarter.\n');
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.text, b.list?.depth])).toEqual([
      ['keep records;', 1],
      ['comply with the Act, which requires us to:', 1],
      ['eliminate discrimination;', 2],
      ['foster good relations.', 2],
      ['report each quarter.', 1],
    ]);
    const lint = async (text: string) => (await lintMarkdown(`# T\n\n## 3. Scope\n\n${text}`, only('no-vague-equity-statement'))).messages.map((m) => m.quote);
    // The law's limbs read under the law's lead-in, the item nested in the provider's list.
    expect(
      await lint('The provider will:\n\na) keep records of every contact;\n\nb) comply with the Equality Act 2010, which requires public bodies to:\n\n(i) eliminate unlawful discrimination;\n\n(ii) advance equality of opportunity;\n\n(iii) foster good relations.\n'),
    ).toEqual([]);
    // A typed list after a real one is another list: its lead-in is not the real list's.
    expect(await lint('The Equality Act 2010 requires public bodies to:\n\n1. eliminate unlawful discrimination;\n2. advance equality of opportunity.\n\na) ensure fair access for all;\n\nb) keep records.\n')).toEqual(['ensure fair access for all;']);
  });

  it('leaves a lone marker, a broken count, mixed styles and capitals as paragraphs', async () => {
    const doc = await model('# T\n\na) alone.\n\nText.\n\na) first\n\nc) third\n\na) one\n\nb. two\n\nA. Introduction\n\nB. Background\n\n(a. odd\n\n(b. odd\n');
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual([]);
  });

  it('reads a typed letter run past "h" to "i" as letters, and quotes an item from after its marker', async () => {
    const letters = 'abcdefghij'.split('').map((l) => `${l}) item ${l}`).join('\n\n');
    const doc = await model(`# T\n\n${letters}\n`);
    expect(doc.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(10);
    const text = '# T\n\n## 3. Scope\n\nThe Equality Act 2010 requires public bodies to:\n\n(i) eliminate unlawful discrimination;\n\n(ii) advance equality of opportunity.\n\nThe service will:\n\na) ensure fair access for all;\n\nb) keep records.\n';
    const { messages } = await lintMarkdown(text, only('no-vague-equity-statement'));
    // The law's limbs describe the law; the service's item is its promise, quoted without "a) ".
    expect(messages.map((m) => [m.quote, m.line, m.column])).toEqual([['ensure fair access for all;', 13, 4]]);
  });

  it('reads paragraphs that open with a typed bullet as unordered list items, nested where the bullet changes after a colon', async () => {
    const doc = await model(
      '# T\n\nThe provider will:\n\n• keep records;\n\n• comply with the Act, which requires us to:\n\n▪ eliminate discrimination;\n\n▪ foster good relations.\n\n• report each quarter.\n\n\uf0b7\tpasted from a PDF\n\n– an en dash\n\n\\* Figures exclude private patients.\n\n— A. Commissioner\n\n-5% is the target.\n',
    );
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.text, b.list?.depth, b.list?.ordered, b.typedMarker])).toEqual([
      ['keep records;', 1, false, '• '],
      ['comply with the Act, which requires us to:', 1, false, '• '],
      ['eliminate discrimination;', 2, false, '▪ '],
      ['foster good relations.', 2, false, '▪ '],
      ['report each quarter.', 1, false, '• '],
      // Another glyph with no colon before it: the author changed bullet, not level.
      ['pasted from a PDF', 1, false, '\uf0b7\t'],
      ['an en dash', 1, false, '– '],
    ]);
    // A footnote's asterisk, a quotation's attribution and a figure are not bullets.
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['The provider will:', '* Figures exclude private patients.', '— A. Commissioner', '-5% is the target.']);
  });

  it("reads Word's pasted second-level bullet, a Courier o, only inside a run of typed bullets", async () => {
    const doc = await model('# T\n\n• Referrals from\n\no\tGPs;\n\no\thealth visitors.\n\n• Self-referral by phone.\n\nThe line is open daily.\n\no ring the number on the leaflet.\n');
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.text, b.list?.depth])).toEqual([
      ['Referrals from', 1],
      ['GPs;', 2],
      ['health visitors.', 2],
      ['Self-referral by phone.', 1],
    ]);
    // Outside a run, "o" is a word, not a bullet.
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['The line is open daily.', 'o ring the number on the leaflet.']);
  });

  it('keeps a typed run open through the bullets under its item, and reads typed bullets with their lead-in', async () => {
    const doc = await model('# T\n\na) The provider will:\n\n• keep records;\n\n• report each quarter.\n\nb) The commissioner will review the reports.\n');
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.text, b.list?.depth, b.list?.ordered])).toEqual([
      ['The provider will:', 1, true],
      ['keep records;', 2, false],
      ['report each quarter.', 2, false],
      ['The commissioner will review the reports.', 1, true],
    ]);
    const lint = async (text: string) => (await lintMarkdown(`# T\n\n## 3. Scope\n\n${text}`, only('no-vague-equity-statement'))).messages.map((m) => [m.quote, m.column]);
    // The law's limbs read under the law's lead-in; the service's item is its promise, quoted from after the bullet; a definition stays one.
    expect(
      await lint('The Equality Act 2010 requires public bodies to:\n\n• eliminate unlawful discrimination;\n\n• advance equality of opportunity.\n\nThe service will:\n\n• ensure fair access for all.\n\n• Equality means that everyone is treated fairly.\n'),
    ).toEqual([['ensure fair access for all.', 3]]);
  });

  it('reads a typed bullet ending in a colon as the lead-in of the list after it, typed or real', async () => {
    const doc = await model('# T\n\n• The Act requires us to:\n\na) eliminate discrimination;\n\nb) foster good relations.\n');
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.text, b.list?.depth, b.list?.ordered])).toEqual([
      ['The Act requires us to:', 1, false],
      ['eliminate discrimination;', 2, true],
      ['foster good relations.', 2, true],
    ]);
    const lint = async (text: string) => (await lintMarkdown(`# T\n\n## 3. Scope\n\n${text}`, only('no-vague-equity-statement'))).messages.map((m) => m.quote);
    const law = '• The Equality Act 2010 requires public bodies to:\n\n';
    // The law's limbs under a typed bullet that leads them in, as a typed run and as a real list.
    expect(await lint(`${law}a) eliminate unlawful discrimination;\n\nb) advance equality of opportunity for all.\n\n• The service will:\n\ni) ensure fair access for all;\n\nii) keep records.\n`)).toEqual(['ensure fair access for all;']);
    expect(await lint(`${law}- eliminate unlawful discrimination;\n- advance equality of opportunity for all.\n`)).toEqual([]);
  });

  it('maps sentences back to source lines and columns, through emphasis and entities', async () => {
    const text = '# T\n\n## 3. Scope\n\nFirst sentence here. The *service* will be fair &amp; equitable to all.\n';
    const { messages } = await lintMarkdown(text, only('no-vague-equity-statement'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 5, column: 22, endLine: 5, headingPath: ['T', '3. Scope'] });
    expect(messages[0]!.quote).toBe('The service will be fair & equitable to all.');
    expect(text.split('\n')[4]!.slice(21)).toMatch(/^The \*service\*/);
  });

  it('keeps positions right with CRLF line endings', async () => {
    const text = '# T\r\n\r\n## 3. Scope\r\n\r\nThe service will ensure equitable provision for all.\r\n';
    const { messages } = await lintMarkdown(text, only('no-vague-equity-statement'));
    expect(messages[0]).toMatchObject({ line: 5, column: 1, endLine: 5, endColumn: 53 });
  });

  it('keeps positions and directives right with lone CR (old Mac) line endings', async () => {
    const text = '# T\r\r## 3. Scope\r\rIntro. The service will ensure equitable provision for all.\r\r<!-- speclint-disable-next-line no-vague-equity-statement -->\rThe service will be fair to all.\r';
    const { messages } = await lintMarkdown(text, { ...only('no-vague-equity-statement'), reportUnusedDirectives: 1 });
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['no-vague-equity-statement', 5, 8]]);
  });
});
