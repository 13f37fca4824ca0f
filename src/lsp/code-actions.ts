/**
 * Quick fixes for the findings under the cursor: apply the rule's suggestion,
 * or silence the rule for the paragraph or the whole file with a directive
 * comment. Pure.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintMessage } from '../core/messages.js';
import { bomLength } from './diagnostics.js';

export interface Finding {
  message: LintMessage;
  diagnostic: Diagnostic;
}

/** Whether the client asked for kinds that include quick fixes (or did not say). */
export function wantsQuickFixes(only: string[] | undefined): boolean {
  return !only || only.some((kind) => kind === '' || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`));
}

export function codeActions(document: TextDocument, findings: Finding[], range: Range): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const add = (title: string, diagnostic: Diagnostic, edit: TextEdit): void => {
    const key = `${title}\u0000${edit.range.start.line}`;
    if (seen.has(key)) return;
    seen.add(key);
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [document.uri]: [edit] } } });
  };
  const bom = bomLength(document);
  const text = document.getText();
  // The document's own line ending: CRLF, a lone CR (old Mac files), or LF.
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';

  for (const { message, diagnostic } of findings) {
    if (!message.ruleId || message.fatal || !overlaps(diagnostic.range, range)) continue;
    for (const suggestion of message.suggestions ?? []) {
      if (!suggestion.fix) continue;
      const [start, end] = suggestion.fix.range;
      add(suggestion.desc, diagnostic, {
        range: { start: document.positionAt(start + bom), end: document.positionAt(end + bom) },
        newText: suggestion.fix.text,
      });
    }
    // A finding about the whole document is silenced only by a disable in force
    // at its end, so the paragraph directive would not help there.
    if (!message.documentLevel) {
      const line = paragraphStart(document, diagnostic.range.start.line);
      const indent = /^[ \t]*/.exec(lineText(document, line))![0];
      add(`Disable ${message.ruleId} for this paragraph`, diagnostic, insertLine(document, line, `${indent}<!-- speclint-disable-next-line ${message.ruleId} -->`, eol));
    }
    add(`Disable ${message.ruleId} for this file`, diagnostic, insertLine(document, topLine(document), `<!-- speclint-disable ${message.ruleId} -->`, eol));
  }
  return actions;
}

/** The paragraph's first line: the line after the nearest blank line above `line`. */
export function paragraphStart(document: TextDocument, line: number): number {
  let start = line;
  while (start > 0 && lineText(document, start - 1).trim() !== '') start--;
  return start;
}

/** Where a file-wide directive goes: the first line, or the line after YAML front matter. */
export function topLine(document: TextDocument): number {
  if (lineText(document, 0).replace(/^\uFEFF/, '').trimEnd() !== '---') return 0;
  for (let line = 1; line < document.lineCount; line++) {
    const text = lineText(document, line).trimEnd();
    if (text === '---' || text === '...') return line + 1;
  }
  return 0; // an unclosed "---" is a thematic break, not front matter
}

function insertLine(document: TextDocument, line: number, text: string, eol: string): TextEdit {
  const position = line < document.lineCount ? { line, character: 0 } : document.positionAt(document.getText().length);
  // Past the last line (no final newline), the comment needs a line break before it instead.
  const newText = line < document.lineCount ? `${text}${eol}` : `${eol}${text}${eol}`;
  return { range: { start: position, end: position }, newText };
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/** Ranges overlap or touch (a cursor at either end of a finding counts as on it). */
function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
