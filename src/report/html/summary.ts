/**
 * The report's opening: totals across every file, a table of the
 * specifications, and (for more than one) the key-action chart with its data.
 */
import { KEY_ACTIONS, STATUS_LABELS, countStatuses } from '../key-actions.js';
import { chart } from './chart.js';
import { shortenStart } from '../text.js';
import { html, pathMarkup, type Markup } from './markup.js';
import { countsText, NOT_LINTED, statusBadge, type SpecView } from './specification.js';
import { notLinted } from '../../core/messages.js';

function totals(views: readonly SpecView[]): Markup {
  const sum = (pick: (v: SpecView) => number): number => views.reduce((n, v) => n + pick(v), 0);
  const assessed = views.filter((v) => v.assessments);
  const met = sum((v) => (v.assessments ? countStatuses(v.assessments).met : 0));
  const ignored = views.filter((v) => notLinted(v.result) === 'ignored').length;
  const unreadable = views.length - assessed.length - ignored;
  const errors = sum((v) => v.result.errorCount - v.result.fatalErrorCount);
  const warnings = sum((v) => v.result.warningCount);
  const items = [
    html`<li><strong>${assessed.length}</strong> ${assessed.length === 1 ? 'specification' : 'specifications'} checked</li>`,
    html`<li><strong>${errors}</strong> ${errors === 1 ? 'error' : 'errors'}</li>`,
    html`<li><strong>${warnings}</strong> ${warnings === 1 ? 'warning' : 'warnings'}</li>`,
    html`<li><strong>${met} of ${assessed.length * KEY_ACTIONS.length}</strong> key actions met</li>`,
    unreadable > 0 && html`<li><strong>${unreadable}</strong> could not be read</li>`,
    ignored > 0 && html`<li><strong>${ignored}</strong> skipped by the ignore patterns</li>`,
  ];
  return html`<ul class="totals">${items}</ul>`;
}

function specTable(views: readonly SpecView[]): Markup {
  const rows = views.map((v) => {
    const link = html`<th scope="row"><a class="file" href="#${v.id}">${pathMarkup(v.name)}</a></th>`;
    if (!v.assessments) return html`<tr>${link}<td colspan="3">${NOT_LINTED[notLinted(v.result) ?? 'unreadable']}</td></tr>`;
    const c = countStatuses(v.assessments);
    const others = (['partly', 'not-met', 'not-checked'] as const).filter((s) => c[s] > 0).map((s) => `${c[s]} ${STATUS_LABELS[s]}`);
    return html`<tr>${link}<td class="num">${v.result.errorCount}</td><td class="num">${v.result.warningCount}</td><td>${c.met} of ${KEY_ACTIONS.length} met${others.length ? html`<span class="explain">${others.join(', ')}</span>` : ''}</td></tr>`;
  });
  return html`<table><caption>Specifications checked</caption><thead><tr><th scope="col">Specification</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col">Key actions</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** File names for the chart and its table: the name alone, unless two files share it. */
function shortNames(views: readonly SpecView[]): string[] {
  const base = views.map((v) => v.name.slice(v.name.lastIndexOf('/') + 1));
  return base.map((b, i) => (base.indexOf(b) === base.lastIndexOf(b) ? shortenStart(b, 30) : shortenStart(views[i]!.name, 30)));
}

/** The chart's data as a table, for screen readers and for anyone who prefers words to tiles. */
function matrix(views: readonly SpecView[], labels: readonly string[]): Markup {
  const heads = KEY_ACTIONS.map((a) => html`<th scope="col">${a.shortLabel}</th>`);
  const rows = views.map(
    (v, i) => html`<tr><th scope="row"><a class="file" href="#${v.id}">${labels[i]!}</a></th>${v.assessments!.map((a) => html`<td>${statusBadge(a)}</td>`)}</tr>`,
  );
  // Wider than a phone: it scrolls sideways in its own box, which a keyboard can reach.
  return html`<div class="scroll" role="region" aria-labelledby="matrix-caption" tabindex="0"><table class="matrix"><caption id="matrix-caption">The chart's data: key actions by specification</caption><thead><tr><th scope="col">Specification</th>${heads}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function summary(views: readonly SpecView[]): Markup {
  const assessed = views.filter((v) => v.assessments);
  const labels = shortNames(assessed);
  const overview =
    assessed.length > 1
      ? html`<h3 id="chart-heading">Key actions by specification</h3>
<figure>${chart(
          assessed.map((v, i) => ({ label: labels[i]!, name: v.name, assessments: v.assessments! })),
          'chart',
        )}<figcaption>Each status has a shape as well as a colour; the table below gives the same data in words.</figcaption></figure>${matrix(assessed, labels)}`
      : '';
  return html`<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2>
<p>Start with the key actions that are not met. The rule guidance at the end says why each rule matters and what good looks like.</p>
${totals(views)}${specTable(views)}${overview}</section>`;
}

export const contentsEntry = (v: SpecView): Markup =>
  html`<li><a href="#${v.id}">${pathMarkup(v.name)}</a><span class="counts">${countsText(v.result)}${
    v.assessments ? `; ${countStatuses(v.assessments).met} of ${KEY_ACTIONS.length} key actions met` : ''
  }</span></li>`;

