import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, RuleTester } from 'speclint';
import plugin from '../index.js';

// vitest's functions, as a plugin's tests would set them (mocha and jest need no setting: their globals are used).
RuleTester.describe = describe;
RuleTester.it = it;

const pluginDir = join(import.meta.dirname, '..');
const config = { extends: ['plugin:nhs-mental-health/recommended'], plugins: [pluginDir] };
const lint = async (text: string) => (await new Linter({ config, cwd: pluginDir }).lintText(text)).messages.filter((m) => m.ruleId?.startsWith('nhs-mental-health/'));

describe('nhs-mental-health/require-detention-monitoring', () => {
  it('flags a specification that covers detention without monitoring it by ethnic group', async () => {
    const messages = await lint('# Crisis care\n\n## 1. Population needs\n\nDetentions under the Mental Health Act have risen by 11% over three years.\n');
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'nhs-mental-health/require-detention-monitoring',
        severity: 1,
        line: 5,
        quote: 'Detentions under the Mental Health Act have risen by 11% over three years.',
      }),
    ]);
  });

  it('accepts detention reported by ethnic group', async () => {
    expect(await lint('# Crisis care\n\nDetentions have risen.\n\nThe provider will report detentions by ethnic group each quarter.\n')).toEqual([]);
  });

  it('says nothing about specifications that do not cover detention', async () => {
    expect(await lint('# Talking therapies\n\nThe service offers eight sessions of therapy.\n')).toEqual([]);
  });
});

// The same rule with RuleTester, as the built-in rules' message ids are tested (test/rule-tester.test.ts).
new RuleTester().run('nhs-mental-health/require-detention-monitoring', plugin.rules['require-detention-monitoring'], {
  valid: [
    '# Crisis care\n\nDetentions have risen.\n\nThe provider will report detentions by ethnic group each quarter.\n',
    '# Talking therapies\n\nThe service offers eight sessions of therapy.\n',
  ],
  invalid: [
    {
      code: '# Crisis care\n\n## 1. Population needs\n\nDetentions under the Mental Health Act have risen by 11% over three years.\n',
      errors: [{ messageId: 'unmonitored', data: { quote: 'Detentions under the Mental Health Act have risen by 11% ove' }, line: 5, column: 1 }],
    },
  ],
});
