/**
 * Placeholders left in a draft: bracketed fields and instructions ("[Provider
 * name]", "[Insert figures from the JSNA]", "<provider>") and placeholder words
 * and figures ("TBC", "XX%", "£X"). The document model finds them once, blanks
 * them out of the text every rule judges (an instruction is not content: a
 * template's "[which groups, e.g. Bangladeshi residents]" names no group) and
 * keeps them on each block for no-placeholder-text. Vocabulary is in the
 * lexicons named below; this file knows only brackets. Pure; linear.
 */
import { coversWholly, type Lexicon } from './lexicon.js';

/** The lexicons placeholders are recognised by (rules/lexicons/common). */
export const PLACEHOLDER_LEXICONS = ['placeholders', 'placeholder-exceptions', 'placeholder-instructions', 'abbreviation-small-words'] as const;

export interface PlaceholderLexicons {
  /** Placeholder words and figures: TBC, XX%, £X. */
  words: Lexicon;
  /** Bracketed text that is not a placeholder (citations, checkboxes), matched against the whole of it. */
  exceptions: Lexicon;
  /** Words that make bracketed text an instruction even when it looks like an exception. */
  instructions: Lexicon;
  /** Small words an abbreviation leaves out of its initials ("Department of Health and Social Care [DHSC]"). */
  smallWords: Lexicon;
}

export interface Placeholder {
  /** Offsets into the block's text; brackets included. */
  start: number;
  end: number;
}

/** Longer bracketed text is prose in brackets, not a field. */
const MAX_BRACKETED = 400;
const MAX_ANGLE_FIELD = 60;
/** "<provider>", "<Provider name>", "<insert date>": words only, so "<5%" or "a < b > c" are not fields. */
const ANGLE_FIELD = /^\p{L}[\p{L}' -]*$/u;

/** An abbreviation: two to eight letters, at least two of them capitals ("LIMS", "DfE", "MoU"), perhaps a plural "s" ("NGOs"). */
const ABBREVIATION = /^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}\p{L}{1,7}$/u;
/** Where the words an abbreviation stands for cannot reach back past: a sentence's end or another bracket. */
const NAME_BOUNDARY = /[.!?;[\]]/g;

/**
 * An abbreviation in brackets straight after the words it stands for, as
 * tenders write names: "Laboratory Information Management System [LIMS]",
 * "Department for Education [DfE]", "Terms of Reference [TOR]". Its letters are
 * the initials of the capitalised words just before it, in the same sentence,
 * with or without the small words between them, so it is not a field to fill in.
 * One in lower-case words ("electronic patient record [EPR]") stays a placeholder:
 * a template's field can look like that too.
 */
function isAbbreviationOf(inner: string, before: string, smallWords: Lexicon): boolean {
  if (!ABBREVIATION.test(inner)) return false;
  const letters = (/^\p{Lu}+s$/u.test(inner) ? inner.slice(0, -1) : inner).toLowerCase();
  const name = before.slice(Math.max(0, ...[...before.matchAll(NAME_BOUNDARY)].map((m) => m.index + 1)));
  const isSmall = (w: string): boolean => coversWholly(smallWords, w);
  const initialsOf = (list: string[]): string | undefined => {
    if (list.length < letters.length) return undefined;
    const last = list.slice(-letters.length);
    // Every word the letters stand for is capitalised, bar the small ones ("Terms of Reference").
    if (!last.every((w) => isSmall(w) || /^\P{L}*\p{Lu}/u.test(w))) return undefined;
    return last.map((w) => /\p{L}/u.exec(w)![0].toLowerCase()).join('');
  };
  // A hyphenated word is one word or several: "Face-to-face Interpreting Service [FIS]", "Non-Governmental Organisations [NGOs]".
  return [/\s+/, /[\s-]+/].some((split) => {
    const words = name.split(split).filter((w) => /\p{L}/u.test(w));
    return initialsOf(words.filter((w) => !isSmall(w))) === letters || initialsOf(words) === letters;
  });
}

function isBracketPlaceholder(inner: string, before: string, lexicons: PlaceholderLexicons): boolean {
  if (inner.trim() === '') return false; // an empty checkbox, "[ ]"
  if (isAbbreviationOf(inner, before, lexicons.smallWords)) return false;
  if (lexicons.instructions.test(inner)) return true;
  return !coversWholly(lexicons.exceptions, inner);
}

/** Bracketed spans: the innermost "[...]" and "<...>" pairs on one line. */
function bracketed(text: string, lexicons: PlaceholderLexicons, out: Placeholder[]): void {
  let open = -1;
  let opener = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[' || c === '<') {
      open = i;
      opener = c;
    } else if (c === '\n') {
      open = -1;
    } else if (open !== -1 && ((c === ']' && opener === '[') || (c === '>' && opener === '<'))) {
      const inner = text.slice(open + 1, i);
      const found =
        opener === '['
          ? inner.length <= MAX_BRACKETED && isBracketPlaceholder(inner, text.slice(Math.max(0, open - 200), open), lexicons)
          : inner.length <= MAX_ANGLE_FIELD && ANGLE_FIELD.test(inner.trim()) && inner.trim() === inner;
      if (found) out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
}

/** Every placeholder in a text, in order, none overlapping (the outermost kept). */
export function findPlaceholders(text: string, lexicons: PlaceholderLexicons): Placeholder[] {
  const found: Placeholder[] = [];
  if (text.includes('[') || text.includes('<')) bracketed(text, lexicons, found);
  for (const m of lexicons.words.find(text)) found.push({ start: m.start, end: m.end });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Placeholder[] = [];
  for (const p of found) {
    const last = kept[kept.length - 1];
    if (last && p.start < last.end) continue;
    kept.push(p);
  }
  return kept;
}

/** The text with each placeholder replaced by `fill`: offsets and length unchanged. */
export function blankPlaceholders(text: string, placeholders: readonly Placeholder[], fill = ' '): string {
  if (placeholders.length === 0) return text;
  let out = '';
  let at = 0;
  for (const p of placeholders) {
    out += text.slice(at, p.start) + fill.repeat(p.end - p.start);
    at = p.end;
  }
  return out + text.slice(at);
}
