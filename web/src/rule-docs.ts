/**
 * The rule documentation, one click from every finding and rule toggle: a
 * modal dialog with why the rule matters, what good looks like, and its full
 * page (bundled at build time). The address #rule/<id> opens it too, which is
 * where the downloaded HTML report and Word comments link to.
 */
import type { RuleModule } from '../../src/core/rule.js';
import { RULE_HASH_PREFIX, ruleFromHash } from './worker/docs-links.js';
import docs from 'virtual:speclint/rule-docs';
import { byId, h, replaceChildren, type Child } from './dom.js';
import { renderDoc } from './doc-render.js';
import { goodExampleText } from './text.js';

type Rules = Readonly<Record<string, RuleModule<any>>>;

/** Why it matters, its source, and what good looks like: shown with findings and in the dialog. */
export function ruleAdvice(rule: RuleModule<any>): HTMLDListElement {
  const { rationale, source, goodExample } = rule.meta.docs;
  return h(
    'dl',
    { class: 'advice' },
    h('dt', null, 'Why it matters'),
    h('dd', null, rationale, source ? h('span', { class: 'source' }, ` Source: ${source}`) : null),
    h('dt', null, 'What good looks like'),
    h('dd', { class: 'good-example' }, goodExampleText(goodExample)),
  );
}

export class RuleDocs {
  private readonly dialog = byId<HTMLDialogElement>('rule-docs');
  private readonly body = byId('rule-docs-body');
  private readonly title = byId('rule-docs-title');
  private opener?: HTMLElement;

  constructor(private readonly rules: Rules) {
    byId('rule-docs-close').addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('close', () => {
      if (location.hash.startsWith(RULE_HASH_PREFIX)) history.replaceState(null, '', location.pathname + location.search);
      this.opener?.focus();
      this.opener = undefined;
    });
    // Clicking the backdrop closes it, as people expect of a dialog.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
    window.addEventListener('hashchange', () => this.fromHash());
  }

  /** Opens the rule named in the address, if any (the report's and Word comments' links). */
  fromHash(): void {
    const id = ruleFromHash(location.hash);
    if (id && this.rules[id]) this.open(id);
  }

  /** A button that opens the rule's docs. */
  button(id: string, label: Child): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'link-button', 'data-rule-docs': id }, label);
    button.addEventListener('click', () => this.open(id, button));
    return button;
  }

  open(id: string, opener?: HTMLElement): void {
    const rule = this.rules[id];
    if (!rule) return;
    this.opener = opener ?? (document.activeElement instanceof HTMLElement ? document.activeElement : undefined);
    replaceChildren(this.title, h('code', null, id));
    const page = docs[id];
    // The page has the description, defaults, why it matters and examples; add the report's good example.
    replaceChildren(
      this.body,
      page ? renderDoc(page) : [h('p', null, `${rule.meta.docs.description}.`), ruleAdvice(rule)],
      page ? [h('h3', null, 'What good looks like'), h('p', { class: 'good-example' }, goodExampleText(rule.meta.docs.goodExample))] : null,
    );
    if (!this.dialog.open) this.dialog.showModal();
    this.body.scrollTop = 0;
  }
}
