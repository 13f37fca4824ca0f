/**
 * One specification's part of the report: its findings counted by rule, its
 * key-action checklist, then every finding in document order.
 */
import { formatName } from '../../core/formats.js';
import type { LintMessage, LintResult } from '../../core/messages.js';
import { STATUS_LABELS, statusNote, type Assessment } from '../key-actions.js';
import { gist, isOnHeading, plural, shorten } from '../text.js';
import { statusIcon } from './icons.js';
import { finding, type RuleLookup } from './finding.js';
import { locationMarkup } from './location.js';
import { html, pathMarkup, type Markup } from './markup.js';

export interface SpecView {
  /** The section's id: "spec-1". */
  id: string;
  /** The file as the user named it, relative to the working folder. */
  name: string;
  result: LintResult;
  /** Undefined for a file that could not be read. */
  assessments?: Assessment[];
}

const DECIDING_SHOWN = 3;

export const findingId = (view: SpecView, index: number): string => `${view.id}-finding-${index + 1}`;

export function countsText(result: LintResult): string {
  if (result.fatalErrorCount > 0) return 'could not be read';
  if (result.errorCount + result.warningCount === 0) return 'no problems found';
  return `${plural(result.errorCount, 'error')} and ${plural(result.warningCount, 'warning')}`;
}

export const statusBadge = (a: Pick<Assessment, 'status'>): Markup =>
  html`<span class="status status-${a.status}">${statusIcon(a.status)} ${STATUS_LABELS[a.status]}</span>`;

/** What decided a status: links to the deciding findings, or why nothing decided it. */
function decidedBy(view: SpecView, a: Assessment): Markup {
  const note = statusNote(a);
  if (a.status === 'met') {
    const found = a.evidence[0];
    const quote = found?.quote === undefined ? '' : html` Found: ${locationMarkup(found, view.result.format)}, “${shorten(found.quote, 90)}”.`;
    return html`Nothing to change.${quote}${note ? html` <span class="muted">(${note}.)</span>` : ''}`;
  }
  if (a.status === 'not-checked') return html`Not checked${note ? `: ${note}` : ''}.`;
  if (a.deciding.length === 0) return html`Not met: ${note}.`;
  const items = a.deciding.slice(0, DECIDING_SHOWN).map((m) => {
    const index = view.result.messages.indexOf(m);
    const text =
      m.quote === undefined || isOnHeading(m) ? shorten(gist(m.message), 110) : `“${shorten(m.quote, 90)}”`;
    return html`<li><a href="#${findingId(view, index)}">${locationMarkup(m, view.result.format)}</a>: ${text}</li>`;
  });
  const more = a.deciding.length - DECIDING_SHOWN;
  return html`<ul class="deciding">${items}${more > 0 ? html`<li class="muted">and ${plural(more, 'more finding')}</li>` : ''}</ul>${note ? html`<span class="muted">(${note}.)</span>` : ''}`;
}

function checklist(view: SpecView, assessments: Assessment[]): Markup {
  const rows = assessments.map(
    (a) => html`<tr><th scope="row">${a.action.label}<span class="explain">${a.action.explanation}</span></th><td>${statusBadge(a)}</td><td>${decidedBy(view, a)}</td></tr>`,
  );
  return html`<h3 id="${view.id}-actions">Key actions</h3>
<table class="checklist"><caption class="visually-hidden">Key actions in ${view.name}</caption><thead><tr><th scope="col">Key action</th><th scope="col">Status</th><th scope="col">What decided it</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function byRule(view: SpecView, lookup: RuleLookup): Markup {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const m of view.result.messages) {
    const key = m.ruleId ?? 'speclint';
    const entry = counts.get(key) ?? { errors: 0, warnings: 0 };
    if (m.severity === 2) entry.errors++;
    else entry.warnings++;
    counts.set(key, entry);
  }
  const rows = [...counts]
    .sort(([a, x], [b, y]) => y.errors - x.errors || y.warnings - x.warnings || a.localeCompare(b))
    .map(([id, n]) => {
      const description = lookup.rules[id]?.meta.docs.description;
      return html`<tr><th scope="row">${description ?? id}${description ? html`<span class="explain"><code>${id}</code></span>` : ''}</th><td class="num">${n.errors}</td><td class="num">${n.warnings}</td></tr>`;
    });
  return html`<h3 id="${view.id}-by-rule">Findings by rule</h3>
<table><caption class="visually-hidden">Findings in ${view.name} by rule and severity</caption><thead><tr><th scope="col">Rule</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function unreadable(view: SpecView): Markup {
  const reasons = view.result.messages.filter((m: LintMessage) => m.fatal).map((m) => html`<p>${m.message}</p>`);
  return html`<div class="notice"><p><strong>This file could not be read, so it was not checked.</strong></p>${reasons}</div>`;
}

export function specification(view: SpecView, lookup: RuleLookup): Markup {
  const { result } = view;
  const kind = formatName(result.format);
  const head = html`<h2 id="${view.id}-title"><span class="file">${pathMarkup(view.name)}</span></h2>
<p class="spec-meta">${kind ? `${kind} · ` : ''}${countsText(result)}</p>`;
  if (!view.assessments) return html`<section class="spec" id="${view.id}" aria-labelledby="${view.id}-title">${head}${unreadable(view)}</section>`;
  if (result.messages.length === 0) {
    return html`<section class="spec" id="${view.id}" aria-labelledby="${view.id}-title">${head}<p class="clean">No problems found: every rule that ran passed.</p>${checklist(view, view.assessments)}</section>`;
  }
  return html`<section class="spec" id="${view.id}" aria-labelledby="${view.id}-title">${head}${byRule(view, lookup)}${checklist(view, view.assessments)}
<h3 id="${view.id}-findings">Findings</h3>
<ol class="findings">${result.messages.map((m, i) => finding(m, findingId(view, i), result.format, lookup))}</ol></section>`;
}
