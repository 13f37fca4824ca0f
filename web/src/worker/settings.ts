/**
 * The checker's settings: a preset and the rules turned off. Resolved to rule
 * settings exactly as a config file with `extends: [speclint:<preset>]` and
 * `rules: { <id>: off }` would be, so the page and the CLI agree.
 */
import type { ConfiguredRule } from '../../../src/core/engine.js';
import type { RuleModule } from '../../../src/core/rule.js';
import { presetConfig } from '../../../src/config/presets.js';
import { configuredRules, mergeRules } from '../../../src/config/rule-settings.js';

export const WEB_PRESETS = ['recommended', 'strict'] as const;
export type WebPreset = (typeof WEB_PRESETS)[number];

export interface WebSettings {
  preset: WebPreset;
  /** Rule ids turned off on top of the preset. */
  off: string[];
}

export const DEFAULT_SETTINGS: WebSettings = { preset: 'recommended', off: [] };

type Rules = Readonly<Record<string, RuleModule<any>>>;

export function rulesFor(settings: WebSettings, rules: Rules): ConfiguredRule[] {
  const preset = presetConfig(`speclint:${settings.preset}`, rules);
  const off = Object.fromEntries(settings.off.map((id) => [id, 'off' as const]));
  return configuredRules(mergeRules(mergeRules({}, preset?.rules), off), rules);
}

/** Settings read back from storage: anything unexpected falls back to the defaults. */
export function parseSettings(value: unknown, rules: Rules): WebSettings {
  if (!value || typeof value !== 'object') return { ...DEFAULT_SETTINGS };
  const record = value as Record<string, unknown>;
  const preset = WEB_PRESETS.find((p) => p === record.preset) ?? DEFAULT_SETTINGS.preset;
  const off = Array.isArray(record.off) ? record.off.filter((id): id is string => typeof id === 'string' && id in rules) : [];
  return { preset, off: [...new Set(off)] };
}
