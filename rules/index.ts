/** The built-in rules, by id, in the order --list-rules shows them. */
import type { RuleModule } from '../src/core/rule.js';
import noVagueEquityStatement from './no-vague-equity-statement.js';
import requireEngagementPlan from './require-engagement-plan.js';
import requireEthnicityOutcomeIndicators from './require-ethnicity-outcome-indicators.js';
// imports: needs, data and language rules
import requireEthnicityNeedsAnalysis from './require-ethnicity-needs-analysis.js';
import requireEthnicityDataRecording from './require-ethnicity-data-recording.js';
import requireLanguageAccess from './require-language-access.js';
import noToleratedDataGap from './no-tolerated-data-gap.js';
// imports: provider, assessment, monitoring and structure rules
import noProviderDeferral from './no-provider-deferral.js';
import noTickBoxEqualityAssessment from './no-tick-box-equality-assessment.js';
import requireEquityMonitoring from './require-equity-monitoring.js';
import requireCoreSections from './require-core-sections.js';
// imports: Word review-state rules (comments and tracked changes left in a draft)
import noUnresolvedComments from './no-unresolved-comments.js';
import noTrackedChanges from './no-tracked-changes.js';
// imports: procurement-ready rules (is the draft finished?)
import noPlaceholderText from './no-placeholder-text.js';
import requireKpiFields from './require-kpi-fields.js';

export const builtinRules: Readonly<Record<string, RuleModule<any>>> = {
  'no-vague-equity-statement': noVagueEquityStatement,
  'require-ethnicity-outcome-indicators': requireEthnicityOutcomeIndicators,
  'require-engagement-plan': requireEngagementPlan,
  // rules: needs, data and language rules
  'require-ethnicity-needs-analysis': requireEthnicityNeedsAnalysis,
  'require-ethnicity-data-recording': requireEthnicityDataRecording,
  'require-language-access': requireLanguageAccess,
  'no-tolerated-data-gap': noToleratedDataGap,
  // rules: provider, assessment, monitoring and structure rules
  'no-provider-deferral': noProviderDeferral,
  'no-tick-box-equality-assessment': noTickBoxEqualityAssessment,
  'require-equity-monitoring': requireEquityMonitoring,
  'require-core-sections': requireCoreSections,
  // rules: Word review-state rules (comments and tracked changes left in a draft)
  'no-unresolved-comments': noUnresolvedComments,
  'no-tracked-changes': noTrackedChanges,
  // rules: procurement-ready rules (is the draft finished?)
  'no-placeholder-text': noPlaceholderText,
  'require-kpi-fields': requireKpiFields,
};
