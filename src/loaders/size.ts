/** How big an input may be; shared by the CLI and the browser checker so both refuse alike. */

/** Biggest input file; larger files are refused rather than risking memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export const tooLargeReason = (name: string): string =>
  `${name} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, too large to be a specification: check you chose the right file.`;

/**
 * Biggest Markdown text. Everything in a Markdown file is text to model and
 * lint, where most of a large Word file is pictures and markup. Measured peak
 * memory per MB of Markdown: about 50 MB when every sentence is a finding,
 * 110 MB of live model for a table of short cells, 8 MB for one endless
 * paragraph; at this limit the worst stays within a worker's memory cap
 * (SECURITY.md). The longest real specifications are well under 1 MB.
 */
export const MAX_MARKDOWN_BYTES = 10 * 1024 * 1024;

export const markdownTooLargeReason = (name: string): string =>
  `${name} is larger than ${MAX_MARKDOWN_BYTES / 1024 / 1024} MB, too large to be a Markdown specification (the longest are well under 1 MB): check you chose the right file, or split it.`;
