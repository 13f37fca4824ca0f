/** What the key actions are, where they come from, and how a status is decided. */
import { EVIDENCE, KEY_ACTIONS } from '../key-actions.js';
import { html, type Markup } from './markup.js';
import { statusBadge } from './specification.js';

export function about(): Markup {
  const actions = KEY_ACTIONS.map(
    (a) => html`<dt>${a.label}</dt><dd>${a.explanation} <span class="source">Source: ${a.source}. Checked by ${a.rules.map((id, i) => html`${i > 0 ? (i === a.rules.length - 1 ? ' and ' : ', ') : ''}<code>${id}</code>`)}.</span></dd>`,
  );
  return html`<section id="about" aria-labelledby="about-title"><h2 id="about-title">About the key actions</h2>
<p>The key actions come from the “Key Actions for Commissioning Organisations” and sections 4.1 to 4.3 of ${EVIDENCE}.</p>
<ul>
<li>${statusBadge({ status: 'met' })}: the rules that check it ran and found nothing.</li>
<li>${statusBadge({ status: 'partly' })}: there are findings, but the specification does cover it in some way.</li>
<li>${statusBadge({ status: 'not-met' })}: a finding says it is missing altogether.</li>
<li>${statusBadge({ status: 'not-checked' })}: the rules that check it were turned off, or could not run on this file.</li>
</ul>
<dl class="advice">${actions}</dl></section>`;
}
