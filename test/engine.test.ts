import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/core/build-document.js';
import { lintDocument, type ConfiguredRule } from '../src/core/engine.js';
import { defineRule, type RuleModule } from '../src/core/rule.js';
import { loadLexicons } from '../src/config/lexicons.js';
import { loadMarkdown } from '../src/loaders/markdown.js';
import { lintMarkdown, only } from './helpers/lint.js';

const lexicons = loadLexicons();

function run(text: string, rules: Array<[string, RuleModule<any>]>, reportUnusedDirectives: 0 | 1 | 2 = 0) {
  const loaded = loadMarkdown(text);
  const doc = buildDocument(loaded.raw, { sectionHeadings: lexicons.get('section-headings') });
  const configured: ConfiguredRule[] = rules.map(([id, rule]) => ({ id, rule, severity: 2, options: [] }));
  return lintDocument(doc, { rules: configured, lexicons, directives: loaded.directives, reportUnusedDirectives });
}

const meta = (messages: Record<string, string>, extra: Partial<RuleModule['meta']> = {}): RuleModule['meta'] => ({
  type: 'problem',
  docs: { description: 'test', rationale: 'test', source: 'test', recommended: 'error', goodExample: 'test' },
  messages,
  ...extra,
});

/** Flags every sentence containing "flag". */
const flagger = defineRule({
  meta: meta({ found: 'Found "{{word}}" here.' }),
  create: (context) => ({
    sentence(sentence) {
      if (sentence.text.includes('flag')) context.report({ sentence, messageId: 'found', data: { word: 'flag' } });
    },
  }),
});

const thrower = defineRule({
  meta: meta({ x: 'x' }),
  create: () => ({
    block() {
      throw new Error('boom');
    },
  }),
});

describe('engine', () => {
  it('fills message templates and locates sentence findings with a quote and heading path', () => {
    const messages = run('# Spec\n\n## Scope\n\nOne. Please flag me.\n', [['flagger', flagger]]);
    expect(messages).toEqual([
      {
        ruleId: 'flagger',
        severity: 2,
        message: 'Found "flag" here.',
        messageId: 'found',
        line: 5,
        column: 6,
        endLine: 5,
        endColumn: 21,
        headingPath: ['Spec', 'Scope'],
        quote: 'Please flag me.',
        context: 'One. Please flag me.',
      },
    ]);
  });

  it('reports a rule that throws as that rule\'s failure, and still runs the others', () => {
    const messages = run('# Spec\n\nPlease flag me.\n', [
      ['thrower', thrower],
      ['flagger', flagger],
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['thrower', 'flagger']);
    expect(messages[0]!.message).toMatch(/^The rule "thrower" failed on this document \(boom\)/);
    expect(messages.filter((m) => m.ruleId === 'thrower')).toHaveLength(1);
  });

  it('treats an unknown message id or undeclared suggestions as the rule failing', () => {
    const badId = defineRule({ meta: meta({ a: 'a' }), create: (c) => ({ documentEnd: () => c.report({ messageId: 'nope' }) }) });
    const badSuggest = defineRule({
      meta: meta({ a: 'a' }),
      create: (c) => ({ documentEnd: () => c.report({ messageId: 'a', suggest: [{ desc: 'x' }] }) }),
    });
    const messages = run('# Spec\n', [
      ['bad-id', badId],
      ['bad-suggest', badSuggest],
    ]);
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringContaining('unknown messageId "nope"'),
      expect.stringContaining('suggestions without meta.hasSuggestions'),
    ]);
  });

  it('holds a rule to the lexicons it declares: a missing one, or one it did not declare, is that rule\'s failure', () => {
    const reads = (declared: string[], name: string) =>
      defineRule({
        meta: meta({ found: 'found' }, { lexicons: declared }),
        create: (context) => ({
          sentence(sentence) {
            if (context.lexicons.get(name).test(sentence.text)) context.report({ sentence, messageId: 'found' });
          },
        }),
      });
    const text = '# Spec\n\nInterpreters will be provided.\n';
    expect(run(text, [['declared', reads(['mechanisms'], 'mechanisms')]])).toHaveLength(1);
    const missing = run(text, [['missing', reads(['mechanisms', 'no-such-list'], 'mechanisms')], ['flagger', flagger]]);
    expect(missing.map((m) => m.message)).toEqual([expect.stringMatching(/^The rule "missing" failed on this document \(it needs the lexicon "no-such-list", which is not loaded\)/)]);
    const undeclared = run(text, [['undeclared', reads(['groups'], 'mechanisms')]]);
    expect(undeclared[0]!.message).toContain('it read the lexicon "mechanisms" without declaring it in meta.lexicons');
  });

  it('places document-level findings on the title, without a quote', () => {
    const whole = defineRule({ meta: meta({ a: 'Missing.' }), create: (c) => ({ documentEnd: () => c.report({ messageId: 'a' }) }) });
    const [message] = run('\n\n# My spec\n\nText.\n', [['whole', whole]]);
    expect(message).toMatchObject({ line: 3, column: 3, headingPath: [], documentLevel: true });
    expect(message!.quote).toBeUndefined();
  });
});

describe('inline directives', () => {
  const rules: Array<[string, RuleModule<any>]> = [['flagger', flagger]];

  it('disable and enable silence findings between them', () => {
    const text = 'flag 1.\n\n<!-- speclint-disable flagger -- agreed with the equality lead -->\n\nflag 2.\n\n<!-- speclint-enable flagger -->\n\nflag 3.\n';
    expect(run(text, rules).map((m) => m.quote)).toEqual(['flag 1.', 'flag 3.']);
  });

  it('a disable without rule ids silences every rule', () => {
    expect(run('<!-- speclint-disable -->\n\nflag 1.\n', rules)).toEqual([]);
  });

  it('disable for another rule does not silence this one', () => {
    expect(run('<!-- speclint-disable other-rule -->\n\nflag 1.\n', rules)).toHaveLength(1);
  });

  it('disable-next-line covers the whole next paragraph, even when wrapped', () => {
    const text = '<!-- speclint-disable-next-line flagger -->\n\nFirst line.\nflag on the second line.\n\nflag after.\n';
    expect(run(text, rules).map((m) => m.quote)).toEqual(['flag after.']);
  });

  it('a disable left in force silences document-level findings wherever it stands', () => {
    const whole = defineRule({ meta: meta({ a: 'Missing.' }), create: (c) => ({ documentEnd: () => c.report({ messageId: 'a' }) }) });
    expect(run('# Title\n\nText.\n\n<!-- speclint-disable whole -->\n', [['whole', whole]])).toEqual([]);
    expect(run('# Title\n\n<!-- speclint-disable whole -->\n\n<!-- speclint-enable whole -->\n', [['whole', whole]])).toHaveLength(1);
  });

  it('reports directives that silence nothing when asked', () => {
    const messages = run('<!-- speclint-disable-next-line flagger -->\n\nNothing here.\n', rules, 1);
    expect(messages).toEqual([
      expect.objectContaining({ ruleId: null, severity: 1, line: 1, message: expect.stringContaining('Unused speclint-disable directive') }),
    ]);
  });

  it('works end to end through a real rule', async () => {
    const text = '# T\n\n## 3. Scope\n\n<!-- speclint-disable-next-line no-vague-equity-statement -- reviewed by the equality lead -->\nThe service will ensure equitable provision for all.\n\nThe service will be accessible to everyone.\n';
    const { messages } = await lintMarkdown(text, only('no-vague-equity-statement'));
    expect(messages.map((m) => m.quote)).toEqual(['The service will be accessible to everyone.']);
  });
});
