/**
 * The key actions a specification should cover, from the "Key Actions for
 * Commissioning Organisations" in Better Health Briefing 28, each decided by
 * the rules that check it. Shared by the checklist and HTML reports, so both
 * always agree on what "met" means.
 */
import type { LintMessage, LintResult } from '../core/messages.js';

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
  id: string;
  /** Plain label for a commissioner. */
  label: string;
  /** Two or three words, for the chart's column heads. */
  shortLabel: string;
  /** One line: what a specification that meets it says. */
  explanation: string;
  /** Where in the briefing it comes from. */
  source: string;
  /** The rules that decide it. */
  rules: string[];
  /**
   * Findings that say the thing is missing altogether (so "not met", not
   * "partly"), beyond document-level ones: some rules anchor such a finding on
   * a section heading, or on the only sentence that comes near.
   */
  absent?: (m: LintMessage) => boolean;
}

const byId =
  (ruleId: string, ...messageIds: string[]) =>
  (m: LintMessage): boolean =>
    m.ruleId === ruleId && m.messageId !== undefined && messageIds.includes(m.messageId);

// require-engagement-plan reports "generic" both for a plan lacking one detail
// and for a passing mention lacking all four; only its message tells them apart.
// Each marker opens one of the rule's asks (FACET_ASKS): all four means no plan.
const ENGAGEMENT_ASKS = ['who will be engaged (', 'how (for example', 'when (for example', 'how what people say will change the service'];
const noEngagementPlan = (m: LintMessage): boolean =>
  byId('require-engagement-plan', 'generic')(m) && ENGAGEMENT_ASKS.every((ask) => m.message.includes(ask));

export const KEY_ACTIONS: readonly KeyAction[] = [
  {
    id: 'needs',
    label: 'Needs analysed by ethnicity',
    shortLabel: 'Needs by ethnicity',
    explanation: 'The population needs section describes local need by ethnic group, with figures, and says which groups have the poorest access or outcomes.',
    source: 'Key Actions: Strategic planning; section 4.1',
    rules: ['require-ethnicity-needs-analysis'],
    absent: byId('require-ethnicity-needs-analysis', 'missing', 'vague'),
  },
  {
    id: 'response',
    label: 'A specific service response',
    shortLabel: 'Specific response',
    explanation: 'Says what the service will do, for which groups and how it will be checked, instead of promising "equitable provision for all" or leaving it to the provider.',
    source: 'Key Actions: Contracting and procuring services; section 4.2',
    rules: ['no-vague-equity-statement', 'no-provider-deferral'],
  },
  {
    id: 'language',
    label: 'Language access',
    shortLabel: 'Language access',
    explanation: 'Professional interpreting, translated information and sessions in community languages for people who speak little or no English.',
    source: 'Section 4.2 and Promising practice 2 (link workers and courses in community languages)',
    rules: ['require-language-access'],
    absent: byId('require-language-access', 'missing', 'formatsOnly'),
  },
  {
    id: 'recording',
    label: 'Ethnicity data recorded',
    shortLabel: 'Ethnicity recording',
    explanation: 'Ethnic category recorded for every patient with the national codes, its completeness reported, and any gap in the data given an action to close it.',
    source: 'Key Actions: Cross-cutting action ("refuse to tolerate information gaps on ethnicity"); section 4.3',
    rules: ['require-ethnicity-data-recording', 'no-tolerated-data-gap'],
    absent: byId('require-ethnicity-data-recording', 'missing'),
  },
  {
    id: 'outcomes',
    label: 'Outcome indicators and targets by ethnicity',
    shortLabel: 'Outcomes by ethnicity',
    explanation: 'Outcome indicators reported by ethnic group, with targets for the groups with the poorest outcomes.',
    source: 'Key Actions: Performance monitoring and evaluation (ethnicity-specific targets); section 4.3 and Promising practice 3',
    rules: ['require-ethnicity-outcome-indicators'],
    absent: byId('require-ethnicity-outcome-indicators', 'missingOutcomes', 'noIndicators', 'noBreakdown'),
  },
  {
    id: 'engagement',
    label: 'An engagement plan',
    shortLabel: 'Engagement plan',
    explanation: 'Who will be engaged (minority ethnic communities, patients and carers, voluntary, community and faith organisations), how, when, and how what they say changes the service.',
    source: 'Key Actions: Cross-cutting action (partnerships with local communities) and Contracting ("engage users and members of the public"); section 4.2',
    rules: ['require-engagement-plan'],
    absent: noEngagementPlan,
  },
  {
    id: 'monitoring',
    label: 'Equity monitoring',
    shortLabel: 'Equity monitoring',
    explanation: 'Monitoring during the contract looks at ethnicity: an equity audit, reports and service-user feedback by ethnic group, and equality impact assessments that report what they found.',
    source: 'Key Actions: Performance monitoring and evaluation ("Undertake Equity Audits"); section 4.3 and Promising practice 3',
    rules: ['require-equity-monitoring', 'no-tick-box-equality-assessment'],
    absent: byId('require-equity-monitoring', 'missing', 'noEthnicity'),
  },
];

export interface Assessment {
  action: KeyAction;
  status: Status;
  /** The findings that decided the status (empty when met or not checked). */
  deciding: LintMessage[];
  /** The action's rules that did not run on this file (off in its configuration). */
  off: string[];
  /** The engine's reports that one of the action's rules threw on this file. */
  failures: LintMessage[];
}

/** The engine's own report that a rule threw: it has no message id and no place in the document. */
export const isRuleFailure = (m: LintMessage): boolean =>
  m.ruleId !== null && m.messageId === undefined && !m.documentLevel && m.headingPath === undefined;

/** A finding that says the thing is missing from the whole document. */
const isAbsence = (action: KeyAction, m: LintMessage): boolean => Boolean(m.documentLevel) || (action.absent?.(m) ?? false);

export function assessAction(action: KeyAction, result: LintResult): Assessment {
  const ran = new Set(result.rulesRun ?? []);
  const mine = result.messages.filter((m) => m.ruleId !== null && action.rules.includes(m.ruleId));
  const failures = mine.filter(isRuleFailure);
  const findings = mine.filter((m) => !isRuleFailure(m));
  const off = action.rules.filter((id) => !ran.has(id));
  const base = { action, off, failures };

  const absences = findings.filter((m) => isAbsence(action, m));
  if (absences.length > 0) return { ...base, status: 'not-met', deciding: absences };
  if (findings.length > 0) return { ...base, status: 'partly', deciding: findings };
  // Nothing found: "met" needs at least one of its rules to have looked
  // (reports name any that did not, so a half-checked "met" is visible).
  const looked = action.rules.filter((id) => ran.has(id) && !failures.some((m) => m.ruleId === id));
  return { ...base, status: looked.length === 0 ? 'not-checked' : 'met', deciding: [] };
}

/** Every key action for one readable file (an unreadable one has no assessment). */
export function assess(result: LintResult): Assessment[] | undefined {
  if (result.fatalErrorCount > 0) return undefined;
  return KEY_ACTIONS.map((action) => assessAction(action, result));
}

export function countStatuses(assessments: readonly Assessment[]): Record<Status, number> {
  const counts: Record<Status, number> = { met: 0, partly: 0, 'not-met': 0, 'not-checked': 0 };
  for (const a of assessments) counts[a.status]++;
  return counts;
}

/** Which of the action's rules did not look, in a phrase ("" when all did). */
export function uncheckedNote(a: Assessment): string {
  const failed = [...new Set(a.failures.map((m) => m.ruleId!))];
  const parts = [];
  if (a.off.length > 0) parts.push(`${listIds(a.off)} ${a.off.length === 1 ? 'is' : 'are'} turned off`);
  if (failed.length > 0) parts.push(`${listIds(failed)} failed on this file`);
  return parts.join('; ');
}

const listIds = (ids: string[]): string =>
  ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
