/**
 * One finding: where it is, the quoted text highlighted in its paragraph,
 * what to change, why it matters, what good looks like, and the rule's docs.
 */
import type { LintMessage, LintResult } from '../../core/messages.js';
import type { RuleModule } from '../../core/rule.js';
import { findQuote } from '../quote-in-context.js';
import { goodExampleText, sectionPath } from '../text.js';
import { locationMarkup } from './location.js';
import { publicUrl } from '../../public-links.js';
import { html, type Markup } from './markup.js';

export interface RuleLookup {
  rules: Readonly<Record<string, RuleModule<any>>>;
  docsUrl: (ruleId: string) => string | undefined;
}

// A paragraph can be a whole page of text: keep this much either side of the quote.
const CONTEXT_CHARS = 400;

function trimStart(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.indexOf(' ', text.length - CONTEXT_CHARS);
  return `…${text.slice(cut < 0 ? text.length - CONTEXT_CHARS : cut)}`;
}

function trimEnd(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.lastIndexOf(' ', CONTEXT_CHARS);
  return `${text.slice(0, cut < 0 ? CONTEXT_CHARS : cut)} …`;
}

/** The quote marked inside its paragraph; the quote alone when it cannot be found there. */
function quoted(m: LintMessage): Markup | undefined {
  if (m.quote === undefined) return undefined;
  const found = m.context !== undefined ? findQuote(m.context, m.quote) : undefined;
  const body = found
    ? html`${trimStart(found.before)}<mark>${found.match}</mark>${trimEnd(found.after)}`
    : html`<mark>${m.quote}</mark>`;
  return html`<blockquote class="context"><p>${body}</p></blockquote>`;
}

export const severityBadge = (severity: 1 | 2): Markup =>
  severity === 2 ? html`<span class="badge badge-error">Error</span>` : html`<span class="badge badge-warning">Warning</span>`;

export function finding(m: LintMessage, id: string, format: LintResult['format'], lookup: RuleLookup): Markup {
  const docs = m.ruleId ? lookup.rules[m.ruleId]?.meta.docs : undefined;
  const title = docs?.description ?? (m.ruleId ? m.ruleId : 'speclint');
  const section = sectionPath(m);
  // Only http(s): `javascript:` from a plugin's docs url must not become a link, nor a file:// path that opens nothing elsewhere.
  const href = m.ruleId ? publicUrl(lookup.docsUrl(m.ruleId)) : undefined;
  const advice = [
    docs?.rationale &&
      html`<dt>Why it matters</dt><dd>${docs.rationale}${docs.source ? html` <span class="source">Source: ${docs.source}</span>` : ''}</dd>`,
    docs?.goodExample && html`<dt>What good looks like</dt><dd class="good-example">${goodExampleText(docs.goodExample)}</dd>`,
    m.ruleId &&
      html`<dt>Rule</dt><dd>${href ? html`<a href="${href}">Read about <code>${m.ruleId}</code></a>` : html`<code>${m.ruleId}</code>`}</dd>`,
  ].filter(Boolean);
  return html`<li><article class="finding${m.severity === 2 ? ' error' : ''}" id="${id}" aria-labelledby="${id}-title">
<h4 id="${id}-title">${severityBadge(m.severity)} <span>${title}</span></h4>
<p class="where">${m.documentLevel ? 'About the specification as a whole' : html`${locationMarkup(m, format)}${section ? html` · ${section}` : ''}`}</p>
${quoted(m) ?? ''}
<p class="message">${m.message}</p>
${advice.length > 0 ? html`<dl class="advice">${advice}</dl>` : ''}
</article></li>`;
}
