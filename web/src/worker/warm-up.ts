/**
 * The first check's one-time work, done while the user is still choosing a
 * file: the worker's script compiled, the lexicons compiled and the engine's
 * code run (so the JavaScript engine has compiled and optimised it) on a short
 * built-in specification, as Markdown and as the same text in a Word file.
 * Nothing is kept from these checks but compiled code and compiled lexicons,
 * which every check shares anyway: results are the same with or without it.
 */
import { strToU8, zipSync } from 'fflate';
import type { WebFile } from './engine.js';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const STYLES = `${XML}<w:styles ${W}>${[1, 2, 3]
  .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`)
  .join('')}</w:styles>`;
/** List 1 bulleted, list 2 numbered "1.". */
const NUMBERING = `${XML}<w:numbering ${W}>${[
  ['bullet', '•'],
  ['decimal', '%1.'],
]
  .map(([format, text], i) => `<w:abstractNum w:abstractNumId="${i}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl></w:abstractNum>`)
  .join('')}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

/**
 * Markdown as a small Word file, to run the Word reader's code: headings as
 * Heading 1-3 paragraphs, list items as list paragraphs, table rows as a
 * table (its header row marked), every other line as a paragraph, each paragraph in two runs.
 */
export function markdownAsDocx(markdown: string): Uint8Array {
  const paragraph = (text: string, pPr = ''): string => {
    const cut = text.indexOf(' ', text.length >> 1);
    const runs = cut > 0 ? [text.slice(0, cut), text.slice(cut)] : [text];
    return `<w:p>${pPr && `<w:pPr>${pPr}</w:pPr>`}${runs.map((r) => `<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${escapeXml(r)}</w:t></w:r>`).join('')}</w:p>`;
  };
  const body: string[] = [];
  let rows: string[] = [];
  const endTable = (): void => {
    if (rows.length > 0) body.push(`<w:tbl>${rows.join('')}</w:tbl>`);
    rows = [];
  };
  for (const line of markdown.split('\n')) {
    const text = line.trim();
    if (text.startsWith('|')) {
      if (/^\|[\s:|-]+\|$/.test(text)) continue;
      const cells = text.slice(1, -1).split('|').map((c) => `<w:tc>${paragraph(c.trim())}</w:tc>`);
      // The first row is the header row, marked as Word marks one.
      rows.push(`<w:tr>${rows.length === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`);
      continue;
    }
    endTable();
    const heading = /^(#{1,3})\s+(\S.*)$/.exec(text);
    const item = /^([-*]|\d+\.)\s+(\S.*)$/.exec(text);
    if (heading) body.push(paragraph(heading[2]!, `<w:pStyle w:val="Heading${heading[1]!.length}"/>`));
    else if (item) body.push(paragraph(item[2]!, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${/\d/.test(item[1]!) ? 2 : 1}"/></w:numPr>`));
    else if (text !== '' && !text.startsWith('<!--')) body.push(paragraph(text));
  }
  endTable();
  const document = `${XML}<w:document ${W}><w:body>${body.join('')}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(document), 'word/styles.xml': strToU8(STYLES), 'word/numbering.xml': strToU8(NUMBERING) });
}

/**
 * How many times each file is checked. Once leaves most of the engine
 * unoptimised; four times made the first check of a 50-page Word file about
 * twice as fast again as once did (Playwright bench, interleaved runs), for
 * about half a second of the worker's time after the page has loaded.
 */
const ROUNDS = 4;

/** The warm-up's files: the built-in specification as Word and as Markdown, ROUNDS times. */
export function warmUpFiles(markdown: string): WebFile[] {
  const docx = { name: 'warm-up.docx', bytes: markdownAsDocx(markdown) };
  const md = { name: 'warm-up.md', bytes: strToU8(markdown) };
  return Array.from({ length: ROUNDS }, () => [docx, md]).flat();
}
