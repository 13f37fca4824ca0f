/**
 * Reports instructions and placeholders left in the text: "[Insert figures
 * from the JSNA]", "[Provider name]", "<provider>", TBC, XX%, £X. A
 * specification goes to procurement as a contract document; a blank in it is
 * a term nobody has agreed. The document model finds the placeholders (and
 * blanks them out of what the other rules read); this rule reports each one.
 */
import { defineRule } from '../src/core/rule.js';
import { PLACEHOLDER_LEXICONS } from '../src/core/placeholders.js';

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Instructions and placeholders left in the text ("[Insert …]", "[Provider name]", TBC, XX%) must be filled in before procurement',
      rationale:
        'A service specification becomes part of the contract. A figure, date, name or requirement still shown as "[Insert …]", "TBC" or "XX%" is a term nobody has agreed: bidders price it differently, and the provider cannot be held to it. An instruction left for the author ("[describe how the service will reach Bangladeshi women]") is often exactly the part of the specification that would have said how the service meets the needs of minority ethnic people.',
      source:
        'NHS Standard Contract, Service Conditions and Schedule 2 Part A (the service specification is a contract document); Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, Key Actions (Contracting and procuring services: use service specifications to spell out clearly how and why services must be delivered).',
      recommended: false,
      procurementReady: true,
      goodExample: 'The service will start on 1 April 2027 and 85% of referrals will be seen within 18 weeks.',
    },
    messages: {
      placeholder: {
        found: '"{{placeholder}}" is a placeholder left in the text.',
        ask: 'Replace it with what the specification should say, or delete it, before the specification goes out.',
      },
    },
    schema: [],
    lexicons: PLACEHOLDER_LEXICONS,
  },
  create(context) {
    return {
      block(block) {
        for (const p of block.placeholders) {
          context.report({
            range: { block, start: p.start, end: p.end },
            messageId: 'placeholder',
            data: { placeholder: shorten(block.written.slice(p.start, p.end).replace(/\s+/g, ' ')) },
          });
        }
      },
    };
  },
});

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
