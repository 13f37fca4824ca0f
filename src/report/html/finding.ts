/**
 * One finding, rendered from its view (report/view.ts): where it is, the quoted
 * text highlighted in its paragraph, what was found and a short ask; the first
 * finding of each rule also gives the model wording for the service. Why it
 * matters is said once, in the rule guidance at the end of the report.
 */
import type { LintResult } from '../../core/messages.js';
import type { RuleModule } from '../../core/rule.js';
import type { FindingView, QuoteView, RuleGroup } from '../view.js';
import { locationMarkup } from './location.js';
import { html, type Markup } from './markup.js';

export interface RuleLookup {
  rules: Readonly<Record<string, RuleModule<any>>>;
  docsUrl: (ruleId: string) => string | undefined;
}

/** The anchor of a rule's guidance in the report's appendix. */
export const guidanceId = (ruleId: string): string => `rule-${ruleId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function quoted(q: QuoteView | undefined): Markup | undefined {
  if (q === undefined) return undefined;
  return html`<blockquote class="context"><p>${q.before}<mark>${q.match}</mark>${q.after}</p></blockquote>`;
}

export const severityBadge = (severity: 1 | 2): Markup =>
  severity === 2 ? html`<span class="badge badge-error">Must fix</span>` : html`<span class="badge badge-warning">Should fix</span>`;

/** One finding inside its rule's group: where, the quote, what was found and (unless the group gives it once) the ask. */
function finding(f: FindingView, id: string, format: LintResult['format'], askOnce: boolean): Markup {
  const m = f.message;
  // The innermost heading is enough beside a line number ("3.1 Aims" is in "3. Scope").
  const section = f.heading ? html` · ${f.heading}` : '';
  return html`<li class="finding${f.severity === 2 ? ' error' : ''}" id="${id}">
<p class="where">${m.documentLevel ? 'About the specification as a whole' : html`${locationMarkup(m, format)}${section}`}</p>
${f.onHeading ? '' : (quoted(f.quote) ?? '')}
<p class="message">${f.found}${f.ask && !askOnce && !f.askGiven ? html` <strong>${f.ask}</strong>` : ''}</p>
</li>`;
}

/**
 * A rule's findings in one specification: the rule, its key action and its
 * model said once, then each finding; the ask once too when all share it.
 */
export function ruleFindings(g: RuleGroup, groupId: string, idOf: (index: number) => string, format: LintResult['format'], areaLabel: string | undefined): Markup {
  const count = g.findings.length > 1 ? html` <span class="count">(${g.findings.length})</span>` : '';
  const more = g.ruleId
    ? html`<p class="more">${g.keyAction ? html`Key action: ${g.keyAction.label} · ` : ''}<a href="#${guidanceId(g.ruleId)}">Rule guidance</a></p>`
    : '';
  // Wording that fits this service is shown here; the rule's general model, the same for every specification, once in the guidance.
  const model =
    g.model &&
    g.modelFitted &&
    html`<p class="model"><strong>${areaLabel ? `A model for a ${areaLabel} service` : 'What good looks like'}:</strong> <span class="good-example">${g.model}</span></p>`;
  return html`<li><article class="rule-findings${g.severity === 2 ? ' error' : ''}" id="${groupId}" aria-labelledby="${groupId}-title">
<h4 id="${groupId}-title">${severityBadge(g.severity)} <span>${g.title}</span>${count}</h4>
${more}${g.sharedAsk ? html`<p class="ask"><strong>${g.sharedAsk}</strong></p>` : ''}
<ol class="rule-list">${g.findings.map((f) => finding(f, idOf(f.index), format, g.sharedAsk !== undefined))}</ol>
${model || ''}
</article></li>`;
}
