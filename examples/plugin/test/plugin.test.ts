import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from 'speclint';

const plugin = join(import.meta.dirname, '..');
const config = { extends: ['plugin:nhs-mental-health/recommended'], plugins: [plugin] };
const lint = async (text: string) => (await new Linter({ config, cwd: plugin }).lintText(text)).messages.filter((m) => m.ruleId?.startsWith('nhs-mental-health/'));

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
