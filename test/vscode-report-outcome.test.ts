/**
 * What the VS Code extension's "Open the report" does after the CLI ran (editors/vscode/src/cli.ts,
 * plain data: no vscode import): exit code 2 with a report written is a batch with an unreadable file.
 */
import { describe, expect, it } from 'vitest';
import { reportOutcome } from '../editors/vscode/src/cli.js';

describe('"Open the report" after the CLI ran', () => {
  it('opens a report written with exit code 2 (a file could not be read) and warns; opens a clean one silently', () => {
    expect(reportOutcome({ code: 2, stdout: '', stderr: '' }, true)).toEqual({ open: true, warning: 'speclint: some files could not be read or were not found; the report lists them.' });
    expect(reportOutcome({ code: 1, stdout: '', stderr: '' }, true)).toEqual({ open: true });
  });

  it('says why there is no report, never "undefined"', () => {
    expect(reportOutcome({ code: 2, stdout: '', stderr: 'speclint: .speclintrc.yaml: rules: "no-such-rule" is not a rule.\nmore\n' }, false)).toEqual({
      open: false,
      error: 'speclint could not write the report: speclint: .speclintrc.yaml: rules: "no-such-rule" is not a rule.',
    });
    expect(reportOutcome({ code: 2, stdout: '', stderr: '' }, false)).toEqual({ open: false, error: 'speclint could not write the report: it stopped with exit code 2' });
    expect(reportOutcome({ code: null, stdout: '', stderr: '', error: new Error('spawn ENOENT') }, false)).toEqual({ open: false, error: 'speclint could not be started: spawn ENOENT' });
  });
});
