/** Small plain-text helpers shared by the checklist and HTML reports. */
import { locationStyle } from '../core/formats.js';
import type { LintMessage, LintResult } from '../core/messages.js';

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** Where a finding is, as a commissioner counts: ¶ paragraphs in Word, lines elsewhere. */
export function where(m: LintMessage, format: LintResult['format']): string {
  if (m.documentLevel) return 'whole document';
  return locationStyle(format) === 'paragraph' ? `¶${m.line}` : `line ${m.line}`;
}

/** Whitespace collapsed, cut at a word boundary with an ellipsis when longer than `max`. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const space = flat.lastIndexOf(' ', max - 1);
  let cut = space > max / 2 ? space : max - 1;
  // Never between the two halves of a surrogate pair (an emoji, say).
  if (/[\uD800-\uDBFF]/.test(flat[cut - 1] ?? '')) cut--;
  return `${trimEndOf(flat.slice(0, cut), ' \t\n,;:.')}…`;
}

/**
 * `text` without any of `chars` at its end. A loop, because `/[…]+$/` retries
 * from every position of a long run and so takes quadratic time on one.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Text with every innermost "(…)" removed, with the spaces before it. Linear: one pass. */
function withoutBrackets(text: string): string {
  let out = '';
  let from = 0;
  let close = -1; // the first ')' after the current '(', found once per ')' so runs of '(' stay linear
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', from)) {
    if (close <= open) close = text.indexOf(')', open + 1);
    if (close === -1) break;
    const nested = text.indexOf('(', open + 1);
    if (nested !== -1 && nested < close) {
      out += text.slice(from, nested);
      from = nested;
      continue;
    }
    out = trimEndOf(out + text.slice(from, open), ' \t\n');
    from = close + 1;
  }
  return out + text.slice(from);
}

/** The section a finding is in, innermost last ("3. Scope › 3.1 Aims"). */
export const sectionPath = (m: LintMessage): string => (m.headingPath ?? []).join(' › ');

/** Status symbols for the terminal, so a status never depends on colour. */
export const STATUS_SYMBOLS = { met: '✔', partly: '◐', 'not-met': '✖', 'not-checked': '–' } as const;

/** A long name cut from the left, keeping its end (the file name): "…/crisis.docx". */
export function shortenStart(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}

/**
 * The quotations in a text ("…" and “…”), as [start, end) ranges that include the marks. A quotation
 * is the document's own words: shortening a message must never cut or edit inside one.
 */
export function quotationRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  let mark = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open === -1) {
      if (c === '"' || c === '“') {
        open = i;
        mark = c === '"' ? '"' : '”';
      }
    } else if (c === mark) {
      ranges.push([open, i + 1]);
      open = -1;
    }
  }
  return ranges;
}

/** What shortening reads as a boundary (a sentence's end, a bracket, a colon, a line break), and its stand-in inside a quotation. */
const GUARDED: Record<string, string> = { '(': '\uE000', ')': '\uE001', ':': '\uE002', '.': '\uE003', '!': '\uE004', '?': '\uE005', '\n': '\uE006', '\r': '\uE007' };
const UNGUARDED: Record<string, string> = Object.fromEntries(Object.entries(GUARDED).map(([c, g]) => [g, c]));
const STAND_INS = /[\uE000-\uE007]/g;

/**
 * Runs `shorten` on the text with the boundaries inside its quotations stood in for by private-use
 * characters of the same length, so it cuts or drops nothing there, then puts them back. A text that
 * already holds those characters is shortened as it is.
 */
function keepingQuotations(text: string, shorten: (masked: string) => string): string {
  const ranges = quotationRanges(text);
  if (ranges.length === 0 || /[\uE000-\uE007]/.test(text)) return shorten(text);
  let masked = '';
  let from = 0;
  for (const [start, end] of ranges) {
    masked += text.slice(from, start);
    for (let i = start; i < end; i++) masked += GUARDED[text[i]!] ?? text[i];
    from = end;
  }
  masked += text.slice(from);
  return shorten(masked).replace(STAND_INS, (c) => UNGUARDED[c]!);
}

/**
 * What a message found, without what to do about it: its first sentence, with
 * lists in brackets and anything after a colon left out ("None of the 11
 * outcome indicators is reported by ethnic group…"). Quotations are kept whole:
 * a full stop, a bracket or a colon inside one is the document's text.
 */
export function gist(message: string): string {
  return keepingQuotations(message, (masked) => {
    const sentence = firstSentence(masked);
    const plain = withoutBrackets(sentence);
    const colon = plain.indexOf(': ');
    return colon > 20 ? `${plain.slice(0, colon)}.` : plain;
  });
}

/** Up to the first '.', '!' or '?' followed by a space or the end, on the first line; else the whole text. */
function firstSentence(text: string): string {
  for (let i = 0; i < text.length && text[i] !== '\n' && text[i] !== '\r'; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /\s/.test(text[i + 1]!))) return text.slice(0, i + 1);
  }
  return text;
}

/** A good example written as a Markdown table row reads better as its cells. */
export function goodExampleText(text: string): string {
  const row = /^\|(.*)\|$/.exec(text.trim());
  if (!row) return text;
  return row[1]!
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(' — ');
}

/** A finding's quote in quotation marks, with an ellipsis when it is the start of a longer text. */
export const displayQuote = (m: Pick<LintMessage, 'quote' | 'quoteCut'>): string => `"${m.quote ?? ''}${m.quoteCut ? '…' : ''}"`;

/** A finding reported on a section heading: its quote is the heading itself. */
export const isOnHeading = (m: LintMessage): boolean =>
  m.quote !== undefined && m.headingPath !== undefined && m.headingPath[m.headingPath.length - 1] === m.quote;

/** Text from a document or a file name, safe to print to a terminal: no control characters (so no escape sequences). */
export const printable = (text: string): string => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
