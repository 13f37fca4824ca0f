/** Filters by rule and severity over every file's findings. */
import type { LintResult } from '../../src/core/messages.js';
import { byId, h, replaceChildren } from './dom.js';

export interface FilterState {
  rule: string;
  severity: 'all' | '2' | '1';
}

export class Filters {
  private readonly ruleSelect = byId<HTMLSelectElement>('filter-rule');
  private readonly severitySelect = byId<HTMLSelectElement>('filter-severity');

  constructor(onChange: () => void) {
    this.ruleSelect.addEventListener('change', onChange);
    this.severitySelect.addEventListener('change', onChange);
  }

  get state(): FilterState {
    return { rule: this.ruleSelect.value, severity: this.severitySelect.value as FilterState['severity'] };
  }

  /** The rule list offers the rules with findings in the files shown, with how many each has. */
  update(results: LintResult[]): void {
    const counts = new Map<string, number>();
    for (const r of results) for (const m of r.messages) if (m.ruleId) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
    const current = this.ruleSelect.value;
    const options = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => h('option', { value: id }, `${id} (${n})`));
    replaceChildren(this.ruleSelect, h('option', { value: 'all' }, 'All rules'), options);
    this.ruleSelect.value = counts.has(current) ? current : 'all';
  }

  keep = (rule: string, severity: number): boolean => {
    const { rule: wanted, severity: level } = this.state;
    return (wanted === 'all' || wanted === rule) && (level === 'all' || Number(level) === severity);
  };
}
