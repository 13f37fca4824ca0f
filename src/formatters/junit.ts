/** JUnit XML for CI dashboards: one test case per file, a failure per finding. */
import type { Formatter } from './types.js';
import { escapeXml as xml } from '../xml-escape.js';
import { relativePath } from './paths.js';

const junit: Formatter = (results, { cwd }) => {
  let failures = 0;
  let errors = 0;
  const cases = results.map((result) => {
    const name = relativePath(cwd, result.filePath);
    const body = result.messages
      .map((m) => {
        const where = result.format === 'docx' ? `paragraph ${m.line}` : `line ${m.line}, column ${m.column}`;
        const detail = [`${where}${m.headingPath?.length ? ` (${m.headingPath.join(' > ')})` : ''}`, m.quote && `"${m.quote}"`, m.message]
          .filter(Boolean)
          .join('\n');
        if (m.ruleId === null) {
          errors++;
          return `      <error message="${xml(m.message)}" type="unreadable">${xml(detail)}</error>`;
        }
        failures++;
        return `      <failure message="${xml(m.message)}" type="${xml(m.ruleId)}">${xml(detail)}</failure>`;
      })
      .join('\n');
    return `    <testcase classname="speclint" name="${xml(name)}" file="${xml(name)}" time="0">${body ? `\n${body}\n    ` : ''}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="speclint" tests="${results.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="speclint" tests="${results.length}" failures="${failures}" errors="${errors}" skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

export default junit;
