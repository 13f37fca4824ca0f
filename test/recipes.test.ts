/** The CI recipes are valid and the commands they run work as written. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { speclint } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');

describe('action.yml', () => {
  const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8'));
  it('is a composite action whose steps run speclint twice: annotations and SARIF', () => {
    expect(action.runs.using).toBe('composite');
    const lint = action.runs.steps.find((s: { id?: string }) => s.id === 'lint');
    expect(lint.run).toContain('--format github');
    expect(lint.run).toContain('--format sarif --output-file');
    expect(action.runs.steps.some((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true);
  });

  it('its lint step works as written on a repository of specifications', () => {
    const dir = tempTree({ 'specs/a.md': readFileSync(join(repo, 'examples', 'mixed-stop-smoking.md'), 'utf8') });
    const step = action.runs.steps.find((s: { id?: string }) => s.id === 'lint').run as string;
    const github = /"\$GITHUB_ACTION_PATH\/bin\/speclint\.js" (--format github)/.exec(step)!;
    const run = speclint([github[1]!.split(' ')[0]!, 'github', '--max-warnings', '0', 'specs'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=specs\/a\.md,line=\d+/m);
    const sarif = speclint(['--format', 'sarif', '--output-file', 'speclint.sarif', 'specs'], { cwd: dir });
    expect(sarif.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'speclint.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(repo, '.pre-commit-hooks.yaml'), 'utf8'));
  it('defines a speclint hook for Markdown and Word files', () => {
    expect(hooks).toEqual([expect.objectContaining({ id: 'speclint', entry: 'speclint', language: 'node' })]);
    const files = new RegExp(hooks[0].files);
    expect(['spec.md', 'a/b.markdown', 'draft.docx'].every((f) => files.test(f))).toBe(true);
    expect(['notes.txt', 'old.doc'].some((f) => files.test(f))).toBe(false);
  });

  it('runs on the staged file names pre-commit passes, and fails the commit on errors', () => {
    const dir = tempTree({
      'good.md': readFileSync(join(repo, 'examples', 'strong-talking-therapies.md'), 'utf8'),
      'weak.md': readFileSync(join(repo, 'examples', 'weak-community-diabetes.md'), 'utf8'),
    });
    expect(speclint(['good.md'], { cwd: dir }).code).toBe(0);
    expect(speclint(['good.md', 'weak.md'], { cwd: dir }).code).toBe(1);
  });
});
