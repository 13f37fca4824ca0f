/**
 * Bulk suppressions (--suppress-all, --suppress-rule, --prune-suppressions,
 * --suppressions-location), through the built CLI as a team adopting speclint
 * on an existing repository would use them.
 */
import { appendFileSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySuppressions, pruneSuppressions, recordSuppressions, serializeSuppressions } from '../src/core/suppressions.js';
import { countMessages, fatalResult, type LintMessage } from '../src/core/messages.js';
import { speclintInProcess } from './helpers/cli.js';
import { variant } from './helpers/docx.js';
import { tempTree } from './helpers/tmp.js';

const VAGUE = 'The service will be accessible to all.';
const NEW_VAGUE = 'The service will be fair to everyone regardless of background.';
const spec = (title: string, body: string): string => `# ${title}\n\n## Service description\n\n${body}\n`;
const CONFIG = 'rules:\n  require-core-sections: "off"\n';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; quote?: string; message: string; fatal?: boolean }>;
}
const json = (stdout: string): JsonResult[] => JSON.parse(stdout) as JsonResult[];
const findings = (stdout: string) => json(stdout).flatMap((r) => r.messages.map((m) => ({ file: r.filePath.split(/[\\/]/).pop(), ruleId: m.ruleId, quote: m.quote })));

function repository() {
  return tempTree({
    '.speclintrc.yaml': CONFIG,
    'specs/a.md': spec('Podiatry', `Clinics run weekly. ${VAGUE}`),
    'specs/b.md': spec('Dietetics', 'Clinics run daily.'),
  });
}

describe('--suppress-all', () => {
  it('records every current finding; an unchanged run then exits 0 and reports nothing', async () => {
    const dir = repository();
    expect((await speclintInProcess(['specs'], { cwd: dir })).code).toBe(1);
    const recorded = (await speclintInProcess(['--suppress-all', 'specs'], { cwd: dir }));
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toMatch(/speclint-suppressions\.json now records \d+ findings in 2 files/);
    const again = (await speclintInProcess(['--format', 'json', '--max-warnings', '0', 'specs'], { cwd: dir }));
    expect(again.code).toBe(0);
    expect(findings(again.stdout)).toEqual([]);
    expect(again.stderr).toBe('');
  });

  it('one new vague sentence makes the next run exit 1 with exactly that finding reported', async () => {
    const dir = repository();
    (await speclintInProcess(['--suppress-all', 'specs'], { cwd: dir }));
    appendFileSync(join(dir, 'specs/b.md'), `\n${NEW_VAGUE}\n`);
    const run = (await speclintInProcess(['--format', 'json', 'specs'], { cwd: dir }));
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([{ file: 'b.md', ruleId: 'no-vague-equity-statement', quote: NEW_VAGUE }]);
  });

  it('past the recorded count, every finding of that rule in that file is reported (as ESLint does)', async () => {
    const dir = repository();
    (await speclintInProcess(['--suppress-all', 'specs'], { cwd: dir }));
    appendFileSync(join(dir, 'specs/a.md'), `\n${NEW_VAGUE}\n`);
    const run = (await speclintInProcess(['--format', 'json', 'specs'], { cwd: dir }));
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([
      { file: 'a.md', ruleId: 'no-vague-equity-statement', quote: VAGUE },
      { file: 'a.md', ruleId: 'no-vague-equity-statement', quote: NEW_VAGUE },
    ]);
  });

  it('writes counts per file and rule, paths relative to its folder (made if missing) with forward slashes, keys sorted, a final newline', async () => {
    const dir = repository();
    writeFileSync(join(dir, '.speclintrc.yaml'), 'extends: []\nrules:\n  no-vague-equity-statement: error\n  require-engagement-plan: error\n');
    (await speclintInProcess(['--suppress-all', '--suppressions-location', 'config/suppressions.json', 'specs'], { cwd: dir }));
    const text = readFileSync(join(dir, 'config/suppressions.json'), 'utf8');
    expect(text).toBe(
      [
        '{',
        '  "../specs/a.md": {',
        '    "no-vague-equity-statement": {',
        '      "count": 1',
        '    },',
        '    "require-engagement-plan": {',
        '      "count": 1',
        '    }',
        '  },',
        '  "../specs/b.md": {',
        '    "require-engagement-plan": {',
        '      "count": 1',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(dir, 'speclint-suppressions.json'))).toBe(false);
    // Without the location, a later run does not see them; with it, it does.
    expect((await speclintInProcess(['specs'], { cwd: dir })).code).toBe(1);
    expect((await speclintInProcess(['--suppressions-location', 'config/suppressions.json', 'specs'], { cwd: dir })).code).toBe(0);
  });

  it('never suppresses a file that cannot be read', async () => {
    const dir = tempTree({ '.speclintrc.yaml': CONFIG, 'broken.docx': 'not a Word file', 'a.md': spec('Podiatry', VAGUE) });
    expect((await speclintInProcess(['--suppress-all', '.'], { cwd: dir })).code).toBe(2);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'speclint-suppressions.json'), 'utf8')))).toEqual(['a.md']);
    const run = (await speclintInProcess(['--format', 'json', '.'], { cwd: dir }));
    expect(run.code).toBe(2);
    expect(json(run.stdout).flatMap((r) => r.messages.filter((m) => m.fatal))).toHaveLength(1);
  });
});

describe('--suppress-rule', () => {
  it('records only the rules named, leaving the others reported', async () => {
    const dir = repository();
    expect((await speclintInProcess(['--suppress-rule', 'no-vague-equity-statement', 'specs'], { cwd: dir })).code).toBe(1);
    const recorded = JSON.parse(readFileSync(join(dir, 'speclint-suppressions.json'), 'utf8'));
    expect(recorded).toEqual({ 'specs/a.md': { 'no-vague-equity-statement': { count: 1 } } });
    const run = (await speclintInProcess(['--format', 'json', 'specs'], { cwd: dir }));
    expect(findings(run.stdout).some((f) => f.ruleId === 'no-vague-equity-statement')).toBe(false);
    expect(findings(run.stdout).some((f) => f.ruleId === 'require-engagement-plan')).toBe(true);
  });

  it('refuses a rule id it does not know, and flags that do not go together', async () => {
    const dir = repository();
    const unknown = (await speclintInProcess(['--suppress-rule', 'no-such-rule', 'specs'], { cwd: dir }));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"no-such-rule" is not a speclint rule');
    expect((await speclintInProcess(['--suppress-all', '--suppress-rule', 'no-vague-equity-statement', 'specs'], { cwd: dir })).code).toBe(2);
    expect((await speclintInProcess(['--suppress-all', '--prune-suppressions', 'specs'], { cwd: dir })).code).toBe(2);
    expect(existsSync(join(dir, 'speclint-suppressions.json'))).toBe(false);
  });

  it('never writes over a file being linted', async () => {
    const dir = repository();
    // Markdown that happens to read as an empty suppressions file.
    writeFileSync(join(dir, 'specs/c.md'), '{}\n');
    const run = (await speclintInProcess(['--suppress-all', '--suppressions-location', 'specs/c.md', 'specs'], { cwd: dir }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('speclint never overwrites an input');
    expect(readFileSync(join(dir, 'specs/c.md'), 'utf8')).toBe('{}\n');
  });
});

describe('--prune-suppressions', () => {
  it('drops entries that no longer occur, and files that are gone', async () => {
    const dir = tempTree({
      '.speclintrc.yaml': 'extends: []\nrules:\n  no-vague-equity-statement: error\n',
      'a.md': spec('Podiatry', `${VAGUE}\n\n${NEW_VAGUE}`),
      'b.md': spec('Dietetics', VAGUE),
      'c.md': spec('Audiology', VAGUE),
    });
    (await speclintInProcess(['--suppress-all', '.'], { cwd: dir }));
    writeFileSync(join(dir, 'a.md'), spec('Podiatry', VAGUE));
    writeFileSync(join(dir, 'b.md'), spec('Dietetics', 'Clinics run daily.'));
    rmSync(join(dir, 'c.md'));
    const stale = (await speclintInProcess(['.'], { cwd: dir }));
    expect(stale.code).toBe(0);
    expect(stale.stderr).toContain('2 suppressed findings recorded in speclint-suppressions.json no longer occur; run speclint --prune-suppressions');
    expect((await speclintInProcess(['--prune-suppressions', '.'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'speclint-suppressions.json'), 'utf8'))).toEqual({ 'a.md': { 'no-vague-equity-statement': { count: 1 } } });
    expect((await speclintInProcess(['.'], { cwd: dir })).stderr).toBe('');
  });

  it('keeps the entries of a file that is ignored or could not be read, and calls none of them stale', async () => {
    const dir = tempTree({ '.speclintrc.yaml': 'extends: []\nrules:\n  no-vague-equity-statement: error\n', 'a.md': spec('Podiatry', VAGUE), 'b.md': spec('Dietetics', VAGUE) });
    (await speclintInProcess(['--suppress-all', '.'], { cwd: dir }));
    const before = readFileSync(join(dir, 'speclint-suppressions.json'), 'utf8');
    writeFileSync(join(dir, '.speclintignore'), 'a.md\n');
    writeFileSync(join(dir, 'b.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x00, 0x41]));
    const named = await speclintInProcess(['a.md', 'b.md'], { cwd: dir });
    expect(named.stderr).not.toContain('no longer occur');
    const piped = await speclintInProcess(['--stdin', '--stdin-filename', 'a.md'], { cwd: dir, input: spec('Podiatry', VAGUE) });
    expect(piped.stderr).not.toContain('no longer occur');
    expect((await speclintInProcess(['--prune-suppressions', 'a.md', 'b.md'], { cwd: dir })).code).toBe(2);
    expect(readFileSync(join(dir, 'speclint-suppressions.json'), 'utf8')).toBe(before);
  });

  it('a broken suppressions file is a usage error that names it', async () => {
    const dir = repository();
    writeFileSync(join(dir, 'speclint-suppressions.json'), '{ "specs/a.md": { "no-vague-equity-statement": { "count": "one" } } }');
    const run = (await speclintInProcess(['specs'], { cwd: dir }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The suppressions file speclint-suppressions.json is not one speclint can use');
  });
});

describe('suppressions in Word files', () => {
  const base = join(import.meta.dirname, '..', 'fixtures', 'docx', 'pandoc', 'sexual-health.docx');

  it('are recorded and applied as for Markdown, and one more finding brings the rule back', async () => {
    const dir = tempTree({ '.speclintrc.yaml': CONFIG });
    copyFileSync(base, join(dir, 'draft.docx'));
    (await speclintInProcess(['--suppress-all', 'draft.docx'], { cwd: dir }));
    const recorded = JSON.parse(readFileSync(join(dir, 'speclint-suppressions.json'), 'utf8'));
    expect(recorded['draft.docx']['no-vague-equity-statement'].count).toBeGreaterThan(0);
    expect((await speclintInProcess(['--max-warnings', '0', 'draft.docx'], { cwd: dir })).code).toBe(0);

    writeFileSync(
      join(dir, 'draft.docx'),
      variant(base, { 'word/document.xml': (xml) => xml.replace('<w:body>', `<w:body><w:p><w:r><w:t>${NEW_VAGUE}</w:t></w:r></w:p>`) }),
    );
    const run = (await speclintInProcess(['--format', 'json', 'draft.docx'], { cwd: dir }));
    expect(run.code).toBe(1);
    const vague = findings(run.stdout).filter((f) => f.ruleId === 'no-vague-equity-statement');
    expect(vague).toHaveLength(recorded['draft.docx']['no-vague-equity-statement'].count + 1);
    expect(new Set(findings(run.stdout).map((f) => f.ruleId))).toEqual(new Set(['no-vague-equity-statement']));
  });
});

describe('the suppression counts', () => {
  const m = (ruleId: string | null, severity: 1 | 2 = 2): LintMessage => ({ ruleId, severity, message: 'x', line: 1, column: 1 });
  const rel = (p: string): string => p;

  it('count warnings too, never messages without a rule, and sort what they write', () => {
    const results = [countMessages('b.md', [m('z-rule', 1), m('a-rule'), m('a-rule'), m(null, 1)]), fatalResult('c.md', 'unreadable')];
    const recorded = recordSuppressions({}, results, rel);
    expect(serializeSuppressions(recorded)).toBe('{\n  "b.md": {\n    "a-rule": {\n      "count": 2\n    },\n    "z-rule": {\n      "count": 1\n    }\n  }\n}\n');
    const { results: shown, unused } = applySuppressions(results, recorded, rel);
    expect(shown[0]).toMatchObject({ errorCount: 0, warningCount: 1, messages: [m(null, 1)] });
    // Reports are told which rules' findings were silenced, so they do not read the silence as the specification's.
    expect(shown[0]!.rulesSilenced!.sort()).toEqual(['a-rule', 'z-rule']);
    expect(shown[1]!.fatalErrorCount).toBe(1);
    expect(unused).toEqual({});
  });

  it('prune lowers a count to the findings left', () => {
    const recorded = { 'a.md': { 'a-rule': { count: 3 } }, 'other.md': { 'a-rule': { count: 1 } } };
    expect(pruneSuppressions(recorded, [countMessages('a.md', [m('a-rule')])], rel)).toEqual({ 'a.md': { 'a-rule': { count: 1 } }, 'other.md': { 'a-rule': { count: 1 } } });
  });
});
