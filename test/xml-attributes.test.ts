import { describe, expect, it } from 'vitest';
import { attribute, withAttribute } from '../src/annotate/attributes.js';
import { gist, shorten } from '../src/report/text.js';

type Method = 'indexOf' | 'lastIndexOf' | 'includes' | 'slice' | 'replace' | 'trim' | 'trimEnd' | 'trimStart';

/**
 * Runs `fn`, counting the characters the string methods it calls scan or
 * copy (an operation count, not a clock: the same on any machine, however
 * busy). indexOf counts from where it starts to what it finds, slice the
 * characters it copies, replace and trim the whole string.
 */
function scanned<T>(fn: () => T): { result: T; characters: number } {
  const proto = String.prototype as unknown as Record<Method, (this: string, ...args: any[]) => any>;
  const saved = Object.fromEntries((['indexOf', 'lastIndexOf', 'includes', 'slice', 'replace', 'trim', 'trimEnd', 'trimStart'] as const).map((m) => [m, proto[m]])) as Record<Method, (this: string, ...args: any[]) => any>;
  let characters = 0;
  proto.indexOf = function (search: string, from = 0) {
    const found = saved.indexOf.call(this, search, from) as number;
    characters += Math.max(0, (found === -1 ? this.length : found + search.length) - Math.max(0, from));
    return found;
  };
  proto.lastIndexOf = function (search: string, from = Infinity) {
    const found = saved.lastIndexOf.call(this, search, from) as number;
    characters += Math.max(0, Math.min(this.length, from + search.length) - Math.max(0, found));
    return found;
  };
  proto.includes = function (search: string, from = 0) {
    characters += Math.max(0, this.length - from);
    return saved.includes.call(this, search, from);
  };
  proto.slice = function (...args: unknown[]) {
    const out = saved.slice.apply(this, args) as string;
    characters += out.length;
    return out;
  };
  for (const m of ['replace', 'trim', 'trimEnd', 'trimStart'] as const) {
    proto[m] = function (...args: unknown[]) {
      characters += this.length;
      return saved[m].apply(this, args);
    };
  }
  try {
    return { result: fn(), characters };
  } finally {
    Object.assign(proto, saved);
  }
}

describe('start-tag attributes from Word XML', () => {
  it('reads a value by exact name, whichever quotes it uses, with entities decoded', () => {
    const tag = `<w:ins w:id='7' w:author="A &amp; B" xml:space = "preserve">`;
    expect(attribute(tag, 'w:id')).toBe('7');
    expect(attribute(tag, 'w:author')).toBe('A & B');
    expect(attribute(tag, 'xml:space')).toBe('preserve');
    expect(attribute(tag, 'id')).toBeUndefined(); // not a suffix match on w:id
    expect(attribute('<w:t>', 'xml:space')).toBeUndefined();
  });

  it('does not take a name inside another attribute\'s value for the attribute', () => {
    expect(attribute('<w:x w:val=" w:id=&quot;9&quot;" w:id="3"/>', 'w:id')).toBe('3');
  });

  it('sets a value in place, or adds the attribute after the element name', () => {
    expect(withAttribute('<w:t xml:space="default">', 'xml:space', 'preserve')).toBe('<w:t xml:space="preserve">');
    expect(withAttribute('<w:t>', 'xml:space', 'preserve')).toBe('<w:t xml:space="preserve">');
    expect(withAttribute('<w:rPrChange w:id="4" w:author="x"/>', 'w:id', '12')).toBe('<w:rPrChange w:id="12" w:author="x"/>');
  });

  it('does linear work on tags built to make backtracking patterns slow', () => {
    // The quadratic regexes this replaced took minutes on such tags: here, the
    // characters scanned grow with the tag's length, and no faster.
    const find = (n: number) => {
      const hostile = `<w:comment${' w:id="'.repeat(n)}`;
      return { length: hostile.length, ...scanned(() => attribute(hostile, 'w:author')) };
    };
    const small = find(20_000);
    const large = find(200_000);
    expect(large.result).toBeUndefined();
    expect(large.characters).toBeLessThanOrEqual(3 * large.length);
    expect(large.characters / small.characters).toBeLessThan(11);
    const tabs = `<w:t${'\t'.repeat(500_000)}`;
    const set = scanned(() => withAttribute(tabs, 'xml:space', 'preserve'));
    expect(set.result.startsWith('<w:t xml:space="preserve"')).toBe(true);
    expect(set.characters).toBeLessThanOrEqual(3 * tabs.length);
  });
});

describe('the operation count', () => {
  it('tells a linear scan from a quadratic one', () => {
    const text = 'a'.repeat(2_000);
    const linear = scanned(() => {
      for (let i = 0; i < text.length; i = text.indexOf('a', i) + 1);
    });
    const quadratic = scanned(() => {
      for (let i = 0; i < text.length; i++) text.slice(i).trim();
    });
    expect(linear.characters).toBe(2_000);
    expect(quadratic.characters).toBe(2 * ((2_000 * 2_001) / 2));
  });
});

describe('report text helpers on hostile document text', () => {
  it('keep the first sentence and drop bracketed asides, as before', () => {
    expect(gist('None of the 11 indicators (KPI 1, KPI 2) is reported by group. Add a breakdown.')).toBe('None of the 11 indicators is reported by group.');
    expect(gist('Nested (a (b) c) stays half-open.')).toBe('Nested (a c) stays half-open.');
    expect(shorten('word, '.repeat(40), 30)).toMatch(/^word, .*word…$/);
    expect(shorten(`x${'😀'.repeat(20)}`, 9)).toBe(`x${'😀'.repeat(3)}…`);
  });

  it('do linear work on long runs of spaces and brackets', () => {
    const n = 300_000;
    for (const [what, run] of [
      ['gist, a run of "("', () => gist('('.repeat(n) + ')')],
      ['gist, a run of tabs', () => gist('\t'.repeat(n))],
      ['gist, a run of quotation marks', () => gist('"'.repeat(n))],
      ['gist, an open quotation', () => gist(`“${'x. ('.repeat(n / 4)}`)],
      ['shorten, a run of tabs', () => shorten(`x ${'\t'.repeat(n)}\u0000\t`, 10)],
    ] as const) {
      expect(scanned(run).characters, what).toBeLessThanOrEqual(6 * n);
    }
  });
});
