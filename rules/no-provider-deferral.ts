/**
 * Flags sentences that hand equality, access or meeting people's needs to the
 * provider ("the provider will comply with its duties under the Equality Act
 * 2010") without saying what the service must do: the commissioning habit
 * Better Health Briefing 28 found of leaving providers to find the response.
 *
 * Division of work with no-vague-equity-statement: a sentence that makes a
 * universal claim ("accessible to all", "diverse needs", "no one will be
 * disadvantaged") belongs to that rule, which already asks for a group, a
 * mechanism and a measure; this rule skips it, so one sentence never gets two
 * findings asking for the same thing.
 */
import { defineRule } from '../src/core/rule.js';
import { SPECIFICITY_LEXICONS, specificityChecker } from './lib/specificity.js';
import { within } from './lib/spans.js';
import type { Lexicon, LexiconMatch, Lexicons } from '../src/core/lexicon.js';
import { askData, type Ask } from './lib/text.js';
import { switchOptions } from './lib/options.js';
import { leadInFinder } from './lib/lead-ins.js';

type Options = [{ requireResponse?: boolean }];

/** How far into a lead-in an opening phrase set off by a comma may run before the provider is named. */
const OPENING_PHRASE = 120;

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
    lexicons: [
      ...SPECIFICITY_LEXICONS,
      'coverage',
      'deferral-determiners',
      'deferral-later-verbs',
      'deferral-open-decisions',
      'deferral-topic-access',
      'deferral-topic-duties',
      'deferral-topic-needs',
      'equality-topics',
      'language-access',
      'provider-deferral',
      'provider-discretion',
      'provider-responses',
      'universal-claims',
    ],
    keyAction: { id: 'response', messages: { deferred: 'not-met', delegated: 'not-met' } },
  },
  create(context) {
    const { lexicons } = context;
    const deferral = lexicons.get('provider-deferral');
    const discretion = lexicons.get('provider-discretion');
    const topics = lexicons.get('equality-topics');
    const coverage = lexicons.get('coverage');
    const claims = lexicons.get('universal-claims');
    const groups = lexicons.get('groups');
    const languages = lexicons.get('languages');
    const languageAccess = lexicons.get('language-access');
    const determiners = lexicons.get('deferral-determiners');
    const openDecisions = lexicons.get('deferral-open-decisions');
    const laterVerbs = lexicons.get('deferral-later-verbs');
    const specificity = specificityChecker(lexicons, { mechanisms: lexicons.get('provider-responses') });
    const requireResponse = context.options[0]?.requireResponse ?? false;

    const leadInOf = leadInFinder(context.document);
    /**
     * The provider as the subject of a lead-in's main clause: at its start, or just after an opening
     * phrase ("Under this contract, the provider will:"). "The key objectives of the service are to:"
     * names the service inside its subject, and hands nothing over.
     */
    const providerOpening = (text: string): LexiconMatch | undefined => {
      // After one opening phrase or two ("Under this contract, and from its first day, the provider will:"),
      // never inside brackets: "The ICB (not, as before, the provider) will:" gives the list to the ICB.
      const openings = [text.search(/\p{L}/u)];
      for (let comma = text.indexOf(', '); comma >= 0 && comma < OPENING_PHRASE && openings.length < 3; comma = text.indexOf(', ', comma + 2)) {
        const before = text.slice(0, comma);
        if (before.split('(').length !== before.split(')').length) break;
        openings.push(comma + 2);
      }
      // Nothing before the provider but a determiner ("The provider will:"), the provider and its verb
      // together (not "the provider, will:" or "the provider) will:", an aside), and no later verb that
      // another subject governs the list with ("The provider is responsible for the premises, and the
      // commissioner will:").
      const opens = (m: LexiconMatch): boolean =>
        !/[,;()]/.test(m.text) &&
        openings.some((at) => at === m.start || (at < m.start && determiners.first(text.slice(at, m.start))?.start === 0)) &&
        !laterVerbs.test(text.slice(m.end));
      return deferral.find(text).find(opens);
    };
    /** The first match in the item, not in its lead-in. */
    const inItem = (lexicon: Lexicon, text: string, from: number): LexiconMatch | undefined => (from > 0 ? lexicon.find(text).find((m) => m.start >= from) : lexicon.first(text));

    return {
      sentence(sentence) {
        // A list item with no provider of its own continues its lead-in's ("The provider will:" then
        // "comply with the Equality Act 2010"): read together, with what is handed over in the item.
        const own = deferral.first(sentence.text);
        const leadIn = own || sentence !== sentence.block.sentences[0] ? undefined : leadInOf(sentence.block);
        const subject = own ?? (leadIn ? providerOpening(leadIn.text) : undefined);
        if (!subject) return;
        const from = leadIn ? leadIn.text.length + 1 : 0;
        const text = leadIn ? `${leadIn.text} ${sentence.text}` : sentence.text;
        const leftToJudgement = discretion.first(text);
        // The duty handed over: an equality topic, or (when the provider is
        // left to decide) a named group whose needs are to be met.
        // Access across places or an organisation's parts is coverage, not an equality duty ("accessible across all five districts").
        const reach = coverage.find(text);
        // Under a lead-in, what is handed over is in the item: the lead-in's own duty is reported on the lead-in.
        const duty = longest(topics.find(text).filter((m) => m.start >= from && !reach.some((c) => within(m, c))));
        const support = duty || !leftToJudgement ? undefined : inItem(languageAccess, text, from);
        const topic = duty ?? (leftToJudgement ? (inItem(groups, text, from) ?? inItem(languages, text, from) ?? support) : undefined);
        if (!topic) return;
        // Universal claims are no-vague-equity-statement's to report (one may start in the lead-in: "must not:" then "discriminate ...").
        if (claims.find(text).some((m) => m.end > from)) return;
        // "will decide whether interpreting is needed": what follows is the
        // open decision, so a mechanism named there is not a commitment.
        const decided = leftToJudgement ? discretion.find(text).find((m) => openDecisions.test(m.text)) : undefined;
        const whole = specificity(text);
        const has = decided ? { ...specificity(text.slice(0, decided.start)), measure: whole.measure } : whole;
        if (has.mechanism || has.measure) {
          // The provider is given a response to make, not left to find one.
          context.evidence({ sentence, note: 'a stated response for the provider' });
          return;
        }
        // A named group says who, but not what: enough by default, unless the
        // sentence says in so many words that the provider will decide.
        if (has.group && !requireResponse && !leftToJudgement) return;
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

/** The longest match: the most specific duty the sentence names. */
function longest(matches: LexiconMatch[]): LexiconMatch | undefined {
  let best: LexiconMatch | undefined;
  for (const m of matches) if (!best || m.end - m.start > best.end - best.start) best = m;
  return best;
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
