/**
 * Shared by require-ethnicity-data-recording, no-tolerated-data-gap and
 * require-ethnicity-needs-analysis (not a rule itself): the specification's
 * text as units a reader takes in one go (a sentence of prose, or a whole
 * table row), what counts as an acknowledged gap in ethnicity data, and what
 * counts as a duty to record ethnicity and report its completeness.
 */
import type { Block, Section, Sentence, SpecDocument } from '../../src/core/model.js';
import type { LexiconMatch, Lexicons } from '../../src/core/lexicon.js';
import { commitsIn } from './claims.js';
import { leadInFinder } from './lead-ins.js';

/** The lexicons these helpers read. */
export const ETHNICITY_DATA_LEXICONS = ['category-codes', 'claim-frames', 'completeness', 'data-gaps', 'dimension-gaps', 'dimension-terms', 'ethnicity-recording', 'evidence-gaps', 'gap-actions', 'groups', 'quantities', 'recording-duties', 'small-numbers'] as const;

export interface TextUnit {
  text: string;
  section: Section;
  /** The sentence, for prose. */
  sentence?: Sentence;
  /** The cells, for a table row; `text` is their texts joined with " | ". */
  cells?: Block[];
}

const CELL_SEPARATOR = ' | ';

/** Every sentence of prose (headings excluded) and every table row, in document order. */
export function textUnits(doc: SpecDocument): TextUnit[] {
  const units: Array<TextUnit & { order: number }> = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading' || block.cell) continue;
    for (const sentence of block.sentences) units.push({ text: sentence.text, section: block.section, sentence, order: block.index });
  }
  for (const table of doc.tables) {
    for (const row of table.rows) {
      // A Word template laid out as one big table can hold section headings in
      // cells; those are headings, not content.
      const cells = row.filter((c) => c.kind !== 'heading' && c.text.trim() !== '');
      if (cells.length === 0) continue;
      units.push({ text: cells.map((c) => c.text).join(CELL_SEPARATOR), section: cells[0]!.section, cells, order: cells[0]!.index });
    }
  }
  return units.sort((a, b) => a.order - b.order);
}

/** The sentence a reader meets next in the same section: in the paragraph, or the next paragraph or list item. */
export function nextSentence(doc: SpecDocument, sentence: Sentence): Sentence | undefined {
  const block = sentence.block;
  const i = block.sentences.indexOf(sentence);
  if (i >= 0 && i + 1 < block.sentences.length) return block.sentences[i + 1];
  const next: Block | undefined = doc.blocks[block.index + 1];
  if (!next || next.section !== block.section || next.kind === 'heading' || next.cell) return undefined;
  return next.sentences[0];
}

/** The block and offsets in it that a match in a unit's text falls in, for reporting. */
export function unitTarget(unit: TextUnit, match?: { start: number }): { sentence: Sentence } | { block: Block } {
  if (unit.sentence) return { sentence: unit.sentence };
  const cells = unit.cells!;
  let offset = 0;
  for (const cell of cells) {
    const end = offset + cell.text.length;
    if (!match || match.start < end) return { block: cell };
    offset = end + CELL_SEPARATOR.length;
  }
  return { block: cells[cells.length - 1]! };
}

/** A quoted phrase is a mention, not a use: 'recorded (not "not known")' admits no gap. */
function quoted(text: string, m: LexiconMatch): boolean {
  return /["“‘']/.test(text[m.start - 1] ?? '') && /["”’']/.test(text[m.end] ?? '');
}

const unquoted = (text: string, matches: LexiconMatch[]): LexiconMatch[] => matches.filter((m) => !quoted(text, m));

export type GapKind = 'recording' | 'small-numbers' | 'evidence';

export interface EthnicityGap {
  /** The words that admit the gap, e.g. "not recorded consistently". */
  phrase: LexiconMatch;
  /** Small numbers and missing research are closed by pooling, insight work or evaluation, not by a completeness target. */
  kind: GapKind;
}

/**
 * Does the text admit a gap in ethnicity data ("ethnicity is not recorded for
 * 40% of referrals")? `context`, where the subject may be named, defaults to the text.
 */
export function findEthnicityGap(text: string, lexicons: Lexicons, context = text): EthnicityGap | undefined {
  const specific = unquoted(text, lexicons.get('dimension-gaps').find(text))[0];
  const small = unquoted(text, lexicons.get('small-numbers').find(text))[0];
  if (specific) return { phrase: specific, kind: small ? 'small-numbers' : 'recording' };
  const evidence = unquoted(text, lexicons.get('evidence-gaps').find(text))[0];
  // "little published evidence" is a gap in research, not in recording.
  const general = unquoted(text, lexicons.get('data-gaps').find(text)).find((m) => !evidence || m.end <= evidence.start || m.start >= evidence.end);
  if (!general && !small && !evidence) return undefined;
  // A gap in other data ("waiting times are not recorded") is not this rule's business.
  const aboutEthnicity =
    lexicons.get('dimension-terms').test(context) || lexicons.get('groups').test(context) || lexicons.get('ethnicity-recording').test(context);
  if (!aboutEthnicity) return undefined;
  if (small) return { phrase: small, kind: 'small-numbers' };
  if (general) return { phrase: general, kind: 'recording' };
  return { phrase: evidence!, kind: 'evidence' };
}

/**
 * The gap a unit admits. In a table row that sets a figure ("Ethnicity not
 * stated | below 5%"), the first cell names an indicator rather than
 * admitting a gap, so only the other cells ("Baseline: not available") count.
 */
export function findUnitGap(unit: TextUnit, lexicons: Lexicons): EthnicityGap | undefined {
  const cells = unit.cells;
  if (!cells || cells.length < 2) return findEthnicityGap(unit.text, lexicons);
  const rest = cells.slice(1).map((c) => c.text).join(CELL_SEPARATOR);
  if (!lexicons.get('quantities').test(rest)) return findEthnicityGap(unit.text, lexicons);
  const gap = findEthnicityGap(rest, lexicons, unit.text);
  if (!gap) return undefined;
  const shift = cells[0]!.text.length + CELL_SEPARATOR.length;
  return { ...gap, phrase: { ...gap.phrase, start: gap.phrase.start + shift, end: gap.phrase.end + shift } };
}

export interface RecordingDuty {
  unit: TextUnit;
  /** The words that set the duty, e.g. "Ethnicity will be recorded". */
  phrase: LexiconMatch;
  /** It sets a completeness measure: "completeness", a percentage, a target. */
  completeness: boolean;
  /** It names the national ethnic category codes. */
  nationalCodes: boolean;
}

/**
 * Duties to record ethnicity: outside the population needs section (where
 * recording is described, not required), and not an admission that it is
 * missing, unless the same sentence commits to fixing it.
 */
export function findRecordingDuties(doc: SpecDocument, lexicons: Lexicons, units = textUnits(doc)): RecordingDuty[] {
  const recording = lexicons.get('ethnicity-recording');
  const duties = lexicons.get('recording-duties');
  const dimension = lexicons.get('dimension-terms');
  const completeness = lexicons.get('completeness');
  const codes = lexicons.get('category-codes');
  const actions = lexicons.get('gap-actions');
  const commits = commitsIn(lexicons.get('claim-frames'));
  const leadInOf = leadInFinder(doc);
  // Ethnicity data named, not recorded ("Ethnicity data from the 2021 Census show ...", "the most recent
  // source of ethnicity data"): a duty only where something is required of it, in a table row, a sentence
  // or its list's lead-in that commits ("The provider will submit:" then "- ethnicity data"). A figure is
  // no requirement: "show that 18% of residents" reads as completeness.
  const requires = (unit: TextUnit): boolean => {
    if (unit.cells || commits(unit.text)) return true;
    const sentence = unit.sentence!;
    const leadIn = sentence === sentence.block.sentences[0] ? leadInOf(sentence.block) : undefined;
    return leadIn !== undefined && commits(leadIn.text);
  };
  const out: RecordingDuty[] = [];
  for (const unit of units) {
    if (unit.section.kind === 'population-needs') continue;
    const text = unit.text;
    const phrase = recording.find(text).find((m) => m.tag !== 'mention' || requires(unit)) ?? (dimension.test(text) ? duties.first(text) : undefined);
    if (!phrase) continue;
    if (findUnitGap(unit, lexicons) && !actions.test(text)) continue;
    // "Ethnicity will be recorded for every client. Completeness will be
    // reported monthly, with a target of 95%." sets one requirement in two sentences.
    const next = unit.sentence ? nextSentence(doc, unit.sentence)?.text ?? '' : '';
    out.push({
      unit,
      phrase,
      completeness: completeness.test(text) || completeness.test(next),
      nationalCodes: codes.test(text) || codes.test(next),
    });
  }
  return out;
}
