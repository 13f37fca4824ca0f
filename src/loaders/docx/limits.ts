/** Limits for opening Word files; kept apart so Markdown runs need not load the zip reader. */
export interface ZipLimits {
  /** Most bytes any one part may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all parts together may declare. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntries: 2000,
};
