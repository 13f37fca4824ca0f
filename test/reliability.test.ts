/**
 * Reliability (issue 20): no single input takes down a run, and folders are
 * read as a user means them. Complexity is checked by counting operations,
 * never by the clock.
 */
import { describe, expect, it } from 'vitest';
import { applyDirectives, type Directive } from '../src/core/directives.js';
import type { LintMessage } from '../src/core/messages.js';
import type { Position } from '../src/core/model.js';

describe('applyDirectives', () => {
  /** Positions whose every read is counted: the work applyDirectives does. */
  function counted(): { reads: () => number; at: (line: number, column?: number) => Position } {
    let reads = 0;
    return {
      reads: () => reads,
      at: (line, column = 1) => ({
        get line() {
          reads++;
          return line;
        },
        get column() {
          reads++;
          return column;
        },
      }),
    };
  }

  /** n findings of one rule, each under its own disable/enable pair and Word-comment range, plus n findings of another rule. */
  function workload(n: number): number {
    const { reads, at } = counted();
    const directives: Directive[] = [];
    const messages: LintMessage[] = [];
    for (let i = 0; i < n; i++) {
      const line = i * 10 + 1;
      directives.push({ type: 'disable', ruleIds: ['a'], position: at(line) });
      directives.push({ type: 'enable', ruleIds: ['a'], position: at(line + 2) });
      directives.push({ type: 'range', ruleIds: ['b'], position: at(line + 3), from: at(line + 3), to: at(line + 3, 80) });
      const m = (ruleId: string, l: number): LintMessage => Object.assign(at(l), { ruleId, severity: 2 as const, message: 'x' });
      messages.push(m('a', line + 1), m('b', line + 3), m('c', line + 5));
    }
    const { messages: kept, unused } = applyDirectives(messages, directives, () => false);
    expect(kept.map((m) => m.ruleId)).toEqual(Array(n).fill('c'));
    expect(unused).toEqual([]);
    return reads();
  }

  it('does work near-linear in messages and directives, not their product', () => {
    const small = workload(2_000);
    const large = workload(8_000);
    // Four times the input: about four times the work with binary search
    // (a little more for the log), sixteen times if every directive met every message.
    expect(large / small).toBeLessThan(6);
    expect(large).toBeLessThan(8_000 * 3 * 200);
  });
});
