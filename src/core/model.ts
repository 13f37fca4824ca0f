/**
 * The SpecDocument: a format-neutral model of a service specification.
 *
 * Loaders (Markdown, Word) produce blocks; `buildDocument` turns them into
 * sections, sentences and tables. Rules only ever see this model, never the
 * source format. Pure: no I/O.
 */
import type { Placeholder } from './placeholders.js';

/** 1-based line and column, as every message leaves the engine. */
export interface Position {
  line: number;
  column: number;
}

export type SourceFormat = 'markdown' | 'docx' | 'text';

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
  /** Source offset → 1-based line and column. */
  positionAt(offset: number): Position;
}
