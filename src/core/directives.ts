/**
 * Inline directives: `speclint-disable`, `speclint-enable`,
 * `speclint-disable-next-line`, each with optional rule ids and `-- reason`.
 * Loaders find them (HTML comments in Markdown, comments in Word); this
 * module parses their text and applies them to messages.
 */
import type { Position } from './model.js';
import type { LintMessage } from './messages.js';

export type DirectiveType = 'disable' | 'enable' | 'range';

export interface Directive {
  type: DirectiveType;
  /** Empty means every rule. */
  ruleIds: string[];
  reason?: string;
  /** Where the directive itself is (for reporting unused ones). */
  position: Position;
  /** For 'range' directives: the span of text they silence. */
  from?: Position;
  to?: Position;
}

export interface ParsedDirectiveText {
  kind: 'disable' | 'enable' | 'disable-next-line';
  ruleIds: string[];
  reason?: string;
}

const DIRECTIVE = /^\s*speclint-(disable-next-line|disable|enable)\b([^]*)$/;

/** Parses "speclint-disable a, b -- reason"; undefined when it is not a directive. */
export function parseDirectiveText(text: string): ParsedDirectiveText | undefined {
  const m = DIRECTIVE.exec(text);
  if (!m) return undefined;
  let rest = m[2]!;
  let reason: string | undefined;
  const dashes = rest.indexOf('--');
  if (dashes !== -1) {
    reason = rest.slice(dashes + 2).trim() || undefined;
    rest = rest.slice(0, dashes);
  }
  const ruleIds = rest
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { kind: m[1] as ParsedDirectiveText['kind'], ruleIds, reason };
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.column <= b.column);

const applies = (d: Directive, ruleId: string): boolean => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);

export interface DirectiveOutcome {
  messages: LintMessage[];
  unused: Directive[];
}

/**
 * Removes messages silenced by directives. A message that concerns the whole
 * document (no quote, `documentLevel`) is silenced by a disable that is still
 * in force at the end of the document, wherever that disable stands.
 */
export function applyDirectives(
  messages: LintMessage[],
  directives: Directive[],
  documentLevel: (m: LintMessage) => boolean,
): DirectiveOutcome {
  if (directives.length === 0) return { messages, unused: [] };
  const used = new Set<Directive>();
  const switches = directives
    .filter((d) => d.type !== 'range')
    .sort((a, b) => (before(a.position, b.position) ? -1 : 1));
  const end: Position = { line: Number.MAX_SAFE_INTEGER, column: 0 };

  const kept = messages.filter((message) => {
    if (message.ruleId === null || message.fatal) return true;
    const whole = documentLevel(message);
    const at = whole ? end : { line: message.line, column: message.column };
    const until = whole ? end : { line: message.endLine ?? message.line, column: message.endColumn ?? message.column };
    for (const d of directives) {
      // A range silences any finding that overlaps it: a Word comment on a few
      // words silences the finding on their sentence.
      if (d.type === 'range' && applies(d, message.ruleId) && before(d.from!, until) && before(at, d.to!)) {
        used.add(d);
        return false;
      }
    }
    // The last switch before the message that mentions this rule decides.
    let silencedBy: Directive | undefined;
    for (const d of switches) {
      if (!before(d.position, at)) break;
      if (!applies(d, message.ruleId)) continue;
      silencedBy = d.type === 'disable' ? d : undefined;
    }
    if (silencedBy) {
      used.add(silencedBy);
      return false;
    }
    return true;
  });

  const unused = directives.filter((d) => d.type !== 'enable' && !used.has(d));
  return { messages: kept, unused };
}
