/**
 * Requires at least one outcome indicator broken down by ethnicity (or a
 * target for named minority ethnic groups). Without one, a commissioner
 * cannot see whether the service works for minority ethnic people.
 */
import { defineRule } from '../src/core/rule.js';
import type { Section, SpecDocument } from '../src/core/model.js';
import { findIndicators, INDICATOR_LEXICONS, isOutcomeSection, OUTCOME_KINDS, reportsByEthnicGroup, type Indicator } from './lib/indicators.js';
import type { Lexicon } from '../src/core/lexicon.js';
import { kindsNamed } from '../src/core/section-kinds.js';
import { switchOptions } from './lib/options.js';

type Options = [{ requireTargets?: boolean }];

const HAS_NUMBER = /\d/;

/**
 * The outcome sections, outermost first: of an outcome kind, or headed with an outcome kind's name among
 * others ("Performance and outcome monitoring"), as require-core-sections counts them present.
 */
function topOutcomeSections(doc: SpecDocument, headings: Lexicon): Section[] {
  // The title's words name the document, not a section ("Outcomes-based Diabetes Service"), unless the model made it one.
  const named = (s: Section): boolean => s.heading !== undefined && !(s.heading === doc.title && s.ownKind === undefined) && kindsNamed(s.title, headings).some((k) => OUTCOME_KINDS.has(k.kind));
  const isOutcomes = (s: Section): boolean => isOutcomeSection(s) || named(s);
  return doc.sections.filter((s) => isOutcomes(s) && !(s.parent && isOutcomes(s.parent)));
}

const MAX_LISTED = 4;

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Outcome indicators must include one broken down by ethnicity or a target for minority ethnic groups',
      rationale:
        'Research on commissioning found that outcome indicators were rarely specified in terms of ethnicity, so contract monitoring could not show whether a service worked for minority ethnic people, and nobody was prompted to act. Key performance indicators that demand ethnic breakdowns and set explicit targets for minority ethnic groups, or a CQUIN tied to their outcomes, give commissioners a lever.',
      source:
        'Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.3 and Promising practice 3; Key Actions (Performance monitoring and evaluation).',
      recommended: 'error',
      strictOptions: [{ requireTargets: true }],
      goodExample:
        '| Women booked by 10 weeks, reported by ethnic group | 75% in every ethnic group, reviewed quarterly |',
    },
    messages: {
      missingOutcomes: {
        found: 'The specification has no outcomes, KPI or quality requirements section and no indicator table.',
        ask: 'Add one with indicators reported by ethnic group and targets for the groups with the poorest outcomes.',
      },
      noIndicators: {
        found: 'This section sets out no indicators.',
        ask: 'List the outcome indicators here, each reported by ethnic group, with targets for the groups with the poorest outcomes.',
      },
      noBreakdown: {
        found: 'No outcome indicator is reported by ethnic group or sets a target for minority ethnic groups ({{listed}}).',
        ask: 'Report at least the main ones by ethnic group and set a target for the groups with the poorest outcomes.',
      },
      noTarget: {
        found: 'Indicators are reported by ethnic group ({{indicators}}) but none sets a target for minority ethnic groups.',
        ask: 'Add a target.',
        withExamples: 'Add a target, for example "75% in every ethnic group" or "no gap greater than 5 percentage points".',
      },
    },
    ...switchOptions({
      requireTargets: 'A breakdown by ethnicity is not enough: require a numeric target that applies to named groups or to every ethnic group.',
    }),
    lexicons: [...INDICATOR_LEXICONS, 'breakdowns', 'groups', 'per-group-targets', 'section-headings'],
    keyAction: { id: 'outcomes', messages: { missingOutcomes: 'not-met', noIndicators: 'not-met', noBreakdown: 'not-met', noTarget: 'partly' } },
  },
  create(context) {
    const { lexicons } = context;
    const measures = lexicons.get('measures');
    const reportsByGroup = reportsByEthnicGroup(lexicons);
    /** A target that applies across groups rather than to the service as a whole. */
    const perGroup = lexicons.get('per-group-targets');
    const requireTargets = context.options[0]?.requireTargets ?? false;

    return {
      documentEnd(doc) {
        const indicators = findIndicators(doc, lexicons);
        const sections = topOutcomeSections(doc, lexicons.get('section-headings'));
        if (indicators.length === 0) {
          if (sections.length > 0) context.report({ section: sections[0]!, messageId: 'noIndicators' });
          else context.report({ messageId: 'missingOutcomes' });
          return;
        }
        const byEthnicity = indicators.filter((i) => reportsByGroup(i.text));
        // A target for minority ethnic groups: a number that applies to named
        // groups or to every group ("75% in every ethnic group", "no gap over
        // 5 points"), not one for the service as a whole.
        const withTarget = byEthnicity.filter(
          (i) =>
            (HAS_NUMBER.test(i.target) || measures.test(i.target)) &&
            (reportsByGroup(i.target) || perGroup.test(i.target)),
        );
        const where = sections.find((s) => indicators.some((i) => i.section === s || isWithin(i.section, s))) ?? indicators[0]!.section;
        const list = (items: Indicator[]): string =>
          items.slice(0, MAX_LISTED).map((i) => `"${shorten(i.name)}"`).join(', ') + (items.length > MAX_LISTED ? ', …' : '');
        const shown = withTarget[0] ?? byEthnicity[0];
        if (shown) context.evidence({ block: shown.block ?? shown.anchor ?? shown.cells![0]!, note: 'an indicator reported by ethnic group' });
        if (byEthnicity.length === 0) {
          // "1 indicator: ..." or "4 indicators: ...": how many were read, and the first few by name.
          const listed = `${indicators.length} ${indicators.length === 1 ? 'indicator' : 'indicators'}: ${list(indicators)}`;
          context.report({ section: where, messageId: 'noBreakdown', data: { listed } });
        } else if (requireTargets && withTarget.length === 0) {
          context.report({ section: where, messageId: 'noTarget', data: { indicators: list(byEthnicity) } });
        }
      },
    };
  },
});

function isWithin(section: Section, ancestor: Section): boolean {
  for (let s: Section | undefined = section; s; s = s.parent) if (s === ancestor) return true;
  return false;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, text.lastIndexOf(' ', 57) > 30 ? text.lastIndexOf(' ', 57) : 57)}…` : text;
}
