/**
 * Requires a plan for engaging minority ethnic communities, patients and
 * carers, and voluntary, community and faith organisations: who, how, when,
 * and how what they say changes the service.
 */
import { defineRule } from '../src/core/rule.js';
import type { Block, Section, Sentence, SpecDocument } from '../src/core/model.js';
import type { Lexicons } from '../src/core/lexicon.js';
import { askData, listInEnglish, type Ask } from './lib/text.js';
import { switchOptions } from './lib/options.js';
import { leadInFinder } from './lib/lead-ins.js';

type Options = [{ requireNamedGroups?: boolean }];

type Facet = 'who' | 'how' | 'when' | 'feedback';

const FACET_ASKS: Record<Facet, Ask> = {
  who: { ask: 'who will be engaged', example: 'named minority ethnic communities, voluntary, community and faith organisations, patients and carers' },
  how: { ask: 'how', example: 'a community forum, a patient panel, listening events or co-production' },
  when: { ask: 'when', example: 'twice a year, or before each contract review' },
  feedback: { ask: 'how what people say will change the service', example: 'findings and the provider\'s response reviewed at the quarterly contract meeting' },
};

export interface EngagementContent {
  sections: Section[];
  /** Sentences about engaging people, in engagement sections or elsewhere. */
  sentences: Sentence[];
  /** Headings of engagement sections: they often say who ("Service user and carer involvement"). */
  headings: Block[];
}

export function findEngagement(doc: SpecDocument, lexicons: Lexicons): EngagementContent {
  const engagement = lexicons.get('engagement');
  const past = lexicons.get('engagement-past');
  const leadInOf = leadInFinder(doc);
  // Reported as done, with no word that it goes on ("will", "continues to").
  const reportsPastEngagement = (text: string): boolean => {
    const said = past.find(text);
    return said.some((m) => m.tag !== 'plans') && !said.some((m) => m.tag === 'plans');
  };
  // A heading that asks about or reports engagement already done ("Has there been prior
  // consultation?", a form's question) heads a report, not a plan.
  const sections = doc.sections.filter((s) => s.kind === 'engagement' && s.heading && !reportsPastEngagement(s.heading.text));
  const planSections = new Set(sections);
  const sentences: Sentence[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') continue;
    // Engagement reported as done ("This specification has been developed with stakeholders")
    // is not a plan, nor are the items of a list it leads in ("The activities undertaken in
    // creating this specification include:" then "- Consultation with patients"), whose first
    // sentence continues it.
    const leadIn = leadInOf(block);
    const reportedItem = leadIn !== undefined && reportsPastEngagement(leadIn.text);
    // In an engagement section every sentence counts; elsewhere a plan starts
    // at a sentence about engaging people and runs to the end of its paragraph
    // ("These events will take place twice a year...").
    let inPlan = planSections.has(block.section);
    block.sentences.forEach((sentence, i) => {
      if (reportedItem && i === 0) return;
      if (reportsPastEngagement(sentence.text)) return;
      inPlan ||= engagement.test(sentence.text);
      if (inPlan) sentences.push(sentence);
    });
  }
  return { sections, sentences, headings: sections.map((s) => s.heading!) };
}

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a plan to engage minority ethnic communities, patients and carers, and the voluntary, community and faith sector',
      rationale:
        'Sustained dialogue with minority ethnic patients, carers and communities, and with voluntary, community and faith organisations, helps commissioners and providers understand unmet need and find workable solutions. Research found these voices were often not "at the table", and that engagement with no visible influence undermined communities\' confidence. A plan names who will be involved, how, how often, and how what they say changes the service.',
      source:
        'Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 2 (Partnership working and meaningful engagement) and Key Actions.',
      recommended: 'error',
      strictOptions: [{ requireNamedGroups: true }],
      goodExample:
        'The provider will run listening events twice a year with the Somali Development Association and the Roma Support Group, with interpreters provided; findings and the provider\'s response will be reviewed at the quarterly contract meeting.',
    },
    messages: {
      missing: {
        found: 'There is no plan for engaging people.',
        ask: 'Add an engagement section that says {{shortAsks}}.',
        withExamples: 'Add an engagement section that says {{asks}}.',
      },
      generic: { found: 'The engagement plan does not say {{missing}}.', ask: 'Add {{shortAsks}}.', withExamples: 'Add {{asks}}.' },
    },
    ...switchOptions({
      requireNamedGroups: 'Require the plan to name minority ethnic communities or groups, not only "patients", "carers" or "stakeholders".',
    }),
    lexicons: ['engagement', 'engagement-past', 'engagement-feedback', 'engagement-how', 'engagement-when', 'engagement-who', 'groups'],
    keyAction: { id: 'engagement', messages: { missing: 'not-met', generic: 'not-met' } },
  },
  create(context) {
    const { lexicons } = context;
    const requireNamedGroups = context.options[0]?.requireNamedGroups ?? false;
    const facets: Record<Facet, (text: string) => boolean> = {
      who: requireNamedGroups
        ? (t) => lexicons.get('groups').test(t)
        : (t) => lexicons.get('engagement-who').test(t) || lexicons.get('groups').test(t),
      how: (t) => lexicons.get('engagement-how').test(t),
      when: (t) => lexicons.get('engagement-when').test(t),
      feedback: (t) => lexicons.get('engagement-feedback').test(t),
    };
    const order: Facet[] = ['who', 'how', 'when', 'feedback'];

    return {
      documentEnd(doc) {
        const content = findEngagement(doc, lexicons);
        if (content.sentences.length === 0 && content.sections.length === 0) {
          context.report({ messageId: 'missing', data: askData(order.map((f) => FACET_ASKS[f])) });
          return;
        }
        const texts = [...content.headings.map((h) => h.text), ...content.sentences.map((s) => s.text)];
        const lacking = order.filter((facet) => !texts.some((t) => facets[facet](t)));
        const missingWords: Record<Facet, string> = {
          who: requireNamedGroups ? 'which minority ethnic communities will be engaged' : 'who will be engaged',
          how: 'how people will be engaged',
          when: 'when they will be engaged',
          feedback: 'how what they say will change the service',
        };
        // What the plan does say is evidence: all of it meets the key action, some of it partly.
        const said = order.filter((facet) => !lacking.includes(facet));
        if (said.length > 0) {
          const at = content.sections[0] ? { section: content.sections[0] } : { sentence: content.sentences[0]! };
          context.evidence({ ...at, note: `an engagement plan that says ${listInEnglish(said.map((f) => missingWords[f]))}` });
        }
        if (lacking.length === 0) return;
        // The finding judges the plan as a whole, so it sits on the engagement section, or on
        // a section that is mostly about engaging people (whatever its heading says); a plan
        // that is a sentence or two inside another section is pointed at where it starts. One
        // sentence makes a section the plan's home only when its heading speaks of engaging
        // people ("Involving women and communities"): under "3. Scope" or the title, the finding
        // quotes the sentence.
        const first = content.sentences[0];
        const home = first?.block.section;
        const homeSentences = home ? home.blocks.flatMap((b) => (b.kind === 'heading' ? [] : b.sentences)) : [];
        const engagingInHome = homeSentences.filter((x) => content.sentences.includes(x)).length;
        const headingEngages = home?.heading !== undefined && lexicons.get('engagement').test(home.heading.text);
        const mostlyEngagement = (engagingInHome >= 2 || headingEngages) && engagingInHome * 2 >= homeSentences.length;
        const target = content.sections[0]
          ? { section: content.sections[0] }
          : home?.heading && mostlyEngagement
            ? { section: home }
            : { sentence: first! };
        context.report({
          ...target,
          messageId: 'generic',
          data: {
            // "does not say how people will be engaged or how what they say will change the service".
            missing: listInEnglish(lacking.map((f) => missingWords[f]), 'or'),
            ...askData(lacking.map((f) => FACET_ASKS[f])),
          },
        });
      },
    };
  },
});
