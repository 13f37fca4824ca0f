/**
 * The SpecDocument: a format-neutral model of a service specification.
 *
 * Loaders (Markdown, Word) produce blocks; `buildDocument` turns them into
 * sections, sentences and tables. Rules only ever see this model, never the
 * source format. Pure: no I/O.
 */
import type { SourceFormat } from './formats.js';
import type { Placeholder } from './placeholders.js';

export type { SourceFormat };

/** 1-based line and column, as every message leaves the engine. */
export interface Position {
  line: number;
  column: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

/**
 * A run of block text that came from one contiguous place in the source.
 * `verbatim` is false when the text differs from the source there (an entity,
 * an escape), so offsets inside it can only be mapped to its start or end.
 */
export interface TextSpan {
  textStart: number;
  length: number;
  sourceStart: number;
  sourceEnd: number;
  verbatim: boolean;
}

export interface TableCellRef {
  table: Table;
  /** 0 is the header row when the table has one. */
  row: number;
  column: number;
  isHeader: boolean;
}

export interface Block {
  /** Position in document order, from 0. */
  index: number;
  kind: BlockKind;
  /**
   * The text as a reader sees it: no markup, single spaces kept as written,
   * and each placeholder ("[Provider name]", "TBC") blanked out with spaces, so
   * that no rule takes an instruction to the author for content.
   */
  text: string;
  /** The text as written, placeholders included: same length as `text`, for quotes. */
  written: string;
  /** The placeholders blanked out of `text`, by offsets into it, in order. */
  placeholders: Placeholder[];
  spans: TextSpan[];
  /** The section this block belongs to; for a heading, the section it opens. */
  section: Section;
  /** Heading level (1 = top), only for headings. */
  level?: number;
  /** How a heading was recognised: a real heading, or a numbered / bold paragraph acting as one. */
  headingSource?: 'heading' | 'numbered-paragraph' | 'bold-paragraph' | 'single-item-list';
  cell?: TableCellRef;
  list?: { ordered: boolean; depth: number };
  /**
   * A list marker the author typed at the paragraph's start ("a) ", "(ii) ", "• "), which the
   * document reads as list numbering and leaves out of `text` and `written`: the paragraph
   * as written is this followed by `written`.
   */
  typedMarker?: string;
  sentences: Sentence[];
}

export interface Sentence {
  block: Block;
  text: string;
  /** Offsets into `block.text`. */
  start: number;
  end: number;
}

export type SectionKind =
  | 'population-needs'
  | 'outcomes'
  | 'quality-requirements'
  | 'scope'
  | 'service-description'
  | 'population-covered'
  | 'standards'
  | 'engagement'
  | 'equality'
  | 'monitoring'
  | 'other';

export const SECTION_KINDS: readonly SectionKind[] = [
  'population-needs',
  'outcomes',
  'quality-requirements',
  'scope',
  'service-description',
  'population-covered',
  'standards',
  'engagement',
  'equality',
  'monitoring',
  'other',
];

export interface Section {
  id: number;
  /** Undefined only for the root, which holds anything before the first heading. */
  heading?: Block;
  /** Heading text as written, e.g. "3.2 Service description". */
  headingText: string;
  /** Heading text without its number, e.g. "Service description". */
  title: string;
  /** The heading's number, e.g. "3.2", when it has one. */
  number?: string;
  level: number;
  /** The kind its own heading names, if any. */
  ownKind?: SectionKind;
  /** Its own kind, or its nearest classified ancestor's, or 'other'. */
  kind: SectionKind;
  parent?: Section;
  children: Section[];
  /** Blocks directly in this section, heading excluded, sub-sections excluded. */
  blocks: Block[];
}

export interface Table {
  index: number;
  section: Section;
  /** Header cell texts; empty when the table has no header row. */
  header: string[];
  /** The row the header texts come from (the last header row the table starts with), when it has one. */
  headerRow?: number;
  /** All rows, header row first when there is one. */
  rows: Block[][];
}

export interface SpecDocument {
  format: SourceFormat;
  /**
   * The text that locations refer to. For Markdown the file itself; for Word,
   * the paragraphs joined by newlines, so that line n is paragraph n.
   */
  source: string;
  blocks: Block[];
  root: Section;
  /** Every section in document order, root first. */
  sections: Section[];
  tables: Table[];
  /** The document's title: its first top-level heading, if any. */
  title?: Block;
  /** Reviewers' comments, in the order the file lists them (Word; none for Markdown). */
  comments: ReviewComment[];
  /** Tracked changes still in the file, in document order (Word; none for Markdown). */
  trackedChanges: TrackedChange[];
  /** Source offset → 1-based line and column. */
  positionAt(offset: number): Position;
}

/** A place in the model's text: an offset into one block's text. */
export interface TextPoint {
  block: Block;
  offset: number;
}

/** A comment a reviewer left on the document (a Word comment). */
export interface ReviewComment {
  id: string;
  author: string;
  date?: string;
  /** The comment's own words, its paragraphs joined by newlines. */
  text: string;
  /** Marked done (resolved) in Word. A thread is resolved when its first comment is. */
  done: boolean;
  /** A speclint directive ("speclint-disable …"), not a remark for the author. */
  directive: boolean;
  /** A finding speclint wrote as a comment (`--annotate`): linting finds it afresh from the text. */
  bySpeclint: boolean;
  /** The comment this one replies to; undefined for the first comment of a thread. */
  parent?: ReviewComment;
  replies: ReviewComment[];
  /**
   * The commented text, from start to end (equal for a comment on a point),
   * when the comment is anchored in text; a reply without a range of its own
   * has its thread's.
   */
  start?: TextPoint;
  end?: TextPoint;
  /** The commented text as written, paragraphs joined by newlines; '' for a comment on a point. */
  quote: string;
}

export type TrackedChangeKind = 'insertion' | 'deletion' | 'move-from' | 'move-to' | 'formatting';

/** A tracked change left in the document. Block text reads as if every change were accepted. */
export interface TrackedChange {
  kind: TrackedChangeKind;
  author?: string;
  date?: string;
  /** The source line of its paragraph (in Word, the paragraph number). */
  line: number;
  /**
   * Its paragraph's block, with `start`/`end` offsets into its text (equal for
   * a deletion). When the paragraph has no text left once accepted (deleted
   * whole), the nearest block after it, or before it, and `inBlock` is false.
   */
  block?: Block;
  start: number;
  end: number;
  inBlock: boolean;
  /** The text inserted, deleted, moved or reformatted. Deleted and moved-away text is only here, never in block text. */
  text: string;
}
