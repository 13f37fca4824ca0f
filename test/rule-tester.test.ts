/**
 * RuleTester: built-in rules' message ids and suggestions tested the way a
 * plugin author tests a rule, and the tester's own failures (a wrong count, an
 * unknown message id, a duplicate case, a rule that throws) with the sentence
 * each gives.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { defineRule, RuleTester, type RuleTests } from '../src/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const VAGUE = '# Spec\n\n## Equality\n\nThe service will ensure equitable provision for all.\n';
/** The start of the rule's suggested replacement. */
const TEMPLATE = 'The service will [what it will do';

new RuleTester().run('no-vague-equity-statement', builtinRules['no-vague-equity-statement']!, {
  valid: [
    '# Spec\n\n## Equality\n\nThe provider will offer professional interpreters to Bangladeshi and Somali residents and report uptake by ethnic group each quarter.\n',
    { code: '# Spec\n\nThe service opens at 9am.\n', filename: 'hours.md' },
  ],
  invalid: [
    {
      code: VAGUE,
      errors: [
        {
          messageId: 'vague',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 53,
          suggestions: [{ messageId: 'template', desc: 'Replace it with a specific commitment to complete' }],
        },
      ],
    },
    {
      code: VAGUE,
      options: [{ requireAll: true }],
      errors: [{ messageId: 'vague', ask: 'Say which groups it means, what the service will do for them and how it will be measured.' }],
    },
  ],
});

new RuleTester().run('no-placeholder-text', builtinRules['no-placeholder-text']!, {
  valid: ['# Spec\n\nThe provider is Leeds Community Healthcare and the target is 95%.\n'],
  invalid: [
    {
      code: '# Spec\n\nThe provider is [Provider name] and the target is XX%.\n',
      errors: [
        { messageId: 'placeholder', data: { placeholder: '[Provider name]' }, line: 3, column: 17, suggestions: [] },
        { messageId: 'placeholder', data: { placeholder: 'XX%' }, line: 3, column: 51 },
      ],
    },
  ],
});

new RuleTester().run('require-engagement-plan', builtinRules['require-engagement-plan']!, {
  valid: [],
  invalid: [
    { code: '# Spec\n\n## Engagement\n\nWe will engage stakeholders.\n', errors: [{ messageId: 'generic', line: 3, column: 4 }] },
    { code: '# Spec\n\n## Scope\n\nAdults in Leeds.\n', errors: [{ messageId: 'missing' }] },
  ],
});

describe('a suggestion output', () => {
  it('is the code with the fix applied in place of the reported sentence', async () => {
    const tests: RuleTests = {
      valid: [],
      invalid: [{ code: VAGUE, errors: [{ messageId: 'vague', suggestions: [{ messageId: 'template', output: 'wrong' }] }] }],
    };
    const failure = await failureOf('no-vague-equity-statement', builtinRules['no-vague-equity-statement']!, tests);
    expect(failure).toContain('expected the output\nwrong\nbut the fix gives\n# Spec\n\n## Equality\n\n' + TEMPLATE);
  });
});

/** A toy rule: one finding per sentence containing "TODO", with a suggestion to delete it. */
const todo = defineRule({
  meta: {
    type: 'problem',
    docs: { description: 'No TODO', rationale: 'r', source: 's', recommended: false, goodExample: 'g' },
    messages: { todo: '"{{word}}" is left in.', remove: 'Delete the sentence' },
    hasSuggestions: true,
    schema: [{ type: 'object', properties: { word: { type: 'string' } }, additionalProperties: false }],
  },
  create(context) {
    const word = (context.options[0] as { word?: string } | undefined)?.word ?? 'TODO';
    return {
      sentence(sentence) {
        if (sentence.text.includes(word)) context.report({ sentence, messageId: 'todo', data: { word }, suggest: [{ messageId: 'remove', fix: { text: '' } }] });
      },
    };
  },
});

/** Runs the cases with a stand-in test framework; the first failure's message, or undefined when all pass. */
async function failureOf(id: string, rule: Parameters<RuleTester['run']>[1], tests: RuleTests, tester = new RuleTester()): Promise<string | undefined> {
  const registered: Array<{ title: string; body: () => Promise<void> }> = [];
  const saved = { describe: RuleTester.describe, it: RuleTester.it };
  const path: string[] = [];
  RuleTester.describe = (title, body) => {
    path.push(title);
    body();
    path.pop();
  };
  RuleTester.it = (title, body) => registered.push({ title: [...path, title].join(' › '), body });
  try {
    tester.run(id, rule, tests);
  } finally {
    Object.assign(RuleTester, saved);
  }
  for (const test of registered) {
    try {
      await test.body();
    } catch (error) {
      return `${test.title}: ${(error as Error).message}`;
    }
  }
  return undefined;
}

describe('RuleTester', () => {
  it('passes a rule whose cases hold: message ids, data, positions, suggestions and their output', async () => {
    expect(
      await failureOf('toy/no-todo', todo, {
        valid: ['# Spec\n\nAll done.\n', { code: '# Spec\n\nTODO here.\n', options: [{ word: 'FIXME' }] }],
        invalid: [
          {
            code: '# Spec\n\nFirst. TODO here.\n',
            errors: [{ messageId: 'todo', data: { word: 'TODO' }, line: 3, column: 8, endColumn: 18, suggestions: [{ messageId: 'remove', desc: 'Delete the sentence', output: '# Spec\n\nFirst. \n' }] }],
          },
          { code: '# Spec\n\nFIXME now.\n', options: [{ word: 'FIXME' }], errors: 1 },
        ],
      }),
    ).toBeUndefined();
  });

  it('fails a case that lists a message id the rule does not have, naming those it has', async () => {
    const failure = await failureOf('toy/no-todo', todo, { valid: [], invalid: [{ code: '# Spec\n\nTODO.\n', errors: [{ messageId: 'todoo' }] }] });
    expect(failure).toBe('toy/no-todo › invalid › 1: # Spec TODO.: error 1 expects messageId "todoo", which toy/no-todo does not have; its message ids are todo, remove.');
  });

  it('fails a duplicate case', async () => {
    const failure = await failureOf('toy/no-todo', todo, { valid: ['# A\n\nok.\n', { code: '# A\n\nok.\n' }], invalid: [] });
    expect(failure).toContain('valid case 2 is a duplicate of valid case 1 (the same code, options and filename).');
  });

  it('treats cases with different options or file names as different', async () => {
    expect(await failureOf('toy/no-todo', todo, { valid: ['# A\n\nok.\n', { code: '# A\n\nok.\n', options: [{ word: 'X' }] }, { code: '# A\n\nok.\n', filename: 'b.md' }], invalid: [] })).toBeUndefined();
  });

  it('fails a valid case with findings, and an invalid case with the wrong number, listing what was found', async () => {
    expect(await failureOf('toy/no-todo', todo, { valid: ['# Spec\n\nTODO.\n'], invalid: [] })).toBe(
      'toy/no-todo › valid › 1: # Spec TODO.: a valid case must have no findings, but it has 1:\n  3:1 todo: "TODO" is left in.',
    );
    expect(await failureOf('toy/no-todo', todo, { valid: [], invalid: [{ code: '# Spec\n\nTODO. TODO.\n', errors: [{ messageId: 'todo' }] }] })).toContain('expected 1 finding, got 2:');
  });

  it('fails on a wrong position, message id, data or suggestion', async () => {
    const one = (error: object) => failureOf('toy/no-todo', todo, { valid: [], invalid: [{ code: '# Spec\n\nTODO.\n', errors: [{ messageId: 'todo', ...error }] }] });
    expect(await one({ line: 4 })).toContain('expected line 4, got 3.');
    expect(await one({ messageId: 'remove' })).toContain('expected messageId "remove", got "todo".');
    expect(await one({ data: { word: 'FIXME' } })).toContain('with that data the message would be\n  "FIXME" is left in.\nbut it is\n  "TODO" is left in.');
    expect(await one({ suggestions: [] })).toContain('expected 0 suggestions, got 1 ("Delete the sentence").');
    expect(await one({ suggestions: [{ messageId: 'todo' }] })).toContain('suggestion 1: expected messageId "todo", got "remove".');
  });

  it('fails on options the rule\'s schema refuses, and on a rule that throws or reports an unknown message id', async () => {
    expect(await failureOf('toy/no-todo', todo, { valid: [{ code: '# A\n\nok.\n', options: [{ colour: 'red' }] }], invalid: [] })).toMatch(/the case could not be linted: .*colour/);
    const broken = defineRule({ ...todo, create: (context) => ({ documentEnd: () => context.report({ messageId: 'nope' }) }) });
    expect(await failureOf('toy/broken', broken, { valid: ['# A\n\nok.\n'], invalid: [] })).toContain('reported an unknown messageId "nope"');
  });

  it('fails an invalid case without errors, and a valid case with them', async () => {
    expect(await failureOf('toy/no-todo', todo, { valid: [], invalid: [{ code: '# A\n\nTODO.\n' } as never] })).toContain('invalid case 1 has no "errors"');
    expect(await failureOf('toy/no-todo', todo, { valid: [{ code: '# A\n\nok.\n', errors: [] } as never], invalid: [] })).toContain('valid case 1 lists errors');
  });

  it('with no test framework, returns a promise that rejects on the first failure', async () => {
    const saved = { describe: RuleTester.describe, it: RuleTester.it };
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
    try {
      await expect(new RuleTester().run('toy/no-todo', todo, { valid: ['# A\n\nok.\n'], invalid: [{ code: '# A\n\nTODO.\n', errors: 1 }] })).resolves.toBeUndefined();
      await expect(new RuleTester().run('toy/no-todo', todo, { valid: ['# A\n\nTODO.\n'], invalid: [] })).rejects.toThrow('toy/no-todo › valid › 1: # A TODO.: a valid case must have no findings');
    } finally {
      Object.assign(RuleTester, saved);
    }
  });

  it('passes settings to the rule', async () => {
    const seen: unknown[] = [];
    const probe = defineRule({ ...todo, create: (context) => (seen.push(context.settings.team), {}) });
    expect(await failureOf('toy/probe', probe, { valid: ['# A\n\nok.\n'], invalid: [] }, new RuleTester({ settings: { team: 'north' } }))).toBeUndefined();
    expect(seen).toEqual(['north']);
  });
});
