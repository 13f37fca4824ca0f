/**
 * Rule tests are fixture files with the expected findings marked inline
 * (see src/eval/expectations.ts). Every rule has valid and invalid fixtures.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { checkFixture, fixtureFiles } from '../src/eval/evaluate.js';
import { quoteOf } from '../src/core/locate.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'rules');

describe.each(Object.keys(builtinRules))('%s', (ruleId) => {
  const dir = join(root, ruleId);

  it('has valid and invalid fixtures', () => {
    expect(existsSync(dir), `fixtures/rules/${ruleId} is missing`).toBe(true);
    const names = readdirSync(dir);
    expect(names.filter((n) => n.startsWith('valid-')).length).toBeGreaterThan(0);
    expect(names.filter((n) => n.startsWith('invalid-')).length).toBeGreaterThan(0);
  });

  for (const file of fixtureFiles(dir)) {
    const name = file.slice(dir.length + 1);
    it(name, async () => {
      const outcome = await checkFixture(root, file);
      if (name.startsWith('valid-')) expect(outcome.expected, 'a valid fixture has no expectations').toBe(0);
      else expect(outcome.expected, 'an invalid fixture marks at least one finding').toBeGreaterThan(0);
      expect({
        missing: outcome.missing.map((m) => `line ${m.line}: ${quoteOf(m.text)}`),
        unexpected: outcome.unexpected.map((m) => `line ${m.line}: [${m.ruleId}] ${m.quote ?? m.message}`),
      }).toEqual({ missing: [], unexpected: [] });
    });
  }
});

describe('key-action declarations', () => {
  const serving = Object.entries(builtinRules).filter(([, rule]) => rule.meta.keyAction);

  it('give every message id of a rule that serves a key action a meaning', () => {
    for (const [id, rule] of serving) {
      expect(Object.keys(rule.meta.keyAction!.messages).sort(), id).toEqual(Object.keys(rule.meta.messages).sort());
    }
  });

  it('leave no key action without a built-in rule', async () => {
    const { KEY_ACTIONS, rulesFor } = await import('../src/report/key-actions.js');
    for (const action of KEY_ACTIONS) expect(rulesFor(action, builtinRules).length, action.id).toBeGreaterThan(0);
  });
});
