import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinLexiconData } from '../src/config/lexicons.js';
import { precompileLexicon } from '../src/core/lexicon.js';
import { DIGIT, mayContain, patternNeeds } from '../src/core/pattern-needs.js';

const root = join(import.meta.dirname, '..');

/** Every file under `dir` whose name ends in one of `ends`. */
function filesUnder(dir: string, ends: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && ends.some((e) => d.name.endsWith(e)))
    .map((d) => join(d.parentPath, d.name));
}

const matches = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => m[0]).filter(Boolean);

describe('pattern needs (what every match of a lexicon pattern contains)', () => {
  it('reads literals, alternatives, quantifiers and digits, and gives up on what it does not know', () => {
    expect(patternNeeds('access')).toEqual(['access']);
    expect(patternNeeds('speak|interpret')).toEqual(['speak', 'interpret']);
    expect(patternNeeds('\\b(?:not|never)\\s+(?:currently\\s+)?known\\b(?!\\s+(?:to|by)\\b)')).toEqual(['known']);
    expect(patternNeeds('\\b\\d+(?:\\.\\d+)?\\s?%')).toEqual([DIGIT]);
    expect(patternNeeds('\\btargets?\\s+(?:of\\s+)?\\d')).toEqual(['target']);
    expect(patternNeeds('^(?:To |)(?:Restore|Bring)\\b')).toEqual(['restore', 'bring']);
    expect(patternNeeds('\\bQ[1-4]\\b')).toEqual(['q']);
    // Nothing every match must contain, or syntax it does not read: no needs (the pattern is always run).
    expect(patternNeeds('(?:a|)b?')).toBeUndefined();
    expect(patternNeeds('^[x✓]$')).toBeUndefined();
    expect(patternNeeds('\\w+')).toBeUndefined();
    expect(patternNeeds('a{2')).toBeUndefined();
    expect(patternNeeds('(?<name>x)\\k<name>')).toEqual(['x']);
  });

  it('lets through every text a case-insensitive Unicode pattern matches, long s and Kelvin sign included', () => {
    const re = /\bassess\b/giu;
    const needs = patternNeeds(re.source)!;
    for (const text of ['ASSESS', 'Aſſeſs', 'aſsess', 'assess']) {
      expect(matches(re, text).length, text).toBeGreaterThan(0);
      expect(mayContain(needs, text, text.toLowerCase()), text).toBe(true);
    }
    const kelvin = /\bkpi\b/giu;
    expect(matches(kelvin, '\u212API')).toEqual(['\u212API']);
    expect(mayContain(patternNeeds(kelvin.source)!, '\u212API', '\u212API'.toLowerCase())).toBe(true);
    expect(mayContain(needs, 'nothing here', 'nothing here')).toBe(false);
  });

  it('never skips a built-in pattern on a text it matches (every line of the corpus fixtures, the real passages and the examples)', () => {
    const patterns = [...builtinLexiconData('ethnicity').values()].flatMap(({ data }) => precompileLexicon(data).patterns);
    expect(patterns.length).toBeGreaterThan(50);
    expect(patterns.filter((p) => p.needs).length).toBeGreaterThan(patterns.length * 0.9);
    const files = [...filesUnder(join(root, 'fixtures', 'corpus'), ['.md']), ...filesUnder(join(root, 'fixtures', 'real'), ['.yaml', '.md']), ...filesUnder(join(root, 'examples'), ['.md'])];
    const lines = [...new Set(files.flatMap((f) => readFileSync(f, 'utf8').split('\n')))];
    // Sentences as rules see them too, and with the case changed.
    const texts = [...new Set([...lines, ...lines.flatMap((l) => l.split(/(?<=[.;:?!])\s+/)), ...lines.map((l) => l.toUpperCase())])];
    let skipped = 0;
    let matched = 0;
    const wrong: string[] = [];
    const lowers = texts.map((t) => t.toLowerCase());
    for (const { source, flags, needs } of patterns) {
      const re = new RegExp(source, flags);
      texts.forEach((text, i) => {
        const found = re.test(text);
        re.lastIndex = 0;
        if (found) matched++;
        if (needs && !mayContain(needs, text, lowers[i]!)) {
          skipped++;
          if (found && matches(re, text).length > 0) wrong.push(`${source} on ${JSON.stringify(text)}`);
        }
      });
    }
    expect(wrong).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(matched);
    // Every pattern over every line of a corpus that grows each round (87,000 texts in session 19): a bound for a
    // loaded CI machine, not a speed check.
  }, 180_000);
});
