/**
 * What every output shows of one file's findings, computed once: each finding
 * with its quote cut to fit, what it found, a short ask and its key action,
 * grouped by section; the model wording fitted to the service on the first
 * finding of each rule only (say it once), and the key-action statuses. The HTML
 * report (strings), the browser checker (DOM) and the Word comments (plain
 * text) each keep only the last step: rendering. Pure.
 */
import type { LintMessage, LintResult } from '../core/messages.js';
import type { RuleModule } from '../core/rule.js';
import { assess, KEY_ACTIONS, type Assessment, type KeyAction } from './key-actions.js';
import { modelFor, NO_VOCABULARY, serviceArea, type ReportVocabulary, type ServiceArea } from './vocabulary.js';
import { findQuote } from './quote-in-context.js';
import { isOnHeading, sectionPath, trimEndOf, where } from './text.js';

type Rules = Readonly<Record<string, RuleModule<any>>>;

/** The quote inside its paragraph, the paragraph cut to about a sentence either side; `before`/`after` empty when the quote stands alone. */
export interface QuoteView {
  before: string;
  match: string;
  after: string;
}

export interface FindingView {
  /** Its index in result.messages (for ids and links). */
  index: number;
  message: LintMessage;
  ruleId: string | null;
  /** The rule's one-line description, or its id. */
  title: string;
  severity: 1 | 2;
  /** "Must fix" (error) or "Should fix" (warning). */
  severityLabel: string;
  /** "¶3", "line 3" or "whole document". */
  where: string;
  /** "3. Scope › 3.1 Aims" (without the title every section shares); empty for the whole document. */
  section: string;
  /** The innermost heading ("3.1 Aims"): numbered headings name their parents. Empty for the whole document. */
  heading: string;
  quote?: QuoteView;
  /** What the finding found, as the rule declares it (MessageParts); the whole message when the rule gives it whole. */
  found: string;
  /** What to do about it, without the message's examples, as the rule declares it; undefined when it declares none. */
  ask?: string;
  /** The model wording for the rule, fitted to the service. Reports show it on the first finding of each rule only; a Word comment, read alone, always. */
  model?: string;
  /** The model was chosen for the specification's service area (not neutral wording nor the rule's own). */
  modelFitted?: boolean;
  /** For a later finding of a rule: the index of the first, which shows the model (say it once). */
  firstOfRule?: number;
  /** An earlier finding of the same rule already gave this ask: reports need not repeat it. */
  askGiven?: boolean;
  /** The quote is the section heading itself, which the location already names. */
  onHeading?: boolean;
  keyAction?: Pick<KeyAction, 'id' | 'label'>;
}

export interface FindingGroup {
  label: string;
  findings: FindingView[];
}

/** One rule's findings in a file: its model and, when every finding asks the same, its ask, said once. */
export interface RuleGroup {
  ruleId: string | null;
  title: string;
  /** The highest severity among its findings. */
  severity: 1 | 2;
  severityLabel: string;
  keyAction?: Pick<KeyAction, 'id' | 'label'>;
  model?: string;
  /** The model was chosen for the specification's service area. */
  modelFitted?: boolean;
  /** The ask every finding shares, given once; undefined when they differ (each finding then gives its own). */
  sharedAsk?: string;
  findings: FindingView[];
}

export interface FileView {
  findings: FindingView[];
  /** By rule, in the order of each rule's first finding. */
  byRule: RuleGroup[];
  /** Whole-document findings first, then sections in the order of their first finding. */
  groups: FindingGroup[];
  /** Undefined for a file that could not be read. */
  assessments?: Assessment[];
  /** The service area the model wording was chosen for, when one was recognised. */
  area?: Pick<ServiceArea, 'id' | 'label'>;
  /** The rules with findings, in the order they first appear (the guidance a report carries). */
  rulesCited: string[];
}

export const SEVERITY_LABELS = { 2: 'Must fix', 1: 'Should fix' } as const;

// About a sentence either side of a quote; the whole paragraph is in the document.
const CONTEXT_CHARS = 100;

function trimBefore(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.indexOf(' ', text.length - CONTEXT_CHARS);
  return `…${text.slice(cut < 0 ? text.length - CONTEXT_CHARS : cut)}`;
}

function trimAfter(text: string): string {
  if (text.length <= CONTEXT_CHARS) return text;
  const cut = text.lastIndexOf(' ', CONTEXT_CHARS);
  return `${text.slice(0, cut < 0 ? CONTEXT_CHARS : cut)} …`;
}

export function quoteView(m: Pick<LintMessage, 'quote' | 'context'>): QuoteView | undefined {
  if (m.quote === undefined) return undefined;
  const found = m.context !== undefined ? findQuote(m.context, m.quote) : undefined;
  return found ? { before: trimBefore(found.before), match: found.match, after: trimAfter(found.after) } : { before: '', match: m.quote, after: '' };
}

function groupLabel(m: LintMessage): string {
  if (m.documentLevel) return 'The specification as a whole';
  return m.headingPath && m.headingPath.length > 0 ? m.headingPath.join(' › ') : 'Before the first heading';
}

function groups(findings: FindingView[]): FindingGroup[] {
  const whole: FindingGroup = { label: 'The specification as a whole', findings: [] };
  const byLabel = new Map<string, FindingGroup>();
  for (const f of findings) {
    if (f.message.documentLevel) {
      whole.findings.push(f);
      continue;
    }
    const label = groupLabel(f.message);
    const group = byLabel.get(label) ?? { label, findings: [] };
    group.findings.push(f);
    byLabel.set(label, group);
  }
  return [...(whole.findings.length > 0 ? [whole] : []), ...byLabel.values()];
}

function ruleGroups(findings: FindingView[]): RuleGroup[] {
  const byRule = new Map<string, FindingView[]>();
  for (const f of findings) {
    const key = f.ruleId ?? '';
    byRule.set(key, [...(byRule.get(key) ?? []), f]);
  }
  return [...byRule.values()].map((list) => {
    const first = list[0]!;
    const severity = list.some((f) => f.severity === 2) ? 2 : 1;
    const asks = new Set(list.map((f) => f.ask));
    return {
      ruleId: first.ruleId,
      title: first.title,
      severity,
      severityLabel: SEVERITY_LABELS[severity],
      keyAction: first.keyAction,
      model: first.model,
      modelFitted: first.modelFitted,
      sharedAsk: list.length > 1 && asks.size === 1 ? first.ask : undefined,
      findings: list,
    };
  });
}

/** The document's title: the first heading of every finding's section path, when they all share one. */
function sharedTitle(messages: readonly LintMessage[]): string | undefined {
  const paths = messages.filter((m) => !m.documentLevel && m.headingPath && m.headingPath.length > 0).map((m) => m.headingPath!);
  const first = paths[0]?.[0];
  return first !== undefined && paths.every((p) => p[0] === first) && paths.some((p) => p.length > 1) ? first : undefined;
}

/** The texts that name the service, most telling first: its title (the first heading any finding or evidence gives), then its file name. */
function serviceTexts(result: LintResult): string[] {
  const titles = [...result.messages, ...(result.evidence ?? [])].map((m) => m.headingPath?.[0]).filter((t): t is string => Boolean(t));
  const name = result.filePath.slice(Math.max(result.filePath.lastIndexOf('/'), result.filePath.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  const base = (dot > 0 ? name.slice(0, dot) : name).replace(/[-_]+/g, ' ');
  return [...new Set(titles)].slice(0, 1).concat(base);
}

export interface ViewOptions {
  models?: ReportVocabulary;
}

export function fileView(result: LintResult, rules: Rules, options: ViewOptions = {}): FileView {
  const models = options.models ?? NO_VOCABULARY;
  const area = serviceArea(serviceTexts(result), models);
  const firstByRule = new Map<string, number>();
  const asksGiven = new Set<string>();
  // Every path starts with the title: "3. Scope › 3.1 Aims" says enough.
  const title = sharedTitle(result.messages);
  const findings = result.messages.map((m, index): FindingView => {
    const rule = m.ruleId ? rules[m.ruleId] : undefined;
    // What the rule declared (MessageParts); a message given whole is shown whole.
    const found = m.found ?? m.message;
    const ask = m.found === undefined ? undefined : m.ask;
    const action = rule?.meta.keyAction && KEY_ACTIONS.find((a) => a.id === rule.meta.keyAction!.id);
    const first = m.ruleId && !m.ruleFailure ? firstByRule.get(m.ruleId) : undefined;
    const view: FindingView = {
      index,
      message: m,
      ruleId: m.ruleId,
      title: rule?.meta.docs.description ?? m.ruleId ?? 'speclint',
      severity: m.severity,
      severityLabel: SEVERITY_LABELS[m.severity],
      where: where(m, result.format),
      section: m.documentLevel ? '' : (title !== undefined && m.headingPath!.length > 1 ? m.headingPath!.slice(1).join(' › ') : sectionPath(m)),
      heading: m.documentLevel ? '' : (m.headingPath?.at(-1) ?? ''),
      quote: quoteView(m),
      onHeading: isOnHeading(m),
      found,
      ask,
      keyAction: action ? { id: action.id, label: action.label } : undefined,
    };
    if (m.ruleId && !m.ruleFailure && !m.fatal) {
      view.model = modelFor(m.ruleId, area, models, rules);
      view.modelFitted = area?.examples[m.ruleId] !== undefined;
      if (first === undefined) firstByRule.set(m.ruleId, index);
      else view.firstOfRule = first;
      const key = `${m.ruleId}\u0000${ask ?? ''}`;
      if (asksGiven.has(key)) view.askGiven = true;
      asksGiven.add(key);
    }
    return view;
  });
  return {
    findings,
    byRule: ruleGroups(findings),
    groups: groups(findings),
    assessments: assess(result, rules),
    area: area && { id: area.id, label: area.label },
    rulesCited: [...firstByRule.keys()],
  };
}
