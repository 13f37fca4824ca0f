/**
 * One specification's part of the report: its findings counted by rule, its
 * key-action checklist, then every finding in document order.
 */
import { formatName } from '../../core/formats.js';
import { IGNORED_WARNING, notLinted, type LintMessage, type LintResult } from '../../core/messages.js';
import { STATUS_LABELS, statusNote, type Assessment } from '../key-actions.js';
import { gist, isOnHeading, plural, shorten } from '../text.js';
import { statusIcon } from './icons.js';
import { ruleFindings, type RuleLookup } from './finding.js';
import type { FileView } from '../view.js';
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
  /** Its findings as every output shows them (report/view.ts). */
  view: FileView;
}

const DECIDING_SHOWN = 3;

export const findingId = (view: SpecView, index: number): string => `${view.id}-finding-${index + 1}`;

export function countsText(result: LintResult): string {
  const why = notLinted(result);
  if (why) return NOT_LINTED[why];
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
    const quote = found?.quote === undefined ? 'Nothing to change.' : html`Found: ${locationMarkup(found, view.result.format)}, “${shorten(found.quote, 50)}”.`;
    return html`${quote}${note ? html` <span class="muted">(${note}.)</span>` : ''}`;
  }
  if (a.status === 'not-checked') return html`Not checked${note ? `: ${note}` : ''}.`;
  if (a.deciding.length === 0) return html`Not met: ${note}.`;
  // Links to the deciding findings, which quote their text: said once, there.
  const links = a.deciding.slice(0, DECIDING_SHOWN).map((m, i) => {
    const index = view.result.messages.indexOf(m);
    return html`${i > 0 ? ', ' : ''}<a href="#${findingId(view, index)}">${locationMarkup(m, view.result.format)}</a>`;
  });
  const more = a.deciding.length - DECIDING_SHOWN;
  return html`See ${links}${more > 0 ? ` and ${plural(more, 'more finding')}` : ''}.${note ? html` <span class="muted">(${note}.)</span>` : ''}`;
}

function checklist(view: SpecView, assessments: Assessment[]): Markup {
  const rows = assessments.map(
    // Each action's explanation is said once, in "About the key actions".
    (a) => html`<tr><th scope="row"><a href="#about-${a.action.id}">${a.action.label}</a></th><td>${statusBadge(a)}</td><td>${decidedBy(view, a)}</td></tr>`,
  );
  return html`<h3 id="${view.id}-actions">Key actions</h3>
<table class="checklist"><caption class="visually-hidden">Key actions in ${view.name}</caption><thead><tr><th scope="col">Key action</th><th scope="col">Status</th><th scope="col">What decided it</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Why a file has no findings or key actions: what the summary and the file's heading say. */
export const NOT_LINTED = { unreadable: 'could not be read', ignored: 'not checked: an ignore pattern matches it' } as const;

function notChecked(view: SpecView): Markup {
  const ignored = notLinted(view.result) === 'ignored';
  // The ignore notice is said even when --quiet hid it with the other warnings.
  const reasons = (ignored ? [IGNORED_WARNING] : view.result.messages.filter((m: LintMessage) => m.fatal).map((m) => m.message)).map((text) => html`<p>${text}</p>`);
  const lead = ignored ? 'An ignore pattern matches this file, so it was not checked.' : 'This file could not be read, so it was not checked.';
  return html`<div class="notice"><p><strong>${lead}</strong></p>${reasons}</div>`;
}

export function specification(view: SpecView, lookup: RuleLookup): Markup {
  const { result } = view;
  const kind = formatName(result.format);
  const head = html`<h2 id="${view.id}-title"><span class="file">${pathMarkup(view.name)}</span></h2>
<p class="spec-meta">${kind ? `${kind} · ` : ''}${countsText(result)}</p>`;
  if (!view.assessments) return html`<section class="spec" id="${view.id}" aria-labelledby="${view.id}-title">${head}${notChecked(view)}</section>`;
  if (result.messages.length === 0) {
    return html`<section class="spec" id="${view.id}" aria-labelledby="${view.id}-title">${head}<p class="clean">No problems found: every rule that ran passed.</p>${checklist(view, view.assessments)}</section>`;
  }
  return html`<section class="spec" id="${view.id}" aria-labelledby="${view.id}-title">${head}${checklist(view, view.assessments)}
<h3 id="${view.id}-findings">Findings</h3>
<ol class="findings">${view.view.byRule.map((g, i) => ruleFindings(g, `${view.id}-rule-${i + 1}`, (index) => findingId(view, index), result.format, view.view.area?.label))}</ol></section>`;
}
