/**
 * Key-action evidence on its way through the CLI: kept by --cache (stored and
 * restored, so a cached file keeps its statuses), and never in the JSON output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { ResultCache } from '../src/cli/cache.js';
import { Linter } from '../src/linter.js';
import { assess } from '../src/report/key-actions.js';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const STRONG = readFileSync(join(repo, 'examples', 'strong-talking-therapies.md'), 'utf8');

describe('key-action evidence', () => {
  it('is stored in the cache and restored with the results', async () => {
    const dir = tempTree({ 'spec.md': STRONG });
    const path = join(dir, 'spec.md');
    const result = await new Linter({ cwd: dir, useConfigFiles: false }).lintFile(path, path);
    expect(result.evidence!.length).toBeGreaterThanOrEqual(7);
    const location = join(dir, 'cache.json');
    const cache = new ResultCache(location, '0.0.0');
    const key = cache.key(readFileSync(path), {});
    cache.set(path, key, result);
    cache.save();
    const restored = new ResultCache(location, '0.0.0').get(path, key);
    expect(restored?.evidence).toEqual(result.evidence);
    expect(assess(restored!, builtinRules)!.map((a) => a.status)).toEqual(Array(7).fill('met'));
  });

  it('gives a file read from the --cache the same key actions as a fresh check', () => {
    const dir = tempTree({ 'spec.md': STRONG });
    const args = ['--no-config', '--cache', '--cache-location', 'cache.json', '--format', 'checklist', 'spec.md'];
    const body = (stdout: string): string => stdout.split('\n').slice(2).join('\n');
    const first = speclint(args, { cwd: dir });
    const cached = JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8')) as { entries: Record<string, { result: { evidence?: unknown[] } }> };
    expect(Object.values(cached.entries)[0]!.result.evidence!.length).toBeGreaterThanOrEqual(7);
    const second = speclint(args, { cwd: dir });
    expect(body(second.stdout)).toBe(body(first.stdout));
    expect(second.stdout).toContain('7 of 7 key actions met');
  });

  it('stays out of the JSON output, as do rule-failure marks', () => {
    const run = speclint(['--no-config', '--format', 'json', 'examples/strong-talking-therapies.md'], { cwd: repo });
    expect(run.stdout).not.toMatch(/"evidence"|"ruleFailure"|"keyAction"/);
  });
});
