import { i as assess, n as KEY_ACTIONS } from "./key-actions-DPfiDUyv.js";
import { a as serviceArea, i as modelFor, t as NO_VOCABULARY } from "./vocabulary-DT7IHpz0.js";
import { d as where, i as isOnHeading, s as sectionPath, u as trimEndOf } from "./text-GGm7bufg.js";
// dist/src/report/quote-in-context.js
const isSpace = (c) => /\s/.test(c);
function findQuote(context, quote) {
	const needle = quote.replace(/\s+/g, " ").trim();
	if (!needle) return void 0;
	let flat = "";
	const origin = [];
	for (let i = 0; i < context.length; i++) {
		const c = context[i];
		if (isSpace(c)) {
			if (flat.endsWith(" ") || flat === "") continue;
			flat += " ";
		} else flat += c;
		origin.push(i);
	}
	const at = flat.indexOf(needle);
	if (at < 0) return void 0;
	const start = origin[at];
	const end = origin[at + needle.length - 1] + 1;
	return {
		before: context.slice(0, start),
		match: context.slice(start, end),
		after: context.slice(end)
	};
}
// dist/src/report/view.js
const SEVERITY_LABELS = {
	2: "Must fix",
	1: "Should fix"
};
const CONTEXT_CHARS = 100;
function trimBefore(text) {
	if (text.length <= CONTEXT_CHARS) return text;
	const cut = text.indexOf(" ", text.length - CONTEXT_CHARS);
	return `…${text.slice(cut < 0 ? text.length - CONTEXT_CHARS : cut)}`;
}
function trimAfter(text) {
	if (text.length <= CONTEXT_CHARS) return text;
	const cut = text.lastIndexOf(" ", CONTEXT_CHARS);
	return `${text.slice(0, cut < 0 ? CONTEXT_CHARS : cut)} …`;
}
function quoteView(m) {
	if (m.quote === void 0) return void 0;
	const found = m.context !== void 0 ? findQuote(m.context, m.quote) : void 0;
	return found ? {
		before: trimBefore(found.before),
		match: found.match,
		after: trimAfter(found.after)
	} : {
		before: "",
		match: m.quote,
		after: ""
	};
}
/** Where the first sentence ends: a '.', '!' or '?' before a space, outside quotation marks; -1 for none. */
function firstSentenceEnd(text) {
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "\"" || c === "“" || c === "”") quoted = c === "“" ? true : c === "”" ? false : !quoted;
		else if (!quoted && (c === "." || c === "!" || c === "?") && (i + 1 === text.length || /\s/.test(text[i + 1]))) return i + 1;
	}
	return -1;
}
/** The text without "(for example …)" asides; a linear scan for the matching bracket. */
function withoutExampleAsides(text) {
	let out = "";
	let from = 0;
	for (let open = text.indexOf("(", from); open !== -1; open = text.indexOf("(", from)) {
		let depth = 0;
		let close = -1;
		for (let i = open; i < text.length; i++) if (text[i] === "(") depth++;
		else if (text[i] === ")" && --depth === 0) {
			close = i;
			break;
		}
		if (close === -1) break;
		const inside = text.slice(open + 1, close).trimStart().toLowerCase();
		const example = inside.startsWith("for example") || inside.startsWith("e.g.");
		out += example ? text.slice(from, open).trimEnd() : text.slice(from, close + 1);
		from = close + 1;
	}
	return out + text.slice(from);
}
/**
* A message as what it found and a short ask: the first sentence, then the rest
* without its examples (the model wording is shown once per rule instead).
* Rules write messages as "<what is wrong>. <what to add>, for example …".
*/
function splitMessage(message) {
	const end = firstSentenceEnd(message);
	if (end === -1 || end >= message.length) return { found: message.trim() };
	const found = message.slice(0, end).trim();
	let rest = withoutExampleAsides(message.slice(end)).replace(/\s+/g, " ").trim();
	const example = rest.toLowerCase().indexOf(" for example");
	if (example !== -1) rest = rest.slice(0, example);
	rest = trimEndOf(rest, " ,;:");
	if (rest === "") return { found };
	return {
		found,
		ask: /[.!?]$/.test(rest) ? rest : `${rest}.`
	};
}
function groupLabel(m) {
	if (m.documentLevel) return "The specification as a whole";
	return m.headingPath && m.headingPath.length > 0 ? m.headingPath.join(" › ") : "Before the first heading";
}
function groups(findings) {
	const whole = {
		label: "The specification as a whole",
		findings: []
	};
	const byLabel = /* @__PURE__ */ new Map();
	for (const f of findings) {
		if (f.message.documentLevel) {
			whole.findings.push(f);
			continue;
		}
		const label = groupLabel(f.message);
		const group = byLabel.get(label) ?? {
			label,
			findings: []
		};
		group.findings.push(f);
		byLabel.set(label, group);
	}
	return [...whole.findings.length > 0 ? [whole] : [], ...byLabel.values()];
}
function ruleGroups(findings) {
	const byRule = /* @__PURE__ */ new Map();
	for (const f of findings) {
		const key = f.ruleId ?? "";
		byRule.set(key, [...byRule.get(key) ?? [], f]);
	}
	return [...byRule.values()].map((list) => {
		const first = list[0];
		const severity = list.some((f) => f.severity === 2) ? 2 : 1;
		const asks = new Set(list.map((f) => f.ask));
		return {
			ruleId: first.ruleId,
			title: first.title,
			severity,
			severityLabel: SEVERITY_LABELS[severity],
			keyAction: first.keyAction,
			model: first.model,
			modelFitted: first.modelFitted,
			sharedAsk: list.length > 1 && asks.size === 1 ? first.ask : void 0,
			findings: list
		};
	});
}
/** The document's title: the first heading of every finding's section path, when they all share one. */
function sharedTitle(messages) {
	const paths = messages.filter((m) => !m.documentLevel && m.headingPath && m.headingPath.length > 0).map((m) => m.headingPath);
	const first = paths[0]?.[0];
	return first !== void 0 && paths.every((p) => p[0] === first) && paths.some((p) => p.length > 1) ? first : void 0;
}
/** The texts that name the service, most telling first: its title (the first heading any finding or evidence gives), then its file name. */
function serviceTexts(result) {
	const titles = [...result.messages, ...result.evidence ?? []].map((m) => m.headingPath?.[0]).filter((t) => Boolean(t));
	const name = result.filePath.slice(Math.max(result.filePath.lastIndexOf("/"), result.filePath.lastIndexOf("\\")) + 1);
	const dot = name.lastIndexOf(".");
	const base = (dot > 0 ? name.slice(0, dot) : name).replace(/[-_]+/g, " ");
	return [...new Set(titles)].slice(0, 1).concat(base);
}
function fileView(result, rules, options = {}) {
	const models = options.models ?? NO_VOCABULARY;
	const area = serviceArea(serviceTexts(result), models);
	const firstByRule = /* @__PURE__ */ new Map();
	const asksGiven = /* @__PURE__ */ new Set();
	const title = sharedTitle(result.messages);
	const findings = result.messages.map((m, index) => {
		const rule = m.ruleId ? rules[m.ruleId] : void 0;
		const { found, ask } = m.fatal ? {
			found: m.message,
			ask: void 0
		} : splitMessage(m.message);
		const action = rule?.meta.keyAction && KEY_ACTIONS.find((a) => a.id === rule.meta.keyAction.id);
		const first = m.ruleId && !m.ruleFailure ? firstByRule.get(m.ruleId) : void 0;
		const view = {
			index,
			message: m,
			ruleId: m.ruleId,
			title: rule?.meta.docs.description ?? m.ruleId ?? "speclint",
			severity: m.severity,
			severityLabel: SEVERITY_LABELS[m.severity],
			where: where(m, result.format),
			section: m.documentLevel ? "" : title !== void 0 && m.headingPath.length > 1 ? m.headingPath.slice(1).join(" › ") : sectionPath(m),
			heading: m.documentLevel ? "" : m.headingPath?.at(-1) ?? "",
			quote: quoteView(m),
			onHeading: isOnHeading(m),
			found,
			ask,
			keyAction: action ? {
				id: action.id,
				label: action.label
			} : void 0
		};
		if (m.ruleId && !m.ruleFailure && !m.fatal) {
			view.model = modelFor(m.ruleId, area, models, rules);
			view.modelFitted = area?.examples[m.ruleId] !== void 0;
			if (first === void 0) firstByRule.set(m.ruleId, index);
			else view.firstOfRule = first;
			const key = `${m.ruleId}\u0000${ask ?? ""}`;
			if (asksGiven.has(key)) view.askGiven = true;
			asksGiven.add(key);
		}
		return view;
	});
	return {
		findings,
		byRule: ruleGroups(findings),
		groups: groups(findings),
		assessments: assess(result, rules),
		area: area && {
			id: area.id,
			label: area.label
		},
		rulesCited: [...firstByRule.keys()]
	};
}
export { fileView as t };
