/**
 * A string of its own, not a slice of a larger one: in V8 a slice (13
 * characters or more) keeps the whole string it was cut from alive, so a
 * short quote of a 1 MB paragraph, or a cached piece of one version of a
 * document, would hold all of it.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
