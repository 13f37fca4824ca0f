/**
 * speclint's SARIF through Microsoft's validator (a .NET program, so not in
 * `npm run test:unit`); the schema and the rest of the format are checked in
 * formats.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speclint } from './helpers/cli.js';
import { awkwardProjectSarif, SARIF_INPUTS, sarifWithDocsUrl, validateSarif } from './helpers/sarif.js';

const repo = join(import.meta.dirname, '..');

describe("Microsoft's SARIF validator", () => {
  it('passes the examples, a Word draft and a missing file', () => {
    expect(validateSarif(speclint(['--format', 'sarif', ...SARIF_INPUTS], { cwd: repo }).stdout).errors).toEqual([]);
  });

  it('has no errors on awkward file names, inside the folder and outside it', () => {
    expect(validateSarif(awkwardProjectSarif().run.stdout).errors).toEqual([]);
  });

  it('has nothing to say when the rules link to a public docs address', () => {
    expect(validateSarif(sarifWithDocsUrl('https://docs.example/speclint/rules/').stdout)).toEqual({ errors: [], warnings: [] });
  });

  it('has no errors when the docs address has spaces (an intranet folder), which it encodes, or accents', () => {
    const spaces = sarifWithDocsUrl('https://intranet.example/Equality Team/speclint rules/');
    expect(validateSarif(spaces.stdout).errors).toEqual([]);
    expect(JSON.parse(spaces.stdout).runs[0].tool.driver.rules[0].helpUri).toMatch(/^https:\/\/intranet\.example\/Equality%20Team\/speclint%20rules\/[\w-]+$/);
    expect(validateSarif(sarifWithDocsUrl('https://intranet.example/règles/').stdout).errors).toEqual([]);
  });
});
