/**
 * Reading annotated Word files back, three ways: with speclint's own loader,
 * with pandoc (--track-changes=all, as JSON), and with LibreOffice headless.
 * Plus the hostile-but-real variants the annotator must leave intact.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { readBody } from '../../src/loaders/docx/body.js';
import { readStyles } from '../../src/loaders/docx/parts.js';
import type { SourceMap } from '../../src/loaders/docx/source-map.js';
import { variant } from './docx.js';

export const part = (bytes: Uint8Array, name: string): string | undefined => {
  const found = unzipSync(bytes)[name];
  return found && strFromU8(found);
};

/** The loader's reading: paragraph texts (1-based via index - 1) and comment ranges. */
export function loaderView(bytes: Uint8Array): { texts: string[]; cells: boolean[]; ranges: Map<string, { from: Pos; to: Pos }> } {
  const parts = unzipSync(bytes);
  const body = readBody(parts['word/document.xml']!, 'test.docx', readStyles(parts['word/styles.xml'], 'test.docx'));
  const ranges = new Map(body.comments.map((c) => [c.id, { from: c.from, to: c.to ?? c.from }]));
  return { texts: body.paragraphs.map((p) => p.text), cells: body.paragraphs.map((p) => p.cell !== undefined), ranges };
}

/** The loader's source map of word/document.xml (what the annotator anchors with). */
export function sourceMapOf(bytes: Uint8Array): SourceMap {
  const parts = unzipSync(bytes);
  return readBody(parts['word/document.xml']!, 'test.docx', readStyles(parts['word/styles.xml'], 'test.docx'), { sourceMap: true }).sourceMap!;
}

export interface Pos {
  paragraph: number;
  offset: number;
}

/** The text between two places, paragraphs joined by newlines. */
export function textBetween(texts: string[], from: Pos, to: Pos): string {
  if (from.paragraph === to.paragraph) return texts[from.paragraph - 1]!.slice(from.offset, to.offset);
  const pieces = [texts[from.paragraph - 1]!.slice(from.offset)];
  for (let p = from.paragraph + 1; p < to.paragraph; p++) pieces.push(texts[p - 1]!);
  pieces.push(texts[to.paragraph - 1]!.slice(0, to.offset));
  return pieces.join('\n');
}

export interface WordComment {
  id: string;
  author: string;
  initials: string;
  date: string;
  paragraphs: string[];
  /** The element exactly as written. */
  xml: string;
}

/** word/comments.xml read with regular expressions: independent of the code under test. */
export function wordComments(bytes: Uint8Array): Map<string, WordComment> {
  const xml = part(bytes, 'word/comments.xml') ?? '';
  const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const attr = (tag: string, name: string): string => unescape(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '');
  const out = new Map<string, WordComment>();
  for (const m of xml.matchAll(/<w:comment(\s[^>]*)>([^]*?)<\/w:comment>/g)) {
    const paragraphs = [...m[2]!.matchAll(/<w:p[ >][^]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(''));
    const id = attr(m[1]!, 'w:id');
    out.set(id, { id, author: attr(m[1]!, 'w:author'), initials: attr(m[1]!, 'w:initials'), date: attr(m[1]!, 'w:date'), paragraphs, xml: m[0] });
  }
  return out;
}

export interface PandocComment {
  id: string;
  author: string;
  /** The comment's own text. */
  body: string;
  /** The document text between its start and end, deletions left out. */
  anchored: string;
  inTable: boolean;
}

/** Comments as pandoc sees them in `--track-changes=all` JSON. */
export function pandocComments(file: string): { comments: PandocComment[]; insertions: number; deletions: number } {
  const ast = JSON.parse(execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'json', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as { blocks: unknown };
  const open = new Map<string, PandocComment>();
  const done: PandocComment[] = [];
  let insertions = 0;
  let deletions = 0;
  const plain = (node: unknown): string => {
    let text = '';
    const visit = (n: unknown): void => {
      if (Array.isArray(n)) return n.forEach(visit);
      if (!n || typeof n !== 'object') return;
      const { t, c } = n as { t?: string; c?: unknown };
      if (t === 'Str') text += c as string;
      else if (t === 'Space' || t === 'SoftBreak' || t === 'LineBreak') text += ' ';
      else if (t === 'Para' || t === 'Plain') (visit(c), (text += '\n'));
      else visit(c);
    };
    visit(node);
    return text;
  };
  const add = (text: string): void => {
    for (const c of open.values()) c.anchored += text;
  };
  const walk = (node: unknown, inTable: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, inTable));
    if (!node || typeof node !== 'object') return;
    const { t, c } = node as { t?: string; c?: unknown };
    if (t === 'Span') {
      const [[id, classes, pairs], inlines] = c as [[string, string[], Array<[string, string]>], unknown[]];
      const kv = new Map(pairs);
      if (classes.includes('comment-start')) {
        const key = kv.get('id') ?? id;
        open.set(key, { id: key, author: kv.get('author') ?? '', body: plain(inlines), anchored: '', inTable });
        return;
      }
      if (classes.includes('comment-end')) {
        // pandoc nests the ends of comments that end at the same place: inner ones first.
        walk(inlines, inTable);
        const key = kv.get('id') ?? id;
        const comment = open.get(key);
        if (comment) done.push(comment);
        open.delete(key);
        return;
      }
      if (classes.includes('deletion')) {
        deletions++;
        return;
      }
      if (classes.includes('insertion')) insertions++;
    }
    if (t === 'Str') return add(c as string);
    if (t === 'Space' || t === 'SoftBreak' || t === 'LineBreak') return add(' ');
    walk(c, inTable || t === 'Table');
    if (t === 'Para' || t === 'Plain' || t === 'Header') add('\n');
  };
  walk(ast.blocks, false);
  return { comments: done, insertions, deletions };
}

/** Converts files with LibreOffice headless in a private profile; returns the output paths. */
export function soffice(files: string[], format: string, outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'speclint-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files], {
      stdio: 'pipe',
      timeout: 280_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(':')[0]!;
  return files.map((f) => join(outDir, f.split('/').pop()!.replace(/\.docx$/, `.${extension}`)));
}

export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

const inParagraph = (needle: string, edit: (paragraph: string) => string) => (xml: string): string => {
  const at = xml.indexOf(needle);
  if (at === -1) throw new Error(`fixture has no "${needle}"`);
  const start = xml.lastIndexOf('<w:p>', at) === -1 ? xml.lastIndexOf('<w:p ', at) : Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return xml.slice(0, start) + edit(xml.slice(start, end)) + xml.slice(end);
};

/** A paragraph appended after the one containing `needle`. */
const after = (needle: string, paragraph: string) => inParagraph(needle, (p) => p + paragraph);

export const PANDOC_BASE = 'fixtures/docx/pandoc/sexual-health.docx';
export const LIBREOFFICE_BASE = 'fixtures/docx/libreoffice/mental-health-crisis.docx';

/** Two comments already in the draft: a colleague's and a speclint-disable directive. */
export function withExistingComments(file: string): Uint8Array {
  const comments =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:comment w:id="7" w:author="Equality lead" w:date="2026-01-05T09:00:00Z" w:initials="EL"><w:p><w:r><w:t>speclint-disable no-vague-equity-statement -- agreed wording</w:t></w:r></w:p></w:comment>' +
    '<w:comment w:id="8" w:author="Colleague" w:date="2026-01-06T09:00:00Z" w:initials="C"><w:p><w:r><w:t>Please check this.</w:t></w:r></w:p></w:comment></w:comments>';
  const mark = (id: number) => (p: string): string =>
    p.replace(/^<w:p>(<w:pPr>.*?<\/w:pPr>)?/, (head) => `${head}<w:commentRangeStart w:id="${id}"/>`).replace(/<\/w:p>$/, `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r></w:p>`);
  return variant(file, {
    'word/comments.xml': comments,
    'word/document.xml': (xml) => inParagraph('equally accessible to all residents', mark(7))(inParagraph('appropriate for people from all communities', mark(8))(xml)),
  });
}

/** A tracked deletion and insertion; the inserted sentence is itself a finding. */
export function withTrackedChange(file: string): Uint8Array {
  return variant(file, {
    'word/document.xml': inParagraph('Open access: any person may attend', (p) =>
      p.replace(
        /<w:r>/,
        '<w:del w:id="90" w:author="Reviewer" w:date="2026-02-01T10:00:00Z"><w:r><w:delText xml:space="preserve">The service will ensure equitable provision for all. </w:delText></w:r></w:del>' +
          '<w:ins w:id="91" w:author="Reviewer" w:date="2026-02-01T10:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">The service will be accessible to everyone. </w:t></w:r></w:ins><w:r>',
      ),
    ),
  });
}

const TEXT_BOX_TEXT = 'The service will be accessible to everyone.';
const boxParagraph = `<w:p><w:pPr><w:pStyle w:val="FrameContents"/></w:pPr><w:r><w:rPr></w:rPr><w:t>${TEXT_BOX_TEXT}</w:t></w:r></w:p>`;

/** A LibreOffice-style text box (DrawingML with a VML fallback) whose text is a finding. */
export function withTextBox(file: string): Uint8Array {
  const box =
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0" distT="72390" distB="72390" distL="72390" distR="72390" simplePos="0" locked="0" layoutInCell="0" allowOverlap="1" relativeHeight="2"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="line"><wp:align>top</wp:align></wp:positionV><wp:extent cx="2879725" cy="720090"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="901" name="Box"></wp:docPr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2879725" cy="720090"/></a:xfrm><a:prstGeom prst="rect"/><a:solidFill><a:srgbClr val="FFFFFF"></a:srgbClr></a:solidFill><a:ln w="635"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>' +
    `<wps:txbx><w:txbxContent>${boxParagraph}</w:txbxContent></wps:txbx><wps:bodyPr anchor="t" lIns="53975" tIns="53975" rIns="53975" bIns="53975"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    '<mc:Fallback><w:pict><v:rect strokecolor="#000000" strokeweight="0pt" style="position:absolute;width:226.75pt;height:56.7pt;mso-position-horizontal:center"><v:textbox inset="0.06in,0.06in,0.06in,0.06in">' +
    `<w:txbxContent>${boxParagraph}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  return variant(file, {
    'word/document.xml': after('The ICB serves a population of approximately', `<w:p><w:r><w:t xml:space="preserve">Access is summarised in the box. </w:t></w:r>${box}<w:r><w:t>See also section 4.</w:t></w:r></w:p>`),
  });
}

/**
 * One paragraph with every kind of run content the annotator must split
 * around: entities, a tab, a line break, a non-breaking hyphen, a hyperlink,
 * a simple field, a tracked insertion and deletion, a tracked formatting
 * change, formatting that differs run to run, an inline content control, and
 * a character outside the Basic Multilingual Plane.
 */
export const CRAFTED_ANCHOR = 'Crafted paragraph for anchoring.';
export function withCraftedParagraph(file: string): Uint8Array {
  const p =
    '<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>' +
    `<w:r><w:t xml:space="preserve">${CRAFTED_ANCHOR} </w:t></w:r>` +
    '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Black &amp; minority</w:t></w:r>' +
    '<w:r><w:tab/><w:t>ethnic</w:t><w:br/><w:t xml:space="preserve">groups </w:t></w:r>' +
    '<w:hyperlink w:anchor="top"><w:r><w:rPr><w:i/></w:rPr><w:t>non</w:t><w:noBreakHyphen/><w:t>English &lt;speakers&gt;</w:t></w:r></w:hyperlink>' +
    '<w:ins w:id="801" w:author="Reviewer" w:date="2026-02-01T10:00:00Z"><w:r><w:t xml:space="preserve"> and carers</w:t></w:r></w:ins>' +
    '<w:del w:id="802" w:author="Reviewer" w:date="2026-02-01T10:00:00Z"><w:r><w:delText xml:space="preserve"> deleted words</w:delText></w:r></w:del>' +
    '<w:r><w:rPr><w:u w:val="single"/><w:rPrChange w:id="803" w:author="Reviewer" w:date="2026-02-01T10:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve"> with page </w:t></w:r>' +
    '<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>' +
    '<w:sdt><w:sdtPr><w:alias w:val="Closing"/><w:id w:val="804"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve"> and a smile 😀 here.</w:t></w:r></w:sdtContent></w:sdt>' +
    '</w:p>';
  return variant(file, { 'word/document.xml': after('Open access: any person may attend', p) });
}

/**
 * Markup the loader reads in a surprising way, to check the annotator reads
 * it the same way: a self-closing paragraph inside a text box (the loader then
 * stops reading the paragraph around the box) and a self-closing w:del in a
 * text box's fallback copy (the loader then reads that copy too).
 */
export function withLoaderQuirks(file: string): Uint8Array {
  const box =
    '<w:r><w:t xml:space="preserve">Before </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p/><w:p><w:r><w:t>Inside.</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>' +
    '<mc:Fallback><w:pict><w:txbxContent><w:p><w:pPr><w:rPr><w:del w:id="5" w:author="x"/></w:rPr></w:pPr><w:r><w:t>Fallback text</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent><w:t>after box</w:t></w:r><w:r><w:t xml:space="preserve"> and more &amp; more.</w:t></w:r>';
  return variant(file, { 'word/document.xml': (xml) => xml.replace('<w:body>', `<w:body><w:p>${box}</w:p>`) });
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  if (!existsSync(path)) throw new Error(`could not write ${path}`);
  return path;
}
