/**
 * One file's findings as the shared view (src/report/view.ts) gives them:
 * grouped by the section they are in, each with its quote highlighted inside
 * its paragraph, what was found and what to add, the model once per rule, and
 * the rule's reasoning a click away. Only the DOM is built here.
 */
import { locationStyle } from '../../src/core/formats.js';
import type { LintMessage, LintResult } from '../../src/core/messages.js';
import type { RuleModule } from '../../src/core/rule.js';
import type { FileView, FindingView } from '../../src/report/view.js';
import { h, type Child } from './dom.js';
import { ruleAdvice, type RuleDocs } from './rule-docs.js';

type Rules = Readonly<Record<string, RuleModule<any>>>;

export const findingId = (fileKey: number, index: number): string => `file-${fileKey}-finding-${index + 1}`;

/** "¶45" read out as "paragraph 45"; "line 12"; or the whole document. */
export function locationNode(m: Pick<LintMessage, 'line' | 'documentLevel'>, format: LintResult['format']): Child {
  if (m.documentLevel) return 'whole document';
  if (locationStyle(format) === 'paragraph') return [h('span', { 'aria-hidden': 'true' }, '¶'), h('span', { class: 'visually-hidden' }, 'paragraph '), String(m.line)];
  return `line ${m.line}`;
}

const severityBadge = (severity: 1 | 2): HTMLElement =>
  severity === 2 ? h('span', { class: 'badge badge-error' }, 'Must fix') : h('span', { class: 'badge badge-warning' }, 'Should fix');

/** The quote marked in its paragraph (cut to fit by the shared view), or the quote alone. */
function quoted(f: FindingView): HTMLElement | undefined {
  if (f.quote === undefined) return undefined;
  return h('blockquote', { class: 'context' }, h('p', null, [f.quote.before, h('mark', { class: 'quote' }, f.quote.match), f.quote.after]));
}

function finding(f: FindingView, id: string, format: LintResult['format'], rules: Rules, docs: RuleDocs, areaLabel: string | undefined): HTMLLIElement {
  const m = f.message;
  const rule = m.ruleId ? rules[m.ruleId] : undefined;
  // A suggestion that replaces the text shows what it would put there: the template to complete.
  const suggestions = (m.suggestions ?? []).map((s) =>
    h(
      'div',
      { class: 'suggestion' },
      h('p', null, h('strong', null, 'Suggestion: '), s.fix ? `${s.desc}:` : s.desc),
      s.fix ? h('blockquote', { class: 'template' }, h('p', null, s.fix.text)) : null,
    ),
  );
  // Said once: the model on the first finding of its rule in the file.
  const model =
    f.model && f.firstOfRule === undefined
      ? h('p', { class: 'model' }, h('strong', null, areaLabel && f.modelFitted ? `A model for a ${areaLabel} service: ` : 'What good looks like: '), h('span', { class: 'good-example' }, f.model))
      : null;
  const advice =
    rule && m.ruleId
      ? h(
          'details',
          { class: 'advice-toggle' },
          h('summary', null, 'Why it matters'),
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
    h('p', { class: 'finding-head' }, severityBadge(m.severity), ' ', h('span', { class: 'where' }, locationNode(m, format)), ' ', h('strong', { class: 'rule-title' }, f.title)),
    quoted(f),
    h('p', { class: 'message' }, f.found, f.ask && !f.askGiven ? [' ', h('strong', { class: 'ask' }, f.ask)] : null),
    f.keyAction ? h('p', { class: 'key-action' }, `Key action: ${f.keyAction.label}`) : null,
    model,
    suggestions,
    advice,
  );
}

export function renderFindings(view: FileView, format: LintResult['format'], fileKey: number, rules: Rules, docs: RuleDocs): HTMLElement {
  return h(
    'div',
    { class: 'finding-groups' },
    view.groups.map((group, g) =>
      h(
        'section',
        { class: 'finding-group', 'aria-labelledby': `file-${fileKey}-group-${g + 1}` },
        h('h5', { id: `file-${fileKey}-group-${g + 1}` }, group.label),
        h('ol', { class: 'findings' }, group.findings.map((f) => finding(f, findingId(fileKey, f.index), format, rules, docs, view.area?.label))),
      ),
    ),
  );
}
