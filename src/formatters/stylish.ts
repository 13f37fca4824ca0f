/**
 * The default terminal output, written for a commissioner: where the finding
 * is (line, or ¶ paragraph in Word, and the section), the quoted text, what to
 * do, and the rule id to look up.
 */
import { relative } from 'node:path';
import { locationStyle } from '../core/formats.js';
import type { LintMessage, LintResult } from '../core/messages.js';
import type { Formatter } from './types.js';
import { displayQuote, plural, printable } from '../report/text.js';

const codes = { red: [31, 39], yellow: [33, 39], bold: [1, 22], dim: [2, 22], underline: [4, 24], green: [32, 39] } as const;
type Style = keyof typeof codes;

export function location(m: LintMessage, format: LintResult['format']): string {
  return locationStyle(format) === 'paragraph' ? `¶${m.line}` : `${m.line}:${m.column}`;
}

const stylish: Formatter = (results, { cwd, color }) => {
  const paint = (style: Style, text: string): string =>
    color ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text;
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fatals = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fatals += result.fatalErrorCount;
    // Document text and file names are untrusted: no control characters, so no terminal escape codes.
    const name = printable(result.filePath.startsWith('<') ? result.filePath : relative(cwd, result.filePath) || result.filePath);
    out += `\n${paint('underline', name)}\n`;
    for (const m of result.messages) {
      const severity = m.severity === 2 ? paint('red', 'error') : paint('yellow', 'warning');
      const rule = m.ruleId ? `  ${paint('dim', m.ruleId)}` : '';
      out += `  ${paint('dim', location(m, result.format))}  ${severity}${rule}\n`;
      const section = m.headingPath?.[m.headingPath.length - 1];
      const context = printable([section, m.quote !== undefined ? displayQuote(m) : undefined].filter(Boolean).join(' · '));
      if (context) out += `    ${paint('bold', context)}\n`;
      out += `    ${printable(m.message)}\n`;
    }
  }
  const files = plural(results.length, 'file');
  if (errors + warnings === 0) return `${paint('green', '✔')} No problems found in ${files}.\n`;
  const problems = plural(errors + warnings, 'problem');
  let summary = `${problems} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${files}`;
  if (fatals > 0) summary += `; ${plural(fatals, 'file')} could not be read`;
  out += `\n${paint(errors > 0 ? 'red' : 'yellow', `✖ ${summary}.`)}\n`;
  return out;
};

export default stylish;
