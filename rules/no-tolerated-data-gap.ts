/**
 * Flags a sentence that admits a gap in ethnicity data ("ethnicity is not
 * recorded for 40% of referrals", "small numbers mean we cannot analyse by
 * ethnicity") when nothing says how the gap will be closed. Better Health
 * Briefing 28 found such gaps "allowed to persist year-on-year".
 */
import { defineRule } from '../src/core/rule.js';
import type { SpecDocument } from '../src/core/model.js';
import type { Lexicons } from '../src/core/lexicon.js';
import { ETHNICITY_DATA_LEXICONS, findRecordingDuties, findUnitGap, nextSentence, textUnits, unitTarget, type GapKind, type TextUnit } from './lib/ethnicity-data.js';
import { switchOptions } from './lib/options.js';

type Options = [{ requireAdjacentAction?: boolean }];

const EXAMPLES: Record<GapKind, string> = {
  recording:
    'The provider will record ethnic category for every referral using the national ethnic category codes and raise completeness from 60% to 95% by March 2028, reported monthly to the commissioner.',
  'small-numbers':
    'The provider will pool three years of data and add insight work with the Somali and Roma communities, reported in the annual equity audit from March 2028.',
  evidence:
    'The provider will evaluate the adapted programme with the Traveller Liaison Service, looking at uptake and experience by ethnic group, and report the findings to the commissioner by March 2028.',
};

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'A gap in ethnicity data must come with an action to close it',
      rationale:
        'Research on commissioning found that gaps in ethnicity data, though recognised, were allowed to persist year on year, and that an absence of evidence became a reason for inaction. A specification that admits a gap should say who will close it, how and by when: a completeness target, a data quality improvement plan, an audit, or pooling data and insight work where numbers are small.',
      source:
        'Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 3 (Mobilisation and use of evidence), Promising practice 3, and Key Actions (Cross-cutting action: "refuse to tolerate information gaps on ethnicity").',
      recommended: 'warn',
      goodExample:
        'Ethnicity is not recorded for 40% of referrals. The provider will raise ethnic category completeness to 95% by March 2028 and report it monthly to the commissioner.',
    },
    messages: {
      tolerated: {
        found: 'This admits a gap in ethnicity data ("{{gap}}") but nothing says how it will be closed, so it is likely to persist.',
        ask: 'In this sentence or the next, say who will close it, how and by when.',
        withExamples: 'In this sentence or the next, say who will close it, how and by when, for example: "{{example}}"',
      },
    },
    ...switchOptions({
      requireAdjacentAction:
        'Require the action in the gap sentence or the next one, even when the specification sets a completeness target for ethnicity recording elsewhere.',
    }),
    lexicons: [...ETHNICITY_DATA_LEXICONS, 'data-words'],
    keyAction: { id: 'recording', messages: { tolerated: 'partly' } },
  },
  create(context) {
    const { lexicons } = context;
    const requireAdjacentAction = context.options[0]?.requireAdjacentAction ?? false;

    return {
      documentEnd(doc) {
        const units = textUnits(doc);
        // A completeness requirement anywhere (a KPI row, a recording duty
        // with a target) answers a gap in recording, though not small numbers
        // or missing research.
        const completenessSet = findRecordingDuties(doc, lexicons, units).some((d) => d.completeness);
        for (const unit of units) {
          const gap = findUnitGap(unit, lexicons);
          if (!gap) continue;
          if (closedNearby(doc, unit, lexicons)) continue;
          if (!requireAdjacentAction && gap.kind === 'recording' && completenessSet) continue;
          context.report({
            ...unitTarget(unit, gap.phrase),
            messageId: 'tolerated',
            data: { gap: gap.phrase.text, example: EXAMPLES[gap.kind] },
          });
        }
      },
    };
  },
});

/** An action in the gap sentence (or its table row), or in the next sentence when that one is about the data. */
function closedNearby(doc: SpecDocument, unit: TextUnit, lexicons: Lexicons): boolean {
  const actions = lexicons.get('gap-actions');
  if (actions.test(unit.text)) return true;
  if (!unit.sentence) return false;
  const next = nextSentence(doc, unit.sentence);
  if (!next || !actions.test(next.text)) return false;
  // "The provider will offer appointments within six weeks" is not about the gap.
  return ['data-words', 'dimension-terms', 'ethnicity-recording'].some((name) => lexicons.get(name).test(next.text));
}
