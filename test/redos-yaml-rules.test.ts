/**
 * ReDoS: user-supplied YAML rule patterns are checked with recheck when they
 * are loaded, and refused in one sentence (the whole-program checks are in
 * redos.test.ts, which only `npm test` runs: they take minutes).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/linter.js';
import { tempTree } from './helpers/tmp.js';

describe('ReDoS: YAML rule patterns are checked when loaded', () => {
  const rule = (pattern: string): string => `extends: existence\nmessage: 'Found "{{match}}".'\npatterns: [${JSON.stringify(pattern)}]\n`;
  const load = async (files: Record<string, string>): Promise<{ dir: string; error?: string; ruleIds: string[] }> => {
    const dir = tempTree({ ...files, '.speclintrc.yaml': 'extends: []\nrulesDir: rules\n' });
    try {
      const rules = await new Linter({ cwd: dir }).rules();
      return { dir, ruleIds: Object.keys(rules) };
    } catch (error) {
      return { dir, error: (error as Error).message, ruleIds: [] };
    }
  };

  it('refuses an exponential pattern in one sentence naming the file and the pattern', async () => {
    const { dir, error } = await load({ 'rules/nested.yaml': rule('(a+)+$') });
    expect(error).toBe(
      `${join(dir, 'rules', 'nested.yaml')}: the pattern "(a+)+$" can make matching take exponential time on some text (catastrophic backtracking), so speclint refused it; rewrite it without nested or overlapping repetition, or use tokens instead.`,
    );
  }, 60_000);

  it('refuses a polynomial one too, and names it exactly', async () => {
    const { dir, error } = await load({ 'rules/spaces.yaml': rule('\\s*\\s*x$') });
    expect(error).toBe(
      `${join(dir, 'rules', 'spaces.yaml')}: the pattern "\\s*\\s*x$" can make matching take polynomial time on some text (catastrophic backtracking), so speclint refused it; rewrite it without nested or overlapping repetition, or use tokens instead.`,
    );
  }, 60_000);

  it('loads a safe pattern, and the CLI reports an unsafe one with exit code 2 and nothing on stdout', async () => {
    expect((await load({ 'rules/percent.yaml': rule('\\b\\d+(?:\\.\\d+)?\\s?%') })).ruleIds).toContain('percent');
    const { speclint } = await import('./helpers/cli.js');
    const dir = tempTree({ 'spec.md': '# Spec\n', '.speclintrc.yaml': 'rulesDir: rules\n', 'rules/bad.yaml': rule('(x|x)*y') });
    const run = speclint(['spec.md'], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^speclint: \S+rules\/bad\.yaml: the pattern "\(x\|x\)\*y" can make matching take exponential time on some text \(catastrophic backtracking\), so speclint refused it; .*\n$/);
  }, 60_000);

  it('a lexicon override cannot bring in patterns at all (the config schema refuses the key), so there is nothing unchecked there', async () => {
    const dir = tempTree({ '.speclintrc.yaml': 'settings:\n  lexicons:\n    groups:\n      add: [Chagossian]\n      patterns: ["(a+)+$"]\n' });
    await expect(new Linter({ cwd: dir }).configFor('spec.md')).rejects.toThrow(/"settings\.lexicons\.groups(\.patterns)?" (is not a setting here|must be)/);
  });
});
