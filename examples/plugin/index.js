// An example speclint plugin: rules for mental health service specifications.
// Use it with:  plugins: [nhs-mental-health]   extends: [plugin:nhs-mental-health/recommended]
//
// A plugin needs nothing from speclint at run time; the types come from it:
/** @typedef {import('speclint').RuleModule} RuleModule */

/** Gives a rule its type (the same helper speclint exports as defineRule). */
const defineRule = (/** @type {RuleModule} */ rule) => rule;

/** Words that show a specification concerns detention under the Mental Health Act. */
const DETENTION = /\b(?:detention|detentions|detained|sectioned|Mental Health Act|community treatment orders?|CTOs?|restraint|seclusion)\b/i;

const requireDetentionMonitoring = defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'A mental health specification that covers detention must monitor it by ethnic group',
      rationale:
        'Black people are detained under the Mental Health Act, and subject to community treatment orders and restraint, at several times the rate of White British people. A service that detains people, or works around detention, should report detention and restrictive practice by ethnic group so that commissioners can see and act on the gap.',
      source:
        'National Mental Health Development Unit (2009), Delivering Race Equality in Mental Health Care: a review, cited in Salway et al. (2013), Better Health Briefing 28; NHS Digital Mental Health Act statistics.',
      recommended: 'warn',
      goodExample:
        'The provider will report detentions under the Mental Health Act, community treatment orders and uses of restraint by ethnic group each quarter, against the local population.',
    },
    messages: {
      // In parts: reports show what was found and the ask (a plain string is shown whole).
      unmonitored: {
        found: 'The specification covers detention ("{{quote}}") but nothing is monitored by ethnic group.',
        ask: 'Add a requirement to report detentions, community treatment orders and restraint by ethnic group each quarter.',
      },
    },
    schema: [],
  },
  create(context) {
    const breakdowns = context.lexicons.get('breakdowns');
    let firstMention;
    let monitored = false;
    return {
      sentence(sentence) {
        if (!DETENTION.test(sentence.text)) return;
        firstMention ??= sentence;
        if (breakdowns.test(sentence.text)) monitored = true;
      },
      documentEnd() {
        if (firstMention && !monitored) {
          context.report({ sentence: firstMention, messageId: 'unmonitored', data: { quote: firstMention.text.slice(0, 60) } });
        }
      },
    };
  },
});

export default {
  meta: { name: 'speclint-plugin-nhs-mental-health', version: '0.1.0' },
  rules: { 'require-detention-monitoring': requireDetentionMonitoring },
  configs: {
    recommended: { rules: { 'nhs-mental-health/require-detention-monitoring': 'warn' } },
  },
};
