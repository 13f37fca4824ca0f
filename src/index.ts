/** speclint's public API. */
export { Linter, type LinterOptions } from './linter.js';
export { defineRule } from './core/rule.js';
export {
  RuleTester,
  RuleTesterError,
  type RuleTesterConfig,
  type RuleTests,
  type ValidCase,
  type InvalidCase,
  type ErrorExpectation,
  type SuggestionExpectation,
} from './rule-tester.js';
export type {
  RuleModule,
  RuleMeta,
  RuleContext,
  RuleVisitors,
  ReportDescriptor,
  EvidenceDescriptor,
  KeyActionDeclaration,
  KeyActionId,
  KeyActionMeaning,
  MessageParts,
  MessageTemplate,
  Severity,
  SeverityName,
} from './core/rule.js';
export type { SpecDocument, Section, SectionKind, Block, Sentence, Table, Position } from './core/model.js';
export type { Evidence, LintMessage, LintResult, Suggestion } from './core/messages.js';
export type { Lexicon, Lexicons } from './core/lexicon.js';
export type { ConfigData } from './config/types.js';
export { builtinRules } from '../rules/index.js';
