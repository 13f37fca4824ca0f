/** Small text helpers shared by the built-in rules (not rules themselves). */

/** "a, b and c" */
export function listInEnglish(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
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
