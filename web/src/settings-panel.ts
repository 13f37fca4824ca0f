/**
 * The preset (recommended or strict) and a switch per rule. Changes are
 * remembered in this browser and re-check any files already shown.
 */
import type { RuleModule } from '../../src/core/rule.js';
import { presetConfig } from '../../src/config/presets.js';
import { normaliseEntry } from '../../src/config/rule-settings.js';
import type { WebPreset, WebSettings } from './worker/settings.js';
import { byId, h, replaceChildren } from './dom.js';
import type { RuleDocs } from './rule-docs.js';

type Rules = Readonly<Record<string, RuleModule<any>>>;

const SEVERITY_WORDS = ['off in this preset', 'warning', 'error'] as const;

/** What each rule is in the preset: error, warning or off. */
function presetSeverities(preset: WebPreset, rules: Rules): Record<string, 0 | 1 | 2> {
  const config = presetConfig(`speclint:${preset}`, rules);
  return Object.fromEntries(Object.entries(config?.rules ?? {}).map(([id, entry]) => [id, normaliseEntry(entry)[0]]));
}

export function settingsPanel(initial: WebSettings, rules: Rules, docs: RuleDocs, onChange: (settings: WebSettings) => void): void {
  let settings = initial;
  const tags = new Map<string, HTMLElement>();
  const boxes = new Map<string, HTMLInputElement>();
  const count = byId('rules-on');

  const refresh = (): void => {
    const severities = presetSeverities(settings.preset, rules);
    for (const [id, tag] of tags) tag.textContent = SEVERITY_WORDS[severities[id] ?? 0];
    for (const [id, box] of boxes) box.checked = !settings.off.includes(id);
    const ids = Object.keys(rules);
    count.textContent = `${ids.length - settings.off.length} of ${ids.length}`;
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="preset"]')) radio.checked = radio.value === settings.preset;
  };
  const change = (next: WebSettings): void => {
    settings = next;
    refresh();
    onChange(settings);
  };

  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="preset"]')) {
    radio.addEventListener('change', () => {
      if (radio.checked) change({ ...settings, preset: radio.value as WebPreset });
    });
  }

  const items = Object.entries(rules).map(([id, rule]) => {
    const box = h('input', { type: 'checkbox', id: `rule-${id}`, name: 'rule', value: id });
    box.addEventListener('change', () => {
      const off = settings.off.filter((x) => x !== id);
      change({ ...settings, off: box.checked ? off : [...off, id] });
    });
    boxes.set(id, box);
    const tag = h('span', { class: 'severity-tag' });
    tags.set(id, tag);
    return h(
      'li',
      { class: 'rule-toggle' },
      box,
      h('label', { for: `rule-${id}` }, rule.meta.docs.description, ' ', h('code', null, id), ' ', tag),
      docs.button(id, ['About', h('span', { class: 'visually-hidden' }, ` the rule ${id}`)]),
    );
  });
  replaceChildren(byId('rule-list'), items);
  byId('rules-all-on').addEventListener('click', () => change({ ...settings, off: [] }));
  refresh();
}
