/**
 * Whether a phrase is negated where it stands: "coverage will not be reported
 * by ethnic group" names a breakdown only to refuse it. The look-back stays
 * inside the phrase's clause, and "not only ... but also" is not a negation.
 */
import type { Lexicon, LexiconMatch } from './lexicon.js';

const NEGATION = /\b(?:not|no|never|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|without|nor|neither|unable)\b/gi;
const LOOK_BACK = 80;
/** A negation further back than this many words governs something else. */
const MAX_WORDS = 5;

export function isNegated(text: string, start: number): boolean {
  let window = text.slice(Math.max(0, start - LOOK_BACK), start);
  // Stay in the phrase's own clause: "patients who did not attend, reported by ethnic group" is not a refusal.
  const clause = Math.max(...['.', ';', ':', '?', '!', ',', '(', ')'].map((c) => window.lastIndexOf(c)));
  if (clause !== -1) window = window.slice(clause + 1);
  window = window.split(/\s+/).slice(-MAX_WORDS - 1).join(' ');
  let last: RegExpExecArray | undefined;
  for (const m of window.matchAll(NEGATION)) last = m as RegExpExecArray;
  if (!last) return false;
  // "not only by age but also by ethnic group"
  return !/\bbut\b/i.test(window.slice(last.index + last[0].length));
}

/** The lexicon's matches in the text that are not negated. */
export function affirmedMatches(lexicon: Lexicon, text: string): LexiconMatch[] {
  return lexicon.find(text).filter((m) => !isNegated(text, m.start));
}

/** Does the text contain a match of the lexicon that is not negated? */
export function affirms(lexicon: Lexicon, text: string): boolean {
  const first = lexicon.first(text);
  if (!first) return false;
  return !isNegated(text, first.start) || affirmedMatches(lexicon, text).length > 0;
}
