/**
 * JUnit XML for CI dashboards, shaped as ESLint's JUnit formatter: a test suite per
 * file, one test case per finding (Jenkins, Azure DevOps and most GitHub reporters
 * show only the first failure of a test case), a passing test case for a file with
 * no findings, and an unreadable file as a test case with an error. So `tests`
 * counts test cases, and `failures + errors` never exceeds it.
 */
import { locationStyle } from '../core/formats.js';
import type { LintMessage, LintResult } from '../core/messages.js';
import type { Formatter } from './types.js';
import { escapeXml as xml } from '../xml-escape.js';
import { relativePath } from './paths.js';
import { displayQuote } from '../report/text.js';

interface Case {
  name: string;
  /** The <failure> or <error> inside, if any. */
  outcome?: { tag: 'failure' | 'error' | 'skipped'; message: string; type: string; detail: string };
}

function where(m: LintMessage, format: LintResult['format']): string {
  if (m.documentLevel) return 'whole document';
  return locationStyle(format) === 'paragraph' ? `paragraph ${m.line}` : `line ${m.line}, column ${m.column}`;
}

/** Names unique within a suite ("require-core-sections (whole document) #2"): test reporters merge or drop cases that share one. */
function distinctNames(cases: Case[]): Case[] {
  const total = new Map<string, number>();
  for (const c of cases) total.set(c.name, (total.get(c.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return cases.map((c) => {
    if (total.get(c.name) === 1) return c;
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    return n === 1 ? c : { ...c, name: `${c.name} #${n}` };
  });
}

function casesOf(result: LintResult): Case[] {
  if (result.messages.length === 0) return [{ name: 'no findings' }];
  return distinctNames(result.messages.map((m) => {
    const place = where(m, result.format);
    // A notice, not a failure: a named file the ignores match was skipped; a file not read is an error.
    if (m.skipped) return { name: 'file skipped', outcome: { tag: 'skipped', message: m.message, type: 'ignored', detail: m.message } };
    if (m.fatal) return { name: 'file could not be read', outcome: { tag: 'error', message: m.message, type: 'unreadable', detail: m.message } };
    // A message with no rule about an inline directive (an unreadable date, an unused or expired directive): a finding at its place.
    const id = m.ruleId ?? 'speclint directive';
    const detail = [
      `${m.severity === 2 ? 'Error' : 'Warning'} at ${place}${m.headingPath?.length ? ` (${m.headingPath.join(' > ')})` : ''}`,
      m.quote && displayQuote(m),
      m.message,
    ]
      .filter(Boolean)
      .join('\n');
    return { name: `${id} (${place})`, outcome: { tag: 'failure', message: m.message, type: m.ruleId ?? 'directive', detail } };
  }));
}

const counts = (cases: Case[]) => ({
  tests: cases.length,
  failures: cases.filter((c) => c.outcome?.tag === 'failure').length,
  errors: cases.filter((c) => c.outcome?.tag === 'error').length,
  skipped: cases.filter((c) => c.outcome?.tag === 'skipped').length,
});

const countAttributes = ({ tests, failures, errors }: Pick<ReturnType<typeof counts>, 'tests' | 'failures' | 'errors'>): string => `tests="${tests}" failures="${failures}" errors="${errors}"`;

function testcase(file: string, c: Case): string {
  const open = `    <testcase classname="${xml(file)}" name="${xml(c.name)}" file="${xml(file)}" time="0"`;
  if (!c.outcome) return `${open} />`;
  const { tag, message, type, detail } = c.outcome;
  return `${open}>\n      <${tag} message="${xml(message)}" type="${xml(type)}">${xml(detail)}</${tag}>\n    </testcase>`;
}

const junit: Formatter = (results, { cwd }) => {
  const total = { tests: 0, failures: 0, errors: 0 };
  const suites = results.map((result) => {
    const file = relativePath(cwd, result.filePath);
    const cases = casesOf(result);
    const n = counts(cases);
    total.tests += n.tests;
    total.failures += n.failures;
    total.errors += n.errors;
    return [
      `  <testsuite name="${xml(file)}" package="speclint" ${countAttributes(n)} skipped="${n.skipped}" time="0">`,
      ...cases.map((c) => testcase(file, c)),
      '  </testsuite>',
    ].join('\n');
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="speclint" ${countAttributes(total)}>`, ...suites, '</testsuites>', ''].join('\n');
};

export default junit;
