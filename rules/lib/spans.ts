/** Text spans (lexicon matches, claim words): one test, shared by the rules that ask it. */

/** `inner` lies wholly within `outer`. */
export const within = (inner: { start: number; end: number }, outer: { start: number; end: number }): boolean => outer.start <= inner.start && inner.end <= outer.end;
