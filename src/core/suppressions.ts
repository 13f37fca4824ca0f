/**
 * Bulk suppressions, as ESLint 9 keeps them: for each file and rule, how many
 * findings were accepted when the team adopted speclint. A later run hides a
 * rule's findings in a file while there are no more of them than recorded;
 * one more, and all of that rule's findings in that file are reported again
 * (a count cannot tell the old findings from the new one).
 *
 * Pure: the caller says how a result's path reads in the file (relative to
 * the suppressions file's folder, with forward slashes) and does the I/O.
 */
import { countMessages, type LintMessage, type LintResult } from './messages.js';

/** file (relative, forward slashes) → rule id → { count }. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/** How a result's file path is written in the suppressions file. */
export type RelativePath = (filePath: string) => string;

/** A finding a suppression may cover: from a rule, and not an input that could not be read. */
const suppressible = (m: LintMessage): m is LintMessage & { ruleId: string } => m.ruleId !== null && !m.fatal;

/** The number of suppressible findings of each rule in a file's messages. */
export function countByRule(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) if (suppressible(m)) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  return counts;
}

const copy = (s: Suppressions): Suppressions => Object.fromEntries(Object.entries(s).map(([file, rules]) => [file, Object.fromEntries(Object.entries(rules).map(([id, e]) => [id, { count: e.count }]))]));

/**
 * Records the current findings of these results (every rule, or only `rules`),
 * replacing the counts recorded before for those files and rules; other
 * entries are kept. A file that could not be read records nothing.
 */
export function recordSuppressions(previous: Suppressions, results: readonly LintResult[], relative: RelativePath, rules?: readonly string[]): Suppressions {
  const next = copy(previous);
  for (const result of results) {
    if (result.fatalErrorCount > 0) continue;
    const file = relative(result.filePath);
    for (const [ruleId, count] of countByRule(result.messages)) {
      if (rules && !rules.includes(ruleId)) continue;
      (next[file] ??= {})[ruleId] = { count };
    }
  }
  return next;
}

export interface AppliedSuppressions {
  results: LintResult[];
  /** Recorded counts these results no longer reach (only for files in the results). */
  unused: Suppressions;
}

/** Hides suppressed findings, and says which recorded counts are more than the findings there now. */
export function applySuppressions(results: readonly LintResult[], suppressions: Suppressions, relative: RelativePath): AppliedSuppressions {
  const unused: Suppressions = {};
  const out = results.map((result) => {
    const file = relative(result.filePath);
    const recorded = Object.hasOwn(suppressions, file) ? suppressions[file] : undefined;
    if (!recorded) return result;
    const counts = countByRule(result.messages);
    const hidden = new Set<string>();
    for (const [ruleId, entry] of Object.entries(recorded)) {
      const found = counts.get(ruleId) ?? 0;
      if (found <= entry.count && found > 0) hidden.add(ruleId);
      if (found < entry.count) (unused[file] ??= {})[ruleId] = { count: entry.count - found };
    }
    if (hidden.size === 0) return result;
    const messages = result.messages.filter((m) => !(suppressible(m) && hidden.has(m.ruleId)));
    const rulesSilenced = [...new Set([...(result.rulesSilenced ?? []), ...hidden])];
    return { ...result, ...countMessages(result.filePath, messages, result.format), rulesSilenced };
  });
  return { results: out, unused };
}

/**
 * Lowers each recorded count to the findings there are now and drops the
 * entries that reach none; `gone` files (deleted or renamed since) are
 * dropped whole. Files these results do not cover are left as they are.
 */
export function pruneSuppressions(previous: Suppressions, results: readonly LintResult[], relative: RelativePath, gone: (file: string) => boolean = () => false): Suppressions {
  const next = copy(previous);
  const { unused } = applySuppressions(results, previous, relative);
  for (const [file, rules] of Object.entries(unused)) {
    for (const [ruleId, { count }] of Object.entries(rules)) {
      const left = next[file]![ruleId]!.count - count;
      if (left > 0) next[file]![ruleId] = { count: left };
      else delete next[file]![ruleId];
    }
  }
  for (const file of Object.keys(next)) if (Object.keys(next[file]!).length === 0 || gone(file)) delete next[file];
  return next;
}

/** The file's text: keys sorted at every level, two-space indent, a final newline, so diffs stay small. */
export function serializeSuppressions(suppressions: Suppressions): string {
  const sorted = (keys: string[]): string[] => keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ordered: Suppressions = {};
  for (const file of sorted(Object.keys(suppressions))) {
    const rules = suppressions[file]!;
    if (Object.keys(rules).length === 0) continue;
    ordered[file] = {};
    for (const id of sorted(Object.keys(rules))) ordered[file][id] = { count: rules[id]!.count };
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Reads the file's text; the reason when it is not a suppressions file (thrown as a plain Error). */
export function parseSuppressions(text: string): Suppressions {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not valid JSON (${(error as Error).message})`);
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(data)) throw new Error('it should hold an object of files');
  const out: Suppressions = {};
  for (const [file, rules] of Object.entries(data)) {
    if (!isObject(rules)) throw new Error(`the entry for "${file}" should be an object of rule ids`);
    const entries: Record<string, { count: number }> = {};
    for (const [id, entry] of Object.entries(rules)) {
      const count = isObject(entry) ? entry.count : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new Error(`"${file}" → "${id}" should be { "count": <a whole number> }`);
      entries[id] = { count };
    }
    // Defined, not assigned: a file called "__proto__" must stay an entry.
    Object.defineProperty(out, file, { value: entries, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
