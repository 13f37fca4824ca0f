/**
 * Flags sentences that hand equality, access or meeting people's needs to the
 * provider ("the provider will comply with its duties under the Equality Act
 * 2010") without saying what the service must do: the commissioning habit
 * Better Health Briefing 28 found of leaving providers to find the response.
 *
 * Division of work with no-vague-equity-statement, so one sentence never gets two
 * findings asking for the same thing: a sentence with a universal claim ("accessible
 * to all", "no one will be disadvantaged") is that rule's; the other sentences this
 * rule reports, that rule leaves (reportedAsDeferral, rules/lib/provider-deferral.ts).
 */
import { defineRule } from '../src/core/rule.js';
import type { Lexicon, LexiconMatch, Lexicons } from '../src/core/lexicon.js';
import { askData, type Ask } from './lib/text.js';
import { switchOptions } from './lib/options.js';
import { DEFERRAL_LEXICONS, deferralReader } from './lib/provider-deferral.js';
import { VAGUE_CLAIM_LEXICONS, readsAsUnspecificClaim, vagueClaimJudge } from './lib/vague-claims.js';

type Options = [{ requireResponse?: boolean }];

/** How far apart the subject and the duty may be and still be quoted as one phrase. */
const MAX_PHRASE = 140;

/** How far before the subject its determiner may start ("the successful " provider). */
const DETERMINER_REACH = 32;

const ASK_GROUP: Ask = { ask: 'which groups it means', example: 'Bangladeshi women, or people who need an interpreter' };
const ASK_MECHANISM: Ask = {
  ask: 'what the provider must do for them',
  example: 'professional interpreters for every appointment, or clinics at named community venues',
};
const ASK_MEASURE: Ask = { ask: 'how you will check it', example: 'uptake by ethnic group, reported each quarter' };

/**
 * The words a reader needs to recognise the deferral: from the subject to the
 * duty when they sit in one clause ("The provider will comply with its duties
 * under the Equality Act 2010"), else the subject's own clause.
 */
function phraseOf(text: string, determiners: Lexicon, subject: LexiconMatch, ...others: LexiconMatch[]): string {
  const matches = [subject, ...others];
  // A long subject ("Any contractor working for and on behalf of the Council ... must") is quoted whole, with room for its duty.
  const limit = Math.max(MAX_PHRASE, subject.end - subject.start + MAX_PHRASE / 2);
  let start = Math.min(...matches.map((m) => m.start));
  let end = Math.max(...matches.map((m) => m.end));
  if (end - start > limit || /[:;]/.test(text.slice(start, end))) {
    start = subject.start;
    const rest = text.slice(subject.end);
    const stop = rest.search(/[.;:,](?:\s|$)/);
    const clauseEnd = subject.end + (stop >= 0 ? stop : rest.length);
    end = Math.min(clauseEnd, subject.start + limit);
    // Cut by the length limit: not in the middle of a word.
    if (end < clauseEnd) while (end > subject.end && /\S/.test(text[end - 1]!) && /\S/.test(text[end]!)) end--;
  }
  const determiner = determiners.first(text.slice(Math.max(0, start - DETERMINER_REACH), start));
  if (determiner) start -= determiner.text.length;
  // Finish the clause when little of it is left ("... the needs of Somali" + " families"); a dot
  // or comma inside a number or an address ("4.2.1", "www.nhs.uk") does not end it.
  const tail = /^(?:[^.;:,]|[.;:,](?=\S)){0,30}(?=[.;:,](?:\s|$)|$)/.exec(text.slice(end));
  if (tail && end + tail[0].length - start <= limit) end += tail[0].length;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Equality, access and meeting people\'s needs must not be left to the provider without a stated response',
      rationale:
        'Specifications often hand equality to the provider: "the provider will comply with its duties under the Equality Act 2010", "the provider will ensure the service is accessible". Research on commissioning found commissioners tended to leave providers to find the response within an existing contract, although providers may lack the motivation, skills or resources to do so. Legal duties apply anyway; the specification adds value only when it says what the service must do, for whom, and how it will be checked.',
      source:
        'Salway et al. (2013), High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, Better Health Briefing 28, Race Equality Foundation, sections 1 and 4.2, and Key Actions (Contracting and procuring services).',
      recommended: 'warn',
      strictOptions: [{ requireResponse: true }],
      goodExample:
        'The provider will book a professional interpreter for every appointment where the patient prefers a language other than English, run weekly clinics at the Bangladeshi Women\'s Centre, and report attendance by ethnic group each quarter.',
    },
    messages: {
      deferred: {
        found: '"{{phrase}}" leaves {{topic}} to the provider but does not say what the service must do.',
        ask: 'Say {{shortAsks}}.',
        withExamples: 'Say {{asks}}.',
      },
      delegated: {
        found: '"{{phrase}}" leaves the provider to decide {{decision}}.',
        ask: 'The specification should set the response: say {{shortAsks}}.',
        withExamples: 'The specification should set the response: say {{asks}}.',
      },
    },
    ...switchOptions({
      requireResponse: 'A named group is not enough: require a mechanism or a measure in every sentence that makes the provider responsible for equality.',
    }),
    lexicons: [...new Set([...DEFERRAL_LEXICONS, ...VAGUE_CLAIM_LEXICONS, 'deferral-topic-access', 'deferral-topic-duties', 'deferral-topic-needs'])],
    keyAction: { id: 'response', messages: { deferred: 'not-met', delegated: 'not-met' } },
  },
  create(context) {
    const { lexicons } = context;
    const determiners = lexicons.get('deferral-determiners');
    const requireResponse = context.options[0]?.requireResponse ?? false;
    const read = deferralReader(lexicons, context.document);
    const judgeVague = vagueClaimJudge(lexicons, context.document);

    return {
      sentence(sentence) {
        const reading = read(sentence);
        if (!reading) return;
        const { subject, leadIn, from, topic, duty, support, leftToJudgement, has } = reading;
        // Universal claims are no-vague-equity-statement's to report, which leaves the rest of these sentences to this rule.
        if (reading.universal) return;
        if (has.mechanism || has.measure) {
          // The provider is given a response to make, not left to find one.
          context.evidence({ sentence, note: 'a stated response for the provider' });
          return;
        }
        // A named group says who, but not what: enough by default, unless the sentence says in so many
        // words that the provider will decide. Asked for more (requireResponse), a sentence that
        // no-vague-equity-statement reads as a claim short of specific is left to it: it reports it
        // whenever it asks for all three (requireAll, as in speclint:strict beside requireResponse).
        if (has.group && !leftToJudgement && (!requireResponse || readsAsUnspecificClaim(judgeVague(sentence)))) return;
        const asks = askData([...(has.group ? [] : [ASK_GROUP]), ASK_MECHANISM, ASK_MEASURE]);
        const words = TOPIC_WORDS[duty ? topicOf(duty.text, lexicons) : support && topic === support ? 'language' : 'needs'];
        // Under a lead-in, the item's own words are quoted, from the start of the clause that hands the duty over.
        const quoted = sentence.text;
        const shift = (m: LexiconMatch): LexiconMatch => ({ ...m, start: Math.max(0, m.start - from), end: Math.max(0, m.end - from) });
        const clause = clauseStart(quoted, topic.start - from);
        const quotedSubject = leadIn ? { ...subject, start: clause, end: clause, text: '' } : subject;
        if (leftToJudgement) {
          context.report({
            sentence,
            messageId: 'delegated',
            data: { phrase: phraseOf(quoted, determiners, quotedSubject, shift(leftToJudgement), shift(topic)), decision: words.decision, ...asks },
          });
        } else {
          context.report({ sentence, messageId: 'deferred', data: { phrase: phraseOf(quoted, determiners, quotedSubject, shift(topic)), topic: words.noun, ...asks } });
        }
      },
    };
  },
});

/** Where the clause holding `at` starts: after the last colon or semicolon before it. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const stop = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'));
  if (stop < 0) return 0;
  let start = stop + 1;
  while (start < at && /\s/.test(text[start]!)) start++;
  return start;
}

type Topic = 'duties' | 'access' | 'needs' | 'equality' | 'language';

/** The lexicon that tells each topic, in the order they are tried: a duty that names needs is about needs. */
const TOPIC_LEXICONS: Array<[Topic, string]> = [
  ['needs', 'deferral-topic-needs'],
  ['duties', 'deferral-topic-duties'],
  ['access', 'deferral-topic-access'],
];

/** What was handed over, from the duty the sentence names. */
function topicOf(matched: string, lexicons: Lexicons): Topic {
  return TOPIC_LEXICONS.find(([, name]) => lexicons.get(name).test(matched))?.[0] ?? 'equality';
}

const TOPIC_WORDS: Record<Topic, { noun: string; decision: string }> = {
  duties: { noun: 'its equality duties', decision: 'how to meet its equality duties' },
  access: { noun: 'making the service accessible', decision: 'how to make the service accessible' },
  needs: { noun: 'meeting people\'s needs', decision: 'how to meet people\'s needs' },
  equality: { noun: 'equality', decision: 'how to respond on equality' },
  language: { noun: 'language support', decision: 'when people get an interpreter or translated information' },
};
