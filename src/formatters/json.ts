/** ESLint's result shape, plus headingPath and quote (DESIGN.md). */
import type { LintMessage, LintResult } from '../core/messages.js';
import type { Formatter } from './types.js';

function publicMessage(m: LintMessage): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine ?? m.line,
    endColumn: m.endColumn ?? m.column,
  };
  if (m.fatal) out.fatal = true;
  if (m.suggestions) out.suggestions = m.suggestions;
  if (m.headingPath) out.headingPath = m.headingPath;
  if (m.quote !== undefined) out.quote = m.quote;
  return out;
}

export function toJsonResults(results: LintResult[]): unknown[] {
  return results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map(publicMessage),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fatalErrorCount: r.fatalErrorCount,
  }));
}

const json: Formatter = (results) => `${JSON.stringify(toJsonResults(results))}\n`;
export default json;
