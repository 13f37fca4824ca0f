/**
 * Reading the ethnic groups a text names. Umbrella terms ("BME", "minority ethnic",
 * tagged umbrella in the groups lexicon) say that a text is about ethnicity but not
 * which group: Salway et al. (2013, Better Health Briefing 28) found that broad
 * categories hide the differences between groups that commissioning must see.
 */
import type { Lexicon, LexiconMatch } from '../../src/core/lexicon.js';
import { within } from './spans.js';

/** Matches not inside a longer one: "Black African", not also "African". */
export function outermost(matches: LexiconMatch[]): LexiconMatch[] {
  return matches.filter((m) => !matches.some((o) => o !== m && within(m, o) && o.end - o.start > m.end - m.start));
}

/** Which groups a text names: any at all, and any more particular than an umbrella term ("Bangladeshi women", "Gypsy and Traveller families"). */
export function groupsNamed(groups: Lexicon, text: string): { any: boolean; particular: boolean } {
  const found = groups.find(text);
  return { any: found.length > 0, particular: outermost(found).some((m) => m.tag !== 'umbrella') };
}
