/**
 * Lexicons: phrase lists kept as data (rules/lexicons/*.yaml), compiled into a
 * word trie. Matching is linear in the number of words times the longest
 * phrase, whatever the number of phrases.
 */
import { tokenize, tokensOf, type Token } from './tokens.js';

export interface LexiconTerm {
  term: string;
  matchCase?: boolean;
  /** Free label carried to matches, e.g. the section kind a heading names. */
  tag?: string;
}

export interface LexiconData {
  name: string;
  description?: string;
  terms: Array<string | LexiconTerm>;
  /** Regular expression sources, matched case-insensitively unless `matchCase`. */
  patterns?: Array<string | { pattern: string; matchCase?: boolean }>;
}

export interface LexiconMatch {
  start: number;
  end: number;
  text: string;
  term: string;
  tag?: string;
}

export interface Lexicon {
  readonly name: string;
  readonly description: string;
  /** Every match, in text order (overlapping matches included). */
  find(text: string): LexiconMatch[];
  /** The first match, or undefined. Cheaper than `find`. */
  first(text: string): LexiconMatch | undefined;
  test(text: string): boolean;
}

export interface Lexicons {
  get(name: string): Lexicon;
  has(name: string): boolean;
  names(): string[];
}

/** Thrown for malformed lexicon data; the loader adds the file name. */
export class LexiconError extends Error {}

interface Entry {
  term: string;
  tag?: string;
  /** Original-case words, when the term must match case. */
  caseWords?: string[];
  /** The last word is a prefix (the term ended in *). */
  prefix: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  ends: Entry[];
  /** Entries whose next word only has to start with `prefix`. */
  prefixes: Array<{ prefix: string; entry: Entry }>;
}

const newNode = (): TrieNode => ({ children: new Map(), ends: [], prefixes: [] });

const MAX_EXPANSIONS = 4096;

/** Splits "(a|b) c (d|)" into parts, each a list of options. No nesting. */
function parseParts(term: string): string[][] {
  const parts: string[][] = [];
  const re = /\(([^()]*)\)|[^()]+/g;
  let consumed = 0;
  let combinations = 1;
  for (const m of term.matchAll(re)) {
    if (m.index !== consumed) throw new LexiconError(`unbalanced brackets in "${term}"`);
    consumed = m.index + m[0].length;
    const options = m[1] !== undefined ? m[1].split('|') : [m[0]];
    combinations *= options.length;
    if (combinations > MAX_EXPANSIONS) {
      throw new LexiconError(`"${term}" expands to more than ${MAX_EXPANSIONS} phrases; split it into several terms`);
    }
    parts.push(options);
  }
  if (consumed !== term.length) throw new LexiconError(`unbalanced brackets in "${term}"`);
  return parts;
}

/** Expands "(a|b) c (d|)" and "interpret(er|ing)" into their alternatives (for tools and tests). */
export function expandAlternatives(term: string): string[] {
  let results = [''];
  for (const options of parseParts(term)) results = results.flatMap((r) => options.map((o) => r + o));
  return results;
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

function addTerm(root: TrieNode, raw: LexiconTerm): void {
  if (typeof raw.term !== 'string' || raw.term.trim() === '') throw new LexiconError('a term is empty');
  const parts = parseParts(raw.term);
  const last = parts.length - 1;
  const child = (node: TrieNode, word: string): TrieNode => {
    let next = node.children.get(word);
    if (!next) node.children.set(word, (next = newNode()));
    return next;
  };
  // Depth-first over the parts, so alternatives share the trie path of what
  // precedes them and each option is tokenised once per branch, not per phrase.
  // `pending` is a word cut off at a part boundary ("interpret" + "(er|ing)").
  const walk = (index: number, node: TrieNode, pending: string, words: string[]): void => {
    if (index > last) {
      let text = pending;
      const prefix = /\*\s*$/.test(text);
      if (prefix) text = text.replace(/\*\s*$/, '');
      const tokens = tokenize(text);
      if (tokens.length === 0 && words.length === 0) return; // "(a|)" alone
      let at = node;
      const all = [...words];
      tokens.forEach((t, i) => {
        all.push(t.text);
        if (!(prefix && i === tokens.length - 1)) at = child(at, t.lower);
      });
      const entry: Entry = { term: raw.term, tag: raw.tag, prefix, caseWords: raw.matchCase ? all : undefined };
      if (prefix && tokens.length > 0) at.prefixes.push({ prefix: tokens[tokens.length - 1]!.lower, entry });
      else if (!prefix) at.ends.push(entry);
      return;
    }
    for (const option of parts[index]!) {
      const text = pending + option;
      // Keep a trailing partial word (and anything after the last separator) for the next part.
      let cut = text.length;
      while (cut > 0 && WORD_CHAR.test(text[cut - 1]!)) cut--;
      if (index === last) {
        walk(index + 1, node, text, words);
        continue;
      }
      const complete = tokenize(text.slice(0, cut));
      let at = node;
      const nextWords = raw.matchCase ? [...words, ...complete.map((t) => t.text)] : words;
      for (const t of complete) at = child(at, t.lower);
      walk(index + 1, at, text.slice(cut), nextWords);
    }
  };
  walk(0, root, '', []);
}

function caseMatches(entry: Entry, tokens: Token[], from: number): boolean {
  if (!entry.caseWords) return true;
  const words = entry.caseWords;
  for (let k = 0; k < words.length; k++) {
    const token = tokens[from + k]!.text;
    const word = words[k]!;
    const ok = entry.prefix && k === words.length - 1 ? token.startsWith(word) : token === word;
    if (!ok) return false;
  }
  return true;
}

export function compileLexicon(data: LexiconData): Lexicon {
  const root = newNode();
  if (!Array.isArray(data.terms)) throw new LexiconError('"terms" must be a list of phrases');
  data.terms.forEach((t, i) => {
    const term = typeof t === 'string' ? { term: t } : t;
    if (!term || typeof term !== 'object' || typeof term.term !== 'string') {
      throw new LexiconError(`terms[${i}] must be a phrase or { term, matchCase }`);
    }
    try {
      addTerm(root, term);
    } catch (error) {
      throw new LexiconError(`terms[${i}]: ${(error as Error).message}`);
    }
  });
  const patterns = (data.patterns ?? []).map((p, i) => {
    const source = typeof p === 'string' ? p : p?.pattern;
    if (typeof source !== 'string') throw new LexiconError(`patterns[${i}] must be a regular expression or { pattern, matchCase }`);
    try {
      return new RegExp(source, typeof p === 'object' && p.matchCase ? 'gu' : 'giu');
    } catch (error) {
      throw new LexiconError(`patterns[${i}] is not a valid regular expression: ${(error as Error).message}`);
    }
  });

  function scan(text: string, stopAtFirst: boolean): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    const tokens = tokensOf(text);
    const emit = (from: number, to: number, entry: Entry): void => {
      const start = tokens[from]!.start;
      const end = tokens[to]!.end;
      out.push({ start, end, text: text.slice(start, end), term: entry.term, tag: entry.tag });
    };
    for (let i = 0; i < tokens.length; i++) {
      let node = root;
      for (let j = i; j < tokens.length; j++) {
        const token = tokens[j]!;
        for (const p of node.prefixes) {
          if (token.lower.startsWith(p.prefix) && caseMatches(p.entry, tokens, i)) {
            emit(i, j, p.entry);
            if (stopAtFirst) return out;
          }
        }
        const next = node.children.get(token.lower);
        if (!next) break;
        node = next;
        for (const entry of node.ends) {
          if (caseMatches(entry, tokens, i)) {
            emit(i, j, entry);
            if (stopAtFirst) return out;
          }
        }
      }
    }
    for (const re of patterns) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        if (m[0] === '') continue;
        out.push({ start: m.index, end: m.index + m[0].length, text: m[0], term: re.source });
        if (stopAtFirst) return out;
      }
    }
    if (patterns.length > 0 && !stopAtFirst) out.sort((a, b) => a.start - b.start || b.end - a.end);
    return out;
  }

  return {
    name: data.name,
    description: data.description ?? '',
    find: (text) => scan(text, false),
    first: (text) => scan(text, true)[0],
    test: (text) => scan(text, true).length > 0,
  };
}

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
