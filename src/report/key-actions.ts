/**
 * The key actions a specification should cover, from the "Key Actions for
 * Commissioning Organisations" in Better Health Briefing 28, and the one place
 * their statuses are decided. Each rule declares in its meta the key action it
 * serves and what each of its message ids means for it, and reports positive
 * evidence (context.evidence) when it finds what the action asks for; a status
 * is computed from those declarations, the findings and the evidence, never
 * from message wording. The checklist, the HTML report and the browser checker
 * all call `assess`, so they always agree.
 */
import { notLinted, type Evidence, type LintMessage, type LintResult } from '../core/messages.js';
import type { KeyActionId, RuleMeta } from '../core/rule.js';

export const EVIDENCE =
  'Salway S, Turner D, Mir G, et al. (2013), High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, Better Health Briefing 28, Race Equality Foundation';

export type Status = 'met' | 'partly' | 'not-met' | 'not-checked';

export const STATUS_LABELS: Record<Status, string> = {
  met: 'met',
  partly: 'partly',
  'not-met': 'not met',
  'not-checked': 'not checked',
};

export interface KeyAction {
  id: KeyActionId;
  /** Plain label for a commissioner. */
  label: string;
  /** Two or three words, for the chart's column heads. */
  shortLabel: string;
  /** One line: what a specification that meets it says. */
  explanation: string;
  /** Where in the briefing it comes from. */
  source: string;
}

export const KEY_ACTIONS: readonly KeyAction[] = [
  {
    id: 'needs',
    label: 'Needs analysed by ethnicity',
    shortLabel: 'Needs by ethnicity',
    explanation: 'The population needs section describes local need by ethnic group, with figures, and says which groups have the poorest access or outcomes.',
    source: 'Key Actions: Strategic planning; section 4.1',
  },
  {
    id: 'response',
    label: 'A specific service response',
    shortLabel: 'Specific response',
    explanation: 'Says what the service will do, for which groups and how it will be checked, instead of promising "equitable provision for all" or leaving it to the provider.',
    source: 'Key Actions: Contracting and procuring services; section 4.2',
  },
  {
    id: 'language',
    label: 'Language access',
    shortLabel: 'Language access',
    explanation: 'Professional interpreting, translated information and sessions in community languages for people who speak little or no English.',
    source: 'Section 4.2 and Promising practice 2 (link workers and courses in community languages)',
  },
  {
    id: 'recording',
    label: 'Ethnicity data recorded',
    shortLabel: 'Ethnicity recording',
    explanation: 'Ethnic category recorded for every patient with the national codes, its completeness reported, and any gap in the data given an action to close it.',
    source: 'Key Actions: Cross-cutting action ("refuse to tolerate information gaps on ethnicity"); section 4.3',
  },
  {
    id: 'outcomes',
    label: 'Outcome indicators and targets by ethnicity',
    shortLabel: 'Outcomes by ethnicity',
    explanation: 'Outcome indicators reported by ethnic group, with targets for the groups with the poorest outcomes.',
    source: 'Key Actions: Performance monitoring and evaluation (ethnicity-specific targets); section 4.3 and Promising practice 3',
  },
  {
    id: 'engagement',
    label: 'An engagement plan',
    shortLabel: 'Engagement plan',
    explanation: 'Who will be engaged (minority ethnic communities, patients and carers, voluntary, community and faith organisations), how, when, and how what they say changes the service.',
    source: 'Key Actions: Cross-cutting action (partnerships with local communities) and Contracting ("engage users and members of the public"); section 4.2',
  },
  {
    id: 'monitoring',
    label: 'Equity monitoring',
    shortLabel: 'Equity monitoring',
    explanation: 'Monitoring during the contract looks at ethnicity: an equity audit, reports and service-user feedback by ethnic group, and equality impact assessments that report what they found.',
    source: 'Key Actions: Performance monitoring and evaluation ("Undertake Equity Audits"); section 4.3 and Promising practice 3',
  },
];

/** The rules a report knows, by id (a formatter's `rules`, the registry's). */
export type RuleLookup = Readonly<Record<string, { meta: RuleMeta } | undefined>>;

export interface Assessment {
  action: KeyAction;
  status: Status;
  /** The findings that decided the status (empty when met, not checked, or not met because nothing was found). */
  deciding: LintMessage[];
  /** Where the rules found what the action asks for. */
  evidence: Evidence[];
  /** The action's rules that did not run on this file (off in its configuration). */
  off: string[];
  /** The action's rules whose warnings --quiet hid, so what they found is not known here. */
  hidden: string[];
  /** The engine's reports that one of the action's rules failed on this file. */
  failures: LintMessage[];
  /** The action's rules with findings a speclint-disable directive or a recorded suppression silenced. */
  silenced: string[];
  /** Why a rule that ran found neither a finding nor evidence, as its meta declares ("there is no population needs section to judge"). */
  reason?: string;
}

/** The ids of the rules that serve a key action, as their meta declares. */
export function rulesFor(action: Pick<KeyAction, 'id'>, rules: RuleLookup): string[] {
  return Object.keys(rules).filter((id) => rules[id]?.meta.keyAction?.id === action.id);
}

/** What a finding means for its rule's key action; a finding about the whole document means it is missing. */
function meaning(m: LintMessage, meta: RuleMeta): 'not-met' | 'partly' {
  if (m.documentLevel) return 'not-met';
  return (m.messageId !== undefined && meta.keyAction?.messages[m.messageId]) || 'not-met';
}

export function assessAction(action: KeyAction, result: LintResult, rules: RuleLookup): Assessment {
  const serving = rulesFor(action, rules);
  const ran = new Set(result.rulesRun ?? []);
  const failures = result.messages.filter((m) => m.ruleFailure && m.ruleId !== null && serving.includes(m.ruleId));
  const failed = new Set(failures.map((m) => m.ruleId));
  const off = serving.filter((id) => !ran.has(id));
  const hiddenSet = new Set(result.rulesHidden ?? []);
  const hidden = serving.filter((id) => hiddenSet.has(id));
  // Judged over the rules that ran to the end and whose findings are all shown: a failed rule's findings are incomplete.
  const judged = serving.filter((id) => ran.has(id) && !failed.has(id) && !hiddenSet.has(id));
  const silencedSet = new Set(result.rulesSilenced ?? []);
  const silenced = serving.filter((id) => ran.has(id) && silencedSet.has(id));
  const base = { action, off, hidden, failures, silenced };
  if (judged.length === 0) return { ...base, status: 'not-checked', deciding: [], evidence: [] };

  const findings = result.messages.filter((m) => !m.ruleFailure && m.ruleId !== null && judged.includes(m.ruleId));
  const evidence = (result.evidence ?? []).filter((e) => judged.includes(e.ruleId) && e.keyAction === action.id);
  const notMet = findings.filter((m) => meaning(m, rules[m.ruleId!]!.meta) === 'not-met');
  if (findings.length > 0 && evidence.length > 0) return { ...base, status: 'partly', deciding: [...notMet, ...findings.filter((m) => !notMet.includes(m))], evidence };
  if (notMet.length > 0) return { ...base, status: 'not-met', deciding: notMet, evidence };
  if (findings.length > 0) return { ...base, status: 'partly', deciding: findings, evidence };
  if (evidence.length > 0) return { ...base, status: 'met', deciding: [], evidence };
  // Silence because the team silenced the findings (a speclint-disable directive, a recorded suppression) says
  // nothing about the specification: not "no population needs section", which may be there.
  if (silenced.length > 0) return { ...base, status: 'not-checked', deciding: [], evidence };
  // Silence: what it means is each rule's to say ("no equality commitment at all" is not met).
  const silent = judged.map((id) => rules[id]!.meta.keyAction?.silent).filter((x) => x !== undefined);
  const absent = silent.find((x) => x.status === 'not-met');
  if (absent) return { ...base, status: 'not-met', deciding: [], evidence, reason: absent.reason };
  // Silent rules beside ones hidden, off or failed: the reason is those (statusNote), not an empty specification.
  const reason = silent[0]?.reason ?? (off.length + hidden.length + failures.length === 0 ? 'nothing in the specification for its rules to judge' : undefined);
  return { ...base, status: 'not-checked', deciding: [], evidence, ...(reason !== undefined && { reason }) };
}

/** Every key action for one linted file (one not read, or skipped by the ignores, has no assessment). */
export function assess(result: LintResult, rules: RuleLookup): Assessment[] | undefined {
  if (notLinted(result)) return undefined;
  return KEY_ACTIONS.map((action) => assessAction(action, result, rules));
}

export function countStatuses(assessments: readonly Assessment[]): Record<Status, number> {
  const counts: Record<Status, number> = { met: 0, partly: 0, 'not-met': 0, 'not-checked': 0 };
  for (const a of assessments) counts[a.status]++;
  return counts;
}

/** Why the status is what it is, beyond its findings, in a phrase ("" when nothing needs saying): silence, rules off or failed. */
export function statusNote(a: Assessment): string {
  const failed = [...new Set(a.failures.map((m) => m.ruleId!))];
  const parts = [];
  if (a.reason) parts.push(a.reason);
  if (a.off.length > 0) parts.push(`${listIds(a.off)} ${a.off.length === 1 ? 'is' : 'are'} turned off`);
  if (a.hidden.length > 0) parts.push(`--quiet hides the warnings of ${listIds(a.hidden)}`);
  if (a.silenced.length > 0) parts.push(`findings of ${listIds(a.silenced)} are silenced by a speclint-disable directive or a recorded suppression`);
  if (failed.length > 0) parts.push(`${listIds(failed)} failed on this file, so its findings are missing`);
  return parts.join('; ');
}

const listIds = (ids: string[]): string =>
  ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
