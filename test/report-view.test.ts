/**
 * report/view.ts: the one view of a file's findings every output renders, and
 * the report vocabulary (rules/report/vocabulary.yaml) it chooses models from.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { commentParagraphs, countWords, limitWords, MAX_COMMENT_WORDS } from '../src/annotate/comment-text.js';
import { gist } from '../src/report/text.js';
import { Linter } from '../src/linter.js';
import { fileView } from '../src/report/view.js';
import { buildDocument } from '../src/core/build-document.js';
import { lintDocument } from '../src/core/engine.js';
import { countMessages } from '../src/core/messages.js';
import type { RuleModule } from '../src/core/rule.js';
import { loadLexicons } from '../src/config/lexicons.js';
import { loadMarkdown } from '../src/loaders/markdown.js';
import { checkVocabulary, headingFor, serviceArea } from '../src/report/vocabulary.js';
import { builtinVocabulary } from '../src/report/vocabulary-file.js';

const repo = join(import.meta.dirname, '..');
const linter = new Linter({ cwd: repo, useConfigFiles: false });
const models = builtinVocabulary();
const lexicons = loadLexicons();

describe('what was found and the ask: declared by the rule, never read from its wording', () => {
  const rule = (messages: RuleModule['meta']['messages']): RuleModule => ({
    meta: { type: 'problem', docs: { description: 'test', rationale: 'test', source: 'test', recommended: 'error', goodExample: 'test' }, messages },
    create: (context) => ({
      sentence(sentence) {
        if (sentence.text.includes('fair')) context.report({ sentence, messageId: 'x', data: { claim: 'fair', asks: 'which groups (for example Roma families)', shortAsks: 'which groups' } });
      },
    }),
  });
  const viewOf = (r: RuleModule, text = '# Spec\n\nThe service is fair.\n') => {
    const doc = buildDocument(loadMarkdown(text).raw, { sectionHeadings: lexicons.get('section-headings') });
    const messages = lintDocument(doc, { rules: [{ id: 'test/x', rule: r, severity: 2, options: [] }], lexicons });
    return { messages, view: fileView({ ...countMessages('x.md', messages), format: 'markdown' }, { 'test/x': r }) };
  };

  it('shows the parts a rule declares, and the message is those parts joined', () => {
    const { messages, view } = viewOf(rule({ x: { found: '"{{claim}}" names no group.', ask: 'Say {{shortAsks}}.', withExamples: 'Say {{asks}}.' } }));
    expect(messages[0]!.message).toBe('"fair" names no group. Say which groups (for example Roma families).');
    expect(view.findings.map((f) => [f.found, f.ask])).toEqual([['"fair" names no group.', 'Say which groups.']]);
  });

  it('shows a message given whole (a rule that declares no parts) whole, with no ask: its wording is not read', async () => {
    const { view } = viewOf(rule({ x: '"{{claim}}" names no group. Say {{asks}}, for example this.' }));
    expect(view.findings.map((f) => [f.found, f.ask])).toEqual([['"fair" names no group. Say which groups (for example Roma families), for example this.', undefined]]);
  });

  it('gives the ask alone when there is no version with examples, and no ask when only what was found is declared', async () => {
    const asked = viewOf(rule({ x: { found: 'Found.', ask: 'Fix it.' } }));
    expect([asked.messages[0]!.message, asked.view.findings[0]!.ask]).toEqual(['Found. Fix it.', 'Fix it.']);
    const bare = viewOf(rule({ x: { found: 'Found "{{claim}}".' } }));
    expect([bare.messages[0]!.message, bare.view.findings[0]!.found, bare.view.findings[0]!.ask]).toEqual(['Found "fair".', 'Found "fair".', undefined]);
  });

  it('every built-in message declares what was found, and its ask when it asks anything', () => {
    for (const [id, r] of Object.entries(builtinRules)) {
      for (const [messageId, template] of Object.entries(r.meta.messages)) {
        // "template" is a suggestion's text, never a finding of its own.
        if (id === 'no-vague-equity-statement' && messageId === 'template') continue;
        expect(typeof template === 'object' && template.ask !== undefined, `${id}:${messageId}`).toBe(true);
      }
    }
  });
});

describe('fileView', () => {
  it('groups findings by section and by rule, gives the model on every finding but marks later ones, and the shared ask once', async () => {
    const result = await linter.lintFile(join(repo, 'examples/weak-community-diabetes.md'));
    const view = fileView(result, builtinRules, { models });
    expect(view.findings).toHaveLength(result.messages.length);
    expect(view.area?.id).toBe('diabetes');
    const vague = view.byRule.find((g) => g.ruleId === 'no-vague-equity-statement')!;
    expect(vague.findings).toHaveLength(6);
    expect(vague.findings.slice(1).every((f) => f.firstOfRule === vague.findings[0]!.index)).toBe(true);
    expect(vague.findings.filter((f) => !f.askGiven).map((f) => f.ask)).toEqual([
      'Say which groups it means, what the service will do for them and how it will be measured.',
      'Say which groups it means and how it will be measured.',
    ]);
    const outcomes = view.byRule.find((g) => g.ruleId === 'require-ethnicity-outcome-indicators')!;
    expect(outcomes.modelFitted).toBe(true);
    expect(outcomes.model).toMatch(/^Patients receiving all eight care processes/);
    // The title every section path starts with is left out.
    expect(view.findings.every((f) => !f.section.startsWith('Service Specification'))).toBe(true);
    expect(view.groups[0]!.label).toBe('The specification as a whole');
    expect(view.assessments?.map((a) => a.status)).toEqual(Array(7).fill('not-met'));
  });

  it('uses neutral wording when no service area matches, never another service\'s', () => {
    expect(serviceArea(['Service Specification No. 3: Wheelchair Service', 'wheelchair'], models)).toBeUndefined();
    expect(serviceArea(['Community Diabetes Service'], models)?.id).toBe('diabetes');
    // Whole words: "rebirths" is not maternity.
    expect(serviceArea(['Rebirths of the service'], models)).toBeUndefined();
    expect(headingFor(['quality requirements'], [{ text: '1. Population needs' }, { text: '5. Applicable Quality Requirements' }])?.text).toBe('5. Applicable Quality Requirements');
  });

  it('refuses a vocabulary file of the wrong shape, saying what is wrong', () => {
    expect(() => checkVocabulary({ areas: [{ id: 'x', label: 'x', words: [] }] }, 'v.yaml')).toThrow('v.yaml: areas[0] (x) needs a list of words');
    expect(() => checkVocabulary({ sections: { needs: 'population' } }, 'v.yaml')).toThrow('sections must map key actions');
    expect(() => checkVocabulary({ neutral: { a: 1 } }, 'v.yaml')).toThrow('neutral must map rule ids to text');
  });
});

describe('Word comment text', () => {
  it('never edits or cuts inside a quotation of the document when it shortens', () => {
    // Brackets, full stops and colons inside the quotation are the document's words.
    expect(gist('"An Equality Impact Assessment (EIA) was completed in Jan. 2024: see Appendix 3." records that an assessment was done. Say what it found.')).toBe(
      '"An Equality Impact Assessment (EIA) was completed in Jan. 2024: see Appendix 3." records that an assessment was done.',
    );
    // Outside quotations it still leaves out lists in brackets and what follows a colon.
    expect(gist('None of the 3 indicators (A, B, C) is reported by ethnic group: report them. Add targets.')).toBe('None of the 3 indicators is reported by ethnic group.');
    // A cut that falls inside a quotation closes it.
    expect(limitWords('It notes "The actual number of patients is probably higher" but asks nothing', 6)).toBe('It notes "The actual number of…"');
    expect(limitWords('It notes “The actual number of patients is probably higher” but asks nothing', 6)).toBe('It notes “The actual number of…”');
  });


  it('fits the margin: severity first, at most 90 words, plain text, with a short example', async () => {
    const result = await linter.lintFile(join(repo, 'fixtures/docx/pandoc/mental-health-crisis.docx'));
    const view = fileView(result, builtinRules, { models });
    for (const f of view.findings) {
      const paragraphs = commentParagraphs(f, 'https://example.org/rules/x');
      expect(countWords(paragraphs.join(' '))).toBeLessThanOrEqual(MAX_COMMENT_WORDS);
      expect(paragraphs[0]).toMatch(/^(Must|Should) fix: /);
      expect(paragraphs.join(' ')).not.toContain('|');
    }
    const outcomes = view.findings.find((f) => f.ruleId === 'require-ethnicity-outcome-indicators')!;
    expect(commentParagraphs(outcomes)).toEqual([
      // Its list of indicators in brackets goes, so the example fits whole.
      'Must fix: No outcome indicator is reported by ethnic group or sets a target for minority ethnic groups. Report at least the main ones by ethnic group and set a target for the groups with the poorest outcomes.',
      'For example: People completing treatment who recover, reported by ethnic group: no ethnic group more than 5 percentage points below the service average, reviewed quarterly.',
      'Rule: require-ethnicity-outcome-indicators',
    ]);
  });
});
