/** What the key actions are, where they come from, and how a status is decided. */
import { EVIDENCE, KEY_ACTIONS, rulesFor, type RuleLookup } from '../key-actions.js';
import { html, type Markup } from './markup.js';
import { statusBadge } from './specification.js';

export function about(rules: RuleLookup): Markup {
  const actions = KEY_ACTIONS.map((a) => {
    const ids = rulesFor(a, rules);
    const checkedBy = ids.length > 0 ? html` Checked by ${ids.map((id, i) => html`${i > 0 ? (i === ids.length - 1 ? ' and ' : ', ') : ''}<code>${id}</code>`)}.` : '';
    return html`<dt id="about-${a.id}">${a.label}</dt><dd>${a.explanation} <span class="source">Source: ${a.source}.${checkedBy}</span></dd>`;
  });
  return html`<section id="about" aria-labelledby="about-title"><h2 id="about-title">About the key actions</h2>
<p>The key actions come from the “Key Actions for Commissioning Organisations” and sections 4.1 to 4.3 of ${EVIDENCE}.</p>
<ul>
<li>${statusBadge({ status: 'met' })}: the rules that check it found what it asks for, and nothing against it.</li>
<li>${statusBadge({ status: 'partly' })}: the specification has some of what it asks for, and findings say what is missing.</li>
<li>${statusBadge({ status: 'not-met' })}: nothing the specification says meets it: it is missing, or every statement about it falls short.</li>
<li>${statusBadge({ status: 'not-checked' })}: the rules that check it were turned off, failed on this file, or had nothing to judge (the reason is given).</li>
</ul>
<dl class="advice">${actions}</dl></section>`;
}
