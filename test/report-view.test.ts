/**
 * report/view.ts: the one view of a file's findings every output renders, and
 * the report vocabulary (rules/report/vocabulary.yaml) it chooses models from.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { commentParagraphs, countWords, MAX_COMMENT_WORDS } from '../src/annotate/comment-text.js';
import { Linter } from '../src/linter.js';
import { fileView, splitMessage } from '../src/report/view.js';
import { checkVocabulary, headingFor, serviceArea } from '../src/report/vocabulary.js';
import { builtinVocabulary } from '../src/report/vocabulary-file.js';

const repo = join(import.meta.dirname, '..');
const linter = new Linter({ cwd: repo, useConfigFiles: false });
const models = builtinVocabulary();

describe('splitMessage: what was found, and a short ask without the examples', () => {
  it('drops "(for example …)" asides and a trailing ", for example: …"', () => {
    expect(splitMessage('"x" promises fairness but names no group. Say which groups it means (for example Bangladeshi women) and how it will be measured (for example uptake by ethnic group).')).toEqual({
      found: '"x" promises fairness but names no group.',
      ask: 'Say which groups it means and how it will be measured.',
    });
    expect(splitMessage('No duty to record ethnicity. Add to section "5. Quality" a duty to record it, for example: "Ethnic category will be recorded."')).toEqual({
      found: 'No duty to record ethnicity.',
      ask: 'Add to section "5. Quality" a duty to record it.',
    });
    // Brackets that are not examples stay; a full stop inside a quotation does not end the sentence.
    expect(splitMessage('It notes "Data is poor. Very poor." only. Add figures (the JSNA or the Census).')).toEqual({
      found: 'It notes "Data is poor. Very poor." only.',
      ask: 'Add figures (the JSNA or the Census).',
    });
    expect(splitMessage('One sentence only.')).toEqual({ found: 'One sentence only.' });
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
      'Must fix: None of the 4 outcome indicators is reported by ethnic group or sets a target for minority ethnic groups. Report at least the main ones by ethnic group and set a target for the groups with the poorest outcomes.',
      'For example: People completing treatment who recover, reported by ethnic group: no ethnic group more than 5 percentage points below the service average, reviewed quarterly.',
      'Rule: require-ethnicity-outcome-indicators',
    ]);
  });
});
