/**
 * The rule engine: walks the SpecDocument once and calls every rule's
 * visitors. Each rule runs in isolation: one that throws, or that spends more
 * than its time budget on a document, is reported as that rule's failure and
 * the others go on.
 */
import { applyDirectives, type Directive } from './directives.js';
import type { Lexicons } from './lexicon.js';
import { cutQuote, headingPath, locateRange, quoteOf } from './locate.js';
import type { Evidence, LintMessage, Suggestion } from './messages.js';
import type { Sentence, SpecDocument } from './model.js';
import type { EvidenceDescriptor, MessageParts, MessageTemplate, ReportDescriptor, RuleContext, RuleMeta, RuleModule, RuleVisitors, SuggestionDescriptor } from './rule.js';

export interface ConfiguredRule {
  id: string;
  rule: RuleModule;
  severity: 1 | 2;
  /** Already merged with the rule's defaults. */
  options: unknown[];
}

export interface LintDocumentOptions {
  rules: ConfiguredRule[];
  settings?: Record<string, unknown>;
  lexicons: Lexicons;
  directives?: Directive[];
  /** Report directives that silenced nothing, or that have expired, at this severity. */
  reportUnusedDirectives?: 0 | 1 | 2;
  /** Today as YYYY-MM-DD, for directives that expire (default: the local date now). */
  today?: string;
}

/** Replaces {{name}} with data.name; unknown names are left as written. */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

/** A message template as the message gives it: its parts (MessageParts) joined. */
export function wholeTemplate(template: MessageTemplate): string {
  if (typeof template === 'string') return template;
  const rest = template.withExamples ?? template.ask;
  return rest === undefined ? template.found : `${template.found} ${rest}`;
}

/** A message filled in: the whole text, and what was found and the ask when the rule declares them. */
export function renderMessage(template: MessageTemplate, data: ReportDescriptor['data']): Pick<LintMessage, 'message' | 'found' | 'ask'> {
  const message = interpolate(wholeTemplate(template), data);
  if (typeof template === 'string') return { message };
  return { message, found: interpolate(template.found, data), ...(template.ask !== undefined && { ask: interpolate(template.ask, data) }) };
}

/** The engine's own messages, in parts as a rule's (MessageParts) are. */
const inParts = (found: string, ask: string): Pick<LintMessage, 'message' | 'found' | 'ask'> => ({ message: `${found} ${ask}`, found, ask });

function messageTemplateOf(rule: RuleModule, id: string, messageId: string): MessageTemplate {
  const template = rule.meta.messages[messageId];
  if (template === undefined) throw new Error(`rule "${id}" reported an unknown messageId "${messageId}"`);
  return template;
}

/**
 * What is wrong with a rule's meta, if anything: a message in parts must give
 * what was found and its other parts as text, and every message id a key-action
 * declaration names must be one of the rule's messages, with a meaning reports
 * know. Checked when a rule is loaded (plugins) and before it runs.
 */
export function metaProblem(id: string, meta: RuleMeta): string | undefined {
  for (const [messageId, template] of Object.entries(meta.messages)) {
    if (typeof template === 'string') continue;
    const parts = (template ?? {}) as Partial<Record<keyof MessageParts, unknown>>;
    if (typeof parts.found !== 'string' || [parts.ask, parts.withExamples].some((t) => t !== undefined && typeof t !== 'string')) {
      return `rule "${id}" gives the message "${messageId}" neither as text nor as parts (found, and ask or withExamples, each text)`;
    }
  }
  const declared = meta.keyAction;
  if (!declared) return undefined;
  for (const [messageId, meaning] of Object.entries(declared.messages ?? {})) {
    if (!Object.hasOwn(meta.messages, messageId)) return `rule "${id}" declares the key-action meaning of an unknown messageId "${messageId}"`;
    if (meaning !== 'not-met' && meaning !== 'partly') return `rule "${id}" declares "${String(meaning)}" for messageId "${messageId}"; use "not-met" or "partly"`;
  }
  return undefined;
}

/** The sentence containing a text offset, by binary search (sentences are in order and do not overlap). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * The lexicons a rule may read: those its meta declares, each checked to be
 * loaded, or every lexicon for a rule that declares none (plugins written
 * before declarations existed).
 */
function declaredLexicons(configured: ConfiguredRule, all: Lexicons): Lexicons {
  const declared = configured.rule.meta.lexicons;
  if (!declared) return all;
  const missing = declared.filter((name) => !all.has(name));
  if (missing.length > 0) throw new Error(`it needs the lexicon${missing.length === 1 ? '' : 's'} ${missing.map((n) => `"${n}"`).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not loaded`);
  const allowed = new Set(declared);
  return {
    get(name) {
      if (!allowed.has(name)) throw new Error(`it read the lexicon "${name}" without declaring it in meta.lexicons`);
      return all.get(name);
    },
    has: (name) => allowed.has(name) && all.has(name),
    names: () => declared.filter((name) => all.has(name)),
  };
}

function buildMessage(doc: SpecDocument, configured: ConfiguredRule, d: ReportDescriptor): LintMessage {
  const { id, rule, severity } = configured;
  const { message: text, ...parts } = renderMessage(messageTemplateOf(rule, id, d.messageId), d.data);
  const message: LintMessage = {
    ruleId: id,
    severity,
    message: text,
    line: 1,
    column: 1,
    messageId: d.messageId,
    ...parts,
  };
  const target =
    d.range ??
    (d.sentence && { block: d.sentence.block, start: d.sentence.start, end: d.sentence.end }) ??
    (d.block && { block: d.block, start: 0, end: d.block.text.length }) ??
    (d.section?.heading && { block: d.section.heading, start: 0, end: d.section.heading.text.length });

  let fixRange: [number, number] | undefined;
  if (target) {
    const where = locateRange(doc, target.block, target.start, target.end);
    message.line = where.start.line;
    message.column = where.start.column;
    message.endLine = where.end.line;
    message.endColumn = where.end.column;
    message.headingPath = headingPath(target.block.section);
    // A few words are hard to find in a long document: quote their sentence.
    const sentence = d.range && sentenceAt(target.block.sentences, target.start);
    // Quotes show the text as written, placeholders included.
    const written = target.block.written;
    const { quote, cut } = cutQuote(d.quote || (sentence ? written.slice(sentence.start, sentence.end) : d.range ? written : written.slice(target.start, target.end)));
    message.quote = quote;
    if (cut) message.quoteCut = true;
    // The paragraph as written, a list marker typed before its words included.
    message.context = (target.block.typedMarker ?? '') + written;
    if (!d.range && !d.sentence && !d.block) message.sectionLevel = true;
    fixRange = [where.sourceStart, where.sourceEnd];
  } else {
    // The whole document: point at its title so a reader sees where to look.
    message.documentLevel = true;
    message.headingPath = [];
    if (doc.title) {
      const where = locateRange(doc, doc.title, 0, doc.title.text.length);
      message.line = where.start.line;
      message.column = where.start.column;
      message.endLine = where.end.line;
      message.endColumn = where.end.column;
    }
  }

  if (d.suggest && d.suggest.length > 0) {
    if (!rule.meta.hasSuggestions) throw new Error(`rule "${id}" offered suggestions without meta.hasSuggestions`);
    message.suggestions = d.suggest.map((s: SuggestionDescriptor): Suggestion => {
      const desc = s.messageId ? interpolate(wholeTemplate(messageTemplateOf(rule, id, s.messageId)), s.data) : (s.desc ?? '');
      return s.fix && fixRange ? { desc, fix: { range: fixRange, text: s.fix.text } } : { desc };
    });
  }
  return message;
}

function buildEvidence(doc: SpecDocument, configured: ConfiguredRule, d: EvidenceDescriptor): Evidence {
  const { id, rule } = configured;
  const keyAction = rule.meta.keyAction?.id;
  if (!keyAction) throw new Error(`rule "${id}" reported evidence without meta.keyAction`);
  const evidence: Evidence = { ruleId: id, keyAction, line: 1, column: 1 };
  const target =
    (d.sentence && { block: d.sentence.block, start: d.sentence.start, end: d.sentence.end }) ??
    (d.block && { block: d.block, start: 0, end: d.block.text.length }) ??
    (d.section?.heading && { block: d.section.heading, start: 0, end: d.section.heading.text.length });
  if (target) {
    const where = locateRange(doc, target.block, target.start, target.end);
    Object.assign(evidence, { line: where.start.line, column: where.start.column, endLine: where.end.line, endColumn: where.end.column });
    evidence.headingPath = headingPath(target.block.section);
    evidence.quote = quoteOf(target.block.written.slice(target.start, target.end));
  }
  if (d.note) evidence.note = d.note;
  return evidence;
}

type VisitorName = keyof RuleVisitors;

/** Most time one rule may spend on one document before it is stopped (settings.limits.ruleTimeBudgetMs). */
export const DEFAULT_RULE_TIME_BUDGET_MS = 10_000;

function ruleTimeBudget(settings: Record<string, unknown>): number {
  const limits = settings.limits as { ruleTimeBudgetMs?: unknown } | undefined;
  const budget = limits?.ruleTimeBudgetMs;
  return typeof budget === 'number' && budget > 0 ? budget : DEFAULT_RULE_TIME_BUDGET_MS;
}

export function lintDocument(doc: SpecDocument, options: LintDocumentOptions): LintMessage[] {
  return runRules(doc, options).messages;
}

/** The findings, and the positive evidence the rules reported (for key-action statuses). */
export function runRules(doc: SpecDocument, options: LintDocumentOptions): { messages: LintMessage[]; evidence: Evidence[]; silencedRules: string[] } {
  const messages: LintMessage[] = [];
  const evidence: Evidence[] = [];
  const settings = Object.freeze({ ...(options.settings ?? {}) });
  const active: Array<{ configured: ConfiguredRule; visitors: RuleVisitors; spent: number }> = [];
  const budget = ruleTimeBudget(settings);

  const fail = (configured: ConfiguredRule, error: unknown): void => {
    const reason = error instanceof Error ? error.message : String(error);
    messages.push({
      ruleId: configured.id,
      severity: 2,
      ...inParts(`The rule "${configured.id}" failed on this document (${reason}), so its findings are missing.`, 'The other rules still ran. Please report this problem.'),
      line: 1,
      column: 1,
      ruleFailure: true,
    });
  };
  const tooSlow = (configured: ConfiguredRule): void => {
    const seconds = Number((budget / 1000).toPrecision(3));
    messages.push({
      ruleId: configured.id,
      severity: 2,
      message: `The rule "${configured.id}" took more than ${seconds} second${seconds === 1 ? '' : 's'} on this document and was stopped, so some of its findings are missing; the other rules still ran (the limit is settings.limits.ruleTimeBudgetMs).`,
      line: 1,
      column: 1,
      ruleFailure: true,
    });
  };

  for (const configured of options.rules) {
    let lexicons: Lexicons;
    try {
      const problem = metaProblem(configured.id, configured.rule.meta);
      if (problem) throw new Error(problem);
      lexicons = declaredLexicons(configured, options.lexicons);
    } catch (error) {
      fail(configured, error);
      continue;
    }
    const context: RuleContext = {
      id: configured.id,
      options: configured.options,
      settings,
      document: doc,
      lexicons,
      report(descriptor) {
        messages.push(buildMessage(doc, configured, descriptor));
      },
      evidence(descriptor) {
        evidence.push(buildEvidence(doc, configured, descriptor));
      },
    };
    const start = performance.now();
    try {
      const visitors = configured.rule.create(context) ?? {};
      const spent = performance.now() - start;
      if (spent > budget) tooSlow(configured);
      else active.push({ configured, visitors, spent });
    } catch (error) {
      fail(configured, error);
    }
  }

  // Dispatch one visitor to every rule that has it; a rule that throws, or
  // that has spent its time budget on this document, is dropped. One clock
  // reading per call: each rule is charged the time since the previous one.
  const dispatch = <K extends VisitorName>(name: K, arg: Parameters<NonNullable<RuleVisitors[K]>>[0]): void => {
    let clock = performance.now();
    for (let i = 0; i < active.length; i++) {
      const entry = active[i]!;
      const visitor = entry.visitors[name] as ((a: typeof arg) => void) | undefined;
      if (!visitor) continue;
      try {
        visitor.call(entry.visitors, arg);
      } catch (error) {
        fail(entry.configured, error);
        active.splice(i--, 1);
        clock = performance.now();
        continue;
      }
      const now = performance.now();
      entry.spent += now - clock;
      clock = now;
      if (entry.spent > budget) {
        tooSlow(entry.configured);
        active.splice(i--, 1);
      }
    }
  };

  const has = (name: VisitorName): boolean => active.some((a) => a.visitors[name]);
  const wantsSentences = has('sentence');
  const wantsBlocks = has('block');
  const wantsSections = has('section');
  const wantsTables = has('table');

  dispatch('document', doc);
  const seenTables = new Set<number>();
  for (const block of doc.blocks) {
    if (wantsSections && block.kind === 'heading' && block.section.heading === block) dispatch('section', block.section);
    if (wantsTables && block.cell && !seenTables.has(block.cell.table.index)) {
      seenTables.add(block.cell.table.index);
      dispatch('table', block.cell.table);
    }
    if (wantsBlocks) dispatch('block', block);
    if (wantsSentences) for (const sentence of block.sentences) dispatch('sentence', sentence);
  }
  dispatch('documentEnd', doc);

  const { messages: kept, silencedRules, unused, expired, invalidDates } = applyDirectives(
    messages,
    options.directives ?? [],
    (m) => Boolean(m.documentLevel),
    options.today,
  );
  for (const { directive, text } of invalidDates) {
    kept.push({
      ruleId: null,
      severity: 1,
      message: `"until ${text}" is not a date speclint can read, so this directive never expires: write the date as YYYY-MM-DD, for example "until 2027-03-31".`,
      line: directive.position.line,
      column: directive.position.column,
    });
  }
  if (options.reportUnusedDirectives) {
    for (const { directive, date } of expired) {
      const rules = directive.ruleIds.length > 0 ? directive.ruleIds.join(', ') : 'any rule';
      kept.push({
        ruleId: null,
        severity: options.reportUnusedDirectives,
        ...inParts(`Expired speclint-disable directive: it silenced ${rules} until ${date} and silences nothing now.`, 'Fix what it covered, or agree a new date.'),
        line: directive.position.line,
        column: directive.position.column,
      });
    }
    for (const d of unused) {
      const rules = d.ruleIds.length > 0 ? d.ruleIds.join(', ') : 'any rule';
      kept.push({
        ruleId: null,
        severity: options.reportUnusedDirectives,
        ...inParts(`Unused speclint-disable directive: no finding of ${rules} was silenced by it.`, 'Remove it.'),
        line: d.position.line,
        column: d.position.column,
      });
    }
  }
  // A rule that failed part-way leaves no evidence: its judgement is incomplete.
  const failed = new Set(messages.filter((m) => m.ruleFailure).map((m) => m.ruleId));
  return {
    messages: kept.sort((a, b) => a.line - b.line || a.column - b.column),
    evidence: evidence.filter((e) => !failed.has(e.ruleId)),
    silencedRules,
  };
}
