/**
 * require-language-access reads the population needs section as need, never as provision;
 * its finding says what that section mentions, so a commissioner is not told the
 * specification is silent about interpreting when it is not.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/linter.js';

const linter = new Linter({ config: { extends: [], rules: { 'require-language-access': 'warn' } } });
const message = async (text: string): Promise<string | undefined> =>
  (await linter.lintText(text, 'spec.md')).messages.find((m) => m.ruleId === 'require-language-access')?.message;

describe('require-language-access and the population needs section', () => {
  it('quotes interpreting mentioned only where need is described', async () => {
    const text = '# Interpreting\n\n## 1. Population needs\n\nNHS trusts will commission interpreting services for their own patients.\n\n## 3. Scope\n\nThe service covers every GP practice in the city.\n';
    const said = await message(text);
    expect(said).toMatch(/^The specification makes no provision for people who speak little or no English outside the population needs section \(which mentions "NHS trusts will commission interpreting services/);
  });

  it('names the languages beside the quote when the needs section mentions both', async () => {
    const text = '# Interpreting\n\n## 1. Population needs\n\nMany residents speak Bengali or Urdu.\n\nNHS trusts will commission interpreting services for their own patients.\n\n## 3. Scope\n\nThe service covers every GP practice in the city.\n';
    expect(await message(text)).toMatch(/outside the population needs section \(which mentions Bengali and Urdu, and "NHS trusts will commission interpreting services/);
  });

  it('names the languages the needs section mentions when it mentions no provision', async () => {
    const text = '# Stop smoking\n\n## 1. Population needs\n\nSmoking is commonest among men who speak Bengali or Urdu.\n\n## 3. Scope\n\nThe service covers every GP practice in the city.\n';
    expect(await message(text)).toMatch(/^The specification makes no provision for people who speak little or no English \(the population needs section mentions Bengali and Urdu\)/);
  });
});
