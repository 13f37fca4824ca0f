/** SARIF runs shared by the format tests (formats.test.ts) and the Microsoft validator's (sarif-validator.test.ts). */
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { speclint, type CliRun } from './cli.js';
import { tempTree } from './tmp.js';

const repo = join(import.meta.dirname, '..', '..');

/** The examples, a Word draft and a missing file, linted from the repository. */
export const SARIF_INPUTS = ['examples/', 'fixtures/docx/pandoc/mental-health-crisis.docx', 'missing.md'];

/** Files with awkward names in a project folder and outside it, linted from the project as SARIF. */
export function awkwardProjectSarif(): { root: string; project: string; run: CliRun } {
  const vague = readFileSync(join(repo, 'examples', 'weak-community-diabetes.md'), 'utf8');
  const crisis = readFileSync(join(repo, 'fixtures', 'docx', 'pandoc', 'mental-health-crisis.docx'));
  const root = tempTree({
    'project/specs/spec #2 (draft?).md': vague,
    'project/specs/spécification été – ünïcode.md': vague,
    'project/specs/100% [final] crisis.docx': crisis,
    'project/plain.md': vague,
    'elsewhere/other spec #3?.md': vague,
    'elsewhere/crisis ü.docx': crisis,
  });
  const project = join(root, 'project');
  return { root, project, run: speclint(['--no-config', '--format', 'sarif', '.', '../elsewhere'], { cwd: project }) };
}

/** An example linted as SARIF with `settings.docsUrl` set. */
export function sarifWithDocsUrl(docsUrl: string): CliRun {
  const dir = tempTree({ '.speclintrc.yaml': `settings:\n  docsUrl: "${docsUrl}"\n`, 'spec.md': readFileSync(join(repo, 'examples', 'weak-community-diabetes.md')) });
  return speclint(['--format', 'sarif', 'spec.md'], { cwd: dir });
}

/** Microsoft's SARIF validator (npm ci installs it; it is a .NET program): its errors and warnings, one line each. */
export function validateSarif(text: string): { errors: string[]; warnings: string[] } {
  const tool = join(repo, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
  expect(existsSync(tool), 'npm ci installs @microsoft/sarif-multitool').toBe(true);
  chmodSync(tool, 0o755); // npm does not run install scripts, so the run bit is not set
  const dir = tempTree({ 'speclint.sarif': text });
  const result = spawnSync(tool, ['validate', join(dir, 'speclint.sarif'), '--output', join(dir, 'validation.sarif')], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    timeout: 120_000,
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const lines = result.stdout.split('\n');
  return { errors: lines.filter((l) => / error [A-Z]+\d+:/.test(l)), warnings: lines.filter((l) => / warning [A-Z]+\d+:/.test(l)) };
}
