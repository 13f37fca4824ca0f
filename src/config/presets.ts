/** The built-in shareable configs, derived from the rules' own meta. */
import type { RuleModule } from '../core/rule.js';
import type { ConfigData, RuleEntry } from './types.js';

export const PRESET_NAMES = ['speclint:recommended', 'speclint:procurement-ready', 'speclint:strict', 'speclint:all'] as const;

export function presetConfig(name: string, rules: Readonly<Record<string, RuleModule<any>>>): ConfigData | undefined {
  const entries: Record<string, RuleEntry> = {};
  for (const [id, rule] of Object.entries(rules)) {
    const recommended = rule.meta.docs.recommended;
    switch (name) {
      case 'speclint:recommended':
        entries[id] = recommended || 'off';
        break;
      case 'speclint:procurement-ready':
        // Recommended, plus the rules that check a draft is finished, as errors.
        entries[id] = rule.meta.docs.procurementReady ? 'error' : recommended || 'off';
        break;
      case 'speclint:strict':
        entries[id] = rule.meta.docs.strictOptions ? ['error', ...rule.meta.docs.strictOptions] : 'error';
        break;
      case 'speclint:all':
        entries[id] = recommended || 'warn';
        break;
      default:
        return undefined;
    }
  }
  return { rules: entries };
}
