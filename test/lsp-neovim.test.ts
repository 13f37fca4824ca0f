/**
 * The language server in a real editor: Debian's Neovim (0.7.2, installed by
 * scripts/ensure-system-deps.sh) headless, attaching the built server to a
 * Markdown file, editing it, and asking for hover and quick fixes.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../src/index.js';
import { runNeovimConfigEdit } from './helpers/lsp-neovim-config.js';
import { neovimVersion, runNeovim, type NeovimReport } from './helpers/lsp-neovim.js';
import { tempTree } from './helpers/tmp.js';

const SPEC = `# Service specification: Community podiatry

## 1. Population needs

The local population is growing and ageing.

## 2. Outcomes

| Indicator | Target |
|---|---|
| Patients seen within 6 weeks | 90% |

## 3. Service description

Clinics run five days a week in three health centres.
The service will be accessible to all.

Support groups will be open to everyone, regardless of background.
`;
const lines = SPEC.split('\n');
const FIRST_VAGUE = lines.indexOf('The service will be accessible to all.');
const SECOND_VAGUE = lines.indexOf('Support groups will be open to everyone, regardless of background.');

/** What the linter finds, as Neovim shows it: 0-based line and column, severity 1 (error) or 2 (warning). */
async function expected(folder: string, text: string): Promise<Array<{ code: string | null; lnum: number; col: number; severity: number }>> {
  const { messages } = await new Linter({ cwd: folder }).lintText(text, join(folder, 'spec.md'));
  return messages
    .map((m) => ({ code: m.ruleId, lnum: m.line - 1, col: m.column - 1, severity: m.severity === 2 ? 1 : 2 }))
    .sort((a, b) => a.lnum - b.lnum || String(a.code).localeCompare(String(b.code)));
}

describe('speclint-lsp in Neovim', () => {
  let folder: string;
  let report: NeovimReport;

  beforeAll(async () => {
    if (!neovimVersion()) throw new Error('nvim is not installed: run scripts/ensure-system-deps.sh (as root) to install Debian\'s neovim.');
    const config = 'rules:\n  require-core-sections: off\nsettings:\n  docsUrl: https://docs.example/speclint/rules/\n';
    folder = tempTree({ '.speclintrc.yaml': config, 'spec.md': SPEC });
    // Delete the first vague sentence; then probe the second, which moves up a line.
    report = await runNeovim({ root: folder, file: join(folder, 'spec.md'), deleteLine: FIRST_VAGUE, probe: { line: SECOND_VAGUE - 1, character: 5 } });
    if (report.error) throw new Error(`the Neovim session failed: ${report.error}`);
  }, 300_000);

  it('shows the findings on the lines the linter reports, with rule ids, severities, source and docs links', async () => {
    const got = report.opened.map(({ code, lnum, col, severity }) => ({ code, lnum, col, severity }));
    expect(got).toEqual(await expected(folder, SPEC));
    expect(report.opened.filter((d) => d.code === 'no-vague-equity-statement').map((d) => d.lnum)).toEqual([FIRST_VAGUE, SECOND_VAGUE]);
    for (const d of report.opened) {
      expect(d.source).toBe('speclint');
      expect(d.href).toBe(`https://docs.example/speclint/rules/${d.code}`);
    }
  });

  it('updates them after an edit made in the editor', async () => {
    const edited = lines.filter((_, i) => i !== FIRST_VAGUE).join('\n');
    expect(report.edited.map(({ code, lnum, col, severity }) => ({ code, lnum, col, severity }))).toEqual(await expected(folder, edited));
    expect(report.edited.filter((d) => d.code === 'no-vague-equity-statement').map((d) => d.lnum)).toEqual([SECOND_VAGUE - 1]);
  });

  it('answers hover and code action requests from the editor', () => {
    expect(report.hover).toContain('Universal equality claims');
    expect(report.hover).toContain('**Why it matters.**');
    expect(report.actions).toEqual(
      expect.arrayContaining([
        'Replace it with a specific commitment to complete',
        'Disable no-vague-equity-statement for this paragraph',
        'Disable no-vague-equity-statement for this file',
      ]),
    );
  });

  it('stops the server when the editor asks', () => {
    expect(report.stopped).toBe(true);
  });
});

describe('speclint-lsp in Neovim 0.7, which cannot watch files: editing .speclintrc.yaml', () => {
  it('re-checks the open specification when the config is edited and saved in the editor', async () => {
    if (!neovimVersion()) throw new Error('nvim is not installed: run scripts/ensure-system-deps.sh (as root) to install Debian\'s neovim.');
    const folder = tempTree({ '.speclintrc.yaml': 'rules:\n  require-core-sections: off\n', 'spec.md': SPEC });
    const report = await runNeovimConfigEdit({
      root: folder,
      file: join(folder, 'spec.md'),
      config: join(folder, '.speclintrc.yaml'),
      lines: ['rules:', '  require-core-sections: off', '  no-vague-equity-statement: off'],
      gone: 'no-vague-equity-statement',
    });
    if (report.error) throw new Error(`the Neovim session failed: ${report.error}`);
    expect(report.before).toContain('no-vague-equity-statement');
    expect(report.after).not.toContain('no-vague-equity-statement');
    // The other findings stay: the document was checked again, not cleared.
    expect(report.after.length).toBeGreaterThan(0);
    expect(report.after).toEqual(report.before.filter((code) => code !== 'no-vague-equity-statement'));
  }, 300_000);
});
