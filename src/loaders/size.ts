/** How big an input may be; shared by the CLI and the browser checker so both refuse alike. */

/** Biggest input file; larger files are refused rather than risking memory. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export const tooLargeReason = (name: string): string =>
  `${name} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, too large to be a specification: check you chose the right file.`;
