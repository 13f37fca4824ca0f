/** speclint's findings → LSP diagnostics. Pure. */
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintMessage } from '../core/messages.js';
import type { LintOutcome, RuleInfo } from './protocol.js';

export const SOURCE = 'speclint';

export function toDiagnostics(outcome: LintOutcome, document: TextDocument): Diagnostic[] {
  switch (outcome.kind) {
    case 'linted':
      return outcome.messages.map((m) => toDiagnostic(m, outcome.rules, document));
    case 'ignored':
      return [];
    case 'config-error':
      return [atTop(document, `speclint could not use its configuration, so this file was not checked. ${outcome.message}`)];
    case 'failed':
      return [atTop(document, outcome.message)];
  }
}

export function toDiagnostic(message: LintMessage, rules: Readonly<Record<string, RuleInfo>>, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message, document),
    // Fatal messages (the text could not be read) name no rule.
    severity: message.fatal || message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: message.message,
  };
  if (message.ruleId && !message.fatal) {
    diagnostic.code = message.ruleId;
    const url = rules[message.ruleId]?.url;
    if (url) diagnostic.codeDescription = { href: url };
  }
  return diagnostic;
}

/**
 * Messages are 1-based with an exclusive end column (as in ESLint); LSP is
 * 0-based with an exclusive end character. Both count UTF-16 code units. A
 * message with no end (or an empty range) covers the rest of its line, so
 * there is something to see and to hover.
 */
export function rangeOf(message: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>, document: TextDocument): Range {
  const bom = bomLength(document);
  const at = (line: number, column: number): Position =>
    clamp(document, { line: line - 1, character: column - 1 + (line === 1 ? bom : 0) });
  const start = at(message.line, message.column);
  let end = message.endLine !== undefined && message.endColumn !== undefined ? at(message.endLine, message.endColumn) : start;
  if (end.line < start.line || (end.line === start.line && end.character <= start.character)) {
    end = lineEnd(document, start.line);
  }
  return { start, end };
}

/** One diagnostic on the first line, for problems with the whole file. */
function atTop(document: TextDocument, message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: lineEnd(document, 0) },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message,
  };
}

/**
 * The linter drops a byte-order mark before it counts, so its first line's
 * columns and its offsets are one short of the editor's when the text has one.
 */
export function bomLength(document: TextDocument): number {
  return document.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === '\uFEFF' ? 1 : 0;
}

/** Keeps a position inside the document (an engine off by one must not upset the editor). */
function clamp(document: TextDocument, position: Position): Position {
  return document.positionAt(document.offsetAt({ line: Math.max(0, position.line), character: Math.max(0, position.character) }));
}

function lineEnd(document: TextDocument, line: number): Position {
  const next = document.offsetAt({ line: line + 1, character: 0 });
  const text = document.getText({ start: { line, character: 0 }, end: document.positionAt(next) });
  return { line, character: text.replace(/\r?\n$/, '').length };
}
