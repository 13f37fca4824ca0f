/**
 * --format checklist: a quick readiness view before procurement. For each
 * specification, each key action as met / partly / not met / not checked,
 * with the finding that decided it (where, and the text it quotes).
 */
import { locationStyle } from '../core/formats.js';
import { IGNORED_WARNING, notLinted, type Evidence, type LintMessage, type LintResult } from '../core/messages.js';
import { assess, countStatuses, KEY_ACTIONS, STATUS_LABELS, statusNote, type Assessment, type Status } from '../report/key-actions.js';
import { metadataLine, reportMetadata } from '../report/metadata.js';
import { gist, isOnHeading, plural, printable, shorten, STATUS_SYMBOLS, trimEndOf, where } from '../report/text.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const DECIDING_SHOWN = 2;
const LABEL_WIDTH = Math.max(...Object.values(STATUS_LABELS).map((l) => l.length)) + 2;
const INDENT = ' '.repeat(4 + 2 + LABEL_WIDTH);

const COLOURS: Record<Status, [number, number]> = { met: [32, 39], partly: [33, 39], 'not-met': [31, 39], 'not-checked': [2, 22] };

function decidingLine(m: LintMessage, format: LintResult['format']): string {
  const rule = m.ruleId ? ` (${m.ruleId})` : '';
  if (m.quote === undefined) return `${where(m, format)}: ${shorten(gist(m.found ?? m.message), 100)}${rule}`;
  // A finding about a whole section quotes only its heading: say what it found there.
  if (isOnHeading(m)) return `${where(m, format)}, section "${shorten(m.quote, 50)}": ${shorten(gist(m.found ?? m.message), 100)}${rule}`;
  return `${where(m, format)}: "${shorten(m.quote, 80)}"${rule}`;
}

/** Where a rule found what the action asks for: shown for a met action, so "met" points at its reason. */
function evidenceLine(e: Evidence, format: LintResult['format']): string {
  const place = locationStyle(format) === 'paragraph' ? `¶${e.line}` : `line ${e.line}`;
  const found = e.note ? ` (${e.note})` : '';
  return e.quote === undefined ? `found${found}` : `${place}: "${shorten(e.quote, 80)}"${found}`;
}

function actionLines(a: Assessment, format: LintResult['format'], paint: (s: Status, t: string) => string): string[] {
  const label = `${STATUS_SYMBOLS[a.status]} ${STATUS_LABELS[a.status]}`.padEnd(LABEL_WIDTH);
  const lines = [`  ${paint(a.status, label)}  ${a.action.label}`];
  for (const m of a.deciding.slice(0, DECIDING_SHOWN)) lines.push(`${INDENT}${printable(decidingLine(m, format))}`);
  const more = a.deciding.length - DECIDING_SHOWN;
  if (more > 0) lines.push(`${INDENT}and ${plural(more, 'more finding')}`);
  if (a.status === 'met' && a.evidence[0]) lines.push(`${INDENT}${printable(evidenceLine(a.evidence[0], format))}`);
  const note = statusNote(a);
  if (note) lines.push(`${INDENT}(${note})`);
  return lines;
}

const countLine = (counts: Record<Status, number>, total: number): string =>
  `${counts.met} of ${total} key actions met, ${counts.partly} partly, ${counts['not-met']} not met, ${counts['not-checked']} not checked.`;

const checklist: Formatter = (results, context) => {
  const { cwd, color, rules } = context;
  const paint = (status: Status, text: string): string =>
    color ? `\u001b[${COLOURS[status][0]}m${text}\u001b[${COLOURS[status][1]}m` : text;
  const out: string[] = [
    'Key actions for commissioning organisations (Salway et al. 2013, Better Health Briefing 28)',
    printable(metadataLine(reportMetadata(context))),
    '',
  ];
  const overall: Record<Status, number> = { met: 0, partly: 0, 'not-met': 0, 'not-checked': 0 };
  let assessed = 0;
  let skipped = 0;
  for (const result of results) {
    out.push(printable(displayPath(cwd, result.filePath)));
    const assessments = assess(result, rules);
    if (!assessments) {
      const ignored = notLinted(result) === 'ignored';
      // The ignore notice is said even when --quiet hid it with the other warnings.
      const reasons = ignored ? [IGNORED_WARNING] : result.messages.filter((m) => m.fatal).map((m) => m.message);
      out.push(`  ${ignored ? 'not checked' : 'could not be read'}: ${printable(reasons.join(' '))}`, '');
      if (ignored) skipped++;
      continue;
    }
    assessed++;
    for (const a of assessments) out.push(...actionLines(a, result.format, paint));
    const counts = countStatuses(assessments);
    for (const s of Object.keys(overall) as Status[]) overall[s] += counts[s];
    out.push(`  ${countLine(counts, KEY_ACTIONS.length)}`, '');
  }
  if (results.length === 0) out.push('No specifications were checked.');
  const unreadable = results.length - assessed - skipped;
  if (results.length > 1 || unreadable + skipped > 0) {
    let total = `${plural(assessed, 'specification')}: ${countLine(overall, assessed * KEY_ACTIONS.length)}`;
    if (unreadable > 0) total = `${total.slice(0, -1)}; ${plural(unreadable, 'file')} could not be read.`;
    if (skipped > 0) total = `${total.slice(0, -1)}; ${plural(skipped, 'file')} skipped by the ignore patterns.`;
    out.push(total);
  }
  return `${trimEndOf(out.join('\n'), '\n')}\n`;
};

export default checklist;
