/**
 * The report's appendix: each cited rule's guidance (what it asks for, why it
 * matters with its source, what good looks like in neutral wording) once; wording
 * fitted to a specification's service is shown with its findings instead, with an anchor the
 * findings link to, so the guidance travels with the file. A public link to the
 * rule's page (settings.docsUrl or the package homepage) when there is one.
 */
import { publicUrl } from '../../public-links.js';
import { guidanceId, type RuleLookup } from './finding.js';
import { modelFor, NO_VOCABULARY, type ReportVocabulary } from '../vocabulary.js';
import { html, type Markup } from './markup.js';

// The briefing's full reference is in "About the key actions" and the footer: here, its short name.
const BRIEFING = /Salway et al\. \(2013\), (?:High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, )?Better Health Briefing 28, Race Equality Foundation/g;
const shortSource = (source: string): string => source.replace(BRIEFING, 'Better Health Briefing 28');

export function guidanceAppendix(ruleIds: readonly string[], lookup: RuleLookup, models: ReportVocabulary = NO_VOCABULARY): Markup {
  if (ruleIds.length === 0) return html``;
  const model = (id: string): string | undefined => modelFor(id, undefined, models, lookup.rules);
  const entries = [...ruleIds].sort().map((id) => {
    const docs = lookup.rules[id]?.meta.docs;
    const href = publicUrl(lookup.docsUrl(id));
    return html`<section class="guide" id="${guidanceId(id)}" aria-labelledby="${guidanceId(id)}-title"><h3 id="${guidanceId(id)}-title">${docs?.description ?? id} <code>${id}</code></h3>
${docs?.rationale ? html`<p>${docs.rationale}${docs.source ? html` <span class="source">Source: ${shortSource(docs.source).replace(/\.$/, '')}.</span>` : ''}</p>` : ''}
${model(id) ? html`<p><strong>What good looks like:</strong> <span class="good-example">${model(id)!}</span></p>` : ''}
${href ? html`<p><a href="${href}">The full guidance for <code>${id}</code></a></p>` : ''}</section>`;
  });
  return html`<section id="guidance" aria-labelledby="guidance-title"><h2 id="guidance-title">Rule guidance</h2>
<p>Why each rule that found something matters, said once for the whole report.</p>
${entries}</section>`;
}
