/**
 * What every match of a lexicon pattern must contain, read from its source
 * when the lexicon is precompiled, so that a run skips the pattern on texts
 * that cannot match. Running the patterns (~80 regular expressions with the
 * `i` and `u` flags, on every sentence a rule asks about) was the largest
 * share of the lexicon scans, and the first run of each compiles it.
 *
 * `patternNeeds` returns alternatives, one of which every match contains: a
 * lower-case ASCII string, or DIGIT for an ASCII digit. It returns undefined
 * when it cannot tell (the pattern is then always run): it understands
 * literals, groups, alternatives, quantifiers, \d and [0-9], treats
 * assertions (^, $, \b, lookarounds) as matching nothing, and anything else
 * as a character it knows nothing about. Its answer is only ever weaker than
 * the truth, never wrong: a text passes when its lower-case form contains one
 * of the needs.
 */

/** The need for an ASCII digit (\d is [0-9], with or without the u flag). */
export const DIGIT = '\\d';

interface Info {
  /** The node matches exactly this text (lower case), whatever the case. */
  exact?: string;
  /** Every match contains one of these. */
  needs?: string[];
  /** The node matches no characters (an assertion). */
  zeroWidth?: boolean;
}

class Unsupported extends Error {}

/** One of `needs` is in every match of `source`, or undefined. */
export function patternNeeds(source: string): string[] | undefined {
  let at = 0;
  const peek = (): string | undefined => source[at];
  const fail = (): never => {
    throw new Unsupported();
  };

  const score = (needs: string[]): number => Math.min(...needs.map((n) => (n === DIGIT ? 1 : n.length)));

  function alternation(): Info {
    const branches = [sequence()];
    while (peek() === '|') {
      at++;
      branches.push(sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const needs: string[] = [];
    for (const b of branches) {
      const n = b.exact !== undefined ? (b.exact === '' ? undefined : [b.exact]) : b.needs;
      if (!n) return {};
      needs.push(...n);
    }
    return { needs: [...new Set(needs)] };
  }

  function sequence(): Info {
    const candidates: string[][] = [];
    let run = '';
    let exact: string | undefined = '';
    const flush = (): void => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (at < source.length && peek() !== '|' && peek() !== ')') {
      const info = quantified();
      if (info.zeroWidth) {
        flush();
        continue;
      }
      if (info.exact !== undefined) {
        run += info.exact;
        if (exact !== undefined) exact += info.exact;
        continue;
      }
      exact = undefined;
      flush();
      if (info.needs) candidates.push(info.needs);
    }
    flush();
    if (exact !== undefined) return { exact };
    if (candidates.length === 0) return {};
    return { needs: candidates.reduce((best, c) => (score(c) > score(best) ? c : best)) };
  }

  function quantified(): Info {
    const info = atom();
    const c = peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!m) fail();
      min = Number(m![1]);
      max = m![2] === undefined ? min : m![3] === '' ? Infinity : Number(m![3]);
      at += m![0].length - 1;
    } else return info;
    at++;
    if (peek() === '?') at++;
    if (info.zeroWidth) return info;
    if (min === 1 && max === 1) return info;
    if (min === 0) return {};
    // At least once: what the node needs, but not an exact text.
    return { needs: info.exact !== undefined ? (info.exact === '' ? undefined : [info.exact]) : info.needs };
  }

  function atom(): Info {
    const c = source[at++]!;
    if (c === '^' || c === '$') return { zeroWidth: true };
    if (c === '.') return {};
    if (c === '(') {
      let lookaround = false;
      if (source.startsWith('?:', at)) at += 2;
      else if (source.startsWith('?=', at) || source.startsWith('?!', at)) [at, lookaround] = [at + 2, true];
      else if (source.startsWith('?<=', at) || source.startsWith('?<!', at)) [at, lookaround] = [at + 3, true];
      else if (source.startsWith('?<', at)) {
        const end = source.indexOf('>', at);
        if (end < 0) fail();
        at = end + 1;
      } else if (peek() === '?') fail();
      const inner = alternation();
      if (peek() !== ')') fail();
      at++;
      return lookaround ? { zeroWidth: true } : inner;
    }
    if (c === '[') {
      let end = at;
      if (source[end] === '^') end++;
      if (source[end] === ']') end++;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      if (end >= source.length) fail();
      const body = source.slice(at, end);
      at = end + 1;
      return body === '0-9' || body === '\\d' ? { needs: [DIGIT] } : {};
    }
    if (c === '\\') {
      const e = source[at++];
      if (e === undefined) fail();
      if (e === 'b' || e === 'B') return { zeroWidth: true };
      if (e === 'd') return { needs: [DIGIT] };
      if (e === 'p' || e === 'P' || e === 'k') {
        const close = source[at] === '{' ? '}' : source[at] === '<' ? '>' : undefined;
        if (close) {
          const end = source.indexOf(close, at);
          if (end < 0) fail();
          at = end + 1;
        }
        return {};
      }
      if (e === 'u' && source[at] === '{') {
        const end = source.indexOf('}', at);
        if (end < 0) fail();
        at = end + 1;
        return {};
      }
      if (e === 'u') {
        at += 4;
        return {};
      }
      if (e === 'x') {
        at += 2;
        return {};
      }
      if (e === 'c') {
        at += 1;
        return {};
      }
      if (/[0-9]/.test(e!)) {
        while (/[0-9]/.test(source[at] ?? '')) at++;
        return {};
      }
      // An escaped ASCII punctuation mark is that mark; any other escape (\s, \w, \n …) is a class or a control character.
      return /[!-/:-@[-`{-~]/.test(e!) && e !== '\\' ? { exact: e } : {};
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') fail();
    // A printable ASCII character other than the backslash stands for itself (case aside); anything else is unknown.
    return c >= ' ' && c <= '~' ? { exact: c.toLowerCase() } : {};
  }

  try {
    const info = alternation();
    if (at !== source.length) return undefined;
    const needs = info.exact !== undefined ? (info.exact === '' ? undefined : [info.exact]) : info.needs;
    return needs && needs.length > 0 && !needs.includes('') ? needs : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * Whether `text` may match a pattern that needs one of `needs`. The only
 * character outside ASCII that a case-insensitive Unicode expression matches
 * to an ASCII letter and that lower-casing does not turn into one is ſ (long
 * s, matched by s): a text with it is always let through.
 */
export function mayContain(needs: readonly string[], text: string, lower: string): boolean {
  if (text.includes('ſ')) return true;
  for (const need of needs) {
    if (need === DIGIT ? /[0-9]/.test(text) : lower.includes(need)) return true;
  }
  return false;
}
