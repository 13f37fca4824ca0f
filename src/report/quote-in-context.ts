/**
 * Finds a finding's quote inside its paragraph so reports can highlight it.
 * Quotes have their whitespace collapsed (and long ones are cut), while the
 * paragraph keeps the document's own line breaks and spacing, so the match
 * ignores differences in whitespace. Linear: no regular expression is built
 * from document text.
 */
export interface QuoteInContext {
  before: string;
  match: string;
  after: string;
}

const isSpace = (c: string): boolean => /\s/.test(c);

export function findQuote(context: string, quote: string): QuoteInContext | undefined {
  const needle = quote.replace(/\s+/g, ' ').trim();
  if (!needle) return undefined;
  // The paragraph with each run of whitespace as one space, and where each character came from.
  let flat = '';
  const origin: number[] = [];
  for (let i = 0; i < context.length; i++) {
    const c = context[i]!;
    if (isSpace(c)) {
      if (flat.endsWith(' ') || flat === '') continue;
      flat += ' ';
    } else {
      flat += c;
    }
    origin.push(i);
  }
  const at = flat.indexOf(needle);
  if (at < 0) return undefined;
  const start = origin[at]!;
  const end = origin[at + needle.length - 1]! + 1;
  return { before: context.slice(0, start), match: context.slice(start, end), after: context.slice(end) };
}
