/**
 * Inline directives: `speclint-disable`, `speclint-enable`,
 * `speclint-disable-next-line`, each with optional rule ids and `-- reason`;
 * a reason that ends with `until YYYY-MM-DD` makes the directive expire.
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

/** Orders positions: negative when a comes first. */
const compare = (a: Position, b: Position): number => (a.line !== b.line ? (a.line < b.line ? -1 : 1) : a.column < b.column ? -1 : a.column > b.column ? 1 : 0);

/** The directives that apply to one rule, sorted for binary search. */
interface RuleIndex {
  /** Disable and enable switches by position (stable: directive order breaks ties). */
  switches: Directive[];
  /** Ranges by start; reach[k] is, of ranges[0..k], the one that ends last. */
  ranges: Directive[];
  reach: Directive[];
}

/** The number of items in a sorted list that come at or before a position. */
function countUpTo<T>(items: T[], key: (item: T) => Position, at: Position): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(key(items[mid]!), at) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A date as YYYY-MM-DD in the local time zone (what "today" means to the person reading the report). */
export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `until <something that starts with a digit>` at the end of a reason; a full stop after it is allowed. */
const UNTIL = /(?:^|\s)until\s+(\d\S*?)\.?\s*$/i;

export type DirectiveExpiry = { date: string } | { invalid: string };

/**
 * The last day a directive silences, from a reason that ends with
 * `until YYYY-MM-DD`; `invalid` holds what was written when it is not a real
 * date in that form. Undefined when the reason gives no date.
 */
export function expiryOf(reason: string | undefined): DirectiveExpiry | undefined {
  const m = reason === undefined ? null : UNTIL.exec(reason);
  if (!m) return undefined;
  const text = m[1]!;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (parts) {
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return { date: text };
  }
  return { invalid: text };
}

export interface ExpiredDirective {
  directive: Directive;
  /** The last day it silenced (YYYY-MM-DD). */
  date: string;
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  /** The rules with a finding a directive silenced. */
  silencedRules: string[];
  /** Directives in force that silenced nothing. */
  unused: Directive[];
  /** Directives whose `until` date has passed: they silence nothing. */
  expired: ExpiredDirective[];
  /** Directives whose `until` is not a date in the form YYYY-MM-DD (they silence as if undated). */
  invalidDates: Array<{ directive: Directive; text: string }>;
}

/** The sentence added to a finding that an expired directive would have silenced. */
export const expiredNote = (date: string): string => `The speclint-disable directive that silenced this finding expired on ${date}.`;

/**
 * For each message, the directive that silences it (a range it overlaps, or
 * the disable switch in force at it), if any. A message that concerns the
 * whole document (`documentLevel`) is silenced by a disable that is still in
 * force at the end of the document, wherever that disable stands.
 *
 * Directives are indexed by rule and position, so the work grows as
 * (messages + directives) × log(directives), not as their product: a Word file
 * with 40,000 directive comments once took minutes here.
 */
function silencer(directives: Directive[], documentLevel: (m: LintMessage) => boolean): (message: LintMessage) => Directive | undefined {
  const order = new Map(directives.map((d, i) => [d, i]));
  // Directives that name no rule apply to every rule; the rest are filed under each rule they name.
  const everyRule: Directive[] = [];
  const byRule = new Map<string, Directive[]>();
  for (const d of directives) {
    if (d.ruleIds.length === 0) everyRule.push(d);
    else for (const id of new Set(d.ruleIds)) (byRule.get(id) ?? byRule.set(id, []).get(id)!).push(d);
  }
  const indexes = new Map<string, RuleIndex>();
  const indexFor = (ruleId: string): RuleIndex => {
    let index = indexes.get(ruleId);
    if (index) return index;
    const own = byRule.get(ruleId) ?? [];
    // Back in directive order, so that ties in position keep it (the sort is stable).
    const mine = everyRule.length === 0 ? own : own.length === 0 ? everyRule : [...everyRule, ...own].sort((a, b) => order.get(a)! - order.get(b)!);
    const switches = mine.filter((d) => d.type !== 'range').sort((a, b) => compare(a.position, b.position));
    const ranges = mine.filter((d) => d.type === 'range').sort((a, b) => compare(a.from!, b.from!));
    const reach: Directive[] = [];
    for (const [k, d] of ranges.entries()) reach.push(k > 0 && compare(reach[k - 1]!.to!, d.to!) >= 0 ? reach[k - 1]! : d);
    index = { switches, ranges, reach };
    indexes.set(ruleId, index);
    return index;
  };
  const end: Position = { line: Number.MAX_SAFE_INTEGER, column: 0 };

  return (message) => {
    if (message.ruleId === null || message.fatal) return undefined;
    const { switches, ranges, reach } = indexFor(message.ruleId);
    const whole = documentLevel(message);
    const at = whole ? end : { line: message.line, column: message.column };
    const until = whole ? end : { line: message.endLine ?? message.line, column: message.endColumn ?? message.column };
    // A range silences any finding that overlaps it: a Word comment on a few
    // words silences the finding on their sentence. Of the ranges that start
    // by the finding's end, the one that ends last overlaps it if any does.
    const started = countUpTo(ranges, (d) => d.from!, until);
    if (started > 0 && compare(at, reach[started - 1]!.to!) <= 0) return reach[started - 1]!;
    // The last switch before the message that mentions this rule decides.
    const last = switches[countUpTo(switches, (d) => d.position, at) - 1];
    return last?.type === 'disable' ? last : undefined;
  };
}

/**
 * Removes messages silenced by directives. A directive whose reason ends with
 * `until YYYY-MM-DD` silences through that day; after it (`today`, local time,
 * is later) it silences nothing, and each finding it would have silenced is
 * kept with a sentence saying so. `today` defaults to the local date.
 */
export function applyDirectives(
  messages: LintMessage[],
  directives: Directive[],
  documentLevel: (m: LintMessage) => boolean,
  today?: string,
): DirectiveOutcome {
  if (directives.length === 0) return { messages, silencedRules: [], unused: [], expired: [], invalidDates: [] };
  // Only now: the first local date a process asks for reads the time zone (about 5 ms).
  today ??= localDate(new Date());
  const live: Directive[] = [];
  const lapsed: Directive[] = [];
  const expired: ExpiredDirective[] = [];
  const invalidDates: DirectiveOutcome['invalidDates'] = [];
  for (const d of directives) {
    const expiry = d.type === 'enable' ? undefined : expiryOf(d.reason);
    if (expiry && 'invalid' in expiry) invalidDates.push({ directive: d, text: expiry.invalid });
    if (expiry && 'date' in expiry && today > expiry.date) {
      expired.push({ directive: d, date: expiry.date });
      lapsed.push(d);
    } else {
      live.push(d);
      // An enable ends expired disables as it ends the others.
      if (d.type === 'enable') lapsed.push(d);
    }
  }

  const used = new Set<Directive>();
  const silencedRules = new Set<string>();
  const silencedBy = silencer(live, documentLevel);
  let kept = messages.filter((message) => {
    const d = silencedBy(message);
    if (d) {
      used.add(d);
      if (message.ruleId !== null) silencedRules.add(message.ruleId);
    }
    return !d;
  });
  if (expired.length > 0) {
    const dates = new Map(expired.map((e) => [e.directive, e.date]));
    const wouldSilence = silencer(lapsed, documentLevel);
    kept = kept.map((message) => {
      const d = wouldSilence(message);
      const date = d && dates.get(d);
      if (!date) return message;
      const note = expiredNote(date);
      // Reports that show what was found and the ask (MessageParts) show the note with the ask.
      const ask = message.found === undefined ? {} : { ask: message.ask === undefined ? note : `${message.ask} ${note}` };
      return { ...message, message: `${message.message} ${note}`, ...ask, suppressionExpired: date };
    });
  }

  const unused = live.filter((d) => d.type !== 'enable' && !used.has(d));
  return { messages: kept, silencedRules: [...silencedRules], unused, expired, invalidDates };
}
