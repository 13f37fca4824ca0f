/**
 * One file's findings, grouped by the section they are in (in document
 * order), each with its quote highlighted inside its paragraph, the message,
 * and the rule's reasoning and good example a click away.
 */
import { locationStyle } from '../../src/core/formats.js';
import type { LintMessage, LintResult } from '../../src/core/messages.js';
import type { RuleModule } from '../../src/core/rule.js';
import { findQuote } from '../../src/report/quote-in-context.js';
import { h, type Child } from './dom.js';
import { ruleAdvice, type RuleDocs } from './rule-docs.js';
import { trimAfter, trimBefore } from './text.js';

type Rules = Readonly<Record<string, RuleModule<any>>>;

export const findingId = (fileKey: number, index: number): string => `file-${fileKey}-finding-${index + 1}`;

/** "¶45" read out as "paragraph 45"; "line 12"; or the whole document. */
export function locationNode(m: Pick<LintMessage, 'line' | 'documentLevel'>, format: LintResult['format']): Child {
  if (m.documentLevel) return 'whole document';
  if (locationStyle(format) === 'paragraph') return [h('span', { 'aria-hidden': 'true' }, '¶'), h('span', { class: 'visually-hidden' }, 'paragraph '), String(m.line)];
  return `line ${m.line}`;
}

const severityBadge = (severity: 1 | 2): HTMLElement =>
  severity === 2 ? h('span', { class: 'badge badge-error' }, 'Error') : h('span', { class: 'badge badge-warning' }, 'Warning');

/** The quote marked in its paragraph, or the quote alone when it cannot be found there. */
function quoted(m: LintMessage): HTMLElement | undefined {
  if (m.quote === undefined) return undefined;
  const found = m.context !== undefined ? findQuote(m.context, m.quote) : undefined;
  const body = found
    ? [trimBefore(found.before), h('mark', { class: 'quote' }, found.match), trimAfter(found.after)]
    : [h('mark', { class: 'quote' }, m.quote)];
  return h('blockquote', { class: 'context' }, h('p', null, body));
}

function finding(m: LintMessage, id: string, format: LintResult['format'], rules: Rules, docs: RuleDocs): HTMLLIElement {
  const rule = m.ruleId ? rules[m.ruleId] : undefined;
  const title = rule?.meta.docs.description ?? m.ruleId ?? 'speclint';
  // A suggestion that replaces the text shows what it would put there: the template to complete.
  const suggestions = (m.suggestions ?? []).map((s) =>
    h(
      'div',
      { class: 'suggestion' },
      h('p', null, h('strong', null, 'Suggestion: '), s.fix ? `${s.desc}:` : s.desc),
      s.fix ? h('blockquote', { class: 'template' }, h('p', null, s.fix.text)) : null,
    ),
  );
  const advice =
    rule && m.ruleId
      ? h(
          'details',
          { class: 'advice-toggle' },
          h('summary', null, 'Why it matters and what good looks like'),
          ruleAdvice(rule),
          h('p', null, docs.button(m.ruleId, ['Read the full guidance for ', h('code', null, m.ruleId)])),
        )
      : undefined;
  return h(
    'li',
    {
      class: `finding ${m.severity === 2 ? 'error' : 'warning'}`,
      id,
      tabindex: -1,
      'data-rule-id': m.ruleId ?? '',
      'data-severity': m.severity,
      'data-line': m.line,
      'data-column': m.column,
    },
    h('p', { class: 'finding-head' }, severityBadge(m.severity), ' ', h('span', { class: 'where' }, locationNode(m, format)), ' ', h('strong', { class: 'rule-title' }, title)),
    quoted(m),
    h('p', { class: 'message' }, m.message),
    suggestions,
    advice,
  );
}

interface Group {
  label: string;
  indices: number[];
}

/** Sections in the order their first finding appears; findings about the whole document first. */
function groups(messages: LintMessage[]): Group[] {
  const byLabel = new Map<string, Group>();
  const whole: Group = { label: 'The specification as a whole', indices: [] };
  messages.forEach((m, i) => {
    if (m.documentLevel) return void whole.indices.push(i);
    const label = m.headingPath && m.headingPath.length > 0 ? m.headingPath.join(' › ') : 'Before the first heading';
    const group = byLabel.get(label) ?? { label, indices: [] };
    group.indices.push(i);
    byLabel.set(label, group);
  });
  return [...(whole.indices.length > 0 ? [whole] : []), ...byLabel.values()];
}

export function renderFindings(result: LintResult, fileKey: number, rules: Rules, docs: RuleDocs): HTMLElement {
  return h(
    'div',
    { class: 'finding-groups' },
    groups(result.messages).map((group, g) =>
      h(
        'section',
        { class: 'finding-group', 'aria-labelledby': `file-${fileKey}-group-${g + 1}` },
        h('h5', { id: `file-${fileKey}-group-${g + 1}` }, group.label),
        h('ol', { class: 'findings' }, group.indices.map((i) => finding(result.messages[i]!, findingId(fileKey, i), result.format, rules, docs))),
      ),
    ),
  );
}
