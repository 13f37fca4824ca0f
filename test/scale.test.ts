/** Whole repositories: worker threads with stable output, the cache, and the progress bar. */
import { readFileSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryCheck } from '../src/cli/cache.js';
import { createProgress } from '../src/cli/progress.js';
import { workerCount } from '../src/cli/pool.js';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const examples = ['weak-community-diabetes', 'mixed-stop-smoking', 'strong-talking-therapies'].map((n) => readFileSync(join(repo, 'examples', `${n}.md`), 'utf8'));
const word = readFileSync(join(repo, 'fixtures', 'docx', 'pandoc', 'mental-health-crisis.docx'));

function corpus(n: number): string {
  const files: Record<string, string | Buffer> = { 'specs/broken.docx': Buffer.from('not a zip') };
  for (let i = 0; i < n; i++) files[`specs/team-${i % 4}/spec-${String(i).padStart(3, '0')}.md`] = examples[i % 3]!;
  files['specs/word/crisis.docx'] = word;
  return tempTree(files);
}

describe('--concurrency', () => {
  const dir = corpus(40);
  const run = (concurrency: string) => speclint(['--format', 'json', '--concurrency', concurrency, 'specs'], { cwd: dir });

  it('gives the same output, in the same order, with one worker or several', () => {
    const one = run('1');
    expect(one.code).toBe(2); // the broken file
    const results = JSON.parse(one.stdout) as Array<{ filePath: string }>;
    expect(results).toHaveLength(42);
    expect(results.map((r) => r.filePath)).toEqual([...results.map((r) => r.filePath)].sort());
    for (const setting of ['3', 'auto']) {
      const other = run(setting);
      expect(other.code).toBe(one.code);
      expect(other.stdout).toBe(one.stdout);
    }
    // Three runs of 42 files each; on a loaded 2-core machine they can pass the default 30 s.
  }, 180_000);

  it('refuses a setting that is not a number or "auto"', () => {
    expect(speclint(['--concurrency', 'lots', 'specs'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'speclint: --concurrency needs a whole number of 1 or more, or "auto", not "lots".\n',
    });
  });

  it('"auto" only starts workers when the batch can keep them busy', () => {
    expect(workerCount('auto', 5)).toBe(1);
    expect(workerCount('auto', 1000)).toBeGreaterThanOrEqual(1);
    expect(workerCount('4', 2)).toBe(2);
  });
});

describe('--cache', () => {
  it('reuses results for unchanged files and relints changed ones, and a config change empties it', () => {
    const dir = corpus(6);
    const args = ['--format', 'json', '--cache', '--cache-location', 'cache/speclint.json', 'specs'];
    const first = speclint(args, { cwd: join(dir) });
    const cacheFile = join(dir, 'cache', 'speclint.json');
    expect(existsSync(cacheFile)).toBe(true); // its folder is created
    expect(first.code).toBe(2); // the broken file
    expect(first.stderr).toBe('');

    const cached = ['--format', 'json', '--cache', 'specs'];
    const cold = speclint(cached, { cwd: dir });
    const store = join(dir, '.speclintcache');
    const data = JSON.parse(readFileSync(store, 'utf8')) as { entries: Record<string, { result: { messages: Array<{ message: string }> } }> };
    const paths = Object.keys(data.entries);
    expect(paths).toHaveLength(7); // every readable file; the broken one is never cached

    // Tamper with two cached results, resealing them as a forger could: a reused result shows the tampered text.
    const [kept, changed] = paths.filter((p) => data.entries[p]!.result.messages.length > 0);
    for (const p of [kept!, changed!]) {
      const entry = data.entries[p]! as { key: string; check: string; result: Parameters<typeof entryCheck>[1] };
      entry.result.messages[0]!.message = 'FROM CACHE';
      entry.check = entryCheck(entry.key, entry.result);
    }
    writeFileSync(store, JSON.stringify(data));
    appendFileSync(changed!, '\nA new closing paragraph.\n');

    const warm = JSON.parse(speclint(cached, { cwd: dir }).stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    const first_ = (p: string) => warm.find((r) => r.filePath === p)!.messages[0]!.message;
    expect(first_(kept!)).toBe('FROM CACHE');
    expect(first_(changed!)).not.toBe('FROM CACHE');
    expect(JSON.parse(cold.stdout).length).toBe(warm.length);

    writeFileSync(join(dir, '.speclintrc.yaml'), 'rules:\n  require-core-sections: off\n');
    const reconfigured = JSON.parse(speclint(cached, { cwd: dir }).stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    expect(reconfigured.find((r) => r.filePath === kept)!.messages[0]!.message).not.toBe('FROM CACHE');
  });

  it('refuses a cache location that is one of the inputs', () => {
    const dir = corpus(1);
    expect(speclint(['--cache', '--cache-location', 'specs/team-0/spec-000.md', 'specs'], { cwd: dir }).stderr).toBe(
      'speclint: --cache-location specs/team-0/spec-000.md is one of the files being linted; speclint never overwrites an input. Choose another name.\n',
    );
  });
});

describe('progress bar', () => {
  it('shows only for a person at a terminal, on long runs', () => {
    let written = '';
    const bar = createProgress(40, true, (t) => (written += t));
    for (let i = 1; i <= 40; i++) bar.update(i);
    bar.finish();
    expect(written).toContain('] 40/40 files');
    let quiet = '';
    createProgress(40, false, (t) => (quiet += t)).update(40);
    createProgress(5, true, (t) => (quiet += t)).update(5);
    expect(quiet).toBe('');
  });

  it('stays silent in CI', () => {
    const dir = corpus(30);
    expect(speclint(['specs'], { cwd: dir, env: { CI: 'true' } }).stderr).toBe('');
  });
});
