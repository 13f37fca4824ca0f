/**
 * Reads a sentence for a universal equality claim: an equality, fairness,
 * inclusion, access, cultural or needs concept (claim-concepts; known whole
 * phrases in universal-claims count too), in the frame of a commitment, aim or
 * value close to it (claim-frames), that is not the law described, a definition,
 * a question or a finding (claim-blockers), nor a report of past work with no
 * promise in it (claim-reports), nor a document or the law described as the
 * subject of the sentence with no promise of the organisation's beside it
 * (claim-subjects). A concept inside a phrase that means something
 * else ("equal to or greater than", "inclusion criteria": claim-concept-exclusions),
 * or an access or needs concept beside eligibility criteria (eligibility), is not
 * read as a claim. Whether the claim is specific is a
 * separate question (specificity.ts): this only finds the claim and the words
 * that make it. All vocabulary is in rules/lexicons; nothing here is a word list.
 */
import type { Lexicon, LexiconMatch, Lexicons } from '../../src/core/lexicon.js';
import { within } from './spans.js';

export interface ClaimReading {
  /** The words that make the claim, for quoting: the frame and concept together when they are close. */
  words: { start: number; end: number; text: string };
  /** The concept's family (a claim-concepts tag), or "phrase" for a whole universal-claims phrase. */
  family: string;
}

/** The lexicons a rule that reads claims must declare. */
export const CLAIM_LEXICONS = ['universal-claims', 'claim-concepts', 'claim-concept-exclusions', 'claim-frames', 'claim-blockers', 'claim-reports', 'claim-subjects', 'eligibility'] as const;

/** claim-concept-exclusions tags whose phrases take away a whole universal-claims phrase inside them, not only a concept. */
const PHRASE_EXCLUDING: ReadonlySet<string> = new Set(['name', 'procurement']);

/** A frame this close before the concept is quoted with it ("will reduce health inequalities"). */
const NEAR = 40;

/** How far (in characters) a frame may stand before or after the concept it frames. */
const FRAME_BEFORE = 120;
const FRAME_AFTER = 60;

/**
 * Concept families that say who may use a service, whom it is for, or whom it reaches, when
 * eligibility criteria come with them ("identify and engage people who smoke and are living
 * within Trafford": the client group, not engagement as an equality promise).
 */
const ACCESS_FAMILIES = new Set(['access', 'needs', 'universal-access', 'unnamed-group', 'engagement']);

/**
 * Families for which a place alone (eligibility tagged "residence") names no client group:
 * meeting "the needs of the people who live and work in Preston" is meeting everyone's.
 */
const PLACE_IS_EVERYONE = new Set(['needs']);

/**
 * A tool named as what is promised ("will continue to complete equality analyses"):
 * claim-concept-exclusions stops the words inside a tool's name being read as a
 * concept ("equality" in "equality impact assessment"), not the tool itself; only
 * a longer name it is part of ("the EIA process") excludes the tool. Only a
 * frame just before the tool makes a claim of it, the tool as its object:
 * where the tool comes first, the sentence describes the process ("Equality impact
 * assessments need to be undertaken with full engagement").
 */
const TOOL_FAMILIES = new Set(['assessment']);

/** Frame tags that commit: a purpose or duty ("ensure"), a requirement ("should", "need to"), or a promise ("will", "committed to"). */
export const COMMITS = new Set(['commitment', 'requirement', 'promise']);
export const PROMISES: ReadonlySet<string> = new Set(['promise']);

/** Does a text commit to something (a claim-frames frame tagged as a commitment, requirement or promise)? */
export const commitsIn =
  (frames: Lexicon) =>
  (text: string): boolean =>
    frames.find(text).some((m) => COMMITS.has(m.tag ?? ''));
/** What other bodies are told to do or pledge ("Public bodies need to ...", "Providers will ..."), not their duties described. */
const ASKS_OR_PROMISES: ReadonlySet<string> = new Set(['requirement', 'promise']);

/** Families that are claims in any frame: "regardless of", "no matter where they live". Culture words need a frame: "people of diverse cultural backgrounds use the service" is a finding. */
const SELF_FRAMED = new Set(['universal', 'universal-access']);

/** How far into a sentence an opening phrase set off by a comma may run before the main clause ("As part of our duty under the Act, the Plan sets out..."). */
const OPENING_PHRASE = 120;

/**
 * What a frame must be to make a claim of a sentence whose subject is a document
 * (its purposes are the document's: "a structure for tackling discrimination"),
 * the law (its aims are not the organisation's promise), a tool (what
 * interpreters or an assessment are for is not a promise either) or other bodies
 * in general (their roles and duties described).
 */
const SUBJECT_NEEDS: Record<string, ReadonlySet<string>> = { document: COMMITS, law: PROMISES, tool: PROMISES, 'tool-used': COMMITS, others: ASKS_OR_PROMISES };

/**
 * `framedBefore`: a commitment governs the text from outside it, as the lead-in of a list
 * governs its items ("should meet the following commissioning intentions:" then "More
 * equitable access ..."); a concept then needs no frame of its own. `ignoreBlockers`: blockers
 * with these tags do not count (a lead-in that only says what there is, read with its items).
 */
export type ClaimReader = (text: string, framedBefore?: boolean, ignoreBlockers?: ReadonlySet<string>) => ClaimReading | undefined;

export function claimReader(lexicons: Lexicons): ClaimReader {
  const phrases = lexicons.get('universal-claims');
  const concepts = lexicons.get('claim-concepts');
  const exclusions = lexicons.get('claim-concept-exclusions');
  const frames = lexicons.get('claim-frames');
  const blockers = lexicons.get('claim-blockers');
  const reports = lexicons.get('claim-reports');
  const subjects = lexicons.get('claim-subjects');
  const eligibility = lexicons.get('eligibility');

  /** Every reading of a concept in the sentence. */
  const candidates = (text: string): Array<{ match: LexiconMatch; family: string }> => {
    const wholePhrases = phrases.find(text);
    const found = concepts.find(text);
    if (wholePhrases.length === 0 && found.length === 0) return [];
    const excluded = exclusions.find(text);
    // A whole phrase inside a named framework is no claim ("Fair Access" in "Fair Access to Care Services"), nor
    // inside words about suppliers and bids ("equal access to publicly funded contracts"); inside other
    // exclusions it still is ("committed to the equality, diversity and inclusion agenda").
    const out = wholePhrases.filter((match) => !excluded.some((e) => PHRASE_EXCLUDING.has(e.tag ?? '') && within(match, e))).map((match) => ({ match, family: 'phrase' }));
    if (found.length === 0) return out;
    const criteria = eligibility.find(text);
    const eligible = criteria.length > 0;
    const criterionBeyondPlace = criteria.some((c) => c.tag !== 'residence');
    for (const match of found) {
      // A tool is excluded only as part of a longer name ("the EIA process"), never by its own name.
      const tool = TOOL_FAMILIES.has(match.tag ?? '');
      if (excluded.some((e) => within(match, e) && (!tool || e.end - e.start > match.end - match.start))) continue;
      if (eligible && ACCESS_FAMILIES.has(match.tag ?? '') && (criterionBeyondPlace || !PLACE_IS_EVERYONE.has(match.tag ?? ''))) continue;
      out.push({ match, family: match.tag ?? 'concept' });
    }
    // In text order, the longest reading first where two start together ("equitable basis", not "equitable").
    return out.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
  };

  /** The subject of the main clause when it is a document or the law: at the sentence's start (after any list marker) or just after an opening phrase. */
  const subjectOf = (text: string): LexiconMatch | undefined => {
    const found = subjects.find(text);
    if (found.length === 0) return undefined;
    const start = text.search(/\p{L}/u);
    const comma = text.indexOf(', ');
    // The longest reading where the main clause starts: "EIAs are completed" (the organisation's practice), not just "EIAs".
    const atStart = found.filter((m) => m.start === start || (comma >= 0 && comma < OPENING_PHRASE && m.start === comma + 2));
    return atStart.reduce<LexiconMatch | undefined>((best, m) => (!best || m.end - m.start > best.end - best.start ? m : best), undefined);
  };

  return (text, framedBefore = false, ignoreBlockers) => {
    const found = candidates(text);
    if (found.length === 0) return undefined;
    const blocking = ignoreBlockers ? blockers.find(text).filter((b) => !ignoreBlockers.has(b.tag ?? '')) : blockers.find(text);
    // The law described, a definition or a question is never a claim.
    if (blocking.some((b) => b.tag !== 'finding')) return undefined;
    const framing = frames.find(text);
    // A finding, a document described or a report of what was done commits to nothing unless it also says what will be done.
    // A commitment word inside the finding itself ("highlighting the urgent need to") does not count.
    const outside = framing.filter((f) => !blocking.some((b) => f.start < b.end && b.start < f.end));
    if (blocking.length > 0 && !outside.some((f) => COMMITS.has(f.tag ?? ''))) return undefined;
    // A report of past work commits only with a commitment beside it; work the organisation
    // says it did ("we engaged", tagged "done") only with a modal or a pledge ("and will"),
    // not with the purpose it had ("we worked with ... to ensure").
    const reported = reports.find(text);
    if (reported.length > 0) {
      const needs = reported.some((r) => r.tag === 'done') ? PROMISES : COMMITS;
      if (!outside.some((f) => needs.has(f.tag ?? ''))) return undefined;
    }
    const subject = subjectOf(text);
    if (subject) {
      const needs = SUBJECT_NEEDS[subject.tag ?? ''] ?? COMMITS;
      if (!outside.some((f) => f.start >= subject.end && needs.has(f.tag ?? ''))) return undefined;
    }
    // A concept framed only by words after it is the claim when no concept is framed from before: in "X has
    // a diverse population and the Council has a duty to ensure that no group faces disadvantage" the
    // claim is what the Council ensures, not the population that comes first.
    let framedAfter: ClaimReading | undefined;
    for (const { match, family } of found) {
      // The frame must govern the concept: before it in the same stretch of the sentence, or just after.
      const governing = TOOL_FAMILIES.has(family)
        ? framing.filter((f) => f.end <= match.start && match.start - f.end <= NEAR)
        : framing.filter((f) => (f.end <= match.start ? match.start - f.end <= FRAME_BEFORE : f.start >= match.end ? f.start - match.end <= FRAME_AFTER : true));
      if (governing.length === 0 && !SELF_FRAMED.has(family) && !framedBefore) continue;
      const before = governing.filter((f) => f.end <= match.start && match.start - f.end <= NEAR).at(-1);
      const start = before?.start ?? match.start;
      const reading = { words: { start, end: match.end, text: text.slice(start, match.end) }, family };
      if (governing.length > 0 && governing.every((f) => f.start >= match.end) && !SELF_FRAMED.has(family) && !framedBefore) {
        framedAfter ??= reading;
        continue;
      }
      return reading;
    }
    return framedAfter;
  };
}
