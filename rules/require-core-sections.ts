/**
 * Requires the standard sections of a service specification (NHS Standard
 * Contract, Schedule 2 Part A): population needs, outcomes, scope, applicable
 * service standards and quality requirements. A missing section is where the
 * needs, outcomes and monitoring of minority ethnic people usually go missing
 * with it.
 */
import { defineRule } from '../src/core/rule.js';
import { SECTION_KINDS, type SectionKind } from '../src/core/model.js';
import { kindsNamed } from '../src/core/section-kinds.js';
import { listInEnglish, withExample, type Ask } from './lib/text.js';

type RequirableKind = Exclude<SectionKind, 'other'>;
type Options = [{ sections?: RequirableKind[] }];

const DEFAULT_SECTIONS: RequirableKind[] = ['population-needs', 'outcomes', 'scope', 'standards', 'quality-requirements'];

/**
 * What each section is called, and what belongs in it: written once, with each
 * ask given through `say`, so that it reads with its examples in the message
 * and without them in the message's ask.
 */
const SECTIONS: Record<RequirableKind, { name: string; contents: (say: (ask: Ask) => string) => string }> = {
  'population-needs': {
    name: 'Population needs',
    contents: (say) =>
      `${say({ ask: 'Describe local need and how it differs between groups, by ethnicity among others', example: '"Pakistani and Bangladeshi adults are 11% of the population but 6% of referrals"' })}.`,
  },
  outcomes: {
    name: 'Outcomes',
    contents: (say) => `${say({ ask: 'List the outcome indicators with targets, each reported by ethnic group', example: '"recovery 50% in every ethnic group"' })}.`,
  },
  scope: {
    name: 'Scope',
    contents: () => 'Set out the aims and objectives, the service description and who the service is for, including how it will reach groups with the poorest access.',
  },
  standards: {
    name: 'Applicable service standards',
    contents: (say) => `${say({ ask: 'List the national and local standards the provider must meet', example: 'NICE guidelines and the Accessible Information Standard' })}.`,
  },
  'quality-requirements': {
    name: 'Quality requirements',
    contents: (say) =>
      `${say({ ask: 'Set out the quality requirements and how they will be monitored, including reporting by ethnic group', example: '"a quarterly report of every indicator by ethnic group"' })}.`,
  },
  'service-description': {
    name: 'Service description',
    contents: (say) =>
      `${say({ ask: 'Describe what the service does, where and when, and how it is adapted for the groups it must reach', example: 'interpreters and community venues' })}.`,
  },
  'population-covered': {
    name: 'Population covered',
    contents: () => 'Say who is eligible, including people who are not registered with a GP or are seeking asylum where that applies.',
  },
  engagement: {
    name: 'Engagement',
    contents: (say) =>
      `Say ${say({ ask: 'who will be engaged', example: 'named minority ethnic community organisations' })}, how, how often, and how what they say will change the service.`,
  },
  equality: {
    name: 'Equality',
    contents: () => 'Say what the equality impact assessment found for which groups and which requirements respond to it.',
  },
  monitoring: {
    name: 'Contract monitoring',
    contents: (say) => `${say({ ask: 'Say what will be reported, how often, and how it is analysed by ethnic group', example: 'an annual equity audit' })}.`,
  },
};

const REQUIRABLE = SECTION_KINDS.filter((k): k is RequirableKind => k !== 'other');

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'A specification must have the standard sections: population needs, outcomes, scope, applicable service standards and quality requirements',
      rationale:
        'The standard specification sections are where a commissioner spells out local need, the outcomes expected, what the service must do and how it will be monitored. Research on commissioning found specifications often said little about the needs of minority ethnic people or how the service should respond, and that core commissioning documents were largely silent on ethnic diversity. A missing section leaves no place for that detail, and the gap is easy to overlook when reading what is there.',
      source:
        'Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, sections 1 and 4.2, and Key Actions (Contracting and procuring services: "Use service specifications to spell out clearly how and why services must be delivered"); NHS Standard Contract, Schedule 2 Part A (service specification template).',
      recommended: 'warn',
      goodExample:
        '1. Population needs · 2. Outcomes · 3. Scope (aims, service description, population covered) · 4. Applicable service standards · 5. Applicable quality requirements and CQUIN goals',
    },
    messages: {
      missing: { found: 'There is no "{{section}}" section.', ask: '{{shortContents}}', withExamples: '{{contents}}' },
      none: {
        found: 'None of the standard sections ({{sections}}) was found.',
        ask: 'If this is a service specification, add them with headings the reader can find; if it is not, leave it out of linting with "ignores" in .speclintrc.yaml.',
      },
    },
    schema: [
      {
        type: 'object',
        properties: {
          sections: {
            type: 'array',
            items: { enum: REQUIRABLE },
            uniqueItems: true,
            description: 'The section kinds every specification must have (see rules/lexicons/common/section-headings.yaml for the headings each kind accepts).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ sections: DEFAULT_SECTIONS }],
    lexicons: ['section-headings'],
  },
  create(context) {
    const headings = context.lexicons.get('section-headings');
    const required = context.options[0]?.sections ?? DEFAULT_SECTIONS;

    return {
      documentEnd(doc) {
        // A heading can name more than one kind ("Outcomes and quality
        // requirements", "Scope and service description"): it provides each.
        const present = new Set<string>();
        const headed = doc.sections.filter((s) => s.heading);
        for (const section of headed) {
          // The document's title is a section only when the model reads it as one: when it says what
          // the whole document is ("Diet and Nutrition JSNA" over sections that name no other kind).
          if (section.heading === doc.title && section.ownKind === undefined) continue;
          if (section.ownKind) present.add(section.ownKind);
          for (const { kind } of kindsNamed(section.title, headings)) if (kind !== 'other') present.add(kind);
        }
        const absent = required.filter((kind) => !present.has(kind));
        // Nothing at all: one finding, not one per section. A README or a
        // letter linted by mistake should not get five.
        if (absent.length > 1 && absent.length === required.length) {
          context.report({ messageId: 'none', data: { sections: listInEnglish(absent.map((k) => SECTIONS[k].name.toLowerCase())) } });
          return;
        }
        for (const kind of absent) {
          const { name, contents } = SECTIONS[kind];
          context.report({ messageId: 'missing', data: { section: name, contents: contents(withExample), shortContents: contents((a) => a.ask) } });
        }
      },
    };
  },
});
