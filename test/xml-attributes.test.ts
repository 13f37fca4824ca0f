import { describe, expect, it } from 'vitest';
import { attribute, withAttribute } from '../src/annotate/attributes.js';
import { gist, shorten } from '../src/report/text.js';

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

  it('takes linear time on tags built to make backtracking patterns slow', () => {
    const hostile = `<w:comment${' w:id="'.repeat(200_000)}`;
    const started = performance.now();
    expect(attribute(hostile, 'w:author')).toBeUndefined();
    expect(withAttribute(`<w:t${'\t'.repeat(500_000)}`, 'xml:space', 'preserve').startsWith('<w:t xml:space="preserve"')).toBe(true);
    // Generous: the quadratic regexes this replaced took minutes on the same input.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('report text helpers on hostile document text', () => {
  it('keep the first sentence and drop bracketed asides, as before', () => {
    expect(gist('None of the 11 indicators (KPI 1, KPI 2) is reported by group. Add a breakdown.')).toBe('None of the 11 indicators is reported by group.');
    expect(gist('Nested (a (b) c) stays half-open.')).toBe('Nested (a c) stays half-open.');
    expect(shorten('word, '.repeat(40), 30)).toMatch(/^word, .*word…$/);
    expect(shorten(`x${'😀'.repeat(20)}`, 9)).toBe(`x${'😀'.repeat(3)}…`);
  });

  it('finish quickly on long runs of spaces and brackets', () => {
    const started = performance.now();
    gist('('.repeat(300_000) + ')');
    gist('\t'.repeat(300_000));
    shorten(`x ${'\t'.repeat(300_000)}\u0000\t`, 10);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
