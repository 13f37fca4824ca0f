/**
 * Turns a loader's flat list of blocks into the SpecDocument: decides which
 * paragraphs act as headings, builds the section tree, classifies sections,
 * splits sentences and gathers tables. Shared by every input format.
 */
import type { Lexicon } from './lexicon.js';
import type {
  Block,
  BlockKind,
  Position,
  Section,
  SectionKind,
  SourceFormat,
  SpecDocument,
  Table,
  TextSpan,
} from './model.js';
import { splitSentences } from './sentences.js';
import { resolveReview, type RawReview } from './review.js';
import { blankPlaceholders, findPlaceholders, type PlaceholderLexicons } from './placeholders.js';
import { readTypedLists } from './typed-lists.js';
import { kindsNamed } from './section-kinds.js';

/** What a loader knows about one block of text. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  spans: TextSpan[];
  /** For real headings (Markdown #, Word Heading styles and outline levels). */
  level?: number;
  /** The whole paragraph is bold: it may be a heading in disguise. */
  boldOnly?: boolean;
  /** A list of one short item, e.g. Markdown reading "2. Outcomes" as a list. */
  singleItemListStart?: number;
  /** The number Word shows before the paragraph from its list numbering ("3.2"), not part of its text. */
  label?: string;
  /** A list marker typed at the paragraph's start ("a) ", "• "), taken out of its text (typed-lists.ts). */
  typedMarker?: string;
  list?: { ordered: boolean; depth: number };
  cell?: {
    table: number;
    row: number;
    column: number;
    isHeader: boolean;
    /** A cell merged down over the rows below it (Word's vMerge): the last row it covers. */
    lastRow?: number;
    /** A cell merged across columns (Word's gridSpan): how many it covers. */
    span?: number;
  };
}

export interface RawDocument {
  format: SourceFormat;
  source: string;
  blocks: RawBlock[];
  /** Comments and tracked changes (Word), by source offsets. */
  review?: RawReview;
}

const NUMBERED_HEADING = /^((?:\d{1,2}\.)*\d{1,2})\.?\s+(\S.*)$/su;
const MAX_PSEUDO_HEADING_CHARS = 90;
const MAX_PSEUDO_HEADING_WORDS = 12;
const MAX_COLON_HEADING_WORDS = 5;
/** Lines a template may put above the title: an appendix or schedule label, a protective marking. */
const MAX_LABELS_ABOVE_TITLE = 3;
const MAX_LABEL_WORDS = 6;

/** Splits "3.2 Service description" into its number and title. */
export function splitHeadingNumber(text: string): { number?: string; title: string } {
  const m = NUMBERED_HEADING.exec(text);
  return m ? { number: m[1], title: m[2]!.trim() } : { title: text };
}

/** Short, starts with a capital, and does not read as a sentence. */
function looksLikeHeadingText(text: string): boolean {
  if (text.length === 0 || text.length > MAX_PSEUDO_HEADING_CHARS) return false;
  if (/[.;,]$/.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (words > MAX_PSEUDO_HEADING_WORDS) return false;
  // "1.1.4 Provision of equitable access for all patients covering:" introduces a list; "Outcomes:" may title one.
  if (text.endsWith(':') && words > MAX_COLON_HEADING_WORDS) return false;
  return /^[\p{Lu}\p{N}]/u.test(text);
}

interface HeadingGuess {
  source: NonNullable<Block['headingSource']>;
  /** Absolute level when known (real headings), else undefined. */
  level?: number;
  number?: string;
  title: string;
}

const labelNumber = (label: string): string | undefined => /^((?:\d{1,2}\.)*\d{1,2})[.)]?$/.exec(label.trim())?.[1];

function guessHeading(raw: RawBlock, headings: Lexicon): HeadingGuess | undefined {
  const text = raw.text.trim();
  const numbered = raw.label !== undefined ? labelNumber(raw.label) : undefined;
  if (raw.kind === 'heading') {
    return numbered ? { source: 'heading', level: raw.level ?? 1, number: numbered, title: text } : { source: 'heading', level: raw.level ?? 1, ...splitHeadingNumber(text) };
  }
  if (raw.singleItemListStart !== undefined && looksLikeHeadingText(text)) {
    return { source: 'single-item-list', number: String(raw.singleItemListStart), title: text };
  }
  // A bold, auto-numbered Word paragraph reading "Outcomes" with the label "2.".
  if (raw.kind === 'list-item' && numbered && raw.boldOnly && looksLikeHeadingText(text)) {
    return { source: 'numbered-paragraph', number: numbered, title: text };
  }
  // Templates laid out as a table put section titles in cells: a bold cell that
  // names a section ("Population Needs", "3.2 Service description").
  if (raw.kind === 'table-cell' && raw.cell && !raw.cell.isHeader && raw.boldOnly && looksLikeHeadingText(text)) {
    const { number, title } = splitHeadingNumber(text);
    if (number !== undefined || classify(title, headings)) return { source: 'bold-paragraph', number, title };
    return undefined;
  }
  if (raw.kind !== 'paragraph') return undefined;
  const { number, title } = splitHeadingNumber(text);
  if (raw.boldOnly && looksLikeHeadingText(text)) return { source: 'bold-paragraph', number, title };
  // A plain paragraph reading "3.3 Population covered": the number must have a
  // dot in it ("3.3") or be followed by a title-like text, never a sentence.
  if (number !== undefined && number.includes('.') && looksLikeHeadingText(text)) {
    return { source: 'numbered-paragraph', number, title };
  }
  return undefined;
}

const numberDepth = (n: string): number => n.split('.').length;

/** Words a column name has at most ("Reporting frequency", "Target 2027/28"). */
const MAX_COLUMN_NAME_WORDS = 6;

/**
 * Table rows of bold column names ("Indicator | Target | Frequency" in bold) in a table that marks
 * no header row in Word: the first row, or the first two (a title row above the names), when
 * every cell is bold and short, none a sentence, a bare number or a numbered title ("1" |
 * "Population Needs" is a template laid out as a table), and rows follow them. Keys are
 * "table:row" of the raw blocks.
 */
function columnNameRows(blocks: RawBlock[]): Set<string> {
  const rows = new Map<string, { columns: Set<number>; names: boolean }>();
  /** Tables with a marked header row (their authors said which rows are names), and how many rows each has. */
  const marked = new Set<number>();
  const rowCount = new Map<number, number>();
  for (const rb of blocks) {
    if (!rb.cell) continue;
    if (rb.cell.isHeader) marked.add(rb.cell.table);
    rowCount.set(rb.cell.table, Math.max(rowCount.get(rb.cell.table) ?? 0, (rb.cell.lastRow ?? rb.cell.row) + 1));
    const text = rb.text.trim();
    if (text === '' || rb.cell.row > 1) continue;
    const key = `${rb.cell.table}:${rb.cell.row}`;
    const row = rows.get(key) ?? { columns: new Set<number>(), names: true };
    row.columns.add(rb.cell.column);
    row.names &&=
      rb.boldOnly === true &&
      text.split(/\s+/u).length <= MAX_COLUMN_NAME_WORDS &&
      !/[.;:!?]$/u.test(text) &&
      !/^[\d.]+$/u.test(text) &&
      splitHeadingNumber(text).number === undefined;
    rows.set(key, row);
  }
  const names = (table: number, row: number): boolean => {
    const found = rows.get(`${table}:${row}`);
    return found !== undefined && found.names && found.columns.size >= 2;
  };
  const out = new Set<string>();
  for (const [table, count] of rowCount) {
    if (marked.has(table) || !names(table, 0) || count < 2) continue;
    out.add(`${table}:0`);
    if (names(table, 1) && count > 2) out.add(`${table}:1`);
  }
  return out;
}

/**
 * The column names, from the header rows the table starts with: each column's names from the top
 * down, a name over several columns (Word's gridSpan) in each of them and one merged down said once
 * ("Target" above "2027/28" and "2028/29" names "Target 2027/28" and "Target 2028/29"). Every column
 * has a name, '' when none.
 */
function setHeader(table: Table, spans: ReadonlyMap<Block, number>): void {
  let last = -1;
  while (last + 1 < table.rows.length && table.rows[last + 1]!.length > 0 && table.rows[last + 1]!.every((c) => c.cell!.isHeader)) last++;
  if (last < 0) return;
  // A loop, not Math.max(...cells): a table may have more cells than a call takes arguments.
  let columns = 0;
  for (const row of table.rows) for (const c of row) columns = Math.max(columns, c.cell!.column + (spans.get(c) ?? 1));
  const names: Block[][] = Array.from({ length: columns }, () => []);
  for (let row = 0; row <= last; row++) {
    for (const cell of table.rows[row]!) {
      const from = cell.cell!.column;
      for (let column = from; column < from + (spans.get(cell) ?? 1); column++) if (!names[column]!.includes(cell)) names[column]!.push(cell);
    }
  }
  table.header = names.map((cells) => cells.map((c) => c.text.trim()).filter((t) => t !== '').join(' '));
  table.headerRow = last;
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function makePositionAt(source: string): (offset: number) => Position {
  const starts = lineStarts(source);
  return (offset: number): Position => {
    const o = Math.max(0, Math.min(offset, source.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1 };
  };
}

/**
 * The kind a heading names: that of its longest phrase. A heading whose longest phrase
 * names something else (`other`) has no kind of its own inside a section of a kind, and
 * takes its parent's; at the top level, its next-longest phrase decides ("NHS Outcomes
 * Framework indicators" is outcomes).
 */
function classify(title: string, headings: Lexicon, parentKind: SectionKind = 'other'): SectionKind | undefined {
  const named = kindsNamed(title, headings);
  if (named[0]?.kind !== 'other') return named[0]?.kind;
  return parentKind !== 'other' ? undefined : named.find((k) => k.kind !== 'other')?.kind;
}

/** Words that join the phrases of a section's name ("Population needs and evidence base"). */
const JOINING_WORDS = new Set(['and', 'the', 'of', 'for', 'to', 'in', 'a', 'an']);

/**
 * Whether a heading is nothing but section names (and its number): every word it has beyond
 * joining words is inside a section-headings phrase of some kind ("1. Population needs",
 * "Population needs and evidence base"), none left over ("Health Inequalities Project Fund").
 */
function isWhollySectionName(title: string, headings: Lexicon): boolean {
  const text = splitHeadingNumber(title.trim()).title;
  const phrases = headings.find(text).filter((m) => m.tag && m.tag !== 'other');
  if (phrases.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const m of [...phrases].sort((a, b) => a.start - b.start)) {
    if (m.start > at) rest += ` ${text.slice(at, m.start)}`;
    at = Math.max(at, m.end);
  }
  rest += ` ${text.slice(at)}`;
  return (rest.toLowerCase().match(/\p{L}+/gu) ?? []).every((word) => JOINING_WORDS.has(word));
}

/** Takes the kind a title's words gave it away from it and from the sections that inherited it. */
function untitle(title: Section): void {
  title.ownKind = undefined;
  const inherit = (section: Section, parentKind: SectionKind): void => {
    section.kind = section.ownKind ?? parentKind;
    for (const child of section.children) inherit(child, section.kind);
  };
  inherit(title, 'other');
}

export interface BuildOptions {
  /** Heading synonyms, each term tagged with the section kind it names. */
  sectionHeadings: Lexicon;
  /** How placeholders are recognised; without it none are. */
  placeholders?: PlaceholderLexicons;
}

export function buildDocument(raw: RawDocument, options: BuildOptions): SpecDocument {
  let nextSectionId = 0;
  const root: Section = {
    id: nextSectionId++,
    headingText: '',
    title: '',
    level: 0,
    kind: 'other',
    children: [],
    blocks: [],
  };
  const sections: Section[] = [root];
  const blocks: Block[] = [];
  const tables: Table[] = [];
  const tableByRawIndex = new Map<number, Table>();

  // Real headings with a number tell us how numbering maps to levels
  // ("## 2. Outcomes": number depth 1 is level 2); a title level 1 is assumed otherwise.
  let levelOffset = 1;
  for (const rb of raw.blocks) {
    if (rb.kind !== 'heading') continue;
    const { number } = splitHeadingNumber(rb.text.trim());
    if (number) {
      levelOffset = Math.max(0, (rb.level ?? 1) - numberDepth(number));
      break;
    }
  }

  let current = root;
  let previousHeading: Block | undefined;
  let firstSection: Section | undefined;
  const columnNames = columnNameRows(raw.blocks);
  /** Cells merged across columns, and how many each covers (for the column names). */
  const spans = new Map<Block, number>();

  for (const rb of readTypedLists(raw.blocks)) {
    if (rb.text.trim() === '') continue;
    // A row of bold column names is a header row, marked or not: its cells are not section titles.
    if (rb.cell && !rb.cell.isHeader && columnNames.has(`${rb.cell.table}:${rb.cell.row}`)) rb.cell = { ...rb.cell, isHeader: true };
    const guess = guessHeading(rb, options.sectionHeadings);
    const placeholders = options.placeholders ? findPlaceholders(rb.text, options.placeholders) : [];
    const text = blankPlaceholders(rb.text, placeholders);
    const block: Block = {
      index: blocks.length,
      kind: guess ? 'heading' : rb.kind,
      text,
      written: rb.text,
      placeholders,
      spans: rb.spans,
      section: current,
      sentences: [],
    };
    if (rb.list) block.list = rb.list;
    if (rb.typedMarker !== undefined) block.typedMarker = rb.typedMarker;

    if (guess) {
      let level: number;
      if (guess.level !== undefined) level = guess.level;
      else if (guess.number !== undefined) level = numberDepth(guess.number) + levelOffset;
      // A run of unnumbered bold headings are siblings; an unnumbered one straight after a numbered one
      // ("1. Population Needs" then "Diabetes in the borough") is its first sub-heading.
      else if (previousHeading?.headingSource === 'bold-paragraph' && previousHeading.section === current && current.number === undefined)
        level = current.level;
      else level = current.level + 1;
      level = Math.max(1, level);
      block.level = level;
      block.headingSource = guess.source;

      while (current.level >= level && current.parent) current = current.parent;
      // Under the first heading (usually the title, "Falls Prevention Pathway"), a heading is as good as
      // top level: the title's words do not make its sections part of one kind.
      const ownKind = classify(guess.title, options.sectionHeadings, current === firstSection ? 'other' : current.kind);
      const section: Section = {
        id: nextSectionId++,
        heading: block,
        // A list marker or Word numbering holds the number outside the text: put it back. Whitespace is
        // collapsed as in quotes: Word authors type a tab after the number ("1.<tab>Population Needs").
        headingText: (guess.source === 'single-item-list'
          ? `${guess.number}. ${guess.title}`
          : rb.label !== undefined && rb.kind !== 'table-cell'
            ? `${rb.label} ${rb.text.trim()}`
            : rb.text.trim()
        ).replace(/\s+/g, ' '),
        title: guess.title,
        number: guess.number,
        level,
        ownKind,
        kind: ownKind ?? (current.kind !== 'other' ? current.kind : 'other'),
        parent: current,
        children: [],
        blocks: [],
      };
      current.children.push(section);
      sections.push(section);
      firstSection ??= section;
      current = section;
      block.section = section;
      previousHeading = block;
    } else {
      current.blocks.push(block);
      // Each placeholder stands as one word: a full stop inside "[Insert figures. Add a
      // source.]" ends no sentence, and a placeholder standing for a sentence opens one.
      for (const s of splitSentences(placeholders.length > 0 ? blankPlaceholders(rb.text, placeholders, 'X') : text)) {
        block.sentences.push({ block, text: text.slice(s.start, s.end), start: s.start, end: s.end });
      }
    }

    if (rb.cell) {
      let table = tableByRawIndex.get(rb.cell.table);
      if (!table) {
        table = { index: tables.length, section: current, header: [], rows: [] };
        tableByRawIndex.set(rb.cell.table, table);
        tables.push(table);
      }
      // A heading inside a cell (a template laid out as a table) stays a heading,
      // but the cell still belongs to its table.
      block.cell = { table, row: rb.cell.row, column: rb.cell.column, isHeader: rb.cell.isHeader };
      if ((rb.cell.span ?? 1) > 1) spans.set(block, rb.cell.span!);
      // A cell merged down over the rows below it (Word's vMerge) is in each of them: "Quarterly",
      // written once for two indicators, is the frequency of both.
      const lastRow = Math.max(rb.cell.row, rb.cell.lastRow ?? rb.cell.row);
      while (table.rows.length <= lastRow) table.rows.push([]);
      for (let row = rb.cell.row; row <= lastRow; row++) table.rows[row]!.push(block);
    }
    blocks.push(block);
  }

  for (const table of tables) {
    // A merged cell joins later rows before their own cells are read: each row reads left to right.
    for (const row of table.rows) if (row.some((c, i) => i > 0 && c.cell!.column < row[i - 1]!.cell!.column)) row.sort((a, b) => a.cell!.column - b.cell!.column || a.index - b.index);
    setHeader(table, spans);
  }

  const positionAt = makePositionAt(raw.source);
  // The title: the first block, a heading with no number. Below a label or two ("Appendix A",
  // "Schedule 2 Part A", "OFFICIAL") it may still be the title, unless it names a section
  // ("Population needs" below "OFFICIAL" is the first section, not the title).
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const above = firstHeading ? blocks.slice(0, firstHeading.index) : [];
  const labelled =
    above.length <= MAX_LABELS_ABOVE_TITLE &&
    above.every((b) => b.kind === 'paragraph' && !b.cell && b.text.trim().split(/\s+/).length <= MAX_LABEL_WORDS) &&
    firstHeading?.section.ownKind === undefined;
  // A first heading that is a section's name ("# Population needs" beside "# Outcomes") is that section, not
  // the title, unless every other heading stands below it ("Services for the sexual health needs of people
  // in Wales" over its sections).
  const onlyAtItsLevel = firstHeading !== undefined && sections.every((s) => s === root || s === firstHeading.section || s.level > firstHeading.section.level);
  // ...a heading that is a section's name ("Population needs"), not one that holds a kind's word ("Outcomes-based Diabetes Service").
  const namesSection = (section: Section): boolean => {
    const longest = section.ownKind === undefined ? undefined : kindsNamed(section.title, options.sectionHeadings)[0];
    return longest !== undefined && longest.length * 2 >= section.title.trim().length;
  };
  let title =
    firstHeading &&
    !splitHeadingNumber(firstHeading.text.trim()).number &&
    (above.length === 0 || labelled) &&
    (!namesSection(firstHeading.section) || onlyAtItsLevel)
      ? firstHeading
      : undefined;
  // The title names the document. Its words say what the whole document is ("Diet and Nutrition JSNA",
  // "Patient Participation Group") unless headings below it name sections of other kinds: a document
  // with sections of its own is a specification, and a phrase its title happens to hold ("... for the
  // sexual health needs of people living in Wales") makes neither the title nor the sections under it
  // that kind.
  // A first heading that is wholly a section's name ("# Population needs" over "## Outcomes" and "## Scope",
  // headings a level too deep) is that section, not the title; one with words of its own beside the name
  // ("Health Inequalities Project Fund") names the document.
  const titleKind = title?.section.ownKind;
  if (title && titleKind && sections.some((s) => s.ownKind !== undefined && s.ownKind !== titleKind)) {
    if (isWhollySectionName(title.section.title, options.sectionHeadings)) title = undefined;
    else untitle(title.section);
  }

  return {
    format: raw.format,
    source: raw.source,
    blocks,
    root,
    sections,
    tables,
    title,
    ...resolveReview(raw.review, blocks, positionAt),
    positionAt,
  };
}
