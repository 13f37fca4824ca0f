/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the
 * pull request (`::error file=…,line=…,col=…,title=…::message`).
 */
import type { LintMessage } from '../core/messages.js';
import type { Formatter } from './types.js';
import { relativePath } from './paths.js';
import { displayQuote } from '../report/text.js';

/** Escaping from GitHub's toolkit: data escapes %, CR, LF; properties also : and ,. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A finding's rule; for a message with no rule, what it concerns: the file (not read, or skipped) or an inline directive. */
const titleOf = (m: LintMessage): string =>
  m.ruleId ? `speclint (${m.ruleId})` : m.fatal ? 'speclint: file not read' : m.skipped ? 'speclint: file skipped' : 'speclint: directive';

const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(cwd, result.filePath);
    for (const m of result.messages) {
      const command = m.severity === 2 ? 'error' : 'warning';
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        ...(m.endLine !== undefined ? [`endLine=${m.endLine}`] : []),
        ...(m.endColumn !== undefined && m.endLine === m.line ? [`endColumn=${m.endColumn}`] : []),
        `title=${escapeProperty(titleOf(m))}`,
      ];
      const where = m.headingPath?.length ? `${m.headingPath[m.headingPath.length - 1]}: ` : '';
      const quote = m.quote ? ` — ${displayQuote(m)}` : '';
      lines.push(`::${command} ${properties.join(',')}::${escapeData(`${where}${m.message}${quote}`)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

export default github;
