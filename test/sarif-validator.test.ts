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
});
