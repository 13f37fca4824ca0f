/**
 * What counts as an outcome indicator: rows of indicator tables, and measures
 * written as prose or list items in outcomes and quality sections. Shared by the
 * rules that judge indicators (not a rule itself).
 */
import type { Block, Section, SpecDocument, Table } from '../../src/core/model.js';
import { coversWholly, type Lexicon, type Lexicons } from '../../src/core/lexicon.js';
import { quoteOf } from '../../src/core/locate.js';
import { affirms } from '../../src/core/negation.js';
import { leadInFinder } from './lead-ins.js';

/** The lexicons these helpers read. */
export const INDICATOR_LEXICONS = ['breakdown-headers', 'indicator-headers', 'indicator-lead-ins', 'indicator-target-headers', 'indicator-words', 'measures', 'specification-details'] as const;

/**
 * Whether a text reports by ethnic group: it names a breakdown ("by ethnic
 * group") or a group, and does not deny it. Reads the lexicons "breakdowns" and
 * "groups" (the rule declares them).
 */
export function reportsByEthnicGroup(lexicons: Lexicons): (text: string) => boolean {
  const breakdowns = lexicons.get('breakdowns');
  const groups = lexicons.get('groups');
  return (text) => affirms(breakdowns, text) || affirms(groups, text);
}

export const OUTCOME_KINDS = new Set(['outcomes', 'quality-requirements']);

export interface Indicator {
  /** Short name for messages: the first cell of a row, or the sentence. */
  name: string;
  text: string;
  /** The part of the indicator that holds its target, when known (a table's target column). */
  target: string;
  section: Section;
  /** Where it is written: a table row's cells, or the block of a sentence. */
  cells?: Block[];
  block?: Block;
  /** A table row's own cell that names it, where findings about the row go (not a cell merged down from a row above). */
  anchor?: Block;
}

export const isOutcomeSection = (s: Section): boolean => OUTCOME_KINDS.has(s.kind);

/** A sentence ending in a colon introduces the indicators that follow; it is not one. */
const introducesList = (text: string): boolean => text.trimEnd().endsWith(':');

/** A web address is where a document is, not what is measured ("https://.../121109-nhs-outcomes-framework-2013-14.pdf"). */
const withoutAddresses = (text: string): string => text.replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ');

/** A group of rows is titled in a word or two ("Access", "Patient experience"); an indicator's name is longer. */
const isGroupTitle = (text: string): boolean => text.trim().split(/\s+/).length <= 2;

/** A column name is a few words ("Target", "Reporting frequency"), not a sentence. */
const isColumnName = (text: string): boolean => text.trim().split(/\s+/).length <= 4;

function rowIndicator(table: Table, row: Block[], rowIndex: number, headers: Lexicon, targetHeaders: Lexicon, breakdownHeaders: Lexicon): Indicator | undefined {
  const cells = row.filter((c) => c.kind !== 'heading');
  if (cells.length === 0) return undefined;
  const targetColumns = table.header.map((h, i) => (targetHeaders.test(h ?? '') ? i : -1)).filter((i) => i >= 0);
  const target = cells.filter((c) => targetColumns.includes(c.cell!.column)).map((c) => c.text);
  // Named by its own cell under an indicator column ("Indicator", "KPI"), else its own first cell with
  // words in it: a row number or reference column ("1", "2.3") names nothing, and a cell merged down
  // from a row above (a domain over several) names them all.
  const own = cells.filter((c) => c.cell!.row === rowIndex);
  const words = (c: Block): boolean => /\p{L}{2}/u.test(c.text);
  const underIndicator = (c: Block): boolean => words(c) && !targetHeaders.test(table.header[c.cell!.column] ?? '') && headers.test(table.header[c.cell!.column] ?? '');
  const named = own.find(underIndicator) ?? own.find(words) ?? cells.find(words) ?? own[0] ?? cells[0]!;
  return {
    name: quoteOf(named.text),
    anchor: named,
    // A cell under a breakdown column ("Reported by" | "Ethnic group, age and sex") says what the indicator is broken down by.
    text: cells.map((c) => (breakdownHeaders.test(table.header[c.cell!.column] ?? '') && !/^\s*by\b/iu.test(c.text) ? `by ${c.text}` : c.text)).join(' | '),
    target: target.length > 0 ? target.join(' ') : cells.slice(1).map((c) => c.text).join(' '),
    // The row's own section: in a template laid out as one big table, rows
    // fall under different section titles of the same table.
    section: cells[0]!.section,
    cells,
  };
}

/** A cell that is one of the lexicon's labels and nothing more ("Commissioner Lead", "Period:"). */
const isLabel = (labels: Lexicon, text: string): boolean => coversWholly(labels, text.trim().replace(/[\s:.]+$/u, ''));

/**
 * A specification's details table (service, leads, period, review date as
 * label | value rows) lists no indicators, whatever words the service's name
 * holds: two or more of its first column's cells, header row included, are
 * details labels.
 */
export function isDetailsTable(table: Table, labels: Lexicon): boolean {
  let found = 0;
  for (const row of table.rows) {
    const first = row.find((c) => c.cell!.column === 0);
    if (first && isLabel(labels, first.text) && ++found >= 2) return true;
  }
  return false;
}

/** Everything in the document that reads as an outcome indicator. */
export function findIndicators(doc: SpecDocument, lexicons: Lexicons): Indicator[] {
  const measures = lexicons.get('measures');
  // A table whose header says it lists indicators counts wherever it is.
  const headers = lexicons.get('indicator-headers');
  const targetHeaders = lexicons.get('indicator-target-headers');
  const words = lexicons.get('indicator-words');
  const details = lexicons.get('specification-details');
  const breakdownHeaders = lexicons.get('breakdown-headers');
  const indicators: Indicator[] = [];
  for (const table of doc.tables) {
    if (isDetailsTable(table, details)) continue;
    // A table counts when its header says it holds indicators; in an outcomes
    // section, a row also counts when it states a measure. A table of NHS
    // Outcomes Framework domains ("Domain 1 | Preventing people from dying
    // prematurely") names no indicator at all.
    const byHeader = table.header.some((h) => headers.test(h ?? ''));
    // Header rows (a title row and the column names, marked or bold) name no indicator.
    for (const [rowIndex, row] of table.rows.entries()) {
      if (row.every((c) => c.cell!.isHeader)) continue;
      const indicator = rowIndicator(table, row, rowIndex, headers, targetHeaders, breakdownHeaders);
      if (!indicator) continue;
      // In a template laid out as one big table, an indicator table's own header row
      // ("Indicator | Target") is a row like any other: it names columns, not an indicator.
      if (indicator.cells!.every((c) => isColumnName(c.text) && (headers.test(c.text) || targetHeaders.test(c.text)))) continue;
      // ...and a row that is one cell of prose is judged as prose is, below.
      const filled = indicator.cells!.filter((c) => c.text.trim() !== '');
      // A row with nothing written but a word or two in its first cell, measuring nothing, above a row that
      // fills more, titles the rows below it ("Access", "Safety" in a Schedule 4 table): a group, not an
      // indicator. A row whose other cells hold placeholders ("xx%") is an indicator with its target to come.
      const written = indicator.cells!.filter((c) => c.written.trim() !== '');
      const below = table.rows[rowIndex + 1]?.filter((c) => c.text.trim() !== '').length ?? 0;
      if (written.length === 1 && written[0]!.cell!.column === 0 && below > 1 && isGroupTitle(written[0]!.text) && !measures.test(written[0]!.text)) continue;
      if (!byHeader && filled.length === 1) {
        const cell = filled[0]!;
        if (isOutcomeSection(cell.section) && !introducesList(cell.text) && (measures.test(cell.text) || words.test(cell.text))) {
          indicators.push({ name: quoteOf(cell.text), text: cell.text, target: cell.text, section: cell.section, block: cell });
        }
        continue;
      }
      if (byHeader || (isOutcomeSection(indicator.section) && measures.test(indicator.text))) indicators.push(indicator);
    }
  }
  const leadInOf = leadInFinder(doc);
  const leadIns = lexicons.get('indicator-lead-ins');
  for (const block of doc.blocks) {
    if (block.cell || block.kind === 'heading' || !isOutcomeSection(block.section)) continue;
    // Every item of a list introduced as indicators is one ("the following indicators:").
    const leadIn = block.kind === 'list-item' ? leadInOf(block) : undefined;
    const listedAsIndicator = leadIn !== undefined && leadIns.test(leadIn.text);
    // The sentence that leads in the list below introduces indicators; it is not one (its colon may be lost).
    const next = doc.blocks[block.index + 1];
    const leadsInNext = next?.kind === 'list-item' ? leadInOf(next) : undefined;
    for (const sentence of block.sentences) {
      // Otherwise prose and list items count when they read as a measure: not a cross-reference
      // ("See Schedule 4"), an aim with nothing measured ("Improved quality of life") or a web
      // address whose digits are a date.
      // Nor is a sentence that counts them ("There are two targets, one ... and one ..."): the next ones state them.
      if (introducesList(sentence.text) || sentence === leadsInNext || leadIns.find(sentence.text).some((m) => m.tag === 'count')) continue;
      const text = withoutAddresses(sentence.text);
      if ((listedAsIndicator && sentence === block.sentences[0]) || measures.test(text) || words.test(text)) {
        indicators.push({ name: quoteOf(sentence.text), text: sentence.text, target: sentence.text, section: block.section, block });
      }
    }
  }
  return indicators;
}
