/**
 * The preset and rule choices, remembered in this browser's local storage.
 * Only settings are stored, never a document or a finding. Storage may be
 * blocked (locked-down browsers, some file:// set-ups): the page then works
 * with the defaults and forgets on reload.
 */
import type { RuleModule } from '../../src/core/rule.js';
import { parseSettings, type WebSettings } from './worker/settings.js';

const KEY = 'speclint.checker.settings.v1';

export function loadSettings(rules: Readonly<Record<string, RuleModule<any>>>): WebSettings {
  try {
    const stored = localStorage.getItem(KEY);
    return parseSettings(stored ? JSON.parse(stored) : undefined, rules);
  } catch {
    return parseSettings(undefined, rules);
  }
}

export function saveSettings(settings: WebSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Not remembered; the choice still applies until the page is closed.
  }
}
