/**
 * The rule contract, modelled on ESLint's: a rule is `meta` + `create(context)`,
 * and `create` returns visitors over the SpecDocument.
 */
import type { Block, Section, Sentence, SpecDocument, Table } from './model.js';
import type { Lexicons } from './lexicon.js';

export type SeverityName = 'off' | 'warn' | 'error';
export type Severity = 0 | 1 | 2;

export interface RuleDocs {
  /** One line, for --list-rules and editors. */
  description: string;
  /** Why it matters, in plain English, with its evidence source. */
  rationale: string;
  /** Citation for the rationale, e.g. "Salway et al. 2013, Better Health Briefing 28". */
  source: string;
  /** Severity in speclint:recommended (false: off there). */
  recommended: 'error' | 'warn' | false;
  /** Options used by speclint:strict, when stricter than the defaults. */
  strictOptions?: unknown[];
  /** Turned on as an error by speclint:procurement-ready: a draft must be finished before it goes out. */
  procurementReady?: boolean;
  url?: string;
  /** What a good version looks like, shown with each finding in reports. */
  goodExample: string;
}

export interface RuleMeta {
  type: 'problem' | 'suggestion';
  docs: RuleDocs;
  /**
   * Message templates by id; `{{name}}` is replaced with report data. A message
   * given in parts (`MessageParts`) says which of it is what was found and
   * which the ask, so reports can show a short ask without reading the wording.
   */
  messages: Record<string, MessageTemplate>;
  /** JSON Schema for the options array's items (validated with Ajv). */
  schema?: Record<string, unknown>[];
  defaultOptions?: unknown[];
  hasSuggestions?: boolean;
  /**
   * The lexicons the rule reads. When given, each must be loaded or the rule fails
   * with a plain message, and `context.lexicons` offers only these.
   */
  lexicons?: readonly string[];
  /**
   * The key action (Better Health Briefing 28) the rule serves, and what each of
   * its message ids means for it. Reports compute key-action statuses from this
   * and from the rule's `context.evidence`, never from message wording.
   */
  keyAction?: KeyActionDeclaration;
}

/** A message: a template, as in ESLint, or the same message in parts. */
export type MessageTemplate = string | MessageParts;

/**
 * A message in parts, each a template over the report's data. The message is
 * `found`, then (after a space) `withExamples`, or `ask` when there is no
 * `withExamples`. Reports show `found` and `ask`: the model wording of the rule
 * stands in for the examples. A message given as a plain string is shown whole.
 */
export interface MessageParts {
  /** What the finding found ("\"{{claim}}\" promises fairness but names no group."). */
  found: string;
  /** What to do about it, briefly and without examples ("Say which groups it means."). */
  ask?: string;
  /**
   * The ask as the message gives it, with its examples ("Say which groups it
   * means (for example Bangladeshi women)."); `ask` when not given. It may use
   * data the ask does not: a list of asks with their examples, where the ask
   * lists the same asks without them.
   */
  withExamples?: string;
}

/** The key actions for commissioning organisations, as src/report/key-actions.ts lists them. */
export type KeyActionId = 'needs' | 'response' | 'language' | 'recording' | 'outcomes' | 'engagement' | 'monitoring';

/** What one finding means for its key action: the thing is missing or wrong ("not met"), or only partly there. */
export type KeyActionMeaning = 'not-met' | 'partly';

export interface KeyActionDeclaration {
  id: KeyActionId;
  /** Every message id of the rule; a document-level finding counts as not met whatever it says here. */
  messages: Record<string, KeyActionMeaning>;
  /**
   * What it means when the rule ran and reported neither a finding nor evidence:
   * `not-met` when that silence means the draft has nothing the action asks for
   * (no equality commitment at all), `not-checked` when there was nothing to judge
   * (no population needs section). The reason is shown to the reader. Without it,
   * a silent rule leaves the action not checked, with no reason of its own.
   */
  silent?: { status: 'not-met' | 'not-checked'; reason: string };
}

export interface Fix {
  /** Replaces the reported range. */
  text: string;
}

export interface SuggestionDescriptor {
  messageId?: string;
  desc?: string;
  data?: Record<string, string | number>;
  fix?: Fix;
}

/** Where a finding is. Give at most one of these; none means the whole document. */
export interface ReportTarget {
  sentence?: Sentence;
  block?: Block;
  /** A part of a block's text, by offsets into `block.text`. */
  range?: { block: Block; start: number; end: number };
  /** A section: reported on its heading. */
  section?: Section;
}

export interface ReportDescriptor extends ReportTarget {
  messageId: string;
  /** The text to quote, when it is not the target's own (a Word comment's commented text). */
  quote?: string;
  data?: Record<string, string | number>;
  suggest?: SuggestionDescriptor[];
}

/** Positive evidence: where the rule found what its key action asks for (a specific commitment, a passing plan). */
export interface EvidenceDescriptor {
  sentence?: Sentence;
  block?: Block;
  section?: Section;
  /** What was found, in a few words ("names who will be engaged"). */
  note?: string;
}

export interface RuleContext<Options extends unknown[] = unknown[]> {
  readonly id: string;
  /** The configured options merged over `meta.defaultOptions`. */
  readonly options: Options;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly document: SpecDocument;
  readonly lexicons: Lexicons;
  report(descriptor: ReportDescriptor): void;
  /** Says the rule found what its key action asks for (needs `meta.keyAction`). */
  evidence(descriptor: EvidenceDescriptor): void;
}

export interface RuleVisitors {
  document?(doc: SpecDocument): void;
  section?(section: Section): void;
  block?(block: Block): void;
  sentence?(sentence: Sentence): void;
  table?(table: Table): void;
  documentEnd?(doc: SpecDocument): void;
}

export interface RuleModule<Options extends unknown[] = unknown[]> {
  meta: RuleMeta;
  create(context: RuleContext<Options>): RuleVisitors;
}

/** Identity helper that gives rule authors type checking and inference. */
export function defineRule<Options extends unknown[] = unknown[]>(
  rule: RuleModule<Options>,
): RuleModule<Options> {
  return rule;
}
