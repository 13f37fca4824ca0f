/**
 * Every outcome or KPI indicator (a row of an indicator table, or a list item
 * in an outcomes section) needs a target or threshold and a reporting
 * frequency: in its row, in its table's header, or said once for the table or
 * list in the sentence just before or after it. Without both, an indicator can
 * neither be failed nor looked at during the contract.
 */
import { defineRule } from '../src/core/rule.js';
import type { Block, Section, Sentence, SpecDocument, Table } from '../src/core/model.js';
import type { Lexicon, Lexicons } from '../src/core/lexicon.js';
import { quoteOf } from '../src/core/locate.js';
import { findIndicators, INDICATOR_LEXICONS } from './lib/indicators.js';

const HAS_FIGURE = /\d/;

interface Fields {
  target: boolean;
  frequency: boolean;
}

/** The nearest block before or after a run of blocks, in the same section, that is not a heading. */
function neighbours(doc: SpecDocument, first: Block, last: Block, partOfRun: (b: Block) => boolean): Block[] {
  const out: Block[] = [];
  const before = doc.blocks[first.index - 1];
  if (before && before.section === first.section && before.kind !== 'heading' && !partOfRun(before)) out.push(before);
  const after = doc.blocks[last.index + 1];
  if (after && after.section === last.section && after.kind !== 'heading' && !partOfRun(after)) out.push(after);
  return out;
}

/** What a table says once for all its rows: in its header, or a sentence right before or after it. */
function tableWide(doc: SpecDocument, table: Table, lexicons: Lexicons): Fields {
  const cells = table.rows.flat();
  const around = cells.length > 0 ? neighbours(doc, cells[0]!, cells[cells.length - 1]!, (b) => b.cell?.table === table) : [];
  // Array.from, not map: a header may have gaps (a column a merged cell covers).
  const texts = [...Array.from(table.header, (h) => h ?? ''), ...around.map((b) => b.text)];
  return statedIn(texts, lexicons);
}

/** What a list says once for all its items: in the sentence that introduces it or follows it. */
function listWide(doc: SpecDocument, item: Block, lexicons: Lexicons): Fields {
  const inList = (b: Block): boolean => b.kind === 'list-item' && b.section === item.section && !b.cell;
  let first = item;
  while (doc.blocks[first.index - 1] && inList(doc.blocks[first.index - 1]!)) first = doc.blocks[first.index - 1]!;
  let last = item;
  while (doc.blocks[last.index + 1] && inList(doc.blocks[last.index + 1]!)) last = doc.blocks[last.index + 1]!;
  return statedIn(neighbours(doc, first, last, inList).map((b) => b.text), lexicons);
}

function statedIn(texts: string[], lexicons: Lexicons): Fields {
  const targets = lexicons.get('kpi-targets');
  const frequencies = lexicons.get('reporting-frequencies');
  return { target: texts.some((t) => targets.test(t)), frequency: texts.some((t) => frequencies.test(t)) };
}

/** The first placeholder written where a target should be, for the message. */
function placeholderIn(blocks: Block[]): string | undefined {
  for (const b of blocks) {
    const p = b.placeholders[0];
    if (p) return quoteOf(b.written.slice(p.start, p.end));
  }
  return undefined;
}

/** The first words saying no target is set ("to be agreed", "N/A") where a target should be, for the message. */
function notSetIn(blocks: Block[], notSet: Lexicon): string | undefined {
  for (const b of blocks) {
    const m = notSet.find(b.text)[0];
    if (m) return quoteOf(b.text.slice(m.start, m.end));
  }
  return undefined;
}

/** Where an indicator's target or frequency can go, said as the indicator is written: a table row, a list item or a sentence. */
const PLACES = {
  row: 'in its row or once for the table',
  item: 'in the item or once in the sentence that introduces the list',
  sentence: 'in the sentence or once for the section',
} as const;

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Every outcome or KPI indicator must have a target or threshold and a reporting frequency',
      rationale:
        'An indicator without a target cannot be failed, and one without a reporting frequency is not looked at during the contract. Research on commissioning found that contract monitoring rarely showed whether a service worked for minority ethnic people and rarely prompted action; indicators with explicit targets, reported at a set frequency, are what give the commissioner a lever. A placeholder ("TBC", "XX%") is not a target.',
      source:
        'Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.3 and Promising practice 3; Key Actions (Performance monitoring and evaluation); NHS Standard Contract, Schedule 4 (Quality Requirements: threshold and frequency of monitoring for each).',
      recommended: false,
      procurementReady: true,
      goodExample: '| Referrals seen within 18 weeks, reported by ethnic group | 92% in every ethnic group | Quarterly |',
    },
    messages: {
      missingBoth: {
        found: 'The indicator "{{indicator}}" has no target or threshold{{note}} and no reporting frequency.',
        ask: 'Give a figure to meet and how often it is reported, {{where}}.',
        withExamples:
          'Give a figure to meet (for example "85%" or "no more than 5 percentage points between ethnic groups") and how often it is reported (for example "quarterly"), {{where}}.',
      },
      missingTarget: {
        found: 'The indicator "{{indicator}}" has no target or threshold{{note}}.',
        ask: 'Give a figure to meet.',
        withExamples: 'Give a figure to meet, for example "85%" or "no more than 5 percentage points between ethnic groups", {{where}}.',
      },
      missingFrequency: {
        found: 'The indicator "{{indicator}}" has no reporting frequency.',
        ask: 'Say how often it is reported.',
        withExamples: 'Say how often it is reported, for example "quarterly", {{where}} ("All indicators are reported quarterly").',
      },
    },
    schema: [],
    lexicons: [...INDICATOR_LEXICONS, 'kpi-targets', 'kpi-not-set', 'prose-indicators', 'reporting-frequencies', 'reporting-frequency-headers'],
  },
  create(context) {
    const { lexicons } = context;
    const targets = lexicons.get('kpi-targets');
    const frequencies = lexicons.get('reporting-frequencies');
    const notSet = lexicons.get('kpi-not-set');
    const proseIndicators = lexicons.get('prose-indicators');
    const targetHeaders = lexicons.get('indicator-target-headers');
    const frequencyHeaders = lexicons.get('reporting-frequency-headers');

    const report = (where: Block | Sentence, name: string, fields: Fields, targetBlocks: Block[], place: keyof typeof PLACES): void => {
      if (fields.target && fields.frequency) return;
      const placeholder = fields.target ? undefined : placeholderIn(targetBlocks);
      // Where the target should be, "to be agreed" or "N/A" says none is set: the finding says so, as for "TBC".
      const unset = fields.target || placeholder ? undefined : notSetIn(targetBlocks, notSet);
      const note = placeholder ? ` ("${placeholder}" is a placeholder, not a target)` : unset ? ` ("${unset}" is not a target)` : '';
      const messageId = !fields.target && !fields.frequency ? 'missingBoth' : fields.target ? 'missingFrequency' : 'missingTarget';
      context.report({ ...('block' in where ? { sentence: where } : { block: where }), messageId, data: { indicator: shorten(name), note, where: PLACES[place] } });
    };

    return {
      documentEnd(doc) {
        const tableFields = new Map<Table, Fields>();
        const sectionFields = new Map<Section, Fields>();
        const seen = new Set<Block>();
        for (const indicator of findIndicators(doc, lexicons)) {
          if (indicator.cells) {
            const cells = indicator.cells;
            const table = cells[0]!.cell!.table;
            let wide = tableFields.get(table);
            if (!wide) tableFields.set(table, (wide = tableWide(doc, table, lexicons)));
            const columns = (headers: typeof targetHeaders): number[] =>
              Array.from(table.header, (h, i) => (headers.test(h ?? '') ? i : -1)).filter((i) => i >= 0);
            const targetColumns = columns(targetHeaders);
            const frequencyColumns = columns(frequencyHeaders);
            const targetCells = targetColumns.length > 0 ? cells.filter((c) => targetColumns.includes(c.cell!.column)) : cells.slice(1);
            // In a target column any figure is a target, and in a frequency column
            // anything written is a frequency ("End of season"); elsewhere it must read as one.
            const isTarget = (c: Block): boolean =>
              !notSet.test(c.text) && (targets.test(c.text) || (targetColumns.length > 0 && HAS_FIGURE.test(c.text)));
            const anchor = indicator.anchor ?? cells[0]!;
            report(anchor, quoteOf(anchor.written), {
              target: wide.target || targetCells.some(isTarget),
              frequency:
                wide.frequency ||
                cells.some((c) => frequencies.test(c.text) || (frequencyColumns.includes(c.cell!.column) && /[\p{L}\p{N}]/u.test(c.text) && !notSet.test(c.text))),
            }, targetCells, 'row');
          } else if (indicator.block?.kind === 'paragraph') {
            // An indicator written as a sentence ("The proportion of patients who complete treatment."): its own
            // words give its target and frequency, or a requirement said once for its section (the paragraphs
            // around it may be other indicators).
            const block = indicator.block;
            // A sentence beside a table or list says once what holds for its rows ("All indicators below are
            // reported quarterly"): it is read with them, not as an indicator of its own.
            const beside = [doc.blocks[block.index - 1], doc.blocks[block.index + 1]];
            if (beside.some((b) => b !== undefined && b.section === block.section && (b.cell !== undefined || b.kind === 'list-item'))) continue;
            // Only a sentence that is itself the measure ("The rate of ulcer healing."), not one that requires something of the indicators.
            const reading = proseIndicators.find(indicator.text.trim());
            if (!reading.some((m) => m.tag === 'measure') || reading.some((m) => m.tag === 'duty' || m.tag === 'fact')) continue;
            // A requirement said once in the section ("The indicators in this section will be reported quarterly") holds for each.
            let wide = sectionFields.get(block.section);
            if (!wide) {
              const requirements = block.section.blocks.filter((b) => b.kind !== 'heading' && !b.cell && proseIndicators.find(b.text).some((m) => m.tag === 'duty'));
              sectionFields.set(block.section, (wide = statedIn(requirements.map((b) => b.text), lexicons)));
            }
            const sentence = block.sentences.find((x) => x.text === indicator.text) ?? block;
            report(sentence, indicator.text, {
              target: wide.target || (!notSet.test(indicator.text) && targets.test(indicator.text)),
              frequency: wide.frequency || frequencies.test(indicator.text),
            }, [block], 'sentence');
          } else if (indicator.block?.kind === 'list-item' && !seen.has(indicator.block)) {
            const item = indicator.block;
            seen.add(item);
            const wide = listWide(doc, item, lexicons);
            report(item, quoteOf(item.written), {
              target: wide.target || (!notSet.test(item.text) && targets.test(item.text)),
              frequency: wide.frequency || frequencies.test(item.text),
            }, [item], 'item');
          }
        }
      },
    };
  },
});

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, text.lastIndexOf(' ', 77) > 40 ? text.lastIndexOf(' ', 77) : 77)}…` : text;
}
