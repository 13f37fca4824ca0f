/**
 * Files come in by the picker (a real file input, so keyboards and screen
 * readers work as usual) or by dropping them anywhere on the page. Dropping
 * a file outside the zone must not make the browser navigate away to it.
 */
import { byId } from './dom.js';

export function dropZone(onFiles: (files: File[]) => void): void {
  const zone = byId('drop-zone');
  const input = byId<HTMLInputElement>('file-input');

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    // Cleared so choosing the same file again (after editing it) checks it again.
    input.value = '';
    if (files.length > 0) onFiles(files);
  });

  let depth = 0;
  const hasFiles = (event: DragEvent): boolean => [...(event.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth++;
    zone.classList.add('dragging');
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.classList.remove('dragging');
  });
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    zone.classList.remove('dragging');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  });
}
