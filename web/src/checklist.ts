/**
 * The key-actions checklist for one file, decided by src/report/key-actions.ts
 * exactly as in the HTML report and `--format checklist`.
 */
import type { LintResult } from '../../src/core/messages.js';
import { STATUS_LABELS, statusNote, type Assessment } from '../../src/report/key-actions.js';
import { gist, isOnHeading, plural, shorten, STATUS_SYMBOLS } from '../../src/report/text.js';
import { h } from './dom.js';
import { findingId, locationNode } from './findings.js';

const DECIDING_SHOWN = 3;

const statusBadge = (a: Assessment): HTMLElement =>
  h('span', { class: `status status-${a.status}` }, h('span', { 'aria-hidden': 'true' }, STATUS_SYMBOLS[a.status]), ` ${STATUS_LABELS[a.status]}`);

function decidedBy(result: LintResult, fileKey: number, a: Assessment): HTMLElement {
  const note = statusNote(a);
  if (a.status === 'met') {
    const found = a.evidence[0];
    return h(
      'span',
      null,
      'Nothing to change.',
      found?.quote !== undefined ? [' Found: ', locationNode(found, result.format), `, “${shorten(found.quote, 90)}”.`] : null,
      note ? h('span', { class: 'muted' }, ` (${note}.)`) : null,
    );
  }
  if (a.status === 'not-checked') return h('span', null, `Not checked${note ? `: ${note}` : ''}.`);
  if (a.deciding.length === 0) return h('span', null, `Not met: ${note}.`);
  const items = a.deciding.slice(0, DECIDING_SHOWN).map((m) => {
    const index = result.messages.indexOf(m);
    const text = m.quote === undefined || isOnHeading(m) ? shorten(gist(m.found ?? m.message), 110) : `“${shorten(m.quote, 90)}”`;
    return h('li', null, h('a', { href: `#${findingId(fileKey, index)}` }, locationNode(m, result.format)), `: ${text}`);
  });
  const more = a.deciding.length - DECIDING_SHOWN;
  return h(
    'div',
    null,
    h('ul', { class: 'deciding' }, items, more > 0 ? h('li', { class: 'muted' }, `and ${plural(more, 'more finding')}`) : null),
    note ? h('span', { class: 'muted' }, `(${note}.)`) : null,
  );
}

/** The statuses come from the file's shared view (src/report/view.ts), as in the HTML report. */
export function renderChecklist(result: LintResult, assessments: readonly Assessment[], fileKey: number): HTMLElement {
  return h(
    'table',
    { class: 'checklist' },
    h('caption', { class: 'visually-hidden' }, `Key actions in ${result.filePath}`),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Key action'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'What decided it'))),
    h(
      'tbody',
      null,
      assessments.map((a) =>
        h(
          'tr',
          { 'data-action': a.action.id, 'data-status': a.status },
          h('th', { scope: 'row' }, a.action.label, h('span', { class: 'explain' }, a.action.explanation)),
          h('td', null, statusBadge(a)),
          h('td', null, decidedBy(result, fileKey, a)),
        ),
      ),
    ),
  );
}
