/**
 * Requires a duty to record ethnicity with the national ethnic category codes
 * and to report how complete the recording is. Without it nothing else about
 * ethnicity in a specification can be monitored.
 */
import { defineRule } from '../src/core/rule.js';
import type { Section, SpecDocument } from '../src/core/model.js';
import { quoteOf } from '../src/core/locate.js';
import { ETHNICITY_DATA_LEXICONS, findRecordingDuties, findUnitGap, textUnits, unitTarget } from './lib/ethnicity-data.js';
import { switchOptions } from './lib/options.js';

type Options = [{ requireCompleteness?: boolean; requireNationalCodes?: boolean }];

const EXAMPLE =
  'Ethnic category will be recorded for every referral using the national ethnic category codes in the NHS Data Dictionary, as stated by the patient. The provider will report completeness (records not coded "not stated" or "not known") monthly, with a target of 95% by March 2028.';

/** Where a recording duty belongs: the monitoring or information requirements section, else quality requirements. */
function placeFor(doc: SpecDocument): string {
  const top = (s: Section): boolean => Boolean(s.heading) && s.ownKind !== undefined && !(s.parent && s.parent.kind === s.kind);
  const section =
    doc.sections.find((s) => s.kind === 'monitoring' && top(s)) ?? doc.sections.find((s) => s.kind === 'quality-requirements' && top(s));
  return section
    ? `section "${section.headingText}"`
    : 'a monitoring or information requirements section (or the quality requirements section)';
}

const MAX_QUOTE = 120;

function shortQuote(text: string): string {
  const flat = quoteOf(text);
  if (flat.length <= MAX_QUOTE) return flat.replace(/[.;:,]$/, '');
  const cut = flat.lastIndexOf(' ', MAX_QUOTE - 1);
  return `${flat.slice(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE - 1)}…`;
}

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a duty to record ethnicity with the national codes and to report its completeness',
      rationale:
        'Incomplete ethnic monitoring at service level is one of the main obstacles to seeing and tackling ethnic inequalities: without recorded ethnicity, access, experience and outcomes cannot be compared between groups. Research found these gaps were tolerated year after year. A specification should require ethnic category to be recorded for every patient with the national codes, so figures can be compared with the Census, and make the provider report completeness against a target, with an improvement plan where it falls short.',
      source:
        'Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 3 (Mobilisation and use of evidence), section 4.3 and Promising practice 3 (KPIs around ethnic monitoring); Key Actions (Cross-cutting action).',
      recommended: 'warn',
      strictOptions: [{ requireCompleteness: true, requireNationalCodes: true }],
      goodExample: EXAMPLE,
    },
    messages: {
      missing: {
        found:
          'The specification does not require the provider to record ethnicity, so nobody will be able to tell whether the service reaches and works for minority ethnic people{{noted}}.',
        ask: 'Add to {{where}} a duty to record ethnic category for every patient with the national ethnic category codes and to report its completeness.',
        withExamples:
          'Add to {{where}} a duty to record ethnic category for every patient with the national ethnic category codes and to report its completeness, for example: "{{example}}"',
      },
      noCompleteness: {
        found: 'Ethnicity is to be recorded ("{{found}}") but no completeness measure is set, so gaps in recording can go unseen.',
        ask: 'Add a completeness target and say how it will be reported.',
        withExamples:
          'Add a completeness target and say how it will be reported, for example: "The provider will report ethnic category completeness monthly, with a target of 95% by March 2028."',
      },
      noNationalCodes: {
        found: 'Ethnicity is to be recorded ("{{found}}") but the specification does not say to use the national ethnic category codes.',
        ask: 'Add "using the national ethnic category codes in the NHS Data Dictionary, as stated by the patient", so figures can be compared with the Census and with other services.',
      },
    },
    ...switchOptions(
      {
        requireCompleteness: 'Require a completeness measure (completeness, a percentage or a target) for ethnicity recording, not only a duty to record it.',
        requireNationalCodes: 'Require the recording duty to name the national ethnic category codes (NHS Data Dictionary) or the Census classification.',
      },
      { requireCompleteness: true },
    ),
    lexicons: [...ETHNICITY_DATA_LEXICONS],
    keyAction: { id: 'recording', messages: { missing: 'not-met', noCompleteness: 'partly', noNationalCodes: 'partly' } },
  },
  create(context) {
    const { lexicons } = context;
    const requireCompleteness = context.options[0]?.requireCompleteness ?? true;
    const requireNationalCodes = context.options[0]?.requireNationalCodes ?? false;

    return {
      documentEnd(doc) {
        const units = textUnits(doc);
        const duties = findRecordingDuties(doc, lexicons, units);
        if (duties.length === 0) {
          const gap = units.find((u) => findUnitGap(u, lexicons));
          context.report({
            messageId: 'missing',
            data: {
              noted: gap ? `; it notes "${shortQuote(gap.text)}" but asks nothing of the provider` : '',
              where: placeFor(doc),
              example: EXAMPLE,
            },
          });
          return;
        }
        const first = duties[0]!;
        context.evidence({ ...unitTarget(first.unit, first.phrase), note: 'a duty to record ethnicity' });
        if (requireCompleteness && !duties.some((d) => d.completeness)) {
          context.report({ ...unitTarget(first.unit, first.phrase), messageId: 'noCompleteness', data: { found: first.phrase.text } });
        }
        if (requireNationalCodes && !duties.some((d) => d.nationalCodes)) {
          context.report({ ...unitTarget(first.unit, first.phrase), messageId: 'noNationalCodes', data: { found: first.phrase.text } });
        }
      },
    };
  },
});
