/** Hover over a finding: what the rule asks for, why it matters and a good example. Pure. */
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver';
import type { Finding } from './code-actions.js';
import type { RuleInfo } from './protocol.js';
import { guidanceMarkdown } from '../report/guidance.js';

export function hoverAt(findings: Finding[], rules: Readonly<Record<string, RuleInfo>>, position: Position): Hover | null {
  const here = findings.filter((f) => f.message.ruleId && !f.message.fatal && contains(f.diagnostic.range, position));
  const ruleIds = [...new Set(here.map((f) => f.message.ruleId!))];
  const sections = ruleIds.map((id) => ruleDocs(id, rules[id])).filter((s) => s !== '');
  if (sections.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: here[0]!.diagnostic.range,
  };
}

/** The rule's documentation as Markdown; empty when there is none to show. */
export function ruleDocs(ruleId: string, info: RuleInfo | undefined): string {
  return info ? guidanceMarkdown(ruleId, info) : '';
}

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}
