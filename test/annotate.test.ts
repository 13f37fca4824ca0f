/**
 * --annotate: the commissioner's own Word file back with each finding as a
 * Word comment on exactly the flagged text. Checked by reading the result
 * back with speclint's loader, with pandoc (--track-changes=all) and with
 * LibreOffice headless, on the committed Word fixtures and on variants with
 * existing comments, tracked changes and a text box.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/loaders/decode.js';
import { annotateDocx, annotateDocxDetailed, describeOutcome, writeAnnotatedCopies, type AnnotatedDocx, type AnnotateOptions } from '../src/annotate/index.js';
import type { LintMessage, LintResult } from '../src/core/messages.js';
import { docsUrlFor } from '../src/docs-url.js';
import { countWords, MAX_COMMENT_WORDS } from '../src/annotate/comment-text.js';
import { builtinVocabulary } from '../src/report/vocabulary-file.js';
import { Linter } from '../src/linter.js';
import { decodeWithOffsets } from '../src/loaders/docx/source-map.js';
import {
  CRAFTED_ANCHOR,
  LIBREOFFICE_BASE,
  PANDOC_BASE,
  loaderView,
  normalise,
  pandocComments,
  part,
  soffice,
  sourceMapOf,
  textBetween,
  withCraftedParagraph,
  withExistingComments,
  withLoaderQuirks,
  withTextBox,
  withTrackedChange,
  wordComments,
  type Pos,
} from './helpers/annotate.js';
import { variant } from './helpers/docx.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const docx = join(repo, 'fixtures', 'docx');
const DATE = new Date('2026-11-23T10:00:00Z');
const linter = new Linter({ config: { extends: 'speclint:all' } });
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let options: AnnotateOptions;
let docsUrl: (id: string) => string | undefined;

interface Case {
  name: string;
  file: string;
  original: Uint8Array;
  result: LintResult;
  annotated: AnnotatedDocx;
  out: string;
}

const work = tempTree({});
const fixtureFiles = ['pandoc', 'libreoffice', 'table-layout', 'features'].flatMap((tool) =>
  readdirSync(join(docx, tool)).map((f) => ({ name: `${tool}/${f}`, file: join(docx, tool, f) })),
);
const variantFiles = (): Array<{ name: string; file: string }> => {
  const made: Record<string, Uint8Array> = {
    'existing-comments.docx': withExistingComments(join(repo, PANDOC_BASE)),
    'tracked-change.docx': withTrackedChange(join(repo, PANDOC_BASE)),
    'text-box.docx': withTextBox(join(repo, LIBREOFFICE_BASE)),
    'crafted.docx': withCraftedParagraph(join(repo, PANDOC_BASE)),
  };
  mkdirSync(join(work, 'variants'), { recursive: true });
  return Object.entries(made).map(([name, bytes]) => {
    const file = join(work, 'variants', name);
    writeFileSync(file, bytes);
    return { name: `variant/${name}`, file };
  });
};

const cases = new Map<string, Case>();
const wanted = (messages: LintMessage[]): LintMessage[] => messages.filter((m) => !m.fatal && m.ruleId !== null);

/** The finding's range as the loader's paragraph places (an end at a paragraph start is the end of the one before). */
function rangeOf(m: LintMessage, texts: string[]): { from: Pos; to: Pos } {
  let to = { paragraph: m.endLine!, offset: m.endColumn! - 1 };
  if (to.offset === 0 && to.paragraph > m.line) to = { paragraph: to.paragraph - 1, offset: texts[to.paragraph - 2]!.length };
  return { from: { paragraph: m.line, offset: m.column - 1 }, to };
}

beforeAll(async () => {
  const rules = await linter.rules();
  docsUrl = docsUrlFor(rules);
  options = { date: DATE, docsUrl, rules, models: builtinVocabulary() };
  mkdirSync(join(work, 'out'), { recursive: true });
  for (const { name, file } of [...fixtureFiles, ...variantFiles()]) {
    const original = new Uint8Array(readFileSync(file));
    const result = await linter.lintFile(file);
    const annotated = annotateDocxDetailed(original, result.messages, { ...options, fileName: name });
    const out = join(work, 'out', name.replace(/\//g, '__').replace(/\.docx$/, '.reviewed.docx'));
    writeFileSync(out, annotated.bytes);
    cases.set(name, { name, file, original, result, annotated, out });
  }
}, 120_000);

describe('annotateDocx: a comment on exactly each finding, read back with the loader', () => {
  it('covers pandoc, LibreOffice and table-layout fixtures and the variants, with real findings', () => {
    expect(cases.size).toBeGreaterThanOrEqual(26);
    const total = [...cases.values()].reduce((n, c) => n + c.annotated.comments.length, 0);
    expect(total).toBeGreaterThan(100);
  });

  it('gives every finding one comment, by speclint, dated: its severity, what was found, what to add, an example and the rule, in at most 90 words of plain text', () => {
    for (const c of cases.values()) {
      const findings = wanted(c.result.messages);
      expect(c.annotated.comments.map((p) => p.message), c.name).toEqual(findings);
      expect(c.annotated.unplaced, c.name).toEqual([]);
      const comments = wordComments(c.annotated.bytes);
      for (const placed of c.annotated.comments) {
        const comment = comments.get(String(placed.id));
        expect(comment, `${c.name} comment ${placed.id}`).toBeDefined();
        const ruleId = placed.message.ruleId!;
        expect(comment!.author).toBe('speclint');
        expect(comment!.initials).toBe('SL');
        expect(comment!.date).toBe('2026-11-23T10:00:00Z');
        // No public docs address is configured, so the comment names the rule without a (file://) link.
        expect(docsUrl(ruleId)).toBeUndefined();
        const paragraphs = comment!.paragraphs;
        const words = countWords(paragraphs.join(' '));
        expect(words, `${c.name} ${ruleId}: ${paragraphs.join(' ')}`).toBeLessThanOrEqual(MAX_COMMENT_WORDS);
        expect(paragraphs[0]!.startsWith(placed.message.severity === 2 ? 'Must fix: ' : 'Should fix: '), paragraphs[0]).toBe(true);
        // What was found, as the rule declares it (cut only when the comment would be too long).
        const found = placed.message.found ?? placed.message.message;
        expect(found.startsWith(paragraphs[0]!.slice(paragraphs[0]!.indexOf(': ') + 2).split(' ').slice(0, 2).join(' ')), paragraphs[0]).toBe(true);
        expect(paragraphs.at(-1)).toBe(`Rule: ${ruleId}`);
        expect(paragraphs.join('\n')).not.toMatch(/\||file:/);
        if (paragraphs.length === 3) expect(paragraphs[1]).toMatch(/^For example: \S/);
      }
    }
  });

  it('anchors each comment on the finding range itself (whole paragraphs for whole-document findings; never a fallback here)', () => {
    let exact = 0;
    for (const c of cases.values()) {
      const before = loaderView(c.original);
      const after = loaderView(c.annotated.bytes);
      for (const placed of c.annotated.comments) {
        const m = placed.message;
        const range = after.ranges.get(String(placed.id));
        expect(range, `${c.name} ${placed.id}`).toEqual({ from: placed.from, to: placed.to });
        const anchored = textBetween(before.texts, range!.from, range!.to);
        if (m.documentLevel) {
          // About the whole document: on the heading of the section it concerns, else the title; a whole paragraph either way.
          expect(placed.placement).toBe('document');
          expect(anchored.trim()).not.toBe('');
          expect(anchored).toBe(before.texts[range!.from.paragraph - 1]);
        } else if (m.endLine !== undefined) {
          // The finding's own range, whether it is a sentence, a phrase or a heading.
          expect(placed.placement, `${c.name}: ${m.ruleId} at ${m.line}:${m.column}`).toBe(m.documentLevel ? 'document' : 'exact');
          const wantedRange = rangeOf(m, before.texts);
          expect(range).toEqual(wantedRange);
          expect(anchored).toBe(textBetween(before.texts, wantedRange.from, wantedRange.to));
          if (m.quote && !m.documentLevel) {
            const flat = normalise(anchored);
            expect(m.quote.includes(flat) || flat.startsWith(m.quote), `${c.name}: "${flat}" vs quote "${m.quote}"`).toBe(true);
          }
          exact++;
        } else {
          // A whole-document finding with no title: the first heading or the first paragraph with text.
          expect(placed.placement).toBe('document');
          expect(anchored.trim()).not.toBe('');
          expect(anchored).toBe(before.texts[range!.from.paragraph - 1]);
        }
      }
    }
    expect(exact).toBeGreaterThan(100);
  });

  it('leaves the text as it was: the loader reads the same paragraphs, and speclint the same findings', async () => {
    for (const c of cases.values()) {
      expect(loaderView(c.annotated.bytes).texts, c.name).toEqual(loaderView(c.original).texts);
      const again = await linter.lintFile(c.out);
      const key = (m: LintMessage): string => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`;
      expect(again.messages.map(key), c.name).toEqual(c.result.messages.map(key));
    }
  });

  it('changes no other part: every other zip entry is byte-identical and rels and content types only gain an entry', () => {
    for (const c of cases.values()) {
      if (c.annotated.comments.length === 0) {
        // Nothing to say: the copy is the original, byte for byte.
        expect(sha(c.annotated.bytes), c.name).toBe(sha(c.original));
        continue;
      }
      const before = unzipSync(c.original);
      const after = unzipSync(c.annotated.bytes);
      const added = Object.keys(after).filter((n) => !(n in before));
      expect(added.every((n) => n === 'word/comments.xml'), c.name).toBe(true);
      expect(Object.keys(after).slice(0, Object.keys(before).length)).toEqual(Object.keys(before));
      const mayChange = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
      for (const [name, bytes] of Object.entries(before)) {
        if (mayChange.has(name)) continue;
        expect(sha(after[name]!), `${c.name} ${name}`).toBe(sha(bytes));
      }
      for (const name of ['word/_rels/document.xml.rels', '[Content_Types].xml']) {
        const old = strFromU8(before[name]!);
        const now = strFromU8(after[name]!);
        for (const element of old.match(/<(Relationship|Default|Override)\b[^>]*>/g) ?? []) expect(now, `${c.name} ${name}`).toContain(element);
      }
      expect(part(c.annotated.bytes, 'word/_rels/document.xml.rels')).toMatch(/<Relationship\b(?=[^>]*relationships\/comments")(?=[^>]*Target="comments.xml")[^>]*>/);
      expect(part(c.annotated.bytes, '[Content_Types].xml')).toContain('PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"');
    }
  });

  it('never changes the bytes it is given', () => {
    const c = cases.get('pandoc/mental-health-crisis.docx')!;
    const copy = c.original.slice();
    annotateDocx(copy, c.result.messages, options);
    expect(sha(copy)).toBe(sha(c.original));
    expect(sha(readFileSync(c.file))).toBe(sha(c.original));
  });
});

describe('exact anchoring on every kind of run content', () => {
  const synthetic = (line: number, from: number, endLine: number, to: number): LintMessage => ({
    ruleId: 'synthetic',
    severity: 1,
    message: `${line}:${from}-${endLine}:${to}`,
    line,
    column: from + 1,
    endLine,
    endColumn: to + 1,
  });

  function check(bytes: Uint8Array, messages: LintMessage[]): { placed: AnnotatedDocx; texts: string[] } {
    const placed = annotateDocxDetailed(bytes, messages, { date: DATE });
    const before = loaderView(bytes);
    const after = loaderView(placed.bytes);
    expect(after.texts).toEqual(before.texts);
    for (const c of placed.comments) {
      const m = c.message;
      expect(after.ranges.get(String(c.id))).toEqual({ from: c.from, to: c.to });
      if (c.placement === 'exact') expect(c.from).toEqual({ paragraph: m.line, offset: m.column - 1 });
    }
    return { placed, texts: before.texts };
  }

  it("the loader's source map spells each paragraph's text from the XML, in every fixture and variant", () => {
    for (const c of cases.values()) {
      const map = sourceMapOf(c.original);
      expect(map.xml, c.name).toBe(part(c.original, 'word/document.xml'));
      expect(map.paragraphs.map((p) => p.text), c.name).toEqual(loaderView(c.original).texts);
      // Every element's offsets are its own tags...
      for (const e of map.elements) {
        const tag = map.xml.slice(e.start, e.startTagEnd);
        expect(tag.startsWith(`<${e.name}`) && tag.endsWith('>'), `${c.name} ${e.name} at ${e.start}`).toBe(true);
        if (e.closeStart !== e.startTagEnd || !tag.endsWith('/>')) expect(map.xml.slice(e.closeStart, e.end), c.name).toBe(`</${e.name}>`);
      }
      // ...and every piece of text is read back from where the map says it is.
      for (const p of map.paragraphs) {
        for (const s of p.segments) {
          const chars = p.text.slice(s.from, s.to);
          if (s.rawStart === undefined) expect(s.element.name, c.name).toMatch(/^w:(tab|br|cr|noBreakHyphen)$/);
          else expect(decodeWithOffsets(map.xml, s.rawStart, s.element.closeStart, s.cdata ?? false).text.startsWith(chars), `${c.name} paragraph ${p.index}`).toBe(true);
        }
      }
    }
  });

  it('…including self-closing paragraphs and hidden markup inside text boxes', () => {
    const bytes = withLoaderQuirks(join(repo, LIBREOFFICE_BASE));
    const texts = loaderView(bytes).texts;
    // The paragraph around the text box keeps its text after the box, and the box's fallback copy is not read.
    expect(texts.slice(0, 4)).toEqual(['Before after box and more & more.', '', 'Inside.', '']);
    expect(sourceMapOf(bytes).paragraphs.map((p) => p.text)).toEqual(texts);
    const messages = [1, 3].map((line) => synthetic(line, 1, line, texts[line - 1]!.length - 1));
    const { placed } = check(bytes, messages);
    expect(placed.comments.map((c) => c.placement)).toEqual(['exact', 'exact']);
  });

  it('falls back to the whole paragraph where the words cannot be cut (inside a CDATA section, which Word never writes)', () => {
    const bytes = variant(join(repo, PANDOC_BASE), {
      'word/document.xml': (xml) => xml.replace('<w:body>', '<w:body><w:p><w:r><w:t><![CDATA[Black & minority ethnic groups]]></w:t></w:r><w:r><w:t xml:space="preserve"> and carers.</w:t></w:r></w:p>'),
    });
    const { placed, texts } = check(bytes, [synthetic(1, 0, 1, 30), synthetic(1, 6, 1, 16), synthetic(1, 0, 1, 42)]);
    expect(texts[0]).toBe('Black & minority ethnic groups and carers.');
    expect(placed.comments.map((c) => [c.placement, c.fallback])).toEqual([['exact', false], ['paragraph', true], ['exact', false]]);
    expect(placed.comments[1]!.from).toEqual({ paragraph: 1, offset: 0 });
    expect(placed.comments[1]!.to).toEqual({ paragraph: 1, offset: 42 });
    // A message with no range (a rule that failed) goes on its paragraph, as it is.
    const failed = check(bytes, [{ ruleId: 'synthetic', severity: 2, message: 'The rule failed.', line: 1, column: 1 }]).placed.comments[0]!;
    expect([failed.placement, failed.fallback, failed.to.offset]).toEqual(['paragraph', false, 42]);
  });

  it('any range in any paragraph of the fixtures, including ranges across paragraphs', () => {
    for (const name of ['pandoc/weak-community-diabetes.docx', 'libreoffice/weak-community-diabetes.docx', 'table-layout/falls-prevention-table-layout.docx', 'variant/text-box.docx', 'variant/tracked-change.docx', 'variant/existing-comments.docx']) {
      const c = cases.get(name)!;
      const texts = loaderView(c.original).texts;
      const messages: LintMessage[] = [];
      texts.forEach((text, i) => {
        const line = i + 1;
        if (text.length === 0) return;
        messages.push(synthetic(line, 0, line, text.length));
        if (text.length > 2) messages.push(synthetic(line, 1, line, text.length - 1));
        for (const word of text.matchAll(/\S+/g)) messages.push(synthetic(line, word.index, line, word.index + word[0].length));
        const next = texts.findIndex((t, j) => j > i && t.length > 0);
        if (next !== -1) messages.push(synthetic(line, Math.min(1, text.length - 1), next + 1, 1));
      });
      const { placed } = check(c.original, messages);
      expect(placed.comments.length, name).toBe(messages.length);
      expect(placed.comments.filter((p) => p.placement !== 'exact').map((p) => p.message.message), name).toEqual([]);
    }
  });

  it('every range in a paragraph of entities, tabs, breaks, links, fields, tracked changes and an emoji', () => {
    const c = cases.get('variant/crafted.docx')!;
    const texts = loaderView(c.original).texts;
    const line = texts.findIndex((t) => t.startsWith(CRAFTED_ANCHOR)) + 1;
    const text = texts[line - 1]!;
    expect(text).toBe('Crafted paragraph for anchoring. Black & minority\tethnic groups non-English <speakers> and carers with page 7 and a smile 😀 here.');
    const emoji = text.indexOf('😀');
    const messages: LintMessage[] = [];
    for (let from = CRAFTED_ANCHOR.length; from < text.length; from++) {
      for (let to = from + 1; to <= text.length; to++) messages.push(synthetic(line, from, line, to));
    }
    const { placed } = check(c.original, messages);
    expect(placed.comments.length).toBe(messages.length);
    for (const p of placed.comments) {
      const [from, to] = [p.message.column - 1, p.message.endColumn! - 1];
      // Only a boundary between the two halves of the emoji cannot be marked.
      const splitsEmoji = from === emoji + 1 || to === emoji + 1;
      expect(p.placement, p.message.message).toBe(splitsEmoji ? 'paragraph' : 'exact');
    }
    // The copied tracked formatting change and the cut insertion get ids of their own.
    const xml = part(placed.bytes, 'word/document.xml')!;
    const ids = [...xml.matchAll(/<w:(?:ins|del|rPrChange)\b[^>]*\sw:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // A content control holds only its properties and its content: the markers go inside the content.
    expect(xml).not.toMatch(/<\/w:sdtPr><w:comment|<\/w:sdtContent><w:comment|<w:comment[^>]*\/><w:sdtContent>|<w:comment[^>]*\/><\/w:sdt>/);
  });
});

describe('pandoc --track-changes=all reads every comment around exactly the flagged text', () => {
  const names = [
    'pandoc/mental-health-crisis.docx',
    'pandoc/weak-community-diabetes.docx',
    'libreoffice/mental-health-crisis.docx',
    'libreoffice/sexual-health.docx',
    'table-layout/falls-prevention-table-layout.docx',
    'variant/existing-comments.docx',
    'variant/tracked-change.docx',
  ];
  for (const name of names) {
    it(name, () => {
      const c = cases.get(name)!;
      const texts = loaderView(c.original).texts;
      const seen = new Map(pandocComments(c.out).comments.map((p) => [p.id, p]));
      expect(c.annotated.comments.length).toBeGreaterThan(0);
      for (const placed of c.annotated.comments) {
        const p = seen.get(String(placed.id));
        expect(p, `comment ${placed.id} on "${textBetween(texts, placed.from, placed.to)}"`).toBeDefined();
        expect(p!.author).toBe('speclint');
        expect(normalise(p!.anchored)).toBe(normalise(textBetween(texts, placed.from, placed.to)));
        expect(normalise(p!.body)).toMatch(/^(Must|Should) fix: /);
        expect(countWords(p!.body)).toBeLessThanOrEqual(MAX_COMMENT_WORDS);
      }
    });
  }

  it('in a table cell too', () => {
    const c = cases.get('table-layout/falls-prevention-table-layout.docx')!;
    const { cells, texts } = loaderView(c.original);
    const inCells = c.annotated.comments.filter((p) => p.placement === 'exact' && cells[p.from.paragraph - 1]);
    expect(inCells.length).toBeGreaterThan(0);
    const seen = new Map(pandocComments(c.out).comments.map((p) => [p.id, p]));
    for (const placed of inCells) {
      const p = seen.get(String(placed.id))!;
      expect(p.inTable).toBe(true);
      expect(normalise(p.anchored)).toBe(normalise(textBetween(texts, placed.from, placed.to)));
    }
  });
});

describe('whole-document comments go on the section they concern', () => {
  it('a missing ethnicity recording duty on the quality requirements heading, missing language access on the service description, a missing section on the title', () => {
    for (const name of ['pandoc/mental-health-crisis.docx', 'table-layout/falls-prevention-table-layout.docx']) {
      const c = cases.get(name)!;
      const seen = new Map(pandocComments(c.out).comments.map((p) => [p.id, p]));
      const on = (ruleId: string): string[] =>
        c.annotated.comments.filter((p) => p.message.ruleId === ruleId && p.message.documentLevel).map((p) => normalise(seen.get(String(p.id))!.anchored));
      const title = normalise(loaderView(c.original).texts.find((t) => t.trim() !== '')!);
      if (name.startsWith('pandoc')) {
        expect(on('require-ethnicity-data-recording')).toEqual(['5. Applicable quality requirements and CQUIN goals']);
        expect(on('require-language-access')).toEqual(['3.2 Service description']);
        // Nothing left on the title: whole-document findings with a section of their own are not piled there.
        expect(c.annotated.comments.filter((p) => normalise(seen.get(String(p.id))!.anchored) === title)).toEqual([]);
      } else {
        // A draft laid out as one table has no quality requirements heading: the title it is.
        expect(on('require-core-sections')).toEqual([title]);
      }
    }
  });
});

describe('what was in the draft survives', () => {
  it('existing comments keep their text, ids and ranges, and the new ids do not collide', async () => {
    const c = cases.get('variant/existing-comments.docx')!;
    const before = wordComments(c.original);
    const after = wordComments(c.annotated.bytes);
    for (const [id, comment] of before) expect(after.get(id)?.xml).toBe(comment.xml);
    const newIds = c.annotated.comments.map((p) => p.id);
    expect(newIds.every((id) => id > 8)).toBe(true);
    expect(after.size).toBe(before.size + newIds.length);
    const ranges = loaderView(c.annotated.bytes).ranges;
    const original = loaderView(c.original).ranges;
    for (const id of ['7', '8']) expect(ranges.get(id)).toEqual(original.get(id));
    // The colleague's speclint-disable comment still silences its rule.
    const seen = pandocComments(c.out).comments;
    expect(seen.filter((p) => p.author !== 'speclint').map((p) => p.author).sort()).toEqual(['Colleague', 'Equality lead']);
  });

  it('a tracked deletion and insertion survive, and a finding inside the insertion is marked there', () => {
    const c = cases.get('variant/tracked-change.docx')!;
    const xml = part(c.annotated.bytes, 'word/document.xml')!;
    expect(xml).toContain('<w:del w:id="90" w:author="Reviewer" w:date="2026-02-01T10:00:00Z"><w:r><w:delText xml:space="preserve">The service will ensure equitable provision for all. </w:delText></w:r></w:del>');
    expect(xml).toContain('<w:ins w:id="91" w:author="Reviewer" w:date="2026-02-01T10:00:00Z">');
    const texts = loaderView(c.original).texts;
    const inserted = c.annotated.comments.find((p) => textBetween(texts, p.from, p.to) === 'The service will be accessible to everyone.');
    expect(inserted?.placement).toBe('exact');
    const before = pandocComments(c.file);
    const after = pandocComments(c.out);
    expect(before.deletions).toBe(1);
    expect(after.deletions).toBe(1);
    // The insertion is cut in two around the range end, as Word itself writes it.
    expect(after.insertions).toBe(before.insertions + 1);
  });

  it('a text box keeps both its copies, and its finding is marked in the one Word shows', () => {
    const c = cases.get('variant/text-box.docx')!;
    const xml = part(c.annotated.bytes, 'word/document.xml')!;
    expect(xml.match(/<w:txbxContent>/g)).toHaveLength(2);
    expect(xml).toContain('<mc:Fallback>');
    const { texts } = loaderView(c.original);
    const boxed = c.annotated.comments.find((p) => textBetween(texts, p.from, p.to) === 'The service will be accessible to everyone.');
    expect(boxed?.placement).toBe('exact');
    const choice = xml.slice(xml.indexOf('<mc:Choice'), xml.indexOf('</mc:Choice>'));
    expect(choice).toContain(`<w:commentRangeStart w:id="${boxed!.id}"/>`);
    expect(choice).toContain(`<w:commentReference w:id="${boxed!.id}"/>`);
  });

  it('styles, numbering and the other parts are untouched (checked byte for byte above); split runs keep their formatting', () => {
    const c = cases.get('variant/tracked-change.docx')!;
    const xml = part(c.annotated.bytes, 'word/document.xml')!;
    // The inserted sentence was bold; both halves of its run still are.
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">The service will be accessible to everyone.<\/w:t><\/w:r>/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Reviewer" w:date="2026-02-01T10:00:00Z"><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve"> <\/w:t><\/w:r><\/w:ins>/);
  });
});

describe('LibreOffice headless opens the result', () => {
  it('converts annotated copies to PDF without error, and keeps every comment', () => {
    const names = ['pandoc/mental-health-crisis.docx', 'libreoffice/mental-health-crisis.docx', 'table-layout/falls-prevention-table-layout.docx', 'variant/existing-comments.docx', 'variant/tracked-change.docx', 'variant/text-box.docx', 'variant/crafted.docx'];
    const files = names.map((n) => cases.get(n)!.out);
    const pdfDir = join(work, 'pdf');
    mkdirSync(pdfDir, { recursive: true });
    for (const pdf of soffice(files, 'pdf', pdfDir)) {
      expect(existsSync(pdf), pdf).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.length).toBeGreaterThan(1000);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    }
    // Flat ODF shows what LibreOffice made of the comments: one annotation each, existing ones included.
    const fodts = soffice(files, 'fodt', pdfDir);
    names.forEach((name, i) => {
      const c = cases.get(name)!;
      const fodt = readFileSync(fodts[i]!, 'utf8');
      const expected = wordComments(c.annotated.bytes).size;
      expect(fodt.match(/<office:annotation[ >]/g)?.length ?? 0, name).toBe(expected);
      expect(fodt.match(/<dc:creator>speclint<\/dc:creator>/g)?.length ?? 0, name).toBe(c.annotated.comments.length);
    });
  }, 300_000);
});

describe('writeAnnotatedCopies', () => {
  it('writes <name>.reviewed.docx for Word files, refuses Markdown with a sentence, and never touches an input', async () => {
    const dir = tempTree({
      'drafts/crisis.docx': readFileSync(join(docx, 'pandoc', 'mental-health-crisis.docx')),
      'drafts/notes.md': '# Notes\n\nThe service will be accessible to everyone.\n',
    });
    const inputs = [join(dir, 'drafts', 'crisis.docx'), join(dir, 'drafts', 'notes.md')];
    const hashes = inputs.map((f) => sha(readFileSync(f)));
    const results = await Promise.all(inputs.map((f) => linter.lintFile(f)));
    const outcomes = await writeAnnotatedCopies(results, 'reviewed/new', { ...options, cwd: dir });
    expect(outcomes[0]).toMatchObject({ status: 'written', outputPath: join(dir, 'reviewed', 'new', 'crisis.reviewed.docx'), comments: wanted(results[0]!.messages).length, fallbacks: 0, replaced: false });
    expect(outcomes[1]).toEqual({ filePath: inputs[1], status: 'refused', reason: 'Annotating works on Word files; drafts/notes.md is Markdown: its findings are in the report.' });
    expect(describeOutcome(outcomes[0]!, dir)).toBe(`Wrote reviewed/new/crisis.reviewed.docx (${wanted(results[0]!.messages).length} comments).`);
    expect(inputs.map((f) => sha(readFileSync(f)))).toEqual(hashes);
    expect(readdirSync(join(dir, 'reviewed', 'new'))).toEqual(['crisis.reviewed.docx']);
    const written = readFileSync(join(dir, 'reviewed', 'new', 'crisis.reviewed.docx'));
    expect(wordComments(written).size).toBe(wanted(results[0]!.messages).length);
  });

  it('annotating a copy annotated before adds no finding twice, and says how many were already there', async () => {
    const dir = tempTree({ 'crisis.docx': readFileSync(join(docx, 'libreoffice', 'mental-health-crisis.docx')) });
    const first = await writeAnnotatedCopies([await linter.lintFile(join(dir, 'crisis.docx'))], join(dir, 'one'), options);
    const reviewed = join(dir, 'one', 'crisis.reviewed.docx');
    const count = wordComments(readFileSync(reviewed)).size;
    expect(first[0]).toMatchObject({ status: 'written', comments: count, alreadyThere: 0 });
    const again = await writeAnnotatedCopies([await linter.lintFile(reviewed)], join(dir, 'two'), options);
    expect(again[0]).toMatchObject({ status: 'written', comments: 0, alreadyThere: count });
    expect(wordComments(readFileSync(join(dir, 'two', 'crisis.reviewed.reviewed.docx'))).size).toBe(count);
    expect(describeOutcome(again[0]!, dir)).toBe(`Wrote two/crisis.reviewed.reviewed.docx (0 comments; ${count} already there from an earlier check, not added again).`);
  });

  it('says when findings could not be added because the document has no text', async () => {
    const empty = variant(join(docx, 'pandoc', 'mental-health-crisis.docx'), { 'word/document.xml': (xml) => xml.replace(/<w:body>[\s\S]*<\/w:body>/, '<w:body><w:p/></w:body>') });
    const dir = tempTree({ 'empty.docx': empty });
    const result = await linter.lintFile(join(dir, 'empty.docx'));
    const found = wanted(result.messages).length;
    expect(found).toBeGreaterThan(0);
    const outcomes = await writeAnnotatedCopies([result], join(dir, 'out'), options);
    expect(outcomes[0]).toMatchObject({ status: 'written', comments: 0, unplaced: found });
    expect(describeOutcome(outcomes[0]!, dir)).toBe(`Wrote out/empty.reviewed.docx (0 comments; ${found} findings not added: the document has no text to put them on).`);
  });

  it('replaces an existing copy atomically: a new file renamed into place, no temporary file left', async () => {
    const dir = tempTree({ 'crisis.docx': readFileSync(join(docx, 'libreoffice', 'mental-health-crisis.docx')), 'out/crisis.reviewed.docx': 'an old copy' });
    const target = join(dir, 'out', 'crisis.reviewed.docx');
    const oldInode = statSync(target).ino;
    const input = join(dir, 'crisis.docx');
    const hash = sha(readFileSync(input));
    const outcomes = await writeAnnotatedCopies([await linter.lintFile(input)], join(dir, 'out'), options);
    expect(outcomes[0]).toMatchObject({ status: 'written', replaced: true });
    expect(statSync(target).ino).not.toBe(oldInode);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(loaderView(readFileSync(target)).texts).toEqual(loaderView(readFileSync(input)).texts);
    expect(readdirSync(join(dir, 'out'))).toEqual(['crisis.reviewed.docx']);
    expect(sha(readFileSync(input))).toBe(hash);
  });

  it('refuses an output that would be an input, a second file with the same name, and a file that could not be read', async () => {
    const word = readFileSync(join(docx, 'pandoc', 'sexual-health.docx'));
    const dir = tempTree({ 'a/spec.docx': word, 'a/spec.reviewed.docx': word, 'b/spec.docx': word, 'a/broken.docx': 'not a zip' });
    const hashes = (files: string[]): string[] => files.map((f) => sha(readFileSync(join(dir, f))));
    const lint = (files: string[]): Promise<LintResult[]> => Promise.all(files.map((f) => linter.lintFile(join(dir, f))));
    const before = hashes(['a/spec.docx', 'a/spec.reviewed.docx', 'b/spec.docx']);

    // Into a/: the copy of a/spec.docx would be a/spec.reviewed.docx, itself an input.
    const intoA = await writeAnnotatedCopies(await lint(['a/spec.docx', 'a/spec.reviewed.docx', 'a/broken.docx']), join(dir, 'a'), { ...options, cwd: dir });
    expect(intoA.map((o) => o.status)).toEqual(['refused', 'written', 'refused']);
    expect(intoA[0]!.status === 'refused' && intoA[0]!.reason).toBe(
      'a/spec.docx was not annotated: its copy would replace a/spec.reviewed.docx, which is being checked, and speclint never changes an input. Choose another folder for --annotate.',
    );
    expect(intoA[2]!.status === 'refused' && intoA[2]!.reason).toMatch(/^a\/broken.docx could not be read, so no annotated copy was made: /);
    expect(existsSync(join(dir, 'a', 'spec.reviewed.reviewed.docx'))).toBe(true);

    // Into out/: a/spec.docx and b/spec.docx would share one name.
    const intoOut = await writeAnnotatedCopies(await lint(['a/spec.docx', 'b/spec.docx']), join(dir, 'out'), { ...options, cwd: dir });
    expect(intoOut.map((o) => o.status)).toEqual(['written', 'refused']);
    expect(intoOut[1]!.status === 'refused' && intoOut[1]!.reason).toBe('b/spec.docx was not annotated: a/spec.docx already has its copy at out/spec.reviewed.docx. Annotate files with the same name into different folders.');

    // Into a file: named as one, not as a bare error code.
    const intoFile = await writeAnnotatedCopies(await lint(['b/spec.docx']), join(dir, 'a', 'spec.docx'), { ...options, cwd: dir });
    expect(intoFile[0]).toMatchObject({ status: 'failed', reason: 'b/spec.docx could not be annotated: a/spec.docx is, or is inside, a file, and --annotate needs a folder to write the copies in.' });
    const belowFile = await writeAnnotatedCopies(await lint(['b/spec.docx']), join(dir, 'a', 'spec.docx', 'sub'), { ...options, cwd: dir });
    expect(belowFile[0]).toMatchObject({ status: 'failed', reason: 'b/spec.docx could not be annotated: a/spec.docx/sub is, or is inside, a file, and --annotate needs a folder to write the copies in.' });
    expect(hashes(['a/spec.docx', 'a/spec.reviewed.docx', 'b/spec.docx'])).toEqual(before);
  });

  it('takes the bytes from the caller when given, and says when a file changed after it was checked', async () => {
    const file = join(docx, 'pandoc', 'weak-community-diabetes.docx');
    const result = await linter.lintFile(file);
    const dir = tempTree({});
    const other = readFileSync(join(docx, 'pandoc', 'sexual-health.docx'));
    const outcomes = await writeAnnotatedCopies([result], dir, { ...options, read: new Map([[file, other]]) });
    expect(outcomes[0]).toMatchObject({ status: 'failed' });
    expect(outcomes[0]!.status === 'failed' && outcomes[0]!.reason).toMatch(/has changed since speclint checked it/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('hostile and broken files are refused with a plain sentence, as the loader refuses them', () => {
  const good = readFileSync(join(docx, 'pandoc', 'mental-health-crisis.docx'));
  const finding: LintMessage = { ruleId: 'synthetic', severity: 1, message: 'x', line: 1, column: 1, endLine: 1, endColumn: 5 };
  const refuse = (bytes: Uint8Array): string => {
    try {
      annotateDocx(bytes, [finding], { fileName: 'draft.docx' });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('annotated a file it should have refused');
  };
  const withPart = (name: string, content: string | Uint8Array): Uint8Array => {
    const all = unzipSync(good);
    all[name] = typeof content === 'string' ? strToU8(content) : content;
    return zipSync(all);
  };

  it('not a zip, empty, or an encrypted or legacy file', () => {
    expect(refuse(new Uint8Array(0))).toMatch(/^draft.docx is empty/);
    expect(refuse(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/password-protected, or is an old-format Word file/);
    expect(refuse(strToU8('# Markdown, renamed'))).toMatch(/is not a Word document/);
    expect(refuse(good.subarray(0, good.length >> 1))).toMatch(/damaged or incomplete/);
  });

  it('a DOCTYPE in any part it reads, and a zip bomb in a part the loader never reads', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
    const document = strFromU8(unzipSync(good)['word/document.xml']!);
    expect(refuse(withPart('word/document.xml', document.replace(/^<\?xml[^>]*\?>/, laughs)))).toMatch(/document type declaration/);
    expect(refuse(withPart('word/comments.xml', `${laughs}<w:comments xmlns:w="x">&lol2;</w:comments>`))).toMatch(/document type declaration in word\/comments.xml/);
    expect(refuse(withPart('[Content_Types].xml', `${laughs}<Types/>`))).toMatch(/document type declaration/);
    // 70 MB of zeros in a media part, deflated to a few kilobytes.
    expect(refuse(withPart('word/media/huge.bin', new Uint8Array(70 * 1024 * 1024)))).toMatch(/would expand to more than 64 MB/);
    }, 60_000);

  it('a file changed after it was checked', () => {
    const c = cases.get('pandoc/mental-health-crisis.docx')!;
    const other = readFileSync(join(docx, 'pandoc', 'sexual-health.docx'));
    expect(() => annotateDocx(other, c.result.messages, { fileName: 'draft.docx' })).toThrow(/draft.docx has changed since speclint checked it/);
  });
});
