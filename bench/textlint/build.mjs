/**
 * Builds textlint's side of the comparison from speclint's own phrase lists
 * (rules/lexicons/*.yaml), so both tools look for exactly the same phrases:
 *
 *   generated/lexicons.json  one regular expression per lexicon (and per case
 *                            mode), read by rules/speclint-vague-equity.js
 *   generated/prh.yml        a prh dictionary: one rule per phrase list entry of
 *                            universal-claims, groups, mechanisms and measures
 *   generated/textlintrc.prh.json   a textlint config that runs textlint-rule-prh on it
 *
 *   node bench/textlint/build.mjs      (run.mjs calls it; output is deterministic)
 *
 * How a speclint term becomes a regular expression (see README.md):
 * speclint matches word tokens ([letters/digits]+, apostrophes inside words),
 * so "hard to reach" also matches "hard-to-reach" and spacing never matters.
 * Each term "(a|b|) c d*" becomes words joined by [^A-Za-z0-9]+ (any run of
 * non-word characters), "(a|b|)" an optional group, "d*" a word prefix, with
 * word boundaries (\b) on both sides, all terms of a lexicon in one
 * alternation. Terms marked matchCase go in a separate case-sensitive
 * expression. A lexicon's `patterns` (measures has five) are
 * copied as they are.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const lexiconRoot = join(here, '..', '..', 'rules', 'lexicons');
export const GENERATED = join(here, 'generated');

/** The lexicons no-vague-equity-statement reads, in the roles it gives them. */
export const ROLES = {
  claims: ['common/universal-claims'],
  group: ['ethnicity/groups', 'ethnicity/languages'],
  mechanism: ['common/mechanisms'],
  measure: ['common/measures', 'ethnicity/breakdowns'],
};

function readLexicon(path) {
  return parse(readFileSync(join(lexiconRoot, `${path}.yaml`), 'utf8'));
}

// --- term syntax (the same grammar as src/core/lexicon.ts) -------------------

/** "(a|b) c (d|)" → [["a","b"],["c"],["d",""]]; nested groups are expanded within their alternative. */
function parseParts(term) {
  const parts = [];
  let literal = '';
  for (let i = 0; i < term.length; i++) {
    const c = term[i];
    if (c !== '(') {
      literal += c;
      continue;
    }
    if (literal) parts.push([literal]);
    literal = '';
    const alternatives = [];
    let depth = 0;
    let current = '';
    let j = i + 1;
    for (; j < term.length; j++) {
      const d = term[j];
      if (d === '(') depth++;
      else if (d === ')') {
        if (depth === 0) break;
        depth--;
      } else if (d === '|' && depth === 0) {
        alternatives.push(current);
        current = '';
        continue;
      }
      current += d;
    }
    alternatives.push(current);
    parts.push(alternatives.flatMap((alt) => (alt.includes('(') ? expand(alt) : [alt])));
    i = j;
  }
  if (literal) parts.push([literal]);
  return parts;
}

function expand(term) {
  let results = [''];
  for (const options of parseParts(term)) results = results.flatMap((r) => options.map((o) => r + o));
  return results;
}

const WORD_CHAR = /[\p{L}\p{N}'’*]/u;
/** "interpret(er|ing)": parts glued inside a word are merged, so every part boundary falls between words. */
function mergeGlued(parts) {
  const out = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    const ends = (s) => s.length > 0 && WORD_CHAR.test(s[s.length - 1]);
    const starts = (s) => s.length > 0 && WORD_CHAR.test(s[0]);
    if (previous && previous.some(ends) && part.some(starts)) out[out.length - 1] = previous.flatMap((p) => part.map((o) => p + o));
    else out.push([...part]);
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regular-expression dialects: full Unicode for the custom rule, ASCII for prh (which cannot take the u flag). */
const DIALECTS = {
  unicode: { sep: '[^\\p{L}\\p{N}]+', wordChar: '[\\p{L}\\p{N}]', apostrophe: "['’]", before: "(?<![\\p{L}\\p{N}]['’]?)", after: "(?!['’]?[\\p{L}\\p{N}])" },
  ascii: { sep: '[^A-Za-z0-9]+', wordChar: '[A-Za-z0-9]', apostrophe: "['’]", before: '\\b', after: '\\b' },
};

function optionRegex(option, d) {
  const prefix = /\*\s*$/.test(option);
  const words = (prefix ? option.replace(/\*\s*$/, '') : option).match(WORD) ?? [];
  if (words.length === 0) return undefined;
  return (
    words.map((w) => w.split(/['’]/).map(escape).join(d.apostrophe)).join(d.sep) + (prefix ? `${d.wordChar}*` : '')
  );
}

/** One term → a regular-expression source (without flags). */
export function termRegex(term, dialect = 'unicode') {
  const d = DIALECTS[dialect];
  const parts = mergeGlued(parseParts(term)).map((options) => {
    const alts = [...new Set(options.map((o) => optionRegex(o, d)).filter((s) => s !== undefined))];
    return { alt: alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`, optional: options.some((o) => optionRegex(o, d) === undefined), empty: alts.length === 0 };
  }).filter((p) => !p.empty);
  let out = '';
  let started = false;
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    if (!started) {
      // Leading optional parts carry their own separator after them.
      if (p.optional && !last) out += `(?:${p.alt}${d.sep})?`;
      else {
        out += p.optional ? `(?:${p.alt})?` : p.alt;
        started = true;
      }
    } else {
      out += p.optional ? `(?:${d.sep}${p.alt})?` : `${d.sep}${p.alt}`;
    }
  });
  return `${d.before}${out}${d.after}`;
}

function entries(data) {
  return (data.terms ?? []).map((t) => (typeof t === 'string' ? { term: t } : t));
}

/**
 * A lexicon → at most two alternations (case-insensitive, case-sensitive) and its own patterns.
 * ASCII classes with the i flag: the same alternations written with \p{L} and the
 * u flag ran 50 to 100 times slower in V8 (seconds per file), which would make
 * textlint look far worse than a sensible rule author would make it.
 */
function lexiconRegexes(data) {
  const out = [];
  const d = DIALECTS.ascii;
  const bare = (t) => termRegex(t.term, 'ascii').slice(d.before.length, -d.after.length);
  const insensitive = entries(data).filter((t) => !t.matchCase).map(bare);
  const sensitive = entries(data).filter((t) => t.matchCase).map(bare);
  if (insensitive.length) out.push({ source: `${d.before}(?:${insensitive.join('|')})${d.after}`, flags: 'i' });
  if (sensitive.length) out.push({ source: `${d.before}(?:${sensitive.join('|')})${d.after}`, flags: '' });
  for (const p of data.patterns ?? []) {
    const source = typeof p === 'string' ? p : p.pattern;
    out.push({ source, flags: typeof p === 'object' && p.matchCase ? '' : 'i' });
  }
  return out;
}

export function build() {
  mkdirSync(GENERATED, { recursive: true });
  const lexicons = {};
  const counts = {};
  for (const [role, paths] of Object.entries(ROLES)) {
    lexicons[role] = paths.flatMap((p) => {
      const data = readLexicon(p);
      counts[p] = entries(data).length + (data.patterns?.length ?? 0);
      return lexiconRegexes(data);
    });
    for (const { source, flags } of lexicons[role]) new RegExp(source, flags); // fail here, not in textlint
  }
  writeFileSync(join(GENERATED, 'lexicons.json'), `${JSON.stringify({ generatedFrom: Object.values(ROLES).flat(), lexicons }, null, 1)}\n`);

  // prh: one rule per term, ASCII word boundaries, case-insensitive unless matchCase.
  // `expected` is text no match can equal, so every match is reported.
  const lines = ['# Generated by bench/textlint/build.mjs from speclint\'s lexicons. Do not edit.', 'version: 1', 'rules:'];
  let prhRules = 0;
  for (const path of ['common/universal-claims', 'ethnicity/groups', 'common/mechanisms', 'common/measures']) {
    const data = readLexicon(path);
    const name = path.split('/')[1];
    for (const t of entries(data)) {
      const source = termRegex(t.term, 'ascii');
      lines.push(`  - expected: ${JSON.stringify(`[${name}]`)}`, `    pattern: ${JSON.stringify(`/${source}/${t.matchCase ? '' : 'i'}`)}`);
      prhRules++;
    }
    for (const p of data.patterns ?? []) {
      const source = (typeof p === 'string' ? p : p.pattern).replace(/\(\?:/g, '(?:');
      lines.push(`  - expected: ${JSON.stringify(`[${name}]`)}`, `    pattern: ${JSON.stringify(`/${source}/i`)}`);
      prhRules++;
    }
  }
  writeFileSync(join(GENERATED, 'prh.yml'), `${lines.join('\n')}\n`);
  writeFileSync(join(GENERATED, 'textlintrc.prh.json'), `${JSON.stringify({ rules: { prh: { rulePaths: [join(GENERATED, 'prh.yml')] } } }, null, 2)}\n`);
  return { counts, prhRules };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { counts, prhRules } = build();
  console.log(`textlint equivalents in ${GENERATED}`);
  for (const [p, n] of Object.entries(counts)) console.log(`  ${p}: ${n} terms and patterns`);
  console.log(`  prh.yml: ${prhRules} rules`);
}
