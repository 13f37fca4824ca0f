/**
 * What a report says about itself: when the check ran, which speclint, and
 * with which configuration. Shared by the checklist and the HTML report.
 */
import { displayPath } from '../formatters/paths.js';
import type { FormatterContext } from '../formatters/types.js';

export interface ReportMetadata {
  /** "6 December 2026 at 08:30 UTC", in the checking machine's time zone; undefined when not known. */
  checked?: string;
  /** The same moment as an ISO 8601 timestamp, for <time datetime>. */
  checkedIso?: string;
  version: string;
  /** "speclint:recommended (no config file)", ".speclintrc.yaml, extending speclint:strict". */
  configuration?: string;
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const ZONE = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' });

function when(date: Date): string {
  const zone = ZONE.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
  return `${DATE_TIME.format(date)}${zone ? ` ${zone}` : ''}`;
}

export function reportMetadata(context: Pick<FormatterContext, 'cwd' | 'version' | 'checkedAt' | 'configuration'>): ReportMetadata {
  const { checkedAt, configuration } = context;
  const valid = checkedAt && !Number.isNaN(checkedAt.getTime()) ? checkedAt : undefined;
  let described: string | undefined;
  if (configuration) {
    const bases = configuration.extends ?? [];
    const from = configuration.file ? displayPath(context.cwd, configuration.file) : configuration.source;
    if (from) described = bases.length > 0 ? `${from}, extending ${bases.join(', ')}` : from;
    else described = bases.length > 0 ? `${bases.join(', ')} (no config file)` : 'no rules from a config file';
  }
  return {
    ...(valid && { checked: when(valid), checkedIso: valid.toISOString() }),
    version: context.version,
    ...(described && { configuration: described }),
  };
}

/** The metadata in one line: "Checked 6 December 2026 at 08:30 UTC with speclint 0.1.0; configuration: …". */
export function metadataLine(meta: ReportMetadata): string {
  const parts = [`${meta.checked ? `Checked ${meta.checked} with` : 'Checked with'} speclint ${meta.version}`];
  if (meta.configuration) parts.push(`configuration: ${meta.configuration}`);
  return `${parts.join('; ')}.`;
}
