/**
 * Expectations for Word fixtures, which cannot carry HTML comments: a sidecar
 * `name.docx.expected`, one finding a line, where a Word user would find it.
 *
 *   7:26 no-tracked-changes "The provider will ensure"     (paragraph 7, character 26; the quote contains this)
 *   3:39 no-unresolved-comments:open                       (a message id may follow the rule id)
 *   document no-tracked-changes:many                       (a finding on the whole document)
 *   # comments and blank lines are ignored
 *
 * A valid fixture needs no sidecar. Each line is matched to one finding by
 * rule, message id, quote and exact line and column.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { LintMessage } from '../core/messages.js';

export interface DocxExpectation {
  ruleId: string;
  messageId?: string;
  quote?: string;
  /** Undefined for a document-level finding. */
  line?: number;
  column?: number;
  /** Line of the sidecar, for reporting. */
  sidecarLine: number;
  text: string;
}

const LINE = /^(?:(\d+):(\d+)|(document))\s+([\w/@-]+)(?::([\w-]+))?(?:\s+"([^"]*)")?\s*$/;

export function readDocxExpectations(file: string): DocxExpectation[] {
  const sidecar = `${file}.expected`;
  if (!existsSync(sidecar)) return [];
  const out: DocxExpectation[] = [];
  readFileSync(sidecar, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const text = raw.trim();
      if (text === '' || text.startsWith('#')) return;
      const m = LINE.exec(text);
      if (!m) throw new Error(`${sidecar}:${i + 1}: expected "line:column rule-id[:message-id] ["quote"]" or "document rule-id", got "${text}"`);
      out.push({
        ruleId: m[4]!,
        messageId: m[5],
        quote: m[6],
        line: m[3] ? undefined : Number(m[1]),
        column: m[3] ? undefined : Number(m[2]),
        sidecarLine: i + 1,
        text,
      });
    });
  return out;
}

function matches(e: DocxExpectation, m: LintMessage): boolean {
  if (m.ruleId !== e.ruleId) return false;
  if (e.messageId && m.messageId !== e.messageId) return false;
  if (e.quote && !(m.quote ?? '').includes(e.quote)) return false;
  if (e.line === undefined) return Boolean(m.documentLevel);
  return !m.documentLevel && m.line === e.line && m.column === e.column;
}

/** Pairs expectations with findings one to one. */
export function compareDocx(expectations: DocxExpectation[], messages: LintMessage[]): { missing: DocxExpectation[]; unexpected: LintMessage[] } {
  const remaining = [...messages];
  const missing: DocxExpectation[] = [];
  for (const e of expectations) {
    const i = remaining.findIndex((m) => matches(e, m));
    if (i === -1) missing.push(e);
    else remaining.splice(i, 1);
  }
  return { missing, unexpected: remaining };
}
