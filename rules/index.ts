/** The built-in rules, by id, in the order --list-rules shows them. */
import type { RuleModule } from '../src/core/rule.js';
import noVagueEquityStatement from './no-vague-equity-statement.js';
import requireEngagementPlan from './require-engagement-plan.js';
import requireEthnicityOutcomeIndicators from './require-ethnicity-outcome-indicators.js';
// imports: needs, data and language rules
// imports: provider, assessment, monitoring and structure rules

export const builtinRules: Readonly<Record<string, RuleModule<any>>> = {
  'no-vague-equity-statement': noVagueEquityStatement,
  'require-ethnicity-outcome-indicators': requireEthnicityOutcomeIndicators,
  'require-engagement-plan': requireEngagementPlan,
  // rules: needs, data and language rules
  // rules: provider, assessment, monitoring and structure rules
};
