/** Small wording helpers for the page (the reports' own are reused from src/report/text.ts). */

export { goodExampleText } from '../../src/report/text.js';

// A paragraph can be a whole page of text: keep this much either side of the quote.
const CONTEXT_CHARS = 400;

export function trimBefore(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.indexOf(' ', text.length - CONTEXT_CHARS);
  return `…${text.slice(cut < 0 ? text.length - CONTEXT_CHARS : cut)}`;
}

export function trimAfter(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.lastIndexOf(' ', CONTEXT_CHARS);
  return `${text.slice(0, cut < 0 ? CONTEXT_CHARS : cut)} …`;
}
