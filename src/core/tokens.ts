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

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/’/g, "'");
    const lower = word.toLowerCase();
    tokens.push({ text: word, lower, head: lower.slice(0, 2), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

// Rules test several lexicons against the same sentence in a row; keep the
// last few tokenisations rather than redoing them.
const cache = new Map<string, Token[]>();
const CACHE_LIMIT = 256;

export function tokensOf(text: string): Token[] {
  let tokens = cache.get(text);
  if (!tokens) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    tokens = tokenize(text);
    cache.set(text, tokens);
  }
  return tokens;
}
