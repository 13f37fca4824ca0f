/**
 * Nothing lost: every CLI mode leaves its inputs byte for byte as they were,
 * refuses to write a report, cache or copy over an input, and replaces its own
 * outputs whole. It runs the CLI dozens of times (a minute of CPU), so
 * `npm test` runs this file and `npm run test:unit` does not; the rest of the
 * security tests are in security.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const SPEC = `# Spec\n\n## 3. Scope\n\nThe service will ensure equitable provision for all.\n`;

describe('nothing lost', () => {
  const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');
  const docx = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'docx', 'pandoc', 'mental-health-crisis.docx'));
  // drafts/crisis.reviewed.docx is an earlier annotated copy: searches leave it out, --annotate replaces it.
  const INPUTS = ['spec.md', 'drafts/crisis.docx', 'drafts/notes.markdown'];

  /** Every file under dir, relative, with its hash. */
  function snapshot(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (d: string): void => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const path = join(d, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile()) out[relative(dir, path)] = sha(path);
      }
    };
    walk(dir);
    return out;
  }
  const tempFiles = (dir: string): string[] => Object.keys(snapshot(dir)).filter((f) => /\.tmp$|\.tmp-|~$/.test(f));
  const project = (): string => {
    const dir = tempTree({ 'spec.md': SPEC, 'drafts/crisis.docx': docx, 'drafts/crisis.reviewed.docx': docx, 'drafts/notes.markdown': SPEC, 'out/.keep': '' });
    symlinkSync(join(dir, 'spec.md'), join(dir, 'link.md'));
    return dir;
  };

  it('every CLI mode leaves every input byte for byte as it was, and leaves no temp file', () => {
    const dir = project();
    const inputs = (): Record<string, string> => Object.fromEntries(INPUTS.map((f) => [f, sha(join(dir, f))]));
    const before = inputs();
    const modes: Array<{ args: string[]; input?: string }> = [
      { args: ['.'] },
      ...['json', 'sarif', 'junit', 'html', 'checklist', 'github', 'stylish'].map((format) => ({ args: ['--format', format, '--output-file', `out/report.${format}`, '.'] })),
      { args: ['--cache', '.'] },
      { args: ['--cache', '--cache-location', 'cache/results.json', '.'] },
      { args: ['--concurrency', '2', '.'] },
      { args: ['--annotate', 'reviewed', '.'] },
      { args: ['--annotate', 'drafts', 'drafts'] }, // replaces the earlier copy there, which is not an input
      { args: ['--report-unused-directives', '--quiet', '--max-warnings', '0', '.'] },
      { args: ['--stdin', '--stdin-filename', 'spec.md'], input: SPEC },
      { args: ['--print-config', 'spec.md'] },
      { args: ['--list-rules'] },
      { args: ['--init'] },
    ];
    for (const { args, input } of modes) {
      const run = speclint(args, { cwd: dir, input });
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBeLessThan(3);
      expect(inputs(), args.join(' ')).toEqual(before);
      expect(tempFiles(dir), args.join(' ')).toEqual([]);
    }
    expect(readlinkSync(join(dir, 'link.md'))).toBe(join(dir, 'spec.md'));
    // Named on the command line, a reviewed copy is an input: a copy that would replace it is refused.
    const reviewed = sha(join(dir, 'drafts', 'crisis.reviewed.docx'));
    const named = speclint(['--annotate', 'drafts', 'drafts/crisis.docx', 'drafts/crisis.reviewed.docx'], { cwd: dir });
    expect(named.stderr).toContain('drafts/crisis.docx was not annotated: its copy would replace drafts/crisis.reviewed.docx, which is being checked');
    expect(sha(join(dir, 'drafts', 'crisis.reviewed.docx'))).toBe(reviewed);
    // The outputs were written where asked, and nowhere else (the snapshot lists regular files).
    expect(Object.keys(snapshot(dir)).sort()).toEqual(
      [
        ...INPUTS,
        'drafts/crisis.reviewed.docx',
        '.speclintrc.yaml',
        '.speclintcache',
        'cache/results.json',
        'out/.keep',
        ...['json', 'sarif', 'junit', 'html', 'checklist', 'github', 'stylish'].map((f) => `out/report.${f}`),
        'reviewed/crisis.reviewed.docx',
        'drafts/crisis.reviewed.reviewed.docx', // the copy of crisis.reviewed.docx when it was named
      ].sort(),
    );
  }, 300_000);

  it('--output-file refuses any path to an input, in every format, and for --stdin-filename', () => {
    const dir = project();
    const before = snapshot(dir);
    const refused = (target: string): string => `speclint: --output-file ${target} is one of the files being linted; speclint never overwrites an input. Choose another name.\n`;
    for (const [args, target] of [
      [['--format', 'json', '.'], 'spec.md'],
      [['--format', 'sarif', '.'], './drafts/../spec.md'],
      [['--format', 'junit', '.'], join(dir, 'spec.md')],
      [['--format', 'html', 'spec.md'], 'link.md'],
      [['--format', 'checklist', 'drafts'], 'drafts/crisis.docx'],
      [['--format', 'github', 'drafts/crisis.docx', 'drafts/crisis.reviewed.docx'], 'drafts/crisis.reviewed.docx'],
      [['--stdin', '--stdin-filename', 'spec.md'], 'spec.md'],
    ] as Array<[string[], string]>) {
      const run = speclint([...args, '--output-file', target], { cwd: dir, input: SPEC });
      expect(run, target).toMatchObject({ code: 2, stdout: '', stderr: refused(target) });
    }
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);

  it('--cache-location refuses any path to an input (a Word file, a symlink)', () => {
    const dir = project();
    const before = snapshot(dir);
    for (const target of ['drafts/crisis.docx', 'link.md']) {
      expect(speclint(['--cache', '--cache-location', target, '.'], { cwd: dir })).toMatchObject({
        code: 2,
        stderr: `speclint: --cache-location ${target} is one of the files being linted; speclint never overwrites an input. Choose another name.\n`,
      });
    }
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('a report, cache or annotated copy replaces an earlier one whole (a new file renamed into place), never in place', () => {
    const dir = project();
    const old = 'x'.repeat(1_000_000);
    for (const f of ['out/report.json', 'cache.json', 'reviewed/crisis.reviewed.docx']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), old);
    }
    const inode = (f: string): number => statSync(join(dir, f)).ino;
    const inodes = ['out/report.json', 'cache.json', 'reviewed/crisis.reviewed.docx'].map(inode);
    const run = speclint(['--format', 'json', '--output-file', 'out/report.json', '--cache', '--cache-location', 'cache.json', '--annotate', 'reviewed', 'spec.md', 'drafts/crisis.docx'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    const report = readFileSync(join(dir, 'out', 'report.json'), 'utf8');
    expect(JSON.parse(report)).toHaveLength(2); // the whole of the new report, nothing of the old file after it
    expect(JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8'))).toHaveProperty('entries');
    expect(readFileSync(join(dir, 'reviewed', 'crisis.reviewed.docx')).subarray(0, 2).toString()).toBe('PK');
    // Renamed into place: each is a new file, so a reader never sees half of one.
    ['out/report.json', 'cache.json', 'reviewed/crisis.reviewed.docx'].forEach((f, i) => expect(inode(f), f).not.toBe(inodes[i]));
    expect(tempFiles(dir)).toEqual([]);
  }, 60_000);

  it('a report that cannot be written says why in a sentence and leaves nothing behind', () => {
    const dir = project();
    const before = snapshot(dir);
    expect(speclint(['spec.md', '--output-file', 'out'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'speclint: --output-file out is a folder; give the name of a file to write the report to.\n',
    });
    // A folder that is not there is made (as ESLint); one that cannot be, under a file, is said so.
    expect(speclint(['spec.md', '--output-file', 'spec.md/report.txt'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'speclint: --output-file spec.md/report.txt could not be written (EEXIST): check that its folder can be made, is not a file, and that you can write there.\n',
    });
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('a cache that cannot be saved does not stop the run or lose its results', () => {
    const dir = project();
    // Under a file, the cache's folder cannot be made (a folder given as --cache-location holds the cache).
    const run = speclint(['--format', 'json', '--cache', '--cache-location', 'spec.md/cache.json', 'spec.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.length).toBeGreaterThan(0);
    expect(run.stderr).toBe('speclint: the cache could not be saved to spec.md/cache.json (EEXIST); results were not cached.\n');
    expect(tempFiles(dir)).toEqual([]);
  }, 60_000);
});
