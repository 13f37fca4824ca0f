/**
 * The formats speclint reads, and what presenters need to know of each: its
 * name and how a location in it is shown (Word users count paragraphs, ¶12;
 * in text files it is a line and column). Data only, with no imports, so the
 * browser page can ask it without loading any reader. Each format's reader is
 * in the loader registry, src/loaders/index.ts, which must have one for every
 * format here (the compiler checks).
 */

/** `paragraph`: the `line` of a finding is a paragraph number; `line`: a line and column. */
export type LocationStyle = 'paragraph' | 'line';

export interface FormatInfo {
  /** As shown to people: "Word document". */
  name: string;
  /** Lower case, with the dot: files a folder search picks up. */
  extensions: readonly string[];
  /** Read when named on the command line, but not picked up in folders. */
  alsoOpens?: readonly string[];
  locationStyle: LocationStyle;
}

export const FORMATS = {
  markdown: { name: 'Markdown', extensions: ['.md', '.markdown'], locationStyle: 'line' },
  // A .doc is opened only to say it must be saved as .docx (or read, when it is a renamed .docx).
  docx: { name: 'Word document', extensions: ['.docx'], alsoOpens: ['.doc'], locationStyle: 'paragraph' },
} as const satisfies Record<string, FormatInfo>;

export type SourceFormat = keyof typeof FORMATS;

const info = (format: SourceFormat): FormatInfo => FORMATS[format];

/** How a location in a file of this format is shown; an unknown or missing format (a file that could not be read) is shown by line. */
export function locationStyle(format: SourceFormat | undefined): LocationStyle {
  return format === undefined ? 'line' : info(format).locationStyle;
}

export function formatName(format: SourceFormat | undefined): string | undefined {
  return format === undefined ? undefined : info(format).name;
}

/** The format a file is read as, by its name; Markdown when nothing else claims it. */
export function formatOf(filePath: string): SourceFormat {
  const lower = filePath.toLowerCase();
  for (const [format, f] of Object.entries(FORMATS) as Array<[SourceFormat, FormatInfo]>) {
    if ([...f.extensions, ...(f.alsoOpens ?? [])].some((ext) => lower.endsWith(ext))) return format;
  }
  return 'markdown';
}

/** Extensions a directory search picks up. */
export const LINTABLE_EXTENSIONS: readonly string[] = Object.values(FORMATS).flatMap((f: FormatInfo) => f.extensions);
