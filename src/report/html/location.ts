/** A finding's location as markup: "¶45" is read out as "paragraph 45". */
import { locationStyle } from '../../core/formats.js';
import type { LintMessage, LintResult } from '../../core/messages.js';
import { html, type Markup } from './markup.js';

export function locationMarkup(m: Pick<LintMessage, 'line' | 'documentLevel'>, format: LintResult['format']): Markup {
  if (m.documentLevel) return html`whole document`;
  if (locationStyle(format) === 'paragraph') return html`<span aria-hidden="true">¶</span><span class="visually-hidden">paragraph </span>${m.line}`;
  return html`line ${m.line}`;
}
