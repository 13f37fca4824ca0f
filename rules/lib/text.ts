/** Small text helpers shared by the built-in rules (not rules themselves). */

/** "a, b and c" */
export function listInEnglish(items: string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** One thing a message asks for and its example, declared apart: the message gives both, reports the ask alone. */
export interface Ask {
  ask: string;
  example?: string;
}

/** "which groups it means (for example Bangladeshi women)" */
export function withExample({ ask, example }: Ask): string {
  return example === undefined ? ask : `${ask} (for example ${example})`;
}

/**
 * A list of asks as report data: `asks` with their examples, for the message
 * (`MessageParts.withExamples`), and `shortAsks` without, for its ask.
 */
export function askData(asks: Ask[]): { asks: string; shortAsks: string } {
  return { asks: listInEnglish(asks.map(withExample)), shortAsks: listInEnglish(asks.map((a) => a.ask)) };
}

/**
 * A title rather than a statement: a few words, no closing punctuation, every longer word
 * capitalised ("7.0 CONTRACT MONITORING" in a table of contents, "Provider Monitoring
 * Framework" in a list of documents to read with the specification).
 */
export function readsAsTitle(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || /[.;:!?]$/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 10) return false;
  return words.every((w) => w.length < 4 || /^[^\p{L}]*\p{Lu}/u.test(w));
}
