/**
 * Word tokens with offsets. Phrase matching works on tokens, so hyphens,
 * spacing and apostrophe styles never matter, and matching stays linear.
 */
export interface Token {
  /** As written, apostrophes normalised to '. */
  text: string;
  lower: string;
  /** The first two letters of `lower`: the index for prefix terms ("interpret*"). */
  head: string;
  start: number;
  end: number;
}

/**
 * A word is a run of letters and digits (Unicode L and N), with single
 * apostrophes (' or ’) inside it: what the expression
 * [\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)* with the u flag matches. It is found by a
 * scan over character codes instead (the expression allocates a match object
 * per word): ASCII is decided by code, anything else by the same properties.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The length (1, or 2 for a surrogate pair) of the letter or digit at i, else 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_OR_DIGIT.test(text[i]!) ? 1 : 0;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = wordCharAt(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    i += k;
    for (;;) {
      while (i < n && (k = wordCharAt(text, i)) > 0) i += k;
      // An apostrophe continues the word only when a letter or digit follows it.
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (k = wordCharAt(text, i + 1)) > 0) i += 1 + k;
      else break;
    }
    const written = text.slice(start, i);
    const word = written.includes('’') ? written.replace(/’/g, "'") : written;
    const lower = word.toLowerCase();
    tokens.push({ text: word, lower, head: lower.slice(0, 2), start, end: i });
  }
  return tokens;
}

// Rules test several lexicons against the same sentence in a row, and
// document-level passes go over every sentence and block again at the end:
// keep enough tokenisations for a long document (a 50-page one has ~2,500
// distinct sentences, blocks and rows) rather than redoing them.
const cache = new Map<string, Token[]>();
const CACHE_LIMIT = 8192;

export function tokensOf(text: string): Token[] {
  let tokens = cache.get(text);
  if (!tokens) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    tokens = tokenize(text);
    cache.set(text, tokens);
  }
  return tokens;
}
