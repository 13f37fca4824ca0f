/**
 * Requires provision for people who speak little or no English: professional
 * interpreting, community languages and translated information. Also flags
 * reliance on family members or friends to interpret.
 */
import { defineRule } from '../src/core/rule.js';
import type { Section, Sentence, SpecDocument } from '../src/core/model.js';
import type { LexiconMatch, Lexicons } from '../src/core/lexicon.js';
import { listInEnglish } from './lib/text.js';
import { quoteOf } from '../src/core/locate.js';
import { switchOptions } from './lib/options.js';

type Options = [{ requireInterpreting?: boolean }];

type Provision = 'interpreting' | 'language' | 'formats';

const EXAMPLE =
  'Professional interpreters, face to face, by telephone or video, and British Sign Language interpreters will be booked for every appointment where the patient prefers a language other than English; family members, friends and children will not be used to interpret. Leaflets and appointment letters will be available in Urdu, Polish and Somali and in easy read.';

const ASK_INTERPRETING =
  'professional interpreters (face to face, by telephone or video, and British Sign Language) booked for every appointment where the person prefers a language other than English, with family members, friends and children not used to interpret';

interface Found {
  sentence: Sentence;
  match: { text: string; tag: Provision };
}

function provisionIn(text: string, lexicons: Lexicons, namesAsProvision = true): Array<{ text: string; tag: Provision }> {
  const falseFriends = lexicons.get('language-false-friends').find(text);
  const inFalseFriend = (m: LexiconMatch): boolean => falseFriends.some((f) => f.start < m.end && m.start < f.end);
  const out = lexicons
    .get('language-access')
    .find(text)
    .filter((m) => !inFalseFriend(m))
    .map((m) => ({ text: m.text, tag: (m.tag ?? 'language') as Provision }));
  // A language's name used as provision: "leaflets in Urdu", "staff who speak Polish", "a Sylheti-speaking adviser"
  // (not where need is described: "men who speak Bengali" there are who needs it).
  if (!namesAsProvision) return out;
  const before = lexicons.get('language-use-before');
  const after = lexicons.get('language-use-after');
  const spoken = lexicons.get('language-spoken');
  for (const m of lexicons.get('languages').find(text)) {
    const following = text.slice(m.end, m.end + 16);
    if (before.test(text.slice(Math.max(0, m.start - 16), m.start)) || after.test(following)) {
      out.push({ text: m.text, tag: spoken.test(following) ? 'interpreting' : 'language' });
    }
  }
  return out;
}

/** "Family members may interpret", unless the sentence rules it out ("will not be used", "rather than") or limits it to an emergency. */
function informalInterpreting(text: string, lexicons: Lexicons, interpreting: boolean): LexiconMatch | undefined {
  const match = lexicons
    .get('informal-interpreting')
    .find(text)
    .find((m) => m.tag !== 'with-interpreting' || interpreting);
  if (!match || lexicons.get('interpreting-safeguards').test(text)) return undefined;
  return match;
}

function serviceDescription(doc: SpecDocument): Section | undefined {
  return (
    doc.sections.find((s) => s.heading && s.ownKind === 'service-description') ??
    doc.sections.find((s) => s.heading && s.kind === 'service-description')
  );
}

const MAX_LANGUAGES = 4;

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require interpreting, translation and community-language provision, and no reliance on family members to interpret',
      rationale:
        'Language is one of the most direct barriers minority ethnic people meet in health services. Research on commissioning found that specifications rarely spelt out how a service must meet minority ethnic people\'s needs, and that the improvements that worked were concrete ones such as link workers and courses in community languages. A specification should require professional interpreting and translated information in the main local languages; relying on family members, friends or children to interpret risks errors and stops people disclosing what matters.',
      source:
        'Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.2 (Contracting and procuring services), Promising practice 2, and Key Actions (Contracting and procuring services).',
      recommended: 'warn',
      strictOptions: [{ requireInterpreting: true }],
      goodExample: EXAMPLE,
    },
    messages: {
      missing: {
        found:
          'The specification makes no provision for people who speak little or no English{{languages}}: no interpreting, no translated information and no sessions in community languages.',
        ask: 'Add to {{where}} {{ask}}, and key information translated into the main local languages.',
        withExamples: 'Add to {{where}} {{ask}}, and key information translated into the main local languages, for example: "{{example}}"',
      },
      formatsOnly: {
        found:
          '"{{found}}" helps people who need large print, easy read or braille, but nothing in the specification provides for people who speak little or no English.',
        ask: 'Add to {{where}} {{ask}}, and key information translated into the main local languages.',
        withExamples: 'Add to {{where}} {{ask}}, and key information translated into the main local languages{{languages}}.',
      },
      noInterpreting: {
        found: 'The specification offers translated or community-language provision ("{{found}}") but no interpreting.',
        ask: 'Add to {{where}} {{ask}}.',
      },
      informalInterpreting: {
        found: '"{{found}}" relies on family members or friends to interpret.',
        ask: 'Require professional interpreters instead, with family and friends not used to interpret except in an emergency (national guidance on NHS interpreting).',
        withExamples:
          'National guidance on NHS interpreting advises professional interpreters instead, except in an emergency: relatives can mistranslate, and patients may not disclose symptoms, abuse or worries through them. Say instead, for example: "Professional interpreters will be booked for every appointment where the patient prefers a language other than English; family members, friends and children will not be used to interpret except in an emergency."',
      },
    },
    ...switchOptions({
      requireInterpreting:
        'Translated information alone is not enough: require spoken or signed support (interpreters, or bilingual staff).',
    }),
    lexicons: [
      'informal-interpreting',
      'interpreting-safeguards',
      'language-access',
      'language-false-friends',
      'language-spoken',
      'language-use-after',
      'language-use-before',
      'languages',
    ],
    keyAction: {
      id: 'language',
      messages: { missing: 'not-met', formatsOnly: 'not-met', noInterpreting: 'partly', informalInterpreting: 'partly' },
    },
  },
  create(context) {
    const { lexicons } = context;
    const requireInterpreting = context.options[0]?.requireInterpreting ?? false;

    return {
      documentEnd(doc) {
        const provisions: Found[] = [];
        const needLanguages: string[] = [];
        // Interpreting mentioned where need is described ("NHS Trusts will commission interpreting
        // services"): not provision, but the finding must not say the specification is silent.
        let mentionedInNeeds: Sentence | undefined;
        for (const block of doc.blocks) {
          if (block.kind === 'heading') continue;
          for (const sentence of block.sentences) {
            // Population needs describes who needs an interpreter; it provides none.
            if (block.section.kind === 'population-needs') {
              for (const m of lexicons.get('languages').find(sentence.text)) {
                if (!needLanguages.includes(m.text)) needLanguages.push(m.text);
              }
              if (!mentionedInNeeds && provisionIn(sentence.text, lexicons, false).length > 0) mentionedInNeeds = sentence;
              continue;
            }
            const found = provisionIn(sentence.text, lexicons);
            const loose = informalInterpreting(sentence.text, lexicons, found.some((f) => f.tag === 'interpreting'));
            if (loose) {
              context.report({ sentence, messageId: 'informalInterpreting', data: { found: loose.text } });
              continue;
            }
            for (const match of found) provisions.push({ sentence, match });
          }
        }
        const named = listInEnglish(needLanguages.slice(0, MAX_LANGUAGES));
        const languages = mentionedInNeeds
          ? ` outside the population needs section (which mentions ${named ? `${named}, and ` : ''}"${quoteOf(mentionedInNeeds.text)}")`
          : named
            ? ` (the population needs section mentions ${named})`
            : '';
        const section = serviceDescription(doc);
        const where = section ? `the service description (section "${section.headingText}")` : 'the service description';
        // Relatives interpreting is reliance, not provision: with nothing else, the specification still provides none.
        if (provisions.length === 0) {
          context.report({ messageId: 'missing', data: { languages, where, ask: ASK_INTERPRETING, example: EXAMPLE } });
          return;
        }
        const spoken = provisions.find((p) => p.match.tag === 'interpreting');
        const language = provisions.find((p) => p.match.tag === 'language');
        if (!spoken && !language) {
          const first = provisions[0]!;
          context.report({
            sentence: first.sentence,
            messageId: 'formatsOnly',
            data: { found: first.match.text, where, ask: ASK_INTERPRETING, languages: named ? ` (for example ${named})` : '' },
          });
          return;
        }
        const passing = spoken ?? language!;
        context.evidence({ sentence: passing.sentence, note: spoken ? 'interpreting provided' : 'community-language provision' });
        if (requireInterpreting && !spoken) {
          context.report({
            sentence: language!.sentence,
            messageId: 'noInterpreting',
            data: { found: language!.match.text, where, ask: ASK_INTERPRETING },
          });
        }
      },
    };
  },
});
