/**
 * Sentence segmentation for specification prose.
 *
 * A single linear scan: a sentence ends at . ! or ? (with any closing quotes or
 * brackets) followed by white space and then something that can start a
 * sentence. Abbreviations common in NHS documents ("e.g.", "No. 14",
 * "para.", initials) do not end one. Intl.Segmenter splits after "e.g." and
 * "No." and is slower, so it is not used (see the note in README).
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Lower-case forms, without the final dot. */
const ABBREVIATIONS = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'cf', 'viz', 'no', 'nos', 'vs', 'v', 'approx', 'est', 'incl', 'excl',
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'rev', 'st', 'sr', 'jr', 'col', 'gen', 'capt',
  'para', 'paras', 'fig', 'figs', 'ref', 'refs', 'sch', 'sec', 'vol', 'p', 'pp', 'ch', 'art',
  'a.m', 'p.m', 'min', 'max', 'tel', 'ext', 'dept', 'govt', 'inc', 'ltd', 'co', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'n.b', 'nb', 'et al',
  'al', 'u.k', 'approx', 'wk', 'wks', 'yr', 'yrs', 'hr', 'hrs',
]);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const CLOSERS = new Set(['"', "'", '’', '”', ')', ']', '»']);

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  // Abbreviations may contain dots themselves ("e.g", "a.m"); none is longer
  // than a few letters, and a bounded look-back keeps the scan linear.
  const limit = Math.max(0, dot - 8);
  while (i >= limit && /[\p{L}.]/u.test(text[i]!)) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

/** Can the character at i start a new sentence? */
function startsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return true;
  if (/[\p{Lu}\p{N}"'‘“(\[•*–-]/u.test(ch)) return true;
  return false;
}

/**
 * A paragraph's own number, typed before it ("1.1.4", "3.2", "4.", "(a)", "ii)"),
 * followed by a word that starts with a capital. Real specifications number
 * most paragraphs; the number is not part of the first sentence, whose
 * sentence-initial readings ("Provision of ...", "Ensure ...") start after it.
 * A figure before a unit or an acronym ("2.5 FTE") is not a number of this kind.
 */
const PARAGRAPH_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]|\((?:\d{1,3}|[a-z]|i|ii|iii|iv|v|vi|vii|viii|ix|x)\))[ \t\u00a0]+(?=[\p{Lu}][\p{Ll}]|["'‘“])/u;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  // Skip leading space, and the paragraph's number.
  while (start < n && isSpace(text.charCodeAt(start))) start++;
  start += PARAGRAPH_NUMBER.exec(text.slice(start, start + 40))?.[0].length ?? 0;
  for (let i = start; i < n; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < n && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < n && CLOSERS.has(text[end]!)) end++;
    // Never look at the same run of punctuation twice: keeps the scan linear.
    const runEnd = end - 1;
    if (end < n && !isSpace(text.charCodeAt(end))) {
      i = runEnd; // "2.5", "nhs.uk"
      continue;
    }
    let next = end;
    while (next < n && isSpace(text.charCodeAt(next))) next++;
    if (next < n && !startsSentence(text, next)) {
      i = next - 1;
      continue;
    }
    if (ch === '.' && end === i + 1) {
      const word = wordBefore(text, i);
      // A single capital initial ("G. Ellison") is not an ending either.
      // "No." and "Nos." abbreviate "number" only before a number.
      const isNumberWord = (word === 'no' || word === 'nos') && !/\d/.test(text[next] ?? '');
      if ((ABBREVIATIONS.has(word) && !isNumberWord) || (word.length === 1 && /\p{Lu}/u.test(text[i - 1]!))) {
        i = next - 1;
        continue;
      }
    }
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  // Trailing text without a full stop is a sentence too.
  let end = n;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
  return spans;
}
