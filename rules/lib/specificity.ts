/**
 * What makes a commitment specific: does the sentence name a group, a
 * mechanism (what will be done), a measure (how it will be checked)? Shared by
 * the rules that judge equality commitments (not a rule itself).
 */
import { groupsNamed } from './groups.js';
import type { Lexicon, Lexicons } from '../../src/core/lexicon.js';

/** The lexicons a specificity check reads. */
export const SPECIFICITY_LEXICONS = ['groups', 'languages', 'mechanisms', 'measures', 'breakdowns', 'comparisons'] as const;

export interface Specificity {
  group: boolean;
  mechanism: boolean;
  measure: boolean;
}

/** A rule's own lists, read beside the shared ones. */
export interface SpecificityExtras {
  /** More ways of doing something ("a named officer will respond"). */
  mechanisms?: Lexicon;
  /** More groups, named by other characteristics ("deaf people"). */
  groups?: Lexicon;
}

/** A checker bound to the lexicons, with a rule's own lists added. */
export function specificityChecker(lexicons: Lexicons, extras: SpecificityExtras = {}): (text: string) => Specificity {
  const { mechanisms: moreMechanisms, groups: moreGroups } = extras;
  const groups = lexicons.get('groups');
  const languages = lexicons.get('languages');
  const mechanisms = lexicons.get('mechanisms');
  const measures = lexicons.get('measures');
  const breakdowns = lexicons.get('breakdowns');
  const comparisons = lexicons.get('comparisons');
  return (text) => {
    // A breakdown or comparison across ethnic groups ("recovery rates between ethnic
    // groups", "take-up by ethnic group") names whom it concerns, every group, and how
    // it will be measured, so it counts as both.
    const byGroup = breakdowns.test(text);
    return {
      // A comparison between named parts of the population (the most and least deprived areas) says whom too.
      group: byGroup || groupsNamed(groups, text).particular || languages.test(text) || comparisons.test(text) || (moreGroups?.test(text) ?? false),
      mechanism: mechanisms.test(text) || (moreMechanisms?.test(text) ?? false),
      measure: byGroup || measures.test(text),
    };
  };
}
