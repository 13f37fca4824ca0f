/**
 * Flags equality impact assessments that are asserted rather than reported:
 * "An EqIA has been completed and no adverse impact was identified", "EqIA:
 * completed", "There are no equality implications". An assessment counts when
 * the specification says which groups it considered, what it found for them,
 * or how the specification responds to its findings.
 */
import { defineRule } from '../src/core/rule.js';
import type { Block, Section, Sentence, Table } from '../src/core/model.js';
import type { Lexicon, LexiconMatch } from '../src/core/lexicon.js';
import { quoteOf } from '../src/core/locate.js';

/** Words left on a form line once the assessment's name and its status are taken out. */
const MAX_STATUS_WORDS = 4;
/** How many words a subject that refers back to the assessment may have ("This", "The assessment", "This full assessment"). */
const MAX_SUBJECT_WORDS = 3;
/** The words after "no adverse impact on" (the preposition taken off) that say who or what it is about. */
const OBJECT = /^\s+([^,.;]{1,60})/;

type Claim = { kind: 'completed' | 'not-required' | 'no-impact'; text: string };

const STRENGTH: Record<Claim['kind'], number> = { completed: 0, 'not-required': 1, 'no-impact': 2 };

const overlaps = (m: LexiconMatch, others: LexiconMatch[]): boolean => others.some((o) => m.start < o.end && o.start < m.end);

function sectionNames(section: Section, lexicon: Lexicon): boolean {
  for (let s: Section | undefined = section; s?.heading; s = s.parent) if (lexicon.test(s.title)) return true;
  return false;
}

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Equality impact assessments must report what they found, not just that they were done',
      rationale:
        'Equality impact assessments are meant to alert commissioners to equality issues, but research found they were widely treated as tick-box exercises with no tangible influence on practice; one manager called them "a paper exercise to say \'we see there\'s no problem\'". A specification that records only that an assessment was completed, or that it found no adverse impact, gives the provider nothing to act on. Say which groups were considered, what was found for them, and which requirements respond.',
      source:
        'Salway et al. (2013), High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, Better Health Briefing 28, Race Equality Foundation, section 1; Health Service Journal news report on world class commissioning and equality duties (a PCT manager on superficial equality impact assessments).',
      recommended: 'warn',
      goodExample:
        'The ICB\'s equality impact assessment found that Pakistani and Bangladeshi adults made up 11% of the population but 6% of referrals, and that people who need an interpreter waited twice as long; the requirements in sections 3.2 and 3.5 respond to these findings.',
    },
    messages: {
      noFindings: {
        found: '"{{claim}}" records that an equality impact assessment was done but not what it found.',
        ask: 'Say which groups it considered, what it found for them, and which requirements in this specification respond.',
        withExamples:
          'Say which groups it considered, what it found for them (for example "Bangladeshi women were less likely to attend"), and which requirements in this specification respond (for example "see section 3.2").',
      },
      setAside: {
        found: '"{{claim}}" sets the equality impact assessment aside without saying why.',
        ask: 'Say which groups were considered and what the evidence showed for them; if any group fares worse, say what the service will do.',
        withExamples:
          'Say which groups were considered and what the evidence showed for them (for example uptake by ethnic group against the local population); if any group fares worse, say what the service will do.',
      },
      noEvidence: {
        found: '"{{claim}}" asserts that there is no equality impact without showing the evidence.',
        ask: 'Say which groups were considered and what the data showed for each, and what the service will do where a group fares worse.',
        withExamples:
          'Say which groups were considered and what the data showed for each (for example uptake by ethnic group against the local population), and what the service will do where a group fares worse.',
      },
    },
    schema: [],
    lexicons: [
      'assessment-actions',
      'assessment-back-references',
      'assessment-completion',
      'assessment-figures',
      'assessment-findings',
      'assessment-future',
      'assessment-nothing-found',
      'assessment-practice',
      'assessment-questions',
      'assessment-set-aside',
      'assessment-status',
      'equality-assessment',
      'equality-topics',
      'groups',
      'impact-people',
      'impact-prepositions',
      'languages',
      'no-impact-claims',
      'other-assessments',
    ],
    keyAction: { id: 'monitoring', messages: { noFindings: 'partly', setAside: 'partly', noEvidence: 'partly' } },
  },
  create(context) {
    const { lexicons } = context;
    const assessments = lexicons.get('equality-assessment');
    const completion = lexicons.get('assessment-completion');
    const status = lexicons.get('assessment-status');
    const noImpact = lexicons.get('no-impact-claims');
    const others = lexicons.get('other-assessments');
    const findings = lexicons.get('assessment-findings');
    const actions = lexicons.get('assessment-actions');
    const topics = lexicons.get('equality-topics');
    const groups = lexicons.get('groups');
    const languages = lexicons.get('languages');
    // "No adverse impact" is evidenced by figures for a group, not by the word "found".
    const figures = lexicons.get('assessment-figures');
    // Who or what "no adverse impact on ..." is about; an equality claim is about people or groups.
    const prepositions = lexicons.get('impact-prepositions');
    const people = lexicons.get('impact-people');
    // The next paragraph continues the assessment when it starts by pointing back to it.
    const pointsBack = lexicons.get('assessment-back-references');
    // A status that reports nothing found ("Equality impact: none identified").
    const nothingFound = lexicons.get('assessment-nothing-found');
    // "Will be completed by March" is a plan, not a claim.
    const future = lexicons.get('assessment-future');
    // "Consider whether ... an EIA is not needed" is a question put to the author, not a claim.
    const questions = lexicons.get('assessment-questions');
    // "EIAs ... are published with the committee papers": every assessment of its kind, described as practice.
    const practice = lexicons.get('assessment-practice');
    // A status or completion claim that sets the assessment aside rather than reporting it done.
    const setAside = lexicons.get('assessment-set-aside');

    /** What "no adverse impact" is said to be about ("on any group"): the words after its preposition. */
    function objectAfter(rest: string): string | undefined {
      const preposition = prepositions.first(rest);
      return preposition ? OBJECT.exec(rest.slice(preposition.end))?.[1] : undefined;
    }

    /** A form line: the assessment's name (if any), a status word, and little else. */
    function statusOnly(text: string): LexiconMatch | undefined {
      const found = status.find(text);
      if (found.length === 0) return undefined;
      const taken = [...found, ...assessments.find(text)];
      const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
      const left = words.length - taken.reduce((n, m) => n + (m.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
      return left <= MAX_STATUS_WORDS ? found[0] : undefined;
    }

    /** What the text claims about an assessment, given whether one is named nearby. */
    function claimIn(text: string, named: boolean, equalityContext: boolean): Claim | undefined {
      // "No adverse impact on waiting times" is not an equality claim; "on any
      // group", "for patients" or no object at all is, near an assessment.
      const none = noImpact.find(text).find((m) => {
        const object = objectAfter(text.slice(m.end));
        return !object || people.test(object) || topics.test(object) || groups.test(object);
      });
      // A sentence about a quality or data protection impact assessment is not about this one.
      if (others.test(text) && !assessments.test(text)) return undefined;
      if (none && (named || equalityContext || topics.test(text))) return { kind: 'no-impact', text };
      if (!named || practice.test(text)) return undefined;
      // Named only by the section's heading, a completion is the assessment's when nothing else is its
      // subject: "It was completed in March", not "Accessible information was produced on the rules".
      const namesItself = assessments.test(text);
      const ownSubject = (m: LexiconMatch): boolean => {
        const subject = text.slice(0, m.start).trim();
        // "It", "This assessment": the back-reference is the subject, not the start of a longer one
        // ("This will support better outcomes, as the way work is carried out ...").
        return namesItself || subject === '' || (pointsBack.test(subject) && subject.split(/\s+/).length <= MAX_SUBJECT_WORDS);
      };
      const done = [...completion.find(text).filter(ownSubject), ...[statusOnly(text)].filter((m) => m !== undefined)].filter(
        (m) => !future.test(text.slice(Math.max(0, m.start - 40), m.start)) && !questions.test(text.slice(0, m.start)),
      );
      if (done.length === 0) return undefined;
      if (done.some((m) => nothingFound.test(m.text))) return { kind: 'no-impact', text };
      return { kind: done.some((m) => setAside.test(m.text)) ? 'not-required' : 'completed', text };
    }

    /** Does the assessment, read with what follows it, say what it found or how the specification responds? */
    function reported(claim: Claim, evidence: string): boolean {
      const denials = noImpact.find(evidence);
      const forWhom = groups.test(evidence) || languages.test(evidence);
      const found = findings.find(evidence).some((m) => !overlaps(m, denials));
      const acted = actions.find(evidence).some((m) => !overlaps(m, denials));
      if (claim.kind === 'no-impact') return forWhom && (found || figures.test(evidence));
      return (forWhom && found) || acted;
    }

    function evidenceFor(block: Block): string {
      const parts = [block.text];
      const siblings = block.section.blocks;
      let i = siblings.indexOf(block) + 1;
      // A list introduced by "The assessment found:" belongs to it.
      if (/:\s*$/.test(block.text)) {
        while (i < siblings.length && siblings[i]!.kind === 'list-item') parts.push(siblings[i++]!.text);
      }
      const next = siblings[i];
      if (next && !next.cell && (pointsBack.test(next.text.trim()) || assessments.test(next.text))) parts.push(next.text);
      return parts.join(' ');
    }

    function checkProse(block: Block): void {
      const named = assessments.test(block.text) || sectionNames(block.section, assessments);
      const equalitySection = block.section.kind === 'equality';
      // One finding a paragraph, on its strongest claim: "no impact" over
      // "not required" over "completed".
      let strongest: { sentence: Sentence; claim: Claim } | undefined;
      for (const sentence of block.sentences) {
        const claim = claimIn(sentence.text, named, equalitySection);
        if (claim && (!strongest || STRENGTH[claim.kind] > STRENGTH[strongest.claim.kind])) strongest = { sentence, claim };
      }
      if (!strongest || reported(strongest.claim, evidenceFor(block))) return;
      report(strongest.claim, { sentence: strongest.sentence });
    }

    function checkTable(table: Table): void {
      const headerNames = table.header.some((h) => assessments.test(h ?? ''));
      for (const row of table.rows) {
        const cells = row.filter((c) => c.text.trim() !== '');
        if (cells.length === 0) continue;
        const label = cells.find((c) => assessments.test(c.text));
        if (!label && !(headerNames && row !== table.rows[0])) continue;
        const text = cells.map((c) => c.text.trim()).join(' | ');
        const equalitySection = table.section.kind === 'equality';
        const claim = [...cells.map((c) => claimIn(c.text, true, equalitySection)), claimIn(text, true, equalitySection)]
          .filter((c): c is Claim => c !== undefined)
          .sort((a, b) => STRENGTH[b.kind] - STRENGTH[a.kind])[0];
        if (!claim || reported(claim, text)) continue;
        report({ ...claim, text }, { block: label ?? cells[0]! });
      }
    }

    function report(claim: Claim, target: { sentence: Sentence } | { block: Block }): void {
      context.report({
        ...target,
        messageId: claim.kind === 'no-impact' ? 'noEvidence' : claim.kind === 'not-required' ? 'setAside' : 'noFindings',
        data: { claim: shorten(quoteOf(claim.text)) },
      });
    }

    return {
      block(block) {
        if (block.kind === 'heading' || block.cell) return;
        checkProse(block);
      },
      table: checkTable,
    };
  },
});

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, text.lastIndexOf(' ', 117) > 60 ? text.lastIndexOf(' ', 117) : 117)}…` : text;
}
