/** The page's status line: a polite live region, so screen readers hear when results arrive. */
import { byId } from './dom.js';

export function announce(text: string): void {
  const status = byId('status');
  // Clearing first makes the same sentence twice be read twice.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = text;
  });
}
