import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/core/build-document.js';
import { metaProblem, lintDocument, runRules, type ConfiguredRule, type LintDocumentOptions } from '../src/core/engine.js';
import { defineRule, type RuleModule } from '../src/core/rule.js';
import { loadLexicons } from '../src/config/lexicons.js';
import { loadMarkdown } from '../src/loaders/markdown.js';
import { quoteOf } from '../src/core/locate.js';
import { lintMarkdown, only } from './helpers/lint.js';

const lexicons = loadLexicons();

function run(text: string, rules: Array<[string, RuleModule<any>]>, reportUnusedDirectives: 0 | 1 | 2 = 0) {
  const loaded = loadMarkdown(text);
  const doc = buildDocument(loaded.raw, { sectionHeadings: lexicons.get('section-headings') });
  const configured: ConfiguredRule[] = rules.map(([id, rule]) => ({ id, rule, severity: 2, options: [] }));
  return lintDocument(doc, { rules: configured, lexicons, directives: loaded.directives, reportUnusedDirectives });
}

const meta = (messages: RuleModule['meta']['messages'], extra: Partial<RuleModule['meta']> = {}): RuleModule['meta'] => ({
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

describe('key-action declarations and evidence', () => {
  const runAll = (text: string, rules: Array<[string, RuleModule<any>]>, options: Partial<LintDocumentOptions> = {}) => {
    const loaded = loadMarkdown(text);
    const doc = buildDocument(loaded.raw, { sectionHeadings: lexicons.get('section-headings') });
    return runRules(doc, { rules: rules.map(([id, rule]) => ({ id, rule, severity: 2, options: [] })), lexicons, directives: loaded.directives, ...options });
  };
  /** Finds "flag" (a finding) or "good" (evidence) in each sentence. */
  const judge = (keyAction: RuleModule['meta']['keyAction']) =>
    defineRule({
      meta: meta({ found: 'Found.' }, { keyAction }),
      create: (c) => ({
        sentence(sentence) {
          if (sentence.text.includes('flag')) c.report({ sentence, messageId: 'found' });
          if (sentence.text.includes('good')) c.evidence({ sentence, note: 'a good one' });
        },
      }),
    });

  it('sends evidence out with the rule id, key action, location and quote, apart from the findings', () => {
    const { messages, evidence } = runAll('# Spec\n\n## Scope\n\nOne. A good sentence.\n\nPlease flag me.\n', [['judge', judge({ id: 'language', messages: { found: 'partly' } })]]);
    expect(messages.map((m) => m.ruleId)).toEqual(['judge']);
    expect(evidence).toEqual([
      { ruleId: 'judge', keyAction: 'language', line: 5, column: 6, endLine: 5, endColumn: 22, headingPath: ['Spec', 'Scope'], quote: 'A good sentence.', note: 'a good one' },
    ]);
  });

  it('treats evidence from a rule with no key action, or a declaration naming an unknown message id, as the rule failing', () => {
    const undeclared = runAll('# Spec\n\nA good sentence.\n', [['undeclared', judge(undefined)]]);
    expect(undeclared.messages).toEqual([expect.objectContaining({ ruleId: 'undeclared', ruleFailure: true, message: expect.stringContaining('reported evidence without meta.keyAction') })]);
    expect(undeclared.evidence).toEqual([]);
    const unknown = judge({ id: 'needs', messages: { found: 'not-met', gone: 'partly' } });
    expect(metaProblem('unknown', unknown.meta)).toBe('rule "unknown" declares the key-action meaning of an unknown messageId "gone"');
    expect(metaProblem('parts', meta({ x: { ask: 'Fix it.' } as never }))).toBe('rule "parts" gives the message "x" neither as text nor as parts (found, and ask or withExamples, each text)');
    const run = runAll('# Spec\n\nA good sentence. Please flag me.\n', [['unknown', unknown], ['flagger', flagger]]);
    expect(run.messages.map((m) => [m.ruleId, m.ruleFailure ?? false])).toEqual([['unknown', true], ['flagger', false]]);
    expect(run.messages[0]!.message).toContain('declares the key-action meaning of an unknown messageId "gone"');
    expect(run.evidence).toEqual([]);
  });

  it('marks rule failures and time-budget stops as such, and keeps no evidence from a rule that failed', () => {
    const failsLate = defineRule({
      meta: meta({ found: 'Found.' }, { keyAction: { id: 'needs', messages: { found: 'not-met' } } }),
      create: (c) => ({
        sentence: (sentence) => c.evidence({ sentence }),
        documentEnd() {
          throw new Error('boom');
        },
      }),
    });
    const failed = runAll('# Spec\n\nA sentence.\n', [['fails-late', failsLate], ['flagger', flagger]]);
    expect(failed.messages).toEqual([expect.objectContaining({ ruleId: 'fails-late', ruleFailure: true })]);
    expect(failed.evidence).toEqual([]);
    // A rule that spends its budget in create() is stopped before it visits anything.
    const slow = defineRule({
      meta: meta({ found: 'Found.' }),
      create: () => {
        const until = performance.now() + 5;
        while (performance.now() < until);
        return {};
      },
    });
    const stopped = runAll('# Spec\n', [['slow', slow]], { settings: { limits: { ruleTimeBudgetMs: 1 } } });
    expect(stopped.messages).toEqual([expect.objectContaining({ ruleId: 'slow', ruleFailure: true, message: expect.stringContaining('was stopped') })]);
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

describe('quotes', () => {
  it('collapse white space and leave none at either end', () => {
    expect(quoteOf('  The service\n will\t\tbe  open. \n')).toBe('The service will be open.');
    expect(quoteOf('a\u00a0\u2028b')).toBe('a b');
    expect(quoteOf(' \n ')).toBe('');
  });

  it('cut a long text at the last word that fits, or at the limit when a word is longer', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const quote = quoteOf(words);
    expect(quote.length).toBeLessThanOrEqual(300);
    expect(words.startsWith(`${quote} `)).toBe(true);
    expect(quoteOf('x'.repeat(1000))).toBe('x'.repeat(300));
  });

  it('read past white space longer than a quote, and only the start of a very long text', () => {
    expect(quoteOf(`a${' '.repeat(5000)}b`)).toBe('a b');
    const long = `${'word '.repeat(200_000)}end`;
    expect(quoteOf(long)).toBe('word '.repeat(60).trim());
  });
});
