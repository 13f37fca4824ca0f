/**
 * How a sentence hands equality to the provider: the provider as its subject (or as the subject
 * of the lead-in it continues, "The provider will:" then "- comply with the Equality Act 2010"),
 * the duty handed over, whether the provider is left to decide ("will determine how best to
 * meet the needs of ..."), and what response the sentence itself sets. Read by
 * no-provider-deferral, which reports it, and by no-vague-equity-statement, which leaves to it
 * the sentences it reports.
 */
import type { Sentence, SpecDocument } from '../../src/core/model.js';
import type { Lexicon, LexiconMatch, Lexicons } from '../../src/core/lexicon.js';
import { SPECIFICITY_LEXICONS, specificityChecker, type Specificity } from './specificity.js';
import { within } from './spans.js';
import { leadInFinder } from './lead-ins.js';

/** The lexicons the reading needs: a rule that uses it declares them. */
export const DEFERRAL_LEXICONS = [
  ...SPECIFICITY_LEXICONS,
  'coverage',
  'deferral-determiners',
  'deferral-later-verbs',
  'deferral-open-decisions',
  'equality-topics',
  'language-access',
  'no-impact-claims',
  'provider-deferral',
  'provider-discretion',
  'provider-responses',
  'universal-claims',
] as const;

/** How far into a lead-in an opening phrase set off by a comma may run before the provider is named. */
const OPENING_PHRASE = 120;

export interface DeferralReading {
  /** The provider, in the sentence or in its lead-in. */
  subject: LexiconMatch;
  /** The lead-in the sentence continues, when the provider is named there. */
  leadIn?: Sentence;
  /** Where the sentence starts in `text` (0 without a lead-in). */
  from: number;
  /** The sentence, after its lead-in when it has one. */
  text: string;
  /** What is handed over: the duty, or (when the provider is left to decide) the group or support. */
  topic: LexiconMatch;
  duty?: LexiconMatch;
  support?: LexiconMatch;
  /** Words that leave the response to the provider's judgement ("will determine how best to"). */
  leftToJudgement?: LexiconMatch;
  /** What the sentence sets (up to an open decision, whose mechanism is not a commitment). */
  has: Specificity;
  /** A universal claim in the sentence ("accessible to all"): no-vague-equity-statement's to report. */
  universal: boolean;
}

/** The longest match: the most specific duty the sentence names. */
function longest(matches: LexiconMatch[]): LexiconMatch | undefined {
  let best: LexiconMatch | undefined;
  for (const m of matches) if (!best || m.end - m.start > best.end - best.start) best = m;
  return best;
}

export function deferralReader(lexicons: Lexicons, document: SpecDocument): (sentence: Sentence) => DeferralReading | undefined {
  const deferral = lexicons.get('provider-deferral');
  const discretion = lexicons.get('provider-discretion');
  const topics = lexicons.get('equality-topics');
  const coverage = lexicons.get('coverage');
  const impactClaims = lexicons.get('no-impact-claims');
  const groups = lexicons.get('groups');
  const languages = lexicons.get('languages');
  const languageAccess = lexicons.get('language-access');
  const determiners = lexicons.get('deferral-determiners');
  const openDecisions = lexicons.get('deferral-open-decisions');
  const laterVerbs = lexicons.get('deferral-later-verbs');
  const specificity = specificityChecker(lexicons, { mechanisms: lexicons.get('provider-responses') });
  const claims = lexicons.get('universal-claims');
  const leadInOf = leadInFinder(document);

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
  const inItem = (lexicon: Lexicon, text: string, from: number): LexiconMatch | undefined =>
    from > 0 ? lexicon.find(text).find((m) => m.start >= from) : lexicon.first(text);

  return (sentence) => {
    // A list item with no provider of its own continues its lead-in's ("The provider will:" then
    // "comply with the Equality Act 2010"): read together, with what is handed over in the item.
    const own = deferral.first(sentence.text);
    const leadIn = own || sentence !== sentence.block.sentences[0] ? undefined : leadInOf(sentence.block);
    const subject = own ?? (leadIn ? providerOpening(leadIn.text) : undefined);
    if (!subject) return undefined;
    const from = leadIn ? leadIn.text.length + 1 : 0;
    const text = leadIn ? `${leadIn.text} ${sentence.text}` : sentence.text;
    const leftToJudgement = discretion.first(text);
    // The duty handed over: an equality topic, or (when the provider is
    // left to decide) a named group whose needs are to be met.
    // Access across places or an organisation's parts is coverage, not an equality duty ("accessible across all five districts"),
    // and whom an impact assessment's conclusion is about is not a duty either ("will have a positive impact on all groups",
    // "no negative impact on any group": no-tick-box-equality-assessment reads those).
    const reach = coverage.find(text);
    const concluded = impactClaims.find(text).filter((m) => m.end > from);
    const aboutImpact = (m: LexiconMatch): boolean => concluded.some((c) => m.start >= c.start);
    // Under a lead-in, what is handed over is in the item: the lead-in's own duty is reported on the lead-in.
    const duty = longest(topics.find(text).filter((m) => m.start >= from && !reach.some((c) => within(m, c)) && !aboutImpact(m)));
    const support = duty || !leftToJudgement ? undefined : inItem(languageAccess, text, from);
    const topic = duty ?? (leftToJudgement ? (inItem(groups, text, from) ?? inItem(languages, text, from) ?? support) : undefined);
    if (!topic) return undefined;
    // "will decide whether interpreting is needed": what follows is the
    // open decision, so a mechanism named there is not a commitment.
    const decided = leftToJudgement ? discretion.find(text).find((m) => openDecisions.test(m.text)) : undefined;
    const whole = specificity(text);
    const has = decided ? { ...specificity(text.slice(0, decided.start)), measure: whole.measure } : whole;
    // One may start in the lead-in: "must not:" then "discriminate ...".
    const universal = claims.find(text).some((m) => m.end > from);
    return { subject, leadIn, from, text, topic, duty, support, leftToJudgement, has, universal };
  };
}

/**
 * Whether no-provider-deferral reports the sentence at its default line: equality handed to the
 * provider with no response set and no universal claim (a universal claim is no-vague-equity-statement's).
 * A named group says who, which is enough unless the provider is left to decide.
 * no-vague-equity-statement leaves these sentences to no-provider-deferral, so one sentence never gets
 * both findings.
 */
export const reportedAsDeferral = (reading: DeferralReading | undefined): boolean =>
  reading !== undefined &&
  !reading.universal &&
  !reading.has.mechanism &&
  !reading.has.measure &&
  (!reading.has.group || reading.leftToJudgement !== undefined);
