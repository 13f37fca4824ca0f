/**
 * How Word structure is read, on hand-made OOXML: outline-level headings,
 * auto-numbered headings (their numbers kept), text boxes (one copy, not
 * Word's two), headers and footers (not read).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/linter.js';
import { tempTree } from './helpers/tmp.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';
const para = (text: string, pPr = '', bold = false): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

async function lint(bytes: Uint8Array) {
  const dir = tempTree({ 'draft.docx': bytes });
  return new Linter({ config: { extends: [], rules: { 'no-vague-equity-statement': 'error' } } }).lintFile(join(dir, 'draft.docx'));
}

async function outline(bytes: Uint8Array): Promise<string[]> {
  const { loadDocx } = await import('../src/loaders/docx/index.js');
  const { buildDocument } = await import('../src/core/build-document.js');
  const { loadLexicons } = await import('../src/config/lexicons.js');
  const doc = buildDocument(loadDocx(bytes, 'draft.docx').raw, { sectionHeadings: loadLexicons().get('section-headings') });
  return doc.sections.slice(1).map((s) => `${'  '.repeat(s.level - 1)}${s.headingText} [${s.kind}]`);
}

const VAGUE = 'The service will ensure equitable provision for all.';

describe('Word symbols', () => {
  it('reads a symbol inserted from a font (w:sym) as its character, so a Symbol-font bullet is a typed bullet', async () => {
    const sym = (text: string): string => `<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const bytes = docx(para('Scope', '<w:outlineLvl w:val="0"/>') + para('The Equality Act 2010 requires public bodies to:') + sym('eliminate unlawful discrimination;') + sym('advance equality of opportunity for all.'));
    const { loadDocx } = await import('../src/loaders/docx/index.js');
    expect(loadDocx(bytes, 'draft.docx').raw.blocks.map((b) => b.text).slice(2)).toEqual(['\uf0b7\teliminate unlawful discrimination;', '\uf0b7\tadvance equality of opportunity for all.']);
    // The law's limbs, read under the law's lead-in: no claim.
    expect((await lint(bytes)).messages).toEqual([]);
  });
});

describe('Word tables', () => {
  it('reads a cell as it is now, not as a tracked change says it was (a gridSpan inside w:tcPrChange)', async () => {
    const { loadDocx } = await import('../src/loaders/docx/index.js');
    const cell = (text: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${para(text)}</w:tc>`;
    const changed = '<w:tcPrChange w:id="9" w:author="A" w:date="2026-01-01T00:00:00Z"><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr></w:tcPrChange>';
    const table = `<w:tbl><w:tr>${cell('Indicator')}${cell('Target')}${cell('Frequency')}</w:tr><w:tr>${cell('Uptake', changed)}${cell('60%')}${cell('Quarterly')}</w:tr></w:tbl>`;
    const columns = loadDocx(docx(table), 'draft.docx').raw.blocks.map((b) => `${b.text}@${b.cell!.column}${b.cell!.lastRow === undefined ? '' : `-r${b.cell!.lastRow}`}`);
    expect(columns).toEqual(['Indicator@0', 'Target@1', 'Frequency@2', 'Uptake@0', '60%@1', 'Quarterly@2']);
  });
});

describe('Word headings', () => {
  it('reads lists as LibreOffice writes them, every level an override: bullets inside a numbered list are bullets', async () => {
    const { loadDocx } = await import('../src/loaders/docx/index.js');
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'docx', 'features', 'numbered-with-bullets-via-odt.docx')));
    const lists = loadDocx(bytes, 'draft.docx').raw.blocks.filter((b) => b.list).map((b) => `${b.list!.ordered ? 'ol' : 'ul'}${b.list!.depth} ${b.text.slice(0, 12)}`);
    expect(lists).toEqual(['ol1 supervise th', 'ol1 offer the fo', 'ul2 dispensing i', 'ul2 advice on na', 'ol1 tell the pre']);
  });

  it('numbers a heading as Word shows it after "Set numbering value" (w:startOverride)', async () => {
    const numbering = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num></w:numbering>`;
    const num = (id: number): string => `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr>`;
    const bytes = docx(para('Population Needs', num(1), true) + para('Text.') + para('Outcomes', num(1), true) + para('Text.') + para('Applicable Service Standards', num(2), true) + para(VAGUE), { 'word/numbering.xml': numbering });
    expect(await outline(bytes)).toEqual(['  1. Population Needs [population-needs]', '  2. Outcomes [outcomes]', '  5. Applicable Service Standards [standards]']);
  });

  it('reads a subtitle under the title (pandoc styles it on Title) as text, not a section', async () => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'docx', 'features', 'title-and-subtitle.docx')));
    expect(await outline(bytes)).toEqual(['Community Diabetes Education [other]', 'Population needs [population-needs]', 'Scope [scope]']);
  });

  it('takes headings from outline levels set on paragraphs', async () => {
    const bytes = docx(para('Spec', '<w:outlineLvl w:val="0"/>') + para('Population needs', '<w:outlineLvl w:val="1"/>') + para('Text.') + para('Scope', '<w:outlineLvl w:val="1"/>') + para(VAGUE));
    expect(await outline(bytes)).toEqual(['Spec [other]', '  Population needs [population-needs]', '  Scope [scope]']);
  });

  it('keeps the numbers Word puts on auto-numbered headings', async () => {
    const numbering = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const num = (ilvl: number): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="3"/></w:numPr>`;
    const bytes = docx(
      para('Population Needs', num(0), true) + para('Text.') + para('Outcomes', num(0), true) + para('Local defined outcomes', num(1), true) + para('Scope', num(0), true) + para(VAGUE),
      { 'word/numbering.xml': numbering },
    );
    // Numbered headings of depth d sit at level d + 1, leaving level 1 for a title.
    expect(await outline(bytes)).toEqual([
      '  1. Population Needs [population-needs]',
      '  2. Outcomes [outcomes]',
      '    2.1 Local defined outcomes [outcomes]',
      '  3. Scope [scope]',
    ]);
    const { messages } = await lint(bytes);
    expect(messages[0]).toMatchObject({ line: 6, column: 1, headingPath: ['3. Scope'], quote: VAGUE });
  });
});

describe('Word text boxes, headers and footers', () => {
  const textBox = (text: string): string =>
    `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${para(text)}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:textbox><w:txbxContent>${para(text)}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

  it('reads a text box once (not its fallback copy), numbered where it stands', async () => {
    const { messages } = await lint(docx(para('Spec', '<w:outlineLvl w:val="0"/>') + textBox(VAGUE) + para('After the box.')));
    expect(messages.map((m) => [m.line, m.quote])).toEqual([[3, VAGUE]]);
  });

  it('reads a VML text box on its own (older documents)', async () => {
    const vml = `<w:p><w:r><w:pict><v:textbox><w:txbxContent>${para(VAGUE)}</w:txbxContent></v:textbox></w:pict></w:r></w:p>`;
    expect((await lint(docx(vml))).messages.map((m) => m.quote)).toEqual([VAGUE]);
  });

  it('does not read headers, footers or footnotes', async () => {
    const part = (tag: string) => `<?xml version="1.0"?><w:${tag} ${W}>${para(VAGUE)}</w:${tag}>`;
    const bytes = docx(para('A specification with furniture.'), {
      'word/header1.xml': part('hdr'),
      'word/footer1.xml': part('ftr'),
      'word/footnotes.xml': `<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:id="1">${para(VAGUE)}</w:footnote></w:footnotes>`,
    });
    expect((await lint(bytes)).messages).toEqual([]);
  });
});
