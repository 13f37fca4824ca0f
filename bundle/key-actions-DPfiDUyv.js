// dist/src/report/key-actions.js
const EVIDENCE = "Salway S, Turner D, Mir G, et al. (2013), High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, Better Health Briefing 28, Race Equality Foundation";
const STATUS_LABELS = {
	met: "met",
	partly: "partly",
	"not-met": "not met",
	"not-checked": "not checked"
};
const KEY_ACTIONS = [
	{
		id: "needs",
		label: "Needs analysed by ethnicity",
		shortLabel: "Needs by ethnicity",
		explanation: "The population needs section describes local need by ethnic group, with figures, and says which groups have the poorest access or outcomes.",
		source: "Key Actions: Strategic planning; section 4.1"
	},
	{
		id: "response",
		label: "A specific service response",
		shortLabel: "Specific response",
		explanation: "Says what the service will do, for which groups and how it will be checked, instead of promising \"equitable provision for all\" or leaving it to the provider.",
		source: "Key Actions: Contracting and procuring services; section 4.2"
	},
	{
		id: "language",
		label: "Language access",
		shortLabel: "Language access",
		explanation: "Professional interpreting, translated information and sessions in community languages for people who speak little or no English.",
		source: "Section 4.2 and Promising practice 2 (link workers and courses in community languages)"
	},
	{
		id: "recording",
		label: "Ethnicity data recorded",
		shortLabel: "Ethnicity recording",
		explanation: "Ethnic category recorded for every patient with the national codes, its completeness reported, and any gap in the data given an action to close it.",
		source: "Key Actions: Cross-cutting action (\"refuse to tolerate information gaps on ethnicity\"); section 4.3"
	},
	{
		id: "outcomes",
		label: "Outcome indicators and targets by ethnicity",
		shortLabel: "Outcomes by ethnicity",
		explanation: "Outcome indicators reported by ethnic group, with targets for the groups with the poorest outcomes.",
		source: "Key Actions: Performance monitoring and evaluation (ethnicity-specific targets); section 4.3 and Promising practice 3"
	},
	{
		id: "engagement",
		label: "An engagement plan",
		shortLabel: "Engagement plan",
		explanation: "Who will be engaged (minority ethnic communities, patients and carers, voluntary, community and faith organisations), how, when, and how what they say changes the service.",
		source: "Key Actions: Cross-cutting action (partnerships with local communities) and Contracting (\"engage users and members of the public\"); section 4.2"
	},
	{
		id: "monitoring",
		label: "Equity monitoring",
		shortLabel: "Equity monitoring",
		explanation: "Monitoring during the contract looks at ethnicity: an equity audit, reports and service-user feedback by ethnic group, and equality impact assessments that report what they found.",
		source: "Key Actions: Performance monitoring and evaluation (\"Undertake Equity Audits\"); section 4.3 and Promising practice 3"
	}
];
/** The ids of the rules that serve a key action, as their meta declares. */
function rulesFor(action, rules) {
	return Object.keys(rules).filter((id) => rules[id]?.meta.keyAction?.id === action.id);
}
/** What a finding means for its rule's key action; a finding about the whole document means it is missing. */
function meaning(m, meta) {
	if (m.documentLevel) return "not-met";
	return m.messageId !== void 0 && meta.keyAction?.messages[m.messageId] || "not-met";
}
function assessAction(action, result, rules) {
	const serving = rulesFor(action, rules);
	const ran = new Set(result.rulesRun ?? []);
	const failures = result.messages.filter((m) => m.ruleFailure && m.ruleId !== null && serving.includes(m.ruleId));
	const failed = new Set(failures.map((m) => m.ruleId));
	const off = serving.filter((id) => !ran.has(id));
	const judged = serving.filter((id) => ran.has(id) && !failed.has(id));
	const base = {
		action,
		off,
		failures
	};
	if (judged.length === 0) return {
		...base,
		status: "not-checked",
		deciding: [],
		evidence: []
	};
	const findings = result.messages.filter((m) => !m.ruleFailure && m.ruleId !== null && judged.includes(m.ruleId));
	const evidence = (result.evidence ?? []).filter((e) => judged.includes(e.ruleId) && e.keyAction === action.id);
	const notMet = findings.filter((m) => meaning(m, rules[m.ruleId].meta) === "not-met");
	if (findings.length > 0 && evidence.length > 0) return {
		...base,
		status: "partly",
		deciding: [...notMet, ...findings.filter((m) => !notMet.includes(m))],
		evidence
	};
	if (notMet.length > 0) return {
		...base,
		status: "not-met",
		deciding: notMet,
		evidence
	};
	if (findings.length > 0) return {
		...base,
		status: "partly",
		deciding: findings,
		evidence
	};
	if (evidence.length > 0) return {
		...base,
		status: "met",
		deciding: [],
		evidence
	};
	const silent = judged.map((id) => rules[id].meta.keyAction?.silent).filter((x) => x !== void 0);
	const absent = silent.find((x) => x.status === "not-met");
	if (absent) return {
		...base,
		status: "not-met",
		deciding: [],
		evidence,
		reason: absent.reason
	};
	return {
		...base,
		status: "not-checked",
		deciding: [],
		evidence,
		reason: silent[0]?.reason ?? "nothing in the specification for its rules to judge"
	};
}
/** Every key action for one readable file (an unreadable one has no assessment). */
function assess(result, rules) {
	if (result.fatalErrorCount > 0) return void 0;
	return KEY_ACTIONS.map((action) => assessAction(action, result, rules));
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
/** Why the status is what it is, beyond its findings, in a phrase ("" when nothing needs saying): silence, rules off or failed. */
function statusNote(a) {
	const failed = [...new Set(a.failures.map((m) => m.ruleId))];
	const parts = [];
	if (a.reason) parts.push(a.reason);
	if (a.off.length > 0) parts.push(`${listIds(a.off)} ${a.off.length === 1 ? "is" : "are"} turned off`);
	if (failed.length > 0) parts.push(`${listIds(failed)} failed on this file, so its findings are missing`);
	return parts.join("; ");
}
const listIds = (ids) => ids.length <= 1 ? ids[0] ?? "" : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
export { countStatuses as a, assess as i, KEY_ACTIONS as n, rulesFor as o, STATUS_LABELS as r, statusNote as s, EVIDENCE as t };
