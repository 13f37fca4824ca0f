/** --shard <i>/<n>: deterministic, disjoint shards whose union is the full run (issue 17 item 9). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const weak = readFileSync(join(repo, 'examples', 'weak-community-diabetes.md'), 'utf8');
const strong = readFileSync(join(repo, 'examples', 'strong-talking-therapies.md'), 'utf8');

interface JsonResult { filePath: string; messages: unknown[]; errorCount: number }

/** 12 specs across folders, some with findings, names with spaces. */
function repository(extra: Record<string, string> = {}): string {
  const files: Record<string, string> = { ...extra };
  for (let i = 0; i < 12; i++) files[`specs/${['a', 'b', 'c'][i % 3]}/spec ${i}.md`] = i % 2 ? weak : strong;
  return tempTree(files);
}

function lint(dir: string, ...args: string[]): { code: number; results: JsonResult[] } {
  const run = speclint(['--format', 'json', ...args, 'specs/**/*.md'], { cwd: dir });
  expect(run.stderr).toBe('');
  return { code: run.code, results: JSON.parse(run.stdout) as JsonResult[] };
}

const sorted = (results: JsonResult[]): JsonResult[] => [...results].sort((a, b) => a.filePath.localeCompare(b.filePath));

describe('--shard', () => {
  it('splits the files into disjoint shards whose union is the full run, findings and all', () => {
    const dir = repository();
    const full = lint(dir);
    expect(full.results).toHaveLength(12);
    const shards = [1, 2, 3].map((i) => lint(dir, '--shard', `${i}/3`));
    const names = shards.map((s) => s.results.map((r) => r.filePath));
    // Disjoint, none empty for 12 files in 3 shards, and together every file once.
    expect(names.flat()).toHaveLength(new Set(names.flat()).size);
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(sorted(shards.flatMap((s) => s.results))).toEqual(sorted(full.results));
    // A shard with an error fails; one with only clean specs passes.
    shards.forEach((s) => expect(s.code).toBe(s.results.some((r) => r.errorCount > 0) ? 1 : 0));
  }, 180_000);

  it('is the same split in every run, and adding files moves no other file', () => {
    const before = repository();
    const after = repository({ 'specs/new/one.md': weak, 'specs/a/two.md': strong, 'specs/zz.md': weak });
    const shardsOf = (dir: string) =>
      new Map([1, 2, 3, 4].flatMap((i) => lint(dir, '--shard', `${i}/4`).results.map((r) => [r.filePath.slice(dir.length), i] as const)));
    const first = shardsOf(before);
    expect(shardsOf(before)).toEqual(first);
    const later = shardsOf(after);
    expect(later.size).toBe(first.size + 3);
    for (const [file, shard] of first) expect(later.get(file)).toBe(shard);
  }, 180_000);

  it('1/1 is the full run', () => {
    const dir = repository();
    expect(lint(dir, '--shard', '1/1').results).toEqual(lint(dir).results);
  }, 180_000);

  it.each(['0/3', '4/3', '1/0', '3', 'a/b', '1/2/3', '-1/2', ''])('rejects --shard "%s" as a usage error (exit 2)', (value) => {
    const dir = repository();
    const run = speclint(['--shard', value, 'specs'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--shard needs <i>\/<n>/);
  });

  it('cannot be combined with --stdin', () => {
    const run = speclint(['--stdin', '--shard', '1/2'], { input: weak });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--shard splits files/);
  });
});
