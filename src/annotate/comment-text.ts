/**
 * A Word comment's text, from the finding's view (report/view.ts): short enough
 * for the margin (about 80 words, never more than 90), plain text, starting with
 * its severity ("Must fix" or "Should fix"), then what is wrong, what to add and
 * one short example fitted to the service, then the rule. Pure.
 */
import { gist, quotationRanges, trimEndOf } from '../report/text.js';
import type { FindingView } from '../report/view.js';

/** The length aimed at; the limit is MAX_COMMENT_WORDS. */
export const COMMENT_WORDS = 80;
export const MAX_COMMENT_WORDS = 90;
/** A quotation of QUOTATION_CUT_FROM words or more in a long comment is cut to QUOTATION_WORDS: enough to find it in the document. */
const QUOTATION_WORDS = 10;
const QUOTATION_CUT_FROM = 16;
/** An example cut shorter than this says nothing: leave it out instead. */
const MIN_EXAMPLE_WORDS = 8;

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** At most `n` words, with an ellipsis when cut; a quotation cut short is still closed. */
export function limitWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= n) return words.join(' ');
  const cut = `${trimEndOf(words.slice(0, Math.max(1, n)).join(' '), ',;:.')}…`;
  const ranges = quotationRanges(cut);
  const closed = ranges.length > 0 ? ranges[ranges.length - 1]![1] : 0;
  const open = cut.slice(closed).search(/["“]/);
  if (open === -1) return cut;
  return `${cut}${cut[closed + open] === '“' ? '”' : '"'}`;
}

/** Each quotation of QUOTATION_CUT_FROM words or more cut to its first `n`, with an ellipsis inside the marks; shorter ones are kept whole. */
export function shortenQuotations(text: string, n: number): string {
  let out = '';
  let from = 0;
  for (const [start, end] of quotationRanges(text)) {
    const quotation = text.slice(start, end);
    const words = quotation.slice(1, -1).split(/\s+/).filter(Boolean);
    out += text.slice(from, start);
    out += words.length >= QUOTATION_CUT_FROM && words.length > n ? `${quotation[0]}${trimEndOf(words.slice(0, n).join(' '), ',;:.…')}…${quotation[quotation.length - 1]}` : quotation;
    from = end;
  }
  return out + text.slice(from);
}

// Comments are plain text: a stray Markdown table row reads as its cells.
const plain = (text: string): string =>
  text
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(' / ');

export function commentParagraphs(f: FindingView, url?: string): string[] {
  const rule = `Rule: ${f.ruleId ?? 'speclint'}${url ? ` (${url})` : ''}`;
  let found = plain(f.found);
  let ask = plain(f.ask ?? '');
  let example = f.model ? plain(f.model) : '';
  const total = (): number => countWords(`${f.severityLabel}: ${found} ${ask} ${example ? `For example: ${example}` : ''} ${rule}`);
  // Too long: first what was found loses its lists in brackets, then its long quotations are shortened (inside
  // their marks, so what was found and what to do survive), then the example is cut, then what was found, then the ask.
  if (total() > COMMENT_WORDS) {
    const short = gist(found);
    if (short.trim() !== '') found = short;
  }
  if (total() > COMMENT_WORDS) found = shortenQuotations(found, QUOTATION_WORDS);
  if (total() > COMMENT_WORDS && example) {
    const room = countWords(example) - (total() - COMMENT_WORDS);
    example = room >= MIN_EXAMPLE_WORDS ? limitWords(example, room) : '';
  }
  if (total() > COMMENT_WORDS) found = limitWords(found, Math.max(12, countWords(found) - (total() - COMMENT_WORDS)));
  if (total() > MAX_COMMENT_WORDS) ask = limitWords(ask, Math.max(8, countWords(ask) - (total() - MAX_COMMENT_WORDS)));
  return [`${f.severityLabel}: ${found}${ask ? ` ${ask}` : ''}`, ...(example ? [`For example: ${example}`] : []), rule];
}
