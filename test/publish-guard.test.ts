/**
 * `npm publish` is refused while package.json has no public address (issue 20
 * item 11): the registry page resolves the README's relative links against
 * `repository`, and rule links in reports are made from `homepage`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from './helpers/tmp.js';

const repo = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string>; [key: string]: unknown };

/** Runs the guard as npm would, in a copy of the package with this package.json. */
function guard(fields: Record<string, unknown>): { status: number | null; stderr: string } {
  const root = tempTree({ 'package.json': JSON.stringify({ name: 'speclint', version: '1.0.0', ...fields }) });
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(repo, 'scripts', 'check-publish.mjs'), join(root, 'scripts', 'check-publish.mjs'));
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'check-publish.mjs')], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('publishing', () => {
  it('runs the guard before every publish', () => {
    expect(pkg.scripts.prepublishOnly).toBe('node scripts/check-publish.mjs');
  });

  it('is refused with a plain sentence while the package has no public address, as now', () => {
    const now = guard({ repository: pkg.repository, homepage: pkg.homepage });
    expect(now.status).toBe(1);
    expect(now.stderr).toMatch(/^speclint: not published: set "repository" and "homepage" in .*package\.json to the project's public address first\./);
    // Placeholders are not addresses.
    expect(guard({ repository: '<owner>/speclint', homepage: 'https://example.org/speclint' }).stderr).toMatch(/set "repository" in/);
    expect(guard({ repository: 'https://github.com/<owner>/speclint', homepage: 'https://github.com/<owner>/speclint#readme' }).status).toBe(1);
  });

  it('goes ahead once both are set', () => {
    const set = guard({ repository: { type: 'git', url: 'git+https://github.com/nhs-example/speclint.git' }, homepage: 'https://github.com/nhs-example/speclint#readme' });
    expect(set).toEqual({ status: 0, stderr: '' });
  });
});
