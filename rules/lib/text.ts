/** Small text helpers shared by the built-in rules (not rules themselves). */

/** "a, b and c" */
export function listInEnglish(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
