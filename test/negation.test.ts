import { describe, expect, it } from 'vitest';
import { isNegated } from '../src/core/negation.js';

const negated = (text: string, phrase: string): boolean => isNegated(text, text.indexOf(phrase));

describe('isNegated', () => {
  it('sees a refusal in the same clause', () => {
    expect(negated('Coverage will not be reported by ethnic group, because numbers are small.', 'by ethnic group')).toBe(true);
    expect(negated('We cannot break uptake down by ethnicity.', 'by ethnicity')).toBe(true);
    expect(negated('No indicator is reported by ethnic group.', 'by ethnic group')).toBe(true);
  });

  it('does not carry a negation across a clause, far back, or past "but"', () => {
    expect(negated('Patients who did not attend, reported by ethnic group', 'by ethnic group')).toBe(false);
    expect(negated('Not only by age but also by ethnic group', 'by ethnic group')).toBe(false);
    expect(negated('No referral is refused; uptake is reported by ethnic group.', 'by ethnic group')).toBe(false);
    expect(negated('There is no waiting list for the clinic and attendance is reported quarterly by ethnic group.', 'by ethnic group')).toBe(false);
    expect(negated('Attendance is reported by ethnic group.', 'by ethnic group')).toBe(false);
  });
});
