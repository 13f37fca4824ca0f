/**
 * The judgement no-vague-equity-statement makes of a sentence: the claim it reads (with a list
 * item's lead-in), what the sentence names (group, mechanism, measure) and whether it is worded
 * as public bodies word their claims (claim-wording). Shared with no-provider-deferral, which
 * asked for a response to every named group (requireResponse) leaves to no-vague-equity-statement
 * the claims that rule reads, so one sentence never gets both findings.
 */
import type { Block, Sentence, SpecDocument } from '../../src/core/model.js';
import { lexiconScore, type Lexicons } from '../../src/core/lexicon.js';
import { CLAIM_LEXICONS, PROMISES, claimReader, commitsIn, type ClaimReading } from './claims.js';
import { SPECIFICITY_LEXICONS, specificityChecker, type Specificity } from './specificity.js';
import { leadInFinder } from './lead-ins.js';

/** The lexicons the judgement reads: a rule that uses it declares them. */
export const VAGUE_CLAIM_LEXICONS = [...CLAIM_LEXICONS, ...SPECIFICITY_LEXICONS, 'named-groups', 'claim-wording', 'group-references'] as const;

/** How many paragraphs or headings may stand between a pointer back ("these communities") and the list it points to. */
const BACK_REACH = 3;

/** Blocker tags that say nothing about the items a lead-in introduces (claim-blockers). */
const LEAD_IN_NEUTRAL: ReadonlySet<string> = new Set(['existence']);

export interface VagueClaimJudgement {
  claim: ClaimReading;
  has: Specificity;
  /** A group with a mechanism or a measure, or a mechanism with a measure (the default line). */
  specific: boolean;
  /** Worded as a claim rather than as the description around one (the claim-wording score). */
  wordedAsClaim: boolean;
}

export function vagueClaimJudge(lexicons: Lexicons, document: SpecDocument): (sentence: Sentence) => VagueClaimJudgement | undefined {
  const readClaim = claimReader(lexicons);
  const specificity = specificityChecker(lexicons, { groups: lexicons.get('named-groups') });
  const frames = lexicons.get('claim-frames');
  const commitsTo = commitsIn(frames);
  const wording = lexicons.get('claim-wording');
  const leadInOf = leadInFinder(document);
  const references = lexicons.get('group-references');
  const { blocks } = document;

  /** The list items that follow a block (in its section), or the run of items that ends just before it (or before its own list), within BACK_REACH blocks. */
  const listAfter = (block: Block): Block[] => {
    const items: Block[] = [];
    for (let at = blocks[block.index + 1]; at?.kind === 'list-item' && at.section === block.section && !at.cell; at = blocks[at.index + 1]) items.push(at);
    return items;
  };
  const listBefore = (block: Block): Block[] => {
    let at = blocks[block.index - 1];
    while (block.kind === 'list-item' && at?.kind === 'list-item') at = blocks[at.index - 1]; // the block's own list
    for (let skipped = 0; at !== undefined && at.kind !== 'list-item' && skipped < BACK_REACH; skipped++) at = blocks[at.index - 1];
    const items: Block[] = [];
    for (; at?.kind === 'list-item' && !at.cell; at = blocks[at.index - 1]) items.push(at);
    return items;
  };
  /**
   * A claim about groups named in a list nearby ("who work with any of the specific communities
   * below to tackle local health inequalities", "remove barriers between these communities and
   * public services") names them as surely as if it listed them itself.
   */
  const pointsToNamedGroups = (sentence: Sentence): boolean => {
    const pointers = references.find(sentence.text);
    if (pointers.length === 0) return false;
    const namesGroup = (items: Block[]): boolean => items.some((b) => specificity(b.text).group);
    return (
      (pointers.some((p) => p.tag === 'forward') && namesGroup(listAfter(sentence.block))) ||
      (pointers.some((p) => p.tag === 'back') && namesGroup(listBefore(sentence.block)))
    );
  };

  /**
   * The claim a sentence makes. A sentence of a list item is a claim when it reads as one
   * alone or, under a lead-in that commits, when it names a concept. The item's first
   * sentence, which continues the lead-in, is also read with it for what the lead-in rules
   * out: a lead-in that describes the law or a document, or reports a finding, governs its
   * items as it governs its own words. An item that promises in its own words ("The
   * service will ...") speaks for itself.
   */
  function claimOf(sentence: Sentence): ClaimReading | undefined {
    const { block } = sentence;
    const leadIn = leadInOf(block);
    if (!leadIn) return readClaim(sentence.text);
    const commits = commitsTo(leadIn.text);
    const claim = readClaim(sentence.text) ?? (commits ? readClaim(sentence.text, true) : undefined);
    if (!claim || sentence !== block.sentences[0] || frames.find(sentence.text).some((m) => PROMISES.has(m.tag ?? ''))) return claim;
    // Read together only for what the lead-in rules out: its frames were counted above, and a frame the
    // item opens with ("Inclusivity – ...") is no longer at the start of the joined text. A lead-in
    // that only says what there is ("There are three objectives:") rules nothing out.
    return readClaim(`${leadIn.text} ${sentence.text}`, true, LEAD_IN_NEUTRAL) ? claim : undefined;
  }

  return (sentence) => {
    const claim = claimOf(sentence);
    if (!claim) return undefined;
    const own = specificity(sentence.text);
    const has = own.group || !pointsToNamedGroups(sentence) ? own : { ...own, group: true };
    return {
      claim,
      has,
      specific: (has.group && (has.mechanism || has.measure)) || (has.mechanism && has.measure),
      // Worded as public bodies word what surrounds their claims (a duty or a document described, a finding,
      // a process), not as they word the claims themselves: claim-wording, learnt from sentences labelled by
      // the default line.
      wordedAsClaim: lexiconScore(wording, sentence.text) >= 0,
    };
  };
}

/**
 * A claim short of specific: no-vague-equity-statement reports it when it asks for all three
 * (requireAll), and at its default line when it is also worded as a claim.
 */
export const readsAsUnspecificClaim = (judgement: VagueClaimJudgement | undefined): boolean => judgement !== undefined && !judgement.specific;
