/** The built-in rules, by id. */
import type { RuleModule } from '../src/core/rule.js';
import noVagueEquityStatement from './no-vague-equity-statement.js';
import requireEngagementPlan from './require-engagement-plan.js';
import requireEthnicityOutcomeIndicators from './require-ethnicity-outcome-indicators.js';

export const builtinRules: Readonly<Record<string, RuleModule<any>>> = {
  'no-vague-equity-statement': noVagueEquityStatement,
  'require-ethnicity-outcome-indicators': requireEthnicityOutcomeIndicators,
  'require-engagement-plan': requireEngagementPlan,
};
