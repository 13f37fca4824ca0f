/**
 * Status symbols drawn as SVG rather than typed as characters, so they look
 * the same in every browser and mail client whatever fonts it has: a tick,
 * a half-filled circle, a cross and a dash. Shapes, so status never rests on colour.
 */
import type { Status } from '../key-actions.js';
import { html, type Markup } from './markup.js';

/** The shape on a 16 × 16 grid, drawn in the given colour. */
export function statusShape(status: Status, colour: string): Markup {
  switch (status) {
    case 'met':
      return html`<path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'partly':
      return html`<circle cx="8" cy="8" r="5.5" fill="none" stroke="${colour}" stroke-width="2"/><path d="M8 2.5a5.5 5.5 0 0 0 0 11z" fill="${colour}"/>`;
    case 'not-met':
      return html`<path d="M4 4 12 12M12 4 4 12" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linecap="round"/>`;
    case 'not-checked':
      return html`<path d="M3.5 8h9" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linecap="round"/>`;
  }
}

/** An inline icon for HTML text, sized to the text and hidden from screen readers (the word beside it says it). */
export const statusIcon = (status: Status): Markup =>
  html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${statusShape(status, 'currentColor')}</svg>`;
