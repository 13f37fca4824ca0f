/**
 * One file's part of the results: its name, progress while it is read and
 * checked, then its counts, downloads, key-actions checklist and findings.
 * `data-state` (waiting, reading, checking, done) lets tests and styles follow it.
 */
import { formatName } from '../../src/core/formats.js';
import type { LintResult } from '../../src/core/messages.js';
import type { RuleModule } from '../../src/core/rule.js';
import { countsText } from '../../src/report/html/specification.js';
import { renderChecklist } from './checklist.js';
import { h, replaceChildren } from './dom.js';
import { renderFindings } from './findings.js';
import type { RuleDocs } from './rule-docs.js';
import { fileView } from '../../src/report/view.js';
import vocabulary from 'virtual:speclint/vocabulary';

export type Stage = 'waiting' | 'reading' | 'checking' | 'done';

export interface FileActions {
  annotate(): Promise<void>;
  report(): Promise<void>;
  json(): void;
}

const STAGE_TEXT: Record<Exclude<Stage, 'done'>, string> = {
  waiting: 'Waiting to be checked…',
  reading: 'Opening the file…',
  checking: 'Reading and checking the document…',
};

export class FileView {
  readonly section: HTMLElement;
  private readonly meta: HTMLElement;
  private readonly body: HTMLElement;
  private readonly titleId: string;

  constructor(
    readonly key: number,
    readonly name: string,
  ) {
    this.titleId = `file-${key}-title`;
    this.meta = h('p', { class: 'file-meta' });
    this.body = h('div', { class: 'file-body' });
    this.section = h(
      'section',
      { class: 'file-result', id: `file-${key}`, 'aria-labelledby': this.titleId, 'data-file-name': name },
      h('h3', { id: this.titleId, class: 'file-name' }, name),
      this.meta,
      this.body,
    );
    this.progress('waiting');
  }

  /** `fraction` (0 to 1) when how much has been read is known. */
  progress(stage: Exclude<Stage, 'done'>, fraction?: number): void {
    this.section.dataset.state = stage;
    this.section.setAttribute('aria-busy', 'true');
    const label = `${this.titleId}-progress`;
    const bar = h('progress', { id: label, max: 1, 'aria-label': `Progress checking ${this.name}` });
    if (fraction !== undefined) bar.value = fraction;
    replaceChildren(this.meta, STAGE_TEXT[stage]);
    replaceChildren(this.body, bar);
  }

  show(result: LintResult, rules: Readonly<Record<string, RuleModule<any>>>, docs: RuleDocs, actions: FileActions): void {
    const kind = formatName(result.format);
    replaceChildren(this.meta, kind ? `${kind} · ` : '', h('span', { class: 'counts' }, countsText(result)));
    // Computed once, as for the HTML report: statuses, counts, quotes and groups all come from here.
    const view = fileView(result, rules, { models: vocabulary });
    const checklist = view.assessments && renderChecklist(result, view.assessments, this.key);
    if (!checklist) {
      const reasons = result.messages.filter((m) => m.fatal).map((m) => h('p', { class: 'fatal-reason' }, m.message));
      replaceChildren(this.body, h('div', { class: 'notice' }, h('p', null, h('strong', null, 'This file could not be read, so it was not checked.')), reasons));
    } else {
      replaceChildren(
        this.body,
        this.downloads(result, actions),
        h('h4', null, 'Key actions'),
        h('div', { class: 'table-wrap' }, checklist),
        h('h4', null, 'Findings ', h('span', { class: 'shown-count' })),
        result.messages.length === 0
          ? h('p', { class: 'clean' }, 'No problems found: every rule that ran passed.')
          : renderFindings(view, result.format, this.key, rules, docs),
      );
    }
    this.section.dataset.state = 'done';
    this.section.removeAttribute('aria-busy');
  }

  private downloads(result: LintResult, actions: FileActions): HTMLElement {
    const problem = h('p', { class: 'download-problem', role: 'alert', hidden: true });
    const button = (label: string, kind: string, run: () => Promise<void> | void): HTMLButtonElement => {
      const b = h('button', { type: 'button', class: 'secondary', 'data-download': kind }, label);
      b.addEventListener('click', async () => {
        b.disabled = true;
        problem.hidden = true;
        try {
          await run();
        } catch (error) {
          problem.textContent = (error as Error).message;
          problem.hidden = false;
        } finally {
          b.disabled = false;
        }
      });
      return b;
    };
    return h(
      'div',
      { class: 'downloads' },
      result.format === 'docx' ? button('Download a copy with Word comments (.docx)', 'docx', actions.annotate) : null,
      button('Download the report (HTML)', 'html', actions.report),
      button('Download the findings (JSON)', 'json', actions.json),
      problem,
    );
  }

  /** Shows only findings that pass the filter; says how many. */
  filter(keep: (rule: string, severity: number) => boolean): void {
    const items = [...this.section.querySelectorAll<HTMLElement>('li.finding')];
    let shown = 0;
    for (const item of items) {
      const visible = keep(item.dataset.ruleId ?? '', Number(item.dataset.severity));
      // Only real changes touch the DOM: a long document has hundreds of findings.
      if (item.hidden === visible) item.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of this.section.querySelectorAll<HTMLElement>('.finding-group')) {
      const empty = !group.querySelector('li.finding:not([hidden])');
      if (group.hidden !== empty) group.hidden = empty;
    }
    const count = this.section.querySelector('.shown-count');
    if (count) count.textContent = items.length === 0 ? '' : shown === items.length ? `(${items.length})` : `(showing ${shown} of ${items.length})`;
  }
}
