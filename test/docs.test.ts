/**
 * Rule docs and rules must agree: the generated parts of each page (header,
 * defaults, options) are up to date, and every documented example behaves as
 * its label says when linted with that rule alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { docExamples, updateRuleDoc } from '../src/docs/rule-docs.js';
import { Linter } from '../src/linter.js';

const page = (id: string): string => readFileSync(join(import.meta.dirname, '..', 'rules', `${id}.md`), 'utf8');

describe.each(Object.keys(builtinRules))('rules/%s.md', (id) => {
  const text = page(id);

  it('is up to date with the rule (run npm run docs if not)', () => {
    expect(text).toBe(updateRuleDoc(id, builtinRules[id]!, text));
  });

  it('explains what the rule catches and why, with its source', () => {
    expect(text).toMatch(/^## What it catches$/m);
    expect(text).toMatch(/^## Why it matters$/m);
    expect(text).toMatch(/^Source: /m);
    expect(text).toMatch(/^## Examples$/m);
  });

  const examples = docExamples(text);
  // A Word-only rule (comments, tracked changes) shows what it flags as Word content,
  // "Flagged in Word", which no Markdown example can show; its fixtures test it.
  const flaggedInWord = /^Flagged in Word\b/m.test(text);
  it('has flagged and not-flagged examples', () => {
    expect(examples.some((e) => e.flagged) || flaggedInWord).toBe(true);
    expect(examples.some((e) => !e.flagged)).toBe(true);
  });

  const linter = new Linter({ config: { extends: [], rules: { [id]: 'error' } } });
  for (const example of examples) {
    it(`example at line ${example.line} is ${example.flagged ? `flagged${example.messageId ? ` (${example.messageId})` : ''}` : 'not flagged'}`, async () => {
      const { messages } = await linter.lintTextDetailed(example.text, 'example.md').then((r) => r.result);
      const ids = messages.map((m) => m.messageId);
      if (example.flagged) expect(example.messageId ? ids : ids.length, example.text).toEqual(example.messageId ? expect.arrayContaining([example.messageId]) : expect.any(Number));
      if (example.flagged) expect(ids.length, example.text).toBeGreaterThan(0);
      else expect(messages.map((m) => m.message), example.text).toEqual([]);
      // The sentence rule's flagged examples are one claim per line: each line is flagged, not just one of them.
      const lines = example.text.trim().split('\n');
      if (id === 'no-vague-equity-statement' && example.flagged && lines.every((l) => /^[A-Z].*[.!?]$/.test(l.trim()))) {
        expect(new Set(messages.map((m) => m.line)).size, example.text).toBe(lines.length);
      }
    });
  }
});
