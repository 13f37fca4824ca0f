/** Saves bytes made in the page as a file (a blob: link clicked; nothing is sent anywhere). */
export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; keep the URL a while for slow ones.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "draft.docx" → "draft" (for the names of downloads). */
export const baseName = (name: string): string => name.replace(/\.(docx|doc|md|markdown|txt)$/i, '');
