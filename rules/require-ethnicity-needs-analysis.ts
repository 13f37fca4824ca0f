/**
 * Requires the population needs section to describe local need by ethnicity:
 * which groups live locally, in what numbers, and which have the poorest
 * access or outcomes. A specification that starts from "the local population
 * is diverse" gives the provider nothing to respond to.
 */
import { defineRule } from '../src/core/rule.js';
import { affirms } from '../src/core/negation.js';
import type { Section } from '../src/core/model.js';
import type { Lexicons } from '../src/core/lexicon.js';
import { quoteOf } from '../src/core/locate.js';
import { listInEnglish, withExample, type Ask } from './lib/text.js';
import { ETHNICITY_DATA_LEXICONS, findUnitGap, textUnits, unitTarget, type TextUnit } from './lib/ethnicity-data.js';
import { switchOptions } from './lib/options.js';
import { groupsNamed, outermost } from './lib/groups.js';

type Options = [{ requireFigures?: boolean }];

const FIGURES: Ask = { ask: 'local figures by ethnic group', example: '"41% of births were to women from Black, Asian and mixed ethnic groups"' };
const POOREST: Ask = {
  ask: 'which groups have the poorest access or outcomes',
  example: '"recovery was 38% for Bangladeshi patients against 52% for White British patients"',
};
const SOURCES = 'where the figures come from (the JSNA, the 2021 Census, a local equity audit, or the provider\'s activity data by ethnic group)';
/** What every finding asks for, as report data: with examples for the message, without for its ask. */
const ASKS = {
  asks: `${withExample(FIGURES)}, ${withExample(POOREST)}, and ${SOURCES}`,
  shortAsks: `${FIGURES.ask}, ${POOREST.ask}, and ${SOURCES}`,
};

const MAX_QUOTE = 160;
const MAX_GROUPS = 4;

function shortQuote(text: string): string {
  const flat = quoteOf(text);
  if (flat.length <= MAX_QUOTE) return flat.replace(/[.;:,]$/, '');
  const cut = flat.lastIndexOf(' ', MAX_QUOTE - 1);
  return `${flat.slice(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE - 1)}…`;
}

const isNeeds = (s: Section): boolean => s.kind === 'population-needs';

/** A subsection whose own heading names the national picture and not the local one ("1.1 National context and evidence base"). */
function isNationalOnly(section: Section, lexicons: Lexicons): boolean {
  const tags = lexicons.get('needs-scope').find(section.title).map((m) => m.tag);
  return tags.includes('national') && !tags.includes('local');
}

/**
 * A sentence that opens on the national picture ("Nationally, ...", "Research shows ..."), or gives a national
 * survey's finding anywhere ("... the Health Survey for England found that ..."), and says nothing local.
 */
function opensNational(text: string, lexicons: Lexicons): boolean {
  const matches = lexicons.get('needs-scope').find(text);
  if (matches.some((m) => m.tag === 'local')) return false;
  // A national source's finding with no figure of its own; a figure beside it may be for the place ("25% of Bradford residents").
  if (matches.some((m) => m.tag === 'national-source') && !/\p{N}/u.test(text)) return true;
  const first = matches.find((m) => m.tag === 'national');
  return first !== undefined && text.slice(0, first.start).trim().split(/\s+/).filter(Boolean).length <= 1;
}

/**
 * The content that can describe local need: not national subsections, not national sentences, and not a
 * contents list or appendix label ("3.3 Asylum seekers 11" names a chapter, it describes no need).
 */
function localNeedsUnits(sections: Section[], units: TextUnit[], lexicons: Lexicons): TextUnit[] {
  const documentParts = lexicons.get('document-parts');
  const excluded = new Set<Section>();
  for (const s of sections) {
    for (let t: Section | undefined = s; t && isNeeds(t); t = t.parent) {
      // "Contents" under the needs heading is a list of chapters; "Appendix 1: Population needs" is the section itself.
      if (isNationalOnly(t, lexicons) || (documentParts.test(t.title) && t.ownKind === undefined)) {
        excluded.add(s);
        break;
      }
    }
  }
  return units.filter((u) => isNeeds(u.section) && !excluded.has(u.section) && !opensNational(u.text, lexicons) && !documentParts.find(u.text).some((m) => m.tag === 'contents'));
}

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'The population needs section must describe local need by ethnic group',
      rationale:
        'Commissioners rarely assess unmet need among minority ethnic groups: reviews of needs assessments found gaps in basic descriptive information by ethnicity, and low uptake by minority ethnic groups was seldom shown even where service data existed. A specification that names the local groups, gives figures for them and says which have the poorest access or outcomes tells the provider what it must respond to, and gives a baseline to monitor against.',
      source:
        'Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.1 (Strategic planning), Promising practice 1 and 2, and Key Actions (Strategic planning).',
      recommended: 'warn',
      strictOptions: [{ requireFigures: true }],
      goodExample:
        'At the 2021 Census, 22% of residents belonged to minority ethnic groups, mainly Pakistani (9%), Indian (3%) and Black African (3%). In 2025/26 recovery was 52% for White British patients but 41% for Pakistani and 38% for Bangladeshi patients (provider data).',
    },
    messages: {
      missing: { found: 'The population needs section says nothing about local need by ethnic group.', ask: 'Add {{shortAsks}}.', withExamples: 'Add {{asks}}.' },
      vague: {
        found: 'The population needs section does not describe local need by ethnic group: the nearest it comes is "{{quote}}".',
        ask: 'Add {{shortAsks}}.',
        withExamples: 'Add {{asks}}.',
      },
      noFigures: {
        found: 'The population needs section mentions {{groups}} but gives no figure for any ethnic group.',
        ask: 'Add {{shortAsks}}.',
        withExamples: 'Add {{asks}}.',
      },
    },
    ...switchOptions({
      requireFigures: 'Naming groups is not enough: require at least one figure (a percentage, count or rate) tied to an ethnic group.',
    }),
    lexicons: [...ETHNICITY_DATA_LEXICONS, 'breakdowns', 'diversity-statements', 'document-parts', 'needs-evidence', 'needs-scope'],
    keyAction: {
      id: 'needs',
      messages: { missing: 'not-met', vague: 'not-met', noFigures: 'partly' },
      // Its absence is require-core-sections' finding; this rule has nothing to judge.
      silent: { status: 'not-checked', reason: 'there is no population needs section to judge' },
    },
  },
  create(context) {
    const { lexicons } = context;
    const requireFigures = context.options[0]?.requireFigures ?? false;
    const groups = lexicons.get('groups');
    const breakdowns = lexicons.get('breakdowns');
    const evidence = lexicons.get('needs-evidence');
    const quantities = lexicons.get('quantities');
    const diversity = lexicons.get('diversity-statements');

    return {
      documentEnd(doc) {
        // No population needs section at all is require-core-sections' finding, not this rule's.
        const sections = doc.sections.filter((s) => isNeeds(s) && s.heading);
        const top = sections.find((s) => !(s.parent && isNeeds(s.parent)));
        if (!top) return;
        const units = localNeedsUnits(sections, textUnits(doc), lexicons);

        const hasFigure = (u: TextUnit): boolean => quantities.test(u.text);
        const mentionsEthnicity = (u: TextUnit): boolean => groups.test(u.text) || breakdowns.test(u.text) || evidence.test(u.text);
        // A named group says who; "uptake varies by ethnic group" or "the JSNA
        // breaks the population down by ethnicity" says neither who nor how much,
        // and an umbrella term ("BME groups have worse outcomes") says who only with a figure.
        const byEthnicity = (u: TextUnit): boolean => {
          const named = groupsNamed(groups, u.text);
          return named.particular || ((named.any || affirms(breakdowns, u.text) || evidence.test(u.text)) && hasFigure(u));
        };
        // "Ethnicity is not recorded, so we cannot analyse by ethnic group"
        // mentions ethnicity but describes no need.
        const describing = units.filter((u) => byEthnicity(u) && (!findUnitGap(u, lexicons) || (hasFigure(u) && groups.test(u.text))));

        if (describing.length === 0) {
          const nearest =
            units.find((u) => (diversity.test(u.text) || mentionsEthnicity(u)) && !findUnitGap(u, lexicons)) ??
            units.find((u) => findUnitGap(u, lexicons));
          if (nearest) context.report({ section: top, messageId: 'vague', data: { quote: shortQuote(nearest.text), ...ASKS } });
          else context.report({ section: top, messageId: 'missing', data: ASKS });
          return;
        }
        const shown = describing.find(hasFigure) ?? describing[0]!;
        context.evidence({ ...unitTarget(shown), note: 'local need described by ethnic group' });
        if (requireFigures && !describing.some(hasFigure)) {
          const named = [...new Set(describing.flatMap((u) => outermost(groups.find(u.text)).map((m) => m.text)))];
          const list = named.length > 0 ? listInEnglish(named.slice(0, MAX_GROUPS).map((g) => `"${g}"`)) : 'ethnic groups';
          context.report({ section: top, messageId: 'noFigures', data: { groups: list, ...ASKS } });
        }
      },
    };
  },
});
