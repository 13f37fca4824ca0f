import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinLexiconData, parseLexiconText } from '../src/config/lexicons.js';
import { applyOverride, compileLexicon, expandAlternatives, lazyLexicon, lexiconFromPrecompiled, lexiconScore, LexiconError, precompileLexicon, prefilteredLexicon, resolveIncludes } from '../src/core/lexicon.js';

const lexicon = (...terms: Array<string | { term: string; matchCase?: boolean; tag?: string }>) => compileLexicon({ name: 't', terms });
const found = (terms: Parameters<typeof lexicon>, text: string) => lexicon(...terms).find(text).map((m) => m.text);

describe('lexicon matching', () => {
  it('matches whole words whatever the case, spacing, hyphens or apostrophes', () => {
    expect(found(['hard to reach'], 'Reach HARD-TO-REACH groups and hard  to\nreach ones; not hardtoreach.')).toEqual(['HARD-TO-REACH', 'hard  to\nreach']);
    expect(found(["women's health"], 'the Women’s Health Forum')).toEqual(['Women’s Health']);
    expect(found(['race'], 'a racehorse and a race')).toEqual(['race']);
  });

  it('expands (a|b) alternatives, optional parts and alternatives inside a word', () => {
    expect(expandAlternatives('(equal|fair) access( for all|)')).toEqual(['equal access for all', 'equal access', 'fair access for all', 'fair access']);
    expect(found(['(equal|fair) access (for all|)'], 'Fair access for all, and equal access.')).toEqual(['Fair access for all', 'equal access']);
    expect(found(['interpret(er|ers|ing) (service|)'], 'An interpreting service and two interpreters; we interpret.')).toEqual(['interpreting service', 'interpreters']);
    // Overlapping matches are all reported: with "the" optional, both of these match.
    expect(found(['(screened out|full assessment (is |was |)not required)'], 'A full assessment was not required; it was screened out.')).toEqual([
      'full assessment was not required',
      'screened out',
    ]);
    expect(found(['(the |)provider (will|shall) ensure'], 'The provider shall ensure it.')).toEqual(['The provider shall ensure', 'provider shall ensure']);
  });

  it('treats a trailing * as "any ending" on the last word', () => {
    expect(found(['co-produc*'], 'Co-production and co-produced plans; not coproduce.')).toEqual(['Co-production', 'co-produced']);
    expect(found(['equitabl*'], 'equitably; an equity audit')).toEqual(['equitably']);
    // A term that starts with either a prefix or a whole word matches at both.
    expect(found(['(interpret*|translation) services', 'e*'], 'interpreting services and translation services')).toEqual([
      'interpreting services',
      'translation services',
    ]);
  });

  it('lets a few words stand between the parts of a term when it has a gap', () => {
    const gapped = (gap: number, text: string) => compileLexicon({ name: 't', terms: [{ term: '(tackle|tackling) (health |)inequalities', gap }] }).find(text).map((m) => m.text);
    expect(gapped(0, 'tackling local health inequalities')).toEqual([]);
    expect(gapped(2, 'tackling local health inequalities')).toEqual(['tackling local health inequalities']);
    expect(gapped(2, 'tackling the very stark local health inequalities')).toEqual([]);
    // The first part starts the match: no words are skipped before it.
    expect(gapped(2, 'we are tackling inequalities')).toEqual(['tackling inequalities']);
    // A lexicon-wide gap applies to every term that does not set its own.
    const wide = compileLexicon({ name: 't', gap: 1, terms: ['meet needs', { term: 'equal access', gap: 0 }] });
    expect(wide.find('meet diverse needs and equal fair access').map((m) => m.text)).toEqual(['meet diverse needs']);
    expect(() => compileLexicon({ name: 't', terms: [{ term: 'a b', gap: 9 }] })).toThrow(LexiconError);
  });

  it('with gapNames, lets only the words of a name stand in the gap', () => {
    const subject = compileLexicon({ name: 't', terms: [{ term: '(the|our) (plan|scheme) (sets out|identifies|is)', gap: 4, gapNames: true }] });
    const found = (text: string) => subject.find(text).map((m) => m.text);
    expect(found('Our current Race Equality Scheme sets out the actions')).toEqual([]);
    expect(found('Our Race Equality Scheme 2024-2028 sets out the actions')).toEqual(['Our Race Equality Scheme 2024-2028 sets out']);
    expect(found('The Plan identifies key priorities')).toEqual(['The Plan identifies']);
    // Not a name: "aim of the" does not stand in the gap, so the match is only the last three words.
    expect(found('The aim of the plan is to reduce health inequalities')).toEqual(['the plan is']);
    // Without gapNames any words may stand there.
    expect(compileLexicon({ name: 't', terms: [{ term: '(the|our) (plan|scheme) (is)', gap: 4 }] }).find('The aim of the plan is').map((m) => m.text)).toEqual(['The aim of the plan is', 'the plan is']);
  });

  it('honours matchCase for words that are ordinary English in lower case', () => {
    const terms: Parameters<typeof lexicon> = [{ term: 'Polish', matchCase: true }, { term: 'Traveller*', matchCase: true }];
    expect(found(terms, 'polish the floor; Polish families; Travellers; travellers on the train')).toEqual(['Polish', 'Travellers']);
  });

  it('runs regular-expression patterns too, and reports tags', () => {
    const l = compileLexicon({ name: 'm', terms: [{ term: 'population needs', tag: 'population-needs' }], patterns: ['\\b\\d+\\s?%'] });
    expect(l.find('Population needs: 45 % of births').map((m) => [m.text, m.tag])).toEqual([
      ['Population needs', 'population-needs'],
      ['45 %', undefined],
    ]);
    expect(l.test('nothing here')).toBe(false);
    // The first in the text, a pattern's or a term's, as find orders them.
    expect(l.first('45% of population needs')?.text).toBe('45%');
    expect(l.first('population needs: 45%')?.text).toBe('population needs');
    expect(compileLexicon({ name: 'p', terms: [], patterns: ['zeta', 'alpha'] }).first('alpha, then zeta')?.text).toBe('alpha');
    // A pattern carries a tag as a term does, straight from the YAML and through the precompiled form.
    const data = { name: 'f', terms: [], patterns: [{ pattern: '\\brecognises that discrimination\\b[^.]{0,40}?\\bis unlawful\\b', tag: 'finding' }] };
    for (const tagged of [compileLexicon(data), lexiconFromPrecompiled(JSON.parse(JSON.stringify(precompileLexicon(data))))]) {
      expect(tagged.find('The Trust recognises that discrimination on any grounds is unlawful.').map((m) => m.tag)).toEqual(['finding']);
    }
  });

  it('runs a pattern in Unicode mode only when it needs it, and checks every pattern in its stricter syntax', () => {
    const data = { name: 'u', terms: [], patterns: ['café', '\\bna[iï]ve\\b', { pattern: '\\p{Lu}{3,}', matchCase: true }, { pattern: 'NHS', matchCase: true }] };
    const precompiled = precompileLexicon(data);
    expect(precompiled.patterns.map((p) => p.flags)).toEqual(['gi', 'gi', 'gu', 'g']);
    // Code points, surrogate pairs written as escapes, named back-references and emoji keep Unicode mode.
    const needing = ['\\u{1F600}', '[\\uD83D\\uDE00-\\uD83D\\uDE4F]+', '(?<w>a)\\k<w>', '😀+'];
    expect(precompileLexicon({ name: 'n', terms: [], patterns: needing }).patterns.map((p) => p.flags)).toEqual(['giu', 'giu', 'giu', 'giu']);
    expect(compileLexicon({ name: 'n', terms: [], patterns: needing }).find('😀😃 aa 😀😀').map((m) => [m.start, m.text])).toEqual([
      [0, '😀😃'],
      [0, '😀'],
      [0, '😀'],
      [5, 'aa'],
      [8, '😀😀'],
      [8, '😀😀'],
      [8, '😀'],
      [10, '😀'],
    ]);
    expect(compileLexicon(data).find('CAFÉ for the NAÏVE at the NHS').map((m) => m.text)).toEqual(['CAFÉ', 'CAFÉ', 'NAÏVE', 'NAÏVE', 'NHS', 'NHS']);
    // Valid outside Unicode mode (a lone brace), an error in it: refused, as before.
    expect(() => compileLexicon({ name: 'b', terms: [], patterns: ['a{'] })).toThrow(/not a valid regular expression/);
  });

  it('skips a pattern\'s empty matches and goes on past them, a whole character at a time in Unicode mode', () => {
    const plain = compileLexicon({ name: 'e', terms: [], patterns: ['x*'] });
    expect(plain.find('axxbx').map((m) => [m.start, m.text])).toEqual([
      [1, 'xx'],
      [4, 'x'],
    ]);
    const unicode = compileLexicon({ name: 'e', terms: [], patterns: [{ pattern: '\\p{Ll}*', matchCase: true }] });
    expect(unicode.find('😀ab😀c').map((m) => [m.start, m.text])).toEqual([
      [2, 'ab'],
      [6, 'c'],
    ]);
  });

  it('gives a plain reason for malformed terms', () => {
    expect(() => lexicon('(a|b')).toThrow(new LexiconError('terms[0]: unbalanced brackets in "(a|b"', ['terms', 0]));
    expect(() => lexicon('a|b)')).toThrow(new LexiconError('terms[0]: unbalanced brackets in "a|b)"', ['terms', 0]));
    const many = Array.from({ length: 70 }, (_, i) => `w${i}`).join('|');
    expect(() => lexicon(`(${many})(${many})`)).toThrow(/glues too many alternatives into one word/);
    // Spaced alternatives are matched part by part, so they may multiply freely.
    expect(lexicon(`(${many}) (${many}) (${many})`).test('w3 w69 w0')).toBe(true);
    expect(() => compileLexicon({ name: 'x', terms: [], patterns: ['(unclosed'] })).toThrow(/patterns\[0\] is not a valid regular expression/);
    expect(() => lexicon('  ')).toThrow(/a term is empty/);
  });

  it('refuses regular-expression syntax in a term, which it would otherwise read as words and never match', () => {
    expect(() => lexicon('living in [A-Z]')).toThrow(/terms\[0\]: "living in \[A-Z\]" has "\[", which terms do not read: .*put a regular expression under "patterns"/);
    expect(() => lexicon('religious (and cultural )?needs')).toThrow(/has "\?"/);
    expect(() => lexicon('aged [0-9]+')).toThrow(/has "\["/);
    expect(() => lexicon('protected .{0,40}participate')).toThrow(/has "\{"/);
    // What the syntax wanted, written as a term: an optional part, and a pattern for a capital letter.
    expect(lexicon('religious (and cultural |)needs').test('their religious needs')).toBe(true);
    expect(compileLexicon({ name: 'x', terms: [], patterns: [{ pattern: '\\bliving in \\p{Lu}', matchCase: true }] }).test('people living in Leeds')).toBe(true);
  });

  it('applies project overrides: add, remove, replace', () => {
    const data = { name: 'groups', terms: ['Somali', 'Yemeni'] };
    expect(applyOverride(data, { add: ['Chagossian'], remove: ['yemeni'] }).terms).toEqual(['Somali', 'Chagossian']);
    expect(applyOverride(data, ['Roma']).terms).toEqual(['Roma']);
    expect(applyOverride(data, { replace: ['Kurdish'] }).terms).toEqual(['Kurdish']);
  });

  it('scores a text in a scoring lexicon: the baseline plus each distinct term found, once however often', () => {
    const data = { name: 's', baseline: -1, terms: [{ term: 'we will', weight: 2 }, { term: 'will', weight: 0.5 }, { term: 'sets out', weight: -3 }, 'fair'] };
    const l = compileLexicon(data);
    expect(lexiconScore(l, 'We will, we will be fair.')).toBeCloseTo(-1 + 2 + 0.5);
    expect(lexiconScore(l, 'The plan sets out what we will do.')).toBeCloseTo(-1 + 2 + 0.5 - 3);
    expect(lexiconScore(l, 'Nothing here.')).toBe(-1);
    // The precompiled form, and the lazy and prefiltered wrappers the run uses, keep weights and baseline.
    const viaJson = lexiconFromPrecompiled(JSON.parse(JSON.stringify(precompileLexicon(data))));
    const wrapped = prefilteredLexicon(lazyLexicon('s', '', () => viaJson), () => true);
    expect(lexiconScore(wrapped, 'We will, we will be fair.')).toBeCloseTo(1.5);
    // An ordinary lexicon scores 0: no baseline, no weights.
    expect(lexiconScore(lexicon('fair'), 'fair')).toBe(0);
    // Plain terms are matched from one map of word sequences: the same matches as term by term.
    expect(precompileLexicon(data).plain, 'a term with no weight is matched term by term').toBeUndefined();
    const plainWords = { name: 'p', baseline: 0, terms: [{ term: "Council's", weight: 1 }, { term: 'café  users', weight: 2 }, { term: 'all', weight: 3 }, { term: 'to all', weight: 4 }, { term: 'all', weight: 9 }] };
    expect(Object.keys(precompileLexicon(plainWords).plain!.weights)).toEqual(["council's", "café users", "all", "to all"]);
    const general = compileLexicon({ ...plainWords, patterns: ['(?!)'] });
    expect(precompileLexicon({ ...plainWords, patterns: ['(?!)'] }).plain).toBeUndefined();
    const sorted = (l: ReturnType<typeof compileLexicon>, text: string) => l.find(text).map((m) => [m.start, m.end, m.term, m.weight].join()).sort();
    for (const text of ["The council's plan — open to all Café users, to all, ALL.", 'to', '', 'constructor toString all hasOwnProperty']) {
      expect(sorted(compileLexicon(plainWords), text)).toEqual(sorted(general, text));
    }
    expect(lexiconScore(compileLexicon(plainWords), 'open to all, to all')).toBe(4 + 3);
    expect(compileLexicon(plainWords).find("the Council's constructor").map((m) => m.term)).toEqual(["Council's"]);
    expect(() => compileLexicon({ name: 's', terms: [{ term: 'a', weight: Number.NaN }] })).toThrow(/"weight" must be a number/);
    expect(() => compileLexicon({ name: 's', baseline: Number.POSITIVE_INFINITY, terms: ['a'] })).toThrow(/"baseline" must be a number/);
  });

  it('stays linear on long input', () => {
    const l = lexicon('(a|b) (a|b|) (a|b|) c');
    expect(l.find('a '.repeat(100_000))).toEqual([]);
  });
});

describe('lexicon files', () => {
  const file = 'rules/lexicons/common/sample.yaml';
  const parse = (text: string) => () => parseLexiconText(text, file);

  it('are checked against schema/lexicon.schema.json, and a mistake names the file and its line', () => {
    expect(parseLexiconText('name: sample\nterms:\n  - a b\n  - { term: Roma, matchCase: true, note: kept for editors }\n', file).terms).toHaveLength(2);
    expect(parse('name: sample\nterms:\n  - a\npattern:\n  - x\n')).toThrow(new LexiconError(`${file}:4: "pattern" is not a setting here; allowed: name, description, terms, gap, patterns, baseline, kinds.`));
    expect(parse('name: sample\nterms:\n  - a\n  - { term: b, matchCase: yes please }\n')).toThrow(new LexiconError(`${file}:4: "terms[1].matchCase" must be a boolean.`));
    expect(parse('name: sample\ngap: 9\nterms:\n  - a\n')).toThrow(new LexiconError(`${file}:2: "gap" must be <= 4.`));
    expect(parse('name: other\nterms: [a]\n')).toThrow(new LexiconError(`${file}:1: "name" must be "sample", the file's name`));
    expect(parse('name: sample\nterms:\n  - a\n  - b\n  - (c|d\n')).toThrow(new LexiconError(`${file}:5: terms[2]: unbalanced brackets in "(c|d"`));
    expect(parse('name: sample\nterms:\n  - { include: other }\n  - (c|d\n')).toThrow(new LexiconError(`${file}:4: terms[0]: unbalanced brackets in "(c|d"`));
    expect(parse('name: sample\nterms: [a]\npatterns:\n  - ok\n  - (unclosed\n')).toThrow(/^rules\/lexicons\/common\/sample\.yaml:5: patterns\[1\] is not a valid regular expression/);
    expect(parse('name: sample\nterms:\n  - [a\n')).toThrow(/^rules\/lexicons\/common\/sample\.yaml:\d+: not valid YAML/);
    expect(parse('name: sample\nbaseline: high\nterms: [a]\n')).toThrow(new LexiconError(`${file}:2: "baseline" must be a number.`));
    expect(parse('name: sample\nterms:\n  - { term: a, weight: much }\n')).toThrow(new LexiconError(`${file}:3: "terms[0].weight" must be a number.`));
  });

  it('take another lexicon\'s terms in place with { include }, read with its own gap', () => {
    const lists = new Map<string, { terms: unknown[]; gap?: number }>([
      ['a', { terms: ['one', { include: 'b' }, 'four'] }],
      ['b', { terms: ['two', { term: 'three', gap: 0 }], gap: 2 }],
    ]);
    resolveIncludes(lists);
    expect(lists.get('a')!.terms).toEqual(['one', { term: 'two', gap: 2 }, { term: 'three', gap: 0 }, 'four']);
    expect(() => resolveIncludes(new Map([['a', { terms: [{ include: 'missing' }] }]]))).toThrow(/includes "missing", which is not a lexicon here/);
    expect(() => resolveIncludes(new Map([['a', { terms: [{ include: 'b' }] }], ['b', { terms: [{ include: 'a' }] }]]))).toThrow(/includes itself/);
  });

  it('keep the national ethnic classification in one list, which ethnicity-recording includes', () => {
    const data = builtinLexiconData('ethnicity');
    const codes = data.get('category-codes')!.data.terms;
    const recording = data.get('ethnicity-recording')!.data.terms;
    expect(codes.every((t) => recording.some((r) => JSON.stringify(r) === JSON.stringify(t)))).toBe(true);
    const own = readFileSync(join(import.meta.dirname, '..', 'rules', 'lexicons', 'ethnicity', 'ethnicity-recording.yaml'), 'utf8');
    expect(own).toContain('{ include: category-codes }');
    expect(own.split('\n').filter((l) => /^\s*-.*\bCensus\b/.test(l))).toEqual([]);
  });
});
