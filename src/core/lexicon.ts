/**
 * Lexicons: phrase lists kept as data (rules/lexicons/*.yaml), compiled into a
 * word trie. Matching is linear in the number of words times the longest
 * phrase, whatever the number of phrases.
 */
import { mayContain, patternNeeds } from './pattern-needs.js';
import { tokenize, tokensOf, type Token } from './tokens.js';

export interface LexiconTerm {
  term: string;
  matchCase?: boolean;
  /** Free label carried to matches, e.g. the section kind a heading names. */
  tag?: string;
  /** Up to this many other words may stand between the term's parts ("tackling local health inequalities"). */
  gap?: number;
  /** Only words of a name (a capital letter or a digit first) may stand in the gap: "our Strategic Equality Plan", not "the aim of the plan". */
  gapNames?: boolean;
  /** In a scoring lexicon: what the term adds to a text's score (see `lexiconScore`). */
  weight?: number;
}

/** Another lexicon's terms, in this place: one list kept in one file. Resolved when the lexicons are read (resolveIncludes). */
export interface LexiconInclude {
  include: string;
}

export interface LexiconData {
  name: string;
  description?: string;
  terms: Array<string | LexiconTerm>;
  /** The default `gap` for every term: how many inserted words a match tolerates between parts. */
  gap?: number;
  /** Regular expression sources, matched case-insensitively unless `matchCase`. */
  patterns?: Array<string | { pattern: string; matchCase?: boolean; tag?: string }>;
  /** In a scoring lexicon: the score of a text in which no term is found (see `lexiconScore`). */
  baseline?: number;
}

/** The lexicon data of a focus as plain JSON: what the browser checker is built with. */
export interface LexiconSnapshot {
  /** The inequality dimension the lexicons target (settings.focus; the CLI's default). */
  focus: string;
  lexicons: LexiconData[];
}

export interface LexiconMatch {
  start: number;
  end: number;
  text: string;
  term: string;
  tag?: string;
  /** The term's weight, in a scoring lexicon. */
  weight?: number;
}

export interface Lexicon {
  readonly name: string;
  readonly description: string;
  /** A scoring lexicon's score for a text with no term in it; 0 for other lexicons. */
  readonly baseline: number;
  /** Every match, in text order (overlapping matches included). */
  find(text: string): LexiconMatch[];
  /** The first match in the text (find's first), or undefined. Cheaper than `find` for a lexicon of terms only. */
  first(text: string): LexiconMatch | undefined;
  test(text: string): boolean;
}

export interface Lexicons {
  get(name: string): Lexicon;
  has(name: string): boolean;
  names(): string[];
}

/** Thrown for malformed lexicon data; the loader adds the file name, and the line of `path` when it has one. */
export class LexiconError extends Error {
  constructor(
    message: string,
    /** Where in the lexicon's data, e.g. ["terms", 3]. */
    readonly path?: Array<string | number>,
  ) {
    super(message);
  }
}

export const isInclude = (t: unknown): t is LexiconInclude => typeof t === 'object' && t !== null && typeof (t as LexiconInclude).include === 'string';

/**
 * Replaces each `{ include: name }` among a lexicon's terms with that
 * lexicon's terms (read with its own default gap), so a list two lexicons
 * share is written once. `terms` of the data as read from a YAML file may
 * hold includes, hence the looser type in.
 */
export function resolveIncludes(lexicons: Map<string, { terms: unknown[]; gap?: number }>): void {
  const resolving = new Set<string>();
  const resolve = (name: string): void => {
    const data = lexicons.get(name)!;
    if (!data.terms.some(isInclude)) return;
    if (resolving.has(name)) throw new LexiconError(`includes itself (through ${[...resolving].join(', ')})`);
    resolving.add(name);
    data.terms = data.terms.flatMap((t, i) => {
      if (!isInclude(t)) return [t];
      const source = lexicons.get(t.include);
      if (!source) throw new LexiconError(`terms[${i}] includes "${t.include}", which is not a lexicon here`, ['terms', i]);
      resolve(t.include);
      return source.terms.map((s) => (source.gap === undefined || (typeof s === 'object' && (s as LexiconTerm).gap !== undefined) ? s : { ...(typeof s === 'string' ? { term: s } : (s as LexiconTerm)), gap: source.gap }));
    });
    resolving.delete(name);
  };
  for (const name of lexicons.keys()) resolve(name);
}

/** One option of a part: a run of words, matched in order. */
interface Option {
  lower: string[];
  /** Original case, when the term must match case. */
  cased?: string[];
  /** The last word only has to start with this (the term ended in *). */
  prefix: boolean;
}

/** A part of a term: literal words, or "(a|b|)" alternatives. */
interface Part {
  byFirst: Map<string, Option[]>;
  /** Options whose first word is a prefix ("interpret*"). */
  prefixFirst: Option[];
  /** The part may be empty ("(a|)"). */
  optional: boolean;
}

interface Term {
  term: string;
  tag?: string;
  weight?: number;
  /** Built from `data` when the term is first tried: most terms are never tried on a given document. */
  parts?: Part[];
  data: TermData;
  /** Words that may be skipped between two parts. */
  gap: number;
  /** Only words of a name may be skipped. */
  gapNames: boolean;
}

/** More would let a term match across a clause; the words between parts are few in real phrases. */
const MAX_GAP = 4;

const MAX_EXPANSIONS = 4096;

/**
 * Splits "(a|b) c (d|)" into parts, each a list of options. Groups may nest:
 * "(screened out|assessment (is |)not required)"; a nested group is expanded
 * within its alternative.
 */
function parseParts(term: string): string[][] {
  // Literals and alternatives are sliced out of the term rather than built a
  // character at a time: compiling the built-in lexicons parses ~1,000 terms.
  const parts: string[][] = [];
  let literalStart = 0;
  for (let i = 0; i < term.length; i++) {
    const c = term[i]!;
    if (c === ')') throw new LexiconError(`unbalanced brackets in "${term}"`);
    if (c !== '(') continue;
    if (i > literalStart) parts.push([term.slice(literalStart, i)]);
    // Find the matching bracket and split the group on its top-level bars.
    const alternatives: string[] = [];
    let depth = 0;
    let start = i + 1;
    let j = i + 1;
    for (; j < term.length; j++) {
      const d = term[j]!;
      if (d === '(') depth++;
      else if (d === ')') {
        if (depth === 0) break;
        depth--;
      } else if (d === '|' && depth === 0) {
        alternatives.push(term.slice(start, j));
        start = j + 1;
      }
    }
    if (j >= term.length) throw new LexiconError(`unbalanced brackets in "${term}"`);
    alternatives.push(term.slice(start, j));
    const options = alternatives.flatMap((alt) => (alt.includes('(') ? expandAlternatives(alt) : [alt]));
    if (options.length > MAX_EXPANSIONS) throw new LexiconError(`"${term}" nests too many alternatives; split it into several terms`);
    parts.push(options);
    i = j;
    literalStart = j + 1;
  }
  if (term.length > literalStart) parts.push([term.slice(literalStart)]);
  return parts;
}

/** Expands "(a|b) c (d|)" and "interpret(er|ing)" into every phrase (for nested groups, tools and tests). */
export function expandAlternatives(term: string): string[] {
  let results = [''];
  for (const options of parseParts(term)) {
    results = results.flatMap((r) => options.map((o) => r + o));
    if (results.length > MAX_EXPANSIONS) throw new LexiconError(`"${term}" expands to more than ${MAX_EXPANSIONS} phrases; split it into several terms`);
  }
  return results;
}

const WORD_CHAR = /[\p{L}\p{N}'’*]/u;
const endsInWord = (s: string): boolean => s.length > 0 && WORD_CHAR.test(s[s.length - 1]!);
const startsInWord = (s: string): boolean => s.length > 0 && WORD_CHAR.test(s[0]!);

/**
 * Parts glued inside a word ("interpret" + "(er|ing)") are merged, so that
 * every remaining part boundary falls between words and parts can be matched
 * word by word without expanding the whole term.
 */
function mergeGluedParts(parts: string[][], term: string): string[][] {
  const out: string[][] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous && previous.some(endsInWord) && part.some(startsInWord)) {
      // Only glued alternatives are expanded, so only they can multiply.
      if (previous.length * part.length > MAX_EXPANSIONS) {
        throw new LexiconError(`"${term}" glues too many alternatives into one word; split it into several terms`);
      }
      out[out.length - 1] = previous.flatMap((p) => part.map((o) => p + o));
    } else {
      out.push([...part]);
    }
  }
  return out;
}

/** Letters, digits and spaces only: most options ("equal access", "be "). */
const PLAIN = /^ *[A-Za-z0-9]+(?: +[A-Za-z0-9]+)* *$/;

/**
 * An option's words, as tokenize finds them. For plain options the words are
 * simply the space-separated parts, so the (allocation-heavy) regex tokenizer
 * is skipped: compiling the built-in lexicons means some 7,700 options.
 */
function termWords(text: string): Array<{ text: string; lower: string }> {
  if (!PLAIN.test(text)) return tokenize(text);
  return text
    .trim()
    .split(/ +/)
    .map((word) => ({ text: word, lower: word.toLowerCase() }));
}

/**
 * A term parsed and checked, as plain data (JSON-safe): what compiling a
 * lexicon's text costs, done once at build time for the built-in lexicons
 * (see PrecompiledLexicon) and at run time only for a project's overrides.
 */
export interface TermData {
  term: string;
  tag?: string;
  gap: number;
  /** 1 when only words of a name may stand in the gap. */
  n?: 1;
  /** Its weight, in a scoring lexicon. */
  w?: number;
  /** Each part's options in written order; an optional part has `o: 1`. */
  parts: Array<{ options: OptionData[]; o?: 1 }>;
}

/**
 * An option: its lower-case words joined by one space, with "*" after the
 * last when it is a prefix ("interpret*"); for a matchCase term, `cased`, the
 * words as written, the same way. Words never hold a space or a star (see
 * tokenize). One string rather than arrays of words: the built-in lexicons
 * hold some 12,600 options, and JSON.parse reads them as strings in about half
 * the time, with about half the allocation, on every run.
 */
type OptionData = string | { cased: string };

/** The words of an option, and whether the last is a prefix. */
function optionWords(data: OptionData): { written: string[]; prefix: boolean } {
  const text = typeof data === 'string' ? data : data.cased;
  const prefix = text.endsWith('*');
  return { written: (prefix ? text.slice(0, -1) : text).split(' '), prefix };
}

/** The first word of an option, lower case, and whether it is the whole option and a prefix ("interpret*"), read without splitting it. */
function firstOfOption(data: OptionData): { word: string; prefixOnly: boolean } {
  const text = typeof data === 'string' ? data : data.cased.toLowerCase();
  const space = text.indexOf(' ');
  if (space >= 0) return { word: text.slice(0, space), prefixOnly: false };
  return text.endsWith('*') ? { word: text.slice(0, -1), prefixOnly: true } : { word: text, prefixOnly: false };
}

/**
 * Regular-expression syntax that a term cannot have: terms are words, and these
 * characters are not words, so "(in|within) [A-Z]" wanted "A" then "Z" and
 * "(and cultural )?" made "and cultural" compulsory, silently.
 */
const REGEX_SYNTAX = /[[\]\\{}^$?+]/;

function parseTerm(raw: LexiconTerm, defaultGap = 0): TermData {
  if (typeof raw.term !== 'string' || raw.term.trim() === '') throw new LexiconError('a term is empty');
  const syntax = REGEX_SYNTAX.exec(raw.term);
  if (syntax) {
    throw new LexiconError(
      `"${raw.term}" has "${syntax[0]}", which terms do not read: a term is words, with (a|b) for alternatives, (a|) for an optional part and * for any ending; put a regular expression under "patterns"`,
    );
  }
  const gap = raw.gap ?? defaultGap;
  if (!Number.isInteger(gap) || gap < 0 || gap > MAX_GAP) throw new LexiconError(`"gap" must be a whole number from 0 to ${MAX_GAP}`);
  const merged = mergeGluedParts(parseParts(raw.term), raw.term);
  // With a gap, each word written outside brackets is a part of its own, so that other words
  // may stand between any two of them; the words of one alternative stay together.
  const texts = gap === 0 ? merged : merged.flatMap((options) => (options.length === 1 && options[0]!.trim().includes(' ') ? options[0]!.trim().split(/ +/).map((w) => [w]) : [options]));
  let anyWords = false;
  const parts = texts.map((options) => {
    const part: TermData['parts'][number] = { options: [] };
    for (const text of options) {
      // "interpret*": the option's last word matches any ending, in any part.
      const prefix = /\*\s*$/.test(text);
      const words = termWords(prefix ? text.replace(/\*\s*$/, '') : text);
      if (words.length === 0) {
        part.o = 1;
        continue;
      }
      anyWords = true;
      const star = prefix ? '*' : '';
      part.options.push(raw.matchCase ? { cased: words.map((w) => w.text).join(' ') + star } : words.map((w) => w.lower).join(' ') + star);
    }
    return part;
  });
  if (!anyWords) throw new LexiconError(`"${raw.term}" has no words`);
  const out: TermData = { term: raw.term, gap, parts };
  if (raw.tag !== undefined) out.tag = raw.tag;
  if (raw.gapNames) out.n = 1;
  if (raw.weight !== undefined) {
    if (!Number.isFinite(raw.weight)) throw new LexiconError('"weight" must be a number');
    out.w = raw.weight;
  }
  return out;
}

/**
 * What only Unicode mode reads: property escapes, code point escapes, named
 * back-references, surrogate pairs written as escapes and characters beyond
 * the Basic Multilingual Plane. A pattern is checked in Unicode mode's
 * stricter syntax, but run in it only when it has one of these: V8 compiles a
 * case-insensitive pattern about a third faster without it, and each run
 * compiles the patterns it uses afresh. On
 * 384,000 runs of the built-in patterns over real sentences with emoji,
 * ligatures, accented and Turkish letters put in, the modes differed only
 * next to the Kelvin sign, the long s and broken characters (lone
 * surrogates), which no specification has (and ẞ, capital sharp s, matches
 * ß only in Unicode mode).
 */
const UNICODE_ONLY = /\\[pPu]\{|\\k<|\\u[dD][89abAB]|[\u{10000}-\u{10FFFF}]/u;

function partsOf(term: Term): Part[] {
  return (term.parts ??= buildParts(term.data));
}

/*
 * The matcher below runs mostly cold: a CLI run lints one or a few documents,
 * in V8's interpreter, where every step of a for-of loop and every array
 * destructuring allocates an iterator result. Its loops are indexed for that
 * reason (a cold run allocated 6 of its 21 MB in iterator steps, and spent a
 * sixth of its time collecting garbage).
 */

function buildParts(data: TermData): Part[] {
  const parts: Part[] = [];
  for (let p = 0; p < data.parts.length; p++) {
    const { options, o } = data.parts[p]!;
    const part: Part = { byFirst: new Map(), prefixFirst: [], optional: o === 1 };
    for (let i = 0; i < options.length; i++) {
      const stored = options[i]!;
      const { written, prefix } = optionWords(stored);
      const cased = typeof stored !== 'string';
      const lower = cased ? written.map((w) => w.toLowerCase()) : written;
      const option: Option = { lower, cased: cased ? written : undefined, prefix };
      if (prefix && lower.length === 1) part.prefixFirst.push(option);
      else {
        const list = part.byFirst.get(lower[0]!);
        if (list) list.push(option);
        else part.byFirst.set(lower[0]!, [option]);
      }
    }
    parts.push(part);
  }
  return parts;
}

/** Does `option` match the tokens at `at`? Returns the index after it, or -1. */
function matchOption(option: Option, tokens: Token[], at: number): number {
  const n = option.lower.length;
  if (at + n > tokens.length) return -1;
  for (let k = 0; k < n; k++) {
    const token = tokens[at + k]!;
    const last = option.prefix && k === n - 1;
    const ok = last ? token.lower.startsWith(option.lower[k]!) : token.lower === option.lower[k];
    if (!ok) return -1;
    if (option.cased) {
      const cased = option.cased[k]!;
      if (last ? !token.text.startsWith(cased) : token.text !== cased) return -1;
    }
  }
  return at + n;
}

/** A word that can be part of a name: "Strategic", "EDS2", "2020-2024". */
const NAME_WORD = /^[\p{Lu}\p{N}]/u;

/**
 * Matches parts[k..] from token `at`; returns the index after the match, or -1.
 * After a part has matched, up to `gap` words may be skipped before the next
 * (`skippable` is 0 for the first part, which must start where the match does);
 * with `names`, only words of a name.
 */
function matchParts(parts: Part[], k: number, tokens: Token[], at: number, gap = 0, skippable = 0, names = false): number {
  if (k === parts.length) return at;
  const part = parts[k]!;
  for (let skip = 0; skip <= skippable && at + skip <= tokens.length; skip++) {
    const from = at + skip;
    const token = tokens[from];
    if (!token) break;
    if (names && skip > 0 && !NAME_WORD.test(tokens[from - 1]!.text)) break;
    const byFirst = part.byFirst.get(token.lower);
    for (let o = 0; byFirst && o < byFirst.length; o++) {
      const next = matchOption(byFirst[o]!, tokens, from);
      if (next !== -1) {
        const end = matchParts(parts, k + 1, tokens, next, gap, gap, names);
        if (end !== -1) return end;
      }
    }
    for (let o = 0; o < part.prefixFirst.length; o++) {
      const next = matchOption(part.prefixFirst[o]!, tokens, from);
      if (next !== -1) {
        const end = matchParts(parts, k + 1, tokens, next, gap, gap, names);
        if (end !== -1) return end;
      }
    }
  }
  return part.optional ? matchParts(parts, k + 1, tokens, at, gap, skippable, names) : -1;
}

/**
 * Every word a term can start with, following optional leading parts, and the
 * first two letters of every prefix it can start with ("interpret*"), read
 * from its data without building its parts.
 */
function firstWords(data: TermData): { words: string[]; prefixKeys: string[] } {
  // Arrays, each key once: a term starts with a few words at most.
  const words: string[] = [];
  const prefixKeys: string[] = [];
  for (let p = 0; p < data.parts.length; p++) {
    const part = data.parts[p]!;
    for (let i = 0; i < part.options.length; i++) {
      const { word, prefixOnly } = firstOfOption(part.options[i]!);
      if (prefixOnly) {
        const key = word.slice(0, 2);
        if (!prefixKeys.includes(key)) prefixKeys.push(key);
      } else if (!words.includes(word)) words.push(word);
    }
    if (part.o !== 1) break;
  }
  return { words, prefixKeys };
}

const NONE: readonly Term[] = [];

/** Where a global search goes on after an empty match: the next character (a whole code point in Unicode mode), as matchAll does. */
function advancePast(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

/**
 * A lexicon parsed and checked, as JSON-safe data: `compileLexicon` is
 * `lexiconFromPrecompiled(precompileLexicon(data))`. The build keeps the
 * built-in lexicons in this form (scripts/build-lexicons.mjs), so that a run
 * neither parses YAML nor the terms' brackets and stars.
 */
export interface PrecompiledLexicon {
  name: string;
  description: string;
  terms: TermData[];
  /** `needs`: one of these is in every match (pattern-needs.ts); absent when that cannot be told. */
  patterns: Array<{ source: string; flags: string; needs?: string[]; tag?: string }>;
  /** A scoring lexicon's baseline; absent for 0. */
  baseline?: number;
  /**
   * A scoring lexicon whose terms are all plain words (see plainWeights): `terms`
   * is then empty. JSON.parse builds the lookup object itself, so thousands of
   * terms load in a few ms instead of the tens that building term matchers (or
   * a Map) costs on a cold start.
   */
  plain?: PlainWeights;
}

/** Weights by lower-case words joined with one space; the term as written where it differs; the longest term in words. */
interface PlainWeights {
  weights: Record<string, number>;
  written?: Record<string, string>;
  longest: number;
}

export function precompileLexicon(data: LexiconData): PrecompiledLexicon {
  if (!Array.isArray(data.terms)) throw new LexiconError('"terms" must be a list of phrases');
  const terms = data.terms.map((t, i) => {
    const raw = typeof t === 'string' ? { term: t } : t;
    if (!raw || typeof raw !== 'object' || typeof raw.term !== 'string') {
      throw new LexiconError(`terms[${i}] must be a phrase or { term, matchCase }`, ['terms', i]);
    }
    try {
      return parseTerm(raw, data.gap);
    } catch (error) {
      throw new LexiconError(`terms[${i}]: ${(error as Error).message}`, ['terms', i]);
    }
  });
  const patterns = (data.patterns ?? []).map((p, i) => {
    const source = typeof p === 'string' ? p : p?.pattern;
    if (typeof source !== 'string') throw new LexiconError(`patterns[${i}] must be a regular expression or { pattern, matchCase, tag }`, ['patterns', i]);
    const checked = typeof p === 'object' && p.matchCase ? 'gu' : 'giu';
    const tag = typeof p === 'object' && typeof p.tag === 'string' ? p.tag : undefined;
    try {
      const compiled = new RegExp(source, checked).source;
      const flags = UNICODE_ONLY.test(compiled) ? checked : checked.replace('u', '');
      const needs = patternNeeds(compiled);
      return { source: compiled, flags, ...(needs && { needs }), ...(tag !== undefined && { tag }) };
    } catch (error) {
      throw new LexiconError(`patterns[${i}] is not a valid regular expression: ${(error as Error).message}`, ['patterns', i]);
    }
  });
  if (data.baseline !== undefined && !Number.isFinite(data.baseline)) throw new LexiconError('"baseline" must be a number');
  const out: PrecompiledLexicon = { name: data.name, description: data.description ?? '', terms, patterns };
  if (data.baseline === undefined) return out;
  out.baseline = data.baseline;
  const plain = plainWeights(terms, patterns.length);
  if (plain) {
    out.plain = plain;
    out.terms = [];
  }
  return out;
}

/**
 * A scoring lexicon's terms by their words, when every term is plain: one
 * option of whole words, no gap, prefix, case, tag or optional part. Such a
 * term matches exactly where those words stand in a row, so looking up word
 * sequences finds what the term-by-term matcher would.
 */
function plainWeights(terms: TermData[], patterns: number): PlainWeights | undefined {
  if (patterns > 0) return undefined;
  const out: PlainWeights = { weights: {}, longest: 1 };
  for (const t of terms) {
    if (t.gap !== 0 || t.tag !== undefined || t.w === undefined) return undefined;
    const words: string[] = [];
    for (const part of t.parts) {
      if (part.o === 1 || part.options.length !== 1) return undefined;
      const option = part.options[0]!;
      if (typeof option !== 'string' || option.endsWith('*')) return undefined;
      words.push(...option.split(' '));
    }
    const key = words.join(' ');
    // Two terms that read the same give one match, the first (as the term-by-term matcher does).
    if (Object.hasOwn(out.weights, key)) continue;
    out.weights[key] = t.w;
    if (key !== t.term) (out.written ??= {})[key] = t.term;
    out.longest = Math.max(out.longest, words.length);
  }
  return out;
}

export function compileLexicon(data: LexiconData): Lexicon {
  return lexiconFromPrecompiled(precompileLexicon(data));
}

export function lexiconFromPrecompiled(data: PrecompiledLexicon): Lexicon {
  if (data.plain) return plainLexicon(data, data.plain);
  const byFirstWord = new Map<string, Term[]>();
  /** Terms that may start with a prefix word ("interpret*"), by its first two letters. */
  const byPrefixStart = new Map<string, Term[]>();
  /** The few whose prefix is a single letter: tried at every word. */
  const anyStart: Term[] = [];
  for (let t = 0; t < data.terms.length; t++) {
    const termData = data.terms[t]!;
    const term: Term = { term: termData.term, tag: termData.tag, weight: termData.w, data: termData, gap: termData.gap, gapNames: termData.n === 1 };
    const { words, prefixKeys } = firstWords(termData);
    for (let k = 0; k < prefixKeys.length; k++) {
      const key = prefixKeys[k]!;
      if (key.length < 2) anyStart.push(term);
      else {
        const list = byPrefixStart.get(key);
        if (list) list.push(term);
        else byPrefixStart.set(key, [term]);
      }
    }
    for (let w = 0; w < words.length; w++) {
      const list = byFirstWord.get(words[w]!);
      if (list) list.push(term);
      else byFirstWord.set(words[w]!, [term]);
    }
  }
  const patterns = data.patterns.map((p) => ({ re: new RegExp(p.source, p.flags), needs: p.needs, tag: p.tag }));

  const hasPrefixes = byPrefixStart.size > 0 || anyStart.length > 0;

  function scan(text: string, stopAtFirst: boolean): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    const tokens = tokensOf(text);
    const tryTerm = (term: Term, i: number): boolean => {
      const end = matchParts(partsOf(term), 0, tokens, i, term.gap, 0, term.gapNames);
      if (end <= i) return false;
      const start = tokens[i]!.start;
      const stop = tokens[end - 1]!.end;
      // Two terms that read the same ("hard to reach", "hard-to-reach") give one match.
      // Matches at one position are contiguous, so only the tail needs checking.
      for (let k = out.length - 1; k >= 0 && out[k]!.start === start; k--) {
        if (out[k]!.end === stop && out[k]!.tag === term.tag) return false;
      }
      const match: LexiconMatch = { start, end: stop, text: text.slice(start, stop), term: term.term, tag: term.tag };
      if (term.weight !== undefined) match.weight = term.weight;
      out.push(match);
      return stopAtFirst;
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const byWord = byFirstWord.get(token.lower) ?? NONE;
      for (let t = 0; t < byWord.length; t++) if (tryTerm(byWord[t]!, i)) return out;
      if (!hasPrefixes) continue;
      // A term found by both its first word and a prefix is tried once.
      const byPrefix = byPrefixStart.get(token.head) ?? NONE;
      for (let t = 0; t < byPrefix.length; t++) if (!byWord.includes(byPrefix[t]!) && tryTerm(byPrefix[t]!, i)) return out;
      for (let t = 0; t < anyStart.length; t++) if (!byWord.includes(anyStart[t]!) && !byPrefix.includes(anyStart[t]!) && tryTerm(anyStart[t]!, i)) return out;
    }
    // A pattern is run only on a text with something every match of it contains.
    let lower: string | undefined;
    for (let p = 0; p < patterns.length; p++) {
      const { re, needs, tag } = patterns[p]!;
      if (needs && !mayContain(needs, text, (lower ??= text.toLowerCase()))) continue;
      // exec on the pattern itself, as matchAll would on a copy of it (and past an empty match).
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0] === '') {
          re.lastIndex = advancePast(text, re.lastIndex, re.unicode);
          continue;
        }
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], term: re.source, tag });
      }
    }
    // stopAtFirst is asked only of a lexicon without patterns (firstOf), whose first term found is the first in the text.
    if (patterns.length > 0) out.sort((a, b) => a.start - b.start || b.end - a.end);
    return out;
  }

  // Rules ask the same lexicon about the same text many times over (each rule
  // its own questions, and document-level passes again at the end): scanning is
  // pure, so results are kept per text, and handed out as copies so that no
  // caller can change what another sees.
  const found = new Map<string, LexiconMatch[]>();
  const firsts = new Map<string, LexiconMatch | null>();
  const copy = (m: LexiconMatch): LexiconMatch => ({ ...m });

  function allOf(text: string): LexiconMatch[] {
    let matches = found.get(text);
    if (!matches) {
      if (found.size >= MEMO_LIMIT) found.clear();
      matches = scan(text, false);
      found.set(text, matches);
    }
    return matches;
  }

  const findAll = (text: string): LexiconMatch[] => allOf(text).map(copy);

  function firstOf(text: string): LexiconMatch | null {
    let first = firsts.get(text);
    if (first === undefined) {
      if (firsts.size >= MEMO_LIMIT) firsts.clear();
      // With patterns, the earliest match may be a pattern's: all are found (and kept for find), in find's order.
      first = (patterns.length > 0 ? allOf(text) : scan(text, true))[0] ?? null;
      firsts.set(text, first);
    }
    return first;
  }

  return {
    name: data.name,
    description: data.description,
    baseline: data.baseline ?? 0,
    find: findAll,
    first: (text) => {
      const first = firstOf(text);
      return first ? copy(first) : undefined;
    },
    test: (text) => firstOf(text) !== null,
  };
}

/** A scoring lexicon of plain terms (plainWeights): each run of up to its longest term's length in words is looked up. */
function plainLexicon(data: PrecompiledLexicon, { weights, written, longest }: PlainWeights): Lexicon {
  const scan = (text: string, stopAtFirst: boolean): LexiconMatch[] => {
    const out: LexiconMatch[] = [];
    const tokens = tokensOf(text);
    for (let i = 0; i < tokens.length; i++) {
      const here: LexiconMatch[] = [];
      let words = '';
      for (let n = 0; n < longest && i + n < tokens.length; n++) {
        words = n === 0 ? tokens[i]!.lower : `${words} ${tokens[i + n]!.lower}`;
        // Own keys only: a word such as "constructor" is not a term.
        if (!Object.hasOwn(weights, words)) continue;
        const start = tokens[i]!.start;
        const end = tokens[i + n]!.end;
        const term = written && Object.hasOwn(written, words) ? written[words]! : words;
        here.push({ start, end, text: text.slice(start, end), term, weight: weights[words]! });
      }
      // At one place, the longest first (as patterns' matches are ordered).
      for (let k = here.length - 1; k >= 0; k--) {
        out.push(here[k]!);
        if (stopAtFirst) return out;
      }
    }
    return out;
  };
  return {
    name: data.name,
    description: data.description,
    baseline: data.baseline ?? 0,
    find: (text) => scan(text, false),
    first: (text) => scan(text, true)[0],
    test: (text) => scan(text, true).length > 0,
  };
}

/**
 * A lexicon compiled when it is first asked something: a run uses about two
 * thirds of the built-in lexicons, and which ones depends on the document.
 */
export function lazyLexicon(name: string, description: string, compile: () => Lexicon): Lexicon {
  let lexicon: Lexicon | undefined;
  const get = (): Lexicon => (lexicon ??= compile());
  return {
    name,
    description,
    get baseline() {
      return get().baseline;
    },
    find: (text) => get().find(text),
    first: (text) => get().first(text),
    test: (text) => get().test(text),
  };
}

/**
 * What a lexicon's terms can start with: the words (lower case), the first
 * two letters of prefix words ("interpret*"), and whether it may match
 * anywhere whatever the words (a one-letter prefix, or regular expressions).
 * Made at build time for the built-in lexicons, for StartIndex.
 */
export interface StartKeys {
  words: string[];
  heads: string[];
  anywhere?: 1;
}

/** The keys a lexicon's scan looks its terms up by (see lexiconFromPrecompiled). */
export function startKeys(data: PrecompiledLexicon): StartKeys {
  const words = new Set<string>();
  const heads = new Set<string>();
  // A plain scoring lexicon is asked about the sentences a rule scores, whatever their words: not worth indexing.
  let anywhere = data.patterns.length > 0 || data.plain !== undefined;
  for (const term of data.terms) {
    const first = firstWords(term);
    for (const word of first.words) words.add(word);
    for (const key of first.prefixKeys) {
      if (key.length < 2) anywhere = true;
      else heads.add(key);
    }
  }
  return { words: [...words], heads: [...heads], ...(anywhere && { anywhere: 1 as const }) };
}

/**
 * Which of many lexicons could match a text, in one pass over its words: a
 * lexicon's scan finds nothing in a text where no word is one its terms start
 * with (StartKeys), so most (lexicon, text) pairs need no scan, nor the
 * lexicon compiled. Rules ask some sixty lexicons about each sentence; one
 * pass replaces sixty.
 */
export class StartIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byHead = new Map<string, number[]>();
  private readonly anywhere: number[] = [];
  private count = 0;
  /** Per text, 1 for each lexicon that could match it. */
  private readonly marks = new Map<string, Uint8Array>();

  /** Adds a lexicon's keys; returns whether that lexicon could match a text. */
  add(keys: StartKeys): (text: string) => boolean {
    const id = this.count++;
    this.marks.clear();
    const list = (map: Map<string, number[]>, key: string): void => {
      const ids = map.get(key);
      if (!ids) map.set(key, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    };
    for (let w = 0; w < keys.words.length; w++) list(this.byWord, keys.words[w]!);
    for (let h = 0; h < keys.heads.length; h++) list(this.byHead, keys.heads[h]!);
    if (keys.anywhere) this.anywhere.push(id);
    return (text) => this.marksOf(text)[id] === 1;
  }

  private marksOf(text: string): Uint8Array {
    let marks = this.marks.get(text);
    if (!marks) {
      if (this.marks.size >= MEMO_LIMIT) this.marks.clear();
      marks = new Uint8Array(this.count);
      for (let a = 0; a < this.anywhere.length; a++) marks[this.anywhere[a]!] = 1;
      const tokens = tokensOf(text);
      for (let t = 0; t < tokens.length; t++) {
        const byWord = this.byWord.get(tokens[t]!.lower);
        for (let k = 0; byWord && k < byWord.length; k++) marks[byWord[k]!] = 1;
        const byHead = this.byHead.get(tokens[t]!.head);
        for (let k = 0; byHead && k < byHead.length; k++) marks[byHead[k]!] = 1;
      }
      this.marks.set(text, marks);
    }
    return marks;
  }
}

/** `lexicon`, asked only about texts that `mayMatch` (StartIndex) lets through: the answer for the others is "nothing". */
export function prefilteredLexicon(lexicon: Lexicon, mayMatch: (text: string) => boolean): Lexicon {
  return {
    name: lexicon.name,
    description: lexicon.description,
    get baseline() {
      return lexicon.baseline;
    },
    find: (text) => (mayMatch(text) ? lexicon.find(text) : []),
    first: (text) => (mayMatch(text) ? lexicon.first(text) : undefined),
    test: (text) => mayMatch(text) && lexicon.test(text),
  };
}

/**
 * A scoring lexicon's score for a text: its baseline plus the weight of each
 * distinct term found in it (a term found twice counts once). Terms without a
 * weight add nothing.
 */
export function lexiconScore(lexicon: Lexicon, text: string): number {
  let score = lexicon.baseline;
  const counted = new Set<string>();
  for (const match of lexicon.find(text)) {
    if (match.weight === undefined || counted.has(match.term)) continue;
    counted.add(match.term);
    score += match.weight;
  }
  return score;
}

/** Whether one of the lexicon's terms or patterns is the whole of a text, trimmed ("[sic]", a cell that reads "Commissioner Lead"). */
export function coversWholly(lexicon: Lexicon, text: string): boolean {
  const trimmed = text.trim();
  return lexicon.find(trimmed).some((m) => m.start === 0 && m.end === trimmed.length);
}

/** Texts whose results each lexicon keeps (a document's sentences, blocks and rows). */
const MEMO_LIMIT = 4096;

export function lexiconSet(lexicons: Map<string, Lexicon>): Lexicons {
  return {
    get(name) {
      const lexicon = lexicons.get(name);
      if (!lexicon) throw new Error(`No lexicon named "${name}" is loaded (known: ${[...lexicons.keys()].join(', ')})`);
      return lexicon;
    },
    has: (name) => lexicons.has(name),
    names: () => [...lexicons.keys()],
  };
}

export type LexiconOverride =
  | Array<string | LexiconTerm>
  | { add?: Array<string | LexiconTerm>; remove?: string[]; replace?: Array<string | LexiconTerm> };

/** Applies a project's `settings.lexicons.<name>` to built-in data. */
export function applyOverride(data: LexiconData, override: LexiconOverride): LexiconData {
  if (Array.isArray(override)) return { ...data, terms: override };
  let terms = override.replace ?? data.terms;
  if (override.remove) {
    const removed = new Set(override.remove.map((t) => t.toLowerCase()));
    terms = terms.filter((t) => !removed.has((typeof t === 'string' ? t : t.term).toLowerCase()));
  }
  if (override.add) terms = [...terms, ...override.add];
  return { ...data, terms };
}
