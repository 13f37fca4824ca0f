/**
 * Requires the contract's monitoring to look at ethnicity: an equity audit, or
 * reports, reviews, indicators or service-user feedback analysed by ethnic
 * group. Without one, nobody will see during the contract whether the service
 * works for minority ethnic people.
 *
 * Division of work with require-ethnicity-outcome-indicators: that rule owns
 * the indicators themselves and reports on them; this rule reports on the
 * monitoring arrangements (reports, reviews, audits, feedback). An indicator
 * reported by ethnic group is monitoring by ethnicity, so by default it
 * satisfies this rule too; `requireFeedback` asks in addition for
 * service-user feedback analysed by ethnic group, which the evidence treats as
 * a separate gap.
 */
import { defineRule } from '../src/core/rule.js';
import { affirms } from '../src/core/negation.js';
import type { Block, Section, Sentence, SpecDocument } from '../src/core/model.js';
import type { Lexicon, Lexicons } from '../src/core/lexicon.js';
import { quoteOf } from '../src/core/locate.js';
import { findIndicators, INDICATOR_LEXICONS, isDetailsTable, reportsByEthnicGroup } from './lib/indicators.js';
import { commitsIn } from './lib/claims.js';
import { listInEnglish, readsAsTitle } from './lib/text.js';
import { switchOptions } from './lib/options.js';
import { leadInFinder } from './lib/lead-ins.js';
import { within } from './lib/spans.js';

type Options = [{ requireFeedback?: boolean }];

/** Where a specification describes contract monitoring. */
const MONITORING_KINDS = new Set(['monitoring', 'quality-requirements', 'outcomes', 'equality', 'other']);
const MAX_LISTED = 3;

const AUDIT_EXAMPLE =
  '"The provider will complete an equity audit each year, analysing referrals, waiting times, outcomes and patient experience by ethnic group, and will agree an action plan with the commissioner within two months"';
const FEEDBACK_EXAMPLE = '"Friends and Family Test results and complaints will be reported by ethnic group each quarter"';

interface Statement {
  text: string;
  section: Section;
  /** Prose: the sentence. */
  sentence?: Sentence;
  /** A table row: its non-empty cells. */
  cells?: Block[];
}

/** How a statement is named in a message: the sentence, or the row's cell that says what is monitored. */
function nameOf(statement: Statement, test: (text: string) => boolean): string {
  if (statement.sentence) return quoteOf(statement.sentence.text);
  const cells = statement.cells!;
  return quoteOf((cells.find((c) => test(c.text)) ?? cells[0]!).text);
}

function list(statements: Statement[], test: (text: string) => boolean): string {
  // Sentences first: they say how monitoring works; table rows name what is measured.
  const ordered = [...statements.filter((s) => s.sentence), ...statements.filter((s) => !s.sentence)];
  const names = [...new Set(ordered.map((s) => shorten(nameOf(s, test))))];
  const shown = names.slice(0, MAX_LISTED).map((n) => `"${n}"`);
  return names.length > MAX_LISTED ? `${shown.join(', ')} and more` : listInEnglish(shown);
}

function shorten(text: string, limit = 70): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit - 3);
  return `${text.slice(0, cut > limit / 2 ? cut : limit - 3)}…`;
}

/** Dot leaders before page numbers ("Introduction ...... 4"), twice: a contents list, not a sentence. */
const looksLikeContents = (text: string): boolean => (text.match(/(?<!\.)\.{3,}\s*\d|…\s*\d/g) ?? []).length >= 2;

/** Sections whose business is monitoring the contract. */
const MONITORING_HOMES: ReadonlySet<string> = new Set(['monitoring', 'quality-requirements']);

/** The lexicons findStatements reads. */
interface StatementLexicons {
  documentParts: Lexicon;
  /** The frames of a commitment (claim-frames): a lead-in that commits makes its items duties. */
  frames: Lexicon;
  /** The labels of a specification's details box: its rows name the service, never monitoring. */
  details: Lexicon;
}

/** Monitoring described in prose and in table rows, with the section it sits in. */
function findStatements(doc: SpecDocument, matches: (text: string) => boolean, { documentParts, frames, details }: StatementLexicons): Statement[] {
  const out: Statement[] = [];
  const seenRows = new Set<Block[]>();
  const leadInOf = leadInFinder(doc);
  const commits = commitsIn(frames);
  const detailsTables = new Set(doc.tables.filter((t) => isDetailsTable(t, details)));
  const namesContents = (text: string): boolean => documentParts.find(text).some((m) => m.tag === 'contents');
  // A contents section ("## Contents") lists the document's parts, run into a paragraph or not.
  const isContents = (section: Section): boolean => section.heading !== undefined && namesContents(section.title);
  // A title names monitoring without describing any (a contents entry, a document to read with
  // this one, an appendix and the forms it holds: "Appendix 1" then "- C-card monitoring and
  // claim form"), unless it is listed where monitoring is set out (a monitoring or quality
  // requirements section) or a monitoring statement leads it in ("The provider will submit:"
  // then "- Quarterly Activity Report").
  const describes = (block: Block, sentence: Sentence, leadIn: Sentence | undefined): boolean => {
    if (MONITORING_HOMES.has(block.section.kind)) return true;
    const unfinished = !/[.;!?]$/u.test(sentence.text.trim());
    const title =
      readsAsTitle(sentence.text) ||
      (unfinished && (documentParts.test(sentence.text) || (leadIn !== undefined && documentParts.test(leadIn.text))));
    if (leadIn !== undefined && matches(leadIn.text)) return true;
    // Items under a lead-in that neither monitors nor commits illustrate it: "Health inequalities can
    // involve differences such as:" then "- quality and experience of care, for example, levels of
    // patient satisfaction" are a definition's examples, not monitoring to be done.
    if (leadIn !== undefined && block.section.kind !== 'outcomes' && !commits(leadIn.text)) return false;
    return !title;
  };
  for (const block of doc.blocks) {
    if (block.kind === 'heading' || !block.section.heading || block.section.kind === 'population-needs') continue;
    // A contents list run into one paragraph ("Contents ...... 3 Introduction ...... 4 Service User Surveys ...... 38")
    // names sections; its sentences, split at the page numbers, are entries, not monitoring. Only one that looks
    // like a list, outside the sections where monitoring is set out ("Contents: the provider will submit ...").
    if (!block.cell && !MONITORING_HOMES.has(block.section.kind) && looksLikeContents(block.text) && namesContents(block.text)) continue;
    if (isContents(block.section)) continue;
    if (block.cell) {
      // The details box at the top ("Service | Anti-coagulation monitoring") names the service.
      if (detailsTables.has(block.cell.table)) continue;
      const row = block.cell.table.rows[block.cell.row]!;
      if (seenRows.has(row)) continue;
      seenRows.add(row);
      const cells = row.filter((c) => c.kind !== 'heading' && c.text.trim() !== '');
      const text = cells.map((c) => c.text.trim()).join(' | ');
      if (cells.length > 0 && matches(text)) out.push({ text, cells, section: block.section });
      continue;
    }
    for (const sentence of block.sentences) {
      // An item under a lead-in that monitors is read with it: "will report each quarter on:" then
      // "- the number of people reached, by ethnic group" is reporting by ethnic group.
      const leadIn = sentence === block.sentences[0] ? leadInOf(block) : undefined;
      const text = leadIn !== undefined && matches(leadIn.text) ? `${leadIn.text} ${sentence.text}` : sentence.text;
      if (matches(text) && describes(block, sentence, leadIn)) out.push({ text, sentence, section: block.section });
    }
  }
  return out;
}

/** A past audit described as evidence ("the 2025 equity audit found") is not monitoring during the contract. */
function isAuditCommitment(text: string, audits: Lexicon, lexicons: Lexicons): boolean {
  const pastYears = lexicons.get('audit-past-years');
  const pastFindings = lexicons.get('audit-past-findings');
  return audits.find(text).some(
    (m) => !pastYears.test(text.slice(Math.max(0, m.start - 60), m.start)) && !pastFindings.test(text.slice(m.end, m.end + 80)),
  );
}

/** A monitoring section's heading, else the first statement: its sentence, or its row's first cell. */
function targetOf(doc: SpecDocument, statements: Statement[], preferSection = true): { section: Section } | { sentence: Sentence } | { block: Block } {
  // A finding about the monitoring as a whole belongs on the section that sets it out: a monitoring
  // section, or the quality requirements (or monitoring) section a statement is in; never on a
  // section about something else ("Purpose") that happens to mention a report.
  const section = preferSection
    ? (doc.sections.find((s) => s.ownKind === 'monitoring') ?? statements.find((s) => MONITORING_HOMES.has(s.section.kind))?.section)
    : undefined;
  if (section?.heading) return { section };
  const prose = statements.find((s) => s.sentence);
  if (prose) return { sentence: prose.sentence! };
  return { block: statements[0]!.cells![0]! };
}

export default defineRule<Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Contract monitoring must look at ethnicity: an equity audit, or reports and service-user feedback analysed by ethnic group',
      rationale:
        'Research on commissioning found that routine monitoring, through contract meetings and key performance indicators, rarely looked at ethnicity, so nobody saw whether a service worked for minority ethnic people. Inadequate data and a lack of service-user feedback broken down by ethnicity were named obstacles. Equity audits, which give an in-depth picture of access and outcomes across ethnic groups, and feedback analysed by ethnic group let commissioners spot poor performance and act on it during the contract.',
      source:
        'Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.3, Promising practice 3 (Equity Audits), and Key Actions (Performance monitoring and evaluation: "Undertake Equity Audits").',
      recommended: 'warn',
      strictOptions: [{ requireFeedback: true }],
      goodExample:
        'The provider will complete an equity audit each year, analysing referrals, waiting times, outcomes and patient experience by ethnic group, and will agree an action plan with the commissioner within two months. Friends and Family Test results and complaints will be reported by ethnic group each quarter.',
    },
    messages: {
      missing: {
        found: 'The specification does not say how the service will be monitored during the contract.',
        ask: 'Add to the quality requirements (or a contract monitoring section) an equity audit and reporting by ethnic group.',
        withExamples: 'Add to the quality requirements (or a contract monitoring section) an equity audit and reporting by ethnic group, for example {{example}}.',
      },
      noEthnicity: {
        found: 'Monitoring is described ({{monitored}}) but none of it is analysed by ethnic group and there is no equity audit.',
        ask: 'Add an equity audit, and analyse service-user feedback by ethnic group.',
        withExamples: 'Add one, for example {{example}}, and analyse service-user feedback by ethnic group.',
      },
      noFeedback: {
        found: 'Service-user feedback ({{feedback}}) is not analysed by ethnic group.',
        ask: 'Report it by ethnic group.',
        withExamples: 'Report it by ethnic group, for example {{example}}, so that poorer experiences show up.',
      },
      missingFeedback: {
        found: 'Monitoring looks at ethnicity, but no service-user feedback is collected or analysed by ethnic group.',
        ask: 'Add it to the quality requirements.',
        withExamples: 'Add it to the quality requirements, for example {{example}}.',
      },
    },
    ...switchOptions({
      requireFeedback:
        'Outcome indicators and audits by ethnic group are not enough: also require service-user feedback or experience (surveys, Friends and Family Test, complaints) analysed by ethnic group.',
    }),
    lexicons: [...INDICATOR_LEXICONS, 'audit-past-findings', 'audit-past-years', 'bid-evaluation', 'breakdowns', 'claim-frames', 'document-parts', 'equity-audit', 'groups', 'monitoring', 'service-feedback'],
    keyAction: {
      id: 'monitoring',
      messages: { missing: 'not-met', noEthnicity: 'not-met', noFeedback: 'partly', missingFeedback: 'partly' },
    },
  },
  create(context) {
    const { lexicons } = context;
    const monitoring = lexicons.get('monitoring');
    const feedback = lexicons.get('service-feedback');
    const audits = lexicons.get('equity-audit');
    const breakdowns = lexicons.get('breakdowns');
    const groups = lexicons.get('groups');
    const documentParts = lexicons.get('document-parts');
    const frames = lexicons.get('claim-frames');
    const details = lexicons.get('specification-details');
    const requireFeedback = context.options[0]?.requireFeedback ?? false;

    const byEthnicity = reportsByEthnicGroup(lexicons);
    const bidEvaluation = lexicons.get('bid-evaluation');
    // Scoring tenders before award ("appointed based on the evaluation ranking") is procurement, not monitoring.
    const monitors = (text: string): boolean => {
      const found = monitoring.find(text);
      if (found.length === 0) return false;
      const bids = bidEvaluation.find(text);
      return found.some((m) => !bids.some((b) => within(m, b)));
    };
    const isMonitoring = (text: string): boolean => monitors(text) || feedback.test(text);
    // In an engagement section, naming a community ("listening events with the
    // Somali community, reported to the contract meeting") is the engagement
    // plan, which require-engagement-plan reviews; there only an explicit
    // breakdown by ethnic group counts as monitoring.
    const analysedByEthnicity = (s: Statement): boolean =>
      affirms(breakdowns, s.text) || (s.section.kind !== 'engagement' && affirms(groups, s.text));

    return {
      documentEnd(doc) {
        // What passes, wherever it is written (except the population needs
        // section, which describes the past): an equity audit to be done, or
        // monitoring, feedback or an indicator broken down by ethnicity.
        const anywhere = findStatements(doc, (t) => isMonitoring(t) || audits.test(t) || byEthnicity(t), { documentParts, frames, details });
        const indicatorsByEthnicity = findIndicators(doc, lexicons).filter(
          (i) => i.section.kind !== 'population-needs' && byEthnicity(i.text),
        );
        const audit = anywhere.some((s) => isAuditCommitment(s.text, audits, lexicons));
        const ethnicMonitoring =
          audit ||
          indicatorsByEthnicity.length > 0 ||
          anywhere.some((s) => isMonitoring(s.text) && analysedByEthnicity(s));

        const described = anywhere.filter((s) => MONITORING_KINDS.has(s.section.kind) && isMonitoring(s.text));
        if (!ethnicMonitoring) {
          if (described.length === 0) {
            context.report({ messageId: 'missing', data: { example: AUDIT_EXAMPLE } });
            return;
          }
          context.report({
            ...targetOf(doc, described),
            messageId: 'noEthnicity',
            data: { monitored: list(described, isMonitoring), example: AUDIT_EXAMPLE },
          });
          return;
        }

        const passing =
          anywhere.find((s) => isAuditCommitment(s.text, audits, lexicons)) ?? anywhere.find((s) => isMonitoring(s.text) && analysedByEthnicity(s));
        const indicator = indicatorsByEthnicity[0];
        if (passing) context.evidence({ ...(passing.sentence ? { sentence: passing.sentence } : { block: passing.cells![0]! }), note: 'monitoring by ethnic group' });
        else if (indicator) context.evidence({ block: indicator.block ?? indicator.anchor ?? indicator.cells![0]!, note: 'an indicator reported by ethnic group' });

        if (!requireFeedback) return;
        const feedbackStatements = anywhere.filter((s) => feedback.test(s.text));
        if (feedbackStatements.some(analysedByEthnicity)) return;
        if (feedbackStatements.length === 0) {
          const section = doc.sections.find((s) => s.ownKind === 'quality-requirements' || s.ownKind === 'monitoring');
          context.report({ ...(section ? { section } : {}), messageId: 'missingFeedback', data: { example: FEEDBACK_EXAMPLE } });
          return;
        }
        context.report({
          ...targetOf(doc, feedbackStatements, false),
          messageId: 'noFeedback',
          data: { feedback: list(feedbackStatements, (t) => feedback.test(t)), example: FEEDBACK_EXAMPLE },
        });
      },
    };
  },
});
