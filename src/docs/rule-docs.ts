/**
 * Rule pages (rules/<id>.md): the header (title, description, defaults) and
 * the Options section are generated from the rule's meta and options schema;
 * the rest (what it catches, why it matters, examples) is written by hand, and
 * its examples are linted by the tests, as ESLint lints its docs.
 */
import type { RuleModule } from '../core/rule.js';

const code = (value: unknown): string => `\`${JSON.stringify(value)}\``;

function header(id: string, rule: RuleModule<any>): string {
  const { docs, hasSuggestions } = rule.meta;
  const strict = docs.strictOptions?.[0];
  const defaults = [
    docs.recommended ? `\`${docs.recommended}\` in \`speclint:recommended\`` : 'off in `speclint:recommended`',
    ...(docs.procurementReady ? ['`error` in `speclint:procurement-ready`'] : []),
    `\`error\`${strict ? ` with ${code(strict)}` : ''} in \`speclint:strict\``,
  ];
  return [
    `# ${id}`,
    '',
    `${docs.description}.`,
    '',
    `**Default:** ${defaults.join('; ')}.${hasSuggestions ? ' Offers a suggestion to apply.' : ''}`,
    '',
  ].join('\n');
}

interface OptionSchema {
  type?: string;
  description?: string;
  items?: { enum?: unknown[] };
  enum?: unknown[];
}

function options(rule: RuleModule<any>): string {
  const schema = rule.meta.schema?.[0] as { properties?: Record<string, OptionSchema> } | undefined;
  const properties = Object.entries(schema?.properties ?? {});
  if (properties.length === 0) return '## Options\n\nThis rule has no options.\n';
  const defaults = (rule.meta.defaultOptions?.[0] ?? {}) as Record<string, unknown>;
  const strict = (rule.meta.docs.strictOptions?.[0] ?? {}) as Record<string, unknown>;
  const rows = properties.map(([name, p]) => {
    const type = p.enum ? p.enum.map((v) => code(v)).join(' \\| ') : p.type === 'array' && p.items?.enum ? `list of ${p.items.enum.map((v) => code(v)).join(', ')}` : (p.type ?? '');
    const strictValue = name in strict ? code(strict[name]) : '';
    return `| \`${name}\` | ${type} | ${name in defaults ? code(defaults[name]) : ''} | ${strictValue} | ${(p.description ?? '').replace(/\|/g, '\\|')} |`;
  });
  return ['## Options', '', '| option | type | default | in `speclint:strict` | what it does |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/** The page with its generated parts brought up to date; the hand-written parts are kept. */
export function updateRuleDoc(id: string, rule: RuleModule<any>, page: string): string {
  const firstSection = page.search(/^## /m);
  let body = firstSection === -1 ? '' : page.slice(firstSection);
  const optionsAt = body.search(/^## Options\b/m);
  if (optionsAt !== -1) {
    const next = body.slice(optionsAt + 1).search(/^## /m);
    body = body.slice(0, optionsAt) + (next === -1 ? '' : body.slice(optionsAt + 1 + next));
  }
  body = `${body.trimEnd()}\n`;
  return `${header(id, rule)}\n${body}\n${options(rule)}`.replace(/\n{3,}/g, '\n\n');
}

export interface DocExample {
  flagged: boolean;
  messageId?: string;
  text: string;
  line: number;
}

/** "Flagged (`id`):" or "Not flagged:" followed by fenced Markdown blocks. */
export function docExamples(page: string): DocExample[] {
  const examples: DocExample[] = [];
  const lines = page.split('\n');
  let label: { flagged: boolean; messageId?: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^(Not flagged|Flagged)\b(?:[^`]*`([\w-]+)`)?.*:\s*$/.exec(line);
    if (m) {
      label = { flagged: m[1] === 'Flagged', messageId: m[2] };
      continue;
    }
    if (/^## /.test(line)) label = undefined;
    // A fence in another language (a Word rule's ```text) is shown, not linted: skip past it.
    if (/^```\s*[^\s`]/.test(line) && !/^```(markdown|md)\s*$/.test(line)) {
      while (i + 1 < lines.length && !/^```\s*$/.test(lines[i + 1]!)) i++;
      i++;
      continue;
    }
    if (label && /^```(markdown|md)?\s*$/.test(line)) {
      const start = i + 1;
      let end = start;
      while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
      examples.push({ ...label, text: lines.slice(start, end).join('\n'), line: start });
      i = end;
    }
  }
  return examples;
}
