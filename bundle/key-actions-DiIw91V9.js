// dist/src/report/key-actions.js
const EVIDENCE = "Salway S, Turner D, Mir G, et al. (2013), High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, Better Health Briefing 28, Race Equality Foundation";
const STATUS_LABELS = {
	met: "met",
	partly: "partly",
	"not-met": "not met",
	"not-checked": "not checked"
};
const byId = (ruleId, ...messageIds) => (m) => m.ruleId === ruleId && m.messageId !== void 0 && messageIds.includes(m.messageId);
const ENGAGEMENT_ASKS = [
	"who will be engaged (",
	"how (for example",
	"when (for example",
	"how what people say will change the service"
];
const noEngagementPlan = (m) => byId("require-engagement-plan", "generic")(m) && ENGAGEMENT_ASKS.every((ask) => m.message.includes(ask));
const KEY_ACTIONS = [
	{
		id: "needs",
		label: "Needs analysed by ethnicity",
		shortLabel: "Needs by ethnicity",
		explanation: "The population needs section describes local need by ethnic group, with figures, and says which groups have the poorest access or outcomes.",
		source: "Key Actions: Strategic planning; section 4.1",
		rules: ["require-ethnicity-needs-analysis"],
		absent: byId("require-ethnicity-needs-analysis", "missing", "vague")
	},
	{
		id: "response",
		label: "A specific service response",
		shortLabel: "Specific response",
		explanation: "Says what the service will do, for which groups and how it will be checked, instead of promising \"equitable provision for all\" or leaving it to the provider.",
		source: "Key Actions: Contracting and procuring services; section 4.2",
		rules: ["no-vague-equity-statement", "no-provider-deferral"]
	},
	{
		id: "language",
		label: "Language access",
		shortLabel: "Language access",
		explanation: "Professional interpreting, translated information and sessions in community languages for people who speak little or no English.",
		source: "Section 4.2 and Promising practice 2 (link workers and courses in community languages)",
		rules: ["require-language-access"],
		absent: byId("require-language-access", "missing", "formatsOnly")
	},
	{
		id: "recording",
		label: "Ethnicity data recorded",
		shortLabel: "Ethnicity recording",
		explanation: "Ethnic category recorded for every patient with the national codes, its completeness reported, and any gap in the data given an action to close it.",
		source: "Key Actions: Cross-cutting action (\"refuse to tolerate information gaps on ethnicity\"); section 4.3",
		rules: ["require-ethnicity-data-recording", "no-tolerated-data-gap"],
		absent: byId("require-ethnicity-data-recording", "missing")
	},
	{
		id: "outcomes",
		label: "Outcome indicators and targets by ethnicity",
		shortLabel: "Outcomes by ethnicity",
		explanation: "Outcome indicators reported by ethnic group, with targets for the groups with the poorest outcomes.",
		source: "Key Actions: Performance monitoring and evaluation (ethnicity-specific targets); section 4.3 and Promising practice 3",
		rules: ["require-ethnicity-outcome-indicators"],
		absent: byId("require-ethnicity-outcome-indicators", "missingOutcomes", "noIndicators", "noBreakdown")
	},
	{
		id: "engagement",
		label: "An engagement plan",
		shortLabel: "Engagement plan",
		explanation: "Who will be engaged (minority ethnic communities, patients and carers, voluntary, community and faith organisations), how, when, and how what they say changes the service.",
		source: "Key Actions: Cross-cutting action (partnerships with local communities) and Contracting (\"engage users and members of the public\"); section 4.2",
		rules: ["require-engagement-plan"],
		absent: noEngagementPlan
	},
	{
		id: "monitoring",
		label: "Equity monitoring",
		shortLabel: "Equity monitoring",
		explanation: "Monitoring during the contract looks at ethnicity: an equity audit, reports and service-user feedback by ethnic group, and equality impact assessments that report what they found.",
		source: "Key Actions: Performance monitoring and evaluation (\"Undertake Equity Audits\"); section 4.3 and Promising practice 3",
		rules: ["require-equity-monitoring", "no-tick-box-equality-assessment"],
		absent: byId("require-equity-monitoring", "missing", "noEthnicity")
	}
];
/** The engine's own report that a rule threw: it has no message id and no place in the document. */
const isRuleFailure = (m) => m.ruleId !== null && m.messageId === void 0 && !m.documentLevel && m.headingPath === void 0;
/** A finding that says the thing is missing from the whole document. */
const isAbsence = (action, m) => Boolean(m.documentLevel) || (action.absent?.(m) ?? false);
function assessAction(action, result) {
	const ran = new Set(result.rulesRun ?? []);
	const mine = result.messages.filter((m) => m.ruleId !== null && action.rules.includes(m.ruleId));
	const failures = mine.filter(isRuleFailure);
	const findings = mine.filter((m) => !isRuleFailure(m));
	const base = {
		action,
		off: action.rules.filter((id) => !ran.has(id)),
		failures
	};
	const absences = findings.filter((m) => isAbsence(action, m));
	if (absences.length > 0) return {
		...base,
		status: "not-met",
		deciding: absences
	};
	if (findings.length > 0) return {
		...base,
		status: "partly",
		deciding: findings
	};
	const looked = action.rules.filter((id) => ran.has(id) && !failures.some((m) => m.ruleId === id));
	return {
		...base,
		status: looked.length === 0 ? "not-checked" : "met",
		deciding: []
	};
}
/** Every key action for one readable file (an unreadable one has no assessment). */
function assess(result) {
	if (result.fatalErrorCount > 0) return void 0;
	return KEY_ACTIONS.map((action) => assessAction(action, result));
}
function countStatuses(assessments) {
	const counts = {
		met: 0,
		partly: 0,
		"not-met": 0,
		"not-checked": 0
	};
	for (const a of assessments) counts[a.status]++;
	return counts;
}
/** Which of the action's rules did not look, in a phrase ("" when all did). */
function uncheckedNote(a) {
	const failed = [...new Set(a.failures.map((m) => m.ruleId))];
	const parts = [];
	if (a.off.length > 0) parts.push(`${listIds(a.off)} ${a.off.length === 1 ? "is" : "are"} turned off`);
	if (failed.length > 0) parts.push(`${listIds(failed)} failed on this file`);
	return parts.join("; ");
}
const listIds = (ids) => ids.length <= 1 ? ids[0] ?? "" : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
export { countStatuses as a, assess as i, KEY_ACTIONS as n, uncheckedNote as o, STATUS_LABELS as r, EVIDENCE as t };
