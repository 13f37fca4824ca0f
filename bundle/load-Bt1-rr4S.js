import { i as __toESM } from "./rolldown-runtime-DYf_mQCB.js";
import { t as PLACEHOLDER_LEXICONS } from "./placeholders-C0LYZs6z.js";
import { b as loadYaml, h as applyDirectives, m as packageRoot, x as ConfigError } from "./formats-CReMsX8I.js";
import { createRequire } from "node:module";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
// dist/src/core/rule.js
/** Identity helper that gives rule authors type checking and inference. */
function defineRule(rule) {
	return rule;
}
// dist/rules/lib/claims.js
/** The lexicons a rule that reads claims must declare. */
const CLAIM_LEXICONS = [
	"universal-claims",
	"claim-concepts",
	"claim-concept-exclusions",
	"claim-frames",
	"claim-blockers",
	"claim-reports",
	"eligibility"
];
/** A frame this close before the concept is quoted with it ("will reduce health inequalities"). */
const NEAR = 40;
/** How far (in characters) a frame may stand before or after the concept it frames. */
const FRAME_BEFORE = 120;
const FRAME_AFTER = 60;
/** Concept families that say who may use a service when eligibility criteria come with them. */
const ACCESS_FAMILIES = /* @__PURE__ */ new Set(["access", "needs"]);
/** Frame tags that commit: a purpose or duty ("ensure", "need to"), or a promise ("will", "committed to"). */
const COMMITS = /* @__PURE__ */ new Set(["commitment", "promise"]);
const PROMISES = /* @__PURE__ */ new Set(["promise"]);
/** Families that are claims in any frame: "regardless of", "no matter where they live". Culture words need a frame: "people of diverse cultural backgrounds use the service" is a finding. */
const SELF_FRAMED = /* @__PURE__ */ new Set(["universal"]);
/** `inner` lies wholly within `outer`. */
const within = (inner, outer) => outer.start <= inner.start && inner.end <= outer.end;
function claimReader(lexicons) {
	const phrases = lexicons.get("universal-claims");
	const concepts = lexicons.get("claim-concepts");
	const exclusions = lexicons.get("claim-concept-exclusions");
	const frames = lexicons.get("claim-frames");
	const blockers = lexicons.get("claim-blockers");
	const reports = lexicons.get("claim-reports");
	const eligibility = lexicons.get("eligibility");
	/** Every reading of a concept in the sentence. */
	const candidates = (text) => {
		const out = phrases.find(text).map((match) => ({
			match,
			family: "phrase"
		}));
		const found = concepts.find(text);
		if (found.length === 0) return out;
		const excluded = exclusions.find(text);
		const eligible = eligibility.test(text);
		for (const match of found) {
			if (excluded.some((e) => within(match, e))) continue;
			if (eligible && ACCESS_FAMILIES.has(match.tag ?? "")) continue;
			out.push({
				match,
				family: match.tag ?? "concept"
			});
		}
		return out.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
	};
	return (text) => {
		const found = candidates(text);
		if (found.length === 0) return void 0;
		const blocking = blockers.find(text);
		if (blocking.some((b) => b.tag !== "finding")) return void 0;
		const framing = frames.find(text);
		const outside = framing.filter((f) => !blocking.some((b) => f.start < b.end && b.start < f.end));
		if (blocking.length > 0 && !outside.some((f) => COMMITS.has(f.tag ?? ""))) return void 0;
		const reported = reports.find(text);
		if (reported.length > 0) {
			const needs = reported.some((r) => r.tag === "done") ? PROMISES : COMMITS;
			if (!outside.some((f) => needs.has(f.tag ?? ""))) return void 0;
		}
		for (const { match, family } of found) {
			const governing = framing.filter((f) => f.end <= match.start ? match.start - f.end <= FRAME_BEFORE : f.start >= match.end ? f.start - match.end <= FRAME_AFTER : true);
			if (governing.length === 0 && !SELF_FRAMED.has(family)) continue;
			const start = governing.filter((f) => f.end <= match.start && match.start - f.end <= NEAR).at(-1)?.start ?? match.start;
			return {
				words: {
					start,
					end: match.end,
					text: text.slice(start, match.end)
				},
				family
			};
		}
	};
}
// dist/rules/lib/specificity.js
/** The lexicons a specificity check reads. */
const SPECIFICITY_LEXICONS = [
	"groups",
	"languages",
	"mechanisms",
	"measures",
	"breakdowns",
	"comparisons"
];
/** A checker bound to the lexicons; `moreMechanisms` and `moreGroups` add a rule's own lists. */
function specificityChecker(lexicons, moreMechanisms, moreGroups) {
	const groups = lexicons.get("groups");
	const languages = lexicons.get("languages");
	const mechanisms = lexicons.get("mechanisms");
	const measures = lexicons.get("measures");
	const breakdowns = lexicons.get("breakdowns");
	const comparisons = lexicons.get("comparisons");
	return (text) => {
		const byGroup = breakdowns.test(text);
		return {
			group: byGroup || groups.test(text) || languages.test(text) || comparisons.test(text) || (moreGroups?.test(text) ?? false),
			mechanism: mechanisms.test(text) || (moreMechanisms?.test(text) ?? false),
			measure: byGroup || measures.test(text)
		};
	};
}
// dist/rules/lib/text.js
/** Small text helpers shared by the built-in rules (not rules themselves). */
/** "a, b and c" */
function listInEnglish(items) {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
// dist/rules/no-vague-equity-statement.js
const ASKS$1 = {
	group: ["no group", "which groups it means (for example Bangladeshi women, or Gypsy, Roma and Traveller families)"],
	mechanism: ["no mechanism", "what the service will do for them (for example professional interpreters, or sessions in named community venues)"],
	measure: ["no measure", "how it will be measured (for example uptake by ethnic group, reported each quarter, with a target)"]
};
const TEMPLATE = "The service will [what it will do, e.g. offer professional interpreters and sessions at named community venues] for [which groups, e.g. Bangladeshi and Somali residents], and will report [what, e.g. uptake by ethnic group against the local population] every [how often, e.g. quarter], with [a target, e.g. no group more than five percentage points below its share of the population].";
var no_vague_equity_statement_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Universal equality claims must name a group and a mechanism or measure",
			rationale: "Specifications often promise \"equitable provision for all\" and stop there. Such statements commit the provider to nothing a commissioner can check, and research found they rarely led to any change for minority ethnic people. A commitment becomes actionable when it says who it is for, what will be done, and how it will be measured.",
			source: "Salway et al. (2013), High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, Better Health Briefing 28, Race Equality Foundation, section 4.2 and Key Actions (Contracting and procuring services).",
			recommended: "error",
			strictOptions: [{ requireAll: true }],
			goodExample: "The service will offer appointments with Urdu- and Bengali-speaking staff and professional interpreters for other languages, and will report attendance by ethnic group each quarter against the practice population."
		},
		messages: {
			vague: "\"{{claim}}\" promises fairness but names {{missing}}. Say {{asks}}.",
			template: "Replace it with a specific commitment to complete"
		},
		schema: [{
			type: "object",
			properties: { requireAll: {
				type: "boolean",
				description: "Require a named group, a mechanism and a measure, not just a group and one of the other two."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ requireAll: false }],
		hasSuggestions: true,
		lexicons: [
			...CLAIM_LEXICONS,
			...SPECIFICITY_LEXICONS,
			"named-groups"
		],
		keyAction: {
			id: "response",
			messages: {
				vague: "not-met",
				template: "not-met"
			},
			silent: {
				status: "not-met",
				reason: "no equality commitment was found: nothing says what the service will do, for which groups"
			}
		}
	},
	create(context) {
		const { lexicons } = context;
		const readClaim = claimReader(lexicons);
		const specificity = specificityChecker(lexicons, void 0, lexicons.get("named-groups"));
		const requireAll = context.options[0]?.requireAll ?? false;
		const frames = lexicons.get("claim-frames");
		/**
		* Evidence only, never a finding: a commitment that is not a universal claim
		* but says what the service will do for a named group ("a smokeless tobacco
		* pathway for Bangladeshi women, delivered in Sylheti"). The population needs
		* section describes need, so it commits to nothing.
		*/
		function specificCommitment(sentence) {
			if (sentence.block.section.kind === "population-needs") return false;
			if (!frames.find(sentence.text).some((m) => COMMITS.has(m.tag ?? ""))) return false;
			const has = specificity(sentence.text);
			return has.group && (has.mechanism || has.measure);
		}
		return { sentence(sentence) {
			const claim = readClaim(sentence.text);
			if (!claim) {
				if (specificCommitment(sentence)) context.evidence({
					sentence,
					note: "a specific commitment for named groups"
				});
				return;
			}
			const text = sentence.text;
			const has = specificity(text);
			if (requireAll ? has.group && has.mechanism && has.measure : has.group && (has.mechanism || has.measure) || has.mechanism && has.measure) {
				context.evidence({
					sentence,
					note: "a specific equality commitment"
				});
				return;
			}
			const lacking = Object.keys(ASKS$1).filter((k) => !has[k]);
			context.report({
				sentence,
				messageId: "vague",
				data: {
					claim: claim.words.text,
					missing: listInEnglish(lacking.map((k) => ASKS$1[k][0])),
					asks: listInEnglish(lacking.map((k) => ASKS$1[k][1]))
				},
				suggest: [{
					messageId: "template",
					fix: { text: TEMPLATE }
				}]
			});
		} };
	}
});
// dist/rules/require-engagement-plan.js
/**
* Requires a plan for engaging minority ethnic communities, patients and
* carers, and voluntary, community and faith organisations: who, how, when,
* and how what they say changes the service.
*/
const FACET_ASKS = {
	who: "who will be engaged (for example named minority ethnic communities, voluntary, community and faith organisations, patients and carers)",
	how: "how (for example a community forum, a patient panel, listening events or co-production)",
	when: "when (for example twice a year, or before each contract review)",
	feedback: "how what people say will change the service (for example findings and the provider's response reviewed at the quarterly contract meeting)"
};
function findEngagement(doc, lexicons) {
	const engagement = lexicons.get("engagement");
	const sections = doc.sections.filter((s) => s.kind === "engagement" && s.heading);
	const sentences = [];
	for (const block of doc.blocks) {
		if (block.kind === "heading") continue;
		let inPlan = block.section.kind === "engagement";
		for (const sentence of block.sentences) {
			inPlan ||= engagement.test(sentence.text);
			if (inPlan) sentences.push(sentence);
		}
	}
	return {
		sections,
		sentences,
		headings: sections.map((s) => s.heading)
	};
}
var require_engagement_plan_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Require a plan to engage minority ethnic communities, patients and carers, and the voluntary, community and faith sector",
			rationale: "Sustained dialogue with minority ethnic patients, carers and communities, and with voluntary, community and faith organisations, helps commissioners and providers understand unmet need and find workable solutions. Research found these voices were often not \"at the table\", and that engagement with no visible influence undermined communities' confidence. A plan names who will be involved, how, how often, and how what they say changes the service.",
			source: "Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 2 (Partnership working and meaningful engagement) and Key Actions.",
			recommended: "error",
			strictOptions: [{ requireNamedGroups: true }],
			goodExample: "The provider will run listening events twice a year with the Somali Development Association and the Roma Support Group, with interpreters provided; findings and the provider's response will be reviewed at the quarterly contract meeting."
		},
		messages: {
			missing: "There is no plan for engaging people. Add an engagement section that says {{asks}}.",
			generic: "The engagement plan does not say {{missing}}. Add {{asks}}."
		},
		schema: [{
			type: "object",
			properties: { requireNamedGroups: {
				type: "boolean",
				description: "Require the plan to name minority ethnic communities or groups, not only \"patients\", \"carers\" or \"stakeholders\"."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ requireNamedGroups: false }],
		lexicons: [
			"engagement",
			"engagement-feedback",
			"engagement-how",
			"engagement-when",
			"engagement-who",
			"groups"
		],
		keyAction: {
			id: "engagement",
			messages: {
				missing: "not-met",
				generic: "not-met"
			}
		}
	},
	create(context) {
		const { lexicons } = context;
		const requireNamedGroups = context.options[0]?.requireNamedGroups ?? false;
		const facets = {
			who: requireNamedGroups ? (t) => lexicons.get("groups").test(t) : (t) => lexicons.get("engagement-who").test(t) || lexicons.get("groups").test(t),
			how: (t) => lexicons.get("engagement-how").test(t),
			when: (t) => lexicons.get("engagement-when").test(t),
			feedback: (t) => lexicons.get("engagement-feedback").test(t)
		};
		const order = [
			"who",
			"how",
			"when",
			"feedback"
		];
		return { documentEnd(doc) {
			const content = findEngagement(doc, lexicons);
			if (content.sentences.length === 0 && content.sections.length === 0) {
				context.report({
					messageId: "missing",
					data: { asks: listInEnglish(order.map((f) => FACET_ASKS[f])) }
				});
				return;
			}
			const texts = [...content.headings.map((h) => h.text), ...content.sentences.map((s) => s.text)];
			const lacking = order.filter((facet) => !texts.some((t) => facets[facet](t)));
			const missingWords = {
				who: requireNamedGroups ? "which minority ethnic communities will be engaged" : "who will be engaged",
				how: "how",
				when: "when",
				feedback: "how it will change the service"
			};
			const said = order.filter((facet) => !lacking.includes(facet));
			if (said.length > 0) {
				const at = content.sections[0] ? { section: content.sections[0] } : { sentence: content.sentences[0] };
				context.evidence({
					...at,
					note: `an engagement plan that says ${listInEnglish(said.map((f) => missingWords[f]))}`
				});
			}
			if (lacking.length === 0) return;
			const first = content.sentences[0];
			const home = first?.block.section;
			const homeSentences = home ? home.blocks.flatMap((b) => b.kind === "heading" ? [] : b.sentences) : [];
			const mostlyEngagement = homeSentences.filter((x) => content.sentences.includes(x)).length * 2 >= homeSentences.length;
			const target = content.sections[0] ? { section: content.sections[0] } : home?.heading && mostlyEngagement ? { section: home } : { sentence: first };
			context.report({
				...target,
				messageId: "generic",
				data: {
					missing: listInEnglish(lacking.map((f) => missingWords[f])),
					asks: listInEnglish(lacking.map((f) => FACET_ASKS[f]))
				}
			});
		} };
	}
});
// dist/src/core/negation.js
const NEGATION = /\b(?:not|no|never|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|without|nor|neither|unable)\b/gi;
const LOOK_BACK = 80;
function isNegated(text, start) {
	let window = text.slice(Math.max(0, start - LOOK_BACK), start);
	const clause = Math.max(...[
		".",
		";",
		":",
		"?",
		"!",
		",",
		"(",
		")"
	].map((c) => window.lastIndexOf(c)));
	if (clause !== -1) window = window.slice(clause + 1);
	window = window.split(/\s+/).slice(-6).join(" ");
	let last;
	for (const m of window.matchAll(NEGATION)) last = m;
	if (!last) return false;
	return !/\bbut\b/i.test(window.slice(last.index + last[0].length));
}
/** The lexicon's matches in the text that are not negated. */
function affirmedMatches(lexicon, text) {
	return lexicon.find(text).filter((m) => !isNegated(text, m.start));
}
/** Does the text contain a match of the lexicon that is not negated? */
function affirms(lexicon, text) {
	const first = lexicon.first(text);
	if (!first) return false;
	return !isNegated(text, first.start) || affirmedMatches(lexicon, text).length > 0;
}
// dist/src/core/locate.js
/** Source offset of a text offset in a block (end offsets map to span ends). */
function sourceOffset(block, textOffset, isEnd = false) {
	const spans = block.spans;
	if (spans.length === 0) return 0;
	for (const span of spans) {
		const spanEnd = span.textStart + span.length;
		if (textOffset < span.textStart) return span.sourceStart;
		if (textOffset < spanEnd || isEnd && textOffset === spanEnd) {
			if (span.verbatim) return span.sourceStart + (textOffset - span.textStart);
			return isEnd ? span.sourceEnd : span.sourceStart;
		}
	}
	return spans[spans.length - 1].sourceEnd;
}
function locateRange(doc, block, start, end) {
	const sourceStart = sourceOffset(block, start);
	const sourceEnd = Math.max(sourceStart, sourceOffset(block, end, true));
	return {
		start: doc.positionAt(sourceStart),
		end: doc.positionAt(sourceEnd),
		sourceStart,
		sourceEnd
	};
}
/** Heading texts from the top of the document down to this section. */
function headingPath(section) {
	const path = [];
	for (let s = section; s?.heading; s = s.parent) path.push(s.headingText);
	return path.reverse();
}
const QUOTE_LIMIT = 300;
const isSpace = (c) => /\s/.test(c);
/**
* Whitespace collapsed; long text cut at a word boundary (formatters add the
* ellipsis). Only as much of the text is read as the quote needs: collapsing
* all of a 1 MB sentence for each of its thousands of findings was quadratic,
* and each short quote kept its whole flattened copy alive (out of memory).
*/
function quoteOf(text) {
	const chars = [];
	let space = false;
	for (let i = 0; i < text.length && chars.length <= QUOTE_LIMIT; i++) {
		const c = text[i];
		if (isSpace(c)) {
			space = chars.length > 0;
			continue;
		}
		if (space) chars.push(" ");
		space = false;
		chars.push(c);
	}
	const flat = chars.join("");
	if (flat.length <= QUOTE_LIMIT) return flat;
	const cut = flat.lastIndexOf(" ", QUOTE_LIMIT);
	return flat.slice(0, cut > QUOTE_LIMIT / 2 ? cut : QUOTE_LIMIT);
}
// dist/rules/lib/indicators.js
/** The lexicons these helpers read. */
const INDICATOR_LEXICONS = [
	"indicator-headers",
	"indicator-target-headers",
	"indicator-words",
	"measures"
];
const OUTCOME_KINDS = /* @__PURE__ */ new Set(["outcomes", "quality-requirements"]);
const isOutcomeSection = (s) => OUTCOME_KINDS.has(s.kind);
/** A sentence ending in a colon introduces the indicators that follow; it is not one. */
const introducesList = (text) => text.trimEnd().endsWith(":");
/** A column name is a few words ("Target", "Reporting frequency"), not a sentence. */
const isColumnName = (text) => text.trim().split(/\s+/).length <= 4;
function rowIndicator(table, row, targetHeaders) {
	const cells = row.filter((c) => c.kind !== "heading");
	if (cells.length === 0) return void 0;
	const targetColumns = table.header.map((h, i) => targetHeaders.test(h ?? "") ? i : -1).filter((i) => i >= 0);
	const target = cells.filter((c) => targetColumns.includes(c.cell.column)).map((c) => c.text);
	return {
		name: quoteOf(cells[0].text),
		text: cells.map((c) => c.text).join(" | "),
		target: target.length > 0 ? target.join(" ") : cells.slice(1).map((c) => c.text).join(" "),
		section: cells[0].section,
		cells
	};
}
/** Everything in the document that reads as an outcome indicator. */
function findIndicators(doc, lexicons) {
	const measures = lexicons.get("measures");
	const headers = lexicons.get("indicator-headers");
	const targetHeaders = lexicons.get("indicator-target-headers");
	const words = lexicons.get("indicator-words");
	const indicators = [];
	for (const table of doc.tables) {
		const byHeader = table.header.some((h) => headers.test(h ?? ""));
		const body = table.header.length > 0 ? table.rows.slice(1) : table.rows;
		for (const row of body) {
			const indicator = rowIndicator(table, row, targetHeaders);
			if (!indicator) continue;
			if (indicator.cells.every((c) => isColumnName(c.text) && (headers.test(c.text) || targetHeaders.test(c.text)))) continue;
			const filled = indicator.cells.filter((c) => c.text.trim() !== "");
			if (!byHeader && filled.length === 1) {
				const cell = filled[0];
				if (isOutcomeSection(cell.section) && !introducesList(cell.text) && (measures.test(cell.text) || words.test(cell.text))) indicators.push({
					name: quoteOf(cell.text),
					text: cell.text,
					target: cell.text,
					section: cell.section,
					block: cell
				});
				continue;
			}
			if (byHeader || isOutcomeSection(indicator.section) && measures.test(indicator.text)) indicators.push(indicator);
		}
	}
	for (const block of doc.blocks) {
		if (block.cell || block.kind === "heading" || !isOutcomeSection(block.section)) continue;
		for (const sentence of block.sentences) {
			if (introducesList(sentence.text)) continue;
			if (block.kind === "list-item" || measures.test(sentence.text) || words.test(sentence.text)) indicators.push({
				name: quoteOf(sentence.text),
				text: sentence.text,
				target: sentence.text,
				section: block.section,
				block
			});
		}
	}
	return indicators;
}
// dist/rules/require-ethnicity-outcome-indicators.js
/**
* Requires at least one outcome indicator broken down by ethnicity (or a
* target for named minority ethnic groups). Without one, a commissioner
* cannot see whether the service works for minority ethnic people.
*/
const HAS_NUMBER = /\d/;
function topOutcomeSections(doc) {
	return doc.sections.filter((s) => isOutcomeSection(s) && !(s.parent && isOutcomeSection(s.parent)));
}
const MAX_LISTED$1 = 4;
var require_ethnicity_outcome_indicators_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Outcome indicators must include one broken down by ethnicity or a target for minority ethnic groups",
			rationale: "Research on commissioning found that outcome indicators were rarely specified in terms of ethnicity, so contract monitoring could not show whether a service worked for minority ethnic people, and nobody was prompted to act. Key performance indicators that demand ethnic breakdowns and set explicit targets for minority ethnic groups, or a CQUIN tied to their outcomes, give commissioners a lever.",
			source: "Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.3 and Promising practice 3; Key Actions (Performance monitoring and evaluation).",
			recommended: "error",
			strictOptions: [{ requireTargets: true }],
			goodExample: "| Women booked by 10 weeks, reported by ethnic group | 75% in every ethnic group, reviewed quarterly |"
		},
		messages: {
			missingOutcomes: "The specification has no outcomes, KPI or quality requirements section and no indicator table. Add one with indicators reported by ethnic group and targets for the groups with the poorest outcomes.",
			noIndicators: "This section sets out no indicators. List the outcome indicators here, each reported by ethnic group, with targets for the groups with the poorest outcomes.",
			noBreakdown: "None of the {{count}} outcome indicators ({{indicators}}) is reported by ethnic group or sets a target for minority ethnic groups. Report at least the main ones by ethnic group and set a target for the groups with the poorest outcomes.",
			noTarget: "Indicators are reported by ethnic group ({{indicators}}) but none sets a target for minority ethnic groups. Add a target, for example \"75% in every ethnic group\" or \"no gap greater than 5 percentage points\"."
		},
		schema: [{
			type: "object",
			properties: { requireTargets: {
				type: "boolean",
				description: "A breakdown by ethnicity is not enough: require a numeric target that applies to named groups or to every ethnic group."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ requireTargets: false }],
		lexicons: [
			...INDICATOR_LEXICONS,
			"breakdowns",
			"groups",
			"per-group-targets"
		],
		keyAction: {
			id: "outcomes",
			messages: {
				missingOutcomes: "not-met",
				noIndicators: "not-met",
				noBreakdown: "not-met",
				noTarget: "partly"
			}
		}
	},
	create(context) {
		const { lexicons } = context;
		const measures = lexicons.get("measures");
		const breakdowns = lexicons.get("breakdowns");
		const groups = lexicons.get("groups");
		/** A target that applies across groups rather than to the service as a whole. */
		const perGroup = lexicons.get("per-group-targets");
		const requireTargets = context.options[0]?.requireTargets ?? false;
		return { documentEnd(doc) {
			const indicators = findIndicators(doc, lexicons);
			const sections = topOutcomeSections(doc);
			if (indicators.length === 0) {
				if (sections.length > 0) context.report({
					section: sections[0],
					messageId: "noIndicators"
				});
				else context.report({ messageId: "missingOutcomes" });
				return;
			}
			const byEthnicity = indicators.filter((i) => affirms(breakdowns, i.text) || affirms(groups, i.text));
			const withTarget = byEthnicity.filter((i) => (HAS_NUMBER.test(i.target) || measures.test(i.target)) && (affirms(groups, i.target) || affirms(breakdowns, i.target) || perGroup.test(i.target)));
			const where = sections.find((s) => indicators.some((i) => i.section === s || isWithin(i.section, s))) ?? indicators[0].section;
			const list = (items) => items.slice(0, MAX_LISTED$1).map((i) => `"${shorten$4(i.name)}"`).join(", ") + (items.length > MAX_LISTED$1 ? ", …" : "");
			const shown = withTarget[0] ?? byEthnicity[0];
			if (shown) context.evidence({
				...shown.block ? { block: shown.block } : { block: shown.cells[0] },
				note: "an indicator reported by ethnic group"
			});
			if (byEthnicity.length === 0) context.report({
				section: where,
				messageId: "noBreakdown",
				data: {
					count: indicators.length,
					indicators: list(indicators)
				}
			});
			else if (requireTargets && withTarget.length === 0) context.report({
				section: where,
				messageId: "noTarget",
				data: { indicators: list(byEthnicity) }
			});
		} };
	}
});
function isWithin(section, ancestor) {
	for (let s = section; s; s = s.parent) if (s === ancestor) return true;
	return false;
}
function shorten$4(text) {
	return text.length > 60 ? `${text.slice(0, text.lastIndexOf(" ", 57) > 30 ? text.lastIndexOf(" ", 57) : 57)}…` : text;
}
// dist/rules/lib/ethnicity-data.js
/** The lexicons these helpers read. */
const ETHNICITY_DATA_LEXICONS = [
	"category-codes",
	"completeness",
	"data-gaps",
	"dimension-gaps",
	"dimension-terms",
	"ethnicity-recording",
	"evidence-gaps",
	"gap-actions",
	"groups",
	"quantities",
	"recording-duties",
	"small-numbers"
];
const CELL_SEPARATOR = " | ";
/** Every sentence of prose (headings excluded) and every table row, in document order. */
function textUnits(doc) {
	const units = [];
	for (const block of doc.blocks) {
		if (block.kind === "heading" || block.cell) continue;
		for (const sentence of block.sentences) units.push({
			text: sentence.text,
			section: block.section,
			sentence,
			order: block.index
		});
	}
	for (const table of doc.tables) for (const row of table.rows) {
		const cells = row.filter((c) => c.kind !== "heading" && c.text.trim() !== "");
		if (cells.length === 0) continue;
		units.push({
			text: cells.map((c) => c.text).join(CELL_SEPARATOR),
			section: cells[0].section,
			cells,
			order: cells[0].index
		});
	}
	return units.sort((a, b) => a.order - b.order);
}
/** The sentence a reader meets next in the same section: in the paragraph, or the next paragraph or list item. */
function nextSentence(doc, sentence) {
	const block = sentence.block;
	const i = block.sentences.indexOf(sentence);
	if (i >= 0 && i + 1 < block.sentences.length) return block.sentences[i + 1];
	const next = doc.blocks[block.index + 1];
	if (!next || next.section !== block.section || next.kind === "heading" || next.cell) return void 0;
	return next.sentences[0];
}
/** The block and offsets in it that a match in a unit's text falls in, for reporting. */
function unitTarget(unit, match) {
	if (unit.sentence) return { sentence: unit.sentence };
	const cells = unit.cells;
	let offset = 0;
	for (const cell of cells) {
		const end = offset + cell.text.length;
		if (!match || match.start < end) return { block: cell };
		offset = end + 3;
	}
	return { block: cells[cells.length - 1] };
}
/** A quoted phrase is a mention, not a use: 'recorded (not "not known")' admits no gap. */
function quoted(text, m) {
	return /["“‘']/.test(text[m.start - 1] ?? "") && /["”’']/.test(text[m.end] ?? "");
}
const unquoted = (text, matches) => matches.filter((m) => !quoted(text, m));
/**
* Does the text admit a gap in ethnicity data ("ethnicity is not recorded for
* 40% of referrals")? `context`, where the subject may be named, defaults to the text.
*/
function findEthnicityGap(text, lexicons, context = text) {
	const specific = unquoted(text, lexicons.get("dimension-gaps").find(text))[0];
	const small = unquoted(text, lexicons.get("small-numbers").find(text))[0];
	if (specific) return {
		phrase: specific,
		kind: small ? "small-numbers" : "recording"
	};
	const evidence = unquoted(text, lexicons.get("evidence-gaps").find(text))[0];
	const general = unquoted(text, lexicons.get("data-gaps").find(text)).find((m) => !evidence || m.end <= evidence.start || m.start >= evidence.end);
	if (!general && !small && !evidence) return void 0;
	if (!(lexicons.get("dimension-terms").test(context) || lexicons.get("groups").test(context) || lexicons.get("ethnicity-recording").test(context))) return void 0;
	if (small) return {
		phrase: small,
		kind: "small-numbers"
	};
	if (general) return {
		phrase: general,
		kind: "recording"
	};
	return {
		phrase: evidence,
		kind: "evidence"
	};
}
/**
* The gap a unit admits. In a table row that sets a figure ("Ethnicity not
* stated | below 5%"), the first cell names an indicator rather than
* admitting a gap, so only the other cells ("Baseline: not available") count.
*/
function findUnitGap(unit, lexicons) {
	const cells = unit.cells;
	if (!cells || cells.length < 2) return findEthnicityGap(unit.text, lexicons);
	const rest = cells.slice(1).map((c) => c.text).join(CELL_SEPARATOR);
	if (!lexicons.get("quantities").test(rest)) return findEthnicityGap(unit.text, lexicons);
	const gap = findEthnicityGap(rest, lexicons, unit.text);
	if (!gap) return void 0;
	const shift = cells[0].text.length + 3;
	return {
		...gap,
		phrase: {
			...gap.phrase,
			start: gap.phrase.start + shift,
			end: gap.phrase.end + shift
		}
	};
}
/**
* Duties to record ethnicity: outside the population needs section (where
* recording is described, not required), and not an admission that it is
* missing, unless the same sentence commits to fixing it.
*/
function findRecordingDuties(doc, lexicons, units = textUnits(doc)) {
	const recording = lexicons.get("ethnicity-recording");
	const duties = lexicons.get("recording-duties");
	const dimension = lexicons.get("dimension-terms");
	const completeness = lexicons.get("completeness");
	const codes = lexicons.get("category-codes");
	const actions = lexicons.get("gap-actions");
	const out = [];
	for (const unit of units) {
		if (unit.section.kind === "population-needs") continue;
		const text = unit.text;
		const phrase = recording.first(text) ?? (dimension.test(text) ? duties.first(text) : void 0);
		if (!phrase) continue;
		if (findUnitGap(unit, lexicons) && !actions.test(text)) continue;
		const next = unit.sentence ? nextSentence(doc, unit.sentence)?.text ?? "" : "";
		out.push({
			unit,
			phrase,
			completeness: completeness.test(text) || completeness.test(next),
			nationalCodes: codes.test(text) || codes.test(next)
		});
	}
	return out;
}
// dist/rules/require-ethnicity-needs-analysis.js
/**
* Requires the population needs section to describe local need by ethnicity:
* which groups live locally, in what numbers, and which have the poorest
* access or outcomes. A specification that starts from "the local population
* is diverse" gives the provider nothing to respond to.
*/
const ASKS = "local figures by ethnic group (for example \"41% of births were to women from Black, Asian and mixed ethnic groups\"), which groups have the poorest access or outcomes (for example \"recovery was 38% for Bangladeshi patients against 52% for White British patients\"), and where the figures come from (the JSNA, the 2021 Census, a local equity audit, or the provider's activity data by ethnic group)";
const MAX_QUOTE$1 = 160;
const MAX_GROUPS = 4;
function shortQuote$1(text) {
	const flat = quoteOf(text);
	if (flat.length <= MAX_QUOTE$1) return flat.replace(/[.;:,]$/, "");
	const cut = flat.lastIndexOf(" ", 159);
	return `${flat.slice(0, cut > MAX_QUOTE$1 / 2 ? cut : 159)}…`;
}
/** Matches not inside a longer one: "Black African", not also "African". */
function outermost(matches) {
	return matches.filter((m) => !matches.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}
const isNeeds = (s) => s.kind === "population-needs";
/** A subsection whose own heading names the national picture and not the local one ("1.1 National context and evidence base"). */
function isNationalOnly(section, lexicons) {
	const tags = lexicons.get("needs-scope").find(section.title).map((m) => m.tag);
	return tags.includes("national") && !tags.includes("local");
}
/** A sentence that opens on the national picture ("Nationally, ...", "Research shows ...") and says nothing local. */
function opensNational(text, lexicons) {
	const matches = lexicons.get("needs-scope").find(text);
	if (matches.some((m) => m.tag === "local")) return false;
	const first = matches.find((m) => m.tag === "national");
	return first !== void 0 && text.slice(0, first.start).trim().split(/\s+/).filter(Boolean).length <= 1;
}
/** The content that can describe local need: not national subsections, not national sentences. */
function localNeedsUnits(sections, units, lexicons) {
	const excluded = /* @__PURE__ */ new Set();
	for (const s of sections) for (let t = s; t && isNeeds(t); t = t.parent) if (isNationalOnly(t, lexicons)) {
		excluded.add(s);
		break;
	}
	return units.filter((u) => isNeeds(u.section) && !excluded.has(u.section) && !opensNational(u.text, lexicons));
}
var require_ethnicity_needs_analysis_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "The population needs section must describe local need by ethnic group",
			rationale: "Commissioners rarely assess unmet need among minority ethnic groups: reviews of needs assessments found gaps in basic descriptive information by ethnicity, and low uptake by minority ethnic groups was seldom shown even where service data existed. A specification that names the local groups, gives figures for them and says which have the poorest access or outcomes tells the provider what it must respond to, and gives a baseline to monitor against.",
			source: "Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.1 (Strategic planning), Promising practice 1 and 2, and Key Actions (Strategic planning).",
			recommended: "warn",
			strictOptions: [{ requireFigures: true }],
			goodExample: "At the 2021 Census, 22% of residents belonged to minority ethnic groups, mainly Pakistani (9%), Indian (3%) and Black African (3%). In 2025/26 recovery was 52% for White British patients but 41% for Pakistani and 38% for Bangladeshi patients (provider data)."
		},
		messages: {
			missing: "The population needs section says nothing about local need by ethnic group. Add {{asks}}.",
			vague: "The population needs section does not describe local need by ethnic group: the nearest it comes is \"{{quote}}\". Add {{asks}}.",
			noFigures: "The population needs section mentions {{groups}} but gives no figure for any ethnic group. Add {{asks}}."
		},
		schema: [{
			type: "object",
			properties: { requireFigures: {
				type: "boolean",
				description: "Naming groups is not enough: require at least one figure (a percentage, count or rate) tied to an ethnic group."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ requireFigures: false }],
		lexicons: [
			...ETHNICITY_DATA_LEXICONS,
			"breakdowns",
			"diversity-statements",
			"needs-evidence",
			"needs-scope"
		],
		keyAction: {
			id: "needs",
			messages: {
				missing: "not-met",
				vague: "not-met",
				noFigures: "partly"
			},
			silent: {
				status: "not-checked",
				reason: "there is no population needs section to judge"
			}
		}
	},
	create(context) {
		const { lexicons } = context;
		const requireFigures = context.options[0]?.requireFigures ?? false;
		const groups = lexicons.get("groups");
		const breakdowns = lexicons.get("breakdowns");
		const evidence = lexicons.get("needs-evidence");
		const quantities = lexicons.get("quantities");
		const diversity = lexicons.get("diversity-statements");
		return { documentEnd(doc) {
			const sections = doc.sections.filter((s) => isNeeds(s) && s.heading);
			const top = sections.find((s) => !(s.parent && isNeeds(s.parent)));
			if (!top) return;
			const units = localNeedsUnits(sections, textUnits(doc), lexicons);
			const hasFigure = (u) => quantities.test(u.text);
			const mentionsEthnicity = (u) => groups.test(u.text) || breakdowns.test(u.text) || evidence.test(u.text);
			const byEthnicity = (u) => groups.test(u.text) || (affirms(breakdowns, u.text) || evidence.test(u.text)) && hasFigure(u);
			const describing = units.filter((u) => byEthnicity(u) && (!findUnitGap(u, lexicons) || hasFigure(u) && groups.test(u.text)));
			if (describing.length === 0) {
				const nearest = units.find((u) => (diversity.test(u.text) || mentionsEthnicity(u)) && !findUnitGap(u, lexicons)) ?? units.find((u) => findUnitGap(u, lexicons));
				if (nearest) context.report({
					section: top,
					messageId: "vague",
					data: {
						quote: shortQuote$1(nearest.text),
						asks: ASKS
					}
				});
				else context.report({
					section: top,
					messageId: "missing",
					data: { asks: ASKS }
				});
				return;
			}
			const shown = describing.find(hasFigure) ?? describing[0];
			context.evidence({
				...unitTarget(shown),
				note: "local need described by ethnic group"
			});
			if (requireFigures && !describing.some(hasFigure)) {
				const named = [...new Set(describing.flatMap((u) => outermost(groups.find(u.text)).map((m) => m.text)))];
				const list = named.length > 0 ? listInEnglish(named.slice(0, MAX_GROUPS).map((g) => `"${g}"`)) : "ethnic groups";
				context.report({
					section: top,
					messageId: "noFigures",
					data: {
						groups: list,
						asks: ASKS
					}
				});
			}
		} };
	}
});
// dist/rules/require-ethnicity-data-recording.js
/**
* Requires a duty to record ethnicity with the national ethnic category codes
* and to report how complete the recording is. Without it nothing else about
* ethnicity in a specification can be monitored.
*/
const EXAMPLE$1 = "Ethnic category will be recorded for every referral using the national ethnic category codes in the NHS Data Dictionary, as stated by the patient. The provider will report completeness (records not coded \"not stated\" or \"not known\") monthly, with a target of 95% by March 2028.";
/** Where a recording duty belongs: the monitoring or information requirements section, else quality requirements. */
function placeFor(doc) {
	const top = (s) => Boolean(s.heading) && s.ownKind !== void 0 && !(s.parent && s.parent.kind === s.kind);
	const section = doc.sections.find((s) => s.kind === "monitoring" && top(s)) ?? doc.sections.find((s) => s.kind === "quality-requirements" && top(s));
	return section ? `section "${section.headingText}"` : "a monitoring or information requirements section (or the quality requirements section)";
}
const MAX_QUOTE = 120;
function shortQuote(text) {
	const flat = quoteOf(text);
	if (flat.length <= MAX_QUOTE) return flat.replace(/[.;:,]$/, "");
	const cut = flat.lastIndexOf(" ", 119);
	return `${flat.slice(0, cut > MAX_QUOTE / 2 ? cut : 119)}…`;
}
var require_ethnicity_data_recording_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Require a duty to record ethnicity with the national codes and to report its completeness",
			rationale: "Incomplete ethnic monitoring at service level is one of the main obstacles to seeing and tackling ethnic inequalities: without recorded ethnicity, access, experience and outcomes cannot be compared between groups. Research found these gaps were tolerated year after year. A specification should require ethnic category to be recorded for every patient with the national codes, so figures can be compared with the Census, and make the provider report completeness against a target, with an improvement plan where it falls short.",
			source: "Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 3 (Mobilisation and use of evidence), section 4.3 and Promising practice 3 (KPIs around ethnic monitoring); Key Actions (Cross-cutting action).",
			recommended: "warn",
			strictOptions: [{
				requireCompleteness: true,
				requireNationalCodes: true
			}],
			goodExample: EXAMPLE$1
		},
		messages: {
			missing: "The specification does not require the provider to record ethnicity, so nobody will be able to tell whether the service reaches and works for minority ethnic people{{noted}}. Add to {{where}} a duty to record ethnic category for every patient with the national ethnic category codes and to report its completeness, for example: \"{{example}}\"",
			noCompleteness: "Ethnicity is to be recorded (\"{{found}}\") but no completeness measure is set, so gaps in recording can go unseen. Add a completeness target and say how it will be reported, for example: \"The provider will report ethnic category completeness monthly, with a target of 95% by March 2028.\"",
			noNationalCodes: "Ethnicity is to be recorded (\"{{found}}\") but the specification does not say to use the national ethnic category codes. Add \"using the national ethnic category codes in the NHS Data Dictionary, as stated by the patient\", so figures can be compared with the Census and with other services."
		},
		schema: [{
			type: "object",
			properties: {
				requireCompleteness: {
					type: "boolean",
					description: "Require a completeness measure (completeness, a percentage or a target) for ethnicity recording, not only a duty to record it."
				},
				requireNationalCodes: {
					type: "boolean",
					description: "Require the recording duty to name the national ethnic category codes (NHS Data Dictionary) or the Census classification."
				}
			},
			additionalProperties: false
		}],
		defaultOptions: [{
			requireCompleteness: true,
			requireNationalCodes: false
		}],
		lexicons: [...ETHNICITY_DATA_LEXICONS],
		keyAction: {
			id: "recording",
			messages: {
				missing: "not-met",
				noCompleteness: "partly",
				noNationalCodes: "partly"
			}
		}
	},
	create(context) {
		const { lexicons } = context;
		const requireCompleteness = context.options[0]?.requireCompleteness ?? true;
		const requireNationalCodes = context.options[0]?.requireNationalCodes ?? false;
		return { documentEnd(doc) {
			const units = textUnits(doc);
			const duties = findRecordingDuties(doc, lexicons, units);
			if (duties.length === 0) {
				const gap = units.find((u) => findUnitGap(u, lexicons));
				context.report({
					messageId: "missing",
					data: {
						noted: gap ? `; it notes "${shortQuote(gap.text)}" but asks nothing of the provider` : "",
						where: placeFor(doc),
						example: EXAMPLE$1
					}
				});
				return;
			}
			const first = duties[0];
			context.evidence({
				...unitTarget(first.unit, first.phrase),
				note: "a duty to record ethnicity"
			});
			if (requireCompleteness && !duties.some((d) => d.completeness)) context.report({
				...unitTarget(first.unit, first.phrase),
				messageId: "noCompleteness",
				data: { found: first.phrase.text }
			});
			if (requireNationalCodes && !duties.some((d) => d.nationalCodes)) context.report({
				...unitTarget(first.unit, first.phrase),
				messageId: "noNationalCodes",
				data: { found: first.phrase.text }
			});
		} };
	}
});
// dist/rules/require-language-access.js
/**
* Requires provision for people who speak little or no English: professional
* interpreting, community languages and translated information. Also flags
* reliance on family members or friends to interpret.
*/
const EXAMPLE = "Professional interpreters, face to face, by telephone or video, and British Sign Language interpreters will be booked for every appointment where the patient prefers a language other than English; family members, friends and children will not be used to interpret. Leaflets and appointment letters will be available in Urdu, Polish and Somali and in easy read.";
const ASK_INTERPRETING = "professional interpreters (face to face, by telephone or video, and British Sign Language) booked for every appointment where the person prefers a language other than English, with family members, friends and children not used to interpret";
function provisionIn(text, lexicons) {
	const falseFriends = lexicons.get("language-false-friends").find(text);
	const inFalseFriend = (m) => falseFriends.some((f) => f.start < m.end && m.start < f.end);
	const out = lexicons.get("language-access").find(text).filter((m) => !inFalseFriend(m)).map((m) => ({
		text: m.text,
		tag: m.tag ?? "language"
	}));
	const before = lexicons.get("language-use-before");
	const after = lexicons.get("language-use-after");
	const spoken = lexicons.get("language-spoken");
	for (const m of lexicons.get("languages").find(text)) {
		const following = text.slice(m.end, m.end + 16);
		if (before.test(text.slice(Math.max(0, m.start - 16), m.start)) || after.test(following)) out.push({
			text: m.text,
			tag: spoken.test(following) ? "interpreting" : "language"
		});
	}
	return out;
}
/** "Family members may interpret", unless the sentence rules it out ("will not be used", "rather than") or limits it to an emergency. */
function informalInterpreting(text, lexicons, interpreting) {
	const match = lexicons.get("informal-interpreting").find(text).find((m) => m.tag !== "with-interpreting" || interpreting);
	if (!match || lexicons.get("interpreting-safeguards").test(text)) return void 0;
	return match;
}
function serviceDescription(doc) {
	return doc.sections.find((s) => s.heading && s.ownKind === "service-description") ?? doc.sections.find((s) => s.heading && s.kind === "service-description");
}
const MAX_LANGUAGES = 4;
var require_language_access_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Require interpreting, translation and community-language provision, and no reliance on family members to interpret",
			rationale: "Language is one of the most direct barriers minority ethnic people meet in health services. Research on commissioning found that specifications rarely spelt out how a service must meet minority ethnic people's needs, and that the improvements that worked were concrete ones such as link workers and courses in community languages. A specification should require professional interpreting and translated information in the main local languages; relying on family members, friends or children to interpret risks errors and stops people disclosing what matters.",
			source: "Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.2 (Contracting and procuring services), Promising practice 2, and Key Actions (Contracting and procuring services).",
			recommended: "warn",
			strictOptions: [{ requireInterpreting: true }],
			goodExample: EXAMPLE
		},
		messages: {
			missing: "The specification makes no provision for people who speak little or no English{{languages}}: no interpreting, no translated information and no sessions in community languages. Add to {{where}} {{ask}}, and key information translated into the main local languages, for example: \"{{example}}\"",
			formatsOnly: "\"{{found}}\" helps people who need large print, easy read or braille, but nothing in the specification provides for people who speak little or no English. Add to {{where}} {{ask}}, and key information translated into the main local languages{{languages}}.",
			noInterpreting: "The specification offers translated or community-language provision (\"{{found}}\") but no interpreting. Add to {{where}} {{ask}}.",
			informalInterpreting: "\"{{found}}\" relies on family members or friends to interpret. National guidance on NHS interpreting advises professional interpreters instead, except in an emergency: relatives can mistranslate, and patients may not disclose symptoms, abuse or worries through them. Say instead, for example: \"Professional interpreters will be booked for every appointment where the patient prefers a language other than English; family members, friends and children will not be used to interpret except in an emergency.\""
		},
		schema: [{
			type: "object",
			properties: { requireInterpreting: {
				type: "boolean",
				description: "Translated information alone is not enough: require spoken or signed support (interpreters, or bilingual staff)."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ requireInterpreting: false }],
		lexicons: [
			"informal-interpreting",
			"interpreting-safeguards",
			"language-access",
			"language-false-friends",
			"language-spoken",
			"language-use-after",
			"language-use-before",
			"languages"
		],
		keyAction: {
			id: "language",
			messages: {
				missing: "not-met",
				formatsOnly: "not-met",
				noInterpreting: "partly",
				informalInterpreting: "partly"
			}
		}
	},
	create(context) {
		const { lexicons } = context;
		const requireInterpreting = context.options[0]?.requireInterpreting ?? false;
		return { documentEnd(doc) {
			const provisions = [];
			let informal = 0;
			const needLanguages = [];
			for (const block of doc.blocks) {
				if (block.kind === "heading") continue;
				for (const sentence of block.sentences) {
					if (block.section.kind === "population-needs") {
						for (const m of lexicons.get("languages").find(sentence.text)) if (!needLanguages.includes(m.text)) needLanguages.push(m.text);
						continue;
					}
					const found = provisionIn(sentence.text, lexicons);
					const loose = informalInterpreting(sentence.text, lexicons, found.some((f) => f.tag === "interpreting"));
					if (loose) {
						informal++;
						context.report({
							sentence,
							messageId: "informalInterpreting",
							data: { found: loose.text }
						});
						continue;
					}
					for (const match of found) provisions.push({
						sentence,
						match
					});
				}
			}
			const named = listInEnglish(needLanguages.slice(0, MAX_LANGUAGES));
			const languages = named ? ` (the population needs section mentions ${named})` : "";
			const section = serviceDescription(doc);
			const where = section ? `the service description (section "${section.headingText}")` : "the service description";
			if (provisions.length === 0) {
				if (informal > 0) return;
				context.report({
					messageId: "missing",
					data: {
						languages,
						where,
						ask: ASK_INTERPRETING,
						example: EXAMPLE
					}
				});
				return;
			}
			const spoken = provisions.find((p) => p.match.tag === "interpreting");
			const language = provisions.find((p) => p.match.tag === "language");
			if (!spoken && !language) {
				const first = provisions[0];
				context.report({
					sentence: first.sentence,
					messageId: "formatsOnly",
					data: {
						found: first.match.text,
						where,
						ask: ASK_INTERPRETING,
						languages: named ? ` (for example ${named})` : ""
					}
				});
				return;
			}
			const passing = spoken ?? language;
			context.evidence({
				sentence: passing.sentence,
				note: spoken ? "interpreting provided" : "community-language provision"
			});
			if (requireInterpreting && !spoken) context.report({
				sentence: language.sentence,
				messageId: "noInterpreting",
				data: {
					found: language.match.text,
					where,
					ask: ASK_INTERPRETING
				}
			});
		} };
	}
});
// dist/rules/no-tolerated-data-gap.js
/**
* Flags a sentence that admits a gap in ethnicity data ("ethnicity is not
* recorded for 40% of referrals", "small numbers mean we cannot analyse by
* ethnicity") when nothing says how the gap will be closed. Better Health
* Briefing 28 found such gaps "allowed to persist year-on-year".
*/
const EXAMPLES = {
	recording: "The provider will record ethnic category for every referral using the national ethnic category codes and raise completeness from 60% to 95% by March 2028, reported monthly to the commissioner.",
	"small-numbers": "The provider will pool three years of data and add insight work with the Somali and Roma communities, reported in the annual equity audit from March 2028.",
	evidence: "The provider will evaluate the adapted programme with the Traveller Liaison Service, looking at uptake and experience by ethnic group, and report the findings to the commissioner by March 2028."
};
var no_tolerated_data_gap_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "A gap in ethnicity data must come with an action to close it",
			rationale: "Research on commissioning found that gaps in ethnicity data, though recognised, were allowed to persist year on year, and that an absence of evidence became a reason for inaction. A specification that admits a gap should say who will close it, how and by when: a completeness target, a data quality improvement plan, an audit, or pooling data and insight work where numbers are small.",
			source: "Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 3 (Mobilisation and use of evidence), Promising practice 3, and Key Actions (Cross-cutting action: \"refuse to tolerate information gaps on ethnicity\").",
			recommended: "warn",
			goodExample: "Ethnicity is not recorded for 40% of referrals. The provider will raise ethnic category completeness to 95% by March 2028 and report it monthly to the commissioner."
		},
		messages: { tolerated: "This admits a gap in ethnicity data (\"{{gap}}\") but nothing says how it will be closed, so it is likely to persist. In this sentence or the next, say who will close it, how and by when, for example: \"{{example}}\"" },
		schema: [{
			type: "object",
			properties: { requireAdjacentAction: {
				type: "boolean",
				description: "Require the action in the gap sentence or the next one, even when the specification sets a completeness target for ethnicity recording elsewhere."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ requireAdjacentAction: false }],
		lexicons: [...ETHNICITY_DATA_LEXICONS, "data-words"],
		keyAction: {
			id: "recording",
			messages: { tolerated: "partly" }
		}
	},
	create(context) {
		const { lexicons } = context;
		const requireAdjacentAction = context.options[0]?.requireAdjacentAction ?? false;
		return { documentEnd(doc) {
			const units = textUnits(doc);
			const completenessSet = findRecordingDuties(doc, lexicons, units).some((d) => d.completeness);
			for (const unit of units) {
				const gap = findUnitGap(unit, lexicons);
				if (!gap) continue;
				if (closedNearby(doc, unit, lexicons)) continue;
				if (!requireAdjacentAction && gap.kind === "recording" && completenessSet) continue;
				context.report({
					...unitTarget(unit, gap.phrase),
					messageId: "tolerated",
					data: {
						gap: gap.phrase.text,
						example: EXAMPLES[gap.kind]
					}
				});
			}
		} };
	}
});
/** An action in the gap sentence (or its table row), or in the next sentence when that one is about the data. */
function closedNearby(doc, unit, lexicons) {
	const actions = lexicons.get("gap-actions");
	if (actions.test(unit.text)) return true;
	if (!unit.sentence) return false;
	const next = nextSentence(doc, unit.sentence);
	if (!next || !actions.test(next.text)) return false;
	return [
		"data-words",
		"dimension-terms",
		"ethnicity-recording"
	].some((name) => lexicons.get(name).test(next.text));
}
// dist/rules/no-provider-deferral.js
/**
* Flags sentences that hand equality, access or meeting people's needs to the
* provider ("the provider will comply with its duties under the Equality Act
* 2010") without saying what the service must do: the commissioning habit
* Better Health Briefing 28 found of leaving providers to find the response.
*
* Division of work with no-vague-equity-statement: a sentence that makes a
* universal claim ("accessible to all", "diverse needs", "no one will be
* disadvantaged") belongs to that rule, which already asks for a group, a
* mechanism and a measure; this rule skips it, so one sentence never gets two
* findings asking for the same thing.
*/
/** How far apart the subject and the duty may be and still be quoted as one phrase. */
const MAX_PHRASE = 140;
const ASK_GROUP = "which groups it means (for example Bangladeshi women, or people who need an interpreter)";
const ASK_MECHANISM = "what the provider must do for them (for example professional interpreters for every appointment, or clinics at named community venues)";
const ASK_MEASURE = "how you will check it (for example uptake by ethnic group, reported each quarter)";
/**
* The words a reader needs to recognise the deferral: from the subject to the
* duty when they sit in one clause ("The provider will comply with its duties
* under the Equality Act 2010"), else the subject's own clause.
*/
function phraseOf(text, determiners, subject, ...others) {
	const matches = [subject, ...others];
	let start = Math.min(...matches.map((m) => m.start));
	let end = Math.max(...matches.map((m) => m.end));
	if (end - start > MAX_PHRASE || /[:;]/.test(text.slice(start, end))) {
		start = subject.start;
		const rest = text.slice(subject.end);
		const stop = rest.search(/[.;:,](?:\s|$)/);
		end = Math.min(subject.end + (stop >= 0 ? stop : rest.length), subject.start + MAX_PHRASE);
	}
	const determiner = determiners.first(text.slice(Math.max(0, start - 8), start));
	if (determiner) start -= determiner.text.length;
	const tail = /^[^.;:,]{0,30}(?=[.;:,]|$)/.exec(text.slice(end));
	if (tail && end + tail[0].length - start <= MAX_PHRASE) end += tail[0].length;
	return text.slice(start, end).replace(/\s+/g, " ").trim();
}
var no_provider_deferral_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Equality, access and meeting people's needs must not be left to the provider without a stated response",
			rationale: "Specifications often hand equality to the provider: \"the provider will comply with its duties under the Equality Act 2010\", \"the provider will ensure the service is accessible\". Research on commissioning found commissioners tended to leave providers to find the response within an existing contract, although providers may lack the motivation, skills or resources to do so. Legal duties apply anyway; the specification adds value only when it says what the service must do, for whom, and how it will be checked.",
			source: "Salway et al. (2013), High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, Better Health Briefing 28, Race Equality Foundation, sections 1 and 4.2, and Key Actions (Contracting and procuring services).",
			recommended: "warn",
			strictOptions: [{ requireResponse: true }],
			goodExample: "The provider will book a professional interpreter for every appointment where the patient prefers a language other than English, run weekly clinics at the Bangladeshi Women's Centre, and report attendance by ethnic group each quarter."
		},
		messages: {
			deferred: "\"{{phrase}}\" leaves {{topic}} to the provider but does not say what the service must do. Say {{asks}}.",
			delegated: "\"{{phrase}}\" leaves the provider to decide {{decision}}. The specification should set the response: say {{asks}}."
		},
		schema: [{
			type: "object",
			properties: { requireResponse: {
				type: "boolean",
				description: "A named group is not enough: require a mechanism or a measure in every sentence that makes the provider responsible for equality."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ requireResponse: false }],
		lexicons: [
			...SPECIFICITY_LEXICONS,
			"deferral-determiners",
			"deferral-open-decisions",
			"deferral-topic-access",
			"deferral-topic-duties",
			"deferral-topic-needs",
			"equality-topics",
			"language-access",
			"provider-deferral",
			"provider-discretion",
			"provider-responses",
			"universal-claims"
		],
		keyAction: {
			id: "response",
			messages: {
				deferred: "not-met",
				delegated: "not-met"
			}
		}
	},
	create(context) {
		const { lexicons } = context;
		const deferral = lexicons.get("provider-deferral");
		const discretion = lexicons.get("provider-discretion");
		const topics = lexicons.get("equality-topics");
		const claims = lexicons.get("universal-claims");
		const groups = lexicons.get("groups");
		const languages = lexicons.get("languages");
		const languageAccess = lexicons.get("language-access");
		const determiners = lexicons.get("deferral-determiners");
		const openDecisions = lexicons.get("deferral-open-decisions");
		const specificity = specificityChecker(lexicons, lexicons.get("provider-responses"));
		const requireResponse = context.options[0]?.requireResponse ?? false;
		return { sentence(sentence) {
			const text = sentence.text;
			const subject = deferral.first(text);
			if (!subject) return;
			const leftToJudgement = discretion.first(text);
			const duty = longest(topics.find(text));
			const support = duty || !leftToJudgement ? void 0 : languageAccess.first(text);
			const topic = duty ?? (leftToJudgement ? groups.first(text) ?? languages.first(text) ?? support : void 0);
			if (!topic) return;
			if (claims.test(text)) return;
			const decided = leftToJudgement ? discretion.find(text).find((m) => openDecisions.test(m.text)) : void 0;
			const whole = specificity(text);
			const has = decided ? {
				...specificity(text.slice(0, decided.start)),
				measure: whole.measure
			} : whole;
			if (has.mechanism || has.measure) {
				context.evidence({
					sentence,
					note: "a stated response for the provider"
				});
				return;
			}
			if (has.group && !requireResponse && !leftToJudgement) return;
			const asks = listInEnglish([
				...has.group ? [] : [ASK_GROUP],
				ASK_MECHANISM,
				ASK_MEASURE
			]);
			const words = TOPIC_WORDS[duty ? topicOf(duty.text, lexicons) : support && topic === support ? "language" : "needs"];
			if (leftToJudgement) context.report({
				sentence,
				messageId: "delegated",
				data: {
					phrase: phraseOf(text, determiners, subject, leftToJudgement, topic),
					decision: words.decision,
					asks
				}
			});
			else context.report({
				sentence,
				messageId: "deferred",
				data: {
					phrase: phraseOf(text, determiners, subject, topic),
					topic: words.noun,
					asks
				}
			});
		} };
	}
});
/** The longest match: the most specific duty the sentence names. */
function longest(matches) {
	let best;
	for (const m of matches) if (!best || m.end - m.start > best.end - best.start) best = m;
	return best;
}
/** The lexicon that tells each topic, in the order they are tried: a duty that names needs is about needs. */
const TOPIC_LEXICONS = [
	["needs", "deferral-topic-needs"],
	["duties", "deferral-topic-duties"],
	["access", "deferral-topic-access"]
];
/** What was handed over, from the duty the sentence names. */
function topicOf(matched, lexicons) {
	return TOPIC_LEXICONS.find(([, name]) => lexicons.get(name).test(matched))?.[0] ?? "equality";
}
const TOPIC_WORDS = {
	duties: {
		noun: "its equality duties",
		decision: "how to meet its equality duties"
	},
	access: {
		noun: "making the service accessible",
		decision: "how to make the service accessible"
	},
	needs: {
		noun: "meeting people's needs",
		decision: "how to meet people's needs"
	},
	equality: {
		noun: "equality",
		decision: "how to respond on equality"
	},
	language: {
		noun: "language support",
		decision: "when people get an interpreter or translated information"
	}
};
// dist/rules/no-tick-box-equality-assessment.js
/**
* Flags equality impact assessments that are asserted rather than reported:
* "An EqIA has been completed and no adverse impact was identified", "EqIA:
* completed", "There are no equality implications". An assessment counts when
* the specification says which groups it considered, what it found for them,
* or how the specification responds to its findings.
*/
/** Words left on a form line once the assessment's name and its status are taken out. */
const MAX_STATUS_WORDS = 4;
/** The words after "no adverse impact on" (the preposition taken off) that say who or what it is about. */
const OBJECT = /^\s+([^,.;]{1,60})/;
const STRENGTH = {
	completed: 0,
	"not-required": 1,
	"no-impact": 2
};
const overlaps = (m, others) => others.some((o) => m.start < o.end && o.start < m.end);
function sectionNames(section, lexicon) {
	for (let s = section; s?.heading; s = s.parent) if (lexicon.test(s.title)) return true;
	return false;
}
var no_tick_box_equality_assessment_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Equality impact assessments must report what they found, not just that they were done",
			rationale: "Equality impact assessments are meant to alert commissioners to equality issues, but research found they were widely treated as tick-box exercises with no tangible influence on practice; one manager called them \"a paper exercise to say 'we see there's no problem'\". A specification that records only that an assessment was completed, or that it found no adverse impact, gives the provider nothing to act on. Say which groups were considered, what was found for them, and which requirements respond.",
			source: "Salway et al. (2013), High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, Better Health Briefing 28, Race Equality Foundation, section 1; Health Service Journal news report on world class commissioning and equality duties (a PCT manager on superficial equality impact assessments).",
			recommended: "warn",
			goodExample: "The ICB's equality impact assessment found that Pakistani and Bangladeshi adults made up 11% of the population but 6% of referrals, and that people who need an interpreter waited twice as long; the requirements in sections 3.2 and 3.5 respond to these findings."
		},
		messages: {
			noFindings: "\"{{claim}}\" records that an equality impact assessment was done but not what it found. Say which groups it considered, what it found for them (for example \"Bangladeshi women were less likely to attend\"), and which requirements in this specification respond (for example \"see section 3.2\").",
			setAside: "\"{{claim}}\" sets the equality impact assessment aside without saying why. Say which groups were considered and what the evidence showed for them (for example uptake by ethnic group against the local population); if any group fares worse, say what the service will do.",
			noEvidence: "\"{{claim}}\" asserts that there is no equality impact without showing the evidence. Say which groups were considered and what the data showed for each (for example uptake by ethnic group against the local population), and what the service will do where a group fares worse."
		},
		schema: [],
		lexicons: [
			"assessment-actions",
			"assessment-back-references",
			"assessment-completion",
			"assessment-figures",
			"assessment-findings",
			"assessment-future",
			"assessment-nothing-found",
			"assessment-set-aside",
			"assessment-status",
			"equality-assessment",
			"equality-topics",
			"groups",
			"impact-people",
			"impact-prepositions",
			"languages",
			"no-impact-claims",
			"other-assessments"
		],
		keyAction: {
			id: "monitoring",
			messages: {
				noFindings: "partly",
				setAside: "partly",
				noEvidence: "partly"
			}
		}
	},
	create(context) {
		const { lexicons } = context;
		const assessments = lexicons.get("equality-assessment");
		const completion = lexicons.get("assessment-completion");
		const status = lexicons.get("assessment-status");
		const noImpact = lexicons.get("no-impact-claims");
		const others = lexicons.get("other-assessments");
		const findings = lexicons.get("assessment-findings");
		const actions = lexicons.get("assessment-actions");
		const topics = lexicons.get("equality-topics");
		const groups = lexicons.get("groups");
		const languages = lexicons.get("languages");
		const figures = lexicons.get("assessment-figures");
		const prepositions = lexicons.get("impact-prepositions");
		const people = lexicons.get("impact-people");
		const pointsBack = lexicons.get("assessment-back-references");
		const nothingFound = lexicons.get("assessment-nothing-found");
		const future = lexicons.get("assessment-future");
		const setAside = lexicons.get("assessment-set-aside");
		/** What "no adverse impact" is said to be about ("on any group"): the words after its preposition. */
		function objectAfter(rest) {
			const preposition = prepositions.first(rest);
			return preposition ? OBJECT.exec(rest.slice(preposition.end))?.[1] : void 0;
		}
		/** A form line: the assessment's name (if any), a status word, and little else. */
		function statusOnly(text) {
			const found = status.find(text);
			if (found.length === 0) return void 0;
			const taken = [...found, ...assessments.find(text)];
			return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length - taken.reduce((n, m) => n + (m.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0) <= MAX_STATUS_WORDS ? found[0] : void 0;
		}
		/** What the text claims about an assessment, given whether one is named nearby. */
		function claimIn(text, named, equalityContext) {
			const none = noImpact.find(text).find((m) => {
				const object = objectAfter(text.slice(m.end));
				return !object || people.test(object) || topics.test(object) || groups.test(object);
			});
			if (others.test(text) && !assessments.test(text)) return void 0;
			if (none && (named || equalityContext || topics.test(text))) return {
				kind: "no-impact",
				text
			};
			if (!named) return void 0;
			const done = [...completion.find(text), ...[statusOnly(text)].filter((m) => m !== void 0)].filter((m) => !future.test(text.slice(Math.max(0, m.start - 40), m.start)));
			if (done.length === 0) return void 0;
			if (done.some((m) => nothingFound.test(m.text))) return {
				kind: "no-impact",
				text
			};
			return {
				kind: done.some((m) => setAside.test(m.text)) ? "not-required" : "completed",
				text
			};
		}
		/** Does the assessment, read with what follows it, say what it found or how the specification responds? */
		function reported(claim, evidence) {
			const denials = noImpact.find(evidence);
			const forWhom = groups.test(evidence) || languages.test(evidence);
			const found = findings.find(evidence).some((m) => !overlaps(m, denials));
			const acted = actions.find(evidence).some((m) => !overlaps(m, denials));
			if (claim.kind === "no-impact") return forWhom && (found || figures.test(evidence));
			return forWhom && found || acted;
		}
		function evidenceFor(block) {
			const parts = [block.text];
			const siblings = block.section.blocks;
			let i = siblings.indexOf(block) + 1;
			if (/:\s*$/.test(block.text)) while (i < siblings.length && siblings[i].kind === "list-item") parts.push(siblings[i++].text);
			const next = siblings[i];
			if (next && !next.cell && (pointsBack.test(next.text.trim()) || assessments.test(next.text))) parts.push(next.text);
			return parts.join(" ");
		}
		function checkProse(block) {
			const named = assessments.test(block.text) || sectionNames(block.section, assessments);
			const equalitySection = block.section.kind === "equality";
			let strongest;
			for (const sentence of block.sentences) {
				const claim = claimIn(sentence.text, named, equalitySection);
				if (claim && (!strongest || STRENGTH[claim.kind] > STRENGTH[strongest.claim.kind])) strongest = {
					sentence,
					claim
				};
			}
			if (!strongest || reported(strongest.claim, evidenceFor(block))) return;
			report(strongest.claim, { sentence: strongest.sentence });
		}
		function checkTable(table) {
			const headerNames = table.header.some((h) => assessments.test(h ?? ""));
			for (const row of table.rows) {
				const cells = row.filter((c) => c.text.trim() !== "");
				if (cells.length === 0) continue;
				const label = cells.find((c) => assessments.test(c.text));
				if (!label && !(headerNames && row !== table.rows[0])) continue;
				const text = cells.map((c) => c.text.trim()).join(" | ");
				const equalitySection = table.section.kind === "equality";
				const claim = [...cells.map((c) => claimIn(c.text, true, equalitySection)), claimIn(text, true, equalitySection)].filter((c) => c !== void 0).sort((a, b) => STRENGTH[b.kind] - STRENGTH[a.kind])[0];
				if (!claim || reported(claim, text)) continue;
				report({
					...claim,
					text
				}, { block: label ?? cells[0] });
			}
		}
		function report(claim, target) {
			context.report({
				...target,
				messageId: claim.kind === "no-impact" ? "noEvidence" : claim.kind === "not-required" ? "setAside" : "noFindings",
				data: { claim: shorten$3(quoteOf(claim.text)) }
			});
		}
		return {
			block(block) {
				if (block.kind === "heading" || block.cell) return;
				checkProse(block);
			},
			table: checkTable
		};
	}
});
function shorten$3(text) {
	return text.length > 120 ? `${text.slice(0, text.lastIndexOf(" ", 117) > 60 ? text.lastIndexOf(" ", 117) : 117)}…` : text;
}
// dist/rules/require-equity-monitoring.js
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
/** Where a specification describes contract monitoring. */
const MONITORING_KINDS = /* @__PURE__ */ new Set([
	"monitoring",
	"quality-requirements",
	"outcomes",
	"equality",
	"other"
]);
const MAX_LISTED = 3;
const AUDIT_EXAMPLE = "\"The provider will complete an equity audit each year, analysing referrals, waiting times, outcomes and patient experience by ethnic group, and will agree an action plan with the commissioner within two months\"";
const FEEDBACK_EXAMPLE = "\"Friends and Family Test results and complaints will be reported by ethnic group each quarter\"";
/** How a statement is named in a message: the sentence, or the row's cell that says what is monitored. */
function nameOf(statement, test) {
	if (statement.sentence) return quoteOf(statement.sentence.text);
	const cells = statement.cells;
	return quoteOf((cells.find((c) => test(c.text)) ?? cells[0]).text);
}
function list(statements, test) {
	const ordered = [...statements.filter((s) => s.sentence), ...statements.filter((s) => !s.sentence)];
	const names = [...new Set(ordered.map((s) => shorten$2(nameOf(s, test))))];
	const shown = names.slice(0, MAX_LISTED).map((n) => `"${n}"`);
	return names.length > MAX_LISTED ? `${shown.join(", ")} and more` : listInEnglish(shown);
}
function shorten$2(text, limit = 70) {
	if (text.length <= limit) return text;
	const cut = text.lastIndexOf(" ", limit - 3);
	return `${text.slice(0, cut > limit / 2 ? cut : limit - 3)}…`;
}
/** Monitoring described in prose and in table rows, with the section it sits in. */
function findStatements(doc, matches) {
	const out = [];
	const seenRows = /* @__PURE__ */ new Set();
	for (const block of doc.blocks) {
		if (block.kind === "heading" || !block.section.heading || block.section.kind === "population-needs") continue;
		if (block.cell) {
			const row = block.cell.table.rows[block.cell.row];
			if (seenRows.has(row)) continue;
			seenRows.add(row);
			const cells = row.filter((c) => c.kind !== "heading" && c.text.trim() !== "");
			const text = cells.map((c) => c.text.trim()).join(" | ");
			if (cells.length > 0 && matches(text)) out.push({
				text,
				cells,
				section: block.section
			});
			continue;
		}
		for (const sentence of block.sentences) if (matches(sentence.text)) out.push({
			text: sentence.text,
			sentence,
			section: block.section
		});
	}
	return out;
}
/** A past audit described as evidence ("the 2025 equity audit found") is not monitoring during the contract. */
function isAuditCommitment(text, audits, lexicons) {
	const pastYears = lexicons.get("audit-past-years");
	const pastFindings = lexicons.get("audit-past-findings");
	return audits.find(text).some((m) => !pastYears.test(text.slice(Math.max(0, m.start - 60), m.start)) && !pastFindings.test(text.slice(m.end, m.end + 80)));
}
/** A monitoring section's heading, else the first statement: its sentence, or its row's first cell. */
function targetOf(doc, statements, preferSection = true) {
	const section = preferSection ? doc.sections.find((s) => s.ownKind === "monitoring") ?? statements[0]?.section : void 0;
	if (section?.heading) return { section };
	const prose = statements.find((s) => s.sentence);
	if (prose) return { sentence: prose.sentence };
	return { block: statements[0].cells[0] };
}
var require_equity_monitoring_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Contract monitoring must look at ethnicity: an equity audit, or reports and service-user feedback analysed by ethnic group",
			rationale: "Research on commissioning found that routine monitoring, through contract meetings and key performance indicators, rarely looked at ethnicity, so nobody saw whether a service worked for minority ethnic people. Inadequate data and a lack of service-user feedback broken down by ethnicity were named obstacles. Equity audits, which give an in-depth picture of access and outcomes across ethnic groups, and feedback analysed by ethnic group let commissioners spot poor performance and act on it during the contract.",
			source: "Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.3, Promising practice 3 (Equity Audits), and Key Actions (Performance monitoring and evaluation: \"Undertake Equity Audits\").",
			recommended: "warn",
			strictOptions: [{ requireFeedback: true }],
			goodExample: "The provider will complete an equity audit each year, analysing referrals, waiting times, outcomes and patient experience by ethnic group, and will agree an action plan with the commissioner within two months. Friends and Family Test results and complaints will be reported by ethnic group each quarter."
		},
		messages: {
			missing: "The specification does not say how the service will be monitored during the contract. Add to the quality requirements (or a contract monitoring section) an equity audit and reporting by ethnic group, for example {{example}}.",
			noEthnicity: "Monitoring is described ({{monitored}}) but none of it is analysed by ethnic group and there is no equity audit. Add one, for example {{example}}, and analyse service-user feedback by ethnic group.",
			noFeedback: "Service-user feedback ({{feedback}}) is not analysed by ethnic group. Report it by ethnic group, for example {{example}}, so that poorer experiences show up.",
			missingFeedback: "Monitoring looks at ethnicity, but no service-user feedback is collected or analysed by ethnic group. Add it to the quality requirements, for example {{example}}."
		},
		schema: [{
			type: "object",
			properties: { requireFeedback: {
				type: "boolean",
				description: "Outcome indicators and audits by ethnic group are not enough: also require service-user feedback or experience (surveys, Friends and Family Test, complaints) analysed by ethnic group."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ requireFeedback: false }],
		lexicons: [
			...INDICATOR_LEXICONS,
			"audit-past-findings",
			"audit-past-years",
			"breakdowns",
			"equity-audit",
			"groups",
			"monitoring",
			"service-feedback"
		],
		keyAction: {
			id: "monitoring",
			messages: {
				missing: "not-met",
				noEthnicity: "not-met",
				noFeedback: "partly",
				missingFeedback: "partly"
			}
		}
	},
	create(context) {
		const { lexicons } = context;
		const monitoring = lexicons.get("monitoring");
		const feedback = lexicons.get("service-feedback");
		const audits = lexicons.get("equity-audit");
		const breakdowns = lexicons.get("breakdowns");
		const groups = lexicons.get("groups");
		const requireFeedback = context.options[0]?.requireFeedback ?? false;
		const byEthnicity = (text) => affirms(breakdowns, text) || affirms(groups, text);
		const isMonitoring = (text) => monitoring.test(text) || feedback.test(text);
		const analysedByEthnicity = (s) => affirms(breakdowns, s.text) || s.section.kind !== "engagement" && affirms(groups, s.text);
		return { documentEnd(doc) {
			const anywhere = findStatements(doc, (t) => isMonitoring(t) || audits.test(t) || byEthnicity(t));
			const indicatorsByEthnicity = findIndicators(doc, lexicons).filter((i) => i.section.kind !== "population-needs" && byEthnicity(i.text));
			const ethnicMonitoring = anywhere.some((s) => isAuditCommitment(s.text, audits, lexicons)) || indicatorsByEthnicity.length > 0 || anywhere.some((s) => isMonitoring(s.text) && analysedByEthnicity(s));
			const described = anywhere.filter((s) => MONITORING_KINDS.has(s.section.kind) && isMonitoring(s.text));
			if (!ethnicMonitoring) {
				if (described.length === 0) {
					context.report({
						messageId: "missing",
						data: { example: AUDIT_EXAMPLE }
					});
					return;
				}
				context.report({
					...targetOf(doc, described),
					messageId: "noEthnicity",
					data: {
						monitored: list(described, isMonitoring),
						example: AUDIT_EXAMPLE
					}
				});
				return;
			}
			const passing = anywhere.find((s) => isAuditCommitment(s.text, audits, lexicons)) ?? anywhere.find((s) => isMonitoring(s.text) && analysedByEthnicity(s));
			const indicator = indicatorsByEthnicity[0];
			if (passing) context.evidence({
				...passing.sentence ? { sentence: passing.sentence } : { block: passing.cells[0] },
				note: "monitoring by ethnic group"
			});
			else if (indicator) context.evidence({
				block: indicator.block ?? indicator.cells[0],
				note: "an indicator reported by ethnic group"
			});
			if (!requireFeedback) return;
			const feedbackStatements = anywhere.filter((s) => feedback.test(s.text));
			if (feedbackStatements.some(analysedByEthnicity)) return;
			if (feedbackStatements.length === 0) {
				const section = doc.sections.find((s) => s.ownKind === "quality-requirements" || s.ownKind === "monitoring");
				context.report({
					...section ? { section } : {},
					messageId: "missingFeedback",
					data: { example: FEEDBACK_EXAMPLE }
				});
				return;
			}
			context.report({
				...targetOf(doc, feedbackStatements, false),
				messageId: "noFeedback",
				data: {
					feedback: list(feedbackStatements, (t) => feedback.test(t)),
					example: FEEDBACK_EXAMPLE
				}
			});
		} };
	}
});
// dist/src/core/model.js
const SECTION_KINDS = [
	"population-needs",
	"outcomes",
	"quality-requirements",
	"scope",
	"service-description",
	"population-covered",
	"standards",
	"engagement",
	"equality",
	"monitoring",
	"other"
];
// dist/rules/require-core-sections.js
/**
* Requires the standard sections of a service specification (NHS Standard
* Contract, Schedule 2 Part A): population needs, outcomes, scope, applicable
* service standards and quality requirements. A missing section is where the
* needs, outcomes and monitoring of minority ethnic people usually go missing
* with it.
*/
const DEFAULT_SECTIONS = [
	"population-needs",
	"outcomes",
	"scope",
	"standards",
	"quality-requirements"
];
/** What each section is called, and what belongs in it. */
const SECTIONS = {
	"population-needs": {
		name: "Population needs",
		contents: "Describe local need and how it differs between groups, by ethnicity among others (for example \"Pakistani and Bangladeshi adults are 11% of the population but 6% of referrals\")."
	},
	outcomes: {
		name: "Outcomes",
		contents: "List the outcome indicators with targets, each reported by ethnic group (for example \"recovery 50% in every ethnic group\")."
	},
	scope: {
		name: "Scope",
		contents: "Set out the aims and objectives, the service description and who the service is for, including how it will reach groups with the poorest access."
	},
	standards: {
		name: "Applicable service standards",
		contents: "List the national and local standards the provider must meet (for example NICE guidelines and the Accessible Information Standard)."
	},
	"quality-requirements": {
		name: "Quality requirements",
		contents: "Set out the quality requirements and how they will be monitored, including reporting by ethnic group (for example \"a quarterly report of every indicator by ethnic group\")."
	},
	"service-description": {
		name: "Service description",
		contents: "Describe what the service does, where and when, and how it is adapted for the groups it must reach (for example interpreters and community venues)."
	},
	"population-covered": {
		name: "Population covered",
		contents: "Say who is eligible, including people who are not registered with a GP or are seeking asylum where that applies."
	},
	engagement: {
		name: "Engagement",
		contents: "Say who will be engaged (for example named minority ethnic community organisations), how, how often, and how what they say will change the service."
	},
	equality: {
		name: "Equality",
		contents: "Say what the equality impact assessment found for which groups and which requirements respond to it."
	},
	monitoring: {
		name: "Contract monitoring",
		contents: "Say what will be reported, how often, and how it is analysed by ethnic group (for example an annual equity audit)."
	}
};
var require_core_sections_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "A specification must have the standard sections: population needs, outcomes, scope, applicable service standards and quality requirements",
			rationale: "The standard specification sections are where a commissioner spells out local need, the outcomes expected, what the service must do and how it will be monitored. Research on commissioning found specifications often said little about the needs of minority ethnic people or how the service should respond, and that core commissioning documents were largely silent on ethnic diversity. A missing section leaves no place for that detail, and the gap is easy to overlook when reading what is there.",
			source: "Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, sections 1 and 4.2, and Key Actions (Contracting and procuring services: \"Use service specifications to spell out clearly how and why services must be delivered\"); NHS Standard Contract, Schedule 2 Part A (service specification template).",
			recommended: "warn",
			goodExample: "1. Population needs · 2. Outcomes · 3. Scope (aims, service description, population covered) · 4. Applicable service standards · 5. Applicable quality requirements and CQUIN goals"
		},
		messages: {
			missing: "There is no \"{{section}}\" section. {{contents}}",
			none: "None of the standard sections ({{sections}}) was found. If this is a service specification, add them with headings the reader can find; if it is not, leave it out of linting with \"ignores\" in .speclintrc.yaml."
		},
		schema: [{
			type: "object",
			properties: { sections: {
				type: "array",
				items: { enum: SECTION_KINDS.filter((k) => k !== "other") },
				uniqueItems: true,
				description: "The section kinds every specification must have (see rules/lexicons/common/section-headings.yaml for the headings each kind accepts)."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ sections: DEFAULT_SECTIONS }],
		lexicons: ["section-headings"]
	},
	create(context) {
		const headings = context.lexicons.get("section-headings");
		const required = context.options[0]?.sections ?? DEFAULT_SECTIONS;
		return { documentEnd(doc) {
			const present = /* @__PURE__ */ new Set();
			const headed = doc.sections.filter((s) => s.heading);
			for (const section of headed) {
				if (section.heading === doc.title && headed.length > 1) continue;
				if (section.ownKind) present.add(section.ownKind);
				for (const m of headings.find(section.title)) if (m.tag) present.add(m.tag);
			}
			const absent = required.filter((kind) => !present.has(kind));
			if (absent.length > 1 && absent.length === required.length) {
				context.report({
					messageId: "none",
					data: { sections: listInEnglish(absent.map((k) => SECTIONS[k].name.toLowerCase())) }
				});
				return;
			}
			for (const kind of absent) {
				const { name, contents } = SECTIONS[kind];
				context.report({
					messageId: "missing",
					data: {
						section: name,
						contents
					}
				});
			}
		} };
	}
});
// dist/rules/no-unresolved-comments.js
/**
* Flags each open comment thread left in a Word draft: a comment not marked
* done and not a speclint directive, with its replies. A specification that
* goes to procurement is a contract document; an open question in its margin
* is a decision nobody has made.
*/
/** How many words of a comment the message quotes. */
const FIRST_WORDS = 12;
function firstWords$1(text) {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const head = words.slice(0, FIRST_WORDS).join(" ");
	return words.length > FIRST_WORDS ? `${head}…` : head;
}
/** Every reply under a comment, however deep. */
function repliesOf(comment) {
	const out = [];
	const stack = [...comment.replies].reverse();
	while (stack.length > 0) {
		const reply = stack.pop();
		out.push(reply);
		stack.push(...[...reply.replies].reverse());
	}
	return out;
}
function repliesNote(replies) {
	if (replies.length === 0) return "";
	const authors = [...new Set(replies.map((r) => r.author))];
	return ` (${replies.length === 1 ? "1 reply" : `${replies.length} replies`}, from ${authors.join(", ")})`;
}
var no_unresolved_comments_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Word comments must be resolved before a specification goes out",
			rationale: "A specification that goes to procurement becomes part of a contract. A comment still open in its margin is a question nobody has answered or a change nobody has made: bidders may read it, and the commitment it questions may not mean what the commissioner intended. Resolve each thread (answer it, change the text, and mark it done) or delete it before the draft goes out.",
			source: "NHS Standard Contract, Service Conditions and Schedule 2 Part A (the service specification is a contract document); Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, Key Actions (Contracting and procuring services: use service specifications to spell out clearly how and why services must be delivered).",
			recommended: false,
			procurementReady: true,
			goodExample: "Every comment answered and marked resolved (Review > Resolve), or deleted, before the specification is issued."
		},
		messages: { open: "An open comment from {{author}}: \"{{words}}\"{{replies}}. Answer it, change the text if needed, and mark it resolved (or delete it) before the specification goes out." },
		schema: []
	},
	create(context) {
		return { documentEnd(doc) {
			for (const comment of doc.comments) {
				if (comment.parent || comment.done || comment.directive || comment.bySpeclint) continue;
				const data = {
					author: comment.author,
					words: firstWords$1(comment.text) || "(no text)",
					replies: repliesNote(repliesOf(comment))
				};
				const { start, end } = comment;
				if (!start || !end) {
					context.report({
						messageId: "open",
						data
					});
					continue;
				}
				const to = end.block === start.block ? end.offset : start.block.text.length;
				context.report({
					range: {
						block: start.block,
						start: start.offset,
						end: to
					},
					quote: comment.quote.trim() || void 0,
					messageId: "open",
					data
				});
			}
		} };
	}
});
// dist/rules/no-tracked-changes.js
/**
* Flags tracked changes left in a Word draft: insertions, deletions, moves and
* formatting changes. One finding per paragraph with changes; past a
* threshold (option `maxFindings`), one finding for the whole document with
* the count and the first few paragraphs, so a heavily revised draft is one
* instruction ("accept or reject all"), not a hundred.
*
* The other rules read the text as if every change were accepted (the loader
* keeps deleted text out of the model); this rule says the changes are there.
*/
/** How many paragraphs a document-level finding names. */
const NAMED_PARAGRAPHS = 3;
/** Most characters of changed text a message quotes. */
const SNIPPET = 60;
const NOUNS = {
	insertion: ["an insertion", "insertions"],
	deletion: ["a deletion", "deletions"],
	"move-from": ["text moved away", "pieces of text moved away"],
	"move-to": ["text moved here", "pieces of text moved here"],
	formatting: ["a formatting change", "formatting changes"]
};
function snippet(text) {
	const flat = text.replace(/\s+/g, " ").trim();
	if (flat.length <= SNIPPET) return flat;
	const cut = flat.lastIndexOf(" ", SNIPPET);
	return `${flat.slice(0, cut > SNIPPET / 2 ? cut : SNIPPET)}…`;
}
/**
* The changes a reader would count: a paragraph deleted whole is its text and
* its paragraph mark, two changes in the file but one to the reader, so
* text-less changes count only when a kind has no other.
*/
function counted(changes) {
	const out = [];
	for (const kind of new Set(changes.map((c) => c.kind))) {
		const same = changes.filter((c) => c.kind === kind);
		const withText = same.filter((c) => c.text.trim() !== "");
		out.push(...withText.length > 0 ? withText : same);
	}
	return out;
}
/** "an insertion by Tom Reid ("group education in Punjabi…"); a deletion by Tom Reid ("equitable provision")". */
function describe(changes) {
	const parts = [];
	const kinds = [...new Set(changes.map((c) => c.kind))];
	for (const kind of kinds) {
		const same = counted(changes).filter((c) => c.kind === kind);
		const authors = [...new Set(same.map((c) => c.author?.trim()).filter((a) => Boolean(a)))];
		const texts = same.map((c) => snippet(c.text)).filter(Boolean);
		const [one, many] = NOUNS[kind];
		let part = same.length === 1 ? one : `${same.length} ${many}`;
		if (authors.length > 0) part += ` by ${authors.join(", ")}`;
		if (texts.length > 0) part += ` (${texts.map((t) => `"${t}"`).join(", ")})`;
		parts.push(part);
	}
	return parts.join("; ");
}
var no_tracked_changes_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Tracked changes must be accepted or rejected before a specification goes out",
			rationale: "A specification that goes to procurement becomes part of a contract. A tracked change left in it means two versions of a commitment at once: a bidder reading with changes shown sees deleted words that no longer apply, one reading without them may not see an insertion that was never agreed. Accept or reject every change so the text that goes out is the text that was agreed.",
			source: "NHS Standard Contract, Service Conditions and Schedule 2 Part A (the service specification is a contract document); Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, Key Actions (Contracting and procuring services: use service specifications to spell out clearly how and why services must be delivered).",
			recommended: false,
			procurementReady: true,
			goodExample: "Every tracked change accepted or rejected (Review > Accept > Accept All Changes, once each has been agreed), and change tracking turned off in the copy that is issued."
		},
		messages: {
			changed: "Tracked changes are still in this paragraph: {{changes}}. Accept or reject them (Review > Accept or Reject) so the text that goes out is the text that was agreed.",
			"changed-nearby": "Tracked changes are still in a paragraph that has no text once they are accepted (paragraph {{paragraph}}, {{where}} this one): {{changes}}. Accept or reject them (Review > Accept or Reject).",
			many: "This draft still has {{count}} tracked changes in {{paragraphs}} paragraphs, starting with {{first}}. Review each one and accept or reject it (Review > Accept or Reject), then turn off Track Changes in the copy that goes out."
		},
		schema: [{
			type: "object",
			properties: { maxFindings: {
				type: "integer",
				minimum: 0,
				description: "Most paragraphs reported one by one. When more paragraphs have tracked changes than this, one finding for the whole document gives the count and the first few paragraphs instead."
			} },
			additionalProperties: false
		}],
		defaultOptions: [{ maxFindings: 10 }]
	},
	create(context) {
		const maxFindings = context.options[0]?.maxFindings ?? 10;
		return { documentEnd(doc) {
			if (doc.trackedChanges.length === 0) return;
			const byLine = /* @__PURE__ */ new Map();
			for (const change of doc.trackedChanges) {
				const list = byLine.get(change.line) ?? [];
				list.push(change);
				byLine.set(change.line, list);
			}
			const paragraphs = [...byLine.entries()].sort((a, b) => a[0] - b[0]);
			if (paragraphs.length > maxFindings) {
				const first = paragraphs.slice(0, NAMED_PARAGRAPHS).map(([line, changes]) => {
					const own = changes.find((c) => c.inBlock)?.block;
					return own ? `paragraph ${line} ("${snippet(own.written)}")` : `paragraph ${line}`;
				});
				context.report({
					messageId: "many",
					data: {
						count: paragraphs.reduce((n, [, changes]) => n + counted(changes).length, 0),
						paragraphs: paragraphs.length,
						first: first.join(", ")
					}
				});
				return;
			}
			for (const [line, changes] of paragraphs) {
				const own = changes.find((c) => c.inBlock);
				if (own?.block) {
					const start = Math.min(...changes.filter((c) => c.inBlock).map((c) => c.start));
					const end = Math.max(...changes.filter((c) => c.inBlock).map((c) => c.end));
					context.report({
						range: {
							block: own.block,
							start,
							end
						},
						messageId: "changed",
						data: { changes: describe(changes) }
					});
					continue;
				}
				const near = changes[0].block;
				const data = {
					changes: describe(changes),
					paragraph: line,
					where: near && near.index >= 0 && isAfter(doc, near, line) ? "before" : "after"
				};
				if (near) context.report({
					block: near,
					messageId: "changed-nearby",
					data
				});
				else context.report({
					messageId: "changed-nearby",
					data
				});
			}
		} };
	}
});
/** The block starts on a later line than `line`: the changed paragraph is before it. */
function isAfter(doc, block, line) {
	const start = block.spans[0]?.sourceStart;
	return start !== void 0 && doc.positionAt(start).line > line;
}
// dist/rules/no-placeholder-text.js
/**
* Reports instructions and placeholders left in the text: "[Insert figures
* from the JSNA]", "[Provider name]", "<provider>", TBC, XX%, £X. A
* specification goes to procurement as a contract document; a blank in it is
* a term nobody has agreed. The document model finds the placeholders (and
* blanks them out of what the other rules read); this rule reports each one.
*/
var no_placeholder_text_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Instructions and placeholders left in the text (\"[Insert …]\", \"[Provider name]\", TBC, XX%) must be filled in before procurement",
			rationale: "A service specification becomes part of the contract. A figure, date, name or requirement still shown as \"[Insert …]\", \"TBC\" or \"XX%\" is a term nobody has agreed: bidders price it differently, and the provider cannot be held to it. An instruction left for the author (\"[describe how the service will reach Bangladeshi women]\") is often exactly the part of the specification that would have said how the service meets the needs of minority ethnic people.",
			source: "NHS Standard Contract, Service Conditions and Schedule 2 Part A (the service specification is a contract document); Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, Key Actions (Contracting and procuring services: use service specifications to spell out clearly how and why services must be delivered).",
			recommended: false,
			procurementReady: true,
			goodExample: "The service will start on 1 April 2027 and 85% of referrals will be seen within 18 weeks."
		},
		messages: { placeholder: "\"{{placeholder}}\" is a placeholder left in the text. Replace it with what the specification should say, or delete it, before the specification goes out." },
		schema: [],
		lexicons: PLACEHOLDER_LEXICONS
	},
	create(context) {
		return { block(block) {
			for (const p of block.placeholders) context.report({
				range: {
					block,
					start: p.start,
					end: p.end
				},
				messageId: "placeholder",
				data: { placeholder: shorten$1(block.written.slice(p.start, p.end).replace(/\s+/g, " ")) }
			});
		} };
	}
});
function shorten$1(text) {
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
// dist/rules/require-kpi-fields.js
/**
* Every outcome or KPI indicator (a row of an indicator table, or a list item
* in an outcomes section) needs a target or threshold and a reporting
* frequency: in its row, in its table's header, or said once for the table or
* list in the sentence just before or after it. Without both, an indicator can
* neither be failed nor looked at during the contract.
*/
const HAS_FIGURE = /\d/;
/** The nearest block before or after a run of blocks, in the same section, that is not a heading. */
function neighbours(doc, first, last, partOfRun) {
	const out = [];
	const before = doc.blocks[first.index - 1];
	if (before && before.section === first.section && before.kind !== "heading" && !partOfRun(before)) out.push(before);
	const after = doc.blocks[last.index + 1];
	if (after && after.section === last.section && after.kind !== "heading" && !partOfRun(after)) out.push(after);
	return out;
}
/** What a table says once for all its rows: in its header, or a sentence right before or after it. */
function tableWide(doc, table, lexicons) {
	const cells = table.rows.flat();
	const around = cells.length > 0 ? neighbours(doc, cells[0], cells[cells.length - 1], (b) => b.cell?.table === table) : [];
	return statedIn([...table.header.map((h) => h ?? ""), ...around.map((b) => b.text)], lexicons);
}
/** What a list says once for all its items: in the sentence that introduces it or follows it. */
function listWide(doc, item, lexicons) {
	const inList = (b) => b.kind === "list-item" && b.section === item.section && !b.cell;
	let first = item;
	while (doc.blocks[first.index - 1] && inList(doc.blocks[first.index - 1])) first = doc.blocks[first.index - 1];
	let last = item;
	while (doc.blocks[last.index + 1] && inList(doc.blocks[last.index + 1])) last = doc.blocks[last.index + 1];
	return statedIn(neighbours(doc, first, last, inList).map((b) => b.text), lexicons);
}
function statedIn(texts, lexicons) {
	const targets = lexicons.get("kpi-targets");
	const frequencies = lexicons.get("reporting-frequencies");
	return {
		target: texts.some((t) => targets.test(t)),
		frequency: texts.some((t) => frequencies.test(t))
	};
}
/** The first placeholder written where a target should be, for the message. */
function placeholderIn(blocks) {
	for (const b of blocks) {
		const p = b.placeholders[0];
		if (p) return quoteOf(b.written.slice(p.start, p.end));
	}
}
var require_kpi_fields_default = defineRule({
	meta: {
		type: "problem",
		docs: {
			description: "Every outcome or KPI indicator must have a target or threshold and a reporting frequency",
			rationale: "An indicator without a target cannot be failed, and one without a reporting frequency is not looked at during the contract. Research on commissioning found that contract monitoring rarely showed whether a service worked for minority ethnic people and rarely prompted action; indicators with explicit targets, reported at a set frequency, are what give the commissioner a lever. A placeholder (\"TBC\", \"XX%\") is not a target.",
			source: "Salway et al. (2013), Better Health Briefing 28, Race Equality Foundation, section 4.3 and Promising practice 3; Key Actions (Performance monitoring and evaluation); NHS Standard Contract, Schedule 4 (Quality Requirements: threshold and frequency of monitoring for each).",
			recommended: false,
			procurementReady: true,
			goodExample: "| Referrals seen within 18 weeks, reported by ethnic group | 92% in every ethnic group | Quarterly |"
		},
		messages: {
			missingBoth: "The indicator \"{{indicator}}\" has no target or threshold{{note}} and no reporting frequency. Give a figure to meet (for example \"85%\" or \"no more than 5 percentage points between ethnic groups\") and how often it is reported (for example \"quarterly\"), in its row or once for the table.",
			missingTarget: "The indicator \"{{indicator}}\" has no target or threshold{{note}}. Give a figure to meet, for example \"85%\" or \"no more than 5 percentage points between ethnic groups\", in its row or once for the table.",
			missingFrequency: "The indicator \"{{indicator}}\" has no reporting frequency. Say how often it is reported, for example \"quarterly\", in its row or once for the table (\"All indicators are reported quarterly\")."
		},
		schema: [],
		lexicons: [
			...INDICATOR_LEXICONS,
			"kpi-targets",
			"reporting-frequencies",
			"reporting-frequency-headers",
			"kpi-not-set"
		]
	},
	create(context) {
		const { lexicons } = context;
		const targets = lexicons.get("kpi-targets");
		const frequencies = lexicons.get("reporting-frequencies");
		const notSet = lexicons.get("kpi-not-set");
		const targetHeaders = lexicons.get("indicator-target-headers");
		const frequencyHeaders = lexicons.get("reporting-frequency-headers");
		const measures = lexicons.get("measures");
		const words = lexicons.get("indicator-words");
		const report = (where, name, fields, targetBlocks) => {
			if (fields.target && fields.frequency) return;
			const placeholder = fields.target ? void 0 : placeholderIn(targetBlocks);
			const note = placeholder ? ` ("${placeholder}" is a placeholder, not a target)` : "";
			const messageId = !fields.target && !fields.frequency ? "missingBoth" : fields.target ? "missingFrequency" : "missingTarget";
			context.report({
				block: where,
				messageId,
				data: {
					indicator: shorten(name),
					note
				}
			});
		};
		return { documentEnd(doc) {
			const tableFields = /* @__PURE__ */ new Map();
			const seen = /* @__PURE__ */ new Set();
			for (const indicator of findIndicators(doc, lexicons)) if (indicator.cells) {
				const cells = indicator.cells;
				const table = cells[0].cell.table;
				let wide = tableFields.get(table);
				if (!wide) tableFields.set(table, wide = tableWide(doc, table, lexicons));
				const columns = (headers) => table.header.map((h, i) => headers.test(h ?? "") ? i : -1).filter((i) => i >= 0);
				const targetColumns = columns(targetHeaders);
				const frequencyColumns = columns(frequencyHeaders);
				const targetCells = targetColumns.length > 0 ? cells.filter((c) => targetColumns.includes(c.cell.column)) : cells.slice(1);
				const isTarget = (c) => !notSet.test(c.text) && (targets.test(c.text) || targetColumns.length > 0 && HAS_FIGURE.test(c.text));
				report(cells[0], quoteOf(cells[0].written), {
					target: wide.target || targetCells.some(isTarget),
					frequency: wide.frequency || cells.some((c) => frequencies.test(c.text) || frequencyColumns.includes(c.cell.column) && /[\p{L}\p{N}]/u.test(c.text) && !notSet.test(c.text))
				}, targetCells);
			} else if (indicator.block?.kind === "list-item" && !seen.has(indicator.block)) {
				const item = indicator.block;
				seen.add(item);
				if (!measures.test(item.text) && !words.test(item.text)) continue;
				const wide = listWide(doc, item, lexicons);
				report(item, quoteOf(item.written), {
					target: wide.target || !notSet.test(item.text) && targets.test(item.text),
					frequency: wide.frequency || frequencies.test(item.text)
				}, [item]);
			}
		} };
	}
});
function shorten(text) {
	return text.length > 80 ? `${text.slice(0, text.lastIndexOf(" ", 77) > 40 ? text.lastIndexOf(" ", 77) : 77)}…` : text;
}
// dist/rules/index.js
const builtinRules = {
	"no-vague-equity-statement": no_vague_equity_statement_default,
	"require-ethnicity-outcome-indicators": require_ethnicity_outcome_indicators_default,
	"require-engagement-plan": require_engagement_plan_default,
	"require-ethnicity-needs-analysis": require_ethnicity_needs_analysis_default,
	"require-ethnicity-data-recording": require_ethnicity_data_recording_default,
	"require-language-access": require_language_access_default,
	"no-tolerated-data-gap": no_tolerated_data_gap_default,
	"no-provider-deferral": no_provider_deferral_default,
	"no-tick-box-equality-assessment": no_tick_box_equality_assessment_default,
	"require-equity-monitoring": require_equity_monitoring_default,
	"require-core-sections": require_core_sections_default,
	"no-unresolved-comments": no_unresolved_comments_default,
	"no-tracked-changes": no_tracked_changes_default,
	"no-placeholder-text": no_placeholder_text_default,
	"require-kpi-fields": require_kpi_fields_default
};
// dist/src/core/engine.js
/**
* The rule engine: walks the SpecDocument once and calls every rule's
* visitors. Each rule runs in isolation: one that throws, or that spends more
* than its time budget on a document, is reported as that rule's failure and
* the others go on.
*/
/** Replaces {{name}} with data.name; unknown names are left as written. */
function interpolate(template, data) {
	if (!data) return template;
	return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}
function messageText(rule, id, messageId, data) {
	const template = rule.meta.messages[messageId];
	if (template === void 0) throw new Error(`rule "${id}" reported an unknown messageId "${messageId}"`);
	return interpolate(template, data);
}
/**
* What is wrong with a rule's key-action declaration, if anything: every
* message id it declares must be one of the rule's messages, with a meaning
* reports know. Checked when a rule is loaded (plugins) and before it runs.
*/
function keyActionProblem(id, meta) {
	const declared = meta.keyAction;
	if (!declared) return void 0;
	for (const [messageId, meaning] of Object.entries(declared.messages ?? {})) {
		if (!Object.hasOwn(meta.messages, messageId)) return `rule "${id}" declares the key-action meaning of an unknown messageId "${messageId}"`;
		if (meaning !== "not-met" && meaning !== "partly") return `rule "${id}" declares "${String(meaning)}" for messageId "${messageId}"; use "not-met" or "partly"`;
	}
}
/** The sentence containing a text offset, by binary search (sentences are in order and do not overlap). */
function sentenceAt(sentences, offset) {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo <= hi) {
		const mid = lo + hi >> 1;
		const s = sentences[mid];
		if (offset < s.start) hi = mid - 1;
		else if (offset >= s.end) lo = mid + 1;
		else return s;
	}
}
/**
* The lexicons a rule may read: those its meta declares, each checked to be
* loaded, or every lexicon for a rule that declares none (plugins written
* before declarations existed).
*/
function declaredLexicons(configured, all) {
	const declared = configured.rule.meta.lexicons;
	if (!declared) return all;
	const missing = declared.filter((name) => !all.has(name));
	if (missing.length > 0) throw new Error(`it needs the lexicon${missing.length === 1 ? "" : "s"} ${missing.map((n) => `"${n}"`).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not loaded`);
	const allowed = new Set(declared);
	return {
		get(name) {
			if (!allowed.has(name)) throw new Error(`it read the lexicon "${name}" without declaring it in meta.lexicons`);
			return all.get(name);
		},
		has: (name) => allowed.has(name) && all.has(name),
		names: () => declared.filter((name) => all.has(name))
	};
}
function buildMessage(doc, configured, d) {
	const { id, rule, severity } = configured;
	const message = {
		ruleId: id,
		severity,
		message: messageText(rule, id, d.messageId, d.data),
		line: 1,
		column: 1,
		messageId: d.messageId
	};
	const target = d.range ?? (d.sentence && {
		block: d.sentence.block,
		start: d.sentence.start,
		end: d.sentence.end
	}) ?? (d.block && {
		block: d.block,
		start: 0,
		end: d.block.text.length
	}) ?? (d.section?.heading && {
		block: d.section.heading,
		start: 0,
		end: d.section.heading.text.length
	});
	let fixRange;
	if (target) {
		const where = locateRange(doc, target.block, target.start, target.end);
		message.line = where.start.line;
		message.column = where.start.column;
		message.endLine = where.end.line;
		message.endColumn = where.end.column;
		message.headingPath = headingPath(target.block.section);
		const sentence = d.range && sentenceAt(target.block.sentences, target.start);
		const written = target.block.written;
		message.quote = quoteOf(d.quote || (sentence ? written.slice(sentence.start, sentence.end) : d.range ? written : written.slice(target.start, target.end)));
		message.context = written;
		if (!d.range && !d.sentence && !d.block) message.sectionLevel = true;
		fixRange = [where.sourceStart, where.sourceEnd];
	} else {
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
		message.suggestions = d.suggest.map((s) => {
			const desc = s.messageId ? messageText(rule, id, s.messageId, s.data) : s.desc ?? "";
			return s.fix && fixRange ? {
				desc,
				fix: {
					range: fixRange,
					text: s.fix.text
				}
			} : { desc };
		});
	}
	return message;
}
function buildEvidence(doc, configured, d) {
	const { id, rule } = configured;
	const keyAction = rule.meta.keyAction?.id;
	if (!keyAction) throw new Error(`rule "${id}" reported evidence without meta.keyAction`);
	const evidence = {
		ruleId: id,
		keyAction,
		line: 1,
		column: 1
	};
	const target = (d.sentence && {
		block: d.sentence.block,
		start: d.sentence.start,
		end: d.sentence.end
	}) ?? (d.block && {
		block: d.block,
		start: 0,
		end: d.block.text.length
	}) ?? (d.section?.heading && {
		block: d.section.heading,
		start: 0,
		end: d.section.heading.text.length
	});
	if (target) {
		const where = locateRange(doc, target.block, target.start, target.end);
		Object.assign(evidence, {
			line: where.start.line,
			column: where.start.column,
			endLine: where.end.line,
			endColumn: where.end.column
		});
		evidence.headingPath = headingPath(target.block.section);
		evidence.quote = quoteOf(target.block.written.slice(target.start, target.end));
	}
	if (d.note) evidence.note = d.note;
	return evidence;
}
/** Most time one rule may spend on one document before it is stopped (settings.limits.ruleTimeBudgetMs). */
const DEFAULT_RULE_TIME_BUDGET_MS = 1e4;
function ruleTimeBudget(settings) {
	const budget = settings.limits?.ruleTimeBudgetMs;
	return typeof budget === "number" && budget > 0 ? budget : DEFAULT_RULE_TIME_BUDGET_MS;
}
/** The findings, and the positive evidence the rules reported (for key-action statuses). */
function runRules(doc, options) {
	const messages = [];
	const evidence = [];
	const settings = Object.freeze({ ...options.settings ?? {} });
	const active = [];
	const budget = ruleTimeBudget(settings);
	const fail = (configured, error) => {
		const reason = error instanceof Error ? error.message : String(error);
		messages.push({
			ruleId: configured.id,
			severity: 2,
			message: `The rule "${configured.id}" failed on this document (${reason}), so its findings are missing. The other rules still ran. Please report this problem.`,
			line: 1,
			column: 1,
			ruleFailure: true
		});
	};
	const tooSlow = (configured) => {
		const seconds = Number((budget / 1e3).toPrecision(3));
		messages.push({
			ruleId: configured.id,
			severity: 2,
			message: `The rule "${configured.id}" took more than ${seconds} second${seconds === 1 ? "" : "s"} on this document and was stopped, so some of its findings are missing; the other rules still ran (the limit is settings.limits.ruleTimeBudgetMs).`,
			line: 1,
			column: 1,
			ruleFailure: true
		});
	};
	for (const configured of options.rules) {
		let lexicons;
		try {
			const problem = keyActionProblem(configured.id, configured.rule.meta);
			if (problem) throw new Error(problem);
			lexicons = declaredLexicons(configured, options.lexicons);
		} catch (error) {
			fail(configured, error);
			continue;
		}
		const context = {
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
			}
		};
		const start = performance.now();
		try {
			const visitors = configured.rule.create(context) ?? {};
			const spent = performance.now() - start;
			if (spent > budget) tooSlow(configured);
			else active.push({
				configured,
				visitors,
				spent
			});
		} catch (error) {
			fail(configured, error);
		}
	}
	const dispatch = (name, arg) => {
		let clock = performance.now();
		for (let i = 0; i < active.length; i++) {
			const entry = active[i];
			const visitor = entry.visitors[name];
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
	const has = (name) => active.some((a) => a.visitors[name]);
	const wantsSentences = has("sentence");
	const wantsBlocks = has("block");
	const wantsSections = has("section");
	const wantsTables = has("table");
	dispatch("document", doc);
	const seenTables = /* @__PURE__ */ new Set();
	for (const block of doc.blocks) {
		if (wantsSections && block.kind === "heading" && block.section.heading === block) dispatch("section", block.section);
		if (wantsTables && block.cell && !seenTables.has(block.cell.table.index)) {
			seenTables.add(block.cell.table.index);
			dispatch("table", block.cell.table);
		}
		if (wantsBlocks) dispatch("block", block);
		if (wantsSentences) for (const sentence of block.sentences) dispatch("sentence", sentence);
	}
	dispatch("documentEnd", doc);
	const { messages: kept, unused, expired, invalidDates } = applyDirectives(messages, options.directives ?? [], (m) => Boolean(m.documentLevel), options.today);
	for (const { directive, text } of invalidDates) kept.push({
		ruleId: null,
		severity: 1,
		message: `"until ${text}" is not a date speclint can read, so this directive never expires: write the date as YYYY-MM-DD, for example "until 2027-03-31".`,
		line: directive.position.line,
		column: directive.position.column
	});
	if (options.reportUnusedDirectives) {
		for (const { directive, date } of expired) {
			const rules = directive.ruleIds.length > 0 ? directive.ruleIds.join(", ") : "any rule";
			kept.push({
				ruleId: null,
				severity: options.reportUnusedDirectives,
				message: `Expired speclint-disable directive: it silenced ${rules} until ${date} and silences nothing now. Fix what it covered, or agree a new date.`,
				line: directive.position.line,
				column: directive.position.column
			});
		}
		for (const d of unused) {
			const rules = d.ruleIds.length > 0 ? d.ruleIds.join(", ") : "any rule";
			kept.push({
				ruleId: null,
				severity: options.reportUnusedDirectives,
				message: `Unused speclint-disable directive: no finding of ${rules} was silenced by it. Remove it.`,
				line: d.position.line,
				column: d.position.column
			});
		}
	}
	const failed = new Set(messages.filter((m) => m.ruleFailure).map((m) => m.ruleId));
	return {
		messages: kept.sort((a, b) => a.line - b.line || a.column - b.column),
		evidence: evidence.filter((e) => !failed.has(e.ruleId))
	};
}
// dist/src/core/tokens.js
/**
* A word is a run of letters and digits (Unicode L and N), with single
* apostrophes (' or ’) inside it: what the expression
* [\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)* with the u flag matches. It is found by a
* scan over character codes instead (the expression allocates a match object
* per word): ASCII is decided by code, anything else by the same properties.
*/
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The length (1, or 2 for a surrogate pair) of the letter or digit at i, else 0. */
function wordCharAt(text, i) {
	const c = text.charCodeAt(i);
	if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 ? 1 : 0;
	if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
		const next = text.charCodeAt(i + 1);
		if (next >= 56320 && next <= 57343) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
	}
	return LETTER_OR_DIGIT.test(text[i]) ? 1 : 0;
}
const isApostrophe = (c) => c === 39 || c === 8217;
function tokenize(text) {
	const tokens = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		let k = wordCharAt(text, i);
		if (k === 0) {
			i++;
			continue;
		}
		const start = i;
		i += k;
		for (;;) {
			while (i < n && (k = wordCharAt(text, i)) > 0) i += k;
			if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (k = wordCharAt(text, i + 1)) > 0) i += 1 + k;
			else break;
		}
		const written = text.slice(start, i);
		const word = written.includes("’") ? written.replace(/’/g, "'") : written;
		const lower = word.toLowerCase();
		tokens.push({
			text: word,
			lower,
			head: lower.slice(0, 2),
			start,
			end: i
		});
	}
	return tokens;
}
const cache = /* @__PURE__ */ new Map();
const CACHE_LIMIT = 8192;
function tokensOf(text) {
	let tokens = cache.get(text);
	if (!tokens) {
		if (cache.size >= CACHE_LIMIT) cache.clear();
		tokens = tokenize(text);
		cache.set(text, tokens);
	}
	return tokens;
}
// dist/src/core/lexicon.js
/**
* Lexicons: phrase lists kept as data (rules/lexicons/*.yaml), compiled into a
* word trie. Matching is linear in the number of words times the longest
* phrase, whatever the number of phrases.
*/
/** Thrown for malformed lexicon data; the loader adds the file name, and the line of `path` when it has one. */
var LexiconError = class extends Error {
	path;
	constructor(message, path) {
		super(message);
		this.path = path;
	}
};
const isInclude = (t) => typeof t === "object" && t !== null && typeof t.include === "string";
/**
* Replaces each `{ include: name }` among a lexicon's terms with that
* lexicon's terms (read with its own default gap), so a list two lexicons
* share is written once. `terms` of the data as read from a YAML file may
* hold includes, hence the looser type in.
*/
function resolveIncludes(lexicons) {
	const resolving = /* @__PURE__ */ new Set();
	const resolve = (name) => {
		const data = lexicons.get(name);
		if (!data.terms.some(isInclude)) return;
		if (resolving.has(name)) throw new LexiconError(`includes itself (through ${[...resolving].join(", ")})`);
		resolving.add(name);
		data.terms = data.terms.flatMap((t, i) => {
			if (!isInclude(t)) return [t];
			const source = lexicons.get(t.include);
			if (!source) throw new LexiconError(`terms[${i}] includes "${t.include}", which is not a lexicon here`, ["terms", i]);
			resolve(t.include);
			return source.terms.map((s) => source.gap === void 0 || typeof s === "object" && s.gap !== void 0 ? s : {
				...typeof s === "string" ? { term: s } : s,
				gap: source.gap
			});
		});
		resolving.delete(name);
	};
	for (const name of lexicons.keys()) resolve(name);
}
/** More would let a term match across a clause; the words between parts are few in real phrases. */
const MAX_GAP = 4;
const MAX_EXPANSIONS = 4096;
/**
* Splits "(a|b) c (d|)" into parts, each a list of options. Groups may nest:
* "(screened out|assessment (is |)not required)"; a nested group is expanded
* within its alternative.
*/
function parseParts(term) {
	const parts = [];
	let literalStart = 0;
	for (let i = 0; i < term.length; i++) {
		const c = term[i];
		if (c === ")") throw new LexiconError(`unbalanced brackets in "${term}"`);
		if (c !== "(") continue;
		if (i > literalStart) parts.push([term.slice(literalStart, i)]);
		const alternatives = [];
		let depth = 0;
		let start = i + 1;
		let j = i + 1;
		for (; j < term.length; j++) {
			const d = term[j];
			if (d === "(") depth++;
			else if (d === ")") {
				if (depth === 0) break;
				depth--;
			} else if (d === "|" && depth === 0) {
				alternatives.push(term.slice(start, j));
				start = j + 1;
			}
		}
		if (j >= term.length) throw new LexiconError(`unbalanced brackets in "${term}"`);
		alternatives.push(term.slice(start, j));
		const options = alternatives.flatMap((alt) => alt.includes("(") ? expandAlternatives(alt) : [alt]);
		if (options.length > MAX_EXPANSIONS) throw new LexiconError(`"${term}" nests too many alternatives; split it into several terms`);
		parts.push(options);
		i = j;
		literalStart = j + 1;
	}
	if (term.length > literalStart) parts.push([term.slice(literalStart)]);
	return parts;
}
/** Expands "(a|b) c (d|)" and "interpret(er|ing)" into every phrase (for nested groups, tools and tests). */
function expandAlternatives(term) {
	let results = [""];
	for (const options of parseParts(term)) {
		results = results.flatMap((r) => options.map((o) => r + o));
		if (results.length > MAX_EXPANSIONS) throw new LexiconError(`"${term}" expands to more than ${MAX_EXPANSIONS} phrases; split it into several terms`);
	}
	return results;
}
const WORD_CHAR = /[\p{L}\p{N}'’*]/u;
const endsInWord = (s) => s.length > 0 && WORD_CHAR.test(s[s.length - 1]);
const startsInWord = (s) => s.length > 0 && WORD_CHAR.test(s[0]);
/**
* Parts glued inside a word ("interpret" + "(er|ing)") are merged, so that
* every remaining part boundary falls between words and parts can be matched
* word by word without expanding the whole term.
*/
function mergeGluedParts(parts, term) {
	const out = [];
	for (const part of parts) {
		const previous = out[out.length - 1];
		if (previous && previous.some(endsInWord) && part.some(startsInWord)) {
			if (previous.length * part.length > MAX_EXPANSIONS) throw new LexiconError(`"${term}" glues too many alternatives into one word; split it into several terms`);
			out[out.length - 1] = previous.flatMap((p) => part.map((o) => p + o));
		} else out.push([...part]);
	}
	return out;
}
/** Letters, digits and spaces only: most options ("equal access", "be "). */
const PLAIN = /^ *[A-Za-z0-9]+(?: +[A-Za-z0-9]+)* *$/;
/**
* An option's words, as tokenize finds them. For plain options the words are
* simply the space-separated parts, so the (allocation-heavy) regex tokenizer
* is skipped: compiling the built-in lexicons means some 7,700 options.
*/
function termWords(text) {
	if (!PLAIN.test(text)) return tokenize(text);
	return text.trim().split(/ +/).map((word) => ({
		text: word,
		lower: word.toLowerCase()
	}));
}
function parseTerm(raw, defaultGap = 0) {
	if (typeof raw.term !== "string" || raw.term.trim() === "") throw new LexiconError("a term is empty");
	const gap = raw.gap ?? defaultGap;
	if (!Number.isInteger(gap) || gap < 0 || gap > MAX_GAP) throw new LexiconError(`"gap" must be a whole number from 0 to ${MAX_GAP}`);
	const merged = mergeGluedParts(parseParts(raw.term), raw.term);
	const texts = gap === 0 ? merged : merged.flatMap((options) => options.length === 1 && options[0].trim().includes(" ") ? options[0].trim().split(/ +/).map((w) => [w]) : [options]);
	let anyWords = false;
	const parts = texts.map((options) => {
		const part = { options: [] };
		for (const text of options) {
			const prefix = /\*\s*$/.test(text);
			const words = termWords(prefix ? text.replace(/\*\s*$/, "") : text);
			if (words.length === 0) {
				part.o = 1;
				continue;
			}
			anyWords = true;
			part.options.push([
				words.map((w) => w.lower),
				raw.matchCase ? words.map((w) => w.text) : 0,
				prefix ? 1 : 0
			]);
		}
		return part;
	});
	if (!anyWords) throw new LexiconError(`"${raw.term}" has no words`);
	const out = {
		term: raw.term,
		gap,
		parts
	};
	if (raw.tag !== void 0) out.tag = raw.tag;
	return out;
}
function partsOf(term) {
	return term.parts ??= buildParts(term.data);
}
function buildParts(data) {
	return data.parts.map(({ options, o }) => {
		const part = {
			byFirst: /* @__PURE__ */ new Map(),
			prefixFirst: [],
			optional: o === 1
		};
		for (const [lower, cased, prefix] of options) {
			const option = {
				lower,
				cased: cased === 0 ? void 0 : cased,
				prefix: prefix === 1
			};
			if (option.prefix && lower.length === 1) part.prefixFirst.push(option);
			else {
				const list = part.byFirst.get(lower[0]);
				if (list) list.push(option);
				else part.byFirst.set(lower[0], [option]);
			}
		}
		return part;
	});
}
/** Does `option` match the tokens at `at`? Returns the index after it, or -1. */
function matchOption(option, tokens, at) {
	const n = option.lower.length;
	if (at + n > tokens.length) return -1;
	for (let k = 0; k < n; k++) {
		const token = tokens[at + k];
		const last = option.prefix && k === n - 1;
		if (!(last ? token.lower.startsWith(option.lower[k]) : token.lower === option.lower[k])) return -1;
		if (option.cased) {
			const cased = option.cased[k];
			if (last ? !token.text.startsWith(cased) : token.text !== cased) return -1;
		}
	}
	return at + n;
}
/**
* Matches parts[k..] from token `at`; returns the index after the match, or -1.
* After a part has matched, up to `gap` words may be skipped before the next
* (`skippable` is 0 for the first part, which must start where the match does).
*/
function matchParts(parts, k, tokens, at, gap = 0, skippable = 0) {
	if (k === parts.length) return at;
	const part = parts[k];
	for (let skip = 0; skip <= skippable && at + skip <= tokens.length; skip++) {
		const from = at + skip;
		const token = tokens[from];
		if (!token) break;
		for (const option of part.byFirst.get(token.lower) ?? []) {
			const next = matchOption(option, tokens, from);
			if (next !== -1) {
				const end = matchParts(parts, k + 1, tokens, next, gap, gap);
				if (end !== -1) return end;
			}
		}
		for (const option of part.prefixFirst) {
			const next = matchOption(option, tokens, from);
			if (next !== -1) {
				const end = matchParts(parts, k + 1, tokens, next, gap, gap);
				if (end !== -1) return end;
			}
		}
	}
	return part.optional ? matchParts(parts, k + 1, tokens, at, gap, skippable) : -1;
}
/**
* Every word a term can start with, following optional leading parts, and the
* first two letters of every prefix it can start with ("interpret*"), read
* from its data without building its parts.
*/
function firstWords(data) {
	const words = /* @__PURE__ */ new Set();
	const prefixKeys = /* @__PURE__ */ new Set();
	for (const part of data.parts) {
		for (const [lower, , prefix] of part.options) if (prefix === 1 && lower.length === 1) prefixKeys.add(lower[0].slice(0, 2));
		else words.add(lower[0]);
		if (part.o !== 1) break;
	}
	return {
		words,
		prefixKeys
	};
}
const NONE = [];
function precompileLexicon(data) {
	if (!Array.isArray(data.terms)) throw new LexiconError("\"terms\" must be a list of phrases");
	const terms = data.terms.map((t, i) => {
		const raw = typeof t === "string" ? { term: t } : t;
		if (!raw || typeof raw !== "object" || typeof raw.term !== "string") throw new LexiconError(`terms[${i}] must be a phrase or { term, matchCase }`, ["terms", i]);
		try {
			return parseTerm(raw, data.gap);
		} catch (error) {
			throw new LexiconError(`terms[${i}]: ${error.message}`, ["terms", i]);
		}
	});
	const patterns = (data.patterns ?? []).map((p, i) => {
		const source = typeof p === "string" ? p : p?.pattern;
		if (typeof source !== "string") throw new LexiconError(`patterns[${i}] must be a regular expression or { pattern, matchCase }`, ["patterns", i]);
		const flags = typeof p === "object" && p.matchCase ? "gu" : "giu";
		try {
			return {
				source: new RegExp(source, flags).source,
				flags
			};
		} catch (error) {
			throw new LexiconError(`patterns[${i}] is not a valid regular expression: ${error.message}`, ["patterns", i]);
		}
	});
	return {
		name: data.name,
		description: data.description ?? "",
		terms,
		patterns
	};
}
function compileLexicon(data) {
	return lexiconFromPrecompiled(precompileLexicon(data));
}
function lexiconFromPrecompiled(data) {
	const byFirstWord = /* @__PURE__ */ new Map();
	/** Terms that may start with a prefix word ("interpret*"), by its first two letters. */
	const byPrefixStart = /* @__PURE__ */ new Map();
	/** The few whose prefix is a single letter: tried at every word. */
	const anyStart = [];
	for (const termData of data.terms) {
		const term = {
			term: termData.term,
			tag: termData.tag,
			data: termData,
			gap: termData.gap
		};
		const { words, prefixKeys } = firstWords(termData);
		for (const key of prefixKeys) if (key.length < 2) anyStart.push(term);
		else {
			const list = byPrefixStart.get(key);
			if (list) list.push(term);
			else byPrefixStart.set(key, [term]);
		}
		for (const word of words) {
			const list = byFirstWord.get(word);
			if (list) list.push(term);
			else byFirstWord.set(word, [term]);
		}
	}
	const patterns = data.patterns.map((p) => new RegExp(p.source, p.flags));
	const hasPrefixes = byPrefixStart.size > 0 || anyStart.length > 0;
	function scan(text, stopAtFirst) {
		const out = [];
		const tokens = tokensOf(text);
		const tryTerm = (term, i) => {
			const end = matchParts(partsOf(term), 0, tokens, i, term.gap);
			if (end <= i) return false;
			const start = tokens[i].start;
			const stop = tokens[end - 1].end;
			for (let k = out.length - 1; k >= 0 && out[k].start === start; k--) if (out[k].end === stop && out[k].tag === term.tag) return false;
			out.push({
				start,
				end: stop,
				text: text.slice(start, stop),
				term: term.term,
				tag: term.tag
			});
			return stopAtFirst;
		};
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			const byWord = byFirstWord.get(token.lower) ?? NONE;
			for (let t = 0; t < byWord.length; t++) if (tryTerm(byWord[t], i)) return out;
			if (!hasPrefixes) continue;
			const byPrefix = byPrefixStart.get(token.head) ?? NONE;
			for (const term of byPrefix) if (!byWord.includes(term) && tryTerm(term, i)) return out;
			for (const term of anyStart) if (!byWord.includes(term) && !byPrefix.includes(term) && tryTerm(term, i)) return out;
		}
		for (const re of patterns) {
			re.lastIndex = 0;
			for (const m of text.matchAll(re)) {
				if (m[0] === "") continue;
				out.push({
					start: m.index,
					end: m.index + m[0].length,
					text: m[0],
					term: re.source
				});
				if (stopAtFirst) return out;
			}
		}
		if (patterns.length > 0 && !stopAtFirst) out.sort((a, b) => a.start - b.start || b.end - a.end);
		return out;
	}
	const found = /* @__PURE__ */ new Map();
	const firsts = /* @__PURE__ */ new Map();
	const copy = (m) => ({ ...m });
	function findAll(text) {
		let matches = found.get(text);
		if (!matches) {
			if (found.size >= MEMO_LIMIT) found.clear();
			matches = scan(text, false);
			found.set(text, matches);
		}
		return matches.map(copy);
	}
	function firstOf(text) {
		let first = firsts.get(text);
		if (first === void 0) {
			if (firsts.size >= MEMO_LIMIT) firsts.clear();
			first = scan(text, true)[0] ?? null;
			firsts.set(text, first);
		}
		return first;
	}
	return {
		name: data.name,
		description: data.description,
		find: findAll,
		first: (text) => {
			const first = firstOf(text);
			return first ? copy(first) : void 0;
		},
		test: (text) => firstOf(text) !== null
	};
}
/**
* A lexicon compiled when it is first asked something: a run uses about two
* thirds of the built-in lexicons, and which ones depends on the document.
*/
function lazyLexicon(name, description, compile) {
	let lexicon;
	const get = () => lexicon ??= compile();
	return {
		name,
		description,
		find: (text) => get().find(text),
		first: (text) => get().first(text),
		test: (text) => get().test(text)
	};
}
/** Texts whose results each lexicon keeps (a document's sentences, blocks and rows). */
const MEMO_LIMIT = 4096;
function lexiconSet(lexicons) {
	return {
		get(name) {
			const lexicon = lexicons.get(name);
			if (!lexicon) throw new Error(`No lexicon named "${name}" is loaded (known: ${[...lexicons.keys()].join(", ")})`);
			return lexicon;
		},
		has: (name) => lexicons.has(name),
		names: () => [...lexicons.keys()]
	};
}
/** Applies a project's `settings.lexicons.<name>` to built-in data. */
function applyOverride(data, override) {
	if (Array.isArray(override)) return {
		...data,
		terms: override
	};
	let terms = override.replace ?? data.terms;
	if (override.remove) {
		const removed = new Set(override.remove.map((t) => t.toLowerCase()));
		terms = terms.filter((t) => !removed.has((typeof t === "string" ? t : t.term).toLowerCase()));
	}
	if (override.add) terms = [...terms, ...override.add];
	return {
		...data,
		terms
	};
}
// dist/src/core/yaml-rule.js
/**
* Declarative rules, as Vale styles have them: a rule is data that `extends`
* one of a few checks. Pure: the file is read and validated elsewhere.
*
*   existence     flag these phrases
*   substitution  flag these phrases and suggest a replacement
*   conditional   where `first` appears, `second` must appear too
*                 (in the same sentence, paragraph, section or document)
*/
const asList$1 = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
function inScope(sentence, scopes) {
	if (scopes.length === 0) return sentence.block.kind !== "heading";
	const block = sentence.block;
	return scopes.some((scope) => {
		if (scope === "sentence") return block.kind === "paragraph" || block.kind === "list-item" || block.kind === "table-cell";
		if (scope === "heading") return block.kind === "heading";
		if (scope === "table-cell") return block.kind === "table-cell" || Boolean(block.cell);
		if (scope === "list-item") return block.kind === "list-item";
		return scope.startsWith("section:") && block.section.kind === scope.slice(8);
	});
}
/** Headings have no sentences; a heading in scope is read as one. */
function headingSentence(block) {
	return {
		block,
		text: block.text,
		start: 0,
		end: block.text.length
	};
}
function compileYamlRule(id, data) {
	const scopes = asList$1(data.scope);
	const lexicon = (name, terms, patterns) => compileLexicon({
		name: `${id}/${name}`,
		terms,
		patterns
	});
	const docs = {
		description: data.description ?? data.message.replace(/\{\{\s*\w+\s*\}\}/g, "…"),
		rationale: data.description ?? "",
		source: data.link ?? "Your organisation's own rule.",
		recommended: data.level ?? "warn",
		goodExample: "",
		url: data.link
	};
	/** Sentences to look at, headings included when a scope asks for them. */
	const units = (block) => block.kind === "heading" ? [headingSentence(block)] : block.sentences;
	switch (data.extends) {
		case "existence":
		case "substitution": {
			const swaps = Object.entries(data.swap ?? {});
			const matcher = lexicon("tokens", data.extends === "substitution" ? swaps.map(([from]) => from) : data.tokens ?? [], data.patterns);
			const replacement = (match) => swaps.find(([from]) => from === match.term)?.[1];
			return defineRule({
				meta: {
					type: "suggestion",
					docs,
					messages: {
						found: data.message,
						swap: "Replace \"{{match}}\" with \"{{replacement}}\""
					},
					hasSuggestions: data.extends === "substitution"
				},
				create(context) {
					return { block(block) {
						for (const sentence of units(block)) {
							if (!inScope(sentence, scopes)) continue;
							for (const match of matcher.find(sentence.text)) {
								const swap = replacement(match);
								context.report({
									range: {
										block,
										start: sentence.start + match.start,
										end: sentence.start + match.end
									},
									messageId: "found",
									data: {
										match: match.text,
										...swap !== void 0 && { replacement: swap }
									},
									...swap !== void 0 && { suggest: [{
										messageId: "swap",
										data: {
											match: match.text,
											replacement: swap
										},
										fix: { text: swap }
									}] }
								});
							}
						}
					} };
				}
			});
		}
		case "conditional": {
			const first = lexicon("first", asList$1(data.first));
			const second = lexicon("second", asList$1(data.second));
			const within = data.within ?? "sentence";
			const sectionText = (section) => section.blocks.map((b) => b.text).join("\n");
			return defineRule({
				meta: {
					type: "suggestion",
					docs,
					messages: { missing: data.message }
				},
				create(context) {
					let documentHasSecond;
					const satisfied = (sentence) => {
						switch (within) {
							case "sentence": return second.test(sentence.text);
							case "paragraph": return second.test(sentence.block.text);
							case "section": return second.test(sectionText(sentence.block.section));
							default:
								documentHasSecond ??= context.document.blocks.some((b) => second.test(b.text));
								return documentHasSecond;
						}
					};
					return { block(block) {
						for (const sentence of units(block)) {
							if (!inScope(sentence, scopes)) continue;
							const match = first.first(sentence.text);
							if (match && !satisfied(sentence)) context.report({
								range: {
									block,
									start: sentence.start + match.start,
									end: sentence.start + match.end
								},
								messageId: "missing",
								data: { match: match.text }
							});
						}
					} };
				}
			});
		}
	}
}
// dist/src/config/validate.js
/**
* JSON Schema validation with messages a person can act on: the file, the
* line, the key, and what is allowed there. Ajv is imported only when there is
* something to validate, so runs without a config never pay for it.
*/
let ajv;
async function getAjv() {
	if (!ajv) {
		const { Ajv } = await import("./ajv-5mU7aUQB.js").then((m) => /* @__PURE__ */ __toESM(m.default, 1));
		ajv = new Ajv({
			allErrors: true,
			verbose: true,
			strict: false
		});
	}
	return ajv;
}
const schemaValidators = /* @__PURE__ */ new Map();
const schemaFile = (name) => join(packageRoot, "schema", `${name}.schema.json`);
/** A validator for one of the schemas shipped in schema/. */
async function schemaValidator(name) {
	let validate = schemaValidators.get(name);
	if (!validate) {
		validate = (await getAjv()).compile(JSON.parse(readFileSync(schemaFile(name), "utf8")));
		schemaValidators.set(name, validate);
	}
	return validate;
}
/**
* The same, for readers that cannot wait (lexicons are read synchronously, and
* rarely: only when they change). Ajv is required from node_modules; a bundle
* that ships without it (the VS Code extension's server) gets undefined, and
* its reader keeps its own checks.
*/
function schemaValidatorSync(name) {
	let validate = schemaValidators.get(name);
	if (!validate) {
		if (!ajv) {
			let Ajv;
			try {
				({Ajv} = createRequire(import.meta.url)("ajv"));
			} catch {
				return;
			}
			ajv = new Ajv({
				allErrors: true,
				verbose: true,
				strict: false
			});
		}
		validate = ajv.compile(JSON.parse(readFileSync(schemaFile(name), "utf8")));
		schemaValidators.set(name, validate);
	}
	return validate;
}
/** The schema's text, for caches that must notice when it changes. */
const schemaText = (name) => readFileSync(schemaFile(name), "utf8");
const configSchemaValidator = () => schemaValidator("speclintrc");
const optionValidators = /* @__PURE__ */ new WeakMap();
/** Validates a rule's options array against its `meta.schema` (a list of item schemas). */
async function optionsValidator(schema) {
	let validate = optionValidators.get(schema);
	if (!validate) {
		validate = (await getAjv()).compile({
			type: "array",
			items: schema,
			maxItems: schema.length
		});
		optionValidators.set(schema, validate);
	}
	return validate;
}
function pathOf(error) {
	return error.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^\d+$/.test(p) ? Number(p) : p);
}
function describeError(error) {
	const path = pathOf(error);
	const parent = error.parentSchema;
	switch (error.keyword) {
		case "additionalProperties": {
			const key = error.params.additionalProperty;
			const allowed = Object.keys(parent?.properties ?? {});
			return {
				path: [...path, key],
				message: `is not a setting here${allowed.length ? `; allowed: ${allowed.join(", ")}` : ""}.`
			};
		}
		case "enum": return {
			path,
			message: `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}.`
		};
		case "anyOf":
		case "oneOf": return {
			path,
			message: `must be ${parent?.description ?? "one of the allowed forms"}.`
		};
		case "required": return {
			path,
			message: `is missing "${error.params.missingProperty}".`
		};
		case "type": return {
			path,
			message: `must be ${/^[aeiou]/.test(String(error.params.type)) ? "an" : "a"} ${error.params.type}.`
		};
		default: return {
			path,
			message: `${error.message ?? "is not allowed"}.`
		};
	}
}
/** The most useful problem from Ajv's errors: the deepest path, and an anyOf over its branches. */
function bestProblem(errors) {
	let best = errors[0];
	for (const e of errors) {
		const depth = e.instancePath.split("/").length;
		const bestDepth = best.instancePath.split("/").length;
		if (depth > bestDepth || depth === bestDepth && (e.keyword === "anyOf" || e.keyword === "additionalProperties") && best.keyword !== "additionalProperties") best = e;
	}
	return describeError(best);
}
function displayPath(path) {
	return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
// dist/src/config/sourced.js
/**
* Reading a YAML or JSON file (a config, a YAML rule) with enough of its
* source kept to name the line of a mistake, and the sentence that names it.
* Shared by the config loader (load.ts) and the YAML rule loader
* (registry.ts), which would otherwise import each other.
*/
const FORBIDDEN_KEYS = /* @__PURE__ */ new Set([
	"__proto__",
	"constructor",
	"prototype"
]);
/** Refuses keys that would reach an object's prototype, anywhere in a file's data. */
function checkKeys(value, path, fail) {
	if (Array.isArray(value)) value.forEach((v, i) => checkKeys(v, [...path, i], fail));
	else if (value && typeof value === "object") for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key)) fail({
			path: [...path, key],
			message: "is not allowed as a key."
		});
		checkKeys(value[key], [...path, key], fail);
	}
}
/** Reads a YAML or JSON file keeping enough of its source to name lines in messages. */
function readSourced(file) {
	let text;
	try {
		text = readFileSync(file, "utf8");
	} catch (error) {
		throw new ConfigError(`Cannot read the config file ${file}: ${error.code ?? error.message}.`);
	}
	const { LineCounter, parseDocument } = loadYaml();
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter,
		uniqueKeys: true
	});
	if (doc.errors.length > 0) {
		const e = doc.errors[0];
		const line = e.linePos?.[0].line;
		throw new ConfigError(`${file}${line ? `:${line}` : ""}: this is not valid ${file.endsWith(".json") ? "JSON" : "YAML"} (${e.message.split("\n")[0]}).`);
	}
	const prefix = file.endsWith("package.json") ? ["speclint"] : [];
	let data;
	try {
		data = doc.toJS({ maxAliasCount: 50 });
	} catch (error) {
		throw new ConfigError(`${file}: ${error.message}`);
	}
	for (const key of prefix) data = data?.[key];
	const lineOf = lineFinder(doc, lineCounter, prefix);
	if (data && typeof data === "object" && !Array.isArray(data)) {
		for (const [key, value] of Object.entries(data)) if (value === null) delete data[key];
	}
	const sourced = {
		file,
		data: data ?? {},
		lineOf
	};
	if (data === null || data === void 0) sourced.data = {};
	else if (typeof data !== "object" || Array.isArray(data)) throw new ConfigError(`${file}: a config must be a mapping of settings (extends, rules, settings, overrides, ignores).`);
	return sourced;
}
/** 1-based line of a key path in a parsed YAML document (under `prefix`), when it can be found. */
function lineFinder(doc, lineCounter, prefix = []) {
	const { isMap, isScalar } = loadYaml();
	return (path) => {
		const full = [...prefix, ...path];
		const parent = doc.getIn(full.slice(0, -1), true);
		const last = full[full.length - 1];
		if (isMap(parent)) {
			const range = parent.items.find((p) => isScalar(p.key) && p.key.value === last)?.key?.range;
			if (range) return lineCounter.linePos(range[0]).line;
		}
		const node = doc.getIn(full, true);
		return node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
	};
}
function problemError(config, problem) {
	const line = config.lineOf(problem.path);
	const where = `${relativeName(config.file)}${line ? `:${line}` : ""}`;
	const key = problem.path.length > 0 ? `"${displayPath(problem.path)}" ` : "";
	return new ConfigError(`${where}: ${key}${problem.message}`);
}
/** A file's name relative to the working directory when it is inside it, else as given. */
function relativeName(file) {
	const rel = relative(process.cwd(), file);
	return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
// dist/src/config/registry.js
/**
* The rules a config can use: the built-in ones, those of its plugins
* (`plugin-name/rule-id`) and its YAML rules (`rulesDir`), and the configs
* plugins share (`plugin:plugin-name/config-name`).
*/
var RuleRegistry = class {
	rules = { ...builtinRules };
	configs = /* @__PURE__ */ new Map();
	/** YAML rules are on at their own level unless the config says otherwise. */
	yamlDefaults = {};
	plugins = /* @__PURE__ */ new Map();
	/** Loads a plugin named in `from`; `at` names where, for messages. */
	async loadPlugin(name, baseDir, at) {
		const fail = (reason) => new ConfigError(`${at}: the plugin "${name}" could not be loaded: ${reason}`);
		const isPath = name.startsWith(".") || isAbsolute(name);
		const packageName = isPath ? void 0 : pluginPackageName(name);
		const entry = isPath ? resolvePath(resolve(baseDir, name)) : resolvePackage(packageName, baseDir);
		if (!entry) throw fail(isPath ? `nothing was found at ${resolve(baseDir, name)}.` : `the package "${packageName}" is not installed. Install it with: npm install --save-dev ${packageName}`);
		if (this.plugins.get(shortName(name)) === entry) return;
		let module;
		try {
			module = await import(pathToFileURL(entry).href);
		} catch (error) {
			throw fail(`it failed while loading (${error.message.split("\n")[0]}).`);
		}
		const plugin = module.default ?? module;
		if (!plugin || typeof plugin !== "object" || plugin.rules === void 0 && plugin.configs === void 0) throw fail("it exports neither rules nor configs.");
		const prefix = plugin.meta?.name ? shortName(plugin.meta.name) : shortName(name);
		for (const [id, rule] of Object.entries(plugin.rules ?? {})) {
			if (!rule || typeof rule.create !== "function" || typeof rule.meta?.messages !== "object") throw fail(`its rule "${id}" is not a rule (it needs meta.messages and a create function).`);
			const problem = keyActionProblem(id, rule.meta);
			if (problem) throw fail(`${problem}.`);
			this.rules[`${prefix}/${id}`] = rule;
		}
		for (const [configName, config] of Object.entries(plugin.configs ?? {})) this.configs.set(`plugin:${prefix}/${configName}`, config);
		this.plugins.set(prefix, entry);
	}
	/** Loads every .yaml / .yml rule in a folder; the file name is the rule id. */
	async loadRulesDir(dir, at) {
		if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ConfigError(`${at}: the rules folder ${dir} does not exist.`);
		for (const file of readdirSync(dir).sort()) {
			if (!/\.ya?ml$/.test(file)) continue;
			const id = basename(file, extname(file));
			const path = join(dir, file);
			if (builtinRules[id]) throw new ConfigError(`${path}: "${id}" is the name of a built-in rule; rename the file.`);
			const sourced = readSourced(path);
			if (Object.keys(sourced.data).length === 0) throw new ConfigError(`${path}: the rule is empty; a YAML rule needs at least "extends" and "message".`);
			checkKeys(sourced.data, [], (problem) => {
				throw problemError(sourced, problem);
			});
			const validate = await schemaValidator("yaml-rule");
			if (!validate(sourced.data)) throw problemError(sourced, bestProblem(validate.errors ?? []));
			const data = sourced.data;
			if (data.patterns?.length) await refuseUnsafePatterns(data.patterns, path);
			try {
				this.rules[id] = compileYamlRule(id, data);
			} catch (error) {
				throw new ConfigError(`${path}: ${error.message}`);
			}
			this.yamlDefaults[id] = data.level ?? "warn";
		}
	}
};
/** How long recheck may take to decide about one pattern before it is refused as undecided. */
const PATTERN_CHECK_TIMEOUT_MS = 1e4;
/**
* Refuses a YAML rule's regular expression that can backtrack catastrophically
* (ReDoS), so one careless pattern cannot hang every run on some sentence.
* recheck (a dependency) is imported only here, when a rule has patterns;
* should it be missing from a pruned install, the check is skipped (SECURITY.md).
*/
async function refuseUnsafePatterns(patterns, file) {
	let check;
	try {
		({check} = await import("recheck"));
	} catch {
		return;
	}
	for (const pattern of patterns) {
		try {
			new RegExp(pattern, "giu");
		} catch {
			continue;
		}
		const first = await check(pattern, "giu", { timeout: PATTERN_CHECK_TIMEOUT_MS });
		if (first.status === "safe") continue;
		const second = first.status === "vulnerable" && first.checker === "automaton" ? first : await check(pattern, "giu", {
			attackTimeout: null,
			incubationTimeout: null,
			seedingTimeout: null,
			timeout: PATTERN_CHECK_TIMEOUT_MS
		});
		if (second.status === "safe") continue;
		const result = second.status === "unknown" && first.status === "vulnerable" ? first : second;
		const why = result.status === "vulnerable" ? `can make matching take ${result.complexity.type === "exponential" ? "exponential" : "polynomial"} time on some text (catastrophic backtracking)` : result.error.kind === "timeout" ? `could not be shown to be safe from catastrophic backtracking within ${PATTERN_CHECK_TIMEOUT_MS / 1e3} seconds` : `could not be checked for catastrophic backtracking (${result.error.kind})`;
		throw new ConfigError(`${file}: the pattern "${pattern}" ${why}, so speclint refused it; rewrite it without nested or overlapping repetition, or use tokens instead.`);
	}
}
/** "nhs-mental-health" → "speclint-plugin-nhs-mental-health"; "@org/x" → "@org/speclint-plugin-x". */
function pluginPackageName(name) {
	if (name.startsWith("@")) {
		const [scope, rest] = name.split("/");
		if (!rest) return `${scope}/speclint-plugin`;
		return rest.startsWith("speclint-plugin") ? name : `${scope}/speclint-plugin-${rest}`;
	}
	return name.startsWith("speclint-plugin-") ? name : `speclint-plugin-${name}`;
}
/** The name rule ids are prefixed with: the plugin's name without "speclint-plugin-". */
function shortName(name) {
	let end = name.length;
	while (end > 1 && name[end - 1] === "/") end--;
	const base = name.startsWith(".") || isAbsolute(name) ? basename(name.slice(0, end), extname(name)) : name;
	return base.replace(/^(@[^/]+\/)?speclint-plugin-?/, "$1").replace(/\/$/, "") || base;
}
function resolvePath(path) {
	if (existsSync(path) && statSync(path).isFile()) return path;
	if (existsSync(join(path, "package.json"))) return packageEntry(path);
	for (const index of ["index.js", "index.mjs"]) if (existsSync(join(path, index))) return join(path, index);
}
/** node_modules lookup from the config's folder upwards. */
function resolvePackage(name, fromDir) {
	for (let dir = resolve(fromDir);; dir = dirname(dir)) {
		const candidate = join(dir, "node_modules", name);
		if (existsSync(join(candidate, "package.json"))) return packageEntry(candidate);
		if (dirname(dir) === dir) return void 0;
	}
}
function packageEntry(dir) {
	const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
	let target = pkg.exports;
	if (target && typeof target === "object" && "." in target) target = target["."];
	while (target && typeof target === "object") {
		const conditions = target;
		target = conditions.import ?? conditions.default ?? conditions.node ?? conditions.require;
	}
	const entry = typeof target === "string" ? target : pkg.main ?? "index.js";
	const path = resolve(dir, entry);
	return existsSync(path) ? path : void 0;
}
// dist/src/config/presets.js
const PRESET_NAMES = [
	"speclint:recommended",
	"speclint:procurement-ready",
	"speclint:strict",
	"speclint:all"
];
function presetConfig(name, rules) {
	const entries = {};
	for (const [id, rule] of Object.entries(rules)) {
		const recommended = rule.meta.docs.recommended;
		switch (name) {
			case "speclint:recommended":
				entries[id] = recommended || "off";
				break;
			case "speclint:procurement-ready":
				entries[id] = rule.meta.docs.procurementReady ? "error" : recommended || "off";
				break;
			case "speclint:strict":
				entries[id] = rule.meta.docs.strictOptions ? ["error", ...rule.meta.docs.strictOptions] : "error";
				break;
			case "speclint:all":
				entries[id] = recommended || "warn";
				break;
			default: return;
		}
	}
	return { rules: entries };
}
// dist/src/config/rule-settings.js
const SEVERITIES = {
	off: 0,
	warn: 1,
	error: 2,
	0: 0,
	1: 1,
	2: 2
};
function normaliseEntry(entry) {
	const [severity, ...options] = Array.isArray(entry) ? entry : [entry];
	return [SEVERITIES[String(severity)], ...options];
}
/** Later entries win; a bare severity keeps the options set earlier (as in ESLint). */
function mergeRules(base, extra) {
	if (!extra) return base;
	const out = { ...base };
	for (const [id, entry] of Object.entries(extra)) {
		const setting = normaliseEntry(entry);
		const previous = out[id];
		out[id] = setting.length === 1 && previous ? [setting[0], ...previous.slice(1)] : setting;
	}
	return out;
}
function mergeOptions(defaults, given) {
	const length = Math.max(defaults?.length ?? 0, given.length);
	const out = [];
	for (let i = 0; i < length; i++) {
		const d = defaults?.[i];
		const g = given[i];
		const bothObjects = d && g && typeof d === "object" && typeof g === "object" && !Array.isArray(d) && !Array.isArray(g);
		out.push(bothObjects ? {
			...d,
			...g
		} : g === void 0 ? d : g);
	}
	return out;
}
/** The engine's view: enabled rules only, options merged over defaults. */
function configuredRules(rules, known) {
	const out = [];
	for (const [id, [severity, ...options]] of Object.entries(rules)) {
		const rule = known[id];
		if (severity === 0 || !rule) continue;
		out.push({
			id,
			rule,
			severity,
			options: mergeOptions(rule.meta.defaultOptions, options)
		});
	}
	return out;
}
// dist/src/config/load.js
/**
* Finding, reading and validating config files. A config is found by walking
* up from the starting directory; the nearest one is used (configs do not
* cascade: use `extends` to share one).
*/
const asList = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
const CONFIG_FILES = [
	".speclintrc.yaml",
	".speclintrc.yml",
	".speclintrc.json",
	"package.json"
];
/** The nearest config file at or above `dir`, or undefined. */
function findConfigFile(dir) {
	for (let current = resolve(dir);; current = dirname(current)) {
		for (const name of CONFIG_FILES) {
			const file = join(current, name);
			if (!existsSync(file)) continue;
			if (name !== "package.json") return file;
			try {
				if (JSON.parse(readFileSync(file, "utf8"))?.speclint !== void 0) return file;
			} catch {}
		}
		if (dirname(current) === current) return void 0;
	}
}
/** Checks rule ids and options in a `rules` block; `path` locates it in the file. */
async function validateRules(config, rules, path, known) {
	for (const [id, entry] of Object.entries(rules ?? {})) {
		const rule = known[id];
		if (!rule) throw problemError(config, {
			path: [...path, id],
			message: `is not a speclint rule. Run "speclint --list-rules" to see the rules you can use.`
		});
		const options = Array.isArray(entry) ? entry.slice(1) : [];
		if (options.length === 0) continue;
		const schema = rule.meta.schema ?? [];
		if (schema.length === 0) throw problemError(config, {
			path: [...path, id],
			message: "takes no options; give only a severity."
		});
		const validate = await optionsValidator(schema);
		if (!validate(options)) {
			const problem = bestProblem(validate.errors ?? []);
			const [index, ...rest] = problem.path;
			const inFile = typeof index === "number" ? [index + 1, ...rest] : problem.path;
			throw problemError(config, {
				path: [
					...path,
					id,
					...inFile
				],
				message: `${problem.message} (options of ${id})`
			});
		}
	}
}
/** The file's shape, against schema/speclintrc.schema.json. */
async function validateShape(config) {
	checkKeys(config.data, [], (p) => {
		throw problemError(config, p);
	});
	const validate = await configSchemaValidator();
	if (!validate(config.data)) throw problemError(config, bestProblem(validate.errors ?? []));
}
/** Rule ids and options, once plugins and YAML rules are known. */
async function validateRuleBlocks(config, known) {
	await validateRules(config, config.data.rules, ["rules"], known);
	for (const [i, o] of (config.data.overrides ?? []).entries()) await validateRules(config, o.rules, [
		"overrides",
		i,
		"rules"
	], known);
}
function mergeSettings(base, extra) {
	if (!extra) return base;
	const out = { ...base };
	for (const [key, value] of Object.entries(extra)) {
		const prev = out[key];
		out[key] = prev && value && typeof prev === "object" && typeof value === "object" && !Array.isArray(prev) && !Array.isArray(value) ? {
			...prev,
			...value
		} : value;
	}
	return out;
}
async function flattenConfig(config, registry, seen = []) {
	await validateShape(config);
	const baseDir = dirname(config.file);
	for (const [i, name] of (config.data.plugins ?? []).entries()) {
		const line = config.lineOf(["plugins", i]);
		await registry.loadPlugin(name, baseDir, `${relativeName(config.file)}${line ? `:${line}` : ""}`);
	}
	for (const [i, dir] of asList(config.data.rulesDir).entries()) {
		const line = config.lineOf(Array.isArray(config.data.rulesDir) ? ["rulesDir", i] : ["rulesDir"]);
		await registry.loadRulesDir(resolve(baseDir, dir), `${relativeName(config.file)}${line ? `:${line}` : ""}`);
	}
	const flat = {
		file: config.file,
		baseDir: dirname(config.file),
		rules: {},
		settings: {},
		overrides: [],
		ignores: [],
		reportUnusedDirectives: 0
	};
	const isRoot = seen.length === 0;
	const bases = config.data.extends === void 0 && isRoot ? ["speclint:recommended"] : asList(config.data.extends);
	flat.extends = [...bases];
	for (const [i, name] of bases.entries()) {
		const path = Array.isArray(config.data.extends) ? ["extends", i] : ["extends"];
		let parent;
		const preset = presetConfig(name, builtinRules);
		const shared = registry.configs.get(name);
		if (preset) parent = {
			...flat,
			rules: mergeRules({}, preset.rules),
			settings: {},
			overrides: [],
			ignores: []
		};
		else if (shared) {
			if (seen.includes(name)) throw problemError(config, {
				path,
				message: "extends a config that extends this one (a loop)."
			});
			parent = await flattenConfig({
				file: config.file,
				data: shared,
				lineOf: () => config.lineOf(path)
			}, registry, [...seen, name]);
		} else if (name.startsWith("plugin:")) throw problemError(config, {
			path,
			message: `is not a config of any loaded plugin (load the plugin in "plugins" first; known: ${[...registry.configs.keys()].join(", ") || "none"}).`
		});
		else if (name.startsWith("speclint:")) throw problemError(config, {
			path,
			message: `is not a speclint preset; use one of ${PRESET_NAMES.join(", ")}.`
		});
		else if (name.startsWith(".") || isAbsolute(name)) {
			const file = resolve(dirname(config.file), name);
			if (seen.includes(file)) throw problemError(config, {
				path,
				message: "extends a config that extends this one (a loop)."
			});
			if (!existsSync(file)) throw problemError(config, {
				path,
				message: `names a file that does not exist (${file}).`
			});
			parent = await flattenConfig(readSourced(file), registry, [...seen, config.file]);
		} else throw problemError(config, {
			path,
			message: `is not a preset, a plugin config or a file path; use ${PRESET_NAMES.join(", ")}, plugin:name/config, or a path starting with ./`
		});
		flat.rules = {
			...flat.rules,
			...parent.rules
		};
		flat.settings = mergeSettings(flat.settings, parent.settings);
		flat.overrides.push(...parent.overrides);
		flat.ignores.push(...parent.ignores);
		flat.reportUnusedDirectives = parent.reportUnusedDirectives || flat.reportUnusedDirectives;
	}
	await validateRuleBlocks(config, registry.rules);
	for (const [id, level] of Object.entries(registry.yamlDefaults)) flat.rules[id] ??= mergeRules({}, { [id]: level })[id];
	flat.rules = mergeRules(flat.rules, config.data.rules);
	flat.settings = mergeSettings(flat.settings, config.data.settings);
	for (const o of config.data.overrides ?? []) flat.overrides.push({
		files: asList(o.files),
		excludedFiles: asList(o.excludedFiles),
		rules: mergeRules({}, o.rules),
		settings: o.settings ?? {}
	});
	flat.ignores.push(...config.data.ignores ?? []);
	const rud = config.data.reportUnusedDirectives;
	if (rud !== void 0) flat.reportUnusedDirectives = rud === true ? 1 : rud === false ? 0 : SEVERITIES[String(rud)];
	return flat;
}
/** A config given as data (API users, tests), validated like a file. */
async function loadConfigData(data, baseDir, registry) {
	return {
		...await flattenConfig({
			file: join(baseDir, "<inline config>"),
			data,
			lineOf: () => void 0
		}, registry),
		file: void 0
	};
}
async function loadConfigFile(file, registry) {
	if (!existsSync(file)) throw new ConfigError(`The config file ${file} does not exist.`);
	return flattenConfig(readSourced(resolve(file)), registry);
}
/** The built-in recommended preset, used when there is no config file. */
function defaultConfig(known, baseDir) {
	return {
		baseDir,
		extends: ["speclint:recommended"],
		rules: mergeRules({}, presetConfig("speclint:recommended", known).rules),
		settings: {},
		overrides: [],
		ignores: [],
		reportUnusedDirectives: 0
	};
}
export { runRules as C, resolveIncludes as S, SECTION_KINDS as T, compileLexicon as _, loadConfigFile as a, lexiconFromPrecompiled as b, mergeRules as c, bestProblem as d, displayPath as f, applyOverride as g, LexiconError as h, loadConfigData as i, RuleRegistry as l, schemaValidatorSync as m, defaultConfig as n, mergeSettings as o, schemaText as p, findConfigFile as r, configuredRules as s, CONFIG_FILES as t, lineFinder as u, isInclude as v, builtinRules as w, lexiconSet as x, lazyLexicon as y };
