/**
 * What a no-vague-equity-statement finding says a claim promises: the family of the concept
 * that makes the claim (claim-concepts' tags), so "Increase access" is said to promise access.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../src/linter.js';

const linter = new Linter({ config: { extends: [], rules: { 'no-vague-equity-statement': 'error' } } });
const said = async (sentence: string): Promise<string | undefined> =>
  (await linter.lintText(`# Service specification\n\n## 3. Scope\n\n${sentence}\n`, 'spec.md')).messages[0]?.message.split(' but ')[0];

describe('what a vague claim is said to promise', () => {
  it.each([
    ['The service will be provided on an equitable basis.', '"will be provided on an equitable basis" promises fairness'],
    ['The service will increase access to sexual health advice.', '"will increase access" promises access'],
    ['The provider will meet the diverse needs of local people.', '"will meet the diverse needs" promises to meet needs'],
    ['The service will be delivered in a culturally appropriate way.', '"will be delivered in a culturally appropriate" promises cultural sensitivity'],
    ['The service aims to reduce health inequalities.', '"aims to reduce health inequalities" promises to reduce inequalities'],
    ['The provider will engage with local communities.', '"will engage with local communities" promises engagement'],
    // A concept framed only from after it gives way to one the sentence frames from before: the claim is what is ensured.
    [
      'The town has a diverse population and the council has a duty to ensure that no group faces disadvantage because of ethnicity.',
      '"ensure that no group faces disadvantage" promises to reduce inequalities',
    ],
  ])('%s', async (sentence, expected) => {
    expect(await said(sentence)).toBe(expected);
  });
});

describe('groups named in a list the claim points to', () => {
  const what = async (text: string): Promise<string[]> =>
    (await linter.lintText(text, 'spec.md')).messages.map((m) => m.message.split('. ')[0]!.replace(/^.* but /, ''));

  it('credits a claim with the groups of the list it points forward to ("the communities below")', async () => {
    const said = await what(
      '# Health equity grants\n\nThe fund will support organisations that work with the communities below to tackle health inequalities:\n\n- Roma, Gypsy and Traveller families\n- Refugees and people seeking asylum\n',
    );
    expect(said).toEqual(['names no mechanism and no measure']);
  });

  it('credits a claim with the groups of the list before it ("these communities")', async () => {
    const said = await what(
      '# Health equity grants\n\nThe fund is for:\n\n- Roma, Gypsy and Traveller families\n- Refugees and people seeking asylum\n\n## Aims\n\nThe service will remove barriers between these communities and public services.\n',
    );
    expect(said).toEqual(['names no mechanism and no measure']);
  });

  it('does not credit a pointer to a list that names no group', async () => {
    const said = await what(
      '# Health equity grants\n\nThe fund will support organisations that work with the communities below to tackle health inequalities:\n\n- communities across the north of the city\n- communities in the town centre\n',
    );
    expect(said).toEqual(['names no group, no mechanism and no measure']);
  });
});
