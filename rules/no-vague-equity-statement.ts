/**
 * Flags universal equality claims ("equitable provision for all") that name
 * no group, no mechanism and no measure: the statements Better Health
 * Briefing 28 found in place of any real commitment.
 */
import type { Sentence } from '../src/core/model.js';
import { defineRule } from '../src/core/rule.js';
import { commitsIn, type ClaimReading } from './lib/claims.js';
import { specificityChecker } from './lib/specificity.js';
import { VAGUE_CLAIM_LEXICONS, vagueClaimJudge } from './lib/vague-claims.js';
import { DEFERRAL_LEXICONS, deferralReader, reportedAsDeferral } from './lib/provider-deferral.js';
import { askData, listInEnglish, type Ask } from './lib/text.js';
import { switchOptions } from './lib/options.js';

type Options = [{ requireAll?: boolean }];

/** What a claim lacks, and what to ask for in its place. */
const ASKS: Record<'group' | 'mechanism' | 'measure', { missing: string } & Ask> = {
  group: { missing: 'no group', ask: 'which groups it means', example: 'Bangladeshi women, or Gypsy, Roma and Traveller families' },
  mechanism: {
    missing: 'no mechanism',
    ask: 'what the service will do for them',
    example: 'professional interpreters, or sessions in named community venues',
  },
  measure: { missing: 'no measure', ask: 'how it will be measured', example: 'uptake by ethnic group, reported each quarter, with a target' },
};

/**
 * What a claim promises, by the family of the concept that makes it (claim-concepts' tags), so the
 * finding says it in the commissioner's terms: "Increase access" promises access, not fairness.
 */
const PROMISES_BY_FAMILY: Record<string, string> = {
  access: 'promises access',
  'universal-access': 'promises access for everyone',
  needs: 'promises to meet needs',
  'culture-needs': 'promises to meet cultural needs',
  culture: 'promises cultural sensitivity',
  inclusion: 'promises inclusion',
  inequality: 'promises to reduce inequalities',
  engagement: 'promises engagement',
  duty: 'restates the equality duty',
  assessment: 'promises an equality assessment',
};
const PROMISES_FAIRNESS = 'promises fairness';

const TEMPLATE =
  'The service will [what it will do, e.g. offer professional interpreters and sessions at named community venues] ' +
  'for [which groups, e.g. Bangladeshi and Somali residents], and will report [what, e.g. uptake by ethnic group ' +
  'against the local population] every [how often, e.g. quarter], with [a target, e.g. no group more than five ' +
  'percentage points below its share of the population].';

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Universal equality claims must name a group and a mechanism or measure',
      rationale:
        'Specifications often promise "equitable provision for all" and stop there. Such statements commit the provider to nothing a commissioner can check, and research found they rarely led to any change for minority ethnic people. A commitment becomes actionable when it says who it is for, what will be done, and how it will be measured.',
      source:
        'Salway et al. (2013), High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, Better Health Briefing 28, Race Equality Foundation, section 4.2 and Key Actions (Contracting and procuring services).',
      recommended: 'error',
      strictOptions: [{ requireAll: true }],
      goodExample:
        'The service will offer appointments with Urdu- and Bengali-speaking staff and professional interpreters for other languages, and will report attendance by ethnic group each quarter against the practice population.',
    },
    messages: {
      vague: { found: '"{{claim}}" {{promise}} but names {{missing}}.', ask: 'Say {{shortAsks}}.', withExamples: 'Say {{asks}}.' },
      template: 'Replace it with a specific commitment to complete',
    },
    ...switchOptions({
      requireAll: 'Require a named group, a mechanism and a measure, not just a group and one of the other two.',
    }),
    hasSuggestions: true,
    lexicons: [...new Set([...VAGUE_CLAIM_LEXICONS, ...DEFERRAL_LEXICONS])],
    keyAction: {
      id: 'response',
      // "template" is the suggestion's text, never a finding of its own.
      messages: { vague: 'not-met', template: 'not-met' },
      silent: { status: 'not-met', reason: 'no equality commitment was found: nothing says what the service will do, for which groups' },
    },
  },
  create(context) {
    const { lexicons } = context;
    const judge = vagueClaimJudge(lexicons, context.document);
    const readDeferral = deferralReader(lexicons, context.document);
    const specificity = specificityChecker(lexicons, { groups: lexicons.get('named-groups') });
    const requireAll = context.options[0]?.requireAll ?? false;
    const commits = commitsIn(lexicons.get('claim-frames'));
    const concepts = lexicons.get('claim-concepts');
    /** A whole known phrase ("reducing health inequalities") is of the family of the first concept inside it. */
    const familyOf = (claim: ClaimReading, text: string): string =>
      claim.family !== 'phrase'
        ? claim.family
        : (concepts.find(text).find((m) => m.start < claim.words.end && claim.words.start < m.end && m.tag !== undefined)?.tag ?? claim.family);

    /**
     * Evidence only, never a finding: a commitment that is not a universal claim
     * but says what the service will do for a named group ("a smokeless tobacco
     * pathway for Bangladeshi women, delivered in Sylheti"). The population needs
     * section describes need, so it commits to nothing.
     */
    function specificCommitment(sentence: Sentence): boolean {
      if (sentence.block.section.kind === 'population-needs') return false;
      if (!commits(sentence.text)) return false;
      const has = specificity(sentence.text);
      return has.group && (has.mechanism || has.measure);
    }

    return {
      sentence(sentence) {
        const judged = judge(sentence);
        if (!judged) {
          if (specificCommitment(sentence)) context.evidence({ sentence, note: 'a specific commitment for named groups' });
          return;
        }
        const { claim, has } = judged;
        const specific = requireAll ? has.group && has.mechanism && has.measure : judged.specific;
        if (specific) {
          context.evidence({ sentence, note: 'a specific equality commitment' });
          return;
        }
        // With requireAll every claim short of all three is reported, however it is worded.
        if (!requireAll && !judged.wordedAsClaim) return;
        // Equality handed to the provider with no universal claim ("The provider will comply with its duties
        // under the Equality Act 2010") is no-provider-deferral's, which says so: one finding, not two.
        if (reportedAsDeferral(readDeferral(sentence))) return;
        const lacking = (Object.keys(ASKS) as Array<keyof typeof ASKS>).filter((k) => !has[k]);
        context.report({
          sentence,
          messageId: 'vague',
          data: {
            claim: claim.words.text,
            promise: PROMISES_BY_FAMILY[familyOf(claim, sentence.text)] ?? PROMISES_FAIRNESS,
            missing: listInEnglish(lacking.map((k) => ASKS[k].missing)),
            ...askData(lacking.map((k) => ASKS[k])),
          },
          suggest: [{ messageId: 'template', fix: { text: TEMPLATE } }],
        });
      },
    };
  },
});
