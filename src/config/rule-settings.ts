/**
 * Rule settings as data: a config's entries ("warn", ["error", {...}]) to
 * severities and options, merged and handed to the engine. Pure (no file
 * system), so the browser checker resolves presets exactly as the CLI does.
 */
import type { ConfiguredRule } from '../core/engine.js';
import type { RuleModule } from '../core/rule.js';
import type { RuleEntry, RuleSetting } from './types.js';

export const SEVERITIES: Record<string, 0 | 1 | 2> = { off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 };

export function normaliseEntry(entry: RuleEntry): RuleSetting {
  const [severity, ...options] = Array.isArray(entry) ? entry : [entry];
  return [SEVERITIES[String(severity)]!, ...options];
}

/** Later entries win; a bare severity keeps the options set earlier (as in ESLint). */
export function mergeRules(base: Record<string, RuleSetting>, extra: Record<string, RuleEntry> | undefined): Record<string, RuleSetting> {
  if (!extra) return base;
  const out = { ...base };
  for (const [id, entry] of Object.entries(extra)) {
    const setting = normaliseEntry(entry);
    const previous = out[id];
    out[id] = setting.length === 1 && previous ? [setting[0], ...previous.slice(1)] : setting;
  }
  return out;
}

function mergeOptions(defaults: unknown[] | undefined, given: unknown[]): unknown[] {
  const length = Math.max(defaults?.length ?? 0, given.length);
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const d = defaults?.[i];
    const g = given[i];
    const bothObjects = d && g && typeof d === 'object' && typeof g === 'object' && !Array.isArray(d) && !Array.isArray(g);
    out.push(bothObjects ? { ...(d as object), ...(g as object) } : g === undefined ? d : g);
  }
  return out;
}

/** The engine's view: enabled rules only, options merged over defaults. */
export function configuredRules(
  rules: Record<string, RuleSetting>,
  known: Readonly<Record<string, RuleModule<any>>>,
): ConfiguredRule[] {
  const out: ConfiguredRule[] = [];
  for (const [id, [severity, ...options]] of Object.entries(rules)) {
    const rule = known[id];
    if (severity === 0 || !rule) continue;
    out.push({ id, rule, severity, options: mergeOptions(rule.meta.defaultOptions, options) });
  }
  return out;
}
