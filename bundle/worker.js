import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { constants, existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
// \0rolldown/runtime.js
var __create = Object.create;
var __defProp$1 = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __exportAll$1 = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp$1(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp$1(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp$1(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp$1(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
// dist/src/core/rule.js
/** Identity helper that gives rule authors type checking and inference. */
function defineRule(rule) {
	return rule;
}
// dist/rules/lib/spans.js
/** Text spans (lexicon matches, claim words): one test, shared by the rules that ask it. */
/** `inner` lies wholly within `outer`. */
const within = (inner, outer) => outer.start <= inner.start && inner.end <= outer.end;
// dist/rules/lib/claims.js
/** The lexicons a rule that reads claims must declare. */
const CLAIM_LEXICONS = [
	"universal-claims",
	"claim-concepts",
	"claim-concept-exclusions",
	"claim-frames",
	"claim-blockers",
	"claim-reports",
	"claim-subjects",
	"eligibility"
];
/** claim-concept-exclusions tags whose phrases take away a whole universal-claims phrase inside them, not only a concept. */
const PHRASE_EXCLUDING = /* @__PURE__ */ new Set(["name", "procurement"]);
/** A frame this close before the concept is quoted with it ("will reduce health inequalities"). */
const NEAR = 40;
/** How far (in characters) a frame may stand before or after the concept it frames. */
const FRAME_BEFORE = 120;
const FRAME_AFTER = 60;
/**
* Concept families that say who may use a service, whom it is for, or whom it reaches, when
* eligibility criteria come with them ("identify and engage people who smoke and are living
* within Trafford": the client group, not engagement as an equality promise).
*/
const ACCESS_FAMILIES = /* @__PURE__ */ new Set([
	"access",
	"needs",
	"universal-access",
	"unnamed-group",
	"engagement"
]);
/**
* Families for which a place alone (eligibility tagged "residence") names no client group:
* meeting "the needs of the people who live and work in Preston" is meeting everyone's.
*/
const PLACE_IS_EVERYONE = /* @__PURE__ */ new Set(["needs"]);
/**
* A tool named as what is promised ("will continue to complete equality analyses"):
* claim-concept-exclusions stops the words inside a tool's name being read as a
* concept ("equality" in "equality impact assessment"), not the tool itself; only
* a longer name it is part of ("the EIA process") excludes the tool. Only a
* frame just before the tool makes a claim of it, the tool as its object:
* where the tool comes first, the sentence describes the process ("Equality impact
* assessments need to be undertaken with full engagement").
*/
const TOOL_FAMILIES = /* @__PURE__ */ new Set(["assessment"]);
/** Frame tags that commit: a purpose or duty ("ensure"), a requirement ("should", "need to"), or a promise ("will", "committed to"). */
const COMMITS = /* @__PURE__ */ new Set([
	"commitment",
	"requirement",
	"promise"
]);
const PROMISES = /* @__PURE__ */ new Set(["promise"]);
/** Does a text commit to something (a claim-frames frame tagged as a commitment, requirement or promise)? */
const commitsIn = (frames) => (text) => frames.find(text).some((m) => COMMITS.has(m.tag ?? ""));
/** What other bodies are told to do or pledge ("Public bodies need to ...", "Providers will ..."), not their duties described. */
const ASKS_OR_PROMISES = /* @__PURE__ */ new Set(["requirement", "promise"]);
/** Families that are claims in any frame: "regardless of", "no matter where they live". Culture words need a frame: "people of diverse cultural backgrounds use the service" is a finding. */
const SELF_FRAMED = /* @__PURE__ */ new Set(["universal", "universal-access"]);
/** How far into a sentence an opening phrase set off by a comma may run before the main clause ("As part of our duty under the Act, the Plan sets out..."). */
const OPENING_PHRASE$1 = 120;
/**
* What a frame must be to make a claim of a sentence whose subject is a document
* (its purposes are the document's: "a structure for tackling discrimination"),
* the law (its aims are not the organisation's promise), a tool (what
* interpreters or an assessment are for is not a promise either) or other bodies
* in general (their roles and duties described).
*/
const SUBJECT_NEEDS = {
	document: COMMITS,
	law: PROMISES,
	tool: PROMISES,
	"tool-used": COMMITS,
	others: ASKS_OR_PROMISES
};
function claimReader(lexicons) {
	const phrases = lexicons.get("universal-claims");
	const concepts = lexicons.get("claim-concepts");
	const exclusions = lexicons.get("claim-concept-exclusions");
	const frames = lexicons.get("claim-frames");
	const blockers = lexicons.get("claim-blockers");
	const reports = lexicons.get("claim-reports");
	const subjects = lexicons.get("claim-subjects");
	const eligibility = lexicons.get("eligibility");
	/** Every reading of a concept in the sentence. */
	const candidates = (text) => {
		const wholePhrases = phrases.find(text);
		const found = concepts.find(text);
		if (wholePhrases.length === 0 && found.length === 0) return [];
		const excluded = exclusions.find(text);
		const out = wholePhrases.filter((match) => !excluded.some((e) => PHRASE_EXCLUDING.has(e.tag ?? "") && within(match, e))).map((match) => ({
			match,
			family: "phrase"
		}));
		if (found.length === 0) return out;
		const criteria = eligibility.find(text);
		const eligible = criteria.length > 0;
		const criterionBeyondPlace = criteria.some((c) => c.tag !== "residence");
		for (const match of found) {
			const tool = TOOL_FAMILIES.has(match.tag ?? "");
			if (excluded.some((e) => within(match, e) && (!tool || e.end - e.start > match.end - match.start))) continue;
			if (eligible && ACCESS_FAMILIES.has(match.tag ?? "") && (criterionBeyondPlace || !PLACE_IS_EVERYONE.has(match.tag ?? ""))) continue;
			out.push({
				match,
				family: match.tag ?? "concept"
			});
		}
		return out.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
	};
	/** The subject of the main clause when it is a document or the law: at the sentence's start (after any list marker) or just after an opening phrase. */
	const subjectOf = (text) => {
		const found = subjects.find(text);
		if (found.length === 0) return void 0;
		const start = text.search(/\p{L}/u);
		const comma = text.indexOf(", ");
		return found.filter((m) => m.start === start || comma >= 0 && comma < OPENING_PHRASE$1 && m.start === comma + 2).reduce((best, m) => !best || m.end - m.start > best.end - best.start ? m : best, void 0);
	};
	return (text, framedBefore = false, ignoreBlockers) => {
		const found = candidates(text);
		if (found.length === 0) return void 0;
		const blocking = ignoreBlockers ? blockers.find(text).filter((b) => !ignoreBlockers.has(b.tag ?? "")) : blockers.find(text);
		if (blocking.some((b) => b.tag !== "finding")) return void 0;
		const framing = frames.find(text);
		const outside = framing.filter((f) => !blocking.some((b) => f.start < b.end && b.start < f.end));
		if (blocking.length > 0 && !outside.some((f) => COMMITS.has(f.tag ?? ""))) return void 0;
		const reported = reports.find(text);
		if (reported.length > 0) {
			const needs = reported.some((r) => r.tag === "done") ? PROMISES : COMMITS;
			if (!outside.some((f) => needs.has(f.tag ?? ""))) return void 0;
		}
		const subject = subjectOf(text);
		if (subject) {
			const needs = SUBJECT_NEEDS[subject.tag ?? ""] ?? COMMITS;
			if (!outside.some((f) => f.start >= subject.end && needs.has(f.tag ?? ""))) return void 0;
		}
		let framedAfter;
		for (const { match, family } of found) {
			const governing = TOOL_FAMILIES.has(family) ? framing.filter((f) => f.end <= match.start && match.start - f.end <= NEAR) : framing.filter((f) => f.end <= match.start ? match.start - f.end <= FRAME_BEFORE : f.start >= match.end ? f.start - match.end <= FRAME_AFTER : true);
			if (governing.length === 0 && !SELF_FRAMED.has(family) && !framedBefore) continue;
			const start = governing.filter((f) => f.end <= match.start && match.start - f.end <= NEAR).at(-1)?.start ?? match.start;
			const reading = {
				words: {
					start,
					end: match.end,
					text: text.slice(start, match.end)
				},
				family
			};
			if (governing.length > 0 && governing.every((f) => f.start >= match.end) && !SELF_FRAMED.has(family) && !framedBefore) {
				framedAfter ??= reading;
				continue;
			}
			return reading;
		}
		return framedAfter;
	};
}
// dist/rules/lib/groups.js
/** Matches not inside a longer one: "Black African", not also "African". */
function outermost(matches) {
	return matches.filter((m) => !matches.some((o) => o !== m && within(m, o) && o.end - o.start > m.end - m.start));
}
/** Which groups a text names: any at all, and any more particular than an umbrella term ("Bangladeshi women", "Gypsy and Traveller families"). */
function groupsNamed(groups, text) {
	const found = groups.find(text);
	return {
		any: found.length > 0,
		particular: outermost(found).some((m) => m.tag !== "umbrella")
	};
}
// dist/rules/lib/specificity.js
/**
* What makes a commitment specific: does the sentence name a group, a
* mechanism (what will be done), a measure (how it will be checked)? Shared by
* the rules that judge equality commitments (not a rule itself).
*/
/** The lexicons a specificity check reads. */
const SPECIFICITY_LEXICONS = [
	"groups",
	"languages",
	"mechanisms",
	"measures",
	"breakdowns",
	"comparisons"
];
/** A checker bound to the lexicons, with a rule's own lists added. */
function specificityChecker(lexicons, extras = {}) {
	const { mechanisms: moreMechanisms, groups: moreGroups } = extras;
	const groups = lexicons.get("groups");
	const languages = lexicons.get("languages");
	const mechanisms = lexicons.get("mechanisms");
	const measures = lexicons.get("measures");
	const breakdowns = lexicons.get("breakdowns");
	const comparisons = lexicons.get("comparisons");
	return (text) => {
		const byGroup = breakdowns.test(text);
		return {
			group: byGroup || groupsNamed(groups, text).particular || languages.test(text) || comparisons.test(text) || (moreGroups?.test(text) ?? false),
			mechanism: mechanisms.test(text) || (moreMechanisms?.test(text) ?? false),
			measure: byGroup || measures.test(text)
		};
	};
}
var Unsupported = class extends Error {};
/** One of `needs` is in every match of `source`, or undefined. */
function patternNeeds(source) {
	let at = 0;
	const peek = () => source[at];
	const fail = () => {
		throw new Unsupported();
	};
	const score = (needs) => Math.min(...needs.map((n) => n === "\\d" ? 1 : n.length));
	function alternation() {
		const branches = [sequence()];
		while (peek() === "|") {
			at++;
			branches.push(sequence());
		}
		if (branches.length === 1) return branches[0];
		const needs = [];
		for (const b of branches) {
			const n = b.exact !== void 0 ? b.exact === "" ? void 0 : [b.exact] : b.needs;
			if (!n) return {};
			needs.push(...n);
		}
		return { needs: [...new Set(needs)] };
	}
	function sequence() {
		const candidates = [];
		let run = "";
		let exact = "";
		const flush = () => {
			if (run) candidates.push([run]);
			run = "";
		};
		while (at < source.length && peek() !== "|" && peek() !== ")") {
			const info = quantified();
			if (info.zeroWidth) {
				flush();
				continue;
			}
			if (info.exact !== void 0) {
				run += info.exact;
				if (exact !== void 0) exact += info.exact;
				continue;
			}
			exact = void 0;
			flush();
			if (info.needs) candidates.push(info.needs);
		}
		flush();
		if (exact !== void 0) return { exact };
		if (candidates.length === 0) return {};
		return { needs: candidates.reduce((best, c) => score(c) > score(best) ? c : best) };
	}
	function quantified() {
		const info = atom();
		const c = peek();
		let min;
		let max;
		if (c === "*") [min, max] = [0, Infinity];
		else if (c === "+") [min, max] = [1, Infinity];
		else if (c === "?") [min, max] = [0, 1];
		else if (c === "{") {
			const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
			if (!m) fail();
			min = Number(m[1]);
			max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
			at += m[0].length - 1;
		} else return info;
		at++;
		if (peek() === "?") at++;
		if (info.zeroWidth) return info;
		if (min === 1 && max === 1) return info;
		if (min === 0) return {};
		return { needs: info.exact !== void 0 ? info.exact === "" ? void 0 : [info.exact] : info.needs };
	}
	function atom() {
		const c = source[at++];
		if (c === "^" || c === "$") return { zeroWidth: true };
		if (c === ".") return {};
		if (c === "(") {
			let lookaround = false;
			if (source.startsWith("?:", at)) at += 2;
			else if (source.startsWith("?=", at) || source.startsWith("?!", at)) [at, lookaround] = [at + 2, true];
			else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) [at, lookaround] = [at + 3, true];
			else if (source.startsWith("?<", at)) {
				const end = source.indexOf(">", at);
				if (end < 0) fail();
				at = end + 1;
			} else if (peek() === "?") fail();
			const inner = alternation();
			if (peek() !== ")") fail();
			at++;
			return lookaround ? { zeroWidth: true } : inner;
		}
		if (c === "[") {
			let end = at;
			if (source[end] === "^") end++;
			if (source[end] === "]") end++;
			while (end < source.length && source[end] !== "]") end += source[end] === "\\" ? 2 : 1;
			if (end >= source.length) fail();
			const body = source.slice(at, end);
			at = end + 1;
			return body === "0-9" || body === "\\d" ? { needs: ["\\d"] } : {};
		}
		if (c === "\\") {
			const e = source[at++];
			if (e === void 0) fail();
			if (e === "b" || e === "B") return { zeroWidth: true };
			if (e === "d") return { needs: ["\\d"] };
			if (e === "p" || e === "P" || e === "k") {
				const close = source[at] === "{" ? "}" : source[at] === "<" ? ">" : void 0;
				if (close) {
					const end = source.indexOf(close, at);
					if (end < 0) fail();
					at = end + 1;
				}
				return {};
			}
			if (e === "u" && source[at] === "{") {
				const end = source.indexOf("}", at);
				if (end < 0) fail();
				at = end + 1;
				return {};
			}
			if (e === "u") {
				at += 4;
				return {};
			}
			if (e === "x") {
				at += 2;
				return {};
			}
			if (e === "c") {
				at += 1;
				return {};
			}
			if (/[0-9]/.test(e)) {
				while (/[0-9]/.test(source[at] ?? "")) at++;
				return {};
			}
			return /[!-/:-@[-`{-~]/.test(e) && e !== "\\" ? { exact: e } : {};
		}
		if (c === ")" || c === "|" || c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]") fail();
		return c >= " " && c <= "~" ? { exact: c.toLowerCase() } : {};
	}
	try {
		const info = alternation();
		if (at !== source.length) return void 0;
		const needs = info.exact !== void 0 ? info.exact === "" ? void 0 : [info.exact] : info.needs;
		return needs && needs.length > 0 && !needs.includes("") ? needs : void 0;
	} catch (error) {
		if (error instanceof Unsupported) return void 0;
		throw error;
	}
}
/**
* Whether `text` may match a pattern that needs one of `needs`. The only
* character outside ASCII that a case-insensitive Unicode expression matches
* to an ASCII letter and that lower-casing does not turn into one is ſ (long
* s, matched by s): a text with it is always let through.
*/
function mayContain(needs, text, lower) {
	if (text.includes("ſ")) return true;
	for (const need of needs) if (need === "\\d" ? /[0-9]/.test(text) : lower.includes(need)) return true;
	return false;
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
/** The words of an option, and whether the last is a prefix. */
function optionWords(data) {
	const text = typeof data === "string" ? data : data.cased;
	const prefix = text.endsWith("*");
	return {
		written: (prefix ? text.slice(0, -1) : text).split(" "),
		prefix
	};
}
/** The first word of an option, lower case, and whether it is the whole option and a prefix ("interpret*"), read without splitting it. */
function firstOfOption(data) {
	const text = typeof data === "string" ? data : data.cased.toLowerCase();
	const space = text.indexOf(" ");
	if (space >= 0) return {
		word: text.slice(0, space),
		prefixOnly: false
	};
	return text.endsWith("*") ? {
		word: text.slice(0, -1),
		prefixOnly: true
	} : {
		word: text,
		prefixOnly: false
	};
}
/**
* Regular-expression syntax that a term cannot have: terms are words, and these
* characters are not words, so "(in|within) [A-Z]" wanted "A" then "Z" and
* "(and cultural )?" made "and cultural" compulsory, silently.
*/
const REGEX_SYNTAX = /[[\]\\{}^$?+]/;
function parseTerm(raw, defaultGap = 0) {
	if (typeof raw.term !== "string" || raw.term.trim() === "") throw new LexiconError("a term is empty");
	const syntax = REGEX_SYNTAX.exec(raw.term);
	if (syntax) throw new LexiconError(`"${raw.term}" has "${syntax[0]}", which terms do not read: a term is words, with (a|b) for alternatives, (a|) for an optional part and * for any ending; put a regular expression under "patterns"`);
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
			const star = prefix ? "*" : "";
			part.options.push(raw.matchCase ? { cased: words.map((w) => w.text).join(" ") + star } : words.map((w) => w.lower).join(" ") + star);
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
	if (raw.gapNames) out.n = 1;
	if (raw.weight !== void 0) {
		if (!Number.isFinite(raw.weight)) throw new LexiconError("\"weight\" must be a number");
		out.w = raw.weight;
	}
	return out;
}
/**
* What only Unicode mode reads: property escapes, code point escapes, named
* back-references, surrogate pairs written as escapes and characters beyond
* the Basic Multilingual Plane. A pattern is checked in Unicode mode's
* stricter syntax, but run in it only when it has one of these: V8 compiles a
* case-insensitive pattern about a third faster without it, and each run
* compiles the patterns it uses afresh. On
* 384,000 runs of the built-in patterns over real sentences with emoji,
* ligatures, accented and Turkish letters put in, the modes differed only
* next to the Kelvin sign, the long s and broken characters (lone
* surrogates), which no specification has (and ẞ, capital sharp s, matches
* ß only in Unicode mode).
*/
const UNICODE_ONLY = /\\[pPu]\{|\\k<|\\u[dD][89abAB]|[\u{10000}-\u{10FFFF}]/u;
function partsOf(term) {
	return term.parts ??= buildParts(term.data);
}
function buildParts(data) {
	const parts = [];
	for (let p = 0; p < data.parts.length; p++) {
		const { options, o } = data.parts[p];
		const part = {
			byFirst: /* @__PURE__ */ new Map(),
			prefixFirst: [],
			optional: o === 1
		};
		for (let i = 0; i < options.length; i++) {
			const stored = options[i];
			const { written, prefix } = optionWords(stored);
			const cased = typeof stored !== "string";
			const lower = cased ? written.map((w) => w.toLowerCase()) : written;
			const option = {
				lower,
				cased: cased ? written : void 0,
				prefix
			};
			if (prefix && lower.length === 1) part.prefixFirst.push(option);
			else {
				const list = part.byFirst.get(lower[0]);
				if (list) list.push(option);
				else part.byFirst.set(lower[0], [option]);
			}
		}
		parts.push(part);
	}
	return parts;
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
/** A word that can be part of a name: "Strategic", "EDS2", "2020-2024". */
const NAME_WORD = /^[\p{Lu}\p{N}]/u;
/**
* Matches parts[k..] from token `at`; returns the index after the match, or -1.
* After a part has matched, up to `gap` words may be skipped before the next
* (`skippable` is 0 for the first part, which must start where the match does);
* with `names`, only words of a name.
*/
function matchParts(parts, k, tokens, at, gap = 0, skippable = 0, names = false) {
	if (k === parts.length) return at;
	const part = parts[k];
	for (let skip = 0; skip <= skippable && at + skip <= tokens.length; skip++) {
		const from = at + skip;
		const token = tokens[from];
		if (!token) break;
		if (names && skip > 0 && !NAME_WORD.test(tokens[from - 1].text)) break;
		const byFirst = part.byFirst.get(token.lower);
		for (let o = 0; byFirst && o < byFirst.length; o++) {
			const next = matchOption(byFirst[o], tokens, from);
			if (next !== -1) {
				const end = matchParts(parts, k + 1, tokens, next, gap, gap, names);
				if (end !== -1) return end;
			}
		}
		for (let o = 0; o < part.prefixFirst.length; o++) {
			const next = matchOption(part.prefixFirst[o], tokens, from);
			if (next !== -1) {
				const end = matchParts(parts, k + 1, tokens, next, gap, gap, names);
				if (end !== -1) return end;
			}
		}
	}
	return part.optional ? matchParts(parts, k + 1, tokens, at, gap, skippable, names) : -1;
}
/**
* Every word a term can start with, following optional leading parts, and the
* first two letters of every prefix it can start with ("interpret*"), read
* from its data without building its parts.
*/
function firstWords$1(data) {
	const words = [];
	const prefixKeys = [];
	for (let p = 0; p < data.parts.length; p++) {
		const part = data.parts[p];
		for (let i = 0; i < part.options.length; i++) {
			const { word, prefixOnly } = firstOfOption(part.options[i]);
			if (prefixOnly) {
				const key = word.slice(0, 2);
				if (!prefixKeys.includes(key)) prefixKeys.push(key);
			} else if (!words.includes(word)) words.push(word);
		}
		if (part.o !== 1) break;
	}
	return {
		words,
		prefixKeys
	};
}
const NONE = [];
/** Where a global search goes on after an empty match: the next character (a whole code point in Unicode mode), as matchAll does. */
function advancePast(text, index, unicode) {
	if (!unicode || index + 1 >= text.length) return index + 1;
	const c = text.charCodeAt(index);
	return c >= 55296 && c <= 56319 && (text.charCodeAt(index + 1) & 64512) === 56320 ? index + 2 : index + 1;
}
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
		if (typeof source !== "string") throw new LexiconError(`patterns[${i}] must be a regular expression or { pattern, matchCase, tag }`, ["patterns", i]);
		const checked = typeof p === "object" && p.matchCase ? "gu" : "giu";
		const tag = typeof p === "object" && typeof p.tag === "string" ? p.tag : void 0;
		try {
			const compiled = new RegExp(source, checked).source;
			const flags = UNICODE_ONLY.test(compiled) ? checked : checked.replace("u", "");
			const needs = patternNeeds(compiled);
			return {
				source: compiled,
				flags,
				...needs && { needs },
				...tag !== void 0 && { tag }
			};
		} catch (error) {
			throw new LexiconError(`patterns[${i}] is not a valid regular expression: ${error.message}`, ["patterns", i]);
		}
	});
	if (data.baseline !== void 0 && !Number.isFinite(data.baseline)) throw new LexiconError("\"baseline\" must be a number");
	const out = {
		name: data.name,
		description: data.description ?? "",
		terms,
		patterns
	};
	if (data.baseline === void 0) return out;
	out.baseline = data.baseline;
	const plain = plainWeights(terms, patterns.length);
	if (plain) {
		out.plain = plain;
		out.terms = [];
	}
	return out;
}
/**
* A scoring lexicon's terms by their words, when every term is plain: one
* option of whole words, no gap, prefix, case, tag or optional part. Such a
* term matches exactly where those words stand in a row, so looking up word
* sequences finds what the term-by-term matcher would.
*/
function plainWeights(terms, patterns) {
	if (patterns > 0) return void 0;
	const out = {
		weights: {},
		longest: 1
	};
	for (const t of terms) {
		if (t.gap !== 0 || t.tag !== void 0 || t.w === void 0) return void 0;
		const words = [];
		for (const part of t.parts) {
			if (part.o === 1 || part.options.length !== 1) return void 0;
			const option = part.options[0];
			if (typeof option !== "string" || option.endsWith("*")) return void 0;
			words.push(...option.split(" "));
		}
		const key = words.join(" ");
		if (Object.hasOwn(out.weights, key)) continue;
		out.weights[key] = t.w;
		if (key !== t.term) (out.written ??= {})[key] = t.term;
		out.longest = Math.max(out.longest, words.length);
	}
	return out;
}
function compileLexicon(data) {
	return lexiconFromPrecompiled(precompileLexicon(data));
}
function lexiconFromPrecompiled(data) {
	if (data.plain) return plainLexicon(data, data.plain);
	const byFirstWord = /* @__PURE__ */ new Map();
	/** Terms that may start with a prefix word ("interpret*"), by its first two letters. */
	const byPrefixStart = /* @__PURE__ */ new Map();
	/** The few whose prefix is a single letter: tried at every word. */
	const anyStart = [];
	for (let t = 0; t < data.terms.length; t++) {
		const termData = data.terms[t];
		const term = {
			term: termData.term,
			tag: termData.tag,
			weight: termData.w,
			data: termData,
			gap: termData.gap,
			gapNames: termData.n === 1
		};
		const { words, prefixKeys } = firstWords$1(termData);
		for (let k = 0; k < prefixKeys.length; k++) {
			const key = prefixKeys[k];
			if (key.length < 2) anyStart.push(term);
			else {
				const list = byPrefixStart.get(key);
				if (list) list.push(term);
				else byPrefixStart.set(key, [term]);
			}
		}
		for (let w = 0; w < words.length; w++) {
			const list = byFirstWord.get(words[w]);
			if (list) list.push(term);
			else byFirstWord.set(words[w], [term]);
		}
	}
	const patterns = data.patterns.map((p) => ({
		re: new RegExp(p.source, p.flags),
		needs: p.needs,
		tag: p.tag
	}));
	const hasPrefixes = byPrefixStart.size > 0 || anyStart.length > 0;
	function scan(text, stopAtFirst) {
		const out = [];
		const tokens = tokensOf(text);
		const tryTerm = (term, i) => {
			const end = matchParts(partsOf(term), 0, tokens, i, term.gap, 0, term.gapNames);
			if (end <= i) return false;
			const start = tokens[i].start;
			const stop = tokens[end - 1].end;
			for (let k = out.length - 1; k >= 0 && out[k].start === start; k--) if (out[k].end === stop && out[k].tag === term.tag) return false;
			const match = {
				start,
				end: stop,
				text: text.slice(start, stop),
				term: term.term,
				tag: term.tag
			};
			if (term.weight !== void 0) match.weight = term.weight;
			out.push(match);
			return stopAtFirst;
		};
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			const byWord = byFirstWord.get(token.lower) ?? NONE;
			for (let t = 0; t < byWord.length; t++) if (tryTerm(byWord[t], i)) return out;
			if (!hasPrefixes) continue;
			const byPrefix = byPrefixStart.get(token.head) ?? NONE;
			for (let t = 0; t < byPrefix.length; t++) if (!byWord.includes(byPrefix[t]) && tryTerm(byPrefix[t], i)) return out;
			for (let t = 0; t < anyStart.length; t++) if (!byWord.includes(anyStart[t]) && !byPrefix.includes(anyStart[t]) && tryTerm(anyStart[t], i)) return out;
		}
		let lower;
		for (let p = 0; p < patterns.length; p++) {
			const { re, needs, tag } = patterns[p];
			if (needs && !mayContain(needs, text, lower ??= text.toLowerCase())) continue;
			re.lastIndex = 0;
			for (let m = re.exec(text); m !== null; m = re.exec(text)) {
				if (m[0] === "") {
					re.lastIndex = advancePast(text, re.lastIndex, re.unicode);
					continue;
				}
				out.push({
					start: m.index,
					end: m.index + m[0].length,
					text: m[0],
					term: re.source,
					tag
				});
			}
		}
		if (patterns.length > 0) out.sort((a, b) => a.start - b.start || b.end - a.end);
		return out;
	}
	const found = /* @__PURE__ */ new Map();
	const firsts = /* @__PURE__ */ new Map();
	const copy = (m) => ({ ...m });
	function allOf(text) {
		let matches = found.get(text);
		if (!matches) {
			if (found.size >= MEMO_LIMIT) found.clear();
			matches = scan(text, false);
			found.set(text, matches);
		}
		return matches;
	}
	const findAll = (text) => allOf(text).map(copy);
	function firstOf(text) {
		let first = firsts.get(text);
		if (first === void 0) {
			if (firsts.size >= MEMO_LIMIT) firsts.clear();
			first = (patterns.length > 0 ? allOf(text) : scan(text, true))[0] ?? null;
			firsts.set(text, first);
		}
		return first;
	}
	return {
		name: data.name,
		description: data.description,
		baseline: data.baseline ?? 0,
		find: findAll,
		first: (text) => {
			const first = firstOf(text);
			return first ? copy(first) : void 0;
		},
		test: (text) => firstOf(text) !== null
	};
}
/** A scoring lexicon of plain terms (plainWeights): each run of up to its longest term's length in words is looked up. */
function plainLexicon(data, { weights, written, longest }) {
	const scan = (text, stopAtFirst) => {
		const out = [];
		const tokens = tokensOf(text);
		for (let i = 0; i < tokens.length; i++) {
			const here = [];
			let words = "";
			for (let n = 0; n < longest && i + n < tokens.length; n++) {
				words = n === 0 ? tokens[i].lower : `${words} ${tokens[i + n].lower}`;
				if (!Object.hasOwn(weights, words)) continue;
				const start = tokens[i].start;
				const end = tokens[i + n].end;
				const term = written && Object.hasOwn(written, words) ? written[words] : words;
				here.push({
					start,
					end,
					text: text.slice(start, end),
					term,
					weight: weights[words]
				});
			}
			for (let k = here.length - 1; k >= 0; k--) {
				out.push(here[k]);
				if (stopAtFirst) return out;
			}
		}
		return out;
	};
	return {
		name: data.name,
		description: data.description,
		baseline: data.baseline ?? 0,
		find: (text) => scan(text, false),
		first: (text) => scan(text, true)[0],
		test: (text) => scan(text, true).length > 0
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
		get baseline() {
			return get().baseline;
		},
		find: (text) => get().find(text),
		first: (text) => get().first(text),
		test: (text) => get().test(text)
	};
}
/**
* Which of many lexicons could match a text, in one pass over its words: a
* lexicon's scan finds nothing in a text where no word is one its terms start
* with (StartKeys), so most (lexicon, text) pairs need no scan, nor the
* lexicon compiled. Rules ask some sixty lexicons about each sentence; one
* pass replaces sixty.
*/
var StartIndex = class {
	byWord = /* @__PURE__ */ new Map();
	byHead = /* @__PURE__ */ new Map();
	anywhere = [];
	count = 0;
	/** Per text, 1 for each lexicon that could match it. */
	marks = /* @__PURE__ */ new Map();
	/** Adds a lexicon's keys; returns whether that lexicon could match a text. */
	add(keys) {
		const id = this.count++;
		this.marks.clear();
		const list = (map, key) => {
			const ids = map.get(key);
			if (!ids) map.set(key, [id]);
			else if (ids[ids.length - 1] !== id) ids.push(id);
		};
		for (let w = 0; w < keys.words.length; w++) list(this.byWord, keys.words[w]);
		for (let h = 0; h < keys.heads.length; h++) list(this.byHead, keys.heads[h]);
		if (keys.anywhere) this.anywhere.push(id);
		return (text) => this.marksOf(text)[id] === 1;
	}
	marksOf(text) {
		let marks = this.marks.get(text);
		if (!marks) {
			if (this.marks.size >= MEMO_LIMIT) this.marks.clear();
			marks = new Uint8Array(this.count);
			for (let a = 0; a < this.anywhere.length; a++) marks[this.anywhere[a]] = 1;
			const tokens = tokensOf(text);
			for (let t = 0; t < tokens.length; t++) {
				const byWord = this.byWord.get(tokens[t].lower);
				for (let k = 0; byWord && k < byWord.length; k++) marks[byWord[k]] = 1;
				const byHead = this.byHead.get(tokens[t].head);
				for (let k = 0; byHead && k < byHead.length; k++) marks[byHead[k]] = 1;
			}
			this.marks.set(text, marks);
		}
		return marks;
	}
};
/** `lexicon`, asked only about texts that `mayMatch` (StartIndex) lets through: the answer for the others is "nothing". */
function prefilteredLexicon(lexicon, mayMatch) {
	return {
		name: lexicon.name,
		description: lexicon.description,
		get baseline() {
			return lexicon.baseline;
		},
		find: (text) => mayMatch(text) ? lexicon.find(text) : [],
		first: (text) => mayMatch(text) ? lexicon.first(text) : void 0,
		test: (text) => mayMatch(text) && lexicon.test(text)
	};
}
/**
* A scoring lexicon's score for a text: its baseline plus the weight of each
* distinct term found in it (a term found twice counts once). Terms without a
* weight add nothing.
*/
function lexiconScore(lexicon, text) {
	let score = lexicon.baseline;
	const counted = /* @__PURE__ */ new Set();
	for (const match of lexicon.find(text)) {
		if (match.weight === void 0 || counted.has(match.term)) continue;
		counted.add(match.term);
		score += match.weight;
	}
	return score;
}
/** Whether one of the lexicon's terms or patterns is the whole of a text, trimmed ("[sic]", a cell that reads "Commissioner Lead"). */
function coversWholly(lexicon, text) {
	const trimmed = text.trim();
	return lexicon.find(trimmed).some((m) => m.start === 0 && m.end === trimmed.length);
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
// dist/rules/lib/text.js
/** Small text helpers shared by the built-in rules (not rules themselves). */
/** "a, b and c" */
function listInEnglish(items, conjunction = "and") {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
/** "which groups it means (for example Bangladeshi women)" */
function withExample({ ask, example }) {
	return example === void 0 ? ask : `${ask} (for example ${example})`;
}
/**
* A list of asks as report data: `asks` with their examples, for the message
* (`MessageParts.withExamples`), and `shortAsks` without, for its ask.
*/
function askData(asks) {
	return {
		asks: listInEnglish(asks.map(withExample)),
		shortAsks: listInEnglish(asks.map((a) => a.ask))
	};
}
/**
* A title rather than a statement: a few words, no closing punctuation, every longer word
* capitalised ("7.0 CONTRACT MONITORING" in a table of contents, "Provider Monitoring
* Framework" in a list of documents to read with the specification).
*/
function readsAsTitle(text) {
	const trimmed = text.trim();
	if (trimmed === "" || /[.;:!?]$/u.test(trimmed)) return false;
	const words = trimmed.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
	if (words.length === 0 || words.length > 10) return false;
	return words.every((w) => w.length < 4 || /^[^\p{L}]*\p{Lu}/u.test(w));
}
// dist/rules/lib/lead-ins.js
/** Words an unfinished lead-in needs at least: fewer, and it may be a heading that lost its style ("Key facts"). */
const MIN_UNFINISHED_WORDS = 5;
/**
* A sentence that runs on into the list below it, its colon lost in copying from a PDF or a web
* page: "The Equality Act 2010 requires the Council to have due regard to the need to". It has no
* closing punctuation, several words and does not read as a title.
*/
function unfinished(text) {
	const trimmed = text.trimEnd();
	if (/[.!?;:,)"'\u2019\u201d\]]$/u.test(trimmed)) return false;
	return trimmed.split(/\s+/u).length >= MIN_UNFINISHED_WORDS && !readsAsTitle(trimmed);
}
/** Finds lead-ins in one document, each item's found from the one before, so a list costs one pass whatever its length. */
function leadInFinder(document) {
	const { blocks } = document;
	const known = /* @__PURE__ */ new Map();
	const endsInColon = (b) => {
		const last = b.sentences.at(-1);
		return last !== void 0 && last.text.trimEnd().endsWith(":") ? last : null;
	};
	const leadsIn = (paragraph) => {
		const last = paragraph.sentences.at(-1);
		return last !== void 0 && unfinished(last.text) ? last : endsInColon(paragraph);
	};
	return (item) => {
		if (item.kind !== "list-item" || item.cell) return void 0;
		const depth = item.list?.depth ?? 0;
		const ordered = item.list?.ordered ?? false;
		const typed = item.typedMarker !== void 0;
		const walked = [item];
		let answer = known.get(item);
		let at = blocks[item.index - 1];
		while (answer === void 0) if (at === void 0 || at.section !== item.section || at.cell) answer = null;
		else if (at.kind !== "list-item") answer = at.kind === "paragraph" ? leadsIn(at) : null;
		else if ((at.list?.depth ?? 0) < depth) answer = endsInColon(at);
		else if ((at.list?.depth ?? 0) > depth) at = blocks[at.index - 1];
		else if ((at.list?.ordered ?? false) !== ordered || at.typedMarker !== void 0 !== typed) answer = endsInColon(at);
		else {
			answer = known.get(at);
			walked.push(at);
			at = blocks[at.index - 1];
		}
		for (const b of walked) known.set(b, answer);
		return answer ?? void 0;
	};
}
// dist/rules/lib/vague-claims.js
/** The lexicons the judgement reads: a rule that uses it declares them. */
const VAGUE_CLAIM_LEXICONS = [
	...CLAIM_LEXICONS,
	...SPECIFICITY_LEXICONS,
	"named-groups",
	"claim-wording",
	"group-references"
];
/** How many paragraphs or headings may stand between a pointer back ("these communities") and the list it points to. */
const BACK_REACH = 3;
/** Blocker tags that say nothing about the items a lead-in introduces (claim-blockers). */
const LEAD_IN_NEUTRAL = /* @__PURE__ */ new Set(["existence"]);
function vagueClaimJudge(lexicons, document) {
	const readClaim = claimReader(lexicons);
	const specificity = specificityChecker(lexicons, { groups: lexicons.get("named-groups") });
	const frames = lexicons.get("claim-frames");
	const commitsTo = commitsIn(frames);
	const wording = lexicons.get("claim-wording");
	const leadInOf = leadInFinder(document);
	const references = lexicons.get("group-references");
	const { blocks } = document;
	/** The list items that follow a block (in its section), or the run of items that ends just before it (or before its own list), within BACK_REACH blocks. */
	const listAfter = (block) => {
		const items = [];
		for (let at = blocks[block.index + 1]; at?.kind === "list-item" && at.section === block.section && !at.cell; at = blocks[at.index + 1]) items.push(at);
		return items;
	};
	const listBefore = (block) => {
		let at = blocks[block.index - 1];
		while (block.kind === "list-item" && at?.kind === "list-item") at = blocks[at.index - 1];
		for (let skipped = 0; at !== void 0 && at.kind !== "list-item" && skipped < BACK_REACH; skipped++) at = blocks[at.index - 1];
		const items = [];
		for (; at?.kind === "list-item" && !at.cell; at = blocks[at.index - 1]) items.push(at);
		return items;
	};
	/**
	* A claim about groups named in a list nearby ("who work with any of the specific communities
	* below to tackle local health inequalities", "remove barriers between these communities and
	* public services") names them as surely as if it listed them itself.
	*/
	const pointsToNamedGroups = (sentence) => {
		const pointers = references.find(sentence.text);
		if (pointers.length === 0) return false;
		const namesGroup = (items) => items.some((b) => specificity(b.text).group);
		return pointers.some((p) => p.tag === "forward") && namesGroup(listAfter(sentence.block)) || pointers.some((p) => p.tag === "back") && namesGroup(listBefore(sentence.block));
	};
	/**
	* The claim a sentence makes. A sentence of a list item is a claim when it reads as one
	* alone or, under a lead-in that commits, when it names a concept. The item's first
	* sentence, which continues the lead-in, is also read with it for what the lead-in rules
	* out: a lead-in that describes the law or a document, or reports a finding, governs its
	* items as it governs its own words. An item that promises in its own words ("The
	* service will ...") speaks for itself.
	*/
	function claimOf(sentence) {
		const { block } = sentence;
		const leadIn = leadInOf(block);
		if (!leadIn) return readClaim(sentence.text);
		const commits = commitsTo(leadIn.text);
		const claim = readClaim(sentence.text) ?? (commits ? readClaim(sentence.text, true) : void 0);
		if (!claim || sentence !== block.sentences[0] || frames.find(sentence.text).some((m) => PROMISES.has(m.tag ?? ""))) return claim;
		return readClaim(`${leadIn.text} ${sentence.text}`, true, LEAD_IN_NEUTRAL) ? claim : void 0;
	}
	return (sentence) => {
		const claim = claimOf(sentence);
		if (!claim) return void 0;
		const own = specificity(sentence.text);
		const has = own.group || !pointsToNamedGroups(sentence) ? own : {
			...own,
			group: true
		};
		return {
			claim,
			has,
			specific: has.group && (has.mechanism || has.measure) || has.mechanism && has.measure,
			wordedAsClaim: lexiconScore(wording, sentence.text) >= 0
		};
	};
}
/**
* A claim short of specific: no-vague-equity-statement reports it when it asks for all three
* (requireAll), and at its default line when it is also worded as a claim.
*/
const readsAsUnspecificClaim = (judgement) => judgement !== void 0 && !judgement.specific;
// dist/rules/lib/provider-deferral.js
/** The lexicons the reading needs: a rule that uses it declares them. */
const DEFERRAL_LEXICONS = [
	...SPECIFICITY_LEXICONS,
	"coverage",
	"deferral-determiners",
	"deferral-later-verbs",
	"deferral-open-decisions",
	"equality-topics",
	"language-access",
	"no-impact-claims",
	"provider-deferral",
	"provider-discretion",
	"provider-responses",
	"universal-claims"
];
/** How far into a lead-in an opening phrase set off by a comma may run before the provider is named. */
const OPENING_PHRASE = 120;
/** The longest match: the most specific duty the sentence names. */
function longest(matches) {
	let best;
	for (const m of matches) if (!best || m.end - m.start > best.end - best.start) best = m;
	return best;
}
function deferralReader(lexicons, document) {
	const deferral = lexicons.get("provider-deferral");
	const discretion = lexicons.get("provider-discretion");
	const topics = lexicons.get("equality-topics");
	const coverage = lexicons.get("coverage");
	const impactClaims = lexicons.get("no-impact-claims");
	const groups = lexicons.get("groups");
	const languages = lexicons.get("languages");
	const languageAccess = lexicons.get("language-access");
	const determiners = lexicons.get("deferral-determiners");
	const openDecisions = lexicons.get("deferral-open-decisions");
	const laterVerbs = lexicons.get("deferral-later-verbs");
	const specificity = specificityChecker(lexicons, { mechanisms: lexicons.get("provider-responses") });
	const claims = lexicons.get("universal-claims");
	const leadInOf = leadInFinder(document);
	/**
	* The provider as the subject of a lead-in's main clause: at its start, or just after an opening
	* phrase ("Under this contract, the provider will:"). "The key objectives of the service are to:"
	* names the service inside its subject, and hands nothing over.
	*/
	const providerOpening = (text) => {
		const openings = [text.search(/\p{L}/u)];
		for (let comma = text.indexOf(", "); comma >= 0 && comma < OPENING_PHRASE && openings.length < 3; comma = text.indexOf(", ", comma + 2)) {
			const before = text.slice(0, comma);
			if (before.split("(").length !== before.split(")").length) break;
			openings.push(comma + 2);
		}
		const opens = (m) => !/[,;()]/.test(m.text) && openings.some((at) => at === m.start || at < m.start && determiners.first(text.slice(at, m.start))?.start === 0) && !laterVerbs.test(text.slice(m.end));
		return deferral.find(text).find(opens);
	};
	/** The first match in the item, not in its lead-in. */
	const inItem = (lexicon, text, from) => from > 0 ? lexicon.find(text).find((m) => m.start >= from) : lexicon.first(text);
	return (sentence) => {
		const own = deferral.first(sentence.text);
		const leadIn = own || sentence !== sentence.block.sentences[0] ? void 0 : leadInOf(sentence.block);
		const subject = own ?? (leadIn ? providerOpening(leadIn.text) : void 0);
		if (!subject) return void 0;
		const from = leadIn ? leadIn.text.length + 1 : 0;
		const text = leadIn ? `${leadIn.text} ${sentence.text}` : sentence.text;
		const leftToJudgement = discretion.first(text);
		const reach = coverage.find(text);
		const concluded = impactClaims.find(text).filter((m) => m.end > from);
		const aboutImpact = (m) => concluded.some((c) => m.start >= c.start);
		const duty = longest(topics.find(text).filter((m) => m.start >= from && !reach.some((c) => within(m, c)) && !aboutImpact(m)));
		const support = duty || !leftToJudgement ? void 0 : inItem(languageAccess, text, from);
		const topic = duty ?? (leftToJudgement ? inItem(groups, text, from) ?? inItem(languages, text, from) ?? support : void 0);
		if (!topic) return void 0;
		const decided = leftToJudgement ? discretion.find(text).find((m) => openDecisions.test(m.text)) : void 0;
		const whole = specificity(text);
		return {
			subject,
			leadIn,
			from,
			text,
			topic,
			duty,
			support,
			leftToJudgement,
			has: decided ? {
				...specificity(text.slice(0, decided.start)),
				measure: whole.measure
			} : whole,
			universal: claims.find(text).some((m) => m.end > from)
		};
	};
}
/**
* Whether no-provider-deferral reports the sentence at its default line: equality handed to the
* provider with no response set and no universal claim (a universal claim is no-vague-equity-statement's).
* A named group says who, which is enough unless the provider is left to decide.
* no-vague-equity-statement leaves these sentences to no-provider-deferral, so one sentence never gets
* both findings.
*/
const reportedAsDeferral = (reading) => reading !== void 0 && !reading.universal && !reading.has.mechanism && !reading.has.measure && (!reading.has.group || reading.leftToJudgement !== void 0);
// dist/rules/lib/options.js
/** The options helper shared by the built-in rules (not a rule itself). */
/**
* The `schema` and `defaultOptions` of a rule whose options are switches:
* one object of booleans, each described for the docs and the config schema,
* each off unless `defaults` turns it on. Spread it into the rule's meta:
* `...switchOptions({ requireAll: 'Require a named group, ...' })`.
*/
function switchOptions(descriptions, defaults = {}) {
	const names = Object.keys(descriptions);
	return {
		schema: [{
			type: "object",
			properties: Object.fromEntries(names.map((name) => [name, {
				type: "boolean",
				description: descriptions[name]
			}])),
			additionalProperties: false
		}],
		defaultOptions: [Object.fromEntries(names.map((name) => [name, defaults[name] ?? false]))]
	};
}
// dist/rules/no-vague-equity-statement.js
/** What a claim lacks, and what to ask for in its place. */
const ASKS$1 = {
	group: {
		missing: "no group",
		ask: "which groups it means",
		example: "Bangladeshi women, or Gypsy, Roma and Traveller families"
	},
	mechanism: {
		missing: "no mechanism",
		ask: "what the service will do for them",
		example: "professional interpreters, or sessions in named community venues"
	},
	measure: {
		missing: "no measure",
		ask: "how it will be measured",
		example: "uptake by ethnic group, reported each quarter, with a target"
	}
};
/**
* What a claim promises, by the family of the concept that makes it (claim-concepts' tags), so the
* finding says it in the commissioner's terms: "Increase access" promises access, not fairness.
*/
const PROMISES_BY_FAMILY = {
	access: "promises access",
	"universal-access": "promises access for everyone",
	needs: "promises to meet needs",
	"culture-needs": "promises to meet cultural needs",
	culture: "promises cultural sensitivity",
	inclusion: "promises inclusion",
	inequality: "promises to reduce inequalities",
	engagement: "promises engagement",
	duty: "restates the equality duty",
	assessment: "promises an equality assessment"
};
const PROMISES_FAIRNESS = "promises fairness";
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
			vague: {
				found: "\"{{claim}}\" {{promise}} but names {{missing}}.",
				ask: "Say {{shortAsks}}.",
				withExamples: "Say {{asks}}."
			},
			template: "Replace it with a specific commitment to complete"
		},
		...switchOptions({ requireAll: "Require a named group, a mechanism and a measure, not just a group and one of the other two." }),
		hasSuggestions: true,
		lexicons: [.../* @__PURE__ */ new Set([...VAGUE_CLAIM_LEXICONS, ...DEFERRAL_LEXICONS])],
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
		const judge = vagueClaimJudge(lexicons, context.document);
		const readDeferral = deferralReader(lexicons, context.document);
		const specificity = specificityChecker(lexicons, { groups: lexicons.get("named-groups") });
		const requireAll = context.options[0]?.requireAll ?? false;
		const commits = commitsIn(lexicons.get("claim-frames"));
		const concepts = lexicons.get("claim-concepts");
		/** A whole known phrase ("reducing health inequalities") is of the family of the first concept inside it. */
		const familyOf = (claim, text) => claim.family !== "phrase" ? claim.family : concepts.find(text).find((m) => m.start < claim.words.end && claim.words.start < m.end && m.tag !== void 0)?.tag ?? claim.family;
		/**
		* Evidence only, never a finding: a commitment that is not a universal claim
		* but says what the service will do for a named group ("a smokeless tobacco
		* pathway for Bangladeshi women, delivered in Sylheti"). The population needs
		* section describes need, so it commits to nothing.
		*/
		function specificCommitment(sentence) {
			if (sentence.block.section.kind === "population-needs") return false;
			if (!commits(sentence.text)) return false;
			const has = specificity(sentence.text);
			return has.group && (has.mechanism || has.measure);
		}
		return { sentence(sentence) {
			const judged = judge(sentence);
			if (!judged) {
				if (specificCommitment(sentence)) context.evidence({
					sentence,
					note: "a specific commitment for named groups"
				});
				return;
			}
			const { claim, has } = judged;
			if (requireAll ? has.group && has.mechanism && has.measure : judged.specific) {
				context.evidence({
					sentence,
					note: "a specific equality commitment"
				});
				return;
			}
			if (!requireAll && !judged.wordedAsClaim) return;
			if (reportedAsDeferral(readDeferral(sentence))) return;
			const lacking = Object.keys(ASKS$1).filter((k) => !has[k]);
			context.report({
				sentence,
				messageId: "vague",
				data: {
					claim: claim.words.text,
					promise: PROMISES_BY_FAMILY[familyOf(claim, sentence.text)] ?? PROMISES_FAIRNESS,
					missing: listInEnglish(lacking.map((k) => ASKS$1[k].missing)),
					...askData(lacking.map((k) => ASKS$1[k]))
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
	who: {
		ask: "who will be engaged",
		example: "named minority ethnic communities, voluntary, community and faith organisations, patients and carers"
	},
	how: {
		ask: "how",
		example: "a community forum, a patient panel, listening events or co-production"
	},
	when: {
		ask: "when",
		example: "twice a year, or before each contract review"
	},
	feedback: {
		ask: "how what people say will change the service",
		example: "findings and the provider's response reviewed at the quarterly contract meeting"
	}
};
function findEngagement(doc, lexicons) {
	const engagement = lexicons.get("engagement");
	const past = lexicons.get("engagement-past");
	const leadInOf = leadInFinder(doc);
	const reportsPastEngagement = (text) => {
		const said = past.find(text);
		return said.some((m) => m.tag !== "plans") && !said.some((m) => m.tag === "plans");
	};
	const sections = doc.sections.filter((s) => s.kind === "engagement" && s.heading && !reportsPastEngagement(s.heading.text));
	const planSections = new Set(sections);
	const sentences = [];
	for (const block of doc.blocks) {
		if (block.kind === "heading") continue;
		const leadIn = leadInOf(block);
		const reportedItem = leadIn !== void 0 && reportsPastEngagement(leadIn.text);
		let inPlan = planSections.has(block.section);
		block.sentences.forEach((sentence, i) => {
			if (reportedItem && i === 0) return;
			if (reportsPastEngagement(sentence.text)) return;
			inPlan ||= engagement.test(sentence.text);
			if (inPlan) sentences.push(sentence);
		});
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
			missing: {
				found: "There is no plan for engaging people.",
				ask: "Add an engagement section that says {{shortAsks}}.",
				withExamples: "Add an engagement section that says {{asks}}."
			},
			generic: {
				found: "The engagement plan does not say {{missing}}.",
				ask: "Add {{shortAsks}}.",
				withExamples: "Add {{asks}}."
			}
		},
		...switchOptions({ requireNamedGroups: "Require the plan to name minority ethnic communities or groups, not only \"patients\", \"carers\" or \"stakeholders\"." }),
		lexicons: [
			"engagement",
			"engagement-past",
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
					data: askData(order.map((f) => FACET_ASKS[f]))
				});
				return;
			}
			const texts = [...content.headings.map((h) => h.text), ...content.sentences.map((s) => s.text)];
			const lacking = order.filter((facet) => !texts.some((t) => facets[facet](t)));
			const missingWords = {
				who: requireNamedGroups ? "which minority ethnic communities will be engaged" : "who will be engaged",
				how: "how people will be engaged",
				when: "when they will be engaged",
				feedback: "how what they say will change the service"
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
			const engagingInHome = homeSentences.filter((x) => content.sentences.includes(x)).length;
			const headingEngages = home?.heading !== void 0 && lexicons.get("engagement").test(home.heading.text);
			const mostlyEngagement = (engagingInHome >= 2 || headingEngages) && engagingInHome * 2 >= homeSentences.length;
			const target = content.sections[0] ? { section: content.sections[0] } : home?.heading && mostlyEngagement ? { section: home } : { sentence: first };
			context.report({
				...target,
				messageId: "generic",
				data: {
					missing: listInEnglish(lacking.map((f) => missingWords[f]), "or"),
					...askData(lacking.map((f) => FACET_ASKS[f]))
				}
			});
		} };
	}
});
// dist/src/core/own-string.js
/**
* A string of its own, not a slice of a larger one: in V8 a slice (13
* characters or more) keeps the whole string it was cut from alive, so a
* short quote of a 1 MB paragraph, or a cached piece of one version of a
* document, would hold all of it.
*/
function ownString(s) {
	return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
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
/**
* Whitespace collapsed; long text cut at a word boundary (formatters add the
* ellipsis where `cut` says so: a cut quote is often much shorter than the limit). Only as much of the text is read as the quote needs: a window
* twice the quote's length, doubled until its collapsed text is longer than a
* quote or it is the whole text (collapsing all of a 1 MB sentence for each
* of its thousands of findings was quadratic). The first QUOTE_LIMIT + 1
* characters of a window's collapsed text are those of the whole text's, so
* the cut is the same.
*/
function cutQuote(text) {
	for (let end = Math.min(text.length, 2 * QUOTE_LIMIT);; end = Math.min(text.length, 2 * end)) {
		const flat = text.slice(0, end).replace(/\s+/g, " ").trim();
		if (flat.length <= QUOTE_LIMIT) {
			if (end < text.length) continue;
			return {
				quote: ownString(flat),
				cut: false
			};
		}
		const at = flat.lastIndexOf(" ", QUOTE_LIMIT);
		return {
			quote: ownString(flat.slice(0, at > QUOTE_LIMIT / 2 ? at : QUOTE_LIMIT)),
			cut: true
		};
	}
}
/** The quote alone (cutQuote). */
const quoteOf = (text) => cutQuote(text).quote;
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
// dist/rules/lib/indicators.js
/** The lexicons these helpers read. */
const INDICATOR_LEXICONS = [
	"breakdown-headers",
	"indicator-headers",
	"indicator-lead-ins",
	"indicator-target-headers",
	"indicator-words",
	"measures",
	"specification-details"
];
/**
* Whether a text reports by ethnic group: it names a breakdown ("by ethnic
* group") or a group, and does not deny it. Reads the lexicons "breakdowns" and
* "groups" (the rule declares them).
*/
function reportsByEthnicGroup(lexicons) {
	const breakdowns = lexicons.get("breakdowns");
	const groups = lexicons.get("groups");
	return (text) => affirms(breakdowns, text) || affirms(groups, text);
}
const OUTCOME_KINDS = /* @__PURE__ */ new Set(["outcomes", "quality-requirements"]);
const isOutcomeSection = (s) => OUTCOME_KINDS.has(s.kind);
/** A sentence ending in a colon introduces the indicators that follow; it is not one. */
const introducesList = (text) => text.trimEnd().endsWith(":");
/** A web address is where a document is, not what is measured ("https://.../121109-nhs-outcomes-framework-2013-14.pdf"). */
const withoutAddresses = (text) => text.replace(/\b(?:https?:\/\/|www\.)\S+/giu, " ");
/** A group of rows is titled in a word or two ("Access", "Patient experience"); an indicator's name is longer. */
const isGroupTitle = (text) => text.trim().split(/\s+/).length <= 2;
/** A column name is a few words ("Target", "Reporting frequency"), not a sentence. */
const isColumnName = (text) => text.trim().split(/\s+/).length <= 4;
function rowIndicator(table, row, rowIndex, headers, targetHeaders, breakdownHeaders) {
	const cells = row.filter((c) => c.kind !== "heading");
	if (cells.length === 0) return void 0;
	const targetColumns = table.header.map((h, i) => targetHeaders.test(h ?? "") ? i : -1).filter((i) => i >= 0);
	const target = cells.filter((c) => targetColumns.includes(c.cell.column)).map((c) => c.text);
	const own = cells.filter((c) => c.cell.row === rowIndex);
	const words = (c) => /\p{L}{2}/u.test(c.text);
	const underIndicator = (c) => words(c) && !targetHeaders.test(table.header[c.cell.column] ?? "") && headers.test(table.header[c.cell.column] ?? "");
	const named = own.find(underIndicator) ?? own.find(words) ?? cells.find(words) ?? own[0] ?? cells[0];
	return {
		name: quoteOf(named.text),
		anchor: named,
		text: cells.map((c) => breakdownHeaders.test(table.header[c.cell.column] ?? "") && !/^\s*by\b/iu.test(c.text) ? `by ${c.text}` : c.text).join(" | "),
		target: target.length > 0 ? target.join(" ") : cells.slice(1).map((c) => c.text).join(" "),
		section: cells[0].section,
		cells
	};
}
/** A cell that is one of the lexicon's labels and nothing more ("Commissioner Lead", "Period:"). */
const isLabel = (labels, text) => coversWholly(labels, text.trim().replace(/[\s:.]+$/u, ""));
/**
* A specification's details table (service, leads, period, review date as
* label | value rows) lists no indicators, whatever words the service's name
* holds: two or more of its first column's cells, header row included, are
* details labels.
*/
function isDetailsTable(table, labels) {
	let found = 0;
	for (const row of table.rows) {
		const first = row.find((c) => c.cell.column === 0);
		if (first && isLabel(labels, first.text) && ++found >= 2) return true;
	}
	return false;
}
/** Everything in the document that reads as an outcome indicator. */
function findIndicators(doc, lexicons) {
	const measures = lexicons.get("measures");
	const headers = lexicons.get("indicator-headers");
	const targetHeaders = lexicons.get("indicator-target-headers");
	const words = lexicons.get("indicator-words");
	const details = lexicons.get("specification-details");
	const breakdownHeaders = lexicons.get("breakdown-headers");
	const indicators = [];
	for (const table of doc.tables) {
		if (isDetailsTable(table, details)) continue;
		const byHeader = table.header.some((h) => headers.test(h ?? ""));
		for (const [rowIndex, row] of table.rows.entries()) {
			if (row.every((c) => c.cell.isHeader)) continue;
			const indicator = rowIndicator(table, row, rowIndex, headers, targetHeaders, breakdownHeaders);
			if (!indicator) continue;
			if (indicator.cells.every((c) => isColumnName(c.text) && (headers.test(c.text) || targetHeaders.test(c.text)))) continue;
			const filled = indicator.cells.filter((c) => c.text.trim() !== "");
			const written = indicator.cells.filter((c) => c.written.trim() !== "");
			const below = table.rows[rowIndex + 1]?.filter((c) => c.text.trim() !== "").length ?? 0;
			if (written.length === 1 && written[0].cell.column === 0 && below > 1 && isGroupTitle(written[0].text) && !measures.test(written[0].text)) continue;
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
	const leadInOf = leadInFinder(doc);
	const leadIns = lexicons.get("indicator-lead-ins");
	for (const block of doc.blocks) {
		if (block.cell || block.kind === "heading" || !isOutcomeSection(block.section)) continue;
		const leadIn = block.kind === "list-item" ? leadInOf(block) : void 0;
		const listedAsIndicator = leadIn !== void 0 && leadIns.test(leadIn.text);
		const next = doc.blocks[block.index + 1];
		const leadsInNext = next?.kind === "list-item" ? leadInOf(next) : void 0;
		for (const sentence of block.sentences) {
			if (introducesList(sentence.text) || sentence === leadsInNext || leadIns.find(sentence.text).some((m) => m.tag === "count")) continue;
			const text = withoutAddresses(sentence.text);
			if (listedAsIndicator && sentence === block.sentences[0] || measures.test(text) || words.test(text)) indicators.push({
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
// dist/src/core/section-kinds.js
/**
* The section kinds a heading's phrases name, longest phrase first. A phrase listed as
* `other` names something that is not a section ("The CVD Outcomes Strategy", "Public
* Health Outcomes Framework"), and the phrases inside it ("Outcomes") name nothing.
*/
function kindsNamed(title, headings) {
	const found = headings.find(title).filter((m) => m.tag);
	const others = found.filter((m) => m.tag === "other");
	return found.filter((m) => m.tag === "other" || !others.some((o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)).map((m) => ({
		kind: m.tag,
		length: m.end - m.start
	})).sort((a, b) => b.length - a.length);
}
// dist/rules/require-ethnicity-outcome-indicators.js
/**
* Requires at least one outcome indicator broken down by ethnicity (or a
* target for named minority ethnic groups). Without one, a commissioner
* cannot see whether the service works for minority ethnic people.
*/
const HAS_NUMBER = /\d/;
/**
* The outcome sections, outermost first: of an outcome kind, or headed with an outcome kind's name among
* others ("Performance and outcome monitoring"), as require-core-sections counts them present.
*/
function topOutcomeSections(doc, headings) {
	const named = (s) => s.heading !== void 0 && !(s.heading === doc.title && s.ownKind === void 0) && kindsNamed(s.title, headings).some((k) => OUTCOME_KINDS.has(k.kind));
	const isOutcomes = (s) => isOutcomeSection(s) || named(s);
	return doc.sections.filter((s) => isOutcomes(s) && !(s.parent && isOutcomes(s.parent)));
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
			missingOutcomes: {
				found: "The specification has no outcomes, KPI or quality requirements section and no indicator table.",
				ask: "Add one with indicators reported by ethnic group and targets for the groups with the poorest outcomes."
			},
			noIndicators: {
				found: "This section sets out no indicators.",
				ask: "List the outcome indicators here, each reported by ethnic group, with targets for the groups with the poorest outcomes."
			},
			noBreakdown: {
				found: "No outcome indicator is reported by ethnic group or sets a target for minority ethnic groups ({{listed}}).",
				ask: "Report at least the main ones by ethnic group and set a target for the groups with the poorest outcomes."
			},
			noTarget: {
				found: "Indicators are reported by ethnic group ({{indicators}}) but none sets a target for minority ethnic groups.",
				ask: "Add a target.",
				withExamples: "Add a target, for example \"75% in every ethnic group\" or \"no gap greater than 5 percentage points\"."
			}
		},
		...switchOptions({ requireTargets: "A breakdown by ethnicity is not enough: require a numeric target that applies to named groups or to every ethnic group." }),
		lexicons: [
			...INDICATOR_LEXICONS,
			"breakdowns",
			"groups",
			"per-group-targets",
			"section-headings"
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
		const reportsByGroup = reportsByEthnicGroup(lexicons);
		/** A target that applies across groups rather than to the service as a whole. */
		const perGroup = lexicons.get("per-group-targets");
		const requireTargets = context.options[0]?.requireTargets ?? false;
		return { documentEnd(doc) {
			const indicators = findIndicators(doc, lexicons);
			const sections = topOutcomeSections(doc, lexicons.get("section-headings"));
			if (indicators.length === 0) {
				if (sections.length > 0) context.report({
					section: sections[0],
					messageId: "noIndicators"
				});
				else context.report({ messageId: "missingOutcomes" });
				return;
			}
			const byEthnicity = indicators.filter((i) => reportsByGroup(i.text));
			const withTarget = byEthnicity.filter((i) => (HAS_NUMBER.test(i.target) || measures.test(i.target)) && (reportsByGroup(i.target) || perGroup.test(i.target)));
			const where = sections.find((s) => indicators.some((i) => i.section === s || isWithin(i.section, s))) ?? indicators[0].section;
			const list = (items) => items.slice(0, MAX_LISTED$1).map((i) => `"${shorten$4(i.name)}"`).join(", ") + (items.length > MAX_LISTED$1 ? ", …" : "");
			const shown = withTarget[0] ?? byEthnicity[0];
			if (shown) context.evidence({
				block: shown.block ?? shown.anchor ?? shown.cells[0],
				note: "an indicator reported by ethnic group"
			});
			if (byEthnicity.length === 0) {
				const listed = `${indicators.length} ${indicators.length === 1 ? "indicator" : "indicators"}: ${list(indicators)}`;
				context.report({
					section: where,
					messageId: "noBreakdown",
					data: { listed }
				});
			} else if (requireTargets && withTarget.length === 0) context.report({
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
	"claim-frames",
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
	const commits = commitsIn(lexicons.get("claim-frames"));
	const leadInOf = leadInFinder(doc);
	const requires = (unit) => {
		if (unit.cells || commits(unit.text)) return true;
		const sentence = unit.sentence;
		const leadIn = sentence === sentence.block.sentences[0] ? leadInOf(sentence.block) : void 0;
		return leadIn !== void 0 && commits(leadIn.text);
	};
	const out = [];
	for (const unit of units) {
		if (unit.section.kind === "population-needs") continue;
		const text = unit.text;
		const phrase = recording.find(text).find((m) => m.tag !== "mention" || requires(unit)) ?? (dimension.test(text) ? duties.first(text) : void 0);
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
const FIGURES = {
	ask: "local figures by ethnic group",
	example: "\"41% of births were to women from Black, Asian and mixed ethnic groups\""
};
const POOREST = {
	ask: "which groups have the poorest access or outcomes",
	example: "\"recovery was 38% for Bangladeshi patients against 52% for White British patients\""
};
const SOURCES = "where the figures come from (the JSNA, the 2021 Census, a local equity audit, or the provider's activity data by ethnic group)";
/** What every finding asks for, as report data: with examples for the message, without for its ask. */
const ASKS = {
	asks: `${withExample(FIGURES)}, ${withExample(POOREST)}, and ${SOURCES}`,
	shortAsks: `${FIGURES.ask}, ${POOREST.ask}, and ${SOURCES}`
};
const MAX_QUOTE$1 = 160;
const MAX_GROUPS = 4;
function shortQuote$1(text) {
	const flat = quoteOf(text);
	if (flat.length <= MAX_QUOTE$1) return flat.replace(/[.;:,]$/, "");
	const cut = flat.lastIndexOf(" ", 159);
	return `${flat.slice(0, cut > MAX_QUOTE$1 / 2 ? cut : 159)}…`;
}
const isNeeds = (s) => s.kind === "population-needs";
/** A subsection whose own heading names the national picture and not the local one ("1.1 National context and evidence base"). */
function isNationalOnly(section, lexicons) {
	const tags = lexicons.get("needs-scope").find(section.title).map((m) => m.tag);
	return tags.includes("national") && !tags.includes("local");
}
/**
* A sentence that opens on the national picture ("Nationally, ...", "Research shows ..."), or gives a national
* survey's finding anywhere ("... the Health Survey for England found that ..."), and says nothing local.
*/
function opensNational(text, lexicons) {
	const matches = lexicons.get("needs-scope").find(text);
	if (matches.some((m) => m.tag === "local")) return false;
	if (matches.some((m) => m.tag === "national-source") && !/\p{N}/u.test(text)) return true;
	const first = matches.find((m) => m.tag === "national");
	return first !== void 0 && text.slice(0, first.start).trim().split(/\s+/).filter(Boolean).length <= 1;
}
/**
* The content that can describe local need: not national subsections, not national sentences, and not a
* contents list or appendix label ("3.3 Asylum seekers 11" names a chapter, it describes no need).
*/
function localNeedsUnits(sections, units, lexicons) {
	const documentParts = lexicons.get("document-parts");
	const excluded = /* @__PURE__ */ new Set();
	for (const s of sections) for (let t = s; t && isNeeds(t); t = t.parent) if (isNationalOnly(t, lexicons) || documentParts.test(t.title) && t.ownKind === void 0) {
		excluded.add(s);
		break;
	}
	return units.filter((u) => isNeeds(u.section) && !excluded.has(u.section) && !opensNational(u.text, lexicons) && !documentParts.find(u.text).some((m) => m.tag === "contents"));
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
			missing: {
				found: "The population needs section says nothing about local need by ethnic group.",
				ask: "Add {{shortAsks}}.",
				withExamples: "Add {{asks}}."
			},
			vague: {
				found: "The population needs section does not describe local need by ethnic group: the nearest it comes is \"{{quote}}\".",
				ask: "Add {{shortAsks}}.",
				withExamples: "Add {{asks}}."
			},
			noFigures: {
				found: "The population needs section mentions {{groups}} but gives no figure for any ethnic group.",
				ask: "Add {{shortAsks}}.",
				withExamples: "Add {{asks}}."
			}
		},
		...switchOptions({ requireFigures: "Naming groups is not enough: require at least one figure (a percentage, count or rate) tied to an ethnic group." }),
		lexicons: [
			...ETHNICITY_DATA_LEXICONS,
			"breakdowns",
			"diversity-statements",
			"document-parts",
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
			const byEthnicity = (u) => {
				const named = groupsNamed(groups, u.text);
				return named.particular || (named.any || affirms(breakdowns, u.text) || evidence.test(u.text)) && hasFigure(u);
			};
			const describing = units.filter((u) => byEthnicity(u) && (!findUnitGap(u, lexicons) || hasFigure(u) && groups.test(u.text)));
			if (describing.length === 0) {
				const nearest = units.find((u) => (diversity.test(u.text) || mentionsEthnicity(u)) && !findUnitGap(u, lexicons)) ?? units.find((u) => findUnitGap(u, lexicons));
				if (nearest) context.report({
					section: top,
					messageId: "vague",
					data: {
						quote: shortQuote$1(nearest.text),
						...ASKS
					}
				});
				else context.report({
					section: top,
					messageId: "missing",
					data: ASKS
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
						...ASKS
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
			missing: {
				found: "The specification does not require the provider to record ethnicity, so nobody will be able to tell whether the service reaches and works for minority ethnic people{{noted}}.",
				ask: "Add to {{where}} a duty to record ethnic category for every patient with the national ethnic category codes and to report its completeness.",
				withExamples: "Add to {{where}} a duty to record ethnic category for every patient with the national ethnic category codes and to report its completeness, for example: \"{{example}}\""
			},
			noCompleteness: {
				found: "Ethnicity is to be recorded (\"{{found}}\") but no completeness measure is set, so gaps in recording can go unseen.",
				ask: "Add a completeness target and say how it will be reported.",
				withExamples: "Add a completeness target and say how it will be reported, for example: \"The provider will report ethnic category completeness monthly, with a target of 95% by March 2028.\""
			},
			noNationalCodes: {
				found: "Ethnicity is to be recorded (\"{{found}}\") but the specification does not say to use the national ethnic category codes.",
				ask: "Add \"using the national ethnic category codes in the NHS Data Dictionary, as stated by the patient\", so figures can be compared with the Census and with other services."
			}
		},
		...switchOptions({
			requireCompleteness: "Require a completeness measure (completeness, a percentage or a target) for ethnicity recording, not only a duty to record it.",
			requireNationalCodes: "Require the recording duty to name the national ethnic category codes (NHS Data Dictionary) or the Census classification."
		}, { requireCompleteness: true }),
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
function provisionIn(text, lexicons, namesAsProvision = true) {
	const falseFriends = lexicons.get("language-false-friends").find(text);
	const inFalseFriend = (m) => falseFriends.some((f) => f.start < m.end && m.start < f.end);
	const out = lexicons.get("language-access").find(text).filter((m) => !inFalseFriend(m)).map((m) => ({
		text: m.text,
		tag: m.tag ?? "language"
	}));
	if (!namesAsProvision) return out;
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
			missing: {
				found: "The specification makes no provision for people who speak little or no English{{languages}}: no interpreting, no translated information and no sessions in community languages.",
				ask: "Add to {{where}} {{ask}}, and key information translated into the main local languages.",
				withExamples: "Add to {{where}} {{ask}}, and key information translated into the main local languages, for example: \"{{example}}\""
			},
			formatsOnly: {
				found: "\"{{found}}\" helps people who need large print, easy read or braille, but nothing in the specification provides for people who speak little or no English.",
				ask: "Add to {{where}} {{ask}}, and key information translated into the main local languages.",
				withExamples: "Add to {{where}} {{ask}}, and key information translated into the main local languages{{languages}}."
			},
			noInterpreting: {
				found: "The specification offers translated or community-language provision (\"{{found}}\") but no interpreting.",
				ask: "Add to {{where}} {{ask}}."
			},
			informalInterpreting: {
				found: "\"{{found}}\" relies on family members or friends to interpret.",
				ask: "Require professional interpreters instead, with family and friends not used to interpret except in an emergency (national guidance on NHS interpreting).",
				withExamples: "National guidance on NHS interpreting advises professional interpreters instead, except in an emergency: relatives can mistranslate, and patients may not disclose symptoms, abuse or worries through them. Say instead, for example: \"Professional interpreters will be booked for every appointment where the patient prefers a language other than English; family members, friends and children will not be used to interpret except in an emergency.\""
			}
		},
		...switchOptions({ requireInterpreting: "Translated information alone is not enough: require spoken or signed support (interpreters, or bilingual staff)." }),
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
			const needLanguages = [];
			let mentionedInNeeds;
			for (const block of doc.blocks) {
				if (block.kind === "heading") continue;
				for (const sentence of block.sentences) {
					if (block.section.kind === "population-needs") {
						for (const m of lexicons.get("languages").find(sentence.text)) if (!needLanguages.includes(m.text)) needLanguages.push(m.text);
						if (!mentionedInNeeds && provisionIn(sentence.text, lexicons, false).length > 0) mentionedInNeeds = sentence;
						continue;
					}
					const found = provisionIn(sentence.text, lexicons);
					const loose = informalInterpreting(sentence.text, lexicons, found.some((f) => f.tag === "interpreting"));
					if (loose) {
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
			const languages = mentionedInNeeds ? ` outside the population needs section (which mentions ${named ? `${named}, and ` : ""}"${quoteOf(mentionedInNeeds.text)}")` : named ? ` (the population needs section mentions ${named})` : "";
			const section = serviceDescription(doc);
			const where = section ? `the service description (section "${section.headingText}")` : "the service description";
			if (provisions.length === 0) {
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
		messages: { tolerated: {
			found: "This admits a gap in ethnicity data (\"{{gap}}\") but nothing says how it will be closed, so it is likely to persist.",
			ask: "In this sentence or the next, say who will close it, how and by when.",
			withExamples: "In this sentence or the next, say who will close it, how and by when, for example: \"{{example}}\""
		} },
		...switchOptions({ requireAdjacentAction: "Require the action in the gap sentence or the next one, even when the specification sets a completeness target for ethnicity recording elsewhere." }),
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
* Division of work with no-vague-equity-statement, so one sentence never gets two
* findings asking for the same thing: a sentence with a universal claim ("accessible
* to all", "no one will be disadvantaged") is that rule's; the other sentences this
* rule reports, that rule leaves (reportedAsDeferral, rules/lib/provider-deferral.ts).
*/
/** How far apart the subject and the duty may be and still be quoted as one phrase. */
const MAX_PHRASE = 140;
/** How far before the subject its determiner may start ("the successful " provider). */
const DETERMINER_REACH = 32;
const ASK_GROUP = {
	ask: "which groups it means",
	example: "Bangladeshi women, or people who need an interpreter"
};
const ASK_MECHANISM = {
	ask: "what the provider must do for them",
	example: "professional interpreters for every appointment, or clinics at named community venues"
};
const ASK_MEASURE = {
	ask: "how you will check it",
	example: "uptake by ethnic group, reported each quarter"
};
/**
* The words a reader needs to recognise the deferral: from the subject to the
* duty when they sit in one clause ("The provider will comply with its duties
* under the Equality Act 2010"), else the subject's own clause.
*/
function phraseOf(text, determiners, subject, ...others) {
	const matches = [subject, ...others];
	const limit = Math.max(MAX_PHRASE, subject.end - subject.start + MAX_PHRASE / 2);
	let start = Math.min(...matches.map((m) => m.start));
	let end = Math.max(...matches.map((m) => m.end));
	if (end - start > limit || /[:;]/.test(text.slice(start, end))) {
		start = subject.start;
		const rest = text.slice(subject.end);
		const stop = rest.search(/[.;:,](?:\s|$)/);
		const clauseEnd = subject.end + (stop >= 0 ? stop : rest.length);
		end = Math.min(clauseEnd, subject.start + limit);
		if (end < clauseEnd) while (end > subject.end && /\S/.test(text[end - 1]) && /\S/.test(text[end])) end--;
	}
	const determiner = determiners.first(text.slice(Math.max(0, start - DETERMINER_REACH), start));
	if (determiner) start -= determiner.text.length;
	const tail = /^(?:[^.;:,]|[.;:,](?=\S)){0,30}(?=[.;:,](?:\s|$)|$)/.exec(text.slice(end));
	if (tail && end + tail[0].length - start <= limit) end += tail[0].length;
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
			deferred: {
				found: "\"{{phrase}}\" leaves {{topic}} to the provider but does not say what the service must do.",
				ask: "Say {{shortAsks}}.",
				withExamples: "Say {{asks}}."
			},
			delegated: {
				found: "\"{{phrase}}\" leaves the provider to decide {{decision}}.",
				ask: "The specification should set the response: say {{shortAsks}}.",
				withExamples: "The specification should set the response: say {{asks}}."
			}
		},
		...switchOptions({ requireResponse: "A named group is not enough: require a mechanism or a measure in every sentence that makes the provider responsible for equality." }),
		lexicons: [.../* @__PURE__ */ new Set([
			...DEFERRAL_LEXICONS,
			...VAGUE_CLAIM_LEXICONS,
			"deferral-topic-access",
			"deferral-topic-duties",
			"deferral-topic-needs"
		])],
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
		const determiners = lexicons.get("deferral-determiners");
		const requireResponse = context.options[0]?.requireResponse ?? false;
		const read = deferralReader(lexicons, context.document);
		const judgeVague = vagueClaimJudge(lexicons, context.document);
		return { sentence(sentence) {
			const reading = read(sentence);
			if (!reading) return;
			const { subject, leadIn, from, topic, duty, support, leftToJudgement, has } = reading;
			if (reading.universal) return;
			if (has.mechanism || has.measure) {
				context.evidence({
					sentence,
					note: "a stated response for the provider"
				});
				return;
			}
			if (has.group && !leftToJudgement && (!requireResponse || readsAsUnspecificClaim(judgeVague(sentence)))) return;
			const asks = askData([
				...has.group ? [] : [ASK_GROUP],
				ASK_MECHANISM,
				ASK_MEASURE
			]);
			const words = TOPIC_WORDS[duty ? topicOf(duty.text, lexicons) : support && topic === support ? "language" : "needs"];
			const quoted = sentence.text;
			const shift = (m) => ({
				...m,
				start: Math.max(0, m.start - from),
				end: Math.max(0, m.end - from)
			});
			const clause = clauseStart(quoted, topic.start - from);
			const quotedSubject = leadIn ? {
				...subject,
				start: clause,
				end: clause,
				text: ""
			} : subject;
			if (leftToJudgement) context.report({
				sentence,
				messageId: "delegated",
				data: {
					phrase: phraseOf(quoted, determiners, quotedSubject, shift(leftToJudgement), shift(topic)),
					decision: words.decision,
					...asks
				}
			});
			else context.report({
				sentence,
				messageId: "deferred",
				data: {
					phrase: phraseOf(quoted, determiners, quotedSubject, shift(topic)),
					topic: words.noun,
					...asks
				}
			});
		} };
	}
});
/** Where the clause holding `at` starts: after the last colon or semicolon before it. */
function clauseStart(text, at) {
	const before = text.slice(0, at);
	const stop = Math.max(before.lastIndexOf(":"), before.lastIndexOf(";"));
	if (stop < 0) return 0;
	let start = stop + 1;
	while (start < at && /\s/.test(text[start])) start++;
	return start;
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
/** How many words a subject that refers back to the assessment may have ("This", "The assessment", "This full assessment"). */
const MAX_SUBJECT_WORDS = 3;
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
			noFindings: {
				found: "\"{{claim}}\" records that an equality impact assessment was done but not what it found.",
				ask: "Say which groups it considered, what it found for them, and which requirements in this specification respond.",
				withExamples: "Say which groups it considered, what it found for them (for example \"Bangladeshi women were less likely to attend\"), and which requirements in this specification respond (for example \"see section 3.2\")."
			},
			setAside: {
				found: "\"{{claim}}\" sets the equality impact assessment aside without saying why.",
				ask: "Say which groups were considered and what the evidence showed for them; if any group fares worse, say what the service will do.",
				withExamples: "Say which groups were considered and what the evidence showed for them (for example uptake by ethnic group against the local population); if any group fares worse, say what the service will do."
			},
			noEvidence: {
				found: "\"{{claim}}\" asserts that there is no equality impact without showing the evidence.",
				ask: "Say which groups were considered and what the data showed for each, and what the service will do where a group fares worse.",
				withExamples: "Say which groups were considered and what the data showed for each (for example uptake by ethnic group against the local population), and what the service will do where a group fares worse."
			}
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
			"assessment-practice",
			"assessment-questions",
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
		const questions = lexicons.get("assessment-questions");
		const practice = lexicons.get("assessment-practice");
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
			if (!named || practice.test(text)) return void 0;
			const namesItself = assessments.test(text);
			const ownSubject = (m) => {
				const subject = text.slice(0, m.start).trim();
				return namesItself || subject === "" || pointsBack.test(subject) && subject.split(/\s+/).length <= MAX_SUBJECT_WORDS;
			};
			const done = [...completion.find(text).filter(ownSubject), ...[statusOnly(text)].filter((m) => m !== void 0)].filter((m) => !future.test(text.slice(Math.max(0, m.start - 40), m.start)) && !questions.test(text.slice(0, m.start)));
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
function list$1(statements, test) {
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
/** Dot leaders before page numbers ("Introduction ...... 4"), twice: a contents list, not a sentence. */
const looksLikeContents = (text) => (text.match(/(?<!\.)\.{3,}\s*\d|…\s*\d/g) ?? []).length >= 2;
/** Sections whose business is monitoring the contract. */
const MONITORING_HOMES = /* @__PURE__ */ new Set(["monitoring", "quality-requirements"]);
/** Monitoring described in prose and in table rows, with the section it sits in. */
function findStatements(doc, matches, { documentParts, frames, details }) {
	const out = [];
	const seenRows = /* @__PURE__ */ new Set();
	const leadInOf = leadInFinder(doc);
	const commits = commitsIn(frames);
	const detailsTables = new Set(doc.tables.filter((t) => isDetailsTable(t, details)));
	const namesContents = (text) => documentParts.find(text).some((m) => m.tag === "contents");
	const isContents = (section) => section.heading !== void 0 && namesContents(section.title);
	const describes = (block, sentence, leadIn) => {
		if (MONITORING_HOMES.has(block.section.kind)) return true;
		const unfinished = !/[.;!?]$/u.test(sentence.text.trim());
		const title = readsAsTitle(sentence.text) || unfinished && (documentParts.test(sentence.text) || leadIn !== void 0 && documentParts.test(leadIn.text));
		if (leadIn !== void 0 && matches(leadIn.text)) return true;
		if (leadIn !== void 0 && block.section.kind !== "outcomes" && !commits(leadIn.text)) return false;
		return !title;
	};
	for (const block of doc.blocks) {
		if (block.kind === "heading" || !block.section.heading || block.section.kind === "population-needs") continue;
		if (!block.cell && !MONITORING_HOMES.has(block.section.kind) && looksLikeContents(block.text) && namesContents(block.text)) continue;
		if (isContents(block.section)) continue;
		if (block.cell) {
			if (detailsTables.has(block.cell.table)) continue;
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
		for (const sentence of block.sentences) {
			const leadIn = sentence === block.sentences[0] ? leadInOf(block) : void 0;
			const text = leadIn !== void 0 && matches(leadIn.text) ? `${leadIn.text} ${sentence.text}` : sentence.text;
			if (matches(text) && describes(block, sentence, leadIn)) out.push({
				text,
				sentence,
				section: block.section
			});
		}
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
	const section = preferSection ? doc.sections.find((s) => s.ownKind === "monitoring") ?? statements.find((s) => MONITORING_HOMES.has(s.section.kind))?.section : void 0;
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
			missing: {
				found: "The specification does not say how the service will be monitored during the contract.",
				ask: "Add to the quality requirements (or a contract monitoring section) an equity audit and reporting by ethnic group.",
				withExamples: "Add to the quality requirements (or a contract monitoring section) an equity audit and reporting by ethnic group, for example {{example}}."
			},
			noEthnicity: {
				found: "Monitoring is described ({{monitored}}) but none of it is analysed by ethnic group and there is no equity audit.",
				ask: "Add an equity audit, and analyse service-user feedback by ethnic group.",
				withExamples: "Add one, for example {{example}}, and analyse service-user feedback by ethnic group."
			},
			noFeedback: {
				found: "Service-user feedback ({{feedback}}) is not analysed by ethnic group.",
				ask: "Report it by ethnic group.",
				withExamples: "Report it by ethnic group, for example {{example}}, so that poorer experiences show up."
			},
			missingFeedback: {
				found: "Monitoring looks at ethnicity, but no service-user feedback is collected or analysed by ethnic group.",
				ask: "Add it to the quality requirements.",
				withExamples: "Add it to the quality requirements, for example {{example}}."
			}
		},
		...switchOptions({ requireFeedback: "Outcome indicators and audits by ethnic group are not enough: also require service-user feedback or experience (surveys, Friends and Family Test, complaints) analysed by ethnic group." }),
		lexicons: [
			...INDICATOR_LEXICONS,
			"audit-past-findings",
			"audit-past-years",
			"bid-evaluation",
			"breakdowns",
			"claim-frames",
			"document-parts",
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
		const documentParts = lexicons.get("document-parts");
		const frames = lexicons.get("claim-frames");
		const details = lexicons.get("specification-details");
		const requireFeedback = context.options[0]?.requireFeedback ?? false;
		const byEthnicity = reportsByEthnicGroup(lexicons);
		const bidEvaluation = lexicons.get("bid-evaluation");
		const monitors = (text) => {
			const found = monitoring.find(text);
			if (found.length === 0) return false;
			const bids = bidEvaluation.find(text);
			return found.some((m) => !bids.some((b) => within(m, b)));
		};
		const isMonitoring = (text) => monitors(text) || feedback.test(text);
		const analysedByEthnicity = (s) => affirms(breakdowns, s.text) || s.section.kind !== "engagement" && affirms(groups, s.text);
		return { documentEnd(doc) {
			const anywhere = findStatements(doc, (t) => isMonitoring(t) || audits.test(t) || byEthnicity(t), {
				documentParts,
				frames,
				details
			});
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
						monitored: list$1(described, isMonitoring),
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
				block: indicator.block ?? indicator.anchor ?? indicator.cells[0],
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
					feedback: list$1(feedbackStatements, (t) => feedback.test(t)),
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
/**
* What each section is called, and what belongs in it: written once, with each
* ask given through `say`, so that it reads with its examples in the message
* and without them in the message's ask.
*/
const SECTIONS = {
	"population-needs": {
		name: "Population needs",
		contents: (say) => `${say({
			ask: "Describe local need and how it differs between groups, by ethnicity among others",
			example: "\"Pakistani and Bangladeshi adults are 11% of the population but 6% of referrals\""
		})}.`
	},
	outcomes: {
		name: "Outcomes",
		contents: (say) => `${say({
			ask: "List the outcome indicators with targets, each reported by ethnic group",
			example: "\"recovery 50% in every ethnic group\""
		})}.`
	},
	scope: {
		name: "Scope",
		contents: () => "Set out the aims and objectives, the service description and who the service is for, including how it will reach groups with the poorest access."
	},
	standards: {
		name: "Applicable service standards",
		contents: (say) => `${say({
			ask: "List the national and local standards the provider must meet",
			example: "NICE guidelines and the Accessible Information Standard"
		})}.`
	},
	"quality-requirements": {
		name: "Quality requirements",
		contents: (say) => `${say({
			ask: "Set out the quality requirements and how they will be monitored, including reporting by ethnic group",
			example: "\"a quarterly report of every indicator by ethnic group\""
		})}.`
	},
	"service-description": {
		name: "Service description",
		contents: (say) => `${say({
			ask: "Describe what the service does, where and when, and how it is adapted for the groups it must reach",
			example: "interpreters and community venues"
		})}.`
	},
	"population-covered": {
		name: "Population covered",
		contents: () => "Say who is eligible, including people who are not registered with a GP or are seeking asylum where that applies."
	},
	engagement: {
		name: "Engagement",
		contents: (say) => `Say ${say({
			ask: "who will be engaged",
			example: "named minority ethnic community organisations"
		})}, how, how often, and how what they say will change the service.`
	},
	equality: {
		name: "Equality",
		contents: () => "Say what the equality impact assessment found for which groups and which requirements respond to it."
	},
	monitoring: {
		name: "Contract monitoring",
		contents: (say) => `${say({
			ask: "Say what will be reported, how often, and how it is analysed by ethnic group",
			example: "an annual equity audit"
		})}.`
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
			missing: {
				found: "There is no \"{{section}}\" section.",
				ask: "{{shortContents}}",
				withExamples: "{{contents}}"
			},
			none: {
				found: "None of the standard sections ({{sections}}) was found.",
				ask: "If this is a service specification, add them with headings the reader can find; if it is not, leave it out of linting with \"ignores\" in .speclintrc.yaml."
			}
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
				if (section.heading === doc.title && section.ownKind === void 0) continue;
				if (section.ownKind) present.add(section.ownKind);
				for (const { kind } of kindsNamed(section.title, headings)) if (kind !== "other") present.add(kind);
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
						contents: contents(withExample),
						shortContents: contents((a) => a.ask)
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
function firstWords(text) {
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
		messages: { open: {
			found: "An open comment from {{author}}: \"{{words}}\"{{replies}}.",
			ask: "Answer it, change the text if needed, and mark it resolved (or delete it) before the specification goes out."
		} },
		schema: []
	},
	create(context) {
		return { documentEnd(doc) {
			for (const comment of doc.comments) {
				if (comment.parent || comment.done || comment.directive || comment.bySpeclint) continue;
				const data = {
					author: comment.author,
					words: firstWords(comment.text) || "(no text)",
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
function describe$1(changes) {
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
			changed: {
				found: "Tracked changes are still in this paragraph: {{changes}}.",
				ask: "Accept or reject them (Review > Accept or Reject) so the text that goes out is the text that was agreed."
			},
			"changed-nearby": {
				found: "Tracked changes are still in a paragraph that has no text once they are accepted (paragraph {{paragraph}}, {{where}} this one): {{changes}}.",
				ask: "Accept or reject them (Review > Accept or Reject)."
			},
			many: {
				found: "This draft still has {{count}} tracked changes in {{paragraphs}} paragraphs, starting with {{first}}.",
				ask: "Review each one and accept or reject it (Review > Accept or Reject), then turn off Track Changes in the copy that goes out."
			}
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
						data: { changes: describe$1(changes) }
					});
					continue;
				}
				const near = changes[0].block;
				const data = {
					changes: describe$1(changes),
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
// dist/src/core/placeholders.js
/**
* Placeholders left in a draft: bracketed fields and instructions ("[Provider
* name]", "[Insert figures from the JSNA]", "<provider>") and placeholder words
* and figures ("TBC", "XX%", "£X"). The document model finds them once, blanks
* them out of the text every rule judges (an instruction is not content: a
* template's "[which groups, e.g. Bangladeshi residents]" names no group) and
* keeps them on each block for no-placeholder-text. Vocabulary is in the
* lexicons named below; this file knows only brackets. Pure; linear.
*/
/** The lexicons placeholders are recognised by (rules/lexicons/common). */
const PLACEHOLDER_LEXICONS = [
	"placeholders",
	"placeholder-exceptions",
	"placeholder-instructions",
	"abbreviation-small-words"
];
/** Longer bracketed text is prose in brackets, not a field. */
const MAX_BRACKETED = 400;
const MAX_ANGLE_FIELD = 60;
/** "<provider>", "<Provider name>", "<insert date>": words only, so "<5%" or "a < b > c" are not fields. */
const ANGLE_FIELD = /^\p{L}[\p{L}' -]*$/u;
/** An abbreviation: two to eight letters, at least two of them capitals ("LIMS", "DfE", "MoU"), perhaps a plural "s" ("NGOs"). */
const ABBREVIATION = /^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}\p{L}{1,7}$/u;
/** Where the words an abbreviation stands for cannot reach back past: a sentence's end or another bracket. */
const NAME_BOUNDARY = /[.!?;[\]]/g;
/**
* An abbreviation in brackets straight after the words it stands for, as
* tenders write names: "Laboratory Information Management System [LIMS]",
* "Department for Education [DfE]", "Terms of Reference [TOR]". Its letters are
* the initials of the capitalised words just before it, in the same sentence,
* with or without the small words between them, so it is not a field to fill in.
* One in lower-case words ("electronic patient record [EPR]") stays a placeholder:
* a template's field can look like that too.
*/
function isAbbreviationOf(inner, before, smallWords) {
	if (!ABBREVIATION.test(inner)) return false;
	const letters = (/^\p{Lu}+s$/u.test(inner) ? inner.slice(0, -1) : inner).toLowerCase();
	const name = before.slice(Math.max(0, ...[...before.matchAll(NAME_BOUNDARY)].map((m) => m.index + 1)));
	const isSmall = (w) => coversWholly(smallWords, w);
	const initialsOf = (list) => {
		if (list.length < letters.length) return void 0;
		const last = list.slice(-letters.length);
		if (!last.every((w) => isSmall(w) || /^\P{L}*\p{Lu}/u.test(w))) return void 0;
		return last.map((w) => /\p{L}/u.exec(w)[0].toLowerCase()).join("");
	};
	return [/\s+/, /[\s-]+/].some((split) => {
		const words = name.split(split).filter((w) => /\p{L}/u.test(w));
		return initialsOf(words.filter((w) => !isSmall(w))) === letters || initialsOf(words) === letters;
	});
}
function isBracketPlaceholder(inner, before, lexicons) {
	if (inner.trim() === "") return false;
	if (isAbbreviationOf(inner, before, lexicons.smallWords)) return false;
	if (lexicons.instructions.test(inner)) return true;
	return !coversWholly(lexicons.exceptions, inner);
}
/** Bracketed spans: the innermost "[...]" and "<...>" pairs on one line. */
function bracketed(text, lexicons, out) {
	let open = -1;
	let opener = "";
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "[" || c === "<") {
			open = i;
			opener = c;
		} else if (c === "\n") open = -1;
		else if (open !== -1 && (c === "]" && opener === "[" || c === ">" && opener === "<")) {
			const inner = text.slice(open + 1, i);
			if (opener === "[" ? inner.length <= MAX_BRACKETED && isBracketPlaceholder(inner, text.slice(Math.max(0, open - 200), open), lexicons) : inner.length <= MAX_ANGLE_FIELD && ANGLE_FIELD.test(inner.trim()) && inner.trim() === inner) out.push({
				start: open,
				end: i + 1
			});
			open = -1;
		}
	}
}
/** Every placeholder in a text, in order, none overlapping (the outermost kept). */
function findPlaceholders(text, lexicons) {
	const found = [];
	if (text.includes("[") || text.includes("<")) bracketed(text, lexicons, found);
	for (const m of lexicons.words.find(text)) found.push({
		start: m.start,
		end: m.end
	});
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept = [];
	for (const p of found) {
		const last = kept[kept.length - 1];
		if (last && p.start < last.end) continue;
		kept.push(p);
	}
	return kept;
}
/** The text with each placeholder replaced by `fill`: offsets and length unchanged. */
function blankPlaceholders(text, placeholders, fill = " ") {
	if (placeholders.length === 0) return text;
	let out = "";
	let at = 0;
	for (const p of placeholders) {
		out += text.slice(at, p.start) + fill.repeat(p.end - p.start);
		at = p.end;
	}
	return out + text.slice(at);
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
		messages: { placeholder: {
			found: "\"{{placeholder}}\" is a placeholder left in the text.",
			ask: "Replace it with what the specification should say, or delete it, before the specification goes out."
		} },
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
	return statedIn([...Array.from(table.header, (h) => h ?? ""), ...around.map((b) => b.text)], lexicons);
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
/** The first words saying no target is set ("to be agreed", "N/A") where a target should be, for the message. */
function notSetIn(blocks, notSet) {
	for (const b of blocks) {
		const m = notSet.find(b.text)[0];
		if (m) return quoteOf(b.text.slice(m.start, m.end));
	}
}
/** Where an indicator's target or frequency can go, said as the indicator is written: a table row, a list item or a sentence. */
const PLACES = {
	row: "in its row or once for the table",
	item: "in the item or once in the sentence that introduces the list",
	sentence: "in the sentence or once for the section"
};
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
			missingBoth: {
				found: "The indicator \"{{indicator}}\" has no target or threshold{{note}} and no reporting frequency.",
				ask: "Give a figure to meet and how often it is reported, {{where}}.",
				withExamples: "Give a figure to meet (for example \"85%\" or \"no more than 5 percentage points between ethnic groups\") and how often it is reported (for example \"quarterly\"), {{where}}."
			},
			missingTarget: {
				found: "The indicator \"{{indicator}}\" has no target or threshold{{note}}.",
				ask: "Give a figure to meet.",
				withExamples: "Give a figure to meet, for example \"85%\" or \"no more than 5 percentage points between ethnic groups\", {{where}}."
			},
			missingFrequency: {
				found: "The indicator \"{{indicator}}\" has no reporting frequency.",
				ask: "Say how often it is reported.",
				withExamples: "Say how often it is reported, for example \"quarterly\", {{where}} (\"All indicators are reported quarterly\")."
			}
		},
		schema: [],
		lexicons: [
			...INDICATOR_LEXICONS,
			"kpi-targets",
			"kpi-not-set",
			"prose-indicators",
			"reporting-frequencies",
			"reporting-frequency-headers"
		]
	},
	create(context) {
		const { lexicons } = context;
		const targets = lexicons.get("kpi-targets");
		const frequencies = lexicons.get("reporting-frequencies");
		const notSet = lexicons.get("kpi-not-set");
		const proseIndicators = lexicons.get("prose-indicators");
		const targetHeaders = lexicons.get("indicator-target-headers");
		const frequencyHeaders = lexicons.get("reporting-frequency-headers");
		const report = (where, name, fields, targetBlocks, place) => {
			if (fields.target && fields.frequency) return;
			const placeholder = fields.target ? void 0 : placeholderIn(targetBlocks);
			const unset = fields.target || placeholder ? void 0 : notSetIn(targetBlocks, notSet);
			const note = placeholder ? ` ("${placeholder}" is a placeholder, not a target)` : unset ? ` ("${unset}" is not a target)` : "";
			const messageId = !fields.target && !fields.frequency ? "missingBoth" : fields.target ? "missingFrequency" : "missingTarget";
			context.report({
				..."block" in where ? { sentence: where } : { block: where },
				messageId,
				data: {
					indicator: shorten(name),
					note,
					where: PLACES[place]
				}
			});
		};
		return { documentEnd(doc) {
			const tableFields = /* @__PURE__ */ new Map();
			const sectionFields = /* @__PURE__ */ new Map();
			const seen = /* @__PURE__ */ new Set();
			for (const indicator of findIndicators(doc, lexicons)) if (indicator.cells) {
				const cells = indicator.cells;
				const table = cells[0].cell.table;
				let wide = tableFields.get(table);
				if (!wide) tableFields.set(table, wide = tableWide(doc, table, lexicons));
				const columns = (headers) => Array.from(table.header, (h, i) => headers.test(h ?? "") ? i : -1).filter((i) => i >= 0);
				const targetColumns = columns(targetHeaders);
				const frequencyColumns = columns(frequencyHeaders);
				const targetCells = targetColumns.length > 0 ? cells.filter((c) => targetColumns.includes(c.cell.column)) : cells.slice(1);
				const isTarget = (c) => !notSet.test(c.text) && (targets.test(c.text) || targetColumns.length > 0 && HAS_FIGURE.test(c.text));
				const anchor = indicator.anchor ?? cells[0];
				report(anchor, quoteOf(anchor.written), {
					target: wide.target || targetCells.some(isTarget),
					frequency: wide.frequency || cells.some((c) => frequencies.test(c.text) || frequencyColumns.includes(c.cell.column) && /[\p{L}\p{N}]/u.test(c.text) && !notSet.test(c.text))
				}, targetCells, "row");
			} else if (indicator.block?.kind === "paragraph") {
				const block = indicator.block;
				if ([doc.blocks[block.index - 1], doc.blocks[block.index + 1]].some((b) => b !== void 0 && b.section === block.section && (b.cell !== void 0 || b.kind === "list-item"))) continue;
				const reading = proseIndicators.find(indicator.text.trim());
				if (!reading.some((m) => m.tag === "measure") || reading.some((m) => m.tag === "duty" || m.tag === "fact")) continue;
				let wide = sectionFields.get(block.section);
				if (!wide) {
					const requirements = block.section.blocks.filter((b) => b.kind !== "heading" && !b.cell && proseIndicators.find(b.text).some((m) => m.tag === "duty"));
					sectionFields.set(block.section, wide = statedIn(requirements.map((b) => b.text), lexicons));
				}
				const sentence = block.sentences.find((x) => x.text === indicator.text) ?? block;
				report(sentence, indicator.text, {
					target: wide.target || !notSet.test(indicator.text) && targets.test(indicator.text),
					frequency: wide.frequency || frequencies.test(indicator.text)
				}, [block], "sentence");
			} else if (indicator.block?.kind === "list-item" && !seen.has(indicator.block)) {
				const item = indicator.block;
				seen.add(item);
				const wide = listWide(doc, item, lexicons);
				report(item, quoteOf(item.written), {
					target: wide.target || !notSet.test(item.text) && targets.test(item.text),
					frequency: wide.frequency || frequencies.test(item.text)
				}, [item], "item");
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
// dist/src/core/directives.js
const DIRECTIVE = /^\s*speclint-(disable-next-line|disable|enable)\b([^]*)$/;
/** Parses "speclint-disable a, b -- reason"; undefined when it is not a directive. */
function parseDirectiveText(text) {
	const m = DIRECTIVE.exec(text);
	if (!m) return void 0;
	let rest = m[2];
	let reason;
	const dashes = rest.indexOf("--");
	if (dashes !== -1) {
		reason = rest.slice(dashes + 2).trim() || void 0;
		rest = rest.slice(0, dashes);
	}
	const ruleIds = rest.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
	return {
		kind: m[1],
		ruleIds,
		reason
	};
}
/** Orders positions: negative when a comes first. */
const compare = (a, b) => a.line !== b.line ? a.line < b.line ? -1 : 1 : a.column < b.column ? -1 : a.column > b.column ? 1 : 0;
/** The number of items in a sorted list that come at or before a position. */
function countUpTo(items, key, at) {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = lo + hi >>> 1;
		if (compare(key(items[mid]), at) <= 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
/** A date as YYYY-MM-DD in the local time zone (what "today" means to the person reading the report). */
function localDate(date) {
	const pad = (n) => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
/** `until <something that starts with a digit>` at the end of a reason; a full stop after it is allowed. */
const UNTIL = /(?:^|\s)until\s+(\d\S*?)\.?\s*$/i;
/**
* The last day a directive silences, from a reason that ends with
* `until YYYY-MM-DD`; `invalid` holds what was written when it is not a real
* date in that form. Undefined when the reason gives no date.
*/
function expiryOf(reason) {
	const m = reason === void 0 ? null : UNTIL.exec(reason);
	if (!m) return void 0;
	const text = m[1];
	const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (parts) {
		const [year, month, day] = [
			Number(parts[1]),
			Number(parts[2]),
			Number(parts[3])
		];
		const date = new Date(Date.UTC(year, month - 1, day));
		if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return { date: text };
	}
	return { invalid: text };
}
/** The sentence added to a finding that an expired directive would have silenced. */
const expiredNote = (date) => `The speclint-disable directive that silenced this finding expired on ${date}.`;
/**
* For each message, the directive that silences it (a range it overlaps, or
* the disable switch in force at it), if any. A message that concerns the
* whole document (`documentLevel`) is silenced by a disable that is still in
* force at the end of the document, wherever that disable stands.
*
* Directives are indexed by rule and position, so the work grows as
* (messages + directives) × log(directives), not as their product: a Word file
* with 40,000 directive comments once took minutes here.
*/
function silencer(directives, documentLevel) {
	const order = new Map(directives.map((d, i) => [d, i]));
	const everyRule = [];
	const byRule = /* @__PURE__ */ new Map();
	for (const d of directives) if (d.ruleIds.length === 0) everyRule.push(d);
	else for (const id of new Set(d.ruleIds)) (byRule.get(id) ?? byRule.set(id, []).get(id)).push(d);
	const indexes = /* @__PURE__ */ new Map();
	const indexFor = (ruleId) => {
		let index = indexes.get(ruleId);
		if (index) return index;
		const own = byRule.get(ruleId) ?? [];
		const mine = everyRule.length === 0 ? own : own.length === 0 ? everyRule : [...everyRule, ...own].sort((a, b) => order.get(a) - order.get(b));
		const switches = mine.filter((d) => d.type !== "range").sort((a, b) => compare(a.position, b.position));
		const ranges = mine.filter((d) => d.type === "range").sort((a, b) => compare(a.from, b.from));
		const reach = [];
		for (const [k, d] of ranges.entries()) reach.push(k > 0 && compare(reach[k - 1].to, d.to) >= 0 ? reach[k - 1] : d);
		index = {
			switches,
			ranges,
			reach
		};
		indexes.set(ruleId, index);
		return index;
	};
	const end = {
		line: Number.MAX_SAFE_INTEGER,
		column: 0
	};
	return (message) => {
		if (message.ruleId === null || message.fatal) return void 0;
		const { switches, ranges, reach } = indexFor(message.ruleId);
		const whole = documentLevel(message);
		const at = whole ? end : {
			line: message.line,
			column: message.column
		};
		const started = countUpTo(ranges, (d) => d.from, whole ? end : {
			line: message.endLine ?? message.line,
			column: message.endColumn ?? message.column
		});
		if (started > 0 && compare(at, reach[started - 1].to) <= 0) return reach[started - 1];
		const last = switches[countUpTo(switches, (d) => d.position, at) - 1];
		return last?.type === "disable" ? last : void 0;
	};
}
/**
* Removes messages silenced by directives. A directive whose reason ends with
* `until YYYY-MM-DD` silences through that day; after it (`today`, local time,
* is later) it silences nothing, and each finding it would have silenced is
* kept with a sentence saying so. `today` defaults to the local date.
*/
function applyDirectives(messages, directives, documentLevel, today) {
	if (directives.length === 0) return {
		messages,
		silencedRules: [],
		unused: [],
		expired: [],
		invalidDates: []
	};
	today ??= localDate(/* @__PURE__ */ new Date());
	const live = [];
	const lapsed = [];
	const expired = [];
	const invalidDates = [];
	for (const d of directives) {
		const expiry = d.type === "enable" ? void 0 : expiryOf(d.reason);
		if (expiry && "invalid" in expiry) invalidDates.push({
			directive: d,
			text: expiry.invalid
		});
		if (expiry && "date" in expiry && today > expiry.date) {
			expired.push({
				directive: d,
				date: expiry.date
			});
			lapsed.push(d);
		} else {
			live.push(d);
			if (d.type === "enable") lapsed.push(d);
		}
	}
	const used = /* @__PURE__ */ new Set();
	const silencedRules = /* @__PURE__ */ new Set();
	const silencedBy = silencer(live, documentLevel);
	let kept = messages.filter((message) => {
		const d = silencedBy(message);
		if (d) {
			used.add(d);
			if (message.ruleId !== null) silencedRules.add(message.ruleId);
		}
		return !d;
	});
	if (expired.length > 0) {
		const dates = new Map(expired.map((e) => [e.directive, e.date]));
		const wouldSilence = silencer(lapsed, documentLevel);
		kept = kept.map((message) => {
			const d = wouldSilence(message);
			const date = d && dates.get(d);
			if (!date) return message;
			const note = expiredNote(date);
			const ask = message.found === void 0 ? {} : { ask: message.ask === void 0 ? note : `${message.ask} ${note}` };
			return {
				...message,
				message: `${message.message} ${note}`,
				...ask,
				suppressionExpired: date
			};
		});
	}
	const unused = live.filter((d) => d.type !== "enable" && !used.has(d));
	return {
		messages: kept,
		silencedRules: [...silencedRules],
		unused,
		expired,
		invalidDates
	};
}
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
/** A message template as the message gives it: its parts (MessageParts) joined. */
function wholeTemplate(template) {
	if (typeof template === "string") return template;
	const rest = template.withExamples ?? template.ask;
	return rest === void 0 ? template.found : `${template.found} ${rest}`;
}
/** A message filled in: the whole text, and what was found and the ask when the rule declares them. */
function renderMessage(template, data) {
	const message = interpolate(wholeTemplate(template), data);
	if (typeof template === "string") return { message };
	return {
		message,
		found: interpolate(template.found, data),
		...template.ask !== void 0 && { ask: interpolate(template.ask, data) }
	};
}
/** The engine's own messages, in parts as a rule's (MessageParts) are. */
const inParts = (found, ask) => ({
	message: `${found} ${ask}`,
	found,
	ask
});
function messageTemplateOf(rule, id, messageId) {
	const template = rule.meta.messages[messageId];
	if (template === void 0) throw new Error(`rule "${id}" reported an unknown messageId "${messageId}"`);
	return template;
}
/**
* What is wrong with a rule's meta, if anything: a message in parts must give
* what was found and its other parts as text, and every message id a key-action
* declaration names must be one of the rule's messages, with a meaning reports
* know. Checked when a rule is loaded (plugins) and before it runs.
*/
function metaProblem(id, meta) {
	for (const [messageId, template] of Object.entries(meta.messages)) {
		if (typeof template === "string") continue;
		const parts = template ?? {};
		if (typeof parts.found !== "string" || [parts.ask, parts.withExamples].some((t) => t !== void 0 && typeof t !== "string")) return `rule "${id}" gives the message "${messageId}" neither as text nor as parts (found, and ask or withExamples, each text)`;
	}
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
	const { message: text, ...parts } = renderMessage(messageTemplateOf(rule, id, d.messageId), d.data);
	const message = {
		ruleId: id,
		severity,
		message: text,
		line: 1,
		column: 1,
		messageId: d.messageId,
		...parts
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
		const { quote, cut } = cutQuote(d.quote || (sentence ? written.slice(sentence.start, sentence.end) : d.range ? written : written.slice(target.start, target.end)));
		message.quote = quote;
		if (cut) message.quoteCut = true;
		message.context = (target.block.typedMarker ?? "") + written;
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
			const desc = s.messageId ? interpolate(wholeTemplate(messageTemplateOf(rule, id, s.messageId)), s.data) : s.desc ?? "";
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
			...inParts(`The rule "${configured.id}" failed on this document (${reason}), so its findings are missing.`, "The other rules still ran. Please report this problem."),
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
			const problem = metaProblem(configured.id, configured.rule.meta);
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
	const { messages: kept, silencedRules, unused, expired, invalidDates } = applyDirectives(messages, options.directives ?? [], (m) => Boolean(m.documentLevel), options.today);
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
				...inParts(`Expired speclint-disable directive: it silenced ${rules} until ${date} and silences nothing now.`, "Fix what it covered, or agree a new date."),
				line: directive.position.line,
				column: directive.position.column
			});
		}
		for (const d of unused) {
			const rules = d.ruleIds.length > 0 ? d.ruleIds.join(", ") : "any rule";
			kept.push({
				ruleId: null,
				severity: options.reportUnusedDirectives,
				...inParts(`Unused speclint-disable directive: no finding of ${rules} was silenced by it.`, "Remove it."),
				line: d.position.line,
				column: d.position.column
			});
		}
	}
	const failed = new Set(messages.filter((m) => m.ruleFailure).map((m) => m.ruleId));
	return {
		messages: kept.sort((a, b) => a.line - b.line || a.column - b.column),
		evidence: evidence.filter((e) => !failed.has(e.ruleId)),
		silencedRules
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
// dist/src/config/errors.js
/** A mistake in configuration or usage: the CLI prints its message and exits 2. */
var ConfigError = class extends Error {
	name = "ConfigError";
};
// dist/src/package-root.js
/** Where speclint's own files (rules/, schema/) are, from source or from dist/. */
function findRoot() {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "rules", "lexicons"))) return dir;
		const parent = dirname(dir);
		if (parent === dir) throw new Error("speclint could not find its own files (rules/lexicons); reinstall it.");
		dir = parent;
	}
}
const packageRoot = findRoot();
// dist/src/config/validate.js
/**
* JSON Schema validation with messages a person can act on: the file, the
* line, the key, and what is allowed there. Ajv is imported only when there is
* something to validate, so runs without a config never pay for it.
*/
let ajv;
async function getAjv() {
	if (!ajv) {
		const { Ajv } = await import("./ajv-BoxByVLH.js").then((m) => /* @__PURE__ */ __toESM(m.default, 1));
		ajv = new Ajv({
			allErrors: true,
			verbose: true,
			strict: false
		});
	}
	return ajv;
}
const schemaValidators = /* @__PURE__ */ new Map();
/** A schema's file (also hashed into caches that must notice when it changes). */
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
// dist/src/config/yaml.js
/**
* The yaml package, loaded on first use. A run with no config file and no
* --rule never needs it, and loading it means reading some 70 small modules.
* In Node, `import 'yaml'` resolves to the same CommonJS build (dist/index.js)
* that require() loads, so this is the very same module, not a second copy.
*/
let yaml;
function loadYaml() {
	yaml ??= createRequire(import.meta.url)("yaml");
	return yaml;
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
/**
* Refuses keys that would reach an object's prototype, anywhere in a file's data, and a YAML
* alias inside its own anchor ("a: &a [*a]"), which makes data that never ends.
*/
function checkKeys(value, path, fail, within = /* @__PURE__ */ new Set()) {
	if (!value || typeof value !== "object") return;
	if (within.has(value)) fail({
		path,
		message: "contains itself (a YAML alias inside its own anchor): write the value out."
	});
	within.add(value);
	if (Array.isArray(value)) value.forEach((v, i) => checkKeys(v, [...path, i], fail, within));
	else for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key)) fail({
			path: [...path, key],
			message: "is not allowed as a key."
		});
		checkKeys(value[key], [...path, key], fail, within);
	}
	within.delete(value);
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
	return new ConfigError(`${`${relativeName(config.file)}${line ? `:${line}` : ""}`}: ${problem.path.length > 0 ? `"${displayPath(problem.path)}" ` : ""}${problem.message}`);
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
			const problem = metaProblem(id, rule.meta);
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
		throw new ConfigError(`${file}: the pattern "${pattern}" ${result.status === "vulnerable" ? `can make matching take ${result.complexity.type === "exponential" ? "exponential" : "polynomial"} time on some text (catastrophic backtracking)` : result.error.kind === "timeout" ? `could not be shown to be safe from catastrophic backtracking within ${PATTERN_CHECK_TIMEOUT_MS / 1e3} seconds` : `could not be checked for catastrophic backtracking (${result.error.kind})`}, so speclint refused it; rewrite it without nested or overlapping repetition, or use tokens instead.`);
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
// dist/src/config/lexicon-cache.js
/**
* The built-in lexicons, precompiled at build time (scripts/build-lexicons.mjs
* writes dist/rules/lexicons/<focus>.json). Parsing the YAML and compiling the
* terms was the largest fixed cost of a run (about 150 ms of a 500 ms small
* run, more on a busy machine); reading the precompiled form costs a few ms.
*
* The precompiled form is used only while the YAML files are byte for byte
* those it was built from (a SHA-256 over their names and texts): after an
* edit without a rebuild the files are parsed as before. Reading and hashing
* some 90 files took 14 ms of a 400 ms small run, so while every file has the
* size it had at build time and none changed after the precompiled file was
* written, the files are not read at all (see isFresh). Nothing is written at
* run time, so an installed package never writes into node_modules.
*/
/** Bump when PrecompiledLexicon or the parsing behind it changes shape. */
const FORMAT = "speclint-lexicons-7";
/** `saltFiles`: anything else the parsed data depends on (the schema the files are checked against). */
function lexiconFiles(dirs, root, saltFiles = []) {
	const files = [];
	for (const dir of dirs) {
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).sort()) if (name.endsWith(".yaml")) files.push(join(dir, name));
	}
	const all = [...files, ...saltFiles];
	const names = all.map((file) => (file.startsWith(root + sep) ? file.slice(root.length + 1) : relative(root, file)).split(sep).join("/"));
	let texts;
	let key;
	let stamps;
	return {
		files,
		names,
		get texts() {
			if (texts === void 0) {
				stamps ??= stampsOf(all);
				texts = files.map((file) => readFileSync(file, "utf8"));
			}
			return texts;
		},
		get key() {
			if (key === void 0) {
				const h = createHash("sha256").update(FORMAT);
				for (const file of saltFiles) h.update("\0").update(readFileSync(file, "utf8"));
				this.texts.forEach((text, i) => h.update("\0").update(names[i]).update("\0").update(text));
				key = h.digest("hex");
			}
			return key;
		},
		get stamps() {
			return stamps ??= stampsOf(all);
		}
	};
}
const stampsOf = (files) => files.map((file) => {
	const { size, mtimeMs } = statSync(file);
	return {
		size,
		changed: mtimeMs
	};
});
/**
* Whether the files are, without reading them, those a precompiled file
* written at `written` was built from, in this format: the same names, each
* the size it had then, none changed since. An edit after the build changes
* the time (and almost surely the size); an npm install dates every file
* alike, so none is later than the precompiled file. Anything else is settled
* by the hash.
*/
function isFresh(expected, head, written) {
	const { format, names, sizes } = head;
	if (format !== FORMAT) return false;
	if (!Array.isArray(names) || !Array.isArray(sizes) || names.length !== expected.names.length || sizes.length !== names.length) return false;
	if (names.some((name, i) => name !== expected.names[i])) return false;
	return expected.stamps.every((stamp, i) => stamp.size === sizes[i] && stamp.changed <= written);
}
/** Where the build keeps a focus's precompiled lexicons. */
const precompiledFile = (root, focus) => join(root, "dist", "rules", "lexicons", `${focus}.json`);
/** The precompiled lexicons, or undefined when missing, unreadable or built from other files. */
function readPrecompiled(file, expected) {
	let text;
	let written;
	try {
		written = statSync(file).mtimeMs;
		const bytes = readFileSync(file);
		text = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
	} catch {
		return;
	}
	const newline = text.indexOf("\n");
	let head;
	try {
		head = JSON.parse(text.slice(0, newline));
	} catch {
		return;
	}
	if (newline < 0 || typeof head !== "object" || head === null || !Array.isArray(head.entries)) return void 0;
	if (!isFresh(expected, head, written) && head.key !== expected.key) return void 0;
	const out = [];
	let at = newline + 1;
	for (const e of head.entries) {
		if (!Array.isArray(e) || e.length !== 6) return void 0;
		const [name, index, description, dataLength, compiledLength, starts] = e;
		if (typeof name !== "string" || typeof description !== "string" || !Number.isInteger(index) || index < 0 || index >= expected.files.length) return void 0;
		if (!Number.isInteger(dataLength) || !Number.isInteger(compiledLength) || !isStartKeys(starts)) return void 0;
		const dataAt = at;
		const compiledAt = at + dataLength;
		const end = compiledAt + compiledLength;
		at = end;
		out.push({
			name,
			index,
			description,
			starts,
			data: () => JSON.parse(text.slice(dataAt, compiledAt)),
			compiled: () => JSON.parse(text.slice(compiledAt, end))
		});
	}
	return at === text.length ? out : void 0;
}
const isStrings = (x) => Array.isArray(x) && x.every((w) => typeof w === "string");
function isStartKeys(x) {
	const k = x;
	return typeof x === "object" && x !== null && isStrings(k.words) && isStrings(k.heads) && (k.anywhere === void 0 || k.anywhere === 1);
}
// dist/src/config/lexicons.js
/**
* Reads the built-in lexicons (rules/lexicons/common and the focus dimension's
* folder), applies a project's `settings.lexicons`, and compiles them once per
* distinct setting.
*/
const lexiconRoot = join(packageRoot, "rules", "lexicons");
function availableFocuses() {
	return readdirSync(lexiconRoot, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "common").map((d) => d.name).sort();
}
/** section-headings.yaml lists synonyms under each kind; turn them into tagged terms. */
function normaliseSectionHeadings(data, fail) {
	const kinds = data.kinds;
	if (!kinds || typeof kinds !== "object") fail("\"kinds\" must map each section kind to its headings", ["kinds"]);
	const terms = [];
	for (const [kind, list] of Object.entries(kinds)) {
		if (!SECTION_KINDS.includes(kind)) fail(`"${kind}" is not a section kind; use one of ${SECTION_KINDS.join(", ")}`, ["kinds", kind]);
		if (!Array.isArray(list)) fail(`kinds.${kind} must be a list of headings`, ["kinds", kind]);
		for (const term of list) terms.push({
			term: String(term),
			tag: kind
		});
	}
	return {
		name: "section-headings",
		description: String(data.description ?? ""),
		terms
	};
}
/**
* One lexicon file: YAML, checked against schema/lexicon.schema.json, named
* after its file, and compiled once to find bad phrases and patterns, each
* mistake reported with the file and its line. Includes are resolved later,
* once every lexicon of the set is read.
*/
function parseLexiconText(text, file) {
	const { LineCounter, parseDocument } = loadYaml();
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter,
		uniqueKeys: true
	});
	if (doc.errors.length > 0) {
		const e = doc.errors[0];
		const line = e.linePos?.[0].line;
		throw new LexiconError(`${file}${line ? `:${line}` : ""}: not valid YAML (${e.message.split("\n")[0]})`);
	}
	let data;
	try {
		data = doc.toJS({ maxAliasCount: 0 });
	} catch (error) {
		throw new LexiconError(`${file}: not valid YAML (${error.message.split("\n")[0]})`);
	}
	const lineOf = lineFinder(doc, lineCounter);
	const fail = (message, path) => {
		const line = path.length > 0 ? lineOf(path) : void 0;
		throw new LexiconError(`${file}${line ? `:${line}` : ""}: ${message}`);
	};
	if (!data || typeof data !== "object" || Array.isArray(data)) fail("expected a mapping with name and terms", []);
	const validate = schemaValidatorSync("lexicon");
	if (validate && !validate(data)) {
		const problem = bestProblem(validate.errors ?? []);
		fail(`${problem.path.length > 0 ? `"${displayPath(problem.path)}" ` : ""}${problem.message}`, problem.path);
	}
	const record = data;
	const expected = basename(file, ".yaml");
	if (record.name !== expected) fail(`"name" must be "${expected}", the file's name`, ["name"]);
	if (expected === "section-headings") return normaliseSectionHeadings(record, fail);
	const lexicon = record;
	try {
		compileLexicon({
			...lexicon,
			terms: lexicon.terms.filter((t) => !isInclude(t))
		});
	} catch (error) {
		if (!(error instanceof LexiconError)) throw error;
		const path = error.path && error.path[0] === "terms" ? ["terms", termIndex(lexicon.terms, error.path[1])] : error.path;
		fail(error.message, path ?? []);
	}
	return lexicon;
}
/** Which of `terms` is the n-th that is not an include. */
function termIndex(terms, n) {
	let seen = -1;
	for (let i = 0; i < terms.length; i++) if (!isInclude(terms[i]) && ++seen === n) return i;
	return n;
}
const rawCache = /* @__PURE__ */ new Map();
const compiledCache = /* @__PURE__ */ new Map();
/** Running from the TypeScript sources (tests): the build's precompiled form may be of other code. */
const fromSource = import.meta.url.endsWith(".ts");
function focusDirs(focus) {
	const focuses = availableFocuses();
	if (!focuses.includes(focus)) throw new ConfigError(`settings.focus "${focus}" has no lexicons; use one of: ${focuses.join(", ")}.`);
	return [join(lexiconRoot, "common"), join(lexiconRoot, focus)];
}
/** The YAML files of a focus, and the key of their texts and of the schema they are checked against. */
const builtinLexiconFiles = (focus) => lexiconFiles(focusDirs(focus), packageRoot, [schemaFile("lexicon")]);
/**
* Each file parsed and checked, in order (a later file replaces an earlier
* one of the same name, keeping its place), then includes resolved.
*/
function parseFiles({ files, texts }) {
	const out = /* @__PURE__ */ new Map();
	files.forEach((file, i) => {
		const data = parseLexiconText(texts[i], file);
		out.set(data.name, {
			data,
			file
		});
	});
	return withIncludesResolved(out);
}
/**
* The built-in lexicon data for a focus (common, then the focus's own folder),
* read and checked once: from the build's precompiled form while the YAML
* files are unchanged, else parsed. Also snapshotted as JSON for the browser
* checker.
*/
function builtinLexiconData(focus) {
	let raw = rawCache.get(focus);
	if (!raw) {
		const files = builtinLexiconFiles(focus);
		const precompiled = fromSource ? void 0 : readPrecompiled(precompiledFile(packageRoot, focus), files);
		if (precompiled) {
			raw = /* @__PURE__ */ new Map();
			for (const entry of precompiled) {
				let data;
				raw.set(entry.name, {
					get data() {
						return data ??= entry.data();
					},
					file: files.files[entry.index],
					precompiled: entry
				});
			}
		} else raw = parseFiles(files);
		rawCache.set(focus, raw);
	}
	return raw;
}
/** The set with each `{ include: name }` replaced by that lexicon's terms (new data objects). */
function withIncludesResolved(raw) {
	const lists = new Map([...raw].map(([name, { data }]) => [name, {
		terms: [...data.terms],
		gap: data.gap
	}]));
	try {
		resolveIncludes(lists);
	} catch (error) {
		const name = [...lists.keys()].find((n) => lists.get(n).terms.some(isInclude)) ?? "";
		throw new ConfigError(`${raw.get(name)?.file ?? "rules/lexicons"}: ${error.message}`);
	}
	return new Map([...raw].map(([name, entry]) => [name, {
		...entry,
		data: {
			...entry.data,
			terms: lists.get(name).terms
		}
	}]));
}
/** The lexicons for a focus and a project's overrides; compiled once per distinct setting. */
function loadLexicons(settings = {}) {
	const focus = settings.focus ?? "ethnicity";
	const key = JSON.stringify([focus, settings.lexicons ?? null]);
	const cached = compiledCache.get(key);
	if (cached) return cached;
	const raw = builtinLexiconData(focus);
	const compiled = /* @__PURE__ */ new Map();
	const starts = new StartIndex();
	for (const [name, entry] of raw) {
		const { file, precompiled } = entry;
		const override = settings.lexicons?.[name];
		try {
			compiled.set(name, override ? compileLexicon(applyOverride(entry.data, override)) : precompiled ? prefilteredLexicon(lazyLexicon(name, precompiled.description, () => lexiconFromPrecompiled(precompiled.compiled())), starts.add(precompiled.starts)) : compileLexicon(entry.data));
		} catch (error) {
			throw new ConfigError(`${override ? `settings.lexicons.${name}` : file}: ${error.message}`);
		}
	}
	for (const name of Object.keys(settings.lexicons ?? {})) if (!raw.has(name)) throw new ConfigError(`settings.lexicons.${name}: there is no lexicon of that name; use one of: ${[...raw.keys()].join(", ")}.`);
	const lexicons = lexiconSet(compiled);
	compiledCache.set(key, lexicons);
	return lexicons;
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
/**
* What is wrong with the options of one rule entry, if anything: the path is counted
* as the entry is written (the options follow the severity, from index 1). Config files
* and --rule both check options here.
*/
async function ruleOptionsProblem(id, rule, entry) {
	const options = Array.isArray(entry) ? entry.slice(1) : [];
	if (options.length === 0) return void 0;
	const schema = rule.meta.schema ?? [];
	if (schema.length === 0) return {
		path: [],
		message: "takes no options; give only a severity."
	};
	const validate = await optionsValidator(schema);
	if (validate(options)) return void 0;
	const problem = bestProblem(validate.errors ?? []);
	const [index, ...rest] = problem.path;
	return {
		path: typeof index === "number" ? [index + 1, ...rest] : problem.path,
		message: `${problem.message} (options of ${id})`
	};
}
/** Checks rule ids and options in a `rules` block; `path` locates it in the file. */
async function validateRules(config, rules, path, known) {
	for (const [id, entry] of Object.entries(rules ?? {})) {
		const rule = known[id];
		if (!rule) throw problemError(config, {
			path: [...path, id],
			message: `is not a speclint rule. Run "speclint --list-rules" to see the rules you can use.`
		});
		const problem = await ruleOptionsProblem(id, rule, entry);
		if (problem) throw problemError(config, {
			path: [
				...path,
				id,
				...problem.path
			],
			message: problem.message
		});
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
	validateFocus(config, config.data.settings, ["settings"]);
	for (const [i, o] of (config.data.overrides ?? []).entries()) {
		await validateRules(config, o.rules, [
			"overrides",
			i,
			"rules"
		], known);
		validateFocus(config, o.settings, [
			"overrides",
			i,
			"settings"
		]);
	}
}
/** settings.focus names a set of lexicons that exists (named here with the file and line, not when the lexicons load). */
function validateFocus(config, settings, path) {
	const focus = settings?.focus;
	if (typeof focus !== "string") return;
	const focuses = availableFocuses();
	if (!focuses.includes(focus)) throw problemError(config, {
		path: [...path, "focus"],
		message: `must be one of: ${focuses.join(", ")} ("${focus}" has no lexicons).`
	});
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
// node_modules/picomatch/lib/constants.js
var require_constants = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const WIN_SLASH = "\\\\/";
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;
	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;
	/**
	* Posix glob regex
	*/
	const DOT_LITERAL = "\\.";
	const PLUS_LITERAL = "\\+";
	const QMARK_LITERAL = "\\?";
	const SLASH_LITERAL = "\\/";
	const ONE_CHAR = "(?=.)";
	const QMARK = "[^/]";
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const POSIX_CHARS = {
		DOT_LITERAL,
		PLUS_LITERAL,
		QMARK_LITERAL,
		SLASH_LITERAL,
		ONE_CHAR,
		QMARK,
		END_ANCHOR,
		DOTS_SLASH,
		NO_DOT: `(?!${DOT_LITERAL})`,
		NO_DOTS: `(?!${START_ANCHOR}${DOTS_SLASH})`,
		NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`,
		NO_DOTS_SLASH: `(?!${DOTS_SLASH})`,
		QMARK_NO_DOT: `[^.${SLASH_LITERAL}]`,
		STAR: `${QMARK}*?`,
		START_ANCHOR,
		SEP: "/"
	};
	/**
	* Windows glob regex
	*/
	const WINDOWS_CHARS = {
		...POSIX_CHARS,
		SLASH_LITERAL: `[${WIN_SLASH}]`,
		QMARK: WIN_NO_SLASH,
		STAR: `${WIN_NO_SLASH}*?`,
		DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
		NO_DOT: `(?!${DOT_LITERAL})`,
		NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
		NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
		NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
		QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
		START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
		END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
		SEP: "\\"
	};
	module.exports = {
		DEFAULT_MAX_EXTGLOB_RECURSION,
		MAX_LENGTH: 65536,
		POSIX_REGEX_SOURCE: {
			__proto__: null,
			alnum: "a-zA-Z0-9",
			alpha: "a-zA-Z",
			ascii: "\\x00-\\x7F",
			blank: " \\t",
			cntrl: "\\x00-\\x1F\\x7F",
			digit: "0-9",
			graph: "\\x21-\\x7E",
			lower: "a-z",
			print: "\\x20-\\x7E ",
			punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
			space: " \\t\\r\\n\\v\\f",
			upper: "A-Z",
			word: "A-Za-z0-9_",
			xdigit: "A-Fa-f0-9"
		},
		REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
		REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
		REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
		REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
		REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
		REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
		REPLACEMENTS: {
			__proto__: null,
			"***": "*",
			"**/**": "**",
			"**/**/**": "**"
		},
		CHAR_0: 48,
		CHAR_9: 57,
		CHAR_UPPERCASE_A: 65,
		CHAR_LOWERCASE_A: 97,
		CHAR_UPPERCASE_Z: 90,
		CHAR_LOWERCASE_Z: 122,
		CHAR_LEFT_PARENTHESES: 40,
		CHAR_RIGHT_PARENTHESES: 41,
		CHAR_ASTERISK: 42,
		CHAR_AMPERSAND: 38,
		CHAR_AT: 64,
		CHAR_BACKWARD_SLASH: 92,
		CHAR_CARRIAGE_RETURN: 13,
		CHAR_CIRCUMFLEX_ACCENT: 94,
		CHAR_COLON: 58,
		CHAR_COMMA: 44,
		CHAR_DOT: 46,
		CHAR_DOUBLE_QUOTE: 34,
		CHAR_EQUAL: 61,
		CHAR_EXCLAMATION_MARK: 33,
		CHAR_FORM_FEED: 12,
		CHAR_FORWARD_SLASH: 47,
		CHAR_GRAVE_ACCENT: 96,
		CHAR_HASH: 35,
		CHAR_HYPHEN_MINUS: 45,
		CHAR_LEFT_ANGLE_BRACKET: 60,
		CHAR_LEFT_CURLY_BRACE: 123,
		CHAR_LEFT_SQUARE_BRACKET: 91,
		CHAR_LINE_FEED: 10,
		CHAR_NO_BREAK_SPACE: 160,
		CHAR_PERCENT: 37,
		CHAR_PLUS: 43,
		CHAR_QUESTION_MARK: 63,
		CHAR_RIGHT_ANGLE_BRACKET: 62,
		CHAR_RIGHT_CURLY_BRACE: 125,
		CHAR_RIGHT_SQUARE_BRACKET: 93,
		CHAR_SEMICOLON: 59,
		CHAR_SINGLE_QUOTE: 39,
		CHAR_SPACE: 32,
		CHAR_TAB: 9,
		CHAR_UNDERSCORE: 95,
		CHAR_VERTICAL_LINE: 124,
		CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
		/**
		* Create EXTGLOB_CHARS
		*/
		extglobChars(chars) {
			return {
				"!": {
					type: "negate",
					open: "(?:(?!(?:",
					close: `))${chars.STAR})`
				},
				"?": {
					type: "qmark",
					open: "(?:",
					close: ")?"
				},
				"+": {
					type: "plus",
					open: "(?:",
					close: ")+"
				},
				"*": {
					type: "star",
					open: "(?:",
					close: ")*"
				},
				"@": {
					type: "at",
					open: "(?:",
					close: ")"
				}
			};
		},
		/**
		* Create GLOB_CHARS
		*/
		globChars(win32) {
			return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
		}
	};
}));
// node_modules/picomatch/lib/utils.js
var require_utils = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { REGEX_BACKSLASH, REGEX_REMOVE_BACKSLASH, REGEX_SPECIAL_CHARS, REGEX_SPECIAL_CHARS_GLOBAL } = require_constants();
	exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
	exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
	exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
	exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
	exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
	exports.isWindows = () => {
		if (typeof navigator !== "undefined" && navigator.platform) {
			const platform = navigator.platform.toLowerCase();
			return platform === "win32" || platform === "windows";
		}
		if (typeof process !== "undefined" && process.platform) return process.platform === "win32";
		return false;
	};
	exports.removeBackslashes = (str) => {
		return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
			return match === "\\" ? "" : match;
		});
	};
	exports.escapeLast = (input, char, lastIdx) => {
		const idx = input.lastIndexOf(char, lastIdx);
		if (idx === -1) return input;
		if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
		return `${input.slice(0, idx)}\\${input.slice(idx)}`;
	};
	exports.removePrefix = (input, state = {}) => {
		let output = input;
		if (output.startsWith("./")) {
			output = output.slice(2);
			state.prefix = "./";
		}
		return output;
	};
	exports.wrapOutput = (input, state = {}, options = {}) => {
		let output = `${options.contains ? "" : "^"}(?:${input})${options.contains ? "" : "$"}`;
		if (state.negated === true) output = `(?:^(?!${output}).*$)`;
		return output;
	};
	exports.basename = (path, { windows } = {}) => {
		const segs = path.split(windows ? /[\\/]/ : "/");
		const last = segs[segs.length - 1];
		if (last === "") return segs[segs.length - 2];
		return last;
	};
}));
// node_modules/picomatch/lib/scan.js
var require_scan = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const utils = require_utils();
	const { CHAR_ASTERISK, CHAR_AT, CHAR_BACKWARD_SLASH, CHAR_COMMA, CHAR_DOT, CHAR_EXCLAMATION_MARK, CHAR_FORWARD_SLASH, CHAR_LEFT_CURLY_BRACE, CHAR_LEFT_PARENTHESES, CHAR_LEFT_SQUARE_BRACKET, CHAR_PLUS, CHAR_QUESTION_MARK, CHAR_RIGHT_CURLY_BRACE, CHAR_RIGHT_PARENTHESES, CHAR_RIGHT_SQUARE_BRACKET } = require_constants();
	const isPathSeparator = (code) => {
		return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};
	const depth = (token) => {
		if (token.isPrefix !== true) token.depth = token.isGlobstar ? Infinity : 1;
	};
	/**
	* Quickly scans a glob pattern and returns an object with a handful of
	* useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	* `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	* with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	*
	* ```js
	* const pm = require('picomatch');
	* console.log(pm.scan('foo/bar/*.js'));
	* { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	* ```
	* @param {String} `str`
	* @param {Object} `options`
	* @return {Object} Returns an object with tokens and regex source string.
	* @api public
	*/
	const scan = (input, options) => {
		const opts = options || {};
		const length = input.length - 1;
		const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
		const slashes = [];
		const tokens = [];
		const parts = [];
		let str = input;
		let index = -1;
		let start = 0;
		let lastIndex = 0;
		let isBrace = false;
		let isBracket = false;
		let isGlob = false;
		let isExtglob = false;
		let isGlobstar = false;
		let braceEscaped = false;
		let backslashes = false;
		let negated = false;
		let negatedExtglob = false;
		let finished = false;
		let braces = 0;
		let prev;
		let code;
		let token = {
			value: "",
			depth: 0,
			isGlob: false
		};
		const eos = () => index >= length;
		const peek = () => str.charCodeAt(index + 1);
		const advance = () => {
			prev = code;
			return str.charCodeAt(++index);
		};
		while (index < length) {
			code = advance();
			let next;
			if (code === CHAR_BACKWARD_SLASH) {
				backslashes = token.backslashes = true;
				code = advance();
				if (code === CHAR_LEFT_CURLY_BRACE) braceEscaped = true;
				continue;
			}
			if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
				braces++;
				while (eos() !== true && (code = advance())) {
					if (code === CHAR_BACKWARD_SLASH) {
						backslashes = token.backslashes = true;
						advance();
						continue;
					}
					if (code === CHAR_LEFT_CURLY_BRACE) {
						braces++;
						continue;
					}
					if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
						isBrace = token.isBrace = true;
						isGlob = token.isGlob = true;
						finished = true;
						if (scanToEnd === true) continue;
						break;
					}
					if (braceEscaped !== true && code === CHAR_COMMA) {
						isBrace = token.isBrace = true;
						isGlob = token.isGlob = true;
						finished = true;
						if (scanToEnd === true) continue;
						break;
					}
					if (code === CHAR_RIGHT_CURLY_BRACE) {
						braces--;
						if (braces === 0) {
							braceEscaped = false;
							isBrace = token.isBrace = true;
							finished = true;
							break;
						}
					}
				}
				if (scanToEnd === true) continue;
				break;
			}
			if (code === CHAR_FORWARD_SLASH) {
				slashes.push(index);
				tokens.push(token);
				token = {
					value: "",
					depth: 0,
					isGlob: false
				};
				if (finished === true) continue;
				if (prev === CHAR_DOT && index === start + 1) {
					start += 2;
					continue;
				}
				lastIndex = index + 1;
				continue;
			}
			if (opts.noext !== true) {
				if ((code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK) === true && peek() === CHAR_LEFT_PARENTHESES) {
					isGlob = token.isGlob = true;
					isExtglob = token.isExtglob = true;
					finished = true;
					if (code === CHAR_EXCLAMATION_MARK && index === start) negatedExtglob = true;
					if (scanToEnd === true) {
						let parens = 0;
						while (eos() !== true && (code = advance())) {
							if (code === CHAR_BACKWARD_SLASH) {
								backslashes = token.backslashes = true;
								advance();
								continue;
							}
							if (code === CHAR_LEFT_PARENTHESES) {
								parens++;
								continue;
							}
							if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
								finished = true;
								break;
							}
						}
						continue;
					}
					break;
				}
			}
			if (code === CHAR_ASTERISK) {
				if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
				isGlob = token.isGlob = true;
				finished = true;
				if (scanToEnd === true) continue;
				break;
			}
			if (code === CHAR_QUESTION_MARK) {
				isGlob = token.isGlob = true;
				finished = true;
				if (scanToEnd === true) continue;
				break;
			}
			if (code === CHAR_LEFT_SQUARE_BRACKET) {
				while (eos() !== true && (next = advance())) {
					if (next === CHAR_BACKWARD_SLASH) {
						backslashes = token.backslashes = true;
						advance();
						continue;
					}
					if (next === CHAR_RIGHT_SQUARE_BRACKET) {
						isBracket = token.isBracket = true;
						isGlob = token.isGlob = true;
						finished = true;
						break;
					}
				}
				if (scanToEnd === true) continue;
				break;
			}
			if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
				negated = token.negated = true;
				start++;
				continue;
			}
			if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
				isGlob = token.isGlob = true;
				if (scanToEnd === true) {
					let parens = 1;
					while (eos() !== true && (code = advance())) {
						if (code === CHAR_BACKWARD_SLASH) {
							backslashes = token.backslashes = true;
							advance();
							continue;
						}
						if (code === CHAR_LEFT_PARENTHESES) {
							parens++;
							continue;
						}
						if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
							finished = true;
							break;
						}
					}
					continue;
				}
				break;
			}
			if (isGlob === true) {
				finished = true;
				if (scanToEnd === true) continue;
				break;
			}
		}
		if (opts.noext === true) {
			isExtglob = false;
			isGlob = false;
		}
		let base = str;
		let prefix = "";
		let glob = "";
		if (start > 0) {
			prefix = str.slice(0, start);
			str = str.slice(start);
			lastIndex -= start;
		}
		if (base && isGlob === true && lastIndex > 0) {
			base = str.slice(0, lastIndex);
			glob = str.slice(lastIndex);
		} else if (isGlob === true) {
			base = "";
			glob = str;
		} else base = str;
		if (base && base !== "" && base !== "/" && base !== str) {
			if (isPathSeparator(base.charCodeAt(base.length - 1))) base = base.slice(0, -1);
		}
		if (opts.unescape === true) {
			if (glob) glob = utils.removeBackslashes(glob);
			if (base && backslashes === true) base = utils.removeBackslashes(base);
		}
		const state = {
			prefix,
			input,
			start,
			base,
			glob,
			isBrace,
			isBracket,
			isGlob,
			isExtglob,
			isGlobstar,
			negated,
			negatedExtglob
		};
		if (opts.tokens === true) {
			state.maxDepth = 0;
			if (!isPathSeparator(code)) tokens.push(token);
			state.tokens = tokens;
		}
		if (opts.parts === true || opts.tokens === true) {
			let prevIndex;
			for (let idx = 0; idx < slashes.length; idx++) {
				const n = prevIndex !== void 0 ? prevIndex + 1 : start;
				const i = slashes[idx];
				const value = input.slice(n, i);
				if (opts.tokens) {
					if (idx === 0 && start !== 0) {
						tokens[idx].isPrefix = true;
						tokens[idx].value = prefix;
					} else tokens[idx].value = value;
					depth(tokens[idx]);
					state.maxDepth += tokens[idx].depth;
				}
				if (i >= start) {
					parts.push(value);
					prevIndex = i;
				}
			}
			const n = prevIndex !== void 0 ? prevIndex + 1 : start;
			const value = input.slice(n);
			parts.push(value);
			if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
				tokens[tokens.length - 1].value = value;
				depth(tokens[tokens.length - 1]);
				state.maxDepth += tokens[tokens.length - 1].depth;
			}
			state.slashes = slashes;
			state.parts = parts;
		}
		return state;
	};
	module.exports = scan;
}));
// node_modules/picomatch/lib/parse.js
var require_parse = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const constants = require_constants();
	const utils = require_utils();
	/**
	* Constants
	*/
	const { MAX_LENGTH, POSIX_REGEX_SOURCE, REGEX_NON_SPECIAL_CHARS, REGEX_SPECIAL_CHARS_BACKREF, REPLACEMENTS } = constants;
	/**
	* Helpers
	*/
	const expandRange = (args, options) => {
		if (typeof options.expandRange === "function") return options.expandRange(...args, options);
		args.sort();
		const value = `[${args.join("-")}]`;
		try {
			new RegExp(value);
		} catch (ex) {
			return args.map((v) => utils.escapeRegex(v)).join("..");
		}
		return value;
	};
	/**
	* Create the message for a syntax error
	*/
	const syntaxError = (type, char) => {
		return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};
	const splitTopLevel = (input) => {
		const parts = [];
		let bracket = 0;
		let paren = 0;
		let quote = 0;
		let value = "";
		let escaped = false;
		for (const ch of input) {
			if (escaped === true) {
				value += ch;
				escaped = false;
				continue;
			}
			if (ch === "\\") {
				value += ch;
				escaped = true;
				continue;
			}
			if (ch === "\"") {
				quote = quote === 1 ? 0 : 1;
				value += ch;
				continue;
			}
			if (quote === 0) {
				if (ch === "[") bracket++;
				else if (ch === "]" && bracket > 0) bracket--;
				else if (bracket === 0) {
					if (ch === "(") paren++;
					else if (ch === ")" && paren > 0) paren--;
					else if (ch === "|" && paren === 0) {
						parts.push(value);
						value = "";
						continue;
					}
				}
			}
			value += ch;
		}
		parts.push(value);
		return parts;
	};
	const isPlainBranch = (branch) => {
		let escaped = false;
		for (const ch of branch) {
			if (escaped === true) {
				escaped = false;
				continue;
			}
			if (ch === "\\") {
				escaped = true;
				continue;
			}
			if (/[?*+@!()[\]{}]/.test(ch)) return false;
		}
		return true;
	};
	const normalizeSimpleBranch = (branch) => {
		let value = branch.trim();
		let changed = true;
		while (changed === true) {
			changed = false;
			if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
				value = value.slice(2, -1);
				changed = true;
			}
		}
		if (!isPlainBranch(value)) return;
		return value.replace(/\\(.)/g, "$1");
	};
	const hasRepeatedCharPrefixOverlap = (branches) => {
		const values = branches.map(normalizeSimpleBranch).filter(Boolean);
		for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) {
			const a = values[i];
			const b = values[j];
			const char = a[0];
			if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) continue;
			if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
		}
		return false;
	};
	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
		if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") return;
		let bracket = 0;
		let paren = 0;
		let quote = 0;
		let escaped = false;
		for (let i = 1; i < pattern.length; i++) {
			const ch = pattern[i];
			if (escaped === true) {
				escaped = false;
				continue;
			}
			if (ch === "\\") {
				escaped = true;
				continue;
			}
			if (ch === "\"") {
				quote = quote === 1 ? 0 : 1;
				continue;
			}
			if (quote === 1) continue;
			if (ch === "[") {
				bracket++;
				continue;
			}
			if (ch === "]" && bracket > 0) {
				bracket--;
				continue;
			}
			if (bracket > 0) continue;
			if (ch === "(") {
				paren++;
				continue;
			}
			if (ch === ")") {
				paren--;
				if (paren === 0) {
					if (requireEnd === true && i !== pattern.length - 1) return;
					return {
						type: pattern[0],
						body: pattern.slice(2, i),
						end: i
					};
				}
			}
		}
	};
	const buildCharClassStar = (chars) => {
		return `${chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`}*`;
	};
	const getStarExtglobSequenceChars = (pattern) => {
		let index = 0;
		const chars = [];
		while (index < pattern.length) {
			const match = parseRepeatedExtglob(pattern.slice(index), false);
			if (!match || match.type !== "*") return;
			const branches = splitTopLevel(match.body).map((branch) => branch.trim());
			if (branches.length !== 1) return;
			const branch = normalizeSimpleBranch(branches[0]);
			if (!branch || branch.length !== 1) return;
			chars.push(branch);
			index += match.end + 1;
		}
		if (chars.length < 1) return;
		return chars;
	};
	const repeatedExtglobRecursion = (pattern) => {
		let depth = 0;
		let value = pattern.trim();
		let match = parseRepeatedExtglob(value);
		while (match) {
			depth++;
			value = match.body.trim();
			match = parseRepeatedExtglob(value);
		}
		return depth;
	};
	const analyzeRepeatedExtglob = (body, options) => {
		if (options.maxExtglobRecursion === false) return { risky: false };
		const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
		const branches = splitTopLevel(body).map((branch) => branch.trim());
		if (branches.length > 1) {
			if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) return { risky: true };
		}
		const safeChars = [];
		let sawStarSequence = false;
		let combinable = true;
		for (const branch of branches) {
			const chars = getStarExtglobSequenceChars(branch);
			if (chars) {
				sawStarSequence = true;
				safeChars.push(...chars);
				continue;
			}
			const literal = normalizeSimpleBranch(branch);
			if (literal && literal.length === 1) {
				safeChars.push(literal);
				continue;
			}
			combinable = false;
			if (repeatedExtglobRecursion(branch) > max) return { risky: true };
		}
		if (sawStarSequence) return combinable ? {
			risky: true,
			safeOutput: buildCharClassStar([...new Set(safeChars)])
		} : { risky: true };
		return { risky: false };
	};
	/**
	* Parse the given input string.
	* @param {String} input
	* @param {Object} options
	* @return {Object}
	*/
	const parse = (input, options) => {
		if (typeof input !== "string") throw new TypeError("Expected a string");
		input = REPLACEMENTS[input] || input;
		const opts = { ...options };
		const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
		let len = input.length;
		if (len > max) throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
		const bos = {
			type: "bos",
			value: "",
			output: opts.prepend || ""
		};
		const tokens = [bos];
		const capture = opts.capture ? "" : "?:";
		const PLATFORM_CHARS = constants.globChars(opts.windows);
		const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
		const { DOT_LITERAL, PLUS_LITERAL, SLASH_LITERAL, ONE_CHAR, DOTS_SLASH, NO_DOT, NO_DOT_SLASH, NO_DOTS_SLASH, QMARK, QMARK_NO_DOT, STAR, START_ANCHOR } = PLATFORM_CHARS;
		const globstar = (opts) => {
			return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
		};
		const nodot = opts.dot ? "" : NO_DOT;
		const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
		let star = opts.bash === true ? globstar(opts) : STAR;
		if (opts.capture) star = `(${star})`;
		if (typeof opts.noext === "boolean") opts.noextglob = opts.noext;
		const state = {
			input,
			index: -1,
			start: 0,
			dot: opts.dot === true,
			consumed: "",
			output: "",
			prefix: "",
			backtrack: false,
			negated: false,
			brackets: 0,
			braces: 0,
			parens: 0,
			quotes: 0,
			globstar: false,
			tokens
		};
		input = utils.removePrefix(input, state);
		len = input.length;
		const extglobs = [];
		const braces = [];
		const stack = [];
		let prev = bos;
		let value;
		/**
		* Tokenizing helpers
		*/
		const eos = () => state.index === len - 1;
		const peek = state.peek = (n = 1) => input[state.index + n];
		const advance = state.advance = () => input[++state.index] || "";
		const remaining = () => input.slice(state.index + 1);
		const consume = (value = "", num = 0) => {
			state.consumed += value;
			state.index += num;
		};
		const append = (token) => {
			state.output += token.output != null ? token.output : token.value;
			consume(token.value);
		};
		const negate = () => {
			let count = 1;
			while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
				advance();
				state.start++;
				count++;
			}
			if (count % 2 === 0) return false;
			state.negated = true;
			state.start++;
			return true;
		};
		const increment = (type) => {
			state[type]++;
			stack.push(type);
		};
		const decrement = (type) => {
			state[type]--;
			stack.pop();
		};
		/**
		* Push tokens onto the tokens array. This helper speeds up
		* tokenizing by 1) helping us avoid backtracking as much as possible,
		* and 2) helping us avoid creating extra tokens when consecutive
		* characters are plain text. This improves performance and simplifies
		* lookbehinds.
		*/
		const push = (tok) => {
			if (prev.type === "globstar") {
				const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
				const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
				if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
					state.output = state.output.slice(0, -prev.output.length);
					prev.type = "star";
					prev.value = "*";
					prev.output = star;
					state.output += prev.output;
				}
			}
			if (extglobs.length && tok.type !== "paren") extglobs[extglobs.length - 1].inner += tok.value;
			if (tok.value || tok.output) append(tok);
			if (prev && prev.type === "text" && tok.type === "text") {
				prev.output = (prev.output || prev.value) + tok.value;
				prev.value += tok.value;
				return;
			}
			tok.prev = prev;
			tokens.push(tok);
			prev = tok;
		};
		const extglobOpen = (type, value) => {
			const token = {
				...EXTGLOB_CHARS[value],
				conditions: 1,
				inner: ""
			};
			token.prev = prev;
			token.parens = state.parens;
			token.output = state.output;
			token.startIndex = state.index;
			token.tokensIndex = tokens.length;
			const output = (opts.capture ? "(" : "") + token.open;
			increment("parens");
			push({
				type,
				value,
				output: state.output ? "" : ONE_CHAR
			});
			push({
				type: "paren",
				extglob: true,
				value: advance(),
				output
			});
			extglobs.push(token);
		};
		const extglobClose = (token) => {
			const literal = input.slice(token.startIndex, state.index + 1);
			const body = input.slice(token.startIndex + 2, state.index);
			const analysis = analyzeRepeatedExtglob(body, opts);
			if ((token.type === "plus" || token.type === "star") && analysis.risky) {
				const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
				const open = tokens[token.tokensIndex];
				open.type = "text";
				open.value = literal;
				open.output = safeOutput || utils.escapeRegex(literal);
				for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
					tokens[i].value = "";
					tokens[i].output = "";
					delete tokens[i].suffix;
				}
				state.output = token.output + open.output;
				state.backtrack = true;
				push({
					type: "paren",
					extglob: true,
					value,
					output: ""
				});
				decrement("parens");
				return;
			}
			let output = token.close + (opts.capture ? ")" : "");
			let rest;
			if (token.type === "negate") {
				let extglobStar = star;
				if (token.inner && token.inner.length > 1 && token.inner.includes("/")) extglobStar = globstar(opts);
				if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) output = token.close = `)$))${extglobStar}`;
				if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) output = token.close = `)${parse(rest, {
					...options,
					fastpaths: false
				}).output})${extglobStar})`;
				if (token.prev.type === "bos") state.negatedExtglob = true;
			}
			push({
				type: "paren",
				extglob: true,
				value,
				output
			});
			decrement("parens");
		};
		/**
		* Fast paths
		*/
		if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
			let backslashes = false;
			let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
				if (first === "\\") {
					backslashes = true;
					return m;
				}
				if (first === "?") {
					if (esc) return esc + first + (rest ? QMARK.repeat(rest.length) : "");
					if (index === 0) return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
					return QMARK.repeat(chars.length);
				}
				if (first === ".") return DOT_LITERAL.repeat(chars.length);
				if (first === "*") {
					if (esc) return esc + first + (rest ? star : "");
					return star;
				}
				return esc ? m : `\\${m}`;
			});
			if (backslashes === true) {
				if (opts.unescape === true) output = output.replace(/\\/g, "");
				else output = output.replace(/\\+/g, (m) => {
					return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
				});
			}
			if (output === input && opts.contains === true) {
				state.output = input;
				return state;
			}
			state.output = utils.wrapOutput(output, state, options);
			return state;
		}
		/**
		* Tokenize input until we reach end-of-string
		*/
		while (!eos()) {
			value = advance();
			if (value === "\0") continue;
			/**
			* Escaped characters
			*/
			if (value === "\\") {
				const next = peek();
				if (next === "/" && opts.bash !== true) continue;
				if (next === "." || next === ";") continue;
				if (!next) {
					value += "\\";
					push({
						type: "text",
						value
					});
					continue;
				}
				const match = /^\\+/.exec(remaining());
				let slashes = 0;
				if (match && match[0].length > 2) {
					slashes = match[0].length;
					state.index += slashes;
					if (slashes % 2 !== 0) value += "\\";
				}
				if (opts.unescape === true) value = advance();
				else value += advance();
				if (state.brackets === 0) {
					push({
						type: "text",
						value
					});
					continue;
				}
			}
			/**
			* If we're inside a regex character class, continue
			* until we reach the closing bracket.
			*/
			if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
				if (opts.posix !== false && value === ":") {
					const inner = prev.value.slice(1);
					if (inner.includes("[")) {
						prev.posix = true;
						if (inner.includes(":")) {
							const idx = prev.value.lastIndexOf("[");
							const pre = prev.value.slice(0, idx);
							const rest = prev.value.slice(idx + 2);
							const posix = POSIX_REGEX_SOURCE[rest];
							if (posix) {
								prev.value = pre + posix;
								state.backtrack = true;
								advance();
								if (!bos.output && tokens.indexOf(prev) === 1) bos.output = ONE_CHAR;
								continue;
							}
						}
					}
				}
				if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") value = `\\${value}`;
				if (value === "]" && (prev.value === "[" || prev.value === "[^")) value = `\\${value}`;
				if (opts.posix === true && value === "!" && prev.value === "[") value = "^";
				prev.value += value;
				append({ value });
				continue;
			}
			/**
			* If we're inside a quoted string, continue
			* until we reach the closing double quote.
			*/
			if (state.quotes === 1 && value !== "\"") {
				value = utils.escapeRegex(value);
				prev.value += value;
				append({ value });
				continue;
			}
			/**
			* Double quotes
			*/
			if (value === "\"") {
				state.quotes = state.quotes === 1 ? 0 : 1;
				if (opts.keepQuotes === true) push({
					type: "text",
					value
				});
				continue;
			}
			/**
			* Parentheses
			*/
			if (value === "(") {
				increment("parens");
				push({
					type: "paren",
					value
				});
				continue;
			}
			if (value === ")") {
				if (state.parens === 0 && opts.strictBrackets === true) throw new SyntaxError(syntaxError("opening", "("));
				const extglob = extglobs[extglobs.length - 1];
				if (extglob && state.parens === extglob.parens + 1) {
					extglobClose(extglobs.pop());
					continue;
				}
				push({
					type: "paren",
					value,
					output: state.parens ? ")" : "\\)"
				});
				decrement("parens");
				continue;
			}
			/**
			* Square brackets
			*/
			if (value === "[") {
				if (opts.nobracket === true || !remaining().includes("]")) {
					if (opts.nobracket !== true && opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
					value = `\\${value}`;
				} else increment("brackets");
				push({
					type: "bracket",
					value
				});
				continue;
			}
			if (value === "]") {
				if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
					push({
						type: "text",
						value,
						output: `\\${value}`
					});
					continue;
				}
				if (state.brackets === 0) {
					if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("opening", "["));
					push({
						type: "text",
						value,
						output: `\\${value}`
					});
					continue;
				}
				decrement("brackets");
				const prevValue = prev.value.slice(1);
				if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) value = `/${value}`;
				prev.value += value;
				append({ value });
				if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) continue;
				const escaped = utils.escapeRegex(prev.value);
				state.output = state.output.slice(0, -prev.value.length);
				if (opts.literalBrackets === true) {
					state.output += escaped;
					prev.value = escaped;
					continue;
				}
				prev.value = `(${capture}${escaped}|${prev.value})`;
				state.output += prev.value;
				continue;
			}
			/**
			* Braces
			*/
			if (value === "{" && opts.nobrace !== true) {
				increment("braces");
				const open = {
					type: "brace",
					value,
					output: "(",
					outputIndex: state.output.length,
					tokensIndex: state.tokens.length
				};
				braces.push(open);
				push(open);
				continue;
			}
			if (value === "}") {
				const brace = braces[braces.length - 1];
				if (opts.nobrace === true || !brace) {
					push({
						type: "text",
						value,
						output: value
					});
					continue;
				}
				let output = ")";
				if (brace.dots === true) {
					const arr = tokens.slice();
					const range = [];
					for (let i = arr.length - 1; i >= 0; i--) {
						tokens.pop();
						if (arr[i].type === "brace") break;
						if (arr[i].type !== "dots") range.unshift(arr[i].value);
					}
					output = expandRange(range, opts);
					state.backtrack = true;
				}
				if (brace.comma !== true && brace.dots !== true) {
					const out = state.output.slice(0, brace.outputIndex);
					const toks = state.tokens.slice(brace.tokensIndex);
					brace.value = brace.output = "\\{";
					value = output = "\\}";
					state.output = out;
					for (const t of toks) state.output += t.output || t.value;
				}
				push({
					type: "brace",
					value,
					output
				});
				decrement("braces");
				braces.pop();
				continue;
			}
			/**
			* Pipes
			*/
			if (value === "|") {
				if (extglobs.length > 0) extglobs[extglobs.length - 1].conditions++;
				push({
					type: "text",
					value
				});
				continue;
			}
			/**
			* Commas
			*/
			if (value === ",") {
				let output = value;
				const brace = braces[braces.length - 1];
				if (brace && stack[stack.length - 1] === "braces") {
					brace.comma = true;
					output = "|";
				}
				push({
					type: "comma",
					value,
					output
				});
				continue;
			}
			/**
			* Slashes
			*/
			if (value === "/") {
				if (prev.type === "dot" && state.index === state.start + 1) {
					state.start = state.index + 1;
					state.consumed = "";
					state.output = "";
					tokens.pop();
					prev = bos;
					continue;
				}
				push({
					type: "slash",
					value,
					output: SLASH_LITERAL
				});
				continue;
			}
			/**
			* Dots
			*/
			if (value === ".") {
				if (state.braces > 0 && prev.type === "dot") {
					if (prev.value === ".") prev.output = DOT_LITERAL;
					const brace = braces[braces.length - 1];
					prev.type = "dots";
					prev.output += value;
					prev.value += value;
					brace.dots = true;
					continue;
				}
				if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
					push({
						type: "text",
						value,
						output: DOT_LITERAL
					});
					continue;
				}
				push({
					type: "dot",
					value,
					output: DOT_LITERAL
				});
				continue;
			}
			/**
			* Question marks
			*/
			if (value === "?") {
				if (!(prev && prev.value === "(") && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
					extglobOpen("qmark", value);
					continue;
				}
				if (prev && prev.type === "paren") {
					const next = peek();
					let output = value;
					if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) output = `\\${value}`;
					push({
						type: "text",
						value,
						output
					});
					continue;
				}
				if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
					push({
						type: "qmark",
						value,
						output: QMARK_NO_DOT
					});
					continue;
				}
				push({
					type: "qmark",
					value,
					output: QMARK
				});
				continue;
			}
			/**
			* Exclamation
			*/
			if (value === "!") {
				if (opts.noextglob !== true && peek() === "(") {
					if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
						extglobOpen("negate", value);
						continue;
					}
				}
				if (opts.nonegate !== true && state.index === 0) {
					negate();
					continue;
				}
			}
			/**
			* Plus
			*/
			if (value === "+") {
				if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
					extglobOpen("plus", value);
					continue;
				}
				if (prev && prev.value === "(" || opts.regex === false) {
					push({
						type: "plus",
						value,
						output: PLUS_LITERAL
					});
					continue;
				}
				if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
					push({
						type: "plus",
						value
					});
					continue;
				}
				push({
					type: "plus",
					value: PLUS_LITERAL
				});
				continue;
			}
			/**
			* Plain text
			*/
			if (value === "@") {
				if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
					push({
						type: "at",
						extglob: true,
						value,
						output: ""
					});
					continue;
				}
				push({
					type: "text",
					value
				});
				continue;
			}
			/**
			* Plain text
			*/
			if (value !== "*") {
				if (value === "$" || value === "^") value = `\\${value}`;
				const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
				if (match) {
					value += match[0];
					state.index += match[0].length;
				}
				push({
					type: "text",
					value
				});
				continue;
			}
			/**
			* Stars
			*/
			if (prev && (prev.type === "globstar" || prev.star === true)) {
				prev.type = "star";
				prev.star = true;
				prev.value += value;
				prev.output = star;
				state.backtrack = true;
				state.globstar = true;
				consume(value);
				continue;
			}
			let rest = remaining();
			if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
				extglobOpen("star", value);
				continue;
			}
			if (prev.type === "star") {
				if (opts.noglobstar === true) {
					consume(value);
					continue;
				}
				const prior = prev.prev;
				const before = prior.prev;
				const isStart = prior.type === "slash" || prior.type === "bos";
				const afterStar = before && (before.type === "star" || before.type === "globstar");
				if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
					push({
						type: "star",
						value,
						output: ""
					});
					continue;
				}
				const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
				const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
				if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
					push({
						type: "star",
						value,
						output: ""
					});
					continue;
				}
				while (rest.slice(0, 3) === "/**") {
					const after = input[state.index + 4];
					if (after && after !== "/") break;
					rest = rest.slice(3);
					consume("/**", 3);
				}
				const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
				if (prior.type === "bos" && eos()) {
					prev.type = "globstar";
					prev.value += value;
					prev.output = globstar(opts);
					state.output = prev.output;
					state.globstar = true;
					consume(value);
					continue;
				}
				if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
					state.output = state.output.slice(0, -(prior.output + prev.output).length);
					prior.output = `(?:${prior.output}`;
					prev.type = "globstar";
					prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
					prev.value += value;
					state.globstar = true;
					state.output += prior.output + prev.output;
					consume(value);
					continue;
				}
				if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
					const end = rest[1] !== void 0 ? "|$" : "";
					state.output = state.output.slice(0, -(prior.output + prev.output).length);
					prior.output = `(?:${prior.output}`;
					prev.type = "globstar";
					prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
					prev.value += value;
					state.output += prior.output + prev.output;
					state.globstar = true;
					consume(value + advance());
					push({
						type: "slash",
						value: "/",
						output: ""
					});
					continue;
				}
				if (prior.type === "bos" && rest[0] === "/") {
					prev.type = "globstar";
					prev.value += value;
					prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
					state.output = prev.output;
					state.globstar = true;
					consume(value + advance());
					push({
						type: "slash",
						value: "/",
						output: ""
					});
					continue;
				}
				state.output = state.output.slice(0, -prev.output.length);
				prev.type = "globstar";
				prev.output = globstar(opts);
				prev.value += value;
				state.output += prev.output;
				state.globstar = true;
				consume(value);
				continue;
			}
			const token = {
				type: "star",
				value,
				output: star
			};
			if (opts.bash === true) {
				token.output = ".*?";
				if (prev.type === "bos" || prev.type === "slash") token.output = nodot + token.output;
				push(token);
				continue;
			}
			if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
				token.output = value;
				push(token);
				continue;
			}
			if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
				if (prev.type === "dot") {
					state.output += NO_DOT_SLASH;
					prev.output += NO_DOT_SLASH;
				} else if (opts.dot === true) {
					state.output += NO_DOTS_SLASH;
					prev.output += NO_DOTS_SLASH;
				} else {
					state.output += nodot;
					prev.output += nodot;
				}
				if (peek() !== "*") {
					state.output += ONE_CHAR;
					prev.output += ONE_CHAR;
				}
			}
			push(token);
		}
		while (state.brackets > 0) {
			if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
			state.output = utils.escapeLast(state.output, "[");
			decrement("brackets");
		}
		while (state.parens > 0) {
			if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
			state.output = utils.escapeLast(state.output, "(");
			decrement("parens");
		}
		while (state.braces > 0) {
			if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
			state.output = utils.escapeLast(state.output, "{");
			decrement("braces");
		}
		if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) push({
			type: "maybe_slash",
			value: "",
			output: `${SLASH_LITERAL}?`
		});
		if (state.backtrack === true) {
			state.output = "";
			for (const token of state.tokens) {
				state.output += token.output != null ? token.output : token.value;
				if (token.suffix) state.output += token.suffix;
			}
		}
		return state;
	};
	/**
	* Fast paths for creating regular expressions for common glob patterns.
	* This can significantly speed up processing and has very little downside
	* impact when none of the fast paths match.
	*/
	parse.fastpaths = (input, options) => {
		const opts = { ...options };
		const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
		const len = input.length;
		if (len > max) throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
		input = REPLACEMENTS[input] || input;
		const { DOT_LITERAL, SLASH_LITERAL, ONE_CHAR, DOTS_SLASH, NO_DOT, NO_DOTS, NO_DOTS_SLASH, STAR, START_ANCHOR } = constants.globChars(opts.windows);
		const nodot = opts.dot ? NO_DOTS : NO_DOT;
		const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
		const capture = opts.capture ? "" : "?:";
		const state = {
			negated: false,
			prefix: ""
		};
		let star = opts.bash === true ? ".*?" : STAR;
		if (opts.capture) star = `(${star})`;
		const globstar = (opts) => {
			if (opts.noglobstar === true) return star;
			return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
		};
		const create = (str) => {
			switch (str) {
				case "*": return `${nodot}${ONE_CHAR}${star}`;
				case ".*": return `${DOT_LITERAL}${ONE_CHAR}${star}`;
				case "*.*": return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
				case "*/*": return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
				case "**": return nodot + globstar(opts);
				case "**/*": return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
				case "**/*.*": return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
				case "**/.*": return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
				default: {
					const match = /^(.*?)\.(\w+)$/.exec(str);
					if (!match) return;
					const source = create(match[1]);
					if (!source) return;
					return source + DOT_LITERAL + match[2];
				}
			}
		};
		let source = create(utils.removePrefix(input, state));
		if (source && opts.strictSlashes !== true) source += `${SLASH_LITERAL}?`;
		return source;
	};
	module.exports = parse;
}));
// node_modules/picomatch/lib/picomatch.js
var require_picomatch$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const scan = require_scan();
	const parse = require_parse();
	const utils = require_utils();
	const constants = require_constants();
	const isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
	/**
	* Creates a matcher function from one or more glob patterns. The
	* returned function takes a string to match as its first argument,
	* and returns true if the string is a match. The returned matcher
	* function also takes a boolean as the second argument that, when true,
	* returns an object with additional information.
	*
	* ```js
	* const picomatch = require('picomatch');
	* // picomatch(glob[, options]);
	*
	* const isMatch = picomatch('*.!(*a)');
	* console.log(isMatch('a.a')); //=> false
	* console.log(isMatch('a.b')); //=> true
	*
	* // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	* const picomatch = require('picomatch/posix');
	* // the same API, defaulting to posix paths
	* const isMatch = picomatch('a/*');
	* console.log(isMatch('a\\b')); //=> false
	* console.log(isMatch('a/b')); //=> true
	*
	* // you can still configure the matcher function to accept windows paths
	* const isMatch = picomatch('a/*', { options: windows });
	* console.log(isMatch('a\\b')); //=> true
	* console.log(isMatch('a/b')); //=> true
	* ```
	* @name picomatch
	* @param {String|Array} `globs` One or more glob patterns.
	* @param {Object=} `options`
	* @return {Function=} Returns a matcher function.
	* @api public
	*/
	const picomatch = (glob, options, returnState = false) => {
		if (Array.isArray(glob)) {
			const fns = glob.map((input) => picomatch(input, options, returnState));
			const arrayMatcher = (str) => {
				for (const isMatch of fns) {
					const state = isMatch(str);
					if (state) return state;
				}
				return false;
			};
			return arrayMatcher;
		}
		const isState = isObject(glob) && glob.tokens && glob.input;
		if (glob === "" || typeof glob !== "string" && !isState) throw new TypeError("Expected pattern to be a non-empty string");
		const opts = options || {};
		const posix = opts.windows;
		const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
		const state = regex.state;
		delete regex.state;
		let isIgnored = () => false;
		if (opts.ignore) {
			const ignoreOpts = {
				...options,
				ignore: null,
				onMatch: null,
				onResult: null
			};
			isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
		}
		const matcher = (input, returnObject = false) => {
			const { isMatch, match, output } = picomatch.test(input, regex, options, {
				glob,
				posix
			});
			const result = {
				glob,
				state,
				regex,
				posix,
				input,
				output,
				match,
				isMatch
			};
			if (typeof opts.onResult === "function") opts.onResult(result);
			if (isMatch === false) {
				result.isMatch = false;
				return returnObject ? result : false;
			}
			if (isIgnored(input)) {
				if (typeof opts.onIgnore === "function") opts.onIgnore(result);
				result.isMatch = false;
				return returnObject ? result : false;
			}
			if (typeof opts.onMatch === "function") opts.onMatch(result);
			return returnObject ? result : true;
		};
		if (returnState) matcher.state = state;
		return matcher;
	};
	/**
	* Test `input` with the given `regex`. This is used by the main
	* `picomatch()` function to test the input string.
	*
	* ```js
	* const picomatch = require('picomatch');
	* // picomatch.test(input, regex[, options]);
	*
	* console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	* // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	* ```
	* @param {String} `input` String to test.
	* @param {RegExp} `regex`
	* @return {Object} Returns an object with matching info.
	* @api public
	*/
	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
		if (typeof input !== "string") throw new TypeError("Expected input to be a string");
		if (input === "") return {
			isMatch: false,
			output: ""
		};
		const opts = options || {};
		const format = opts.format || (posix ? utils.toPosixSlashes : null);
		let match = input === glob;
		let output = match && format ? format(input) : input;
		if (match === false) {
			output = format ? format(input) : input;
			match = output === glob;
		}
		if (match === false || opts.capture === true) {
			if (opts.matchBase === true || opts.basename === true) match = picomatch.matchBase(input, regex, options, posix);
			else match = regex.exec(output);
		}
		return {
			isMatch: Boolean(match),
			match,
			output
		};
	};
	/**
	* Match the basename of a filepath.
	*
	* ```js
	* const picomatch = require('picomatch');
	* // picomatch.matchBase(input, glob[, options]);
	* console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	* ```
	* @param {String} `input` String to test.
	* @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	* @return {Boolean}
	* @api public
	*/
	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
		return (glob instanceof RegExp ? glob : picomatch.makeRe(glob, options)).test(utils.basename(input, { windows: posix }));
	};
	/**
	* Returns true if **any** of the given glob `patterns` match the specified `string`.
	*
	* ```js
	* const picomatch = require('picomatch');
	* // picomatch.isMatch(string, patterns[, options]);
	*
	* console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	* console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	* ```
	* @param {String|Array} str The string to test.
	* @param {String|Array} patterns One or more glob patterns to use for matching.
	* @param {Object} [options] See available [options](#options).
	* @return {Boolean} Returns true if any patterns match `str`
	* @api public
	*/
	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
	/**
	* Parse a glob pattern to create the source string for a regular
	* expression.
	*
	* ```js
	* const picomatch = require('picomatch');
	* const result = picomatch.parse(pattern[, options]);
	* ```
	* @param {String} `pattern`
	* @param {Object} `options`
	* @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	* @api public
	*/
	picomatch.parse = (pattern, options) => {
		if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
		return parse(pattern, {
			...options,
			fastpaths: false
		});
	};
	/**
	* Scan a glob pattern to separate the pattern into segments.
	*
	* ```js
	* const picomatch = require('picomatch');
	* // picomatch.scan(input[, options]);
	*
	* const result = picomatch.scan('!./foo/*.js');
	* console.log(result);
	* { prefix: '!./',
	*   input: '!./foo/*.js',
	*   start: 3,
	*   base: 'foo',
	*   glob: '*.js',
	*   isBrace: false,
	*   isBracket: false,
	*   isGlob: true,
	*   isExtglob: false,
	*   isGlobstar: false,
	*   negated: true }
	* ```
	* @param {String} `input` Glob pattern to scan.
	* @param {Object} `options`
	* @return {Object} Returns an object with
	* @api public
	*/
	picomatch.scan = (input, options) => scan(input, options);
	/**
	* Compile a regular expression from the `state` object returned by the
	* [parse()](#parse) method.
	*
	* ```js
	* const picomatch = require('picomatch');
	* const state = picomatch.parse('*.js');
	* // picomatch.compileRe(state[, options]);
	*
	* console.log(picomatch.compileRe(state));
	* //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	* ```
	* @param {Object} `state`
	* @param {Object} `options`
	* @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	* @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	* @return {RegExp}
	* @api public
	*/
	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
		if (returnOutput === true) return state.output;
		const opts = options || {};
		const prepend = opts.contains ? "" : "^";
		const append = opts.contains ? "" : "$";
		let source = `${prepend}(?:${state.output})${append}`;
		if (state && state.negated === true) source = `^(?!${source}).*$`;
		const regex = picomatch.toRegex(source, options);
		if (returnState === true) regex.state = state;
		return regex;
	};
	/**
	* Create a regular expression from a parsed glob pattern.
	*
	* ```js
	* const picomatch = require('picomatch');
	* // picomatch.makeRe(state[, options]);
	*
	* const result = picomatch.makeRe('*.js');
	* console.log(result);
	* //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	* ```
	* @param {String} `state` The object returned from the `.parse` method.
	* @param {Object} `options`
	* @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	* @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	* @return {RegExp} Returns a regex created from the given pattern.
	* @api public
	*/
	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
		if (!input || typeof input !== "string") throw new TypeError("Expected a non-empty string");
		let parsed = {
			negated: false,
			fastpaths: true
		};
		if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) parsed.output = parse.fastpaths(input, options);
		if (!parsed.output) parsed = parse(input, options);
		return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};
	/**
	* Create a regular expression from the given regex source string.
	*
	* ```js
	* const picomatch = require('picomatch');
	* // picomatch.toRegex(source[, options]);
	*
	* const { output } = picomatch.parse('*.js');
	* console.log(picomatch.toRegex(output));
	* //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	* ```
	* @param {String} `source` Regular expression source string.
	* @param {Object} `options`
	* @return {RegExp}
	* @api public
	*/
	picomatch.toRegex = (source, options) => {
		try {
			const opts = options || {};
			return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
		} catch (err) {
			if (options && options.debug === true) throw err;
			return /$^/;
		}
	};
	/**
	* Picomatch constants.
	* @return {Object}
	*/
	picomatch.constants = constants;
	/**
	* Expose "picomatch"
	*/
	module.exports = picomatch;
}));
// dist/src/config/resolve.js
/** The config that applies to one file: overrides matched, defaults merged. */
var import_picomatch = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
	const pico = require_picomatch$1();
	const utils = require_utils();
	function picomatch(glob, options, returnState = false) {
		if (options && (options.windows === null || options.windows === void 0)) options = {
			...options,
			windows: utils.isWindows()
		};
		return pico(glob, options, returnState);
	}
	Object.assign(picomatch, pico);
	module.exports = picomatch;
})))(), 1);
const matchers = /* @__PURE__ */ new Map();
function matches(patterns, path) {
	return patterns.some((pattern) => {
		let test = matchers.get(pattern);
		if (!test) {
			test = (0, import_picomatch.default)(pattern, {
				dot: true,
				basename: !pattern.includes("/")
			});
			matchers.set(pattern, test);
		}
		return test(path);
	});
}
/** Path relative to the config's directory, with forward slashes. */
function relativeTo(baseDir, filePath) {
	return relative(baseDir, filePath).split(sep).join("/");
}
function configForFile(config, filePath, cliRules) {
	let rules = config.rules;
	let settings = config.settings;
	if (filePath !== void 0) {
		const rel = relativeTo(config.baseDir, filePath);
		for (const o of config.overrides) if (matches(o.files, rel) && !matches(o.excludedFiles, rel)) {
			rules = mergeRules(rules, o.rules);
			settings = mergeSettings(settings, o.settings);
		}
	}
	if (cliRules) rules = mergeRules(rules, cliRules);
	return {
		rules,
		settings,
		reportUnusedDirectives: config.reportUnusedDirectives
	};
}
// dist/src/core/formats.js
/**
* The formats speclint reads, and what presenters need to know of each: its
* name and how a location in it is shown (Word users count paragraphs, ¶12;
* in text files it is a line and column). Data only, with no imports, so the
* browser page can ask it without loading any reader. Each format's reader is
* in the loader registry, src/loaders/index.ts, which must have one for every
* format here (the compiler checks).
*/
const FORMATS = {
	markdown: {
		name: "Markdown",
		extensions: [".md", ".markdown"],
		locationStyle: "line"
	},
	docx: {
		name: "Word document",
		extensions: [".docx"],
		alsoOpens: [".doc"],
		locationStyle: "paragraph"
	}
};
/** The format a file is read as, by its name; Markdown when nothing else claims it. */
function formatOf(filePath) {
	const lower = filePath.toLowerCase();
	for (const [format, f] of Object.entries(FORMATS)) if ([...f.extensions, ...f.alsoOpens ?? []].some((ext) => lower.endsWith(ext))) return format;
	return "markdown";
}
Object.values(FORMATS).flatMap((f) => f.extensions);
// dist/src/loaders/decode.js
/**
* Bytes → text for Markdown and plain-text inputs, refusing what is not text
* with a sentence a commissioner can act on.
*/
var InputError = class extends Error {
	name = "InputError";
};
const SNIFF_BYTES = 8192;
function describe(bytes) {
	if (bytes[0] === 80 && bytes[1] === 75) return "a Word or other zip file";
	if (bytes[0] === 208 && bytes[1] === 207 && bytes[2] === 17 && bytes[3] === 224) return "a legacy Word (.doc) or other Office file";
	if (bytes[0] === 37 && bytes[1] === 80 && bytes[2] === 68 && bytes[3] === 70) return "a PDF";
}
/** Decodes a text file; `name` is only used in the messages. */
function decodeText(bytes, name) {
	if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return decodeUtf16(bytes, "utf-16le", name);
	if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return decodeUtf16(bytes, "utf-16be", name);
	const known = describe(bytes);
	const remedy = name === "<text>" ? "name it with --stdin-filename (for example --stdin-filename draft.docx)" : "give it its proper extension";
	if (known) throw new InputError(`${name} is ${known}, not Markdown text: check you chose the right file, or ${remedy}.`);
	if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError(binaryData(name));
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(`${name} is not valid UTF-8 text: open it in your editor and save it with UTF-8 encoding, then try again.`);
	}
}
/** Text after a UTF-16 byte-order mark, held to the same test as UTF-8: well formed, and no binary data. */
function decodeUtf16(bytes, encoding, name) {
	let text;
	try {
		text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
	} catch {
		throw new InputError(`${name} starts like UTF-16 text but is not valid UTF-16: open it in your editor and save it with UTF-8 encoding, then try again.`);
	}
	if (text.slice(0, SNIFF_BYTES).includes("\0")) throw new InputError(binaryData(name));
	return text;
}
const binaryData = (name) => `${name} contains binary data, not Markdown text: check you chose the right file, or save it as plain text (UTF-8).`;
// dist/src/core/sentences.js
/**
* Sentence segmentation for specification prose.
*
* A single linear scan: a sentence ends at . ! or ? (with any closing quotes or
* brackets) followed by white space and then something that can start a
* sentence. Abbreviations common in NHS documents ("e.g.", "No. 14",
* "para.", initials) do not end one. Intl.Segmenter splits after "e.g." and
* "No." and is slower, so it is not used (see the note in README).
*/
/** Lower-case forms, without the final dot. */
const ABBREVIATIONS = /* @__PURE__ */ new Set([
	"e.g",
	"eg",
	"i.e",
	"ie",
	"cf",
	"viz",
	"no",
	"nos",
	"vs",
	"v",
	"approx",
	"est",
	"incl",
	"excl",
	"dr",
	"mr",
	"mrs",
	"ms",
	"mx",
	"prof",
	"rev",
	"st",
	"sr",
	"jr",
	"col",
	"gen",
	"capt",
	"para",
	"paras",
	"fig",
	"figs",
	"ref",
	"refs",
	"sch",
	"sec",
	"vol",
	"p",
	"pp",
	"ch",
	"art",
	"a.m",
	"p.m",
	"min",
	"max",
	"tel",
	"ext",
	"dept",
	"govt",
	"inc",
	"ltd",
	"co",
	"jan",
	"feb",
	"mar",
	"apr",
	"jun",
	"jul",
	"aug",
	"sep",
	"sept",
	"oct",
	"nov",
	"dec",
	"n.b",
	"nb",
	"et al",
	"al",
	"u.k",
	"approx",
	"wk",
	"wks",
	"yr",
	"yrs",
	"hr",
	"hrs"
]);
const isSpace$1 = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
const CLOSERS = /* @__PURE__ */ new Set([
	"\"",
	"'",
	"’",
	"”",
	")",
	"]",
	"»"
]);
function wordBefore(text, dot) {
	let i = dot - 1;
	const limit = Math.max(0, dot - 8);
	while (i >= limit && /[\p{L}.]/u.test(text[i])) i--;
	return text.slice(i + 1, dot).toLowerCase();
}
/** Can the character at i start a new sentence? */
function startsSentence(text, i) {
	const ch = text[i];
	if (ch === void 0) return true;
	if (/[\p{Lu}\p{N}"'‘“(\[•*–-]/u.test(ch)) return true;
	return false;
}
/**
* A paragraph's own number, typed before it ("1.1.4", "3.2", "4.", "(a)", "ii)"),
* followed by a word that starts with a capital. Real specifications number
* most paragraphs; the number is not part of the first sentence, whose
* sentence-initial readings ("Provision of ...", "Ensure ...") start after it.
* A figure before a unit or an acronym ("2.5 FTE") is not a number of this kind.
*/
const PARAGRAPH_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]|\((?:\d{1,3}|[a-z]|i|ii|iii|iv|v|vi|vii|viii|ix|x)\))[ \t\u00a0]+(?=[\p{Lu}][\p{Ll}]|["'‘“])/u;
function splitSentences(text) {
	const spans = [];
	const n = text.length;
	let start = 0;
	while (start < n && isSpace$1(text.charCodeAt(start))) start++;
	start += PARAGRAPH_NUMBER.exec(text.slice(start, start + 40))?.[0].length ?? 0;
	for (let i = start; i < n; i++) {
		const ch = text[i];
		if (ch !== "." && ch !== "!" && ch !== "?") continue;
		let end = i + 1;
		while (end < n && (text[end] === "." || text[end] === "!" || text[end] === "?")) end++;
		while (end < n && CLOSERS.has(text[end])) end++;
		const runEnd = end - 1;
		if (end < n && !isSpace$1(text.charCodeAt(end))) {
			i = runEnd;
			continue;
		}
		let next = end;
		while (next < n && isSpace$1(text.charCodeAt(next))) next++;
		if (next < n && !startsSentence(text, next)) {
			i = next - 1;
			continue;
		}
		if (ch === "." && end === i + 1) {
			const word = wordBefore(text, i);
			const isNumberWord = (word === "no" || word === "nos") && !/\d/.test(text[next] ?? "");
			if (ABBREVIATIONS.has(word) && !isNumberWord || word.length === 1 && /\p{Lu}/u.test(text[i - 1])) {
				i = next - 1;
				continue;
			}
		}
		spans.push({
			start,
			end
		});
		start = next;
		i = next - 1;
	}
	let end = n;
	while (end > start && isSpace$1(text.charCodeAt(end - 1))) end--;
	if (end > start) spans.push({
		start,
		end
	});
	return spans;
}
// dist/src/core/review.js
/** Text offset in a block of a source offset inside or around it. */
function textOffset(block, offset) {
	for (const span of block.spans) {
		if (offset < span.sourceStart) return span.textStart;
		if (offset <= span.sourceEnd) return span.verbatim ? span.textStart + Math.min(offset - span.sourceStart, span.length) : span.textStart;
	}
	return block.text.length;
}
function resolveReview(review, blocks, positionAt) {
	if (!review || review.comments.length === 0 && review.changes.length === 0) return {
		comments: [],
		trackedChanges: []
	};
	const extents = blocks.filter((b) => b.spans.length > 0).map((b) => ({
		block: b,
		from: b.spans[0].sourceStart,
		to: b.spans[b.spans.length - 1].sourceEnd
	}));
	/** Index of the first extent ending after `offset` (extents.length if none). */
	const firstEndingAfter = (offset) => {
		let lo = 0;
		let hi = extents.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (extents[mid].to > offset) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	};
	const startAt = (offset) => {
		const i = firstEndingAfter(offset);
		const e = extents[i];
		if (e) return {
			block: e.block,
			offset: offset <= e.from ? 0 : textOffset(e.block, offset)
		};
		const last = extents[extents.length - 1];
		return last && {
			block: last.block,
			offset: last.block.text.length
		};
	};
	const endAt = (offset) => {
		let i = firstEndingAfter(offset);
		if (i === extents.length || extents[i].from >= offset) i--;
		const e = extents[i];
		if (e) return {
			block: e.block,
			offset: offset >= e.to ? e.block.text.length : textOffset(e.block, offset)
		};
		const first = extents[0];
		return first && {
			block: first.block,
			offset: 0
		};
	};
	const pointAt = (offset) => {
		const i = firstEndingAfter(offset - 1);
		const e = extents[i];
		if (e && e.from <= offset) return {
			block: e.block,
			offset: textOffset(e.block, offset)
		};
		return startAt(offset);
	};
	const quoteBetween = (start, end) => {
		if (start.block === end.block) return start.block.written.slice(start.offset, end.offset);
		const parts = [start.block.written.slice(start.offset)];
		for (let i = start.block.index + 1; i < end.block.index; i++) parts.push(blocks[i].written);
		parts.push(end.block.written.slice(0, end.offset));
		return parts.join("\n");
	};
	const comments = review.comments.map((raw) => {
		const comment = {
			id: raw.id,
			author: raw.author,
			text: raw.text,
			done: raw.done,
			directive: raw.directive,
			bySpeclint: raw.bySpeclint,
			replies: [],
			quote: ""
		};
		if (raw.date !== void 0) comment.date = raw.date;
		if (raw.start !== void 0) {
			const end = raw.end ?? raw.start;
			let from = end > raw.start ? startAt(raw.start) : pointAt(raw.start);
			let to = end > raw.start ? endAt(end) : from;
			if (from && to && (to.block.index < from.block.index || to.block === from.block && to.offset < from.offset)) to = from = pointAt(raw.start);
			if (from && to) {
				comment.start = from;
				comment.end = to;
				comment.quote = quoteBetween(from, to);
			}
		}
		return comment;
	});
	const indexById = new Map(comments.map((c, i) => [c.id, i]));
	review.comments.forEach((raw, i) => {
		const p = raw.parentId === void 0 ? void 0 : indexById.get(raw.parentId);
		if (p === void 0 || p >= i) return;
		const parent = comments[p];
		const comment = comments[i];
		comment.parent = parent;
		parent.replies.push(comment);
		if ((!comment.start || comment.quote === "") && parent.start) {
			comment.start = parent.start;
			comment.end = parent.end;
			comment.quote = parent.quote;
		}
	});
	const lines = extents.map((e) => ({
		first: positionAt(e.from).line,
		last: positionAt(e.to).line
	}));
	return {
		comments,
		trackedChanges: review.changes.map((raw) => {
			const change = {
				kind: raw.kind,
				line: raw.line,
				start: 0,
				end: 0,
				inBlock: false,
				text: raw.text
			};
			if (raw.author !== void 0) change.author = raw.author;
			if (raw.date !== void 0) change.date = raw.date;
			let lo = 0;
			let hi = extents.length;
			while (lo < hi) {
				const mid = lo + hi >> 1;
				if (lines[mid].last >= raw.line) hi = mid;
				else lo = mid + 1;
			}
			const e = extents[lo];
			if (e && lines[lo].first <= raw.line) {
				change.block = e.block;
				change.inBlock = true;
				change.start = textOffset(e.block, raw.start);
				change.end = Math.max(change.start, textOffset(e.block, raw.end));
			} else if (e) change.block = e.block;
			else if (extents.length > 0) {
				const last = extents[extents.length - 1].block;
				change.block = last;
				change.start = change.end = last.text.length;
			}
			return change;
		})
	};
}
// dist/src/core/typed-lists.js
/** "a) ", "(b) ", "c. ", "iv) ", "(ii) ": the brackets, the marker and the space after it. */
const MARKER = /^\s*(\(?)([a-z]|[ivx]{1,5})([.)])\s+(?=\S)/u;
/**
* A bullet typed before a paragraph's words, and the space after it: the usual
* glyphs, a hyphen or an en dash, and the private-use characters the Symbol and
* Wingdings fonts' bullets become when copied. Not "*" (a footnote's mark) nor
* "o" (a word) outside a run of them (SECOND_LEVEL_BULLET), nor an em dash (a
* quotation's attribution).
*/
const BULLET = /^\s*([•●▪■□◦○‣⁃∙·➢►▶✓✔\uf0a7\uf0b7\uf0d8\uf0fc–-])[ \t\u00a0]+(?=\S)/u;
/**
* Word's second-level bullet, a Courier "o", as it is pasted: a bullet only inside a run of
* typed bullets, one level below the run's first; outside a run, "o" is a word.
*/
const SECOND_LEVEL_BULLET = /^\s*(o)[ \t\u00a0]+(?=\S)/u;
function bulletOf(block, inRun = false) {
	if (block.kind !== "paragraph" || block.cell || block.boldOnly) return void 0;
	const m = BULLET.exec(block.text) ?? (inRun ? SECOND_LEVEL_BULLET.exec(block.text) : null);
	return m ? {
		length: m[0].length,
		glyph: m[1]
	} : void 0;
}
const ROMAN = {
	i: 1,
	v: 5,
	x: 10
};
/** The value of a lower-case roman numeral in its usual form, or undefined ("iiii", "vx" are not). */
function romanValue(numeral) {
	let total = 0;
	for (let i = 0; i < numeral.length; i++) {
		const value = ROMAN[numeral[i]];
		const next = ROMAN[numeral[i + 1] ?? ""] ?? 0;
		total += value < next ? -value : value;
	}
	return total > 0 && toRoman(total) === numeral ? total : void 0;
}
function toRoman(n) {
	const parts = [
		[10, "x"],
		[9, "ix"],
		[5, "v"],
		[4, "iv"],
		[1, "i"]
	];
	let out = "";
	for (const [value, numeral] of parts) while (n >= value) {
		out += numeral;
		n -= value;
	}
	return out;
}
function markerOf(block) {
	if (block.kind !== "paragraph" || block.cell || block.boldOnly) return void 0;
	const m = MARKER.exec(block.text);
	if (!m) return void 0;
	const [whole, open, mark, close] = m;
	if (open === "(" && close !== ")") return void 0;
	const letter = mark.length === 1 ? mark.charCodeAt(0) - 96 : void 0;
	const roman = romanValue(mark);
	if (letter === void 0 && roman === void 0) return void 0;
	return {
		length: whole.length,
		style: `${open}${close}`,
		...letter !== void 0 && { letter },
		...roman !== void 0 && { roman }
	};
}
/** Whether `next` follows `previous` in the list `kind` counts in. */
function follows(previous, next, kind) {
	if (previous.style !== next.style) return false;
	return kind === "letter" ? next.letter === previous.letter + 1 : next.roman === previous.roman + 1;
}
/** The spans of a text whose first `cut` characters are dropped. */
function dropSpans(spans, cut) {
	const out = [];
	for (const span of spans) {
		if (span.textStart + span.length <= cut) continue;
		if (span.textStart >= cut) {
			out.push({
				...span,
				textStart: span.textStart - cut
			});
			continue;
		}
		const inside = cut - span.textStart;
		out.push({
			...span,
			textStart: 0,
			length: span.length - inside,
			sourceStart: span.verbatim ? span.sourceStart + inside : span.sourceStart
		});
	}
	return out;
}
/** The blocks with typed bullets and typed runs made list items (readBullets, readOrderedRuns); other blocks as they are. */
function readTypedLists(blocks) {
	const out = blocks.slice();
	readBullets(out);
	readOrderedRuns(out);
	nestBulletsUnderTypedItems(out);
	return out;
}
/** A paragraph made a list item by its typed bullet (readBullets). */
const isTypedBullet = (block) => block.kind === "list-item" && block.typedMarker !== void 0 && block.list?.ordered === false;
const endsInColon = (block) => block.text.trimEnd().endsWith(":");
/**
* Each run of typed ordered items made list items, in place: ordered, one level
* below the item or list item they follow when it ends in a colon (their
* lead-in: "b) comply with the Act, which requires us to:" then "(i) ..."),
* otherwise at the top level (depth 1, as the loaders count). A run may resume
* after a run nested in it ("a) ...:", "(i)", "(ii)", "b) ..."), and stays open
* through the typed bullets under its last item.
*/
function readOrderedRuns(blocks) {
	const runs = [];
	/** The open runs, innermost last: a paragraph with no marker closes them all. */
	let open = [];
	blocks.forEach((block, index) => {
		const marker = markerOf(block);
		if (!marker) {
			if (isTypedBullet(block)) {
				const last = open.at(-1)?.items.at(-1);
				const between = last ? blocks.slice(last.index + 1, index) : [];
				if (last && endsInColon(blocks[last.index]) && between.every(isTypedBullet)) return;
			}
			open = [];
			return;
		}
		for (let k = open.length - 1; k >= 0; k--) {
			const run = open[k];
			if (follows(run.items.at(-1).marker, marker, run.kind)) {
				run.items.push({
					index,
					marker
				});
				open = open.slice(0, k + 1);
				return;
			}
		}
		const kind = marker.letter === 1 ? "letter" : marker.roman === 1 ? "roman" : void 0;
		if (!kind) {
			open = [];
			return;
		}
		const previous = open.at(-1);
		const leadIn = previous && previous.items.at(-1).index === index - 1 && endsInColon(blocks[index - 1]) ? previous : void 0;
		const run = {
			kind,
			items: [{
				index,
				marker
			}],
			...leadIn && { parent: leadIn }
		};
		runs.push(run);
		open = leadIn ? [...open, run] : [run];
	});
	const counts = (run) => run.items.length >= 2;
	const depthOf = (run) => {
		if (run.parent && counts(run.parent)) return depthOf(run.parent) + 1;
		const before = blocks[run.items[0].index - 1];
		return before?.kind === "list-item" && before.list && endsInColon(before) ? before.list.depth + 1 : 1;
	};
	const depths = new Map(runs.filter(counts).map((run) => [run, depthOf(run)]));
	for (const [run, depth] of depths) for (const { index, marker } of run.items) blocks[index] = asListItem(blocks[index], marker.length, true, depth);
}
/** Each run of typed bullets that follows a typed ordered item ending in a colon moved one level below that item, in place. */
function nestBulletsUnderTypedItems(blocks) {
	for (let start = 0; start < blocks.length; start++) {
		if (!isTypedBullet(blocks[start]) || start > 0 && isTypedBullet(blocks[start - 1])) continue;
		let end = start;
		while (end + 1 < blocks.length && isTypedBullet(blocks[end + 1])) end++;
		const before = blocks[start - 1];
		if (before?.typedMarker !== void 0 && before.list?.ordered && endsInColon(before)) {
			let shallowest = Infinity;
			for (let i = start; i <= end; i++) shallowest = Math.min(shallowest, blocks[i].list.depth);
			const shift = before.list.depth + 1 - shallowest;
			if (shift > 0) for (let i = start; i <= end; i++) blocks[i] = {
				...blocks[i],
				list: {
					ordered: false,
					depth: blocks[i].list.depth + shift
				}
			};
		}
		start = end;
	}
}
/** A block made a list item, its typed marker of `cut` characters taken out of its text. */
function asListItem(block, cut, ordered, depth) {
	return {
		...block,
		kind: "list-item",
		text: block.text.slice(cut),
		spans: dropSpans(block.spans, cut),
		typedMarker: block.text.slice(0, cut),
		list: {
			ordered,
			depth
		}
	};
}
/**
* Each paragraph that opens with a typed bullet made an unordered list item, in
* place. A run of them starts at depth 1, or one below the list item before it
* when that ends in a colon; within the run a new bullet after an item ending in
* a colon goes one level deeper, and a bullet already used further out returns
* to that level.
*/
function readBullets(blocks) {
	/** The bullets of the open run, outermost first, with their depths. */
	let levels = [];
	blocks.forEach((block, index) => {
		const bullet = bulletOf(block, levels.length > 0);
		if (!bullet) {
			levels = [];
			return;
		}
		const before = blocks[index - 1];
		const afterColon = before !== void 0 && endsInColon(before);
		const at = levels.findIndex((level) => level.glyph === bullet.glyph);
		let depth;
		if (bullet.glyph === "o" && at < 0) {
			depth = levels[0].depth + 1;
			levels = [levels[0], {
				glyph: "o",
				depth
			}];
		} else if (levels.length === 0) {
			depth = afterColon && before.kind === "list-item" && before.list ? before.list.depth + 1 : 1;
			levels = [{
				glyph: bullet.glyph,
				depth
			}];
		} else if (at >= 0) {
			levels = levels.slice(0, at + 1);
			depth = levels[at].depth;
		} else if (afterColon) {
			depth = levels.at(-1).depth + 1;
			levels.push({
				glyph: bullet.glyph,
				depth
			});
		} else {
			depth = levels.at(-1).depth;
			levels[levels.length - 1] = {
				glyph: bullet.glyph,
				depth
			};
		}
		blocks[index] = asListItem(block, bullet.length, false, depth);
	});
}
// dist/src/core/build-document.js
const NUMBERED_HEADING = /^((?:\d{1,2}\.)*\d{1,2})\.?\s+(\S.*)$/su;
const MAX_PSEUDO_HEADING_CHARS = 90;
const MAX_PSEUDO_HEADING_WORDS = 12;
const MAX_COLON_HEADING_WORDS = 5;
/** Lines a template may put above the title: an appendix or schedule label, a protective marking. */
const MAX_LABELS_ABOVE_TITLE = 3;
const MAX_LABEL_WORDS = 6;
/** Splits "3.2 Service description" into its number and title. */
function splitHeadingNumber(text) {
	const m = NUMBERED_HEADING.exec(text);
	return m ? {
		number: m[1],
		title: m[2].trim()
	} : { title: text };
}
/** Short, starts with a capital, and does not read as a sentence. */
function looksLikeHeadingText(text) {
	if (text.length === 0 || text.length > MAX_PSEUDO_HEADING_CHARS) return false;
	if (/[.;,]$/.test(text)) return false;
	const words = text.split(/\s+/).length;
	if (words > MAX_PSEUDO_HEADING_WORDS) return false;
	if (text.endsWith(":") && words > MAX_COLON_HEADING_WORDS) return false;
	return /^[\p{Lu}\p{N}]/u.test(text);
}
const labelNumber = (label) => /^((?:\d{1,2}\.)*\d{1,2})[.)]?$/.exec(label.trim())?.[1];
function guessHeading(raw, headings) {
	const text = raw.text.trim();
	const numbered = raw.label !== void 0 ? labelNumber(raw.label) : void 0;
	if (raw.kind === "heading") return numbered ? {
		source: "heading",
		level: raw.level ?? 1,
		number: numbered,
		title: text
	} : {
		source: "heading",
		level: raw.level ?? 1,
		...splitHeadingNumber(text)
	};
	if (raw.singleItemListStart !== void 0 && looksLikeHeadingText(text)) return {
		source: "single-item-list",
		number: String(raw.singleItemListStart),
		title: text
	};
	if (raw.kind === "list-item" && numbered && raw.boldOnly && looksLikeHeadingText(text)) return {
		source: "numbered-paragraph",
		number: numbered,
		title: text
	};
	if (raw.kind === "table-cell" && raw.cell && !raw.cell.isHeader && raw.boldOnly && looksLikeHeadingText(text)) {
		const { number, title } = splitHeadingNumber(text);
		if (number !== void 0 || classify(title, headings)) return {
			source: "bold-paragraph",
			number,
			title
		};
		return;
	}
	if (raw.kind !== "paragraph") return void 0;
	const { number, title } = splitHeadingNumber(text);
	if (raw.boldOnly && looksLikeHeadingText(text)) return {
		source: "bold-paragraph",
		number,
		title
	};
	if (number !== void 0 && number.includes(".") && looksLikeHeadingText(text)) return {
		source: "numbered-paragraph",
		number,
		title
	};
}
const numberDepth = (n) => n.split(".").length;
/** Words a column name has at most ("Reporting frequency", "Target 2027/28"). */
const MAX_COLUMN_NAME_WORDS = 6;
/**
* Table rows of bold column names ("Indicator | Target | Frequency" in bold) in a table that marks
* no header row in Word: the first row, or the first two (a title row above the names), when
* every cell is bold and short, none a sentence, a bare number or a numbered title ("1" |
* "Population Needs" is a template laid out as a table), and rows follow them. Keys are
* "table:row" of the raw blocks.
*/
function columnNameRows(blocks) {
	const rows = /* @__PURE__ */ new Map();
	/** Tables with a marked header row (their authors said which rows are names), and how many rows each has. */
	const marked = /* @__PURE__ */ new Set();
	const rowCount = /* @__PURE__ */ new Map();
	for (const rb of blocks) {
		if (!rb.cell) continue;
		if (rb.cell.isHeader) marked.add(rb.cell.table);
		rowCount.set(rb.cell.table, Math.max(rowCount.get(rb.cell.table) ?? 0, (rb.cell.lastRow ?? rb.cell.row) + 1));
		const text = rb.text.trim();
		if (text === "" || rb.cell.row > 1) continue;
		const key = `${rb.cell.table}:${rb.cell.row}`;
		const row = rows.get(key) ?? {
			columns: /* @__PURE__ */ new Set(),
			names: true
		};
		row.columns.add(rb.cell.column);
		row.names &&= rb.boldOnly === true && text.split(/\s+/u).length <= MAX_COLUMN_NAME_WORDS && !/[.;:!?]$/u.test(text) && !/^[\d.]+$/u.test(text) && splitHeadingNumber(text).number === void 0;
		rows.set(key, row);
	}
	const names = (table, row) => {
		const found = rows.get(`${table}:${row}`);
		return found !== void 0 && found.names && found.columns.size >= 2;
	};
	const out = /* @__PURE__ */ new Set();
	for (const [table, count] of rowCount) {
		if (marked.has(table) || !names(table, 0) || count < 2) continue;
		out.add(`${table}:0`);
		if (names(table, 1) && count > 2) out.add(`${table}:1`);
	}
	return out;
}
/**
* The column names, from the header rows the table starts with: each column's names from the top
* down, a name over several columns (Word's gridSpan) in each of them and one merged down said once
* ("Target" above "2027/28" and "2028/29" names "Target 2027/28" and "Target 2028/29"). Every column
* has a name, '' when none.
*/
function setHeader(table, spans) {
	let last = -1;
	while (last + 1 < table.rows.length && table.rows[last + 1].length > 0 && table.rows[last + 1].every((c) => c.cell.isHeader)) last++;
	if (last < 0) return;
	let columns = 0;
	for (const row of table.rows) for (const c of row) columns = Math.max(columns, c.cell.column + (spans.get(c) ?? 1));
	const names = Array.from({ length: columns }, () => []);
	for (let row = 0; row <= last; row++) for (const cell of table.rows[row]) {
		const from = cell.cell.column;
		for (let column = from; column < from + (spans.get(cell) ?? 1); column++) if (!names[column].includes(cell)) names[column].push(cell);
	}
	table.header = names.map((cells) => cells.map((c) => c.text.trim()).filter((t) => t !== "").join(" "));
	table.headerRow = last;
}
function lineStarts(source) {
	const starts = [0];
	for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
	return starts;
}
function makePositionAt(source) {
	const starts = lineStarts(source);
	return (offset) => {
		const o = Math.max(0, Math.min(offset, source.length));
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = lo + hi + 1 >> 1;
			if (starts[mid] <= o) lo = mid;
			else hi = mid - 1;
		}
		return {
			line: lo + 1,
			column: o - starts[lo] + 1
		};
	};
}
/**
* The kind a heading names: that of its longest phrase. A heading whose longest phrase
* names something else (`other`) has no kind of its own inside a section of a kind, and
* takes its parent's; at the top level, its next-longest phrase decides ("NHS Outcomes
* Framework indicators" is outcomes).
*/
function classify(title, headings, parentKind = "other") {
	const named = kindsNamed(title, headings);
	if (named[0]?.kind !== "other") return named[0]?.kind;
	return parentKind !== "other" ? void 0 : named.find((k) => k.kind !== "other")?.kind;
}
/** Words that join the phrases of a section's name ("Population needs and evidence base"). */
const JOINING_WORDS = /* @__PURE__ */ new Set([
	"and",
	"the",
	"of",
	"for",
	"to",
	"in",
	"a",
	"an"
]);
/**
* Whether a heading is nothing but section names (and its number): every word it has beyond
* joining words is inside a section-headings phrase of some kind ("1. Population needs",
* "Population needs and evidence base"), none left over ("Health Inequalities Project Fund").
*/
function isWhollySectionName(title, headings) {
	const text = splitHeadingNumber(title.trim()).title;
	const phrases = headings.find(text).filter((m) => m.tag && m.tag !== "other");
	if (phrases.length === 0) return false;
	let rest = "";
	let at = 0;
	for (const m of [...phrases].sort((a, b) => a.start - b.start)) {
		if (m.start > at) rest += ` ${text.slice(at, m.start)}`;
		at = Math.max(at, m.end);
	}
	rest += ` ${text.slice(at)}`;
	return (rest.toLowerCase().match(/\p{L}+/gu) ?? []).every((word) => JOINING_WORDS.has(word));
}
/** Takes the kind a title's words gave it away from it and from the sections that inherited it. */
function untitle(title) {
	title.ownKind = void 0;
	const inherit = (section, parentKind) => {
		section.kind = section.ownKind ?? parentKind;
		for (const child of section.children) inherit(child, section.kind);
	};
	inherit(title, "other");
}
function buildDocument(raw, options) {
	let nextSectionId = 0;
	const root = {
		id: nextSectionId++,
		headingText: "",
		title: "",
		level: 0,
		kind: "other",
		children: [],
		blocks: []
	};
	const sections = [root];
	const blocks = [];
	const tables = [];
	const tableByRawIndex = /* @__PURE__ */ new Map();
	let levelOffset = 1;
	for (const rb of raw.blocks) {
		if (rb.kind !== "heading") continue;
		const { number } = splitHeadingNumber(rb.text.trim());
		if (number) {
			levelOffset = Math.max(0, (rb.level ?? 1) - numberDepth(number));
			break;
		}
	}
	let current = root;
	let previousHeading;
	let firstSection;
	const columnNames = columnNameRows(raw.blocks);
	/** Cells merged across columns, and how many each covers (for the column names). */
	const spans = /* @__PURE__ */ new Map();
	for (const rb of readTypedLists(raw.blocks)) {
		if (rb.text.trim() === "") continue;
		if (rb.cell && !rb.cell.isHeader && columnNames.has(`${rb.cell.table}:${rb.cell.row}`)) rb.cell = {
			...rb.cell,
			isHeader: true
		};
		const guess = guessHeading(rb, options.sectionHeadings);
		const placeholders = options.placeholders ? findPlaceholders(rb.text, options.placeholders) : [];
		const text = blankPlaceholders(rb.text, placeholders);
		const block = {
			index: blocks.length,
			kind: guess ? "heading" : rb.kind,
			text,
			written: rb.text,
			placeholders,
			spans: rb.spans,
			section: current,
			sentences: []
		};
		if (rb.list) block.list = rb.list;
		if (rb.typedMarker !== void 0) block.typedMarker = rb.typedMarker;
		if (guess) {
			let level;
			if (guess.level !== void 0) level = guess.level;
			else if (guess.number !== void 0) level = numberDepth(guess.number) + levelOffset;
			else if (previousHeading?.headingSource === "bold-paragraph" && previousHeading.section === current && current.number === void 0) level = current.level;
			else level = current.level + 1;
			level = Math.max(1, level);
			block.level = level;
			block.headingSource = guess.source;
			while (current.level >= level && current.parent) current = current.parent;
			const ownKind = classify(guess.title, options.sectionHeadings, current === firstSection ? "other" : current.kind);
			const section = {
				id: nextSectionId++,
				heading: block,
				headingText: (guess.source === "single-item-list" ? `${guess.number}. ${guess.title}` : rb.label !== void 0 && rb.kind !== "table-cell" ? `${rb.label} ${rb.text.trim()}` : rb.text.trim()).replace(/\s+/g, " "),
				title: guess.title,
				number: guess.number,
				level,
				ownKind,
				kind: ownKind ?? (current.kind !== "other" ? current.kind : "other"),
				parent: current,
				children: [],
				blocks: []
			};
			current.children.push(section);
			sections.push(section);
			firstSection ??= section;
			current = section;
			block.section = section;
			previousHeading = block;
		} else {
			current.blocks.push(block);
			for (const s of splitSentences(placeholders.length > 0 ? blankPlaceholders(rb.text, placeholders, "X") : text)) block.sentences.push({
				block,
				text: text.slice(s.start, s.end),
				start: s.start,
				end: s.end
			});
		}
		if (rb.cell) {
			let table = tableByRawIndex.get(rb.cell.table);
			if (!table) {
				table = {
					index: tables.length,
					section: current,
					header: [],
					rows: []
				};
				tableByRawIndex.set(rb.cell.table, table);
				tables.push(table);
			}
			block.cell = {
				table,
				row: rb.cell.row,
				column: rb.cell.column,
				isHeader: rb.cell.isHeader
			};
			if ((rb.cell.span ?? 1) > 1) spans.set(block, rb.cell.span);
			const lastRow = Math.max(rb.cell.row, rb.cell.lastRow ?? rb.cell.row);
			while (table.rows.length <= lastRow) table.rows.push([]);
			for (let row = rb.cell.row; row <= lastRow; row++) table.rows[row].push(block);
		}
		blocks.push(block);
	}
	for (const table of tables) {
		for (const row of table.rows) if (row.some((c, i) => i > 0 && c.cell.column < row[i - 1].cell.column)) row.sort((a, b) => a.cell.column - b.cell.column || a.index - b.index);
		setHeader(table, spans);
	}
	const positionAt = makePositionAt(raw.source);
	const firstHeading = blocks.find((b) => b.kind === "heading");
	const above = firstHeading ? blocks.slice(0, firstHeading.index) : [];
	const labelled = above.length <= MAX_LABELS_ABOVE_TITLE && above.every((b) => b.kind === "paragraph" && !b.cell && b.text.trim().split(/\s+/).length <= MAX_LABEL_WORDS) && firstHeading?.section.ownKind === void 0;
	const onlyAtItsLevel = firstHeading !== void 0 && sections.every((s) => s === root || s === firstHeading.section || s.level > firstHeading.section.level);
	const namesSection = (section) => {
		const longest = section.ownKind === void 0 ? void 0 : kindsNamed(section.title, options.sectionHeadings)[0];
		return longest !== void 0 && longest.length * 2 >= section.title.trim().length;
	};
	let title = firstHeading && !splitHeadingNumber(firstHeading.text.trim()).number && (above.length === 0 || labelled) && (!namesSection(firstHeading.section) || onlyAtItsLevel) ? firstHeading : void 0;
	const titleKind = title?.section.ownKind;
	if (title && titleKind && sections.some((s) => s.ownKind !== void 0 && s.ownKind !== titleKind)) {
		if (isWhollySectionName(title.section.title, options.sectionHeadings)) title = void 0;
		else untitle(title.section);
	}
	return {
		format: raw.format,
		source: raw.source,
		blocks,
		root,
		sections,
		tables,
		title,
		...resolveReview(raw.review, blocks, positionAt),
		positionAt
	};
}
// dist/src/loaders/markdown-chunks.js
/**
* Where a Markdown document can be cut into pieces that parse exactly as they
* do in the whole, so that an editor re-parses only the piece being typed in.
*
* A cut goes before a line that follows a blank line and that no earlier
* construct can reach into:
*  - not inside a fenced code block (whose content may hold blank lines), nor
*    inside an HTML block that ends at a marker rather than at a blank line
*    (`<!--`, `<script>`, `<?`, `<!DOCTYPE`, `<![CDATA[`);
*  - the line starts at column 0 with no list marker: an indented line may
*    continue a list item or indented code, and a marker may continue a list.
* A document that may hold link reference or footnote definitions (any "]:")
* is not cut at all, since a definition anywhere, even inside a list or a
* quote, changes how references everywhere read. Where
* telling a fence from its surroundings would need the full parser (a fence
* inside an HTML block or a list item), no cut is made from there on.
*
* Cuts are chosen from the content alone (before headings, and before lines
* whose text hashes to 0 mod 8, once a piece is long enough), so typing in one
* place leaves the cuts elsewhere where they were.
*/
/** A piece shorter than this is not cut except before a heading. */
const MIN_PIECE_CHARS = 1024;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A fence's run of backticks or tildes; the rest of the line is taken by slicing (a `(.*)$` group backtracks into the run). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
function fenceAt(line) {
	const m = FENCE.exec(line);
	return m ? {
		char: m[1][0],
		length: m[1].length,
		rest: line.slice(m[0].length)
	} : void 0;
}
/** Only spaces and tabs count as blank or as trailing space in CommonMark (a no-break space does not). */
const SPACES_ONLY = /^[ \t]*$/;
/**
* HTML blocks that a blank line does not end (CommonMark types 1 to 5), with
* what ends each: type 1 (script, pre, style, textarea) ends at any of the
* four end tags, in any case. As markdown-it reads them: any white space after
* the tag name starts one (a no-break space too, where CommonMark says space or
* tab).
*/
function htmlBlockEnd(line) {
	const m = /^ {0,3}<(!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=\s|>|$))/i.exec(line);
	if (!m) return void 0;
	const opener = m[1].toLowerCase();
	if (opener === "!--") return /-->/;
	if (opener === "?") return /\?>/;
	if (opener === "![cdata[") return /\]\]>/;
	if (opener.startsWith("!")) return />/;
	return /<\/(?:script|pre|style|textarea)>/i;
}
/** A small string hash (FNV-1a), for content-defined cuts. */
function hash(text) {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return h >>> 0;
}
/** chunkStarts, with the table heads of pieces cut inside a table. */
function markdownPieces(text) {
	const starts = [0];
	let pieceStart = 0;
	for (const { offset, heading, line } of safeCuts(text)) if (heading || offset - pieceStart >= MIN_PIECE_CHARS && hash(line) % 8 === 0) {
		starts.push(offset);
		pieceStart = offset;
	}
	return boundPieces(text, starts);
}
/**
* Longest line parsed in one piece. Set when micromark parsed (it held about
* 300 bytes per character of a long paragraph: 1 MB on one line peaked at
* 335 MB, 45 MB ran out of memory); markdown-it needs far less, and the bound
* is kept so that no parser's memory grows with a line's length.
*/
const MAX_LINE_CHARS = 32768;
/**
* Longest piece parsed at once. A GFM table was the costliest block for
* micromark to parse (measured: a 562 KB table of 2,000 rows peaked at 470 MB,
* about 800 bytes a character), a paragraph of short lines about 110 bytes a
* character; kept as a bound for the same reason.
*/
const MAX_PIECE_CHARS = 65536;
/**
* In a document with link or footnote definitions (never cut otherwise), a
* forced cut can leave a reference apart from its definition, so such a
* document is cut only past this length.
*/
const MAX_PIECE_CHARS_WITH_DEFINITIONS = 262144;
/**
* `starts` with forced cuts added wherever a piece would be longer than
* MAX_PIECE_CHARS or hold a line longer than MAX_LINE_CHARS. Only text no
* specification has (a paragraph of thousands of words) is cut this way, and
* it then reads as several paragraphs: an inline construct that spans a cut
* (bold, a link) shows as plain text, and a cut inside a fenced block or list
* reads the rest of the piece as a paragraph. A long table is cut between
* rows, and each piece is read after the table's header (see Pieces), so it
* stays one table. Cuts depend only on the content from the piece's start, so
* an editor and the CLI cut alike.
*/
function boundPieces(text, starts) {
	const out = [];
	const tableHeads = /* @__PURE__ */ new Map();
	const forced = /* @__PURE__ */ new Set();
	const maxPiece = text.includes("]:") ? MAX_PIECE_CHARS_WITH_DEFINITIONS : MAX_PIECE_CHARS;
	starts.forEach((start, i) => {
		const end = starts[i + 1] ?? text.length;
		out.push(start);
		if (end - start > 32768) {
			const cuts = forcedCuts(text, start, end, maxPiece, tableHeads);
			out.push(...cuts);
			for (const cut of cuts) forced.add(cut);
		}
	});
	return {
		starts: out,
		tableHeads,
		forced
	};
}
/**
* For a document read once (no editor keeping its pieces): the pieces joined
* again across the cuts where they parse as the whole does, up to
* MAX_PIECE_CHARS each, so a 35 KB specification is parsed in two pieces, not
* thirty. Each parse has a fixed cost (the parser's and the tree builder's
* set-up, which V8 even optimises once it has run a few hundred times), and
* the joined pieces read exactly as the cut ones do. Forced cuts are kept as
* they are, and a piece that starts at one is not extended, so what they
* change is changed alike.
*/
function joinPieces({ starts, forced }, length) {
	const out = [];
	starts.forEach((start, i) => {
		const end = starts[i + 1] ?? length;
		const current = out.at(-1);
		if (!(current !== void 0 && !forced.has(current) && !forced.has(start) && end - current <= 65536)) out.push(start);
	});
	return out;
}
const isLetter$1 = (text, i) => {
	const c = text.charCodeAt(i);
	if (c >= 65 && c <= 90 || c >= 97 && c <= 122) return true;
	return c > 127 && /\p{L}/u.test(text[i]);
};
const isBlank = (c) => c === 32 || c === 9;
/** Cuts inside [start, end) so that no piece holds too long a line or is too long. */
function forcedCuts(text, start, end, maxPiece, tableHeads) {
	const cuts = [];
	let pieceStart = start;
	/** The latest line start in this piece that begins with a letter: a paragraph starts there. */
	let letterLine = -1;
	/** The previous line, and the header and delimiter rows of the table this line is in, if any. */
	let previous = {
		start: -1,
		text: ""
	};
	let tableHead;
	const lineEnd = /\r\n?|\n/g;
	for (let line = start; line < end;) {
		lineEnd.lastIndex = line;
		const m = lineEnd.exec(text);
		const lineStop = m && m.index < end ? m.index : end;
		const next = m && m.index < end ? m.index + m[0].length : end;
		if (line > pieceStart && isLetter$1(text, line)) letterLine = line;
		const content = lineStop - line <= 32768 ? text.slice(line, lineStop) : "";
		if (SPACES_ONLY.test(content) && lineStop - line <= 32768) tableHead = void 0;
		else if (!tableHead && isDelimiterRow(content) && previous.text.includes("|")) tableHead = text.slice(previous.start, next);
		for (let from = Math.max(line, pieceStart); lineStop - from > MAX_LINE_CHARS; from = pieceStart) {
			pieceStart = cutInLine(text, from, from + MAX_LINE_CHARS);
			cuts.push(pieceStart);
			letterLine = -1;
			tableHead = void 0;
		}
		if (next - pieceStart > maxPiece && line > pieceStart) {
			pieceStart = tableHead && !isDelimiterRow(content) ? line : letterLine > pieceStart ? letterLine : line;
			cuts.push(pieceStart);
			if (tableHead && pieceStart === line) tableHeads.set(line, tableHead.endsWith("\n") || tableHead.endsWith("\r") ? tableHead : `${tableHead}\n`);
			letterLine = -1;
		}
		previous = {
			start: line,
			text: content
		};
		line = next;
	}
	return cuts;
}
/** A GFM table's delimiter row, roughly (`| --- | :-: |`): only pipes, dashes, colons and spaces. */
function isDelimiterRow(line) {
	return line.includes("-") && /^[ \t|:-]+$/.test(line);
}
/**
* Where to cut a long line, at or before `limit` and past the middle of
* [from, limit]: before a letter that starts a sentence, else before any
* word, else anywhere (never inside a surrogate pair). A piece that starts
* with a letter is a paragraph, not a list, heading or code.
*/
function cutInLine(text, from, limit) {
	const floor = from + (limit - from >> 1);
	let word = -1;
	for (let c = limit; c > floor; c--) {
		if (!isBlank(text.charCodeAt(c - 1)) || !isLetter$1(text, c)) continue;
		let before = c - 1;
		while (before > from && isBlank(text.charCodeAt(before))) before--;
		if (".!?)\"'’”".includes(text[before])) return c;
		if (word === -1) word = c;
	}
	if (word !== -1) return word;
	const low = text.charCodeAt(limit);
	return low >= 56320 && low <= 57343 ? limit - 1 : limit;
}
/** Every place the document could be cut (see above), in order. */
function* safeCuts(text) {
	if (text.includes("]:") || text.startsWith("﻿")) return;
	let fence;
	let htmlEnd;
	/** Since the last blank line, a line began with a tag: raw HTML or a paragraph, until a blank line. */
	let tagged = false;
	let previousBlank = false;
	const lineEnd = /\r\n?|\n/g;
	for (let offset = 0; offset < text.length;) {
		lineEnd.lastIndex = offset;
		const end = lineEnd.exec(text);
		const next = end ? end.index + end[0].length : text.length;
		const line = text.slice(offset, end ? end.index : text.length);
		const blank = SPACES_ONLY.test(line);
		const cuttable = !/^[ \t\uFEFF]/.test(line) && !LIST_MARKER.test(line);
		if (!fence && !htmlEnd && previousBlank && !blank && offset > 0 && cuttable) yield {
			offset,
			heading: line.startsWith("#"),
			line
		};
		if (fence) {
			const close = fenceAt(line);
			if (close && close.char === fence.char && close.length >= fence.length && SPACES_ONLY.test(close.rest)) fence = void 0;
		} else if (htmlEnd) {
			if (htmlEnd.test(line)) htmlEnd = void 0;
		} else {
			const open = fenceAt(line);
			if (open && !(open.char === "`" && open.rest.includes("`"))) {
				if (tagged || line.startsWith(" ")) return;
				fence = {
					char: open.char,
					length: open.length
				};
			} else {
				const end = htmlBlockEnd(line);
				if (end && (tagged || line.startsWith(" "))) return;
				if (end && !end.test(line.slice(line.indexOf("<") + 1))) htmlEnd = end;
				else if (/^ {0,3}<\/?[A-Za-z]/.test(line)) tagged = true;
			}
		}
		if (blank) tagged = false;
		previousBlank = blank;
		offset = next;
	}
}
// node_modules/mdurl/lib/decode.mjs
const decodeCache = {};
function getDecodeCache(exclude) {
	let cache = decodeCache[exclude];
	if (cache) return cache;
	cache = decodeCache[exclude] = [];
	for (let i = 0; i < 128; i++) {
		const ch = String.fromCharCode(i);
		cache.push(ch);
	}
	for (let i = 0; i < exclude.length; i++) {
		const ch = exclude.charCodeAt(i);
		cache[ch] = "%" + ("0" + ch.toString(16).toUpperCase()).slice(-2);
	}
	return cache;
}
function decode(string, exclude) {
	if (typeof exclude !== "string") exclude = decode.defaultChars;
	const cache = getDecodeCache(exclude);
	return string.replace(/(%[a-f0-9]{2})+/gi, function(seq) {
		let result = "";
		for (let i = 0, l = seq.length; i < l; i += 3) {
			const b1 = parseInt(seq.slice(i + 1, i + 3), 16);
			if (b1 < 128) {
				result += cache[b1];
				continue;
			}
			if ((b1 & 224) === 192 && i + 3 < l) {
				const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
				if ((b2 & 192) === 128) {
					const chr = b1 << 6 & 1984 | b2 & 63;
					if (chr < 128) result += "��";
					else result += String.fromCharCode(chr);
					i += 3;
					continue;
				}
			}
			if ((b1 & 240) === 224 && i + 6 < l) {
				const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
				const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
				if ((b2 & 192) === 128 && (b3 & 192) === 128) {
					const chr = b1 << 12 & 61440 | b2 << 6 & 4032 | b3 & 63;
					if (chr < 2048 || chr >= 55296 && chr <= 57343) result += "���";
					else result += String.fromCharCode(chr);
					i += 6;
					continue;
				}
			}
			if ((b1 & 248) === 240 && i + 9 < l) {
				const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
				const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
				const b4 = parseInt(seq.slice(i + 10, i + 12), 16);
				if ((b2 & 192) === 128 && (b3 & 192) === 128 && (b4 & 192) === 128) {
					let chr = b1 << 18 & 1835008 | b2 << 12 & 258048 | b3 << 6 & 4032 | b4 & 63;
					if (chr < 65536 || chr > 1114111) result += "����";
					else {
						chr -= 65536;
						result += String.fromCharCode(55296 + (chr >> 10), 56320 + (chr & 1023));
					}
					i += 9;
					continue;
				}
			}
			result += "�";
		}
		return result;
	});
}
decode.defaultChars = ";/?:@&=+$,#";
decode.componentChars = "";
// node_modules/mdurl/lib/encode.mjs
const encodeCache = {};
function getEncodeCache(exclude) {
	let cache = encodeCache[exclude];
	if (cache) return cache;
	cache = encodeCache[exclude] = [];
	for (let i = 0; i < 128; i++) {
		const ch = String.fromCharCode(i);
		if (/^[0-9a-z]$/i.test(ch)) cache.push(ch);
		else cache.push("%" + ("0" + i.toString(16).toUpperCase()).slice(-2));
	}
	for (let i = 0; i < exclude.length; i++) cache[exclude.charCodeAt(i)] = exclude[i];
	return cache;
}
function encode(string, exclude, keepEscaped) {
	if (typeof exclude !== "string") {
		keepEscaped = exclude;
		exclude = encode.defaultChars;
	}
	if (typeof keepEscaped === "undefined") keepEscaped = true;
	const cache = getEncodeCache(exclude);
	let result = "";
	for (let i = 0, l = string.length; i < l; i++) {
		const code = string.charCodeAt(i);
		if (keepEscaped && code === 37 && i + 2 < l) {
			if (/^[0-9a-f]{2}$/i.test(string.slice(i + 1, i + 3))) {
				result += string.slice(i, i + 3);
				i += 2;
				continue;
			}
		}
		if (code < 128) {
			result += cache[code];
			continue;
		}
		if (code >= 55296 && code <= 57343) {
			if (code >= 55296 && code <= 56319 && i + 1 < l) {
				const nextCode = string.charCodeAt(i + 1);
				if (nextCode >= 56320 && nextCode <= 57343) {
					result += encodeURIComponent(string[i] + string[i + 1]);
					i++;
					continue;
				}
			}
			result += "%EF%BF%BD";
			continue;
		}
		result += encodeURIComponent(string[i]);
	}
	return result;
}
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
// node_modules/mdurl/lib/format.mjs
function format(url) {
	let result = "";
	result += url.protocol || "";
	result += url.slashes ? "//" : "";
	result += url.auth ? url.auth + "@" : "";
	if (url.hostname && url.hostname.indexOf(":") !== -1) result += "[" + url.hostname + "]";
	else result += url.hostname || "";
	result += url.port ? ":" + url.port : "";
	result += url.pathname || "";
	result += url.search || "";
	result += url.hash || "";
	return result;
}
// node_modules/mdurl/lib/parse.mjs
function Url() {
	this.protocol = null;
	this.slashes = null;
	this.auth = null;
	this.port = null;
	this.hostname = null;
	this.hash = null;
	this.search = null;
	this.pathname = null;
}
const protocolPattern = /^([a-z0-9.+-]+:)/i;
const portPattern = /:[0-9]*$/;
const simplePathPattern = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
const unwise = [
	"{",
	"}",
	"|",
	"\\",
	"^",
	"`"
].concat([
	"<",
	">",
	"\"",
	"`",
	" ",
	"\r",
	"\n",
	"	"
]);
const autoEscape = ["'"].concat(unwise);
const nonHostChars = [
	"%",
	"/",
	"?",
	";",
	"#"
].concat(autoEscape);
const hostEndingChars = [
	"/",
	"?",
	"#"
];
const hostnameMaxLen = 255;
const hostnamePartPattern = /^[+a-z0-9A-Z_-]{0,63}$/;
const hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
const hostlessProtocol = {
	javascript: true,
	"javascript:": true
};
const slashedProtocol = {
	http: true,
	https: true,
	ftp: true,
	gopher: true,
	file: true,
	"http:": true,
	"https:": true,
	"ftp:": true,
	"gopher:": true,
	"file:": true
};
function urlParse(url, slashesDenoteHost) {
	if (url && url instanceof Url) return url;
	const u = new Url();
	u.parse(url, slashesDenoteHost);
	return u;
}
Url.prototype.parse = function(url, slashesDenoteHost) {
	let lowerProto, hec, slashes;
	let rest = url;
	rest = rest.trim();
	if (!slashesDenoteHost && url.split("#").length === 1) {
		const simplePath = simplePathPattern.exec(rest);
		if (simplePath) {
			this.pathname = simplePath[1];
			if (simplePath[2]) this.search = simplePath[2];
			return this;
		}
	}
	let proto = protocolPattern.exec(rest);
	if (proto) {
		proto = proto[0];
		lowerProto = proto.toLowerCase();
		this.protocol = proto;
		rest = rest.substr(proto.length);
	}
	if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
		slashes = rest.substr(0, 2) === "//";
		if (slashes && !(proto && hostlessProtocol[proto])) {
			rest = rest.substr(2);
			this.slashes = true;
		}
	}
	if (!hostlessProtocol[proto] && (slashes || proto && !slashedProtocol[proto])) {
		let hostEnd = -1;
		for (let i = 0; i < hostEndingChars.length; i++) {
			hec = rest.indexOf(hostEndingChars[i]);
			if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) hostEnd = hec;
		}
		let auth, atSign;
		if (hostEnd === -1) atSign = rest.lastIndexOf("@");
		else atSign = rest.lastIndexOf("@", hostEnd);
		if (atSign !== -1) {
			auth = rest.slice(0, atSign);
			rest = rest.slice(atSign + 1);
			this.auth = auth;
		}
		hostEnd = -1;
		for (let i = 0; i < nonHostChars.length; i++) {
			hec = rest.indexOf(nonHostChars[i]);
			if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) hostEnd = hec;
		}
		if (hostEnd === -1) hostEnd = rest.length;
		if (rest[hostEnd - 1] === ":") hostEnd--;
		const host = rest.slice(0, hostEnd);
		rest = rest.slice(hostEnd);
		this.parseHost(host);
		this.hostname = this.hostname || "";
		const ipv6Hostname = this.hostname[0] === "[" && this.hostname[this.hostname.length - 1] === "]";
		if (!ipv6Hostname) {
			const hostparts = this.hostname.split(/\./);
			for (let i = 0, l = hostparts.length; i < l; i++) {
				const part = hostparts[i];
				if (!part) continue;
				if (!part.match(hostnamePartPattern)) {
					let newpart = "";
					for (let j = 0, k = part.length; j < k; j++) if (part.charCodeAt(j) > 127) newpart += "x";
					else newpart += part[j];
					if (!newpart.match(hostnamePartPattern)) {
						const validParts = hostparts.slice(0, i);
						const notHost = hostparts.slice(i + 1);
						const bit = part.match(hostnamePartStart);
						if (bit) {
							validParts.push(bit[1]);
							notHost.unshift(bit[2]);
						}
						if (notHost.length) rest = notHost.join(".") + rest;
						this.hostname = validParts.join(".");
						break;
					}
				}
			}
		}
		if (this.hostname.length > hostnameMaxLen) this.hostname = "";
		if (ipv6Hostname) this.hostname = this.hostname.substr(1, this.hostname.length - 2);
	}
	const hash = rest.indexOf("#");
	if (hash !== -1) {
		this.hash = rest.substr(hash);
		rest = rest.slice(0, hash);
	}
	const qm = rest.indexOf("?");
	if (qm !== -1) {
		this.search = rest.substr(qm);
		rest = rest.slice(0, qm);
	}
	if (rest) this.pathname = rest;
	if (slashedProtocol[lowerProto] && this.hostname && !this.pathname) this.pathname = "";
	return this;
};
Url.prototype.parseHost = function(host) {
	let port = portPattern.exec(host);
	if (port) {
		port = port[0];
		if (port !== ":") this.port = port.substr(1);
		host = host.substr(0, host.length - port.length);
	}
	if (host) this.hostname = host;
};
// node_modules/mdurl/index.mjs
var mdurl_exports = /* @__PURE__ */ __exportAll$1({
	decode: () => decode,
	encode: () => encode,
	format: () => format,
	parse: () => urlParse
});
// node_modules/uc.micro/build/index.mjs
var build_exports = /* @__PURE__ */ __exportAll$1({
	Any: () => Any,
	Cc: () => Cc,
	Cf: () => Cf,
	P: () => P,
	S: () => S,
	Z: () => Z
});
const Any = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
const Cc = /[\0-\x1F\x7F-\x9F]/;
const Cf = /[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/;
const P = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B4E\u1B4F\u1B5A-\u1B60\u1B7D-\u1B7F\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDD6E\uDEAD\uDED0\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9\uDFD4\uDFD5\uDFD7\uDFD8]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09\uDFE1]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDD6D-\uDD6F\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD839\uDDFF|\uD83A[\uDD5E\uDD5F]/;
const S = /[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C1\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2429\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E5\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBD2\uFD40-\uFD4F\uFD90\uFD91\uFDC8-\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD803[\uDD8E\uDD8F\uDED1-\uDED8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDC00-\uDCEF\uDCFA-\uDCFC\uDD00-\uDEB3\uDEBA-\uDED0\uDEE0-\uDEF0\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED8\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0-\uDCBB\uDCC0\uDCC1\uDCD0-\uDCD8\uDD00-\uDE57\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF-\uDEF8\uDF00-\uDF92\uDF94-\uDFEF\uDFFA]/;
const Z = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
// node_modules/markdown-it/node_modules/entities/dist/decode-codepoint.js
/**
* C1 Unicode control character reference replacements (code points 128–159).
* Index i gives the replacement for code point 128+i; 0 means "no replacement".
*/
const c1 = [
	8364,
	0,
	8218,
	402,
	8222,
	8230,
	8224,
	8225,
	710,
	8240,
	352,
	8249,
	338,
	0,
	381,
	0,
	0,
	8216,
	8217,
	8220,
	8221,
	8226,
	8211,
	8212,
	732,
	8482,
	353,
	8250,
	339,
	0,
	382,
	376
];
/**
* True for NUL, UTF-16 surrogates, and values past U+10FFFF.
* @param codePoint Unicode code point to check.
*/
function isInvalidCodePoint(codePoint) {
	return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
/**
* Replace the given code point with U+FFFD if it is NUL (0), a surrogate, or
* outside the valid Unicode range. Code points in the C1 controls range
* (128–159) are remapped to their Windows-1252 equivalents, following the
* HTML spec. All other code points are returned unchanged.
* @param codePoint Unicode code point to convert.
*/
function replaceCodePoint(codePoint) {
	if (isInvalidCodePoint(codePoint)) return 65533;
	if (codePoint >= 128 && codePoint <= 159) return c1[codePoint - 128] || codePoint;
	return codePoint;
}
/**
* Convert the code point of a decoded numeric entity to a string, replacing
* invalid values.
*
* Fast path for plain BMP code points: [1..0x7F] and [0xA0..0xD7FF] pass
* `replaceCodePoint` unchanged (no NUL, C1 remap, surrogate, or out-of-range
* handling) and fit a single charCode. 0xd760 = 0xD800 (the first surrogate)
* - 0xA0.
* @param codePoint Unicode code point to convert.
*/
function codePointToString(codePoint) {
	return codePoint - 1 >>> 0 < 127 || codePoint - 160 >>> 0 < 55136 ? String.fromCharCode(codePoint) : String.fromCodePoint(replaceCodePoint(codePoint));
}
// node_modules/markdown-it/node_modules/entities/dist/internal/decode-shared.js
const BASE91_INVERSE = /* #__PURE__ */ (() => {
	const table = /* @__PURE__ */ new Uint8Array(127);
	let code = 0;
	for (let char = 33; char <= 126; char++) if (char !== 34 && char !== 36 && char !== 92) table[char] = code++;
	return table;
})();
/**
* Decode a dictionary-encoded trie string back into its Uint16Array.
*
* Stream layout (consumed in this order):
*   1. dict1 atoms — `dict1AtomCount` uint16 values, delta+RLE encoded.
*   2. dict2 atoms — `atomCount - dict1AtomCount` values, delta+RLE.
*   3. dict2 ngrams — `ngramCount - (dictSize - dict1AtomCount)` entries,
*      each a pair of slot codes that resolve to earlier slots.
*   4. dict1 ngrams — `dictSize - dict1AtomCount` entries, same shape.
*   5. data — slot codes, each expanding to one or more uint16 values.
*
* Codes use a 91-char base (printable ASCII minus `"`, `$`, `\`):
*   - char1 < dictSize  → 1-char code, slot = char1
*   - char1 ≥ dictSize  → 2-char code, slot = dictSize + (char1 - dictSize)*91 + char2
*
* Slot index → token kind:
*   [0, A)                  dict1 atoms     (1-char codes)
*   [A, dictSize)           dict1 ngrams    (1-char codes)
*   [dictSize, dictSize+D)  dict2 atoms     (2-char codes)
*   [dictSize+D, end)       dict2 ngrams    (2-char codes)
*
* Both atom dicts decode before any ngram, and dict2 ngrams decode before
* dict1 ngrams. So every ngram entry references slots whose contents are
* already filled — no forward references to handle.
*
* This runs on library import. Flat typed arrays store each slot as either
* a plain value (`single`, covering every atom) or a range in a shared
* `pool` (ngrams).
* @param input Packed trie string.
* @param resultLength Expected number of uint16 values in the output.
* @param atomCount Total number of distinct uint16 values in the trie.
* @param dict1AtomCount Atoms in the 1-char range (`A` above).
* @param ngramCount Total number of ngram entries (dict1 + dict2).
* @param dictSize Number of 1-char code slots; the rest of `BASE - dictSize`
*   first-byte values are 2-char codes.
*/
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
	const base = 91;
	const inputLength = input.length;
	const twoCharBias = dictSize * 90;
	let pos = 0;
	/** Read one slot code at `pos` and return its slot index, advancing pos. */
	const readSlotCode = () => {
		const c1 = BASE91_INVERSE[input.charCodeAt(pos++)];
		return c1 < dictSize ? c1 : c1 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
	};
	const dict2AtomCount = atomCount - dict1AtomCount;
	const slotCount = atomCount + ngramCount;
	const single = new Int32Array(slotCount);
	single.fill(-1, dict1AtomCount, dictSize);
	single.fill(-1, dictSize + dict2AtomCount, slotCount);
	const start = new Int32Array(slotCount);
	const length = new Int32Array(slotCount);
	/**
	* Decode `count` ascending uint16 values from a delta+RLE stream into
	* `single[off..off+count)`.
	*
	*   code < 89   → delta = code
	*   code == 89  → run-length: next char encodes runLength-2; emit `runLength` consecutive +1 values
	*   code == 90, next < 90  → escape: delta = 89 + next * BASE + after-next
	*   code == 90, next == 90 → double-escape: extra char for very large deltas
	* @param count
	* @param off
	*/
	function decodeDelta(count, off) {
		let previous = 0;
		let slot = off;
		const end = off + count;
		while (slot < end) {
			const code = BASE91_INVERSE[input.charCodeAt(pos++)];
			if (code < 89) {
				previous += code;
				single[slot++] = previous;
			} else if (code === 89) {
				let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
				while (runLength--) single[slot++] = ++previous;
			} else {
				const next = BASE91_INVERSE[input.charCodeAt(pos++)];
				previous += 89 + (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
				single[slot++] = previous;
			}
		}
	}
	decodeDelta(dict1AtomCount, 0);
	decodeDelta(dict2AtomCount, dictSize);
	const references = new Int32Array(ngramCount * 2);
	let poolSize = 0;
	let ngramIndex = 0;
	/**
	* Read `count` ngram entries (each = 2 slot-code references) for the slots
	* starting at `startSlot`, recording references and assigning pool ranges.
	* @param count
	* @param startSlot
	*/
	function readNgramReferences(count, startSlot) {
		for (let index = 0; index < count; index++) {
			const slot = startSlot + index;
			const a = readSlotCode();
			const b = readSlotCode();
			references[ngramIndex * 2] = a;
			references[ngramIndex * 2 + 1] = b;
			ngramIndex += 1;
			start[slot] = poolSize;
			const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
			length[slot] = entryLength;
			poolSize += entryLength;
		}
	}
	readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
	readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
	const pool = new Uint16Array(poolSize);
	let write = 0;
	for (let index = 0; index < ngramIndex; index++) for (let half = 0; half < 2; half++) {
		const source = references[index * 2 + half];
		const value = single[source];
		if (value < 0) {
			let read = start[source];
			const readEnd = read + length[source];
			while (read < readEnd) pool[write++] = pool[read++];
		} else pool[write++] = value;
	}
	const out = new Uint16Array(resultLength);
	let outIndex = 0;
	while (pos < inputLength) {
		let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
		if (slot >= dictSize) slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
		const value = single[slot];
		if (value < 0) {
			let read = start[slot];
			const readEnd = read + length[slot];
			while (read < readEnd) out[outIndex++] = pool[read++];
		} else out[outIndex++] = value;
	}
	return out;
}
// node_modules/markdown-it/node_modules/entities/dist/generated/decode-data-html.js
/** Packed HTML decode trie data. */
const htmlDecodeTree = /* #__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);
// node_modules/markdown-it/node_modules/entities/dist/internal/bin-trie-flags.js
/**
* Bit flags & masks for the binary trie encoding used for entity decoding.
*
* The trie is a flat `Uint16Array`. Every node starts with one header word:
*
*   15..14 VALUE_LENGTH   Number of words the value occupies, +1.
*                         0 = no value; 1 = value inline in bits 12..0;
*                         2/3 = value in the 1/2 words after the header.
*   13     FLAG13         If VALUE_LENGTH > 0: semicolon required ("strict"
*                         entity; `;` is never stored as a branch).
*                         If VALUE_LENGTH == 0: this node is a compact run.
*   12..7  BRANCH_LENGTH  Number of branches (or run length for runs).
*   6..0   JUMP_TABLE     Jump-table offset / single-branch char / first
*                         run char (see below).
*
* Branch data follows the header and any value words. Its shape is selected
* by (JUMP_TABLE, BRANCH_LENGTH) in the header:
*
*   Single branch  JUMP_TABLE = the only child's char, BRANCH_LENGTH = 0.
*                  No branch words; the child node follows immediately.
*   Jump table     JUMP_TABLE = first covered char (> 0), BRANCH_LENGTH =
*                  table length. One word per covered char: 0 = no branch,
*                  otherwise the child's offset from the END of the table,
*                  +1 (so 0 stays the no-branch sentinel).
*   Dictionary     JUMP_TABLE = 0, BRANCH_LENGTH = number of branches.
*                  ceil(n/2) words of sorted keys packed two per word
*                  (low byte first), then n pointer words storing the
*                  child's offset from the END of the branch data.
*   Compact run    VALUE_LENGTH = 0, FLAG13 set. BRANCH_LENGTH = run
*                  length (3..63), JUMP_TABLE = first char; remaining run
*                  chars packed two per word after the header. The target
*                  node follows the packed words immediately.
*
* Pointers are end-relative (rather than relative to the pointer's own
* position) because that makes the common "child encoded right after the
* branch data" case a small constant, which compresses far better. Offsets
* to already-encoded (shared) nodes wrap via uint16 modulo arithmetic; the
* decoder masks navigation results with `& 0xff_ff` to match.
*/
var BinTrieFlags;
(function(BinTrieFlags) {
	BinTrieFlags[BinTrieFlags["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
	BinTrieFlags[BinTrieFlags["FLAG13"] = 8192] = "FLAG13";
	BinTrieFlags[BinTrieFlags["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
	BinTrieFlags[BinTrieFlags["JUMP_TABLE"] = 127] = "JUMP_TABLE";
	/** Bits 12..0: the inline value of a VALUE_LENGTH = 1 header word. */
	BinTrieFlags[BinTrieFlags["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));
// node_modules/markdown-it/node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes) {
	CharCodes[CharCodes["AMP"] = 38] = "AMP";
	CharCodes[CharCodes["NUM"] = 35] = "NUM";
	CharCodes[CharCodes["SEMI"] = 59] = "SEMI";
	CharCodes[CharCodes["EQUALS"] = 61] = "EQUALS";
	CharCodes[CharCodes["ZERO"] = 48] = "ZERO";
	CharCodes[CharCodes["NINE"] = 57] = "NINE";
	CharCodes[CharCodes["LOWER_A"] = 97] = "LOWER_A";
	CharCodes[CharCodes["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
/** Bit that needs to be set to convert an upper case ASCII character to lower case */
const TO_LOWER_BIT = 32;
const CONSUMED_SHIFT = 21;
const CODE_POINT_MASK = 2097151;
/**
* Reserved consumed field for counts of at least 2047 characters after `&`.
* The true count is in `longNumericConsumed`.
*/
const CONSUMED_OVERFLOW = 2047;
/**
* Side channel for numeric entities of at least 2048 characters including
* `&`. Set by `parseNumericEntity` when its consumed count reaches the
* reserved value `CONSUMED_OVERFLOW`; callers read the true count from here.
* A module-level slot avoids a tuple allocation on the hot path.
*/
let longNumericConsumed = 0;
/**
* Extract the consumed count from a `parseNumericEntity` packed result,
* recovering the true length from `longNumericConsumed` when the packed
* field contains the sentinel. Read it before the next `parseNumericEntity`
* call, which may overwrite the side channel. This helper owns that protocol.
* @param packed Packed result of `parseNumericEntity`.
*/
function unpackConsumed(packed) {
	const consumed = packed >>> CONSUMED_SHIFT;
	return consumed === CONSUMED_OVERFLOW ? longNumericConsumed : consumed;
}
/**
* Unsigned subtraction trick: (code - lo) >>> 0 wraps negatives to large
* values, so a single `<=` covers the entire [lo..hi] range check.
* @param code Code point to check.
*/
function isNumber(code) {
	return code - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code) {
	return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code) {
	return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
/**
* Checks if the given character is a valid end character for an entity in an attribute.
*
* Attribute values that aren't terminated properly aren't parsed, and shouldn't lead to a parser error.
* See the example in https://html.spec.whatwg.org/multipage/parsing.html#named-character-reference-state
* @param code Code point to check.
*/
function isEntityInAttributeInvalidEnd(code) {
	return code === CharCodes.EQUALS || isAlpha(code) || isNumber(code);
}
var EntityDecoderState;
(function(EntityDecoderState) {
	EntityDecoderState[EntityDecoderState["EntityStart"] = 0] = "EntityStart";
	EntityDecoderState[EntityDecoderState["NumericStart"] = 1] = "NumericStart";
	EntityDecoderState[EntityDecoderState["NumericDecimal"] = 2] = "NumericDecimal";
	EntityDecoderState[EntityDecoderState["NumericHex"] = 3] = "NumericHex";
	EntityDecoderState[EntityDecoderState["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
/**
* Decoding mode for named entities.
*/
var DecodingMode;
(function(DecodingMode) {
	/** Entities in text nodes that can end with any character. */
	DecodingMode[DecodingMode["Legacy"] = 0] = "Legacy";
	/** Only allow entities terminated with a semicolon. */
	DecodingMode[DecodingMode["Strict"] = 1] = "Strict";
	/** Entities in attributes have limitations on ending characters. */
	DecodingMode[DecodingMode["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
/**
* Determines the branch of the current node that is taken given the current
* character. This function is used to traverse the trie.
*
* See `BinTrieFlags` for the branch-data layouts handled here.
* @param decodeTree The trie.
* @param current The current node's header word.
* @param nodeIndex Index of the node's first branch-data word (the header
*   plus any value words have been skipped by the caller).
* @param char The current character.
* @returns The index of the next node, or -1 if no branch is taken.
*/
function determineBranch(decodeTree, current, nodeIndex, char) {
	const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
	const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
	if (jumpOffset) {
		if (branchCount === 0) return char === jumpOffset ? nodeIndex : -1;
		const slot = char - jumpOffset;
		if (slot >>> 0 >= branchCount) return -1;
		const stored = decodeTree[nodeIndex + slot];
		return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
	}
	if (branchCount === 0) return -1;
	const packedKeySlots = branchCount + 1 >> 1;
	const branchEnd = nodeIndex + packedKeySlots + branchCount;
	for (let index = 0; index < branchCount; index++) {
		const key = decodeTree[nodeIndex + (index >> 1)] >> ((index & 1) << 3) & 255;
		if (key === char) return branchEnd + decodeTree[nodeIndex + packedKeySlots + index] & 65535;
		if (key > char) return -1;
	}
	return -1;
}
/**
* Read the decoded value from a trie node.
* @param decodeTree The trie.
* @param nodeIndex The index of the node.
* @param valueLength The length of the value (1, 2, or 3).
* @returns The decoded string.
*/
function readTrieValue(decodeTree, nodeIndex, valueLength) {
	if (valueLength === 1) return String.fromCharCode(decodeTree[nodeIndex] & BinTrieFlags.VALUE_MASK);
	if (valueLength === 2) return String.fromCharCode(decodeTree[nodeIndex + 1]);
	return String.fromCharCode(decodeTree[nodeIndex + 1], decodeTree[nodeIndex + 2]);
}
/**
* Parse a numeric entity (`&#DDD;` or `&#xHHH;`).
*
* Encodes the result as `(consumed << CONSUMED_SHIFT) | codepoint` (see
* the packing comment at the top of the file; overlong entities spill
* their length into `longNumericConsumed`). Returns 0 when no digits were
* found.
*
* This is the sync counterpart of the streaming
* `EntityDecoder#stateNumericDecimal` / `#stateNumericHex`. Digit parsing
* matches those methods; only this packed result needs a value clamp.
* @param input       The input string.
* @param numberStart Index of the `#` character.
* @param inputLength Cached `input.length`.
*/
function parseNumericEntity(input, numberStart, inputLength) {
	let offset = numberStart + 1;
	let cp = 0;
	let digitStart = offset;
	if (offset < inputLength && (input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
		offset += 1;
		digitStart = offset;
		while (offset < inputLength) {
			const char = input.charCodeAt(offset);
			if (isNumber(char)) cp = cp * 16 + (char - CharCodes.ZERO);
			else if (isHexadecimalCharacter(char)) cp = cp * 16 + ((char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10);
			else break;
			offset += 1;
		}
	} else while (offset < inputLength) {
		const digit = input.charCodeAt(offset) - CharCodes.ZERO;
		if (digit >>> 0 > 9) break;
		cp = cp * 10 + digit;
		offset += 1;
	}
	if (offset === digitStart) return 0;
	if (offset < inputLength && input.charCodeAt(offset) === CharCodes.SEMI) offset += 1;
	if (cp > 1114111) cp = 1114112;
	let consumed = offset - numberStart;
	if (consumed >= CONSUMED_OVERFLOW) {
		longNumericConsumed = consumed;
		consumed = CONSUMED_OVERFLOW;
	}
	return consumed << CONSUMED_SHIFT | cp;
}
/**
* Decode all entities in `input` using the HTML trie.
*
* Hard-wired to `htmlDecodeTree`: the inline root navigation below assumes
* the HTML root's jump-table shape, so this must not be generalized to
* other tries (the XML trie's dictionary root would silently match no
* entities — `decodeXML` has its own hand-coded fast path instead).
* @param input      The string to decode.
* @param isStrict Only match semicolon-terminated entities.
* @param isAttribute Whether to apply attribute-specific parsing rules (disallowing certain non-semicolon terminators).
* @returns The decoded string.
*/
function decodeWithTrie(input, isStrict, isAttribute) {
	const decodeTree = htmlDecodeTree;
	let offset = input.indexOf("&");
	if (offset < 0) return input;
	const inputLength = input.length;
	let chunkStart = 0;
	let result = "";
	const root = decodeTree[0];
	const rootJumpOffset = root & BinTrieFlags.JUMP_TABLE;
	const rootBranchCount = (root & BinTrieFlags.BRANCH_LENGTH) >> 7;
	do {
		const entityStart = offset + 1;
		const firstChar = input.charCodeAt(entityStart);
		let consumed;
		let value;
		if (firstChar === CharCodes.NUM) {
			const packed = parseNumericEntity(input, entityStart, inputLength);
			consumed = unpackConsumed(packed);
			if (isStrict && consumed > 0 && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI) consumed = 0;
			value = consumed === 0 ? "" : codePointToString(packed & CODE_POINT_MASK);
		} else if (isAlpha(firstChar)) {
			consumed = 0;
			value = "";
			const rootSlotIndex = firstChar - rootJumpOffset;
			let nodeIndex;
			if (rootSlotIndex >>> 0 < rootBranchCount) {
				const stored = decodeTree[1 + rootSlotIndex];
				nodeIndex = stored === 0 ? -1 : rootBranchCount + stored & 65535;
			} else nodeIndex = -1;
			let bestNodeIndex = 0;
			let bestValueLength = 0;
			let current = nodeIndex < 0 ? 0 : decodeTree[nodeIndex];
			let index = entityStart + 1;
			trie: while (index < inputLength) {
				while ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0) {
					const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
					const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
					if (branchCount === 0) {
						if (input.charCodeAt(index) !== jumpOffset) break trie;
						nodeIndex += 1;
					} else {
						const slot = input.charCodeAt(index) - jumpOffset;
						if (slot >>> 0 >= branchCount) break trie;
						const stored = decodeTree[nodeIndex + 1 + slot];
						if (stored === 0) break trie;
						nodeIndex = nodeIndex + branchCount + stored & 65535;
					}
					current = decodeTree[nodeIndex];
					index += 1;
					if (index >= inputLength) break trie;
				}
				if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
					const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
					if (input.charCodeAt(index) !== (current & BinTrieFlags.JUMP_TABLE)) break;
					index += 1;
					const remaining = runLength - 1;
					let wordIndex = nodeIndex + 1;
					let charIndexInPacked = 0;
					for (; charIndexInPacked + 1 < remaining; charIndexInPacked += 2) {
						const packed = decodeTree[wordIndex];
						if (input.charCodeAt(index) !== (packed & 255)) break trie;
						index += 1;
						if (input.charCodeAt(index) !== (packed >> 8 & 255)) break trie;
						index += 1;
						wordIndex += 1;
					}
					if (charIndexInPacked < remaining) {
						if (input.charCodeAt(index) !== (decodeTree[wordIndex] & 255)) break;
						index += 1;
					}
					nodeIndex += 1 + (runLength >> 1);
					current = decodeTree[nodeIndex];
					continue;
				}
				const valueLength = current >>> 14;
				const char = input.charCodeAt(index);
				if (valueLength !== 0) {
					if (char === CharCodes.SEMI) {
						consumed = index - entityStart + 1;
						value = valueLength === 1 ? String.fromCharCode(current & BinTrieFlags.VALUE_MASK) : readTrieValue(decodeTree, nodeIndex, valueLength);
						break;
					}
					if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
						consumed = index - entityStart;
						bestNodeIndex = nodeIndex;
						bestValueLength = valueLength;
					}
					if (valueLength === 1) break;
				}
				const next = determineBranch(decodeTree, current, nodeIndex + (valueLength || 1), char);
				if (next < 0) break;
				nodeIndex = next;
				current = decodeTree[nodeIndex];
				index += 1;
			}
			if (value === "") {
				const finalVL = current >>> 14;
				if (finalVL !== 0 && !isStrict && (current & BinTrieFlags.FLAG13) === 0) {
					consumed = index - entityStart;
					bestNodeIndex = nodeIndex;
					bestValueLength = finalVL;
				}
				if (consumed > 0) value = readTrieValue(decodeTree, bestNodeIndex, bestValueLength);
			}
		} else {
			consumed = 0;
			value = "";
		}
		if (consumed === 0 || isAttribute && firstChar !== CharCodes.NUM && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI && entityStart + consumed < inputLength && isEntityInAttributeInvalidEnd(input.charCodeAt(entityStart + consumed))) offset = entityStart;
		else {
			if (chunkStart < offset) result += input.slice(chunkStart, offset);
			result += value;
			offset = chunkStart = entityStart + consumed;
		}
		if (input.charCodeAt(offset) !== CharCodes.AMP) offset = input.indexOf("&", offset);
	} while (offset >= 0);
	return result + input.slice(chunkStart);
}
/**
* Decodes an HTML string, requiring all entities to be terminated by a semicolon.
* @param htmlString The string to decode.
* @returns The decoded string.
*/
function decodeHTMLStrict(htmlString) {
	return decodeWithTrie(htmlString, true, false);
}
// node_modules/linkify-it/build/index.mjs
var REBuilder = class {
	src_Any = Any.source;
	src_Cc = Cc.source;
	src_Z = Z.source;
	src_P = P.source;
	src_ZPCc = [
		this.src_Z,
		this.src_P,
		this.src_Cc
	].join("|");
	src_ZCc = [this.src_Z, this.src_Cc].join("|");
	cache = {};
	opts = {
		maxLength: 1e4,
		urlAuth: false,
		schema_names: []
	};
	constructor(opts = {}) {
		this.opts = {
			...this.opts,
			...opts
		};
	}
	set(opts = {}) {
		this.opts = {
			...this.opts,
			...opts
		};
		this.cache = {};
		return this;
	}
	escapeRE(str) {
		return str.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
	}
	nestedPairRE(open, close, depth = 4) {
		const openRE = this.escapeRE(open);
		const closeRE = this.escapeRE(close);
		const atom = `(?:(?!${this.src_ZCc}|${openRE}|${closeRE}).)`;
		let pair = `${openRE}${atom}{0,1000}${closeRE}`;
		for (let level = 2; level <= depth; level++) pair = `${openRE}(?:${atom}|${pair}){0,1000}${closeRE}`;
		return pair;
	}
	get_text_separators() {
		return this.cache.text_separators ??= /[><\uff5c]/;
	}
	get_pseudo_letter() {
		return this.cache.src_pseudo_letter ??= new RegExp(`(?:(?!${this.get_text_separators().source}|${this.src_ZPCc})${this.src_Any})`);
	}
	get_ipv4_addr() {
		return this.cache.src_ip4 ??= /* @__PURE__ */ new RegExp("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])[.]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])");
	}
	get_ipv6_addr() {
		const h16 = "[0-9A-Fa-f]{1,4}";
		const ls32 = `(?:(?:${h16}:${h16})|${this.get_ipv4_addr().source})`;
		return this.cache.src_ip6_addr ??= new RegExp(`(?:(?:${h16}:){6}${ls32}|::(?:${h16}:){5}${ls32}|(?:${h16})?::(?:${h16}:){4}${ls32}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|(?:(?:${h16}:){0,4}${h16})?::${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::)`);
	}
	get_ipv6_url_host() {
		return this.cache.src_ip6_host ??= new RegExp(`\\[${this.get_ipv6_addr().source}\\]`);
	}
	get_ipv6_mail_host() {
		return this.cache.src_ipv6_mail_host ??= new RegExp(`\\[IPv6:${this.get_ipv6_addr().source}\\]`);
	}
	get_auth() {
		return this.cache.src_auth ??= new RegExp(`(?:(?:(?!${this.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`);
	}
	get_port() {
		return this.cache.src_port ??= /* @__PURE__ */ new RegExp("(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?");
	}
	get_host_terminator() {
		return this.cache.src_host_terminator ??= new RegExp(`(?=$|${this.get_text_separators().source}|${this.src_ZPCc})(?!${this.opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${this.src_ZPCc}))`);
	}
	get_path_terminator() {
		return this.cache.src_path_terminator ??= new RegExp(`${this.src_ZPCc}|${this.get_text_separators().source}`);
	}
	get_path() {
		return this.cache.src_path ??= new RegExp(`(?:[/?#](?:${this.nestedPairRE("[", "]")}|${this.nestedPairRE("(", ")")}|${this.nestedPairRE("{", "}")}|\\"(?:(?!${this.src_ZCc}|["]).){1,100}\\"|\\'(?:(?!${this.src_ZCc}|[']).){1,100}\\'|\\'(?=${this.get_pseudo_letter().source}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${this.src_ZCc}|[.]|$)|` + (this.opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-{0,19})|" : "\\-{1,20}|") + `,(?!${this.src_ZCc}|$)|;(?!${this.src_ZCc}|$)|\\!{1,20}(?!${this.src_ZCc}|[!]|$)|\\?(?!${this.src_ZCc}|[?]|$)|` + this.get_path_extra().source + `[\\\\/:%@#&=_~*]|(?!${this.get_path_terminator().source}).){1,${this.opts.maxLength}}|\\/)?`);
	}
	get_mail_name() {
		return this.cache.src_mail_name ??= /* @__PURE__ */ new RegExp("[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}");
	}
	get_xn() {
		return this.cache.src_xn ??= /* @__PURE__ */ new RegExp("xn--[a-z0-9\\-]{1,59}");
	}
	get_tld() {
		if (this.cache.tld) return this.cache.tld;
		const tlds_src = [...new Set(this.opts.tlds || [])].sort().reverse().join("|");
		this.cache.tld = new RegExp(`${tlds_src || "$#none#$"}|${this.get_xn().source}`);
		return this.cache.tld;
	}
	get_domain_root() {
		return this.cache.src_domain_root ??= new RegExp("(?:" + this.get_xn().source + `|${this.get_pseudo_letter().source}{1,63})`);
	}
	get_domain() {
		return this.cache.src_domain ??= new RegExp("(?:" + this.get_xn().source + `|(?:${this.get_pseudo_letter().source})|(?:${this.get_pseudo_letter().source}(?:-|${this.get_pseudo_letter().source}){0,61}${this.get_pseudo_letter().source}))`);
	}
	get_url_host_port() {
		return this.cache.url_host_port ??= new RegExp("(?:" + this.get_ipv6_url_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,10}${this.get_domain().source}))` + this.get_port().source + this.get_host_terminator().source);
	}
	get_fuzzy_url_host_port() {
		return this.cache.fuzzy_url_host_port ??= new RegExp("(?:" + (this.opts.fuzzyIP ? this.get_ipv4_addr().source + "|" : "") + `(?:(?:(?:${this.get_domain().source})\\.){1,10}(?:${this.get_tld().source})))` + this.get_host_terminator().source);
	}
	get_mail_host() {
		return this.cache.src_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,4}${this.get_domain().source}))` + this.get_host_terminator().source);
	}
	get_fuzzy_mail_host() {
		return this.cache.src_fuzzy_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})[.]){1,4}${this.get_domain_root().source}))` + this.get_host_terminator().source);
	}
	get_path_extra() {
		return this.cache.src_path_extra ??= /* @__PURE__ */ new RegExp("");
	}
	get_fuzzy_mail_host_search() {
		return this.cache.mail_fuzzy_host_search ??= new RegExp(`@${this.get_fuzzy_mail_host().source}`, "ig");
	}
	get_fuzzy_link_search() {
		return this.cache.link_fuzzy_search ??= new RegExp(`(^|(?![.:/\\-_@])(?:[$+<=>^\`|\uff5c]|${this.src_ZPCc}))(?:(?![$+<=>^\`|\uff5c])${this.get_fuzzy_url_host_port().source}${this.get_path().source})`, "ig");
	}
	get_http_validator() {
		return this.cache.http_validator ??= new RegExp("\\/\\/" + (this.opts.urlAuth ? this.get_auth().source : "") + this.get_url_host_port().source + this.get_path().source, "iy");
	}
	get_relative_proto_validator() {
		return this.cache.relative_proto_validator ??= new RegExp((this.opts.urlAuth ? this.get_auth().source : "") + `(?:localhost|${this.get_ipv6_url_host().source}|(?:(?:${this.get_domain().source})[.]){1,10}${this.get_domain_root().source})` + this.get_port().source + this.get_host_terminator().source + this.get_path().source, "iy");
	}
	get_mail_name_validator() {
		return this.cache.mail_name_validator ??= new RegExp(`(?:^|${this.get_text_separators().source}|"|\\(|${this.src_ZCc})(${this.get_mail_name().source})$`);
	}
	get_mailto_validator() {
		return this.cache.mailto_validator ??= new RegExp(`${this.get_mail_name().source}@${this.get_mail_host().source}`, "iy");
	}
	get_schema_names() {
		return this.cache.schema_names ??= new RegExp((this.opts.schema_names || []).map((name) => this.escapeRE(name)).join("|"));
	}
	get_schema_search() {
		return this.cache.schema_search ??= new RegExp(`(^|(?!_)(?:[><\uff5c]|${this.src_ZPCc}))(${this.get_schema_names().source})`, "ig");
	}
	get_schema_at_start() {
		return this.cache.schema_at_start ??= new RegExp(`^${this.get_schema_search().source}`, "i");
	}
};
var web_schema = {
	validate: (text, pos, self) => {
		const re = self.re.get_http_validator();
		re.lastIndex = pos;
		const m = re.exec(text);
		return m ? m[0].length : 0;
	},
	normalize: (match, self) => self.normalize(match)
};
var defaultSchemas = {
	"http:": web_schema,
	"https:": web_schema,
	"ftp:": web_schema,
	"//": {
		validate: function(text, pos, self) {
			const re = self.re.get_relative_proto_validator();
			re.lastIndex = pos;
			const m = re.exec(text);
			if (m) {
				if (pos >= 3 && text[pos - 3] === ":") return 0;
				if (pos >= 3 && text[pos - 3] === "/") return 0;
				return m[0].length;
			}
			return 0;
		},
		normalize: (match, self) => self.normalize(match)
	},
	"mailto:": {
		validate: function(text, pos, self) {
			const re = self.re.get_mailto_validator();
			re.lastIndex = pos;
			const m = re.exec(text);
			return m ? m[0].length : 0;
		},
		normalize: (match, self) => self.normalize(match)
	}
};
var tlds_2ch = "a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф";
function unpackTlds() {
	const result = tlds_default.split("|");
	tlds_2ch.split("|").forEach((item) => {
		const sep = item.indexOf(":");
		const prefix = item.slice(0, sep);
		for (const suffix of item.slice(sep + 1)) result.push(prefix + suffix);
	});
	return result;
}
var defaultOptions = {
	fuzzyLink: false,
	fuzzyEmail: true,
	fuzzyIP: false,
	"---": false,
	tlds: unpackTlds(),
	urlAuth: false,
	maxLength: 1e4
};
/**
* Match result returned by {@link LinkifyIt.match} and
* {@link LinkifyIt.matchAtStart}.
*
* @category types
*/
var Match = class {
	/** Prefix (protocol) for matched string. Empty for fuzzy links. */
	schema;
	/** First position of matched string. */
	index;
	/** Next position after matched string. */
	lastIndex;
	/** Matched string. */
	raw;
	/** Normalized text of matched string. */
	text;
	/** Normalized URL of matched string. */
	url;
	constructor(text, schema, index, lastIndex) {
		const raw = text.slice(index, lastIndex);
		this.schema = schema.toLowerCase();
		this.index = index;
		this.lastIndex = lastIndex;
		this.raw = raw;
		this.text = raw;
		this.url = raw;
	}
};
/** Linkifier instance. */
var LinkifyIt = class {
	__opts__;
	__schemas__;
	re;
	/**
	* Creates new linkifier instance.
	*
	* By default understands:
	*
	* - `http(s)://...` , `ftp://...`, `mailto:...` & `//...` links
	* - "fuzzy" emails (foo@bar.com).
	*
	* See {@link LinkifyConstructorOptions} for available options.
	*
	* @param options Recognition options.
	*
	* @example
	* ```javascript
	* import { LinkifyIt } from 'linkify-it'
	*
	* const linkify = new LinkifyIt({ fuzzyLink: true })
	*
	* linkify
	*   .tlds(require('tlds'))       // Reload with full TLD list
	*   .tlds('onion', true)         // Add unofficial `.onion` domain
	*   .add('ftp:', null)           // Disable `ftp:` protocol
	*   .set({ fuzzyIP: true })      // Enable IPs in fuzzy links
	*
	* console.log(linkify.test('Site github.com!')) // true
	* console.log(linkify.match('Site github.com!'))
	* ```
	*/
	constructor(options = {}) {
		const { rebuilder, ...linkifyOptions } = options;
		this.__opts__ = {
			...defaultOptions,
			...linkifyOptions
		};
		this.__schemas__ = { ...defaultSchemas };
		this.re = rebuilder || new REBuilder();
		this.re.set({
			...this.__opts__,
			schema_names: Object.keys(this.__schemas__)
		});
	}
	/**
	* Add new rule definition.
	*
	* `schema` is a link prefix (usually, protocol name with `:` at the end,
	* `skype:` for example). `linkify-it` makes sure that prefix is not
	* preceded with alphanumeric char and symbols. Only whitespaces and
	* punctuation allowed.
	*
	* `definition` is a rule to check tail after link prefix. To disable an
	* existing rule, pass `null`.
	*
	* @param schema Rule name (fixed pattern prefix).
	* @param definition Schema definition, or `null` to disable the rule.
	*
	* See [twitter mentions example](https://github.com/markdown-it/linkify-it/blob/master/examples/twitter.mjs).
	*/
	add(schema, definition = null) {
		if (!definition) delete this.__schemas__[schema];
		else {
			const def = {
				normalize: (match, self) => self.normalize(match),
				...definition
			};
			this.__schemas__[schema] = def;
		}
		this.re.set({
			...this.__opts__,
			schema_names: Object.keys(this.__schemas__)
		});
		return this;
	}
	/**
	* Set recognition options for links without schema.
	*
	* @param options Recognition options.
	*/
	set(options = {}) {
		this.__opts__ = {
			...this.__opts__,
			...options
		};
		this.re.set({
			...this.__opts__,
			schema_names: Object.keys(this.__schemas__)
		});
		return this;
	}
	/**
	* Searches linkifiable pattern and returns `true` on success or `false` on fail.
	*
	* @param text Text to scan.
	*/
	test(text) {
		if (!text.length) return false;
		let m, re;
		re = this.re.get_schema_search();
		re.lastIndex = 0;
		while ((m = re.exec(text)) !== null) if (this.testSchemaAt(text, m[2], re.lastIndex)) return true;
		if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
			re = this.re.get_fuzzy_link_search();
			re.lastIndex = 0;
			if (re.exec(text) !== null) return true;
		}
		if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
			if (text.indexOf("@") >= 0) {
				const mailHostRe = this.re.get_fuzzy_mail_host_search();
				const mailNameRe = this.re.get_mail_name_validator();
				mailHostRe.lastIndex = 0;
				while ((m = mailHostRe.exec(text)) !== null) {
					const name = text.slice(Math.max(0, m.index - 65), m.index);
					if (mailNameRe.test(name)) return true;
				}
			}
		}
		return false;
	}
	/**
	* Similar to {@link LinkifyIt.test} but checks only specific protocol tail exactly
	* at given position. Returns length of found pattern (0 on fail).
	*
	* @param text Text to scan.
	* @param schema Rule (schema) name.
	* @param pos Text offset to check from.
	*/
	testSchemaAt(text, schema, pos) {
		if (!this.__schemas__[schema.toLowerCase()]) return 0;
		return this.__schemas__[schema.toLowerCase()].validate(text.slice(0, pos + this.__opts__.maxLength), pos, this);
	}
	/**
	* Returns array of found link descriptions or `null` on fail. We strongly
	* recommend to use {@link LinkifyIt.test} first, for best speed.
	*
	* @param text Text to scan.
	*/
	match(text) {
		const result = [];
		const schemaRe = this.re.get_schema_search();
		let fuzzyLinkRe;
		let mailHostRe;
		let mailNameRe;
		let fuzzyLinkCandidate;
		let fuzzyEmailCandidate;
		let schemaPrefix;
		let schemaDone = false;
		let fuzzyLinkDone = false;
		let fuzzyEmailDone = false;
		let pos = 0;
		if (!text.length) return null;
		schemaRe.lastIndex = 0;
		if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
			fuzzyLinkRe = this.re.get_fuzzy_link_search();
			fuzzyLinkRe.lastIndex = 0;
		}
		if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
			mailHostRe = this.re.get_fuzzy_mail_host_search();
			mailHostRe.lastIndex = 0;
			mailNameRe = this.re.get_mail_name_validator();
		}
		for (;;) {
			const scanFrom = Math.max(pos - 1, 0);
			if (mailHostRe && mailNameRe && !fuzzyEmailDone && (!fuzzyEmailCandidate || fuzzyEmailCandidate.index < pos)) {
				if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
				for (;;) {
					const m = mailHostRe.exec(text);
					if (!m) {
						fuzzyEmailDone = true;
						fuzzyEmailCandidate = void 0;
						break;
					}
					const name = mailNameRe.exec(text.slice(Math.max(0, m.index - 65), m.index));
					if (!name) continue;
					fuzzyEmailCandidate = {
						schema: "mailto:",
						index: m.index - name[1].length,
						lastIndex: m.index + m[0].length
					};
					if (fuzzyEmailCandidate.index >= pos) break;
					if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
				}
			}
			if (fuzzyLinkRe && !fuzzyLinkDone && (!fuzzyLinkCandidate || fuzzyLinkCandidate.index < pos)) {
				if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
				for (;;) {
					const m = fuzzyLinkRe.exec(text);
					if (!m) {
						fuzzyLinkDone = true;
						fuzzyLinkCandidate = void 0;
						break;
					}
					fuzzyLinkCandidate = {
						schema: "",
						index: m.index + m[1].length,
						lastIndex: m.index + m[0].length
					};
					if (fuzzyLinkCandidate.index >= pos) break;
					if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
				}
			}
			let fuzzyCandidate = fuzzyEmailCandidate;
			if (!fuzzyCandidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < fuzzyCandidate.index || fuzzyLinkCandidate.index === fuzzyCandidate.index && fuzzyLinkCandidate.lastIndex > fuzzyCandidate.lastIndex)) fuzzyCandidate = fuzzyLinkCandidate;
			let schemaCandidate;
			if (!schemaDone) for (;;) {
				if (!schemaPrefix) {
					if (schemaRe.lastIndex < scanFrom) schemaRe.lastIndex = scanFrom;
					const m = schemaRe.exec(text);
					if (!m) {
						schemaDone = true;
						break;
					}
					schemaPrefix = {
						schema: m[2],
						index: m.index + m[1].length,
						lastIndex: m.index + m[0].length
					};
				}
				if (schemaPrefix.index < pos) {
					schemaPrefix = void 0;
					continue;
				}
				if (fuzzyCandidate && schemaPrefix.index > fuzzyCandidate.index) break;
				const prefix = schemaPrefix;
				schemaPrefix = void 0;
				const len = this.testSchemaAt(text, prefix.schema, prefix.lastIndex);
				if (len) {
					schemaCandidate = {
						schema: prefix.schema,
						index: prefix.index,
						lastIndex: prefix.lastIndex + len
					};
					break;
				}
			}
			let candidate = schemaCandidate;
			if (!candidate || fuzzyEmailCandidate && (fuzzyEmailCandidate.index < candidate.index || fuzzyEmailCandidate.index === candidate.index && fuzzyEmailCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyEmailCandidate;
			if (!candidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < candidate.index || fuzzyLinkCandidate.index === candidate.index && fuzzyLinkCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyLinkCandidate;
			if (!candidate) break;
			if (candidate === fuzzyEmailCandidate) fuzzyEmailCandidate = void 0;
			else if (candidate === fuzzyLinkCandidate) fuzzyLinkCandidate = void 0;
			const match = new Match(text, candidate.schema, candidate.index, candidate.lastIndex);
			if (match.schema) this.__schemas__[match.schema].normalize(match, this);
			else this.normalize(match);
			result.push(match);
			pos = candidate.lastIndex;
		}
		if (result.length) return result;
		return null;
	}
	/**
	* Returns fully-formed (not fuzzy) link if it starts at the beginning
	* of the string, and null otherwise.
	*
	* @param text Text to scan.
	*/
	matchAtStart(text) {
		if (!text.length) return null;
		const m = this.re.get_schema_at_start().exec(text);
		if (!m) return null;
		const len = this.testSchemaAt(text, m[2], m[0].length);
		if (!len) return null;
		const match = new Match(text, m[2], m.index + m[1].length, m.index + m[0].length + len);
		this.__schemas__[match.schema].normalize(match, this);
		return match;
	}
	/**
	* Load (or merge) new TLDs list. Those are used for fuzzy links (without
	* prefix) to avoid false positives. By default this algorithm is used:
	*
	* - hostname with any 2-letter root zones are ok.
	* - biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф
	*   are ok.
	* - encoded (`xn--...`) root zones are ok.
	*
	* If list is replaced, then exact match for 2-chars root zones will be checked.
	*
	* @param list List of TLDs.
	* @param keepOld Merge with current list if `true` (`false` by default).
	*/
	tlds(list, keepOld = false) {
		list = Array.isArray(list) ? list : [list];
		if (!keepOld) this.__opts__.tlds = list;
		else this.__opts__.tlds = this.__opts__.tlds.concat(list);
		this.re.set({
			...this.__opts__,
			schema_names: Object.keys(this.__schemas__)
		});
		return this;
	}
	/**
	* Default normalizer (if schema does not define its own).
	*
	* @param match Match to normalize.
	*/
	normalize(match) {
		if (!match.schema) match.url = `http://${match.url}`;
		if (match.schema === "mailto:" && !/^mailto:/i.test(match.url)) match.url = `mailto:${match.url}`;
	}
};
// node_modules/markdown-it/dist/markdown-it.mjs
/*! markdown-it 15.0.3 https://github.com/markdown-it/markdown-it @license MIT */
var import_punycode = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
	/** Highest positive signed 32-bit float value */
	const maxInt = 2147483647;
	/** Bootstring parameters */
	const base = 36;
	const tMin = 1;
	const tMax = 26;
	const skew = 38;
	const damp = 700;
	const initialBias = 72;
	const initialN = 128;
	const delimiter = "-";
	/** Regular expressions */
	const regexPunycode = /^xn--/;
	const regexNonASCII = /[^\0-\x7F]/;
	const regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
	/** Error messages */
	const errors = {
		"overflow": "Overflow: input needs wider integers to process",
		"not-basic": "Illegal input >= 0x80 (not a basic code point)",
		"invalid-input": "Invalid input"
	};
	/** Convenience shortcuts */
	const baseMinusTMin = 35;
	const floor = Math.floor;
	const stringFromCharCode = String.fromCharCode;
	/**
	* A generic error utility function.
	* @private
	* @param {String} type The error type.
	* @returns {Error} Throws a `RangeError` with the applicable error message.
	*/
	function error(type) {
		throw new RangeError(errors[type]);
	}
	/**
	* A generic `Array#map` utility function.
	* @private
	* @param {Array} array The array to iterate over.
	* @param {Function} callback The function that gets called for every array
	* item.
	* @returns {Array} A new array of values returned by the callback function.
	*/
	function map(array, callback) {
		const result = [];
		let length = array.length;
		while (length--) result[length] = callback(array[length]);
		return result;
	}
	/**
	* A simple `Array#map`-like wrapper to work with domain name strings or email
	* addresses.
	* @private
	* @param {String} domain The domain name or email address.
	* @param {Function} callback The function that gets called for every
	* character.
	* @returns {String} A new string of characters returned by the callback
	* function.
	*/
	function mapDomain(domain, callback) {
		const parts = domain.split("@");
		let result = "";
		if (parts.length > 1) {
			result = parts[0] + "@";
			domain = parts[1];
		}
		domain = domain.replace(regexSeparators, ".");
		const encoded = map(domain.split("."), callback).join(".");
		return result + encoded;
	}
	/**
	* Creates an array containing the numeric code points of each Unicode
	* character in the string. While JavaScript uses UCS-2 internally,
	* this function will convert a pair of surrogate halves (each of which
	* UCS-2 exposes as separate characters) into a single code point,
	* matching UTF-16.
	* @see `punycode.ucs2.encode`
	* @see <https://mathiasbynens.be/notes/javascript-encoding>
	* @memberOf punycode.ucs2
	* @name decode
	* @param {String} string The Unicode input string (UCS-2).
	* @returns {Array} The new array of code points.
	*/
	function ucs2decode(string) {
		const output = [];
		let counter = 0;
		const length = string.length;
		while (counter < length) {
			const value = string.charCodeAt(counter++);
			if (value >= 55296 && value <= 56319 && counter < length) {
				const extra = string.charCodeAt(counter++);
				if ((extra & 64512) == 56320) output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
				else {
					output.push(value);
					counter--;
				}
			} else output.push(value);
		}
		return output;
	}
	/**
	* Creates a string based on an array of numeric code points.
	* @see `punycode.ucs2.decode`
	* @memberOf punycode.ucs2
	* @name encode
	* @param {Array} codePoints The array of numeric code points.
	* @returns {String} The new Unicode string (UCS-2).
	*/
	const ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
	/**
	* Converts a basic code point into a digit/integer.
	* @see `digitToBasic()`
	* @private
	* @param {Number} codePoint The basic numeric code point value.
	* @returns {Number} The numeric value of a basic code point (for use in
	* representing integers) in the range `0` to `base - 1`, or `base` if
	* the code point does not represent a value.
	*/
	const basicToDigit = function(codePoint) {
		if (codePoint >= 48 && codePoint < 58) return 26 + (codePoint - 48);
		if (codePoint >= 65 && codePoint < 91) return codePoint - 65;
		if (codePoint >= 97 && codePoint < 123) return codePoint - 97;
		return base;
	};
	/**
	* Converts a digit/integer into a basic code point.
	* @see `basicToDigit()`
	* @private
	* @param {Number} digit The numeric value of a basic code point.
	* @returns {Number} The basic code point whose value (when used for
	* representing integers) is `digit`, which needs to be in the range
	* `0` to `base - 1`. If `flag` is non-zero, the uppercase form is
	* used; else, the lowercase form is used. The behavior is undefined
	* if `flag` is non-zero and `digit` has no uppercase form.
	*/
	const digitToBasic = function(digit, flag) {
		return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
	};
	/**
	* Bias adaptation function as per section 3.4 of RFC 3492.
	* https://tools.ietf.org/html/rfc3492#section-3.4
	* @private
	*/
	const adapt = function(delta, numPoints, firstTime) {
		let k = 0;
		delta = firstTime ? floor(delta / damp) : delta >> 1;
		delta += floor(delta / numPoints);
		for (; delta > 455; k += base) delta = floor(delta / baseMinusTMin);
		return floor(k + 36 * delta / (delta + skew));
	};
	/**
	* Converts a Punycode string of ASCII-only symbols to a string of Unicode
	* symbols.
	* @memberOf punycode
	* @param {String} input The Punycode string of ASCII-only symbols.
	* @returns {String} The resulting string of Unicode symbols.
	*/
	const decode = function(input) {
		const output = [];
		const inputLength = input.length;
		let i = 0;
		let n = initialN;
		let bias = initialBias;
		let basic = input.lastIndexOf(delimiter);
		if (basic < 0) basic = 0;
		for (let j = 0; j < basic; ++j) {
			if (input.charCodeAt(j) >= 128) error("not-basic");
			output.push(input.charCodeAt(j));
		}
		for (let index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
			const oldi = i;
			for (let w = 1, k = base;; k += base) {
				if (index >= inputLength) error("invalid-input");
				const digit = basicToDigit(input.charCodeAt(index++));
				if (digit >= base) error("invalid-input");
				if (digit > floor((maxInt - i) / w)) error("overflow");
				i += digit * w;
				const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
				if (digit < t) break;
				const baseMinusT = base - t;
				if (w > floor(maxInt / baseMinusT)) error("overflow");
				w *= baseMinusT;
			}
			const out = output.length + 1;
			bias = adapt(i - oldi, out, oldi == 0);
			if (floor(i / out) > maxInt - n) error("overflow");
			n += floor(i / out);
			i %= out;
			output.splice(i++, 0, n);
		}
		return String.fromCodePoint(...output);
	};
	/**
	* Converts a string of Unicode symbols (e.g. a domain name label) to a
	* Punycode string of ASCII-only symbols.
	* @memberOf punycode
	* @param {String} input The string of Unicode symbols.
	* @returns {String} The resulting Punycode string of ASCII-only symbols.
	*/
	const encode = function(input) {
		const output = [];
		input = ucs2decode(input);
		const inputLength = input.length;
		let n = initialN;
		let delta = 0;
		let bias = initialBias;
		for (const currentValue of input) if (currentValue < 128) output.push(stringFromCharCode(currentValue));
		const basicLength = output.length;
		let handledCPCount = basicLength;
		if (basicLength) output.push(delimiter);
		while (handledCPCount < inputLength) {
			let m = maxInt;
			for (const currentValue of input) if (currentValue >= n && currentValue < m) m = currentValue;
			const handledCPCountPlusOne = handledCPCount + 1;
			if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) error("overflow");
			delta += (m - n) * handledCPCountPlusOne;
			n = m;
			for (const currentValue of input) {
				if (currentValue < n && ++delta > maxInt) error("overflow");
				if (currentValue === n) {
					let q = delta;
					for (let k = base;; k += base) {
						const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
						if (q < t) break;
						const qMinusT = q - t;
						const baseMinusT = base - t;
						output.push(stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0)));
						q = floor(qMinusT / baseMinusT);
					}
					output.push(stringFromCharCode(digitToBasic(q, 0)));
					bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
					delta = 0;
					++handledCPCount;
				}
			}
			++delta;
			++n;
		}
		return output.join("");
	};
	/**
	* Converts a Punycode string representing a domain name or an email address
	* to Unicode. Only the Punycoded parts of the input will be converted, i.e.
	* it doesn't matter if you call it on a string that has already been
	* converted to Unicode.
	* @memberOf punycode
	* @param {String} input The Punycoded domain name or email address to
	* convert to Unicode.
	* @returns {String} The Unicode representation of the given Punycode
	* string.
	*/
	const toUnicode = function(input) {
		return mapDomain(input, function(string) {
			return regexPunycode.test(string) ? decode(string.slice(4).toLowerCase()) : string;
		});
	};
	/**
	* Converts a Unicode string representing a domain name or an email address to
	* Punycode. Only the non-ASCII parts of the domain name will be converted,
	* i.e. it doesn't matter if you call it with a domain that's already in
	* ASCII.
	* @memberOf punycode
	* @param {String} input The domain name or email address to convert, as a
	* Unicode string.
	* @returns {String} The Punycode representation of the given domain name or
	* email address.
	*/
	const toASCII = function(input) {
		return mapDomain(input, function(string) {
			return regexNonASCII.test(string) ? "xn--" + encode(string) : string;
		});
	};
	module.exports = {
		/**
		* A string representing the current Punycode.js version number.
		* @memberOf punycode
		* @type String
		*/
		"version": "2.3.1",
		/**
		* An object of methods to convert from JavaScript's internal character
		* representation (UCS-2) to Unicode code points, and back.
		* @see <https://mathiasbynens.be/notes/javascript-encoding>
		* @memberOf punycode
		* @type Object
		*/
		"ucs2": {
			"decode": ucs2decode,
			"encode": ucs2encode
		},
		"decode": decode,
		"encode": encode,
		"toASCII": toASCII,
		"toUnicode": toUnicode
	};
})))(), 1);
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
/**
* Common utility functions exposed through `md.utils` for use by plugins.
*
* @module md.utils
*/
var utils_exports = /* @__PURE__ */ __exportAll({
	arrayReplaceAt: () => arrayReplaceAt,
	asciiTrim: () => asciiTrim,
	callable: () => callable,
	escapeHtml: () => escapeHtml,
	escapeRE: () => escapeRE,
	fromCodePoint: () => fromCodePoint,
	isMdAsciiPunct: () => isMdAsciiPunct,
	isPunctChar: () => isPunctChar,
	isPunctCharCode: () => isPunctCharCode,
	isSpace: () => isSpace,
	isValidEntityCode: () => isValidEntityCode,
	isWhiteSpace: () => isWhiteSpace,
	lib: () => lib,
	normalizeReference: () => normalizeReference,
	unescapeAll: () => unescapeAll,
	unescapeMd: () => unescapeMd
});
function callable(cls) {
	const wrapper = function(...args) {
		return Reflect.construct(cls, args, new.target && new.target !== wrapper ? new.target : cls);
	};
	Object.defineProperty(wrapper, "name", { value: cls.name });
	Object.setPrototypeOf(wrapper, cls);
	wrapper.prototype = cls.prototype;
	return wrapper;
}
/**
* Returns a copy of a token array with the token at `pos` replaced by
* `newElements`. Used to transform token streams without modifying the
* original array.
*/
function arrayReplaceAt(src, pos, newElements) {
	return [].concat(src.slice(0, pos), newElements, src.slice(pos + 1));
}
/** Checks whether a code point can be decoded from a numeric HTML entity. */
function isValidEntityCode(c) {
	if (c >= 55296 && c <= 57343) return false;
	if (c >= 64976 && c <= 65007) return false;
	if ((c & 65535) === 65535 || (c & 65535) === 65534) return false;
	if (c >= 0 && c <= 8) return false;
	if (c === 11) return false;
	if (c >= 14 && c <= 31) return false;
	if (c >= 127 && c <= 159) return false;
	if (c > 1114111) return false;
	return true;
}
/**
* Converts a Unicode code point to a string, like `String.fromCodePoint()`,
* but does not throw for invalid input.
*/
function fromCodePoint(c) {
	if (c > 65535) {
		c -= 65536;
		const surrogate1 = 55296 + (c >> 10);
		const surrogate2 = 56320 + (c & 1023);
		return String.fromCharCode(surrogate1, surrogate2);
	}
	return String.fromCharCode(c);
}
var UNESCAPE_MD_RE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var UNESCAPE_ALL_RE = new RegExp(`${UNESCAPE_MD_RE.source}|${/&([a-z#][a-z0-9]{1,31});/gi.source}`, "gi");
var DIGITAL_ENTITY_TEST_RE = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
function replaceEntityPattern(match, name) {
	if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY_TEST_RE.test(name)) {
		const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
		if (isValidEntityCode(code)) return fromCodePoint(code);
		return match;
	}
	const decoded = decodeHTMLStrict(match);
	if (decoded !== match) return decoded;
	return match;
}
/** Decodes Markdown backslash escapes. */
function unescapeMd(str) {
	if (str.indexOf("\\") < 0) return str;
	return str.replace(UNESCAPE_MD_RE, "$1");
}
/**
* Decodes Markdown backslash escapes and HTML character references in link
* destinations, link titles, and fenced code info strings.
*/
function unescapeAll(str) {
	if (str.indexOf("\\") < 0 && str.indexOf("&") < 0) return str;
	return str.replace(UNESCAPE_ALL_RE, function(match, escaped, entity) {
		if (escaped) return escaped;
		return replaceEntityPattern(match, entity);
	});
}
var HTML_ESCAPE_TEST_RE = /[&<>"]/;
var HTML_ESCAPE_REPLACE_RE = /[&<>"]/g;
var HTML_REPLACEMENTS = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\"": "&quot;"
};
function replaceUnsafeChar(ch) {
	return HTML_REPLACEMENTS[ch];
}
/** Escapes HTML special characters in a string. */
function escapeHtml(str) {
	if (HTML_ESCAPE_TEST_RE.test(str)) return str.replace(HTML_ESCAPE_REPLACE_RE, replaceUnsafeChar);
	return str;
}
var REGEXP_ESCAPE_RE = /[.?*+^$[\]\\(){}|-]/g;
/** Escapes regular expression metacharacters in a string. */
function escapeRE(str) {
	return str.replace(REGEXP_ESCAPE_RE, "\\$&");
}
/** Checks whether a character code is an ASCII space or tab. */
function isSpace(code) {
	switch (code) {
		case 9:
		case 32: return true;
	}
	return false;
}
/**
* Checks whether a character code is whitespace recognized by Markdown.
*
* Matches the Unicode `Zs` category or `\t`, `\f`, `\v`, `\r`, `\n`.
*/
function isWhiteSpace(code) {
	if (code >= 8192 && code <= 8202) return true;
	switch (code) {
		case 9:
		case 10:
		case 11:
		case 12:
		case 13:
		case 32:
		case 160:
		case 5760:
		case 8239:
		case 8287:
		case 12288: return true;
	}
	return false;
}
/**
* Checks whether a character is Unicode punctuation or a symbol.
*
* Does not support astral characters.
*/
function isPunctChar(ch) {
	return P.test(ch) || S.test(ch);
}
/** Checks whether a Unicode code point is punctuation or a symbol. */
function isPunctCharCode(code) {
	return isPunctChar(fromCodePoint(code));
}
/**
* Markdown ASCII punctuation characters.
*
*     !, ", #, $, %, &, ', (, ), *, +, ,, -, ., /, :, ;, <, =, >, ?, @,
*     [, \, ], ^, _, `, {, |, }, or ~
*
* http://spec.commonmark.org/0.15/#ascii-punctuation-character
*
* Don't confuse with Unicode punctuation. It lacks some characters in the
* ASCII range.
*/
function isMdAsciiPunct(ch) {
	switch (ch) {
		case 33:
		case 34:
		case 35:
		case 36:
		case 37:
		case 38:
		case 39:
		case 40:
		case 41:
		case 42:
		case 43:
		case 44:
		case 45:
		case 46:
		case 47:
		case 58:
		case 59:
		case 60:
		case 61:
		case 62:
		case 63:
		case 64:
		case 91:
		case 92:
		case 93:
		case 94:
		case 95:
		case 96:
		case 123:
		case 124:
		case 125:
		case 126: return true;
		default: return false;
	}
}
/** Normalizes `[reference labels]` for case-insensitive lookup. */
function normalizeReference(str) {
	str = str.trim().replace(/\s+/g, " ");
	return str.toLowerCase().toUpperCase();
}
function isAsciiTrimmable(c) {
	return c === 32 || c === 9 || c === 10 || c === 13;
}
/**
* "Light" `.trim()` for blocks (headings, paragraphs), where Unicode spaces
* should be preserved.
*/
function asciiTrim(str) {
	let start = 0;
	for (; start < str.length; start++) if (!isAsciiTrimmable(str.charCodeAt(start))) break;
	let end = str.length - 1;
	for (; end >= start; end--) if (!isAsciiTrimmable(str.charCodeAt(end))) break;
	return str.slice(start, end + 1);
}
/**
* Libraries commonly used by markdown-it and its plugins, re-exported to
* reduce duplicate dependencies in browser bundles.
*/
var lib = {
	mdurl: mdurl_exports,
	ucmicro: build_exports
};
/** Finds the end of a link or image label (`[label]`). */
function parseLinkLabel(state, start, disableNested) {
	let level, found, marker, prevPos;
	const max = state.posMax;
	const oldPos = state.pos;
	state.pos = start + 1;
	level = 1;
	while (state.pos < max) {
		marker = state.src.charCodeAt(state.pos);
		if (marker === 93) {
			level--;
			if (level === 0) {
				found = true;
				break;
			}
		}
		prevPos = state.pos;
		state.md.inline.skipToken(state);
		if (marker === 91) {
			if (prevPos === state.pos - 1) level++;
			else if (disableNested) {
				state.pos = oldPos;
				return -1;
			}
		}
	}
	let labelEnd = -1;
	if (found) labelEnd = state.pos;
	state.pos = oldPos;
	return labelEnd;
}
/** Parses the destination in `[label](destination "title")`. */
function parseLinkDestination$1(str, start, max) {
	let code;
	let pos = start;
	const result = {
		ok: false,
		pos: 0,
		str: ""
	};
	if (str.charCodeAt(pos) === 60) {
		pos++;
		while (pos < max) {
			code = str.charCodeAt(pos);
			if (code === 10) return result;
			if (code === 60) return result;
			if (code === 62) {
				result.pos = pos + 1;
				result.str = unescapeAll(str.slice(start + 1, pos));
				result.ok = true;
				return result;
			}
			if (code === 92 && pos + 1 < max) {
				pos += 2;
				continue;
			}
			pos++;
		}
		return result;
	}
	let level = 0;
	while (pos < max) {
		code = str.charCodeAt(pos);
		if (code === 32) break;
		if (code < 32 || code === 127) break;
		if (code === 92 && pos + 1 < max) {
			if (str.charCodeAt(pos + 1) === 32) {
				pos++;
				continue;
			}
			pos += 2;
			continue;
		}
		if (code === 40) {
			level++;
			if (level > 32) return result;
		}
		if (code === 41) {
			if (level === 0) break;
			level--;
		}
		pos++;
	}
	if (start === pos) return result;
	if (level !== 0) return result;
	result.str = unescapeAll(str.slice(start, pos));
	result.pos = pos;
	result.ok = true;
	return result;
}
/**
* Parses the optional title in `[label](destination "title")` or
* `[label]: destination "title"`.
*
* `prev_state` continues a reference title on the next source line.
*/
function parseLinkTitle$1(str, start, max, prev_state) {
	let code;
	let pos = start;
	const state = {
		ok: false,
		can_continue: false,
		pos: 0,
		str: "",
		marker: 0
	};
	if (prev_state) {
		state.str = prev_state.str;
		state.marker = prev_state.marker;
	} else {
		if (pos >= max) return state;
		let marker = str.charCodeAt(pos);
		if (marker !== 34 && marker !== 39 && marker !== 40) return state;
		start++;
		pos++;
		if (marker === 40) marker = 41;
		state.marker = marker;
	}
	while (pos < max) {
		code = str.charCodeAt(pos);
		if (code === state.marker) {
			state.pos = pos + 1;
			state.str += unescapeAll(str.slice(start, pos));
			state.ok = true;
			return state;
		} else if (code === 40 && state.marker === 41) return state;
		else if (code === 92 && pos + 1 < max) pos++;
		pos++;
	}
	state.can_continue = true;
	state.str += unescapeAll(str.slice(start, pos));
	return state;
}
/**
* Functions used to parse links and images, split out of parser rules because
* of their size.
*
* @module md.helpers
*/
var helpers_exports = /* @__PURE__ */ __exportAll({
	parseLinkDestination: () => parseLinkDestination$1,
	parseLinkLabel: () => parseLinkLabel,
	parseLinkTitle: () => parseLinkTitle$1
});
function _typeof(o) {
	"@babel/helpers - typeof";
	return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof(o);
}
function toPrimitive(t, r) {
	if ("object" != _typeof(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
function toPropertyKey(t) {
	var i = toPrimitive(t, "string");
	return "symbol" == _typeof(i) ? i : i + "";
}
function _defineProperty(e, r, t) {
	return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
		value: t,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[r] = t, e;
}
/**
* Represents one item in the parsed token stream, storing parsed data and
* providing helpers for managing HTML attributes.
*/
var Token = class {
	constructor(type, tag, nesting) {
		_defineProperty(
			this,
			/**
			* Source map info. Format: `[ line_begin, line_end ]`
			*/
			"map",
			null
		);
		_defineProperty(
			this,
			/**
			* nesting level, the same as `state.level`
			*/
			"level",
			0
		);
		_defineProperty(
			this,
			/**
			* An array of child nodes (inline and img tokens)
			*/
			"children",
			null
		);
		_defineProperty(
			this,
			/**
			* In a case of self-closing tag (code, html, fence, etc.),
			* it has contents of this tag.
			*/
			"content",
			""
		);
		_defineProperty(
			this,
			/**
			* '*' or '_' for emphasis, fence string for fence, etc.
			*/
			"markup",
			""
		);
		_defineProperty(
			this,
			/**
			* Additional information:
			*
			* - Info string for "fence" tokens
			* - The value "auto" for autolink "link_open" and "link_close" tokens
			* - The string value of the item marker for ordered-list "list_item_open" tokens
			*/
			"info",
			""
		);
		_defineProperty(
			this,
			/**
			* True for block-level tokens, false for inline tokens.
			* Used in renderer to calculate line breaks
			*/
			"block",
			false
		);
		_defineProperty(
			this,
			/**
			* If it's true, ignore this element when rendering. Used for tight lists
			* to hide paragraphs.
			*/
			"hidden",
			false
		);
		this.type = type;
		this.tag = tag;
		this.attrs = null;
		this.nesting = nesting;
		this.meta = null;
	}
	/**
	* Search attribute index by name.
	*/
	attrIndex(name) {
		if (!this.attrs) return -1;
		const attrs = this.attrs;
		for (let i = 0, len = attrs.length; i < len; i++) if (attrs[i][0] === name) return i;
		return -1;
	}
	/**
	* Add `[ name, value ]` attribute to list. Init attrs if necessary
	*/
	attrPush(attrData) {
		if (this.attrs) this.attrs.push(attrData);
		else this.attrs = [attrData];
	}
	/**
	* Set `name` attribute to `value`. Override old value if exists.
	*/
	attrSet(name, value) {
		const idx = this.attrIndex(name);
		const attrData = [name, value];
		if (idx < 0) this.attrPush(attrData);
		else this.attrs[idx] = attrData;
	}
	/**
	* Get the value of attribute `name`, or null if it does not exist.
	*/
	attrGet(name) {
		const idx = this.attrIndex(name);
		let value = null;
		if (idx >= 0) value = this.attrs[idx][1];
		return value;
	}
	/**
	* Join value to existing attribute via space. Or create new attribute if not
	* exists. Useful to operate with token classes.
	*/
	attrJoin(name, value) {
		const idx = this.attrIndex(name);
		if (idx < 0) this.attrPush([name, value]);
		else this.attrs[idx][1] = `${this.attrs[idx][1]} ${value}`;
	}
};
/**
* Helper class, used by {@link MarkdownIt.core}, {@link MarkdownIt.block} and
* {@link MarkdownIt.inline} to manage sequences of functions (rules):
*
* - keep rules in defined order
* - assign the name to each rule
* - enable/disable rules
* - add/replace rules
* - allow assign rules to additional named chains (in the same)
* - cacheing lists of active rules
*
* You will not need use this class directly until write plugins. For simple
* rules control use {@link MarkdownIt.disable}, {@link MarkdownIt.enable} and
* {@link MarkdownIt.use}.
*/
var Ruler = class {
	constructor() {
		_defineProperty(
			this,
			/** @internal */
			"__rules__",
			[]
		);
		_defineProperty(
			this,
			/** @internal */
			"__cache__",
			null
		);
	}
	/** @internal */
	__find__(name) {
		for (let i = 0; i < this.__rules__.length; i++) if (this.__rules__[i].name === name) return i;
		return -1;
	}
	/** @internal */
	__compile__() {
		const chains = /* @__PURE__ */ new Set();
		this.__rules__.forEach((rule) => {
			if (!rule.enabled) return;
			rule.alt.forEach((altName) => {
				if (altName) chains.add(altName);
			});
		});
		this.__cache__ = Object.create(null);
		this.__cache__[""] = [];
		this.__rules__.forEach((rule) => {
			if (rule.enabled) this.__cache__[""].push(rule.fn);
		});
		chains.forEach((chain) => {
			this.__cache__[chain] = [];
			this.__rules__.forEach((rule) => {
				if (rule.enabled && rule.alt.indexOf(chain) >= 0) this.__cache__[chain].push(rule.fn);
			});
		});
	}
	/**
	* Replace rule by name with new function & options. Throws error if name not
	* found.
	*
	* @example Replace existing typographer replacement rule with new one
	* ```javascript
	* import MarkdownIt from 'markdown-it'
	* const md = new MarkdownIt()
	*
	* md.core.ruler.at('replacements', function replace(state) {
	*   //...
	* });
	* ```
	*/
	at(name, fn, options = {}) {
		const index = this.__find__(name);
		if (index === -1) throw new Error(`Parser rule not found: ${name}`);
		this.__rules__[index].fn = fn;
		this.__rules__[index].alt = options.alt || [];
		this.__cache__ = null;
	}
	/**
	* Add new rule to chain before one with given name. See also
	* {@link Ruler.after}, {@link Ruler.push}.
	*
	* @example
	* ```javascript
	* import MarkdownIt from 'markdown-it'
	* const md = new MarkdownIt()
	*
	* md.block.ruler.before('paragraph', 'my_rule', function replace(state) {
	*   //...
	* });
	* ```
	*/
	before(beforeName, ruleName, fn, options = {}) {
		const index = this.__find__(beforeName);
		if (index === -1) throw new Error(`Parser rule not found: ${beforeName}`);
		this.__rules__.splice(index, 0, {
			name: ruleName,
			enabled: true,
			fn,
			alt: options.alt || []
		});
		this.__cache__ = null;
	}
	/**
	* Add new rule to chain after one with given name. See also
	* {@link Ruler.before}, {@link Ruler.push}.
	*
	* @example
	* ```javascript
	* import MarkdownIt from 'markdown-it'
	* const md = new MarkdownIt()
	*
	* md.inline.ruler.after('text', 'my_rule', function replace(state) {
	*   //...
	* });
	* ```
	*/
	after(afterName, ruleName, fn, options = {}) {
		const index = this.__find__(afterName);
		if (index === -1) throw new Error(`Parser rule not found: ${afterName}`);
		this.__rules__.splice(index + 1, 0, {
			name: ruleName,
			enabled: true,
			fn,
			alt: options.alt || []
		});
		this.__cache__ = null;
	}
	/**
	* Push new rule to the end of chain. See also
	* {@link Ruler.before}, {@link Ruler.after}.
	*
	* @example
	* ```javascript
	* import MarkdownIt from 'markdown-it'
	* const md = new MarkdownIt()
	*
	* md.core.ruler.push('my_rule', function replace(state) {
	*   //...
	* });
	* ```
	*/
	push(ruleName, fn, options = {}) {
		this.__rules__.push({
			name: ruleName,
			enabled: true,
			fn,
			alt: options.alt || []
		});
		this.__cache__ = null;
	}
	/**
	* Enable rules with given names. If any rule name not found - throw Error.
	* Errors can be disabled by second param.
	*
	* See also {@link Ruler.disable}, {@link Ruler.enableOnly}.
	*
	* Returns list of found rule names (if no exception happened).
	*/
	enable(list, ignoreInvalid = false) {
		if (!Array.isArray(list)) list = [list];
		const result = [];
		list.forEach((name) => {
			const idx = this.__find__(name);
			if (idx < 0) {
				if (ignoreInvalid) return;
				throw new Error(`Rules manager: invalid rule name ${name}`);
			}
			this.__rules__[idx].enabled = true;
			result.push(name);
		});
		this.__cache__ = null;
		return result;
	}
	/**
	* Enable rules with given names, and disable everything else. If any rule name
	* not found - throw Error. Errors can be disabled by second param.
	*
	* See also {@link Ruler.disable}, {@link Ruler.enable}.
	*/
	enableOnly(list, ignoreInvalid = false) {
		if (!Array.isArray(list)) list = [list];
		this.__rules__.forEach((rule) => {
			rule.enabled = false;
		});
		this.enable(list, ignoreInvalid);
	}
	/**
	* Disable rules with given names. If any rule name not found - throw Error.
	* Errors can be disabled by second param.
	*
	* See also {@link Ruler.enable}, {@link Ruler.enableOnly}.
	*
	* Returns list of found rule names (if no exception happened).
	*/
	disable(list, ignoreInvalid = false) {
		if (!Array.isArray(list)) list = [list];
		const result = [];
		list.forEach((name) => {
			const idx = this.__find__(name);
			if (idx < 0) {
				if (ignoreInvalid) return;
				throw new Error(`Rules manager: invalid rule name ${name}`);
			}
			this.__rules__[idx].enabled = false;
			result.push(name);
		});
		this.__cache__ = null;
		return result;
	}
	/**
	* Return array of active functions (rules) for given chain name. It analyzes
	* rules configuration, compiles caches if not exists and returns result.
	*
	* Default chain name is `''` (empty string). It can't be skipped. That's
	* done intentionally, to keep signature monomorphic for high speed.
	*/
	getRules(chainName) {
		if (!this.__cache__) this.__compile__();
		return this.__cache__[chainName] || [];
	}
};
var default_rules = {};
default_rules.code_inline = function(tokens, idx, options, env, slf) {
	const token = tokens[idx];
	return `<code${slf.renderAttrs(token)}>${escapeHtml(token.content)}</code>`;
};
default_rules.code_block = function(tokens, idx, options, env, slf) {
	const token = tokens[idx];
	return `<pre${slf.renderAttrs(token)}><code>${escapeHtml(tokens[idx].content)}</code></pre>\n`;
};
default_rules.fence = function(tokens, idx, options, env, slf) {
	const token = tokens[idx];
	const info = token.info ? unescapeAll(token.info).trim() : "";
	let langName = "";
	let langAttrs = "";
	if (info) {
		const arr = info.split(/(\s+)/g);
		langName = arr[0];
		langAttrs = arr.slice(2).join("");
	}
	let highlighted;
	if (options.highlight) highlighted = options.highlight(token.content, langName, langAttrs) || escapeHtml(token.content);
	else highlighted = escapeHtml(token.content);
	if (highlighted.indexOf("<pre") === 0) return highlighted + "\n";
	if (info) {
		const i = token.attrIndex("class");
		const tmpAttrs = token.attrs ? token.attrs.slice() : [];
		if (i < 0) tmpAttrs.push(["class", `${options.langPrefix}${langName}`]);
		else {
			tmpAttrs[i] = [tmpAttrs[i][0], tmpAttrs[i][1]];
			tmpAttrs[i][1] += ` ${options.langPrefix}${langName}`;
		}
		const tmpToken = { attrs: tmpAttrs };
		return `<pre><code${slf.renderAttrs(tmpToken)}>${highlighted}</code></pre>\n`;
	}
	return `<pre><code${slf.renderAttrs(token)}>${highlighted}</code></pre>\n`;
};
default_rules.image = function(tokens, idx, options, env, slf) {
	const token = tokens[idx];
	token.attrs[token.attrIndex("alt")][1] = slf.renderInlineAsText(token.children, options, env);
	return slf.renderToken(tokens, idx, options);
};
default_rules.hardbreak = function(tokens, idx, options) {
	return options.xhtmlOut ? "<br />\n" : "<br>\n";
};
default_rules.softbreak = function(tokens, idx, options) {
	return options.breaks ? options.xhtmlOut ? "<br />\n" : "<br>\n" : "\n";
};
default_rules.text = function(tokens, idx) {
	return escapeHtml(tokens[idx].content);
};
default_rules.html_block = function(tokens, idx) {
	return tokens[idx].content;
};
default_rules.html_inline = function(tokens, idx) {
	return tokens[idx].content;
};
/**
* Generates HTML from parsed token stream. Each instance has independent
* copy of rules. Those can be rewritten with ease. Also, you can add new
* rules if you create plugin and adds new token types.
*
* Creates new renderer instance and fills {@link Renderer.rules} with defaults.
*/
var Renderer = class {
	constructor() {
		_defineProperty(
			this,
			/**
			* Contains render rules for tokens. Can be updated and extended.
			*
			* See [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts)
			* for more details and examples.
			*
			* @example Custom render rules
			* ```javascript
			* import MarkdownIt from 'markdown-it'
			* const md = new MarkdownIt()
			*
			* md.renderer.rules.strong_open  = function () { return '<b>'; };
			* md.renderer.rules.strong_close = function () { return '</b>'; };
			*
			* const result = md.renderInline(...);
			* ```
			*
			* @example Each rule is called as independent static function with fixed signature
			* ```javascript
			* function my_token_render(tokens, idx, options, env, renderer) {
			*   // ...
			*   return renderedHTML;
			* }
			* ```
			*/
			"rules",
			Object.assign({}, default_rules)
		);
	}
	/**
	* Render token attributes to string.
	*/
	renderAttrs(token) {
		let i, l, result;
		if (!token.attrs) return "";
		result = "";
		for (i = 0, l = token.attrs.length; i < l; i++) result += ` ${escapeHtml(token.attrs[i][0])}="${escapeHtml(String(token.attrs[i][1]))}"`;
		return result;
	}
	/**
	* Default token renderer. Can be overriden by custom function
	* in {@link Renderer.rules}.
	*/
	renderToken(tokens, idx, options) {
		const token = tokens[idx];
		let result = "";
		if (token.hidden) return "";
		let prev = idx - 1;
		while (prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === 0) prev--;
		if (token.block && token.nesting !== -1 && prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === -1) result += "\n";
		result += (token.nesting === -1 ? "</" : "<") + token.tag;
		result += this.renderAttrs(token);
		if (token.nesting === 0 && options.xhtmlOut) result += " /";
		let needLf = false;
		if (token.block) {
			needLf = true;
			if (token.nesting === 1) {
				let next = idx + 1;
				while (next < tokens.length && tokens[next].hidden && tokens[next].nesting === 0) next++;
				if (next < tokens.length) {
					const nextToken = tokens[next];
					if (nextToken.type === "inline" || nextToken.hidden) needLf = false;
					else if (nextToken.nesting === -1 && nextToken.tag === token.tag) needLf = false;
				}
			}
		}
		result += needLf ? ">\n" : ">";
		return result;
	}
	/**
	* The same as {@link Renderer.render}, but for single token of `inline` type.
	*/
	renderInline(tokens, options, env) {
		let result = "";
		const rules = this.rules;
		for (let i = 0, len = tokens.length; i < len; i++) {
			const type = tokens[i].type;
			if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
			else result += this.renderToken(tokens, i, options);
		}
		return result;
	}
	/**
	* Special kludge for image `alt` attributes to conform CommonMark spec.
	* Don't try to use it! Spec requires to show `alt` content with stripped markup,
	* instead of simple escaping.
	*/
	renderInlineAsText(tokens, options, env) {
		let result = "";
		for (let i = 0, len = tokens.length; i < len; i++) switch (tokens[i].type) {
			case "text":
			case "code_inline":
				result += tokens[i].content;
				break;
			case "image":
				result += this.renderInlineAsText(tokens[i].children, options, env);
				break;
			case "html_inline":
			case "html_block":
				result += tokens[i].content;
				break;
			case "softbreak":
			case "hardbreak": result += "\n";
		}
		return result;
	}
	/**
	* Takes token stream and generates HTML. Probably, you will never need to call
	* this method directly.
	*/
	render(tokens, options, env) {
		let result = "";
		const rules = this.rules;
		for (let i = 0, len = tokens.length; i < len; i++) {
			const type = tokens[i].type;
			if (type === "inline") result += this.renderInline(tokens[i].children, options, env);
			else if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
			else result += this.renderToken(tokens, i, options);
		}
		return result;
	}
};
/** Mutable state passed through the core rules chain. */
var StateCore = class {
	constructor(src, md, env) {
		_defineProperty(this, "tokens", []);
		_defineProperty(this, "inlineMode", false);
		_defineProperty(this, "Token", Token);
		this.src = src;
		this.env = env;
		this.md = md;
	}
};
var UNNORMALIZED_NEWLINE_RE = /\r\n?/g;
var NULL_RE = /\0/g;
function normalize(state) {
	let str;
	str = state.src.replace(UNNORMALIZED_NEWLINE_RE, "\n");
	str = str.replace(NULL_RE, "�");
	state.src = str;
}
function block(state) {
	let token;
	if (state.inlineMode) {
		token = new state.Token("inline", "", 0);
		token.content = state.src;
		token.map = [0, 1];
		token.children = [];
		state.tokens.push(token);
	} else state.md.block.parse(state.src, state.md, state.env, state.tokens);
}
function strip_references(state) {
	const tokens = state.tokens;
	let last = 0;
	for (let curr = 0; curr < tokens.length; curr++) {
		if (tokens[curr].type === "reference_definition") continue;
		if (curr !== last) tokens[last] = tokens[curr];
		last++;
	}
	if (tokens.length !== last) tokens.length = last;
}
function inline(state) {
	const tokens = state.tokens;
	for (let i = 0, l = tokens.length; i < l; i++) {
		const tok = tokens[i];
		if (tok.type === "inline") state.md.inline.parse(tok.content, state.md, state.env, tok.children);
	}
}
function isLinkOpen$1(str) {
	return /^<a[>\s]/i.test(str);
}
function isLinkClose$1(str) {
	return /^<\/a\s*>/i.test(str);
}
function linkify$1(state) {
	const blockTokens = state.tokens;
	if (!state.md.options.linkify) return;
	for (let j = 0, l = blockTokens.length; j < l; j++) {
		if (blockTokens[j].type !== "inline" || !state.md.linkify.test(blockTokens[j].content)) continue;
		const tokens = blockTokens[j].children;
		const replacements = [];
		let htmlLinkLevel = 0;
		for (let i = tokens.length - 1; i >= 0; i--) {
			const currentToken = tokens[i];
			if (currentToken.type === "link_close") {
				i--;
				while (tokens[i].level !== currentToken.level && tokens[i].type !== "link_open") i--;
				continue;
			}
			if (currentToken.type === "html_inline") {
				if (isLinkOpen$1(currentToken.content) && htmlLinkLevel > 0) htmlLinkLevel--;
				if (isLinkClose$1(currentToken.content)) htmlLinkLevel++;
			}
			if (htmlLinkLevel > 0) continue;
			if (currentToken.type === "text" && state.md.linkify.test(currentToken.content)) {
				const text = currentToken.content;
				let links = state.md.linkify.match(text);
				const nodes = [];
				let level = currentToken.level;
				let lastPos = 0;
				if (links.length > 0 && links[0].index === 0 && i > 0 && tokens[i - 1].type === "text_special") links = links.slice(1);
				for (let ln = 0; ln < links.length; ln++) {
					const url = links[ln].url;
					const fullUrl = state.md.normalizeLink(url);
					if (!state.md.validateLink(fullUrl)) continue;
					let urlText = links[ln].text;
					if (!links[ln].schema) urlText = state.md.normalizeLinkText(`http://${urlText}`).replace(/^http:\/\//, "");
					else if (links[ln].schema === "mailto:" && !/^mailto:/i.test(urlText)) urlText = state.md.normalizeLinkText(`mailto:${urlText}`).replace(/^mailto:/, "");
					else urlText = state.md.normalizeLinkText(urlText);
					const pos = links[ln].index;
					if (pos > lastPos) {
						const token = new state.Token("text", "", 0);
						token.content = text.slice(lastPos, pos);
						token.level = level;
						nodes.push(token);
					}
					const token_o = new state.Token("link_open", "a", 1);
					token_o.attrs = [["href", fullUrl]];
					token_o.level = level++;
					token_o.markup = "linkify";
					token_o.info = "auto";
					nodes.push(token_o);
					const token_t = new state.Token("text", "", 0);
					token_t.content = urlText;
					token_t.level = level;
					nodes.push(token_t);
					const token_c = new state.Token("link_close", "a", -1);
					token_c.level = --level;
					token_c.markup = "linkify";
					token_c.info = "auto";
					nodes.push(token_c);
					lastPos = links[ln].lastIndex;
				}
				if (lastPos < text.length) {
					const token = new state.Token("text", "", 0);
					token.content = text.slice(lastPos);
					token.level = level;
					nodes.push(token);
				}
				replacements.push({
					index: i,
					nodes
				});
			}
		}
		if (replacements.length > 0) {
			let newTokensLength = tokens.length;
			for (const replacement of replacements) newTokensLength += replacement.nodes.length - 1;
			const newTokens = new Array(newTokensLength);
			let replacementIndex = 0;
			let newTokenIndex = 0;
			replacements.reverse();
			for (let i = 0; i < tokens.length; i++) {
				const replacement = replacements[replacementIndex];
				if ((replacement === null || replacement === void 0 ? void 0 : replacement.index) === i) {
					for (const node of replacement.nodes) newTokens[newTokenIndex++] = node;
					replacementIndex++;
				} else newTokens[newTokenIndex++] = tokens[i];
			}
			blockTokens[j].children = newTokens;
		}
	}
}
var RARE_RE = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
var SCOPED_ABBR_TEST_RE = /\((c|tm|r)\)/i;
var SCOPED_ABBR_RE = /\((c|tm|r)\)/gi;
var SCOPED_ABBR = {
	c: "©",
	r: "®",
	tm: "™"
};
function replaceFn(match, name) {
	return SCOPED_ABBR[name.toLowerCase()];
}
function replace_scoped(inlineTokens) {
	let inside_autolink = 0;
	for (let i = inlineTokens.length - 1; i >= 0; i--) {
		const token = inlineTokens[i];
		if (token.type === "text" && !inside_autolink) token.content = token.content.replace(SCOPED_ABBR_RE, replaceFn);
		if (token.type === "link_open" && token.info === "auto") inside_autolink--;
		if (token.type === "link_close" && token.info === "auto") inside_autolink++;
	}
}
function replace_rare(inlineTokens) {
	let inside_autolink = 0;
	for (let i = inlineTokens.length - 1; i >= 0; i--) {
		const token = inlineTokens[i];
		if (token.type === "text" && !inside_autolink) {
			if (RARE_RE.test(token.content)) token.content = token.content.replace(/\+-/g, "±").replace(/\.{2,}/g, "…").replace(/([?!])…/g, "$1..").replace(/([?!]){4,}/g, "$1$1$1").replace(/,{2,}/g, ",").replace(/(^|[^-])---(?=[^-]|$)/gm, "$1—").replace(/(^|\s)--(?=\s|$)/gm, "$1–").replace(/(^|[^-\s])--(?=[^-\s]|$)/gm, "$1–");
		}
		if (token.type === "link_open" && token.info === "auto") inside_autolink--;
		if (token.type === "link_close" && token.info === "auto") inside_autolink++;
	}
}
function replace(state) {
	let blkIdx;
	if (!state.md.options.typographer) return;
	for (blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
		if (state.tokens[blkIdx].type !== "inline") continue;
		if (SCOPED_ABBR_TEST_RE.test(state.tokens[blkIdx].content)) replace_scoped(state.tokens[blkIdx].children);
		if (RARE_RE.test(state.tokens[blkIdx].content)) replace_rare(state.tokens[blkIdx].children);
	}
}
var QUOTE_TEST_RE = /['"]/;
var QUOTE_RE = /['"]/g;
var APOSTROPHE = "’";
var MAX_OPENERS = 1e3;
function truncateStack(stack, heads, length) {
	while (stack.length > length) {
		const item = stack.pop();
		if (item.isSingleQuote) heads.single = item.prevSameQuoteIdx;
		else heads.double = item.prevSameQuoteIdx;
	}
}
function addReplacement(replacements, tokenIdx, pos, ch) {
	if (!replacements[tokenIdx]) replacements[tokenIdx] = [];
	replacements[tokenIdx].push({
		pos,
		ch
	});
}
function applyReplacements(str, replacements) {
	let result = "";
	let lastPos = 0;
	replacements.sort((a, b) => a.pos - b.pos);
	for (let i = 0; i < replacements.length; i++) {
		const replacement = replacements[i];
		result += str.slice(lastPos, replacement.pos) + replacement.ch;
		lastPos = replacement.pos + 1;
	}
	return result + str.slice(lastPos);
}
function process_inlines(tokens, state) {
	let j;
	const stack = [];
	const heads = {
		single: -1,
		double: -1
	};
	const replacements = {};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		const thisLevel = tokens[i].level;
		for (j = stack.length - 1; j >= 0; j--) if (stack[j].level <= thisLevel) break;
		truncateStack(stack, heads, j + 1);
		if (token.type !== "text") continue;
		const text = token.content;
		let pos = 0;
		const max = text.length;
		OUTER: while (pos < max) {
			QUOTE_RE.lastIndex = pos;
			const t = QUOTE_RE.exec(text);
			if (!t) break;
			let canOpen = true;
			let canClose = true;
			pos = t.index + 1;
			const isSingle = t[0] === "'";
			let lastChar = 32;
			if (t.index - 1 >= 0) lastChar = text.charCodeAt(t.index - 1);
			else for (j = i - 1; j >= 0; j--) {
				if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
				if (!tokens[j].content) continue;
				lastChar = tokens[j].content.charCodeAt(tokens[j].content.length - 1);
				break;
			}
			let nextChar = 32;
			if (pos < max) nextChar = text.charCodeAt(pos);
			else for (j = i + 1; j < tokens.length; j++) {
				if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
				if (!tokens[j].content) continue;
				nextChar = tokens[j].content.charCodeAt(0);
				break;
			}
			const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
			const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
			const isLastWhiteSpace = isWhiteSpace(lastChar);
			const isNextWhiteSpace = isWhiteSpace(nextChar);
			if (isNextWhiteSpace) canOpen = false;
			else if (isNextPunctChar) {
				if (!(isLastWhiteSpace || isLastPunctChar)) canOpen = false;
			}
			if (isLastWhiteSpace) canClose = false;
			else if (isLastPunctChar) {
				if (!(isNextWhiteSpace || isNextPunctChar)) canClose = false;
			}
			if (nextChar === 34 && t[0] === "\"") {
				if (lastChar >= 48 && lastChar <= 57) canClose = canOpen = false;
			}
			if (canOpen && canClose) {
				canOpen = isLastPunctChar;
				canClose = isNextPunctChar;
			}
			if (!canOpen && !canClose) {
				if (isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
				continue;
			}
			if (canClose) {
				j = isSingle ? heads.single : heads.double;
				if (j >= 0 && stack[j].level === thisLevel) {
					const item = stack[j];
					let openQuote;
					let closeQuote;
					if (isSingle) {
						openQuote = state.md.options.quotes[2];
						closeQuote = state.md.options.quotes[3];
					} else {
						openQuote = state.md.options.quotes[0];
						closeQuote = state.md.options.quotes[1];
					}
					addReplacement(replacements, i, t.index, closeQuote);
					addReplacement(replacements, item.tokenIdx, item.contentPos, openQuote);
					truncateStack(stack, heads, j);
					continue OUTER;
				}
			}
			if (canOpen) {
				if (stack.length >= MAX_OPENERS) return;
				stack.push({
					tokenIdx: i,
					contentPos: t.index,
					isSingleQuote: isSingle,
					level: thisLevel,
					prevSameQuoteIdx: isSingle ? heads.single : heads.double
				});
				if (isSingle) heads.single = stack.length - 1;
				else heads.double = stack.length - 1;
			} else if (canClose && isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
		}
	}
	Object.keys(replacements).forEach(function(tokenIdx) {
		const idx = Number(tokenIdx);
		tokens[idx].content = applyReplacements(tokens[idx].content, replacements[tokenIdx]);
	});
}
function smartquotes(state) {
	if (!state.md.options.typographer) return;
	for (let blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
		if (state.tokens[blkIdx].type !== "inline" || !QUOTE_TEST_RE.test(state.tokens[blkIdx].content)) continue;
		process_inlines(state.tokens[blkIdx].children, state);
	}
}
function join_alt(tokens) {
	let curr, last;
	const max = tokens.length;
	for (curr = 0; curr < max; curr++) if (tokens[curr].type === "text_special") tokens[curr].type = "text";
	for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
	else {
		if (curr !== last) tokens[last] = tokens[curr];
		last++;
	}
	if (curr !== last) tokens.length = last;
}
function text_join(state) {
	let curr, last;
	const blockTokens = state.tokens;
	const l = blockTokens.length;
	for (let j = 0; j < l; j++) {
		if (blockTokens[j].type !== "inline") continue;
		const tokens = blockTokens[j].children;
		const max = tokens.length;
		for (curr = 0; curr < max; curr++) {
			if (tokens[curr].type === "text_special") tokens[curr].type = "text";
			if (tokens[curr].children) join_alt(tokens[curr].children);
		}
		for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
		else {
			if (curr !== last) tokens[last] = tokens[curr];
			last++;
		}
		if (curr !== last) tokens.length = last;
	}
}
var _rules$2 = [
	["normalize", normalize],
	["block", block],
	["strip_references", strip_references],
	["inline", inline],
	["linkify", linkify$1],
	["replacements", replace],
	["smartquotes", smartquotes],
	["text_join", text_join]
];
/**
* Top-level rules executor. Glues block/inline parsers and does intermediate
* transformations.
*/
var ParserCore = class {
	constructor() {
		_defineProperty(
			this,
			/**
			* {@link Ruler} instance. Keep configuration of core rules.
			*/
			"ruler",
			new Ruler()
		);
		_defineProperty(this, "State", StateCore);
		for (let i = 0; i < _rules$2.length; i++) this.ruler.push(_rules$2[i][0], _rules$2[i][1]);
	}
	/**
	* Executes core chain rules.
	*/
	process(state) {
		const rules = this.ruler.getRules("");
		for (let i = 0, l = rules.length; i < l; i++) rules[i](state);
	}
};
/** Mutable state passed to block rules while tokenizing a source document. */
var StateBlock = class {
	constructor(src, md, env, tokens) {
		_defineProperty(this, "bMarks", []);
		_defineProperty(this, "eMarks", []);
		_defineProperty(this, "tShift", []);
		_defineProperty(this, "sCount", []);
		_defineProperty(this, "bsCount", []);
		_defineProperty(this, "blkIndent", 0);
		_defineProperty(this, "line", 0);
		_defineProperty(this, "lineMax", 0);
		_defineProperty(this, "tight", false);
		_defineProperty(this, "listIndent", -1);
		_defineProperty(this, "parentType", "root");
		_defineProperty(this, "level", 0);
		_defineProperty(this, "Token", Token);
		this.src = src;
		this.md = md;
		this.env = env;
		this.tokens = tokens;
		const s = this.src;
		for (let start = 0, pos = 0, indent = 0, offset = 0, len = s.length, indent_found = false; pos < len; pos++) {
			const ch = s.charCodeAt(pos);
			if (!indent_found) {
				if (isSpace(ch)) {
					indent++;
					if (ch === 9) offset += 4 - offset % 4;
					else offset++;
					continue;
				} else indent_found = true;
			}
			if (ch === 10 || pos === len - 1) {
				if (ch !== 10) pos++;
				this.bMarks.push(start);
				this.eMarks.push(pos);
				this.tShift.push(indent);
				this.sCount.push(offset);
				this.bsCount.push(0);
				indent_found = false;
				indent = 0;
				offset = 0;
				start = pos + 1;
			}
		}
		this.bMarks.push(s.length);
		this.eMarks.push(s.length);
		this.tShift.push(0);
		this.sCount.push(0);
		this.bsCount.push(0);
		this.lineMax = this.bMarks.length - 1;
	}
	push(type, tag, nesting) {
		const token = new Token(type, tag, nesting);
		token.block = true;
		if (nesting < 0) this.level--;
		token.level = this.level;
		if (nesting > 0) this.level++;
		this.tokens.push(token);
		return token;
	}
	isEmpty(line) {
		return this.bMarks[line] + this.tShift[line] >= this.eMarks[line];
	}
	skipEmptyLines(from) {
		for (let max = this.lineMax; from < max; from++) if (this.bMarks[from] + this.tShift[from] < this.eMarks[from]) break;
		return from;
	}
	skipSpaces(pos) {
		for (let max = this.src.length; pos < max; pos++) if (!isSpace(this.src.charCodeAt(pos))) break;
		return pos;
	}
	skipSpacesBack(pos, min) {
		if (pos <= min) return pos;
		while (pos > min) if (!isSpace(this.src.charCodeAt(--pos))) return pos + 1;
		return pos;
	}
	skipChars(pos, code) {
		for (let max = this.src.length; pos < max; pos++) if (this.src.charCodeAt(pos) !== code) break;
		return pos;
	}
	skipCharsBack(pos, code, min) {
		if (pos <= min) return pos;
		while (pos > min) if (code !== this.src.charCodeAt(--pos)) return pos + 1;
		return pos;
	}
	getLines(begin, end, indent, keepLastLF) {
		if (begin >= end) return "";
		const queue = new Array(end - begin);
		for (let i = 0, line = begin; line < end; line++, i++) {
			let lineIndent = 0;
			const lineStart = this.bMarks[line];
			let first = lineStart;
			let last;
			if (line + 1 < end || keepLastLF) last = this.eMarks[line] + 1;
			else last = this.eMarks[line];
			while (first < last && lineIndent < indent) {
				const ch = this.src.charCodeAt(first);
				if (isSpace(ch)) {
					if (ch === 9) lineIndent += 4 - (lineIndent + this.bsCount[line]) % 4;
					else lineIndent++;
				} else if (first - lineStart < this.tShift[line]) lineIndent++;
				else break;
				first++;
			}
			if (lineIndent > indent) queue[i] = new Array(lineIndent - indent + 1).join(" ") + this.src.slice(first, last);
			else queue[i] = this.src.slice(first, last);
		}
		return queue.join("");
	}
};
var MAX_AUTOCOMPLETED_CELLS = 65536;
function getLine(state, line) {
	const pos = state.bMarks[line] + state.tShift[line];
	const max = state.eMarks[line];
	return state.src.slice(pos, max);
}
function escapedSplit(str) {
	const result = [];
	const max = str.length;
	let pos = 0;
	let ch = str.charCodeAt(pos);
	let isEscaped = false;
	let lastPos = 0;
	let current = "";
	while (pos < max) {
		if (ch === 124) {
			if (!isEscaped) {
				result.push(current + str.substring(lastPos, pos));
				current = "";
				lastPos = pos + 1;
			} else {
				current += str.substring(lastPos, pos - 1);
				lastPos = pos;
			}
		}
		isEscaped = ch === 92;
		pos++;
		ch = str.charCodeAt(pos);
	}
	result.push(current + str.substring(lastPos));
	return result;
}
function table(state, startLine, endLine, silent) {
	if (startLine + 2 > endLine) return false;
	let nextLine = startLine + 1;
	if (state.sCount[nextLine] < state.blkIndent) return false;
	if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
	let pos = state.bMarks[nextLine] + state.tShift[nextLine];
	if (pos >= state.eMarks[nextLine]) return false;
	const firstCh = state.src.charCodeAt(pos++);
	if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) return false;
	if (pos >= state.eMarks[nextLine]) return false;
	const secondCh = state.src.charCodeAt(pos++);
	if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) return false;
	if (firstCh === 45 && isSpace(secondCh)) return false;
	while (pos < state.eMarks[nextLine]) {
		const ch = state.src.charCodeAt(pos);
		if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) return false;
		pos++;
	}
	let lineText = getLine(state, startLine + 1);
	let columns = lineText.split("|");
	const aligns = [];
	for (let i = 0; i < columns.length; i++) {
		const t = columns[i].trim();
		if (!t) {
			if (i === 0 || i === columns.length - 1) continue;
			else return false;
		}
		if (!/^:?-+:?$/.test(t)) return false;
		if (t.charCodeAt(t.length - 1) === 58) aligns.push(t.charCodeAt(0) === 58 ? "center" : "right");
		else if (t.charCodeAt(0) === 58) aligns.push("left");
		else aligns.push("");
	}
	lineText = getLine(state, startLine).trim();
	if (lineText.indexOf("|") === -1) return false;
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	columns = escapedSplit(lineText);
	if (columns.length && columns[0] === "") columns.shift();
	if (columns.length && columns[columns.length - 1] === "") columns.pop();
	const columnCount = columns.length;
	if (columnCount === 0 || columnCount !== aligns.length) return false;
	if (silent) return true;
	const oldParentType = state.parentType;
	state.parentType = "table";
	const terminatorRules = state.md.block.ruler.getRules("blockquote");
	const token_to = state.push("table_open", "table", 1);
	const tableLines = [startLine, 0];
	token_to.map = tableLines;
	const token_tho = state.push("thead_open", "thead", 1);
	token_tho.map = [startLine, startLine + 1];
	const token_htro = state.push("tr_open", "tr", 1);
	token_htro.map = [startLine, startLine + 1];
	for (let i = 0; i < columns.length; i++) {
		const token_ho = state.push("th_open", "th", 1);
		if (aligns[i]) token_ho.attrs = [["style", `text-align:${aligns[i]}`]];
		const token_il = state.push("inline", "", 0);
		token_il.content = columns[i].trim();
		token_il.children = [];
		state.push("th_close", "th", -1);
	}
	state.push("tr_close", "tr", -1);
	state.push("thead_close", "thead", -1);
	let tbodyLines;
	let autocompletedCells = 0;
	for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
		if (state.sCount[nextLine] < state.blkIndent) break;
		let terminate = false;
		for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
			terminate = true;
			break;
		}
		if (terminate) break;
		lineText = getLine(state, nextLine).trim();
		if (!lineText) break;
		if (state.sCount[nextLine] - state.blkIndent >= 4) break;
		columns = escapedSplit(lineText);
		if (columns.length && columns[0] === "") columns.shift();
		if (columns.length && columns[columns.length - 1] === "") columns.pop();
		autocompletedCells += columnCount - columns.length;
		if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
		if (nextLine === startLine + 2) {
			const token_tbo = state.push("tbody_open", "tbody", 1);
			token_tbo.map = tbodyLines = [startLine + 2, 0];
		}
		const token_tro = state.push("tr_open", "tr", 1);
		token_tro.map = [nextLine, nextLine + 1];
		for (let i = 0; i < columnCount; i++) {
			const token_tdo = state.push("td_open", "td", 1);
			if (aligns[i]) token_tdo.attrs = [["style", `text-align:${aligns[i]}`]];
			const token_il = state.push("inline", "", 0);
			token_il.content = columns[i] ? columns[i].trim() : "";
			token_il.children = [];
			state.push("td_close", "td", -1);
		}
		state.push("tr_close", "tr", -1);
	}
	if (tbodyLines) {
		state.push("tbody_close", "tbody", -1);
		tbodyLines[1] = nextLine;
	}
	state.push("table_close", "table", -1);
	tableLines[1] = nextLine;
	state.parentType = oldParentType;
	state.line = nextLine;
	return true;
}
function code(state, startLine, endLine) {
	if (state.sCount[startLine] - state.blkIndent < 4) return false;
	let nextLine = startLine + 1;
	let last = nextLine;
	while (nextLine < endLine) {
		if (state.isEmpty(nextLine)) {
			nextLine++;
			continue;
		}
		if (state.sCount[nextLine] - state.blkIndent >= 4) {
			nextLine++;
			last = nextLine;
			continue;
		}
		break;
	}
	state.line = last;
	const token = state.push("code_block", "code", 0);
	token.content = state.getLines(startLine, last, 4 + state.blkIndent, false) + "\n";
	token.map = [startLine, state.line];
	return true;
}
function fence(state, startLine, endLine, silent) {
	let pos = state.bMarks[startLine] + state.tShift[startLine];
	let max = state.eMarks[startLine];
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	if (pos + 3 > max) return false;
	const marker = state.src.charCodeAt(pos);
	if (marker !== 126 && marker !== 96) return false;
	let mem = pos;
	pos = state.skipChars(pos, marker);
	let len = pos - mem;
	if (len < 3) return false;
	const markup = state.src.slice(mem, pos);
	const params = state.src.slice(pos, max);
	if (marker === 96) {
		if (params.indexOf(String.fromCharCode(marker)) >= 0) return false;
	}
	if (silent) return true;
	let nextLine = startLine;
	let haveEndMarker = false;
	for (;;) {
		nextLine++;
		if (nextLine >= endLine) break;
		pos = mem = state.bMarks[nextLine] + state.tShift[nextLine];
		max = state.eMarks[nextLine];
		if (pos < max && state.sCount[nextLine] < state.blkIndent) break;
		if (state.src.charCodeAt(pos) !== marker) continue;
		if (state.sCount[nextLine] - state.blkIndent >= 4) continue;
		pos = state.skipChars(pos, marker);
		if (pos - mem < len) continue;
		pos = state.skipSpaces(pos);
		if (pos < max) continue;
		haveEndMarker = true;
		break;
	}
	len = state.sCount[startLine];
	state.line = nextLine + (haveEndMarker ? 1 : 0);
	const token = state.push("fence", "code", 0);
	token.info = params;
	token.content = state.getLines(startLine + 1, nextLine, len, true);
	token.markup = markup;
	token.map = [startLine, state.line];
	return true;
}
function blockquote(state, startLine, endLine, silent) {
	let pos = state.bMarks[startLine] + state.tShift[startLine];
	let max = state.eMarks[startLine];
	const oldLineMax = state.lineMax;
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	if (state.src.charCodeAt(pos) !== 62) return false;
	if (silent) return true;
	const oldBMarks = [];
	const oldBSCount = [];
	const oldSCount = [];
	const oldTShift = [];
	const terminatorRules = state.md.block.ruler.getRules("blockquote");
	const oldParentType = state.parentType;
	state.parentType = "blockquote";
	let lastLineEmpty = false;
	let nextLine;
	for (nextLine = startLine; nextLine < endLine; nextLine++) {
		const isOutdented = state.sCount[nextLine] < state.blkIndent;
		pos = state.bMarks[nextLine] + state.tShift[nextLine];
		max = state.eMarks[nextLine];
		if (pos >= max) break;
		if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
			let initial = state.sCount[nextLine] + 1;
			let spaceAfterMarker;
			let adjustTab;
			if (state.src.charCodeAt(pos) === 32) {
				pos++;
				initial++;
				adjustTab = false;
				spaceAfterMarker = true;
			} else if (state.src.charCodeAt(pos) === 9) {
				spaceAfterMarker = true;
				if ((state.bsCount[nextLine] + initial) % 4 === 3) {
					pos++;
					initial++;
					adjustTab = false;
				} else adjustTab = true;
			} else spaceAfterMarker = false;
			let offset = initial;
			oldBMarks.push(state.bMarks[nextLine]);
			state.bMarks[nextLine] = pos;
			while (pos < max) {
				const ch = state.src.charCodeAt(pos);
				if (isSpace(ch)) {
					if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4;
					else offset++;
				} else break;
				pos++;
			}
			lastLineEmpty = pos >= max;
			oldBSCount.push(state.bsCount[nextLine]);
			state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
			oldSCount.push(state.sCount[nextLine]);
			state.sCount[nextLine] = offset - initial;
			oldTShift.push(state.tShift[nextLine]);
			state.tShift[nextLine] = pos - state.bMarks[nextLine];
			continue;
		}
		if (lastLineEmpty) break;
		let terminate = false;
		for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
			terminate = true;
			break;
		}
		if (terminate) {
			state.lineMax = nextLine;
			if (state.blkIndent !== 0) {
				oldBMarks.push(state.bMarks[nextLine]);
				oldBSCount.push(state.bsCount[nextLine]);
				oldTShift.push(state.tShift[nextLine]);
				oldSCount.push(state.sCount[nextLine]);
				state.sCount[nextLine] -= state.blkIndent;
			}
			break;
		}
		oldBMarks.push(state.bMarks[nextLine]);
		oldBSCount.push(state.bsCount[nextLine]);
		oldTShift.push(state.tShift[nextLine]);
		oldSCount.push(state.sCount[nextLine]);
		state.sCount[nextLine] = -1;
	}
	const oldIndent = state.blkIndent;
	state.blkIndent = 0;
	const token_o = state.push("blockquote_open", "blockquote", 1);
	token_o.markup = ">";
	const lines = [startLine, 0];
	token_o.map = lines;
	state.md.block.tokenize(state, startLine, nextLine);
	const token_c = state.push("blockquote_close", "blockquote", -1);
	token_c.markup = ">";
	state.lineMax = oldLineMax;
	state.parentType = oldParentType;
	lines[1] = state.line;
	for (let i = 0; i < oldTShift.length; i++) {
		state.bMarks[i + startLine] = oldBMarks[i];
		state.tShift[i + startLine] = oldTShift[i];
		state.sCount[i + startLine] = oldSCount[i];
		state.bsCount[i + startLine] = oldBSCount[i];
	}
	state.blkIndent = oldIndent;
	return true;
}
function hr(state, startLine, endLine, silent) {
	const max = state.eMarks[startLine];
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	let pos = state.bMarks[startLine] + state.tShift[startLine];
	const marker = state.src.charCodeAt(pos++);
	if (marker !== 42 && marker !== 45 && marker !== 95) return false;
	let cnt = 1;
	while (pos < max) {
		const ch = state.src.charCodeAt(pos++);
		if (ch !== marker && !isSpace(ch)) return false;
		if (ch === marker) cnt++;
	}
	if (cnt < 3) return false;
	if (silent) return true;
	state.line = startLine + 1;
	const token = state.push("hr", "hr", 0);
	token.map = [startLine, state.line];
	token.markup = Array(cnt + 1).join(String.fromCharCode(marker));
	return true;
}
function skipBulletListMarker(state, startLine) {
	const max = state.eMarks[startLine];
	let pos = state.bMarks[startLine] + state.tShift[startLine];
	const marker = state.src.charCodeAt(pos++);
	if (marker !== 42 && marker !== 45 && marker !== 43) return -1;
	if (pos < max) {
		if (!isSpace(state.src.charCodeAt(pos))) return -1;
	}
	return pos;
}
function skipOrderedListMarker(state, startLine) {
	const start = state.bMarks[startLine] + state.tShift[startLine];
	const max = state.eMarks[startLine];
	let pos = start;
	if (pos + 1 >= max) return -1;
	let ch = state.src.charCodeAt(pos++);
	if (ch < 48 || ch > 57) return -1;
	for (;;) {
		if (pos >= max) return -1;
		ch = state.src.charCodeAt(pos++);
		if (ch >= 48 && ch <= 57) {
			if (pos - start >= 10) return -1;
			continue;
		}
		if (ch === 41 || ch === 46) break;
		return -1;
	}
	if (pos < max) {
		ch = state.src.charCodeAt(pos);
		if (!isSpace(ch)) return -1;
	}
	return pos;
}
function markTightParagraphs(state, idx) {
	const level = state.level + 2;
	for (let i = idx + 2, l = state.tokens.length - 2; i < l; i++) if (state.tokens[i].level === level && state.tokens[i].type === "paragraph_open") {
		state.tokens[i + 2].hidden = true;
		state.tokens[i].hidden = true;
		i += 2;
	}
}
function list(state, startLine, endLine, silent) {
	let max, pos, start, token;
	let nextLine = startLine;
	let tight = true;
	if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
	if (state.listIndent >= 0 && state.sCount[nextLine] - state.listIndent >= 4 && state.sCount[nextLine] < state.blkIndent) return false;
	let isTerminatingParagraph = false;
	if (silent && state.parentType === "paragraph") {
		if (state.sCount[nextLine] >= state.blkIndent) isTerminatingParagraph = true;
	}
	let isOrdered;
	let markerValue;
	let posAfterMarker;
	if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
		isOrdered = true;
		start = state.bMarks[nextLine] + state.tShift[nextLine];
		markerValue = Number(state.src.slice(start, posAfterMarker - 1));
		if (isTerminatingParagraph && markerValue !== 1) return false;
	} else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) isOrdered = false;
	else return false;
	if (isTerminatingParagraph) {
		if (state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]) return false;
	}
	if (silent) return true;
	const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
	const listTokIdx = state.tokens.length;
	if (isOrdered) {
		token = state.push("ordered_list_open", "ol", 1);
		if (markerValue !== 1) token.attrs = [["start", markerValue]];
	} else token = state.push("bullet_list_open", "ul", 1);
	const listLines = [nextLine, 0];
	token.map = listLines;
	token.markup = String.fromCharCode(markerCharCode);
	let prevEmptyEnd = false;
	const terminatorRules = state.md.block.ruler.getRules("list");
	const oldParentType = state.parentType;
	state.parentType = "list";
	while (nextLine < endLine) {
		pos = posAfterMarker;
		max = state.eMarks[nextLine];
		const initial = state.sCount[nextLine] + posAfterMarker - (state.bMarks[nextLine] + state.tShift[nextLine]);
		let offset = initial;
		while (pos < max) {
			const ch = state.src.charCodeAt(pos);
			if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine]) % 4;
			else if (ch === 32) offset++;
			else break;
			pos++;
		}
		const contentStart = pos;
		let indentAfterMarker;
		if (contentStart >= max) indentAfterMarker = 1;
		else indentAfterMarker = offset - initial;
		if (indentAfterMarker > 4) indentAfterMarker = 1;
		const indent = initial + indentAfterMarker;
		token = state.push("list_item_open", "li", 1);
		token.markup = String.fromCharCode(markerCharCode);
		const itemLines = [nextLine, 0];
		token.map = itemLines;
		if (isOrdered) token.info = state.src.slice(start, posAfterMarker - 1);
		const oldTight = state.tight;
		const oldTShift = state.tShift[nextLine];
		const oldSCount = state.sCount[nextLine];
		const oldListIndent = state.listIndent;
		state.listIndent = state.blkIndent;
		state.blkIndent = indent;
		state.tight = true;
		state.tShift[nextLine] = contentStart - state.bMarks[nextLine];
		state.sCount[nextLine] = offset;
		if (contentStart >= max && state.isEmpty(nextLine + 1)) state.line = Math.min(state.line + 2, endLine);
		else state.md.block.tokenize(state, nextLine, endLine);
		if (!state.tight || prevEmptyEnd) tight = false;
		prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
		state.blkIndent = state.listIndent;
		state.listIndent = oldListIndent;
		state.tShift[nextLine] = oldTShift;
		state.sCount[nextLine] = oldSCount;
		state.tight = oldTight;
		token = state.push("list_item_close", "li", -1);
		token.markup = String.fromCharCode(markerCharCode);
		nextLine = state.line;
		itemLines[1] = nextLine;
		if (nextLine >= endLine) break;
		if (state.sCount[nextLine] < state.blkIndent) break;
		if (state.sCount[nextLine] - state.blkIndent >= 4) break;
		let terminate = false;
		for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
			terminate = true;
			break;
		}
		if (terminate) break;
		if (isOrdered) {
			posAfterMarker = skipOrderedListMarker(state, nextLine);
			if (posAfterMarker < 0) break;
			start = state.bMarks[nextLine] + state.tShift[nextLine];
		} else {
			posAfterMarker = skipBulletListMarker(state, nextLine);
			if (posAfterMarker < 0) break;
		}
		if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) break;
	}
	if (isOrdered) token = state.push("ordered_list_close", "ol", -1);
	else token = state.push("bullet_list_close", "ul", -1);
	token.markup = String.fromCharCode(markerCharCode);
	listLines[1] = nextLine;
	state.line = nextLine;
	state.parentType = oldParentType;
	if (tight) markTightParagraphs(state, listTokIdx);
	return true;
}
var MAX_LABEL_LENGTH = 999;
function countCodePoints(str) {
	let length = str.length;
	for (let i = 0; i < str.length - 1; i++) {
		const high = str.charCodeAt(i);
		if (high < 55296 || high > 56319) continue;
		const low = str.charCodeAt(i + 1);
		if (low >= 56320 && low <= 57343) {
			length--;
			i++;
		}
	}
	return length;
}
function lineEnd(state, line) {
	return Math.min(state.eMarks[line] + 1, state.src.length);
}
function getNextLinePos(state, nextLine) {
	const endLine = state.lineMax;
	if (nextLine >= endLine || state.isEmpty(nextLine)) return -1;
	let isContinuation = false;
	if (state.sCount[nextLine] - state.blkIndent > 3) isContinuation = true;
	if (state.sCount[nextLine] < 0) isContinuation = true;
	if (!isContinuation) {
		const terminatorRules = state.md.block.ruler.getRules("reference");
		const oldParentType = state.parentType;
		state.parentType = "reference";
		let terminate = false;
		for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
			terminate = true;
			break;
		}
		state.parentType = oldParentType;
		if (terminate) return -1;
	}
	return state.bMarks[nextLine] + state.tShift[nextLine];
}
function reference(state, startLine, _endLine, silent) {
	const src = state.src;
	let pos = state.bMarks[startLine] + state.tShift[startLine];
	let nextLine = startLine + 1;
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	if (src.charCodeAt(pos) !== 91) return false;
	let max = lineEnd(state, startLine);
	let rawLabel = "";
	let labelEnd = -1;
	let segmentStart = ++pos;
	while (pos < max) {
		if (rawLabel.length + pos - segmentStart > MAX_LABEL_LENGTH * 2) return false;
		let ch = src.charCodeAt(pos);
		if (ch === 91) return false;
		if (ch === 93) {
			labelEnd = pos;
			break;
		}
		if (ch === 92) ch = src.charCodeAt(++pos);
		if (ch === 10 && pos < max) {
			const nextPos = getNextLinePos(state, nextLine);
			if (nextPos < 0) return false;
			rawLabel += src.slice(segmentStart, max);
			pos = segmentStart = nextPos;
			max = lineEnd(state, nextLine++);
			continue;
		}
		pos++;
	}
	if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 58) return false;
	rawLabel += src.slice(segmentStart, labelEnd);
	if (rawLabel.length > MAX_LABEL_LENGTH && countCodePoints(rawLabel) > MAX_LABEL_LENGTH) return false;
	pos = labelEnd + 2;
	while (pos < max) {
		const ch = src.charCodeAt(pos);
		if (ch === 10) {
			const nextPos = getNextLinePos(state, nextLine);
			if (nextPos < 0) break;
			pos = nextPos;
			max = lineEnd(state, nextLine++);
		} else if (isSpace(ch)) pos++;
		else break;
	}
	const destRes = state.md.helpers.parseLinkDestination(src, pos, max);
	if (!destRes.ok) return false;
	const href = state.md.normalizeLink(destRes.str);
	if (!state.md.validateLink(href)) return false;
	pos = destRes.pos;
	const destEndPos = pos;
	const destEndMax = max;
	const destEndLineNo = nextLine;
	while (pos < max) {
		const ch = src.charCodeAt(pos);
		if (ch === 10) {
			const nextPos = getNextLinePos(state, nextLine);
			if (nextPos < 0) break;
			pos = nextPos;
			max = lineEnd(state, nextLine++);
		} else if (isSpace(ch)) pos++;
		else break;
	}
	const titleStart = pos;
	let titleRes = state.md.helpers.parseLinkTitle(src, pos, max);
	while (titleRes.can_continue) {
		const nextPos = getNextLinePos(state, nextLine);
		if (nextPos < 0) break;
		pos = nextPos;
		max = lineEnd(state, nextLine++);
		titleRes = state.md.helpers.parseLinkTitle(src, pos, max, titleRes);
	}
	let title;
	if (titleStart !== destEndPos && titleRes.ok) {
		title = titleRes.str;
		pos = titleRes.pos;
	} else {
		title = "";
		pos = destEndPos;
		max = destEndMax;
		nextLine = destEndLineNo;
	}
	while (pos < max) {
		if (!isSpace(src.charCodeAt(pos))) break;
		pos++;
	}
	if (pos < max && src.charCodeAt(pos) !== 10) {
		if (title) {
			title = "";
			pos = destEndPos;
			max = destEndMax;
			nextLine = destEndLineNo;
			while (pos < max) {
				if (!isSpace(src.charCodeAt(pos))) break;
				pos++;
			}
		}
	}
	if (pos < max && src.charCodeAt(pos) !== 10) return false;
	const label = normalizeReference(rawLabel);
	if (!label) return false;
	/* istanbul ignore if */
	if (silent) return true;
	if (typeof state.env.references === "undefined") state.env.references = {};
	if (typeof state.env.references[label] === "undefined") state.env.references[label] = {
		title,
		href
	};
	const token = state.push("reference_definition", "", 0);
	token.map = [startLine, nextLine];
	token.hidden = true;
	const meta = Object.create(null);
	meta.label = label;
	token.meta = meta;
	state.line = nextLine;
	return true;
}
var html_blocks_default = [
	"address",
	"article",
	"aside",
	"base",
	"basefont",
	"blockquote",
	"body",
	"caption",
	"center",
	"col",
	"colgroup",
	"dd",
	"details",
	"dialog",
	"dir",
	"div",
	"dl",
	"dt",
	"fieldset",
	"figcaption",
	"figure",
	"footer",
	"form",
	"frame",
	"frameset",
	"h1",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6",
	"head",
	"header",
	"hr",
	"html",
	"iframe",
	"legend",
	"li",
	"link",
	"main",
	"menu",
	"menuitem",
	"nav",
	"noframes",
	"ol",
	"optgroup",
	"option",
	"p",
	"param",
	"search",
	"section",
	"summary",
	"table",
	"tbody",
	"td",
	"tfoot",
	"th",
	"thead",
	"title",
	"tr",
	"track",
	"ul"
];
var open_tag = `<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`;
var close_tag = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
new RegExp(`^(?:${open_tag}|${close_tag}|<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->|<[?][\\s\\S]*?[?]>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)`);
var HTML_OPEN_CLOSE_TAG_RE = new RegExp(`^(?:${open_tag}|${close_tag})`);
var HTML_SEQUENCES = [
	[
		/^<(script|pre|style|textarea)(?=(\s|>|$))/i,
		/<\/(script|pre|style|textarea)>/i,
		true
	],
	[
		/^<!--/,
		/-->/,
		true
	],
	[
		/^<\?/,
		/\?>/,
		true
	],
	[
		/^<![A-Za-z]/,
		/>/,
		true
	],
	[
		/^<!\[CDATA\[/,
		/\]\]>/,
		true
	],
	[
		new RegExp(`^</?(${html_blocks_default.join("|")})(?=(\\s|/?>|$))`, "i"),
		/^$/,
		true
	],
	[
		new RegExp(`${HTML_OPEN_CLOSE_TAG_RE.source}\\s*$`),
		/^$/,
		false
	]
];
function html_block(state, startLine, endLine, silent) {
	let pos = state.bMarks[startLine] + state.tShift[startLine];
	let max = state.eMarks[startLine];
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	if (!state.md.options.html) return false;
	if (state.src.charCodeAt(pos) !== 60) return false;
	let lineText = state.src.slice(pos, max);
	let i = 0;
	for (; i < HTML_SEQUENCES.length; i++) if (HTML_SEQUENCES[i][0].test(lineText)) break;
	if (i === HTML_SEQUENCES.length) return false;
	if (silent) return HTML_SEQUENCES[i][2];
	let nextLine = startLine + 1;
	const endsOnBlankLine = HTML_SEQUENCES[i][1].test("");
	if (!HTML_SEQUENCES[i][1].test(lineText)) for (; nextLine < endLine; nextLine++) {
		if (state.sCount[nextLine] < state.blkIndent) {
			if (endsOnBlankLine || !state.isEmpty(nextLine)) break;
		}
		pos = state.bMarks[nextLine] + state.tShift[nextLine];
		max = state.eMarks[nextLine];
		lineText = state.src.slice(pos, max);
		if (HTML_SEQUENCES[i][1].test(lineText)) {
			if (lineText.length !== 0) nextLine++;
			break;
		}
	}
	state.line = nextLine;
	const token = state.push("html_block", "", 0);
	token.map = [startLine, nextLine];
	token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
	return true;
}
function heading(state, startLine, endLine, silent) {
	let pos = state.bMarks[startLine] + state.tShift[startLine];
	let max = state.eMarks[startLine];
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	let ch = state.src.charCodeAt(pos);
	if (ch !== 35 || pos >= max) return false;
	let level = 1;
	ch = state.src.charCodeAt(++pos);
	while (ch === 35 && pos < max && level <= 6) {
		level++;
		ch = state.src.charCodeAt(++pos);
	}
	if (level > 6 || pos < max && !isSpace(ch)) return false;
	if (silent) return true;
	max = state.skipSpacesBack(max, pos);
	const tmp = state.skipCharsBack(max, 35, pos);
	if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) max = tmp;
	state.line = startLine + 1;
	const token_o = state.push("heading_open", `h${level}`, 1);
	token_o.markup = "########".slice(0, level);
	token_o.map = [startLine, state.line];
	const token_i = state.push("inline", "", 0);
	token_i.content = asciiTrim(state.src.slice(pos, max));
	token_i.map = [startLine, state.line];
	token_i.children = [];
	const token_c = state.push("heading_close", `h${level}`, -1);
	token_c.markup = "########".slice(0, level);
	return true;
}
function lheading(state, startLine, endLine) {
	const terminatorRules = state.md.block.ruler.getRules("paragraph");
	if (state.sCount[startLine] - state.blkIndent >= 4) return false;
	const oldParentType = state.parentType;
	state.parentType = "paragraph";
	let level = 0;
	let marker;
	let nextLine = startLine + 1;
	for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
		if (state.sCount[nextLine] - state.blkIndent > 3) continue;
		if (state.sCount[nextLine] >= state.blkIndent) {
			let pos = state.bMarks[nextLine] + state.tShift[nextLine];
			const max = state.eMarks[nextLine];
			if (pos < max) {
				marker = state.src.charCodeAt(pos);
				if (marker === 45 || marker === 61) {
					pos = state.skipChars(pos, marker);
					pos = state.skipSpaces(pos);
					if (pos >= max) {
						level = marker === 61 ? 1 : 2;
						break;
					}
				}
			}
		}
		if (state.sCount[nextLine] < 0) continue;
		let terminate = false;
		for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
			terminate = true;
			break;
		}
		if (terminate) break;
	}
	if (!level) {
		state.parentType = oldParentType;
		return false;
	}
	const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
	state.line = nextLine + 1;
	const token_o = state.push("heading_open", `h${level}`, 1);
	token_o.markup = String.fromCharCode(marker);
	token_o.map = [startLine, state.line];
	const token_i = state.push("inline", "", 0);
	token_i.content = content;
	token_i.map = [startLine, state.line - 1];
	token_i.children = [];
	const token_c = state.push("heading_close", `h${level}`, -1);
	token_c.markup = String.fromCharCode(marker);
	state.parentType = oldParentType;
	return true;
}
function paragraph(state, startLine, endLine) {
	const terminatorRules = state.md.block.ruler.getRules("paragraph");
	const oldParentType = state.parentType;
	let nextLine = startLine + 1;
	state.parentType = "paragraph";
	for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
		if (state.sCount[nextLine] - state.blkIndent > 3) continue;
		if (state.sCount[nextLine] < 0) continue;
		let terminate = false;
		for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
			terminate = true;
			break;
		}
		if (terminate) break;
	}
	const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
	state.line = nextLine;
	const token_o = state.push("paragraph_open", "p", 1);
	token_o.map = [startLine, state.line];
	const token_i = state.push("inline", "", 0);
	token_i.content = content;
	token_i.map = [startLine, state.line];
	token_i.children = [];
	state.push("paragraph_close", "p", -1);
	state.parentType = oldParentType;
	return true;
}
var _rules$1 = [
	[
		"table",
		table,
		["paragraph", "reference"]
	],
	["code", code],
	[
		"fence",
		fence,
		[
			"paragraph",
			"reference",
			"blockquote",
			"list"
		]
	],
	[
		"blockquote",
		blockquote,
		[
			"paragraph",
			"reference",
			"blockquote",
			"list"
		]
	],
	[
		"hr",
		hr,
		[
			"paragraph",
			"reference",
			"blockquote",
			"list"
		]
	],
	[
		"list",
		list,
		[
			"paragraph",
			"reference",
			"blockquote"
		]
	],
	["reference", reference],
	[
		"html_block",
		html_block,
		[
			"paragraph",
			"reference",
			"blockquote"
		]
	],
	[
		"heading",
		heading,
		[
			"paragraph",
			"reference",
			"blockquote"
		]
	],
	["lheading", lheading],
	["paragraph", paragraph]
];
/**
* Block-level tokenizer.
*/
var ParserBlock = class {
	constructor() {
		_defineProperty(
			this,
			/**
			* {@link Ruler} instance. Keep configuration of block rules.
			*/
			"ruler",
			new Ruler()
		);
		_defineProperty(this, "State", StateBlock);
		for (let i = 0; i < _rules$1.length; i++) this.ruler.push(_rules$1[i][0], _rules$1[i][1], { alt: (_rules$1[i][2] || []).slice() });
	}
	tokenize(state, startLine, endLine) {
		const rules = this.ruler.getRules("");
		const len = rules.length;
		const maxNesting = state.md.options.maxNesting;
		let line = startLine;
		let hasEmptyLines = false;
		while (line < endLine) {
			state.line = line = state.skipEmptyLines(line);
			if (line >= endLine) break;
			if (state.sCount[line] < state.blkIndent) break;
			if (state.level >= maxNesting) {
				state.line = endLine;
				break;
			}
			const prevLine = state.line;
			let ok = false;
			for (let i = 0; i < len; i++) {
				ok = rules[i](state, line, endLine, false);
				if (ok) {
					if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
					break;
				}
			}
			if (!ok) throw new Error("none of the block rules matched");
			state.tight = !hasEmptyLines;
			if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
			line = state.line;
			if (line < endLine && state.isEmpty(line)) {
				hasEmptyLines = true;
				line++;
				state.line = line;
			}
		}
	}
	/**
	* Process input string and push block tokens into `outTokens`
	*/
	parse(src, md, env, outTokens) {
		if (!src) return;
		const state = new this.State(src, md, env, outTokens);
		this.tokenize(state, state.line, state.lineMax);
	}
};
/** Mutable state passed to inline rules while tokenizing inline content. */
var StateInline = class {
	constructor(src, md, env, outTokens) {
		_defineProperty(this, "pos", 0);
		_defineProperty(this, "level", 0);
		_defineProperty(this, "pending", "");
		_defineProperty(this, "pendingLevel", 0);
		_defineProperty(this, "cache", {});
		_defineProperty(this, "backticks", {});
		_defineProperty(this, "backticksScanned", false);
		_defineProperty(this, "skipHtmlSpecial", false);
		_defineProperty(this, "linkLevel", 0);
		_defineProperty(this, "delimiters", []);
		_defineProperty(this, "_prev_delimiters", []);
		_defineProperty(this, "Token", Token);
		this.src = src;
		this.env = env;
		this.md = md;
		this.tokens = outTokens;
		this.tokens_meta = Array(outTokens.length);
		this.posMax = this.src.length;
	}
	pushPending() {
		const token = new Token("text", "", 0);
		token.content = this.pending;
		token.level = this.pendingLevel;
		this.tokens.push(token);
		this.pending = "";
		return token;
	}
	push(type, tag, nesting) {
		if (this.pending) this.pushPending();
		const token = new Token(type, tag, nesting);
		let token_meta = void 0;
		if (nesting < 0) {
			this.level--;
			this.delimiters = this._prev_delimiters.pop();
		}
		token.level = this.level;
		if (nesting > 0) {
			this.level++;
			this._prev_delimiters.push(this.delimiters);
			this.delimiters = [];
			token_meta = { delimiters: this.delimiters };
		}
		this.pendingLevel = this.level;
		this.tokens.push(token);
		this.tokens_meta.push(token_meta);
		return token;
	}
	scanDelims(start, canSplitWord) {
		const max = this.posMax;
		const marker = this.src.charCodeAt(start);
		let lastChar;
		if (start === 0) lastChar = 32;
		else if (start === 1) {
			lastChar = this.src.charCodeAt(0);
			if ((lastChar & 63488) === 55296) lastChar = 65533;
		} else {
			lastChar = this.src.charCodeAt(start - 1);
			if ((lastChar & 64512) === 56320) {
				const highSurr = this.src.charCodeAt(start - 2);
				lastChar = (highSurr & 64512) === 55296 ? 65536 + (highSurr - 55296 << 10) + (lastChar - 56320) : 65533;
			} else if ((lastChar & 64512) === 55296) lastChar = 65533;
		}
		let pos = start;
		while (pos < max && this.src.charCodeAt(pos) === marker) pos++;
		const count = pos - start;
		let nextChar = pos < max ? this.src.charCodeAt(pos) : 32;
		if ((nextChar & 64512) === 55296) {
			const lowSurr = this.src.charCodeAt(pos + 1);
			nextChar = (lowSurr & 64512) === 56320 ? 65536 + (nextChar - 55296 << 10) + (lowSurr - 56320) : 65533;
		} else if ((nextChar & 64512) === 56320) nextChar = 65533;
		const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
		const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
		const isLastWhiteSpace = isWhiteSpace(lastChar);
		const isNextWhiteSpace = isWhiteSpace(nextChar);
		const left_flanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
		const right_flanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
		return {
			can_open: left_flanking && (canSplitWord || !right_flanking || isLastPunctChar),
			can_close: right_flanking && (canSplitWord || !left_flanking || isNextPunctChar),
			length: count
		};
	}
};
function isTerminatorChar(ch) {
	switch (ch) {
		case 10:
		case 33:
		case 35:
		case 36:
		case 37:
		case 38:
		case 42:
		case 43:
		case 45:
		case 58:
		case 60:
		case 61:
		case 62:
		case 64:
		case 91:
		case 92:
		case 93:
		case 94:
		case 95:
		case 96:
		case 123:
		case 125:
		case 126: return true;
		default: return false;
	}
}
function text(state, silent) {
	let pos = state.pos;
	while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) pos++;
	if (pos === state.pos) return false;
	if (!silent) state.pending += state.src.slice(state.pos, pos);
	state.pos = pos;
	return true;
}
function isAsciiAlpha(code) {
	return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isSchemeChar(code) {
	return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 43 || code === 45 || code === 46;
}
function linkify(state, silent) {
	if (!state.md.options.linkify) return false;
	if (state.linkLevel > 0) return false;
	const pos = state.pos;
	const max = state.posMax;
	if (pos + 3 > max) return false;
	if (state.src.charCodeAt(pos) !== 58) return false;
	if (state.src.charCodeAt(pos + 1) !== 47) return false;
	if (state.src.charCodeAt(pos + 2) !== 47) return false;
	const protoMin = pos - Math.min(10, state.pending.length, pos);
	let protoStart = pos;
	while (protoStart > protoMin && isSchemeChar(state.src.charCodeAt(protoStart - 1))) protoStart--;
	if (protoStart === pos || !isAsciiAlpha(state.src.charCodeAt(protoStart))) return false;
	const protoLength = pos - protoStart;
	const link = state.md.linkify.matchAtStart(state.src.slice(protoStart));
	if (!link) return false;
	let url = link.url;
	if (url.length <= protoLength) return false;
	let urlEnd = url.length;
	while (urlEnd > 0 && url.charCodeAt(urlEnd - 1) === 42) urlEnd--;
	if (urlEnd !== url.length) url = url.slice(0, urlEnd);
	const fullUrl = state.md.normalizeLink(url);
	if (!state.md.validateLink(fullUrl)) return false;
	if (!silent) {
		state.pending = state.pending.slice(0, -protoLength);
		const token_o = state.push("link_open", "a", 1);
		token_o.attrs = [["href", fullUrl]];
		token_o.markup = "linkify";
		token_o.info = "auto";
		const token_t = state.push("text", "", 0);
		token_t.content = state.md.normalizeLinkText(url);
		const token_c = state.push("link_close", "a", -1);
		token_c.markup = "linkify";
		token_c.info = "auto";
	}
	state.pos += url.length - protoLength;
	return true;
}
function newline(state, silent) {
	let pos = state.pos;
	if (state.src.charCodeAt(pos) !== 10) return false;
	const pmax = state.pending.length - 1;
	const max = state.posMax;
	if (!silent) {
		if (pmax >= 0 && state.pending.charCodeAt(pmax) === 32) {
			if (pmax >= 1 && state.pending.charCodeAt(pmax - 1) === 32) {
				let ws = pmax - 1;
				while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 32) ws--;
				state.pending = state.pending.slice(0, ws);
				state.push("hardbreak", "br", 0);
			} else {
				state.pending = state.pending.slice(0, -1);
				state.push("softbreak", "br", 0);
			}
		} else state.push("softbreak", "br", 0);
	}
	pos++;
	while (pos < max && isSpace(state.src.charCodeAt(pos))) pos++;
	state.pos = pos;
	return true;
}
var ESCAPED = [];
for (let i = 0; i < 256; i++) ESCAPED.push(0);
"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(ch) {
	ESCAPED[ch.charCodeAt(0)] = 1;
});
function escape(state, silent) {
	let pos = state.pos;
	const max = state.posMax;
	if (state.src.charCodeAt(pos) !== 92) return false;
	pos++;
	if (pos >= max) return false;
	let ch1 = state.src.charCodeAt(pos);
	if (ch1 === 10) {
		if (!silent) state.push("hardbreak", "br", 0);
		pos++;
		while (pos < max) {
			ch1 = state.src.charCodeAt(pos);
			if (!isSpace(ch1)) break;
			pos++;
		}
		state.pos = pos;
		return true;
	}
	if (ch1 === 32) {
		if (!silent) {
			const token = state.push("text_special", "", 0);
			token.content = "\\";
			token.markup = "\\";
			token.info = "escape";
		}
		state.pos = pos;
		return true;
	}
	let escapedStr = state.src[pos];
	if (ch1 >= 55296 && ch1 <= 56319 && pos + 1 < max) {
		const ch2 = state.src.charCodeAt(pos + 1);
		if (ch2 >= 56320 && ch2 <= 57343) {
			escapedStr += state.src[pos + 1];
			pos++;
		}
	}
	const origStr = "\\" + escapedStr;
	if (!silent) {
		const token = state.push("text_special", "", 0);
		if (ch1 < 256 && ESCAPED[ch1] !== 0) token.content = escapedStr;
		else token.content = origStr;
		token.markup = origStr;
		token.info = "escape";
	}
	state.pos = pos + 1;
	return true;
}
function buildLastRuns(src) {
	const lastRuns = {};
	let pos = 0;
	while ((pos = src.indexOf("`", pos)) !== -1) {
		const start = pos;
		while (src.charCodeAt(++pos) === 96);
		lastRuns[pos - start] = start;
	}
	return lastRuns;
}
function backtick(state, silent) {
	var _state$backticks$open;
	const start = state.pos;
	if (state.src.charCodeAt(start) !== 96) return false;
	const max = state.posMax;
	let pos = start + 1;
	while (pos < max && state.src.charCodeAt(pos) === 96) pos++;
	const marker = state.src.slice(start, pos);
	const openerLength = marker.length;
	if (!state.backticksScanned) {
		state.backticks = buildLastRuns(state.src);
		state.backticksScanned = true;
	}
	if (((_state$backticks$open = state.backticks[openerLength]) !== null && _state$backticks$open !== void 0 ? _state$backticks$open : -1) >= pos) {
		let matchEnd = pos;
		let matchStart;
		while ((matchStart = state.src.indexOf("`", matchEnd)) !== -1 && matchStart < max) {
			matchEnd = matchStart + 1;
			while (state.src.charCodeAt(matchEnd) === 96) matchEnd++;
			if (matchEnd > max) break;
			if (matchEnd - matchStart === openerLength) {
				if (!silent) {
					const token = state.push("code_inline", "code", 0);
					token.markup = marker;
					let content = state.src.slice(pos, matchStart).replace(/\n/g, " ");
					if (content.startsWith(" ") && content.endsWith(" ") && /[^ ]/.test(content)) content = content.slice(1, -1);
					token.content = content;
				}
				state.pos = matchEnd;
				return true;
			}
		}
	}
	if (!silent) state.pending += marker;
	state.pos = pos;
	return true;
}
function strikethrough_tokenize(state, silent) {
	const start = state.pos;
	const marker = state.src.charCodeAt(start);
	if (silent) return false;
	if (marker !== 126) return false;
	const scanned = state.scanDelims(state.pos, true);
	let len = scanned.length;
	const ch = String.fromCharCode(marker);
	if (len < 2) return false;
	let token;
	if (len % 2) {
		token = state.push("text", "", 0);
		token.content = ch;
		len--;
	}
	for (let i = 0; i < len; i += 2) {
		token = state.push("text", "", 0);
		token.content = ch + ch;
		state.delimiters.push({
			marker,
			length: 0,
			token: state.tokens.length - 1,
			end: -1,
			open: scanned.can_open,
			close: scanned.can_close
		});
	}
	state.pos += scanned.length;
	return true;
}
function postProcess$1(state, delimiters) {
	let token;
	const loneMarkers = [];
	const max = delimiters.length;
	for (let i = 0; i < max; i++) {
		const startDelim = delimiters[i];
		if (startDelim.marker !== 126) continue;
		if (startDelim.end === -1) continue;
		const endDelim = delimiters[startDelim.end];
		token = state.tokens[startDelim.token];
		token.type = "s_open";
		token.tag = "s";
		token.nesting = 1;
		token.markup = "~~";
		token.content = "";
		token = state.tokens[endDelim.token];
		token.type = "s_close";
		token.tag = "s";
		token.nesting = -1;
		token.markup = "~~";
		token.content = "";
		if (state.tokens[endDelim.token - 1].type === "text" && state.tokens[endDelim.token - 1].content === "~") loneMarkers.push(endDelim.token - 1);
	}
	while (loneMarkers.length) {
		const i = loneMarkers.pop();
		let j = i + 1;
		while (j < state.tokens.length && state.tokens[j].type === "s_close") j++;
		j--;
		if (i !== j) {
			token = state.tokens[j];
			state.tokens[j] = state.tokens[i];
			state.tokens[i] = token;
		}
	}
}
function strikethrough_postProcess(state) {
	const tokens_meta = state.tokens_meta;
	const max = state.tokens_meta.length;
	postProcess$1(state, state.delimiters);
	for (let curr = 0; curr < max; curr++) {
		var _tokens_meta$curr;
		const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
		if (delimiters) postProcess$1(state, delimiters);
	}
}
var strikethrough_default = {
	tokenize: strikethrough_tokenize,
	postProcess: strikethrough_postProcess
};
function emphasis_tokenize(state, silent) {
	const start = state.pos;
	const marker = state.src.charCodeAt(start);
	if (silent) return false;
	if (marker !== 95 && marker !== 42) return false;
	const scanned = state.scanDelims(state.pos, marker === 42);
	for (let i = 0; i < scanned.length; i++) {
		const token = state.push("text", "", 0);
		token.content = String.fromCharCode(marker);
		state.delimiters.push({
			marker,
			length: scanned.length,
			token: state.tokens.length - 1,
			end: -1,
			open: scanned.can_open,
			close: scanned.can_close
		});
	}
	state.pos += scanned.length;
	return true;
}
function postProcess(state, delimiters) {
	const max = delimiters.length;
	for (let i = max - 1; i >= 0; i--) {
		const startDelim = delimiters[i];
		if (startDelim.marker !== 95 && startDelim.marker !== 42) continue;
		if (startDelim.end === -1) continue;
		const endDelim = delimiters[startDelim.end];
		const isStrong = i > 0 && delimiters[i - 1].end === startDelim.end + 1 && delimiters[i - 1].marker === startDelim.marker && delimiters[i - 1].token === startDelim.token - 1 && delimiters[startDelim.end + 1].token === endDelim.token + 1;
		const ch = String.fromCharCode(startDelim.marker);
		const token_o = state.tokens[startDelim.token];
		token_o.type = isStrong ? "strong_open" : "em_open";
		token_o.tag = isStrong ? "strong" : "em";
		token_o.nesting = 1;
		token_o.markup = isStrong ? ch + ch : ch;
		token_o.content = "";
		const token_c = state.tokens[endDelim.token];
		token_c.type = isStrong ? "strong_close" : "em_close";
		token_c.tag = isStrong ? "strong" : "em";
		token_c.nesting = -1;
		token_c.markup = isStrong ? ch + ch : ch;
		token_c.content = "";
		if (isStrong) {
			state.tokens[delimiters[i - 1].token].content = "";
			state.tokens[delimiters[startDelim.end + 1].token].content = "";
			i--;
		}
	}
}
function emphasis_post_process(state) {
	const tokens_meta = state.tokens_meta;
	const max = state.tokens_meta.length;
	postProcess(state, state.delimiters);
	for (let curr = 0; curr < max; curr++) {
		var _tokens_meta$curr;
		const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
		if (delimiters) postProcess(state, delimiters);
	}
}
var emphasis_default = {
	tokenize: emphasis_tokenize,
	postProcess: emphasis_post_process
};
function link(state, silent) {
	let code, label, res, ref;
	let href = "";
	let title = "";
	let start = state.pos;
	let parseReference = true;
	if (state.src.charCodeAt(state.pos) !== 91) return false;
	const oldPos = state.pos;
	const max = state.posMax;
	const labelStart = state.pos + 1;
	const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, true);
	if (labelEnd < 0) return false;
	let pos = labelEnd + 1;
	if (pos < max && state.src.charCodeAt(pos) === 40) {
		parseReference = false;
		pos++;
		for (; pos < max; pos++) {
			code = state.src.charCodeAt(pos);
			if (!isSpace(code) && code !== 10) break;
		}
		if (pos >= max) return false;
		start = pos;
		res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
		if (res.ok) {
			href = state.md.normalizeLink(res.str);
			if (state.md.validateLink(href)) pos = res.pos;
			else href = "";
			start = pos;
			for (; pos < max; pos++) {
				code = state.src.charCodeAt(pos);
				if (!isSpace(code) && code !== 10) break;
			}
			res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
			if (pos < max && start !== pos && res.ok) {
				title = res.str;
				pos = res.pos;
				for (; pos < max; pos++) {
					code = state.src.charCodeAt(pos);
					if (!isSpace(code) && code !== 10) break;
				}
			}
		}
		if (pos >= max || state.src.charCodeAt(pos) !== 41) parseReference = true;
		pos++;
	}
	if (parseReference) {
		if (typeof state.env.references === "undefined") return false;
		if (pos < max && state.src.charCodeAt(pos) === 91) {
			start = pos + 1;
			pos = state.md.helpers.parseLinkLabel(state, pos);
			if (pos >= 0) label = state.src.slice(start, pos++);
			else pos = labelEnd + 1;
		} else pos = labelEnd + 1;
		if (!label) label = state.src.slice(labelStart, labelEnd);
		label = normalizeReference(label);
		ref = state.env.references[label];
		if (!ref) {
			state.pos = oldPos;
			return false;
		}
		href = ref.href;
		title = ref.title;
	}
	if (!silent) {
		state.pos = labelStart;
		state.posMax = labelEnd;
		const token_o = state.push("link_open", "a", 1);
		const attrs = [["href", href]];
		token_o.attrs = attrs;
		if (title) attrs.push(["title", title]);
		if (label) {
			const meta = Object.create(null);
			meta.label = label;
			token_o.meta = meta;
		}
		state.linkLevel++;
		state.md.inline.tokenize(state);
		state.linkLevel--;
		state.push("link_close", "a", -1);
	}
	state.pos = pos;
	state.posMax = max;
	return true;
}
function image(state, silent) {
	let code, content, label, pos, ref, res, title, start;
	let href = "";
	const oldPos = state.pos;
	const max = state.posMax;
	if (state.src.charCodeAt(state.pos) !== 33) return false;
	if (state.src.charCodeAt(state.pos + 1) !== 91) return false;
	const labelStart = state.pos + 2;
	const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
	if (labelEnd < 0) return false;
	pos = labelEnd + 1;
	if (pos < max && state.src.charCodeAt(pos) === 40) {
		pos++;
		for (; pos < max; pos++) {
			code = state.src.charCodeAt(pos);
			if (!isSpace(code) && code !== 10) break;
		}
		if (pos >= max) return false;
		start = pos;
		res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
		if (res.ok) {
			href = state.md.normalizeLink(res.str);
			if (state.md.validateLink(href)) pos = res.pos;
			else href = "";
		}
		start = pos;
		for (; pos < max; pos++) {
			code = state.src.charCodeAt(pos);
			if (!isSpace(code) && code !== 10) break;
		}
		res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
		if (pos < max && start !== pos && res.ok) {
			title = res.str;
			pos = res.pos;
			for (; pos < max; pos++) {
				code = state.src.charCodeAt(pos);
				if (!isSpace(code) && code !== 10) break;
			}
		} else title = "";
		if (pos >= max || state.src.charCodeAt(pos) !== 41) {
			state.pos = oldPos;
			return false;
		}
		pos++;
	} else {
		if (typeof state.env.references === "undefined") return false;
		if (pos < max && state.src.charCodeAt(pos) === 91) {
			start = pos + 1;
			pos = state.md.helpers.parseLinkLabel(state, pos);
			if (pos >= 0) label = state.src.slice(start, pos++);
			else pos = labelEnd + 1;
		} else pos = labelEnd + 1;
		if (!label) label = state.src.slice(labelStart, labelEnd);
		label = normalizeReference(label);
		ref = state.env.references[label];
		if (!ref) {
			state.pos = oldPos;
			return false;
		}
		href = ref.href;
		title = ref.title;
	}
	if (!silent) {
		content = state.src.slice(labelStart, labelEnd);
		const tokens = [];
		state.md.inline.parse(content, state.md, state.env, tokens);
		const token = state.push("image", "img", 0);
		const attrs = [["src", href], ["alt", ""]];
		token.attrs = attrs;
		token.children = tokens;
		token.content = content;
		if (title) attrs.push(["title", title]);
		if (label) {
			const meta = Object.create(null);
			meta.label = label;
			token.meta = meta;
		}
	}
	state.pos = pos;
	state.posMax = max;
	return true;
}
var EMAIL_RE = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
var AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
function autolink(state, silent) {
	let pos = state.pos;
	if (state.src.charCodeAt(pos) !== 60) return false;
	const start = state.pos;
	const max = state.posMax;
	for (;;) {
		if (++pos >= max) return false;
		const ch = state.src.charCodeAt(pos);
		if (ch === 60) return false;
		if (ch === 62) break;
	}
	const url = state.src.slice(start + 1, pos);
	if (AUTOLINK_RE.test(url)) {
		const fullUrl = state.md.normalizeLink(url);
		if (!state.md.validateLink(fullUrl)) return false;
		if (!silent) {
			const token_o = state.push("link_open", "a", 1);
			token_o.attrs = [["href", fullUrl]];
			token_o.markup = "autolink";
			token_o.info = "auto";
			const token_t = state.push("text", "", 0);
			token_t.content = state.md.normalizeLinkText(url);
			const token_c = state.push("link_close", "a", -1);
			token_c.markup = "autolink";
			token_c.info = "auto";
		}
		state.pos += url.length + 2;
		return true;
	}
	if (EMAIL_RE.test(url)) {
		const fullUrl = state.md.normalizeLink(`mailto:${url}`);
		if (!state.md.validateLink(fullUrl)) return false;
		if (!silent) {
			const token_o = state.push("link_open", "a", 1);
			token_o.attrs = [["href", fullUrl]];
			token_o.markup = "autolink";
			token_o.info = "auto";
			const token_t = state.push("text", "", 0);
			token_t.content = state.md.normalizeLinkText(url);
			const token_c = state.push("link_close", "a", -1);
			token_c.markup = "autolink";
			token_c.info = "auto";
		}
		state.pos += url.length + 2;
		return true;
	}
	return false;
}
function isLinkOpen(str) {
	return /^<a[>\s]/i.test(str);
}
function isLinkClose(str) {
	return /^<\/a\s*>/i.test(str);
}
function isLetter(ch) {
	const lc = ch | 32;
	return lc >= 97 && lc <= 122;
}
function scanSpecial(state, pos) {
	const src = state.src;
	let start;
	let terminator;
	if (src.startsWith("<!--", pos)) {
		if (src.startsWith(">", pos + 4)) return pos + 5;
		if (src.startsWith("->", pos + 4)) return pos + 6;
		start = pos + 4;
		terminator = "-->";
	} else if (src.startsWith("<![CDATA[", pos)) {
		start = pos + 9;
		terminator = "]]>";
	} else if (src.charCodeAt(pos + 1) === 63) {
		start = pos + 2;
		terminator = "?>";
	} else if (isLetter(src.charCodeAt(pos + 2))) {
		start = pos + 3;
		terminator = ">";
	} else return -1;
	if (state.skipHtmlSpecial) return -1;
	const end = src.indexOf(terminator, start);
	if (end < 0) {
		state.skipHtmlSpecial = true;
		return -1;
	}
	return end + terminator.length;
}
function html_inline(state, silent) {
	if (!state.md.options.html) return false;
	const max = state.posMax;
	const pos = state.pos;
	if (state.src.charCodeAt(pos) !== 60 || pos + 2 >= max) return false;
	let end;
	const ch = state.src.charCodeAt(pos + 1);
	if (ch === 33 || ch === 63) end = scanSpecial(state, pos);
	else if (ch === 47 || isLetter(ch)) {
		const match = state.src.slice(pos).match(HTML_OPEN_CLOSE_TAG_RE);
		end = match ? pos + match[0].length : -1;
	} else return false;
	if (end < 0) return false;
	if (!silent) {
		const token = state.push("html_inline", "", 0);
		token.content = state.src.slice(pos, end);
		if (isLinkOpen(token.content)) state.linkLevel++;
		if (isLinkClose(token.content)) state.linkLevel--;
	}
	state.pos = end;
	return true;
}
var DIGITAL_RE = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
var NAMED_RE = /^&([a-z][a-z0-9]{1,31});/i;
function entity(state, silent) {
	const pos = state.pos;
	const max = state.posMax;
	if (state.src.charCodeAt(pos) !== 38) return false;
	if (pos + 1 >= max) return false;
	if (state.src.charCodeAt(pos + 1) === 35) {
		const match = state.src.slice(pos).match(DIGITAL_RE);
		if (match) {
			if (!silent) {
				const code = match[1][0].toLowerCase() === "x" ? parseInt(match[1].slice(1), 16) : parseInt(match[1], 10);
				const token = state.push("text_special", "", 0);
				token.content = isValidEntityCode(code) ? fromCodePoint(code) : fromCodePoint(65533);
				token.markup = match[0];
				token.info = "entity";
			}
			state.pos += match[0].length;
			return true;
		}
	} else {
		const match = state.src.slice(pos).match(NAMED_RE);
		if (match) {
			const decoded = decodeHTMLStrict(match[0]);
			if (decoded !== match[0]) {
				if (!silent) {
					const token = state.push("text_special", "", 0);
					token.content = decoded;
					token.markup = match[0];
					token.info = "entity";
				}
				state.pos += match[0].length;
				return true;
			}
		}
	}
	return false;
}
function processDelimiters(delimiters) {
	const openersBottom = {};
	const max = delimiters.length;
	if (!max) return;
	let headerIdx = 0;
	let lastTokenIdx = -2;
	const jumps = [];
	for (let closerIdx = 0; closerIdx < max; closerIdx++) {
		const closer = delimiters[closerIdx];
		jumps.push(0);
		if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) headerIdx = closerIdx;
		lastTokenIdx = closer.token;
		closer.length = closer.length || 0;
		if (!closer.close) continue;
		if (!openersBottom.hasOwnProperty(closer.marker)) openersBottom[closer.marker] = [
			-1,
			-1,
			-1,
			-1,
			-1,
			-1
		];
		const minOpenerIdx = openersBottom[closer.marker][(closer.open ? 3 : 0) + closer.length % 3];
		let openerIdx = headerIdx - jumps[headerIdx] - 1;
		let newMinOpenerIdx = openerIdx;
		for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx] + 1) {
			const opener = delimiters[openerIdx];
			if (opener.marker !== closer.marker) continue;
			if (opener.open && opener.end < 0) {
				let isOddMatch = false;
				if (opener.close || closer.open) {
					if ((opener.length + closer.length) % 3 === 0) {
						if (opener.length % 3 !== 0 || closer.length % 3 !== 0) isOddMatch = true;
					}
				}
				if (!isOddMatch) {
					const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
					jumps[closerIdx] = closerIdx - openerIdx + lastJump;
					jumps[openerIdx] = lastJump;
					closer.open = false;
					opener.end = closerIdx;
					opener.close = false;
					newMinOpenerIdx = -1;
					lastTokenIdx = -2;
					break;
				}
			}
		}
		if (newMinOpenerIdx !== -1) openersBottom[closer.marker][(closer.open ? 3 : 0) + (closer.length || 0) % 3] = newMinOpenerIdx;
	}
}
function link_pairs(state) {
	const tokens_meta = state.tokens_meta;
	const max = state.tokens_meta.length;
	processDelimiters(state.delimiters);
	for (let curr = 0; curr < max; curr++) {
		var _tokens_meta$curr;
		const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
		if (delimiters) processDelimiters(delimiters);
	}
}
function fragments_join(state) {
	let curr, last;
	let level = 0;
	const tokens = state.tokens;
	const max = state.tokens.length;
	for (curr = last = 0; curr < max; curr++) {
		if (tokens[curr].nesting < 0) level--;
		tokens[curr].level = level;
		if (tokens[curr].nesting > 0) level++;
		if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
		else {
			if (curr !== last) tokens[last] = tokens[curr];
			last++;
		}
	}
	if (curr !== last) tokens.length = last;
}
var _rules = [
	["text", text],
	["linkify", linkify],
	["newline", newline],
	["escape", escape],
	["backticks", backtick],
	["strikethrough", strikethrough_default.tokenize],
	["emphasis", emphasis_default.tokenize],
	["link", link],
	["image", image],
	["autolink", autolink],
	["html_inline", html_inline],
	["entity", entity]
];
var _rules2 = [
	["balance_pairs", link_pairs],
	["strikethrough", strikethrough_default.postProcess],
	["emphasis", emphasis_default.postProcess],
	["fragments_join", fragments_join]
];
/**
* Tokenizes paragraph content.
*/
var ParserInline = class {
	constructor() {
		_defineProperty(
			this,
			/**
			* {@link Ruler} instance. Keep configuration of inline rules.
			*/
			"ruler",
			new Ruler()
		);
		_defineProperty(
			this,
			/**
			* {@link Ruler} instance. Second ruler used for post-processing
			* (e.g. in emphasis-like rules).
			*/
			"ruler2",
			new Ruler()
		);
		_defineProperty(this, "State", StateInline);
		for (let i = 0; i < _rules.length; i++) this.ruler.push(_rules[i][0], _rules[i][1]);
		for (let i = 0; i < _rules2.length; i++) this.ruler2.push(_rules2[i][0], _rules2[i][1]);
	}
	skipToken(state) {
		const pos = state.pos;
		const rules = this.ruler.getRules("");
		const len = rules.length;
		const maxNesting = state.md.options.maxNesting;
		const cache = state.cache;
		if (typeof cache[pos] !== "undefined") {
			state.pos = cache[pos];
			return;
		}
		let ok = false;
		if (state.level < maxNesting) for (let i = 0; i < len; i++) {
			state.level++;
			ok = rules[i](state, true);
			state.level--;
			if (ok) {
				if (pos >= state.pos) throw new Error("inline rule didn't increment state.pos");
				break;
			}
		}
		else state.pos = state.posMax;
		if (!ok) state.pos++;
		cache[pos] = state.pos;
	}
	tokenize(state) {
		const rules = this.ruler.getRules("");
		const len = rules.length;
		const end = state.posMax;
		const maxNesting = state.md.options.maxNesting;
		while (state.pos < end) {
			const prevPos = state.pos;
			let ok = false;
			if (state.level < maxNesting) for (let i = 0; i < len; i++) {
				ok = rules[i](state, false);
				if (ok) {
					if (prevPos >= state.pos) throw new Error("inline rule didn't increment state.pos");
					break;
				}
			}
			if (ok) {
				if (state.pos >= end) break;
				continue;
			}
			state.pending += state.src[state.pos++];
		}
		if (state.pending) state.pushPending();
	}
	/**
	* Process input string and push inline tokens into `outTokens`
	*/
	parse(str, md, env, outTokens) {
		const state = new this.State(str, md, env, outTokens);
		this.tokenize(state);
		const rules = this.ruler2.getRules("");
		const len = rules.length;
		for (let i = 0; i < len; i++) rules[i](state);
	}
};
var config = {
	default: {
		options: {
			html: false,
			xhtmlOut: false,
			breaks: false,
			langPrefix: "language-",
			linkify: false,
			typographer: false,
			quotes: "“”‘’",
			highlight: null,
			maxNesting: 100
		},
		components: {
			core: {},
			block: {},
			inline: {}
		}
	},
	zero: {
		options: {
			html: false,
			xhtmlOut: false,
			breaks: false,
			langPrefix: "language-",
			linkify: false,
			typographer: false,
			quotes: "“”‘’",
			highlight: null,
			maxNesting: 20
		},
		components: {
			core: { rules: [
				"normalize",
				"block",
				"strip_references",
				"inline",
				"text_join"
			] },
			block: { rules: ["paragraph"] },
			inline: {
				rules: ["text"],
				rules2: ["balance_pairs", "fragments_join"]
			}
		}
	},
	commonmark: {
		options: {
			html: true,
			xhtmlOut: true,
			breaks: false,
			langPrefix: "language-",
			linkify: false,
			typographer: false,
			quotes: "“”‘’",
			highlight: null,
			maxNesting: 20
		},
		components: {
			core: { rules: [
				"normalize",
				"block",
				"strip_references",
				"inline",
				"text_join"
			] },
			block: { rules: [
				"blockquote",
				"code",
				"fence",
				"heading",
				"hr",
				"html_block",
				"lheading",
				"list",
				"reference",
				"paragraph"
			] },
			inline: {
				rules: [
					"autolink",
					"backticks",
					"emphasis",
					"entity",
					"escape",
					"html_inline",
					"image",
					"link",
					"newline",
					"text"
				],
				rules2: [
					"balance_pairs",
					"emphasis",
					"fragments_join"
				]
			}
		}
	}
};
var BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
var GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;
var RECODE_HOSTNAME_FOR = [
	"http:",
	"https:",
	"mailto:"
];
/**
* Parses Markdown into tokens and renders them to HTML.
*
* @category Main
*/
var MarkdownIt = class {
	/**
	* Link validation function. CommonMark allows too much in links. By default
	* we disable `javascript:`, `vbscript:`, `file:` schemas, and almost all `data:...` schemas
	* except some embedded image types.
	*
	* You can change this behaviour:
	*
	* @example
	* ```javascript
	* import MarkdownIt from 'markdown-it'
	* const md = new MarkdownIt()
	*
	* // enable everything
	* md.validateLink = function () { return true; }
	* ```
	*/
	validateLink(url) {
		const str = url.trim().toLowerCase();
		return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
	}
	/**
	* Function used to encode link url to a machine-readable format,
	* which includes url-encoding, punycode, etc.
	*/
	normalizeLink(url) {
		const parsed = urlParse(url, true);
		if (parsed.hostname) {
			if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
				parsed.hostname = import_punycode.default.toASCII(parsed.hostname);
			} catch (er) {}
		}
		if (parsed.auth) parsed.auth = encode(parsed.auth);
		if (parsed.hostname) parsed.hostname = encode(parsed.hostname);
		if (parsed.pathname) parsed.pathname = encode(parsed.pathname);
		if (parsed.search) parsed.search = encode(parsed.search);
		if (parsed.hash) parsed.hash = encode(parsed.hash);
		return format(parsed);
	}
	/**
	* Function used to decode link url to a human-readable format`
	*/
	normalizeLinkText(url) {
		const parsed = urlParse(url, true);
		if (parsed.hostname) {
			if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
				parsed.hostname = import_punycode.default.toUnicode(parsed.hostname);
			} catch (er) {}
		}
		return decode(format(parsed), decode.defaultChars + "%");
	}
	constructor(...args) {
		_defineProperty(
			this,
			/**
			* Instance of {@link ParserInline}. You may need it to add new rules when
			* writing plugins. For simple rules control use {@link MarkdownIt.disable}
			* and {@link MarkdownIt.enable}.
			*/
			"inline",
			new ParserInline()
		);
		_defineProperty(
			this,
			/**
			* Instance of {@link ParserBlock}. You may need it to add new rules when
			* writing plugins. For simple rules control use {@link MarkdownIt.disable}
			* and {@link MarkdownIt.enable}.
			*/
			"block",
			new ParserBlock()
		);
		_defineProperty(
			this,
			/**
			* Instance of {@link ParserCore} chain executor. You may need it to add new
			* rules when writing plugins. For simple rules control use
			* {@link MarkdownIt.disable} and {@link MarkdownIt.enable}.
			*/
			"core",
			new ParserCore()
		);
		_defineProperty(
			this,
			/**
			* Instance of {@link Renderer}. Use it to modify output look. Or to add rendering
			* rules for new token types, generated by plugins.
			*
			* See {@link Renderer} docs and
			* [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts).
			*
			* @example
			* ```javascript
			* import MarkdownIt from 'markdown-it'
			* const md = new MarkdownIt()
			*
			* function myToken(tokens, idx, options, env, self) {
			*   //...
			*   return result;
			* };
			*
			* md.renderer.rules['my_token'] = myToken
			* ```
			*/
			"renderer",
			new Renderer()
		);
		_defineProperty(
			this,
			/**
			* [linkify-it](https://github.com/markdown-it/linkify-it) instance.
			* Used by [linkify](https://github.com/markdown-it/markdown-it/blob/master/src/rules_core/linkify.ts)
			* rule.
			*/
			"linkify",
			new LinkifyIt()
		);
		_defineProperty(
			this,
			/**
			* Assorted utility functions, useful to write plugins. See details
			* [here](https://github.com/markdown-it/markdown-it/blob/master/src/common/utils.ts).
			*/
			"utils",
			utils_exports
		);
		_defineProperty(
			this,
			/**
			* Link components parser functions, useful to write plugins. See details
			* [here](https://github.com/markdown-it/markdown-it/blob/master/src/helpers).
			*/
			"helpers",
			Object.assign({}, helpers_exports)
		);
		const [presetNameOrOptions, options] = args;
		if (typeof presetNameOrOptions === "string") {
			this.configure(presetNameOrOptions);
			if (options) this.set(options);
		} else {
			this.configure("default");
			this.set(presetNameOrOptions || {});
		}
	}
	/**
	* Set parser options (in the same format as in constructor). Probably, you
	* will never need it, but you can change options after constructor call.
	*
	* __Note:__ To achieve the best possible performance, don't modify a
	* `markdown-it` instance options on the fly. If you need multiple configurations
	* it's best to create multiple instances and initialize each with separate
	* config.
	*
	* @example
	* ```javascript
	* import MarkdownIt from 'markdown-it'
	*
	* const md = new MarkdownIt()
	*   .set({ html: true, breaks: true })
	*   .set({ typographer: true })
	* ```
	*/
	set(options) {
		Object.assign(this.options, options);
		return this;
	}
	/**
	* Batch load of all options and compenent settings. This is internal method,
	* and you probably will not need it. But if you will - see available presets
	* and data structure [here](https://github.com/markdown-it/markdown-it/tree/master/src/presets)
	*
	* We strongly recommend to use presets instead of direct config loads. That
	* will give better compatibility with next versions.
	*/
	configure(presets) {
		let p;
		if (typeof presets === "string") {
			const presetName = presets;
			p = config[presetName];
			if (!p) throw new Error(`Wrong 'markdown-it' preset "${presetName}", check name`);
		} else p = presets;
		if (!p) throw new Error("Wrong `markdown-it` preset, can't be empty");
		if (p.options) this.options = { ...p.options };
		const components = p.components;
		if (components) {
			var _components$inline;
			[
				"core",
				"block",
				"inline"
			].forEach((name) => {
				var _components$name;
				const rules = (_components$name = components[name]) === null || _components$name === void 0 ? void 0 : _components$name.rules;
				if (rules) this[name].ruler.enableOnly(rules);
			});
			const rules2 = (_components$inline = components.inline) === null || _components$inline === void 0 ? void 0 : _components$inline.rules2;
			if (rules2) this.inline.ruler2.enableOnly(rules2);
		}
		return this;
	}
	/**
	* Enable list or rules. It will automatically find appropriate components,
	* containing rules with given names. If rule not found, and `ignoreInvalid`
	* not set - throws exception.
	*
	* @example
	* ```javascript
	* import MarkdownIt from 'markdown-it'
	*
	* const md = new MarkdownIt()
	*   .enable(['sub', 'sup'])
	*   .disable('smartquotes')
	* ```
	*/
	enable(list, ignoreInvalid = false) {
		let result = [];
		if (!Array.isArray(list)) list = [list];
		[
			"core",
			"block",
			"inline"
		].forEach((chain) => {
			result = result.concat(this[chain].ruler.enable(list, true));
		});
		result = result.concat(this.inline.ruler2.enable(list, true));
		const missed = list.filter((name) => result.indexOf(name) < 0);
		if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to enable unknown rule(s): ${missed}`);
		return this;
	}
	/**
	* The same as {@link MarkdownIt.enable}, but turn specified rules off.
	*/
	disable(list, ignoreInvalid = false) {
		let result = [];
		if (!Array.isArray(list)) list = [list];
		[
			"core",
			"block",
			"inline"
		].forEach((chain) => {
			result = result.concat(this[chain].ruler.disable(list, true));
		});
		result = result.concat(this.inline.ruler2.disable(list, true));
		const missed = list.filter((name) => result.indexOf(name) < 0);
		if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to disable unknown rule(s): ${missed}`);
		return this;
	}
	/**
	* Load specified plugin with given params into current parser instance.
	* It's just a sugar to call `plugin(md, params)` with curring.
	*
	* @example
	* ```javascript
	* import MarkdownIt from 'markdown-it'
	* import iterator from 'markdown-it-for-inline'
	*
	* const md = new MarkdownIt()
	*   .use(iterator, 'foo_replace', 'text', function (tokens, idx) {
	*     tokens[idx].content = tokens[idx].content.replace(/foo/g, 'bar')
	*   })
	* ```
	*/
	use(plugin, ...params) {
		plugin.apply(plugin, [this, ...params]);
		return this;
	}
	/**
	* Parse input string and return list of block tokens (special token type
	* "inline" will contain list of inline tokens). You should not call this
	* method directly, until you write custom renderer (for example, to produce
	* AST).
	*
	* `env` is used to pass data between "distributed" rules and return additional
	* metadata like reference info, needed for the renderer. It also can be used to
	* inject data in specific cases. Usually, you will be ok to pass `{}`,
	* and then pass updated object to renderer.
	*/
	parse(src, env) {
		if (typeof src !== "string") throw new Error("Input data should be a String");
		const state = new this.core.State(src, this, env);
		this.core.process(state);
		return state.tokens;
	}
	/**
	* Render markdown string into html. It does all magic for you :).
	*
	* `env` can be used to inject additional metadata (`{}` by default).
	* But you will not need it with high probability. See also comment
	* in {@link MarkdownIt.parse}.
	*/
	render(src, env = {}) {
		return this.renderer.render(this.parse(src, env), this.options, env);
	}
	/**
	* The same as {@link MarkdownIt.parse} but skip all block rules. It returns
	* the block tokens list with the single `inline` element, containing parsed
	* inline tokens in `children` property. Also updates `env` object.
	*/
	parseInline(src, env) {
		const state = new this.core.State(src, this, env);
		state.inlineMode = true;
		this.core.process(state);
		return state.tokens;
	}
	/**
	* Similar to {@link MarkdownIt.render} but for single paragraph content.
	* Result will NOT be wrapped into `<p>` tags.
	*/
	renderInline(src, env = {}) {
		return this.renderer.render(this.parseInline(src, env), this.options, env);
	}
};
_defineProperty(MarkdownIt, "Token", Token);
_defineProperty(MarkdownIt, "Ruler", Ruler);
_defineProperty(MarkdownIt, "Renderer", Renderer);
_defineProperty(MarkdownIt, "ParserCore", ParserCore);
_defineProperty(MarkdownIt, "StateCore", StateCore);
_defineProperty(MarkdownIt, "ParserBlock", ParserBlock);
_defineProperty(MarkdownIt, "StateBlock", StateBlock);
_defineProperty(MarkdownIt, "ParserInline", ParserInline);
_defineProperty(MarkdownIt, "StateInline", StateInline);
/**
* Default package export.
*
* For backward compatibility, the {@link MarkdownIt} class is wrapped so
* legacy code can call it without `new`. New code should instantiate it as a
* regular class with `new`. The compatibility wrapper may be removed in a
* future release.
*
* @category Main
*/
var MarkdownItCallable = callable(MarkdownIt);
// node_modules/markdown-it-footnote/index.mjs
function render_footnote_anchor_name(tokens, idx, options, env) {
	const n = Number(tokens[idx].meta.id + 1).toString();
	let prefix = "";
	if (typeof env.docId === "string") prefix = `-${env.docId}-`;
	return prefix + n;
}
function render_footnote_caption(tokens, idx) {
	let n = Number(tokens[idx].meta.id + 1).toString();
	if (tokens[idx].meta.subId > 0) n += `:${tokens[idx].meta.subId}`;
	return `[${n}]`;
}
function render_footnote_ref(tokens, idx, options, env, slf) {
	const id = slf.rules.footnote_anchor_name(tokens, idx, options, env, slf);
	const caption = slf.rules.footnote_caption(tokens, idx, options, env, slf);
	let refid = id;
	if (tokens[idx].meta.subId > 0) refid += `:${tokens[idx].meta.subId}`;
	return `<sup class="footnote-ref"><a href="#fn${id}" id="fnref${refid}">${caption}</a></sup>`;
}
function render_footnote_block_open(tokens, idx, options) {
	return (options.xhtmlOut ? "<hr class=\"footnotes-sep\" />\n" : "<hr class=\"footnotes-sep\">\n") + "<section class=\"footnotes\">\n<ol class=\"footnotes-list\">\n";
}
function render_footnote_block_close() {
	return "</ol>\n</section>\n";
}
function render_footnote_open(tokens, idx, options, env, slf) {
	let id = slf.rules.footnote_anchor_name(tokens, idx, options, env, slf);
	if (tokens[idx].meta.subId > 0) id += `:${tokens[idx].meta.subId}`;
	return `<li id="fn${id}" class="footnote-item">`;
}
function render_footnote_close() {
	return "</li>\n";
}
function render_footnote_anchor(tokens, idx, options, env, slf) {
	let id = slf.rules.footnote_anchor_name(tokens, idx, options, env, slf);
	if (tokens[idx].meta.subId > 0) id += `:${tokens[idx].meta.subId}`;
	return ` <a href="#fnref${id}" class="footnote-backref">\u21a9\uFE0E</a>`;
}
function footnote_plugin(md) {
	const parseLinkLabel = md.helpers.parseLinkLabel;
	const isSpace = md.utils.isSpace;
	md.renderer.rules.footnote_ref = render_footnote_ref;
	md.renderer.rules.footnote_block_open = render_footnote_block_open;
	md.renderer.rules.footnote_block_close = render_footnote_block_close;
	md.renderer.rules.footnote_open = render_footnote_open;
	md.renderer.rules.footnote_close = render_footnote_close;
	md.renderer.rules.footnote_anchor = render_footnote_anchor;
	md.renderer.rules.footnote_caption = render_footnote_caption;
	md.renderer.rules.footnote_anchor_name = render_footnote_anchor_name;
	function footnote_def(state, startLine, endLine, silent) {
		const start = state.bMarks[startLine] + state.tShift[startLine];
		const max = state.eMarks[startLine];
		if (start + 4 > max) return false;
		if (state.src.charCodeAt(start) !== 91) return false;
		if (state.src.charCodeAt(start + 1) !== 94) return false;
		let pos;
		for (pos = start + 2; pos < max; pos++) {
			if (state.src.charCodeAt(pos) === 32) return false;
			if (state.src.charCodeAt(pos) === 93) break;
		}
		if (pos === start + 2) return false;
		if (pos + 1 >= max || state.src.charCodeAt(++pos) !== 58) return false;
		if (silent) return true;
		pos++;
		if (!state.env.footnotes) state.env.footnotes = {};
		if (!state.env.footnotes.refs) state.env.footnotes.refs = {};
		const label = state.src.slice(start + 2, pos - 2);
		state.env.footnotes.refs[`:${label}`] = -1;
		const token_fref_o = new state.Token("footnote_reference_open", "", 1);
		token_fref_o.meta = { label };
		token_fref_o.level = state.level++;
		state.tokens.push(token_fref_o);
		const oldBMark = state.bMarks[startLine];
		const oldTShift = state.tShift[startLine];
		const oldSCount = state.sCount[startLine];
		const oldParentType = state.parentType;
		const posAfterColon = pos;
		const initial = state.sCount[startLine] + pos - (state.bMarks[startLine] + state.tShift[startLine]);
		let offset = initial;
		while (pos < max) {
			const ch = state.src.charCodeAt(pos);
			if (isSpace(ch)) {
				if (ch === 9) offset += 4 - offset % 4;
				else offset++;
			} else break;
			pos++;
		}
		state.tShift[startLine] = pos - posAfterColon;
		state.sCount[startLine] = offset - initial;
		state.bMarks[startLine] = posAfterColon;
		state.blkIndent += 4;
		state.parentType = "footnote";
		if (state.sCount[startLine] < state.blkIndent) state.sCount[startLine] += state.blkIndent;
		state.md.block.tokenize(state, startLine, endLine, true);
		state.parentType = oldParentType;
		state.blkIndent -= 4;
		state.tShift[startLine] = oldTShift;
		state.sCount[startLine] = oldSCount;
		state.bMarks[startLine] = oldBMark;
		const token_fref_c = new state.Token("footnote_reference_close", "", -1);
		token_fref_c.level = --state.level;
		state.tokens.push(token_fref_c);
		return true;
	}
	function footnote_inline(state, silent) {
		const max = state.posMax;
		const start = state.pos;
		if (start + 2 >= max) return false;
		if (state.src.charCodeAt(start) !== 94) return false;
		if (state.src.charCodeAt(start + 1) !== 91) return false;
		const labelStart = start + 2;
		const labelEnd = parseLinkLabel(state, start + 1);
		if (labelEnd < 0) return false;
		if (!silent) {
			if (!state.env.footnotes) state.env.footnotes = {};
			if (!state.env.footnotes.list) state.env.footnotes.list = [];
			const footnoteId = state.env.footnotes.list.length;
			const tokens = [];
			state.md.inline.parse(state.src.slice(labelStart, labelEnd), state.md, state.env, tokens);
			const token = state.push("footnote_ref", "", 0);
			token.meta = { id: footnoteId };
			state.env.footnotes.list[footnoteId] = {
				content: state.src.slice(labelStart, labelEnd),
				tokens
			};
		}
		state.pos = labelEnd + 1;
		state.posMax = max;
		return true;
	}
	function footnote_ref(state, silent) {
		const max = state.posMax;
		const start = state.pos;
		if (start + 3 > max) return false;
		if (!state.env.footnotes || !state.env.footnotes.refs) return false;
		if (state.src.charCodeAt(start) !== 91) return false;
		if (state.src.charCodeAt(start + 1) !== 94) return false;
		let pos;
		for (pos = start + 2; pos < max; pos++) {
			if (state.src.charCodeAt(pos) === 32) return false;
			if (state.src.charCodeAt(pos) === 10) return false;
			if (state.src.charCodeAt(pos) === 93) break;
		}
		if (pos === start + 2) return false;
		if (pos >= max) return false;
		pos++;
		const label = state.src.slice(start + 2, pos - 1);
		if (typeof state.env.footnotes.refs[`:${label}`] === "undefined") return false;
		if (!silent) {
			if (!state.env.footnotes.list) state.env.footnotes.list = [];
			let footnoteId;
			if (state.env.footnotes.refs[`:${label}`] < 0) {
				footnoteId = state.env.footnotes.list.length;
				state.env.footnotes.list[footnoteId] = {
					label,
					count: 0
				};
				state.env.footnotes.refs[`:${label}`] = footnoteId;
			} else footnoteId = state.env.footnotes.refs[`:${label}`];
			const footnoteSubId = state.env.footnotes.list[footnoteId].count;
			state.env.footnotes.list[footnoteId].count++;
			const token = state.push("footnote_ref", "", 0);
			token.meta = {
				id: footnoteId,
				subId: footnoteSubId,
				label
			};
		}
		state.pos = pos;
		state.posMax = max;
		return true;
	}
	function footnote_tail(state) {
		let tokens;
		let current;
		let currentLabel;
		let insideRef = false;
		const refTokens = {};
		if (!state.env.footnotes) return;
		state.tokens = state.tokens.filter(function(tok) {
			if (tok.type === "footnote_reference_open") {
				insideRef = true;
				current = [];
				currentLabel = tok.meta.label;
				return false;
			}
			if (tok.type === "footnote_reference_close") {
				insideRef = false;
				refTokens[":" + currentLabel] = current;
				return false;
			}
			if (insideRef) current.push(tok);
			return !insideRef;
		});
		if (!state.env.footnotes.list) return;
		const list = state.env.footnotes.list;
		state.tokens.push(new state.Token("footnote_block_open", "", 1));
		for (let i = 0, l = list.length; i < l; i++) {
			const token_fo = new state.Token("footnote_open", "", 1);
			token_fo.meta = {
				id: i,
				label: list[i].label
			};
			state.tokens.push(token_fo);
			if (list[i].tokens) {
				tokens = [];
				const token_po = new state.Token("paragraph_open", "p", 1);
				token_po.block = true;
				tokens.push(token_po);
				const token_i = new state.Token("inline", "", 0);
				token_i.children = list[i].tokens;
				token_i.content = list[i].content;
				tokens.push(token_i);
				const token_pc = new state.Token("paragraph_close", "p", -1);
				token_pc.block = true;
				tokens.push(token_pc);
			} else if (list[i].label) tokens = refTokens[`:${list[i].label}`];
			if (tokens) state.tokens = state.tokens.concat(tokens);
			let lastParagraph;
			if (state.tokens[state.tokens.length - 1].type === "paragraph_close") lastParagraph = state.tokens.pop();
			else lastParagraph = null;
			const t = list[i].count > 0 ? list[i].count : 1;
			for (let j = 0; j < t; j++) {
				const token_a = new state.Token("footnote_anchor", "", 0);
				token_a.meta = {
					id: i,
					subId: j,
					label: list[i].label
				};
				state.tokens.push(token_a);
			}
			if (lastParagraph) state.tokens.push(lastParagraph);
			state.tokens.push(new state.Token("footnote_close", "", -1));
		}
		state.tokens.push(new state.Token("footnote_block_close", "", -1));
	}
	md.block.ruler.before("reference", "footnote_def", footnote_def, { alt: ["paragraph", "reference"] });
	md.inline.ruler.after("image", "footnote_inline", footnote_inline);
	md.inline.ruler.after("footnote_inline", "footnote_ref", footnote_ref);
	md.core.ruler.after("inline", "footnote_tail", footnote_tail);
}
// dist/src/loaders/markdown-parser.js
/**
* The Markdown parser: markdown-it (CommonMark, GFM tables and strikethrough)
* with markdown-it-footnote, raw HTML read (comments carry speclint's
* directives), no link literals, no typographer. Escapes and entities stay
* tokens of their own, so that every piece of text can be placed in the
* source (markdown-source.ts), and footnotes stay where they are written.
*
* Why markdown-it rather than remark-parse with remark-gfm: in one process,
* first file included, it parses the bench's 20 specifications in 64 ms where
* micromark took 723 ms, and that parse was most of a whole run's time (issue
* 19; the bench's "parse floor with speclint's own parser" row went from 946 ms
* to 191 ms for the whole process). Both follow CommonMark; speclint only needs the
* blocks (headings, paragraphs, list items, table cells) and their visible
* text, which they read alike. markdown-it gives no offsets below the block, so
* markdown.ts places text itself.
*/
const parser = new MarkdownItCallable("default", {
	html: true,
	linkify: false,
	typographer: false,
	maxNesting: 1e3
}).use(footnote_plugin);
parser.disable(["text_join", "footnote_tail"]);
const tableRule = parser.block.ruler.__rules__.find((rule) => rule.name === "table")?.fn;
if (!tableRule) throw new Error("markdown-it has no table rule");
parser.block.ruler.at("table", (state, startLine, endLine, silent) => {
	const at = state.tokens.length;
	if (!tableRule(state, startLine, endLine, silent)) return false;
	if (silent) return true;
	const open = state.tokens[at];
	const rows = [];
	for (let line = startLine; line < state.line; line++) {
		if (line === startLine + 1) continue;
		const lineStart = state.src.lastIndexOf("\n", state.bMarks[line] - 1) + 1;
		rows.push({
			line,
			start: state.bMarks[line] + state.tShift[line] - lineStart,
			end: state.eMarks[line] - lineStart
		});
	}
	open.meta = { rows };
	return true;
}, { alt: ["paragraph", "reference"] });
function parseMarkdown(text) {
	return parser.parse(text, {});
}
/** Inline tokens for text markdown-it did not give tokens for (cells past the header's count). */
function parseInline(text) {
	return parser.parseInline(text, {})[0]?.children ?? [];
}
/** Where a link's destination and title end: markdown-it's own readers of "(url "title")". */
const parseLinkDestination = (text, start, max) => parser.helpers.parseLinkDestination(text, start, max);
const parseLinkTitle = (text, start, max) => parser.helpers.parseLinkTitle(text, start, max);
// dist/src/loaders/markdown-inline.js
/**
* The visible text of a block's inline tokens (markdown-it's), with where each
* piece of it stands in the source: the part of reading Markdown below the
* block. markdown.ts walks the blocks; markdown-source.ts places a block's
* content in the source.
*/
/** The index just past the ")" of an inline link or image whose "]" is at `close`, or past the "]" of a reference. */
function pastLinkTail(content, close) {
	let pos = close + 1;
	if (content[pos] === "[") {
		const end = content.indexOf("]", pos + 1);
		return end === -1 ? pos : end + 1;
	}
	if (content[pos] !== "(") return pos;
	const skipBlanks = () => {
		while (pos < content.length && /\s/.test(content[pos])) pos++;
	};
	pos++;
	skipBlanks();
	const destination = parseLinkDestination(content, pos, content.length);
	if (destination.ok) pos = destination.pos;
	skipBlanks();
	const title = parseLinkTitle(content, pos, content.length);
	if (title.ok) pos = title.pos;
	skipBlanks();
	return content[pos] === ")" ? pos + 1 : pos;
}
/** The "]" that closes the bracket opened at `open`, counting nested brackets and skipping escapes. */
function closingBracket(content, open) {
	let depth = 0;
	for (let i = open; i < content.length; i++) {
		const c = content[i];
		if (c === "\\") i++;
		else if (c === "[") depth++;
		else if (c === "]" && --depth === 0) return i;
	}
	return -1;
}
/**
* Concatenates the visible text of a block's inline tokens, recording where
* each piece came from: `at` gives the source offset of each character of the
* inline content the tokens were read from. A cursor walks that content, so
* each text is found where it stands, after the markup before it.
*/
function inlineText(tokens, content, at, source) {
	const out = {
		text: "",
		spans: [],
		comments: []
	};
	let cursor = 0;
	/** Appends `value`, read from the content [from, to) when found there (from >= 0), and moves the cursor past it. */
	const append = (value, from, to) => {
		if (value === "") return;
		if (from >= 0) {
			const sourceStart = at[from];
			const sourceEnd = to > from ? at[to - 1] + 1 : sourceStart;
			out.spans.push({
				textStart: out.text.length,
				length: value.length,
				sourceStart,
				sourceEnd,
				verbatim: source.slice(sourceStart, sourceEnd) === value
			});
			cursor = to;
		}
		out.text += value;
	};
	const lineEnding = () => {
		const nl = content.indexOf("\n", cursor);
		if (nl === -1) return "\n";
		cursor = nl + 1;
		const end = at[nl];
		return source.startsWith("\r\n", end) ? "\r\n" : source[end] === "\r" ? "\r" : "\n";
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		switch (token.type) {
			case "text": {
				const from = content.indexOf(token.content, cursor);
				append(token.content, from, from + token.content.length);
				break;
			}
			case "text_special": {
				const from = content.indexOf(token.markup, cursor);
				append(token.content, from, from + token.markup.length);
				break;
			}
			case "code_inline": {
				const open = content.indexOf(token.markup, cursor);
				const close = open >= 0 ? content.indexOf(token.markup, open + token.markup.length) : -1;
				append(token.content, close >= 0 ? open : -1, close + token.markup.length);
				break;
			}
			case "softbreak":
				out.text += lineEnding();
				break;
			case "hardbreak":
				lineEnding();
				out.text += "\n";
				break;
			case "html_inline": {
				const from = content.indexOf(token.content, cursor);
				const start = from >= 0 ? at[from] : at[cursor];
				const end = from >= 0 ? at[from + token.content.length - 1] + 1 : start;
				if (from >= 0) cursor = from + token.content.length;
				out.comments.push({
					value: token.content,
					start,
					end
				});
				break;
			}
			case "link_open":
				if (token.markup === "autolink") {
					const open = content.indexOf("<", cursor);
					if (open >= 0) cursor = open + 1;
				}
				break;
			case "link_close":
				if (token.markup === "autolink") {
					const close = content.indexOf(">", cursor);
					if (close >= 0) cursor = close + 1;
				} else {
					const close = content.indexOf("]", cursor);
					if (close >= 0) cursor = pastLinkTail(content, close);
				}
				break;
			case "image": {
				const open = content.indexOf("![", cursor);
				const close = open >= 0 ? closingBracket(content, open + 1) : -1;
				if (close >= 0) cursor = pastLinkTail(content, close);
				break;
			}
			case "footnote_ref": {
				const close = content.indexOf("]", cursor);
				if (close >= 0) cursor = close + 1;
				break;
			}
		}
	}
	return out;
}
/** A paragraph whose only visible content is one strong run ("**Outcomes**"): it may be a heading in disguise. */
function isBoldOnly(tokens) {
	let units = 0;
	let strong = false;
	let depth = 0;
	for (const token of tokens) {
		if (depth === 0) {
			if (!(token.type === "text" && token.content.trim() === "" || token.type === "softbreak" || token.type === "html_inline") && token.nesting >= 0) {
				units++;
				strong = token.type === "strong_open";
			}
		}
		depth += token.nesting;
	}
	return units === 1 && strong;
}
/**
* A GFM task list item ("- [x] Confirm the EIA") is read as its text alone, as
* GitHub shows it: the box is not words, and "[ ]" is not a placeholder.
*/
function dropTaskMarker(inline) {
	const first = inline.children?.[0];
	const marker = first?.type === "text" ? /^\[[ xX]\][ \t]+(?=\S)/.exec(first.content) : null;
	if (marker) first.content = first.content.slice(marker[0].length);
}
// dist/src/loaders/markdown-source.js
/**
* Places markdown-it's text in the source. markdown-it gives each block its
* lines (token.map) and the text of its inline content with container markers,
* indentation and the block's own markers taken off; these functions give, for
* every character of that content, its offset in the source, so that findings
* point at the words they quote.
*/
/** The source's lines: where each starts and ends (before its line ending). markdown-it counts \r\n, \r and \n alike. */
var SourceLines = class {
	text;
	starts = [];
	ends = [];
	constructor(text) {
		this.text = text;
		let start = 0;
		const ending = /\r\n|\r|\n/g;
		for (let m = ending.exec(text); m; m = ending.exec(text)) {
			this.starts.push(start);
			this.ends.push(m.index);
			start = m.index + m[0].length;
		}
		this.starts.push(start);
		this.ends.push(text.length);
	}
	line(n) {
		return this.text.slice(this.starts[n] ?? this.text.length, this.ends[n] ?? this.text.length);
	}
};
/**
* Where a line of block content lies in its source line: the content is the
* line's tail (after quote markers, list markers and indentation), less the
* blanks markdown-it trims from the block's end, or, in an ATX heading, the
* text between the opening and closing #s. Tabs that markdown-it turned into
* spaces at the start map to where the tail begins. Returns the offset in the
* line of each character, and of the end.
*/
function placeInLine(piece, line) {
	const at = new Int32Array(piece.length + 1);
	let from = -1;
	if (line.endsWith(piece)) from = line.length - piece.length;
	else {
		const trimmed = line.trimEnd();
		if (trimmed.endsWith(piece)) from = trimmed.length - piece.length;
		else {
			const opening = /^[ \t>]*#*/.exec(line)[0].length;
			const found = line.indexOf(piece, opening);
			if (found >= 0) from = found;
		}
	}
	if (from >= 0) {
		for (let i = 0; i <= piece.length; i++) at[i] = from + i;
		return at;
	}
	const rest = piece.trimStart();
	const added = piece.length - rest.length;
	const tail = line.trimEnd();
	const start = tail.endsWith(rest) ? tail.length - rest.length : Math.max(0, tail.length - rest.length);
	for (let i = 0; i <= piece.length; i++) at[i] = i < added ? start : start + i - added;
	return at;
}
/** Source offsets of a block's inline content, whose first line is source line `first`; a line break maps to its line's end. */
function placeBlockContent(content, first, lines) {
	const at = new Int32Array(content.length + 1);
	let offset = 0;
	let line = first;
	for (const piece of content.split("\n")) {
		const inLine = placeInLine(piece, lines.line(line));
		const lineStart = lines.starts[line] ?? lines.text.length;
		for (let i = 0; i <= piece.length; i++) at[offset + i] = lineStart + inLine[i];
		offset += piece.length + 1;
		line++;
	}
	return at;
}
/**
* The cells of a table row, split as markdown-it splits them (its escapedSplit:
* at each "|" not after a backslash, the backslash before an escaped one
* dropped; an empty first and last cell are the row's outer pipes). `rowStart`
* is the source offset where the row's text starts, `row` that text.
*/
function splitRow(row, rowStart) {
	const trimmedStart = row.length - row.trimStart().length;
	const text = row.trim();
	const cells = [];
	let chars = [];
	let content = "";
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "|") {
			if (i > 0 && text[i - 1] === "\\") {
				chars.pop();
				content = content.slice(0, -1);
			} else {
				cells.push({
					chars,
					content
				});
				chars = [];
				content = "";
				continue;
			}
		}
		chars.push(rowStart + trimmedStart + i);
		content += c;
	}
	cells.push({
		chars,
		content
	});
	if (cells.length > 0 && cells[0].content === "") cells.shift();
	if (cells.length > 0 && cells.at(-1).content === "") cells.pop();
	return cells.map(({ chars, content }) => {
		const lead = content.length - content.trimStart().length;
		const kept = content.trim();
		const at = new Int32Array(kept.length + 1);
		const end = chars[lead + kept.length - 1];
		for (let i = 0; i < kept.length; i++) at[i] = chars[lead + i];
		at[kept.length] = end === void 0 ? chars[0] ?? rowStart : end + 1;
		return {
			content: kept,
			at
		};
	});
}
// dist/src/loaders/markdown.js
/**
* The HTML comments in an html node, found with indexOf: the regex
* /<!--([^]*?)-->/g took quadratic time on an unclosed run of "<!--".
*/
function* htmlComments(value) {
	for (let from = 0;;) {
		const open = value.indexOf("<!--", from);
		if (open === -1) return;
		const close = value.indexOf("-->", open + 4);
		if (close === -1) return;
		yield {
			index: open,
			length: close + 3 - open,
			body: value.slice(open + 4, close)
		};
		from = close + 3;
	}
}
function directivesFromComments(comments, positionAt, lines) {
	const directives = [];
	let nextNonBlank;
	let paragraphEnd;
	const index = () => {
		const n = lines.length;
		nextNonBlank = new Int32Array(n + 2);
		paragraphEnd = new Int32Array(n + 2);
		nextNonBlank[n + 1] = n + 1;
		paragraphEnd[n + 1] = n + 1;
		for (let line = n; line >= 1; line--) {
			const blank = lines[line - 1].trim() === "";
			nextNonBlank[line] = blank ? nextNonBlank[line + 1] : line;
			paragraphEnd[line] = blank ? line : line === n || lines[line].trim() === "" ? line : paragraphEnd[line + 1];
		}
	};
	for (const c of comments) for (const m of htmlComments(c.value)) {
		const parsed = parseDirectiveText(m.body);
		if (!parsed) continue;
		const position = positionAt(c.start + m.index);
		const { kind, ruleIds, reason } = parsed;
		if (kind === "disable-next-line") {
			const endLine = positionAt(c.start + m.index + m.length).line;
			if (!nextNonBlank) index();
			const from = endLine + 1 > lines.length ? endLine + 1 : nextNonBlank[endLine + 1];
			const to = from > lines.length ? from : paragraphEnd[from];
			directives.push({
				type: "range",
				ruleIds,
				reason,
				position,
				from: {
					line: from,
					column: 1
				},
				to: {
					line: to,
					column: Number.MAX_SAFE_INTEGER
				}
			});
		} else directives.push({
			type: kind,
			ruleIds,
			reason,
			position
		});
	}
	return directives;
}
/**
* Markdown → raw blocks and directives. With a cache (the language server
* keeps one per document), only the pieces that changed since the last call
* are parsed again; the result is the same as parsing the text whole.
*/
/**
* A lone carriage return (old Mac line endings) ends a line for the parser and for editors; made a
* line feed, one character for one, it ends one for positions, directives and block text too, and no
* offset moves.
*/
const withLineFeeds = (text) => text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
/** Lines front matter may hold: YAML keys, list items, indented values, comments and blanks. */
const FRONT_MATTER_LINE = /^(?:[ \t]*(?:#.*)?|[ \t]*[\w"'][^\n:]*:(?:[ \t].*)?|[ \t]*-(?:[ \t].*)?|[ \t]+\S.*)$/u;
/** A YAML key at the start of a line: "title:", "authors:". */
const FRONT_MATTER_KEY = /^[\w"'][^\n:]*:(?:[ \t]|$)/u;
/** How far a closing fence may be: front matter is a few lines of metadata, not a document. */
const FRONT_MATTER_MAX_LINES = 200;
/**
* YAML front matter ("---", "title: ...", "---" at the very start, as pandoc, Jekyll and Hugo
* write it) is metadata, not text: CommonMark would read its closing fence as a heading
* underline. It is blanked, space for character, so every later offset stays where it was.
*/
function withoutFrontMatter(text) {
	if (!/^\uFEFF?---[ \t]*\r?\n/u.test(text)) return text;
	const lines = text.split("\n");
	if ((lines[1] ?? "").replace(/\r$/u, "").trim() === "") return text;
	let keys = 0;
	for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_MAX_LINES); i++) {
		const line = lines[i].replace(/\r$/u, "");
		if (line === "---" || line === "...") {
			if (keys === 0) return text;
			const end = lines.slice(0, i + 1).join("\n").length;
			return text.slice(0, end).replace(/[^\r\n]/gu, " ") + text.slice(end);
		}
		if (!FRONT_MATTER_LINE.test(line)) return text;
		if (FRONT_MATTER_KEY.test(line)) keys++;
	}
	return text;
}
const prepared = (text) => withoutFrontMatter(withLineFeeds(text));
function loadMarkdown(text, cache) {
	text = prepared(text);
	if (!cache && text.length <= 32768) return fromPieces(text, parsePiece(text));
	const pieces = markdownPieces(text);
	return loadMarkdownPieces(text, cache ? pieces.starts : joinPieces(pieces, text.length), cache, pieces.tableHeads);
}
/**
* loadMarkdown with the pieces given: `starts` are offsets where it may be cut
* (see chunkStarts). Without a cache each piece is parsed and dropped. A piece
* with a table head (a long table cut between rows) is read after the head,
* and its rows continue that table.
*/
function loadMarkdownPieces(text, starts, cache, tableHeads = /* @__PURE__ */ new Map()) {
	text = prepared(text);
	const blocks = [];
	const comments = [];
	const fresh = /* @__PURE__ */ new Map();
	let tables = 0;
	/** The last table read so far, and how many rows it has. */
	let lastTable = -1;
	let lastTableRows = 0;
	starts.forEach((start, i) => {
		const head = tableHeads.get(start) ?? "";
		const source = head + text.slice(start, starts[i + 1] ?? text.length);
		const piece = cache ? cache.parse(source, fresh) : parsePiece(source);
		const continues = head !== "" && piece.tables > 0 && lastTable === tables - 1;
		const tablesBefore = continues ? tables - 1 : tables;
		const rowsBefore = continues ? lastTableRows - 1 : 0;
		for (const block of piece.blocks) {
			if (head && (block.cell?.table === 0 && block.cell.row === 0 || (block.spans[0]?.sourceStart ?? head.length) < head.length)) continue;
			const placed = shifted(block, start - head.length, tablesBefore, block.cell?.table === 0 ? rowsBefore : 0);
			if (placed.cell) {
				if (placed.cell.table > lastTable) [lastTable, lastTableRows] = [placed.cell.table, 0];
				if (placed.cell.table === lastTable) lastTableRows = Math.max(lastTableRows, placed.cell.row + 1);
			}
			blocks.push(placed);
		}
		for (const c of piece.comments) if (c.start >= head.length) comments.push({
			value: c.value,
			start: c.start + start - head.length,
			end: c.end + start - head.length
		});
		tables = tablesBefore + piece.tables;
	});
	cache?.keep(fresh);
	return fromPieces(text, {
		blocks,
		comments,
		tables
	});
}
function fromPieces(text, { blocks, comments }) {
	const positionAt = makePositionAt(text);
	const lines = text.split(/\r?\n/);
	return {
		raw: {
			format: "markdown",
			source: text,
			blocks
		},
		directives: directivesFromComments(comments, positionAt, lines)
	};
}
/** A cached piece's block placed in the whole document: source offsets, table and row numbers moved on. */
function shifted(block, offset, tablesBefore, rowsBefore) {
	if (offset === 0 && tablesBefore === 0 && rowsBefore === 0) return block;
	return {
		...block,
		spans: block.spans.map((s) => ({
			...s,
			sourceStart: s.sourceStart + offset,
			sourceEnd: s.sourceEnd + offset
		})),
		...block.cell ? { cell: {
			...block.cell,
			table: block.cell.table + tablesBefore,
			row: block.cell.row + rowsBefore
		} } : {}
	};
}
function parsePiece(text) {
	const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
	const tokens = parseMarkdown(bom ? text.slice(1) : text);
	const lines = new SourceLines(text);
	const blocks = [];
	const comments = [];
	let tableCount = 0;
	/** The lists the walk is inside, innermost last. */
	const lists = [];
	/** The table being read: its number, its rows' sources, the row and column reached. */
	let table;
	const push = (raw, children, content, at) => {
		const read = inlineText(children, content, at, text);
		comments.push(...read.comments);
		blocks.push({
			...raw,
			text: read.text,
			spans: read.spans
		});
	};
	const pushBlockInline = (raw, inline) => {
		push(raw, inline.children ?? [], inline.content, placeBlockContent(inline.content, inline.map?.[0] ?? 0, lines));
	};
	const pushCell = (cell, children) => {
		const t = table;
		push({
			kind: "table-cell",
			cell: {
				table: t.index,
				row: t.row,
				column: t.column,
				isHeader: t.row === 0
			}
		}, children, cell.content, cell.at);
		t.column++;
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		switch (token.type) {
			case "heading_open":
				pushBlockInline({
					kind: "heading",
					level: Number(token.tag.slice(1))
				}, tokens[++i]);
				break;
			case "paragraph_open": {
				const inline = tokens[++i];
				const list = lists.at(-1);
				if (list && tokens[i - 2]?.type === "list_item_open") dropTaskMarker(inline);
				if (list) pushBlockInline({
					kind: "list-item",
					list: {
						ordered: list.ordered,
						depth: list.depth
					},
					singleItemListStart: list.singleItemStart
				}, inline);
				else pushBlockInline({
					kind: "paragraph",
					boldOnly: isBoldOnly(inline.children ?? [])
				}, inline);
				break;
			}
			case "bullet_list_open":
			case "ordered_list_open": {
				const ordered = token.type === "ordered_list_open";
				const single = ordered && lists.length === 0 && isSingleItem(tokens, i) ? Number(token.attrGet("start") ?? 1) : void 0;
				lists.push({
					ordered,
					depth: lists.length + 1,
					singleItemStart: single
				});
				break;
			}
			case "bullet_list_close":
			case "ordered_list_close":
				lists.pop();
				break;
			case "table_open": {
				const rows = token.meta.rows;
				table = {
					index: tableCount++,
					rows,
					row: -1,
					column: 0,
					cells: []
				};
				break;
			}
			case "tr_open": {
				const t = table;
				t.row++;
				t.column = 0;
				const row = t.rows[t.row];
				const shift = row?.line === 0 ? bom : 0;
				t.cells = row ? splitRow(lines.line(row.line).slice(row.start + shift, row.end + shift), (lines.starts[row.line] ?? 0) + row.start + shift) : [];
				break;
			}
			case "th_open":
			case "td_open": {
				const inline = tokens[++i];
				const t = table;
				const cell = t.cells[t.column];
				if (cell) pushCell(cell, inline.children ?? []);
				break;
			}
			case "tr_close": {
				const t = table;
				while (t.column < t.cells.length) {
					const cell = t.cells[t.column];
					pushCell(cell, parseInline(cell.content));
				}
				break;
			}
			case "table_close":
				table = void 0;
				break;
			case "html_block": {
				const line = token.map?.[0] ?? 0;
				const last = (token.map?.[1] ?? line + 1) - 1;
				const first = token.content.split("\n", 1)[0];
				const start = (lines.starts[line] ?? 0) + Math.max(0, lines.line(line).lastIndexOf(first));
				const end = lines.ends[last] ?? text.length;
				comments.push({
					value: text.slice(start, end),
					start,
					end
				});
				break;
			}
		}
	}
	return {
		blocks,
		comments,
		tables: tableCount
	};
}
/** The ordered list opening at `open` has one item, and that item one block. */
function isSingleItem(tokens, open) {
	const level = tokens[open].level;
	let items = 0;
	let children = 0;
	for (let i = open + 1; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.level === level && t.nesting === -1) break;
		if (t.level === level + 1 && t.type === "list_item_open") items++;
		else if (t.level === level + 2 && t.nesting >= 0 && items === 1) children++;
		if (items > 1) return false;
	}
	return items === 1 && children === 1;
}
function checkNesting(text, name) {
	let lineStart = 0;
	while (lineStart <= text.length) {
		let quotes = 0;
		let indent = 0;
		let i = lineStart;
		for (; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 62) quotes++;
			else if (c === 32) indent++;
			else if (c === 9) indent += 4;
			else break;
		}
		if (quotes > 64) throw new InputError(`${name} nests block quotes more than 64 levels deep, which no specification does: check you chose the right file.`);
		if (indent > 256) throw new InputError(`${name} indents text more than 256 columns (lists nested far too deep for a specification): check you chose the right file.`);
		const next = text.indexOf("\n", i);
		if (next === -1) break;
		lineStart = next + 1;
	}
}
// dist/src/loaders/index.js
/**
* The loader registry: for each format in src/core/formats.ts (its name,
* extensions and location style), the function that reads it. A new format is
* a row there and its loader here. Word support is imported only when a .docx
* file is linted, so Markdown runs never load it.
*/
const LOADERS = {
	markdown(bytes, _filePath, displayName, options) {
		const text = decodeText(bytes, displayName);
		checkNesting(text, displayName);
		return loadMarkdown(text, options.markdownPieces);
	},
	async docx(bytes, filePath, displayName, options) {
		if (filePath.toLowerCase().endsWith(".doc") && (bytes[0] !== 80 || bytes[1] !== 75)) throw new InputError(`${displayName} is a legacy Word (.doc) file: open it in Word and save it as .docx (Word Document), then try again.`);
		const { loadDocx } = await import("./docx-DHv7HcuS.js");
		return loadDocx(bytes, displayName, options.zipLimits);
	}
};
/** Bytes → model input, by the loader for the file's extension. Throws InputError with one plain sentence when it cannot. */
async function loadSource(bytes, filePath, displayName = filePath, options = {}) {
	return LOADERS[formatOf(filePath)](bytes, filePath, displayName, options);
}
// dist/src/loaders/size.js
/** How big an input may be; shared by the CLI and the browser checker so both refuse alike. */
/** Biggest input file; larger files are refused rather than risking memory. */
const MAX_INPUT_BYTES = 52428800;
const tooLargeReason = (name) => `${name} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, too large to be a specification: check you chose the right file.`;
/**
* Biggest Markdown text. Everything in a Markdown file is text to model and
* lint, where most of a large Word file is pictures and markup. Measured peak
* memory per MB of Markdown: about 50 MB when every sentence is a finding,
* 110 MB of live model for a table of short cells, 8 MB for one endless
* paragraph; at this limit the worst stays within a worker's memory cap
* (SECURITY.md). The longest real specifications are well under 1 MB.
*/
const MAX_MARKDOWN_BYTES = 10485760;
const markdownTooLargeReason = (name) => `${name} is larger than ${MAX_MARKDOWN_BYTES / 1024 / 1024} MB, too large to be a Markdown specification (the longest are well under 1 MB): check you chose the right file, or split it.`;
// dist/src/core/lint.js
/** Loaded source → messages: build the model once, run every rule over it. Pure. */
function lintSource(loaded, options) {
	const { lexicons } = options;
	const placeholders = PLACEHOLDER_LEXICONS.every((name) => lexicons.has(name)) ? {
		words: lexicons.get("placeholders"),
		exceptions: lexicons.get("placeholder-exceptions"),
		instructions: lexicons.get("placeholder-instructions"),
		smallWords: lexicons.get("abbreviation-small-words")
	} : void 0;
	const document = buildDocument(loaded.raw, {
		sectionHeadings: lexicons.get("section-headings"),
		placeholders
	});
	const { messages, evidence, silencedRules } = runRules(document, {
		...options,
		directives: loaded.directives
	});
	return {
		document,
		messages,
		evidence,
		silencedRules
	};
}
// dist/src/core/messages.js
function countMessages(filePath, messages, format) {
	let errorCount = 0;
	let warningCount = 0;
	let fatalErrorCount = 0;
	for (const m of messages) {
		if (m.severity === 2) errorCount++;
		else warningCount++;
		if (m.fatal) fatalErrorCount++;
	}
	return {
		filePath,
		messages,
		errorCount,
		warningCount,
		fatalErrorCount,
		format
	};
}
/** One fatal message: an input speclint could not read. */
function fatalResult(filePath, reason) {
	return countMessages(filePath, [{
		ruleId: null,
		severity: 2,
		fatal: true,
		message: reason,
		line: 1,
		column: 1
	}]);
}
// dist/src/core/lint-bytes.js
/**
* The one lint path: a file's bytes, its name and its resolved rules, settings
* and lexicons in; the result and the document model out. The CLI's Linter,
* the language server (through the Linter) and the browser checker all call
* this, so a file is loaded, refused and linted the same way everywhere.
* Pure: no file system, no network.
*/
async function lintBytes(input, options) {
	const displayName = input.displayName ?? input.filePath;
	let loaded;
	try {
		if (input.bytes.length > 52428800) throw new InputError(tooLargeReason(displayName));
		if (input.bytes.length > 10485760 && formatOf(input.filePath) === "markdown") throw new InputError(markdownTooLargeReason(displayName));
		loaded = await loadSource(input.bytes, input.filePath, displayName, input.load);
	} catch (error) {
		if (error instanceof InputError) return { result: fatalResult(displayName, error.message) };
		return { result: fatalResult(displayName, `${displayName} could not be read as a specification (${error.message}). Check the file opens in an editor.`) };
	}
	const { document, messages, evidence, silencedRules } = lintSource(loaded, options);
	const result = countMessages(displayName, messages, document.format);
	result.rulesRun = options.rules.map((r) => r.id);
	result.evidence = evidence;
	if (silencedRules.length > 0) result.rulesSilenced = silencedRules;
	return {
		result,
		document
	};
}
// dist/src/loaders/docx/limits.js
const DEFAULT_ZIP_LIMITS = {
	maxEntryBytes: 67108864,
	maxTotalBytes: 536870912,
	maxEntries: 2e3
};
// dist/src/loaders/read-file.js
/**
* Reading an input from disk or a stream, never more than the size limit.
*
* `stat` cannot be trusted for the limit: a device (a link to /dev/zero
* committed in a pull request), a pipe or a file still being written reports a
* size that says nothing about what a read returns. So only ordinary files are
* opened for reading, and the read itself stops one byte past the limit.
*/
const CHUNK_BYTES = 1048576;
/**
* The bytes of the file at `path`, or an InputError with one plain sentence:
* missing, unreadable, a folder, not an ordinary file (after following links),
* or larger than `maxBytes`. `name` is how the messages name it.
*/
async function readInputFile(path, name, maxBytes = MAX_INPUT_BYTES) {
	let handle;
	try {
		handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		throw new InputError(unreadableReason(name, error));
	}
	try {
		const stat = await handle.stat();
		if (stat.isDirectory()) throw new InputError(`${name} is a folder, not a file.`);
		if (!stat.isFile()) throw new InputError(notAFileReason(name));
		let buffer = new Uint8Array(Math.min(Math.max(stat.size, 0), maxBytes) + 1);
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				if (length > maxBytes) throw new InputError(tooLargeReason(name));
				const grown = new Uint8Array(Math.min(buffer.length * 2 + CHUNK_BYTES, maxBytes + 1));
				grown.set(buffer);
				buffer = grown;
			}
			const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
			if (bytesRead === 0) break;
			length += bytesRead;
		}
		if (length > maxBytes) throw new InputError(tooLargeReason(name));
		return buffer.subarray(0, length);
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(unreadableReason(name, error));
	} finally {
		await handle.close();
	}
}
const notAFileReason = (name) => `${name} is not an ordinary file (it is a device, a pipe or a socket, or a link to one), so speclint did not read it: remove it or name a .md or .docx file.`;
function unreadableReason(name, error) {
	switch (error.code) {
		case "ENOENT": return `${name} does not exist: check the path.`;
		case "EACCES":
		case "EPERM": return `${name} cannot be opened: you do not have permission to read it.`;
		case "EISDIR": return `${name} is a folder, not a file.`;
		case "ELOOP": return `${name} is a link that leads round in a circle: remove it or point it at a file.`;
		case "ENXIO":
		case "ENODEV": return notAFileReason(name);
		default: return `${name} cannot be read (${error.code ?? error.message}).`;
	}
}
// dist/src/linter.js
/**
* The Node API: find the config, read files, lint them. Everything that
* touches the file system lives here or in src/cli; src/core stays pure.
*/
var Linter = class {
	cwd;
	/** Built-in rules, and those of the config's plugins and rulesDir once it is loaded. */
	registry = new RuleRegistry();
	options;
	config;
	cliRules;
	constructor(options = {}) {
		this.options = options;
		this.cwd = resolve(options.cwd ?? process.cwd());
		if (options.rules) this.cliRules = mergeRules({}, options.rules);
	}
	/** The config file in use, its `extends` flattened (loaded once). */
	baseConfig() {
		this.config ??= (async () => {
			const { configFile, useConfigFiles = true, config } = this.options;
			let flat;
			if (config) flat = await loadConfigData(config, this.cwd, this.registry);
			else if (configFile) flat = await loadConfigFile(resolve(this.cwd, configFile), this.registry);
			else {
				const found = useConfigFiles ? findConfigFile(this.cwd) : void 0;
				flat = found ? await loadConfigFile(found, this.registry) : defaultConfig(builtinRules, this.cwd);
			}
			for (const [id, entry] of Object.entries(this.options.rules ?? {})) {
				const rule = this.registry.rules[id];
				if (!rule) throw new ConfigError(`--rule: "${id}" is not a speclint rule. Run "speclint --list-rules" to see them.`);
				const problem = await ruleOptionsProblem(id, rule, entry);
				if (problem) throw new ConfigError(`--rule "${id}": ${problem.path.length > 0 ? `"${displayPath(problem.path)}" ` : ""}${problem.message}`);
			}
			return flat;
		})();
		return this.config;
	}
	async configFor(filePath) {
		const config = configForFile(await this.baseConfig(), filePath === void 0 ? void 0 : resolve(this.cwd, filePath), this.cliRules);
		if (this.options.reportUnusedDirectives) config.reportUnusedDirectives = this.options.reportUnusedDirectives;
		return config;
	}
	/** Every rule this linter knows, once its config is loaded. */
	async rules() {
		await this.baseConfig();
		return this.registry.rules;
	}
	/** Lints text as if it were the file `filePath` (for --stdin and editors). */
	async lintText(text, filePath = "<text>") {
		return (await this.lintTextDetailed(text, filePath)).result;
	}
	/**
	* As lintText, with the document model too (undefined when the text could
	* not be read). An editor passes the document's `markdownPieces` cache so
	* that only the parts of a Markdown text that changed are parsed again.
	*/
	async lintTextDetailed(text, filePath = "<text>", options = {}) {
		const config = await this.configFor(filePath === "<text>" ? void 0 : filePath);
		return lintBytes({
			bytes: new TextEncoder().encode(text),
			filePath,
			load: { markdownPieces: options.markdownPieces }
		}, this.lintOptions(config));
	}
	/**
	* Lints the bytes of a file that is not on disk (--stdin): read as a file's bytes are, so a
	* Word document, a UTF-16 text or invalid UTF-8 is treated as it would be in a file.
	*/
	async lintInput(bytes, filePath = "<text>") {
		const config = await this.configFor(filePath === "<text>" ? void 0 : filePath);
		return (await lintBytes({
			bytes,
			filePath,
			load: { zipLimits: zipLimits(config.settings) }
		}, this.lintOptions(config))).result;
	}
	async lintFile(filePath, displayName = filePath) {
		const config = await this.configFor(filePath);
		let bytes;
		try {
			bytes = await readInputFile(resolve(this.cwd, filePath), displayName);
		} catch (error) {
			if (error instanceof InputError) return fatalResult(displayName, error.message);
			throw error;
		}
		return (await lintBytes({
			bytes,
			filePath,
			displayName,
			load: { zipLimits: zipLimits(config.settings) }
		}, this.lintOptions(config))).result;
	}
	/** A file's resolved config as the lint function takes it. */
	lintOptions(config) {
		return {
			rules: configuredRules(config.rules, this.registry.rules),
			settings: config.settings,
			lexicons: loadLexicons(config.settings),
			reportUnusedDirectives: config.reportUnusedDirectives,
			...this.options.today !== void 0 && { today: this.options.today }
		};
	}
};
/** settings.limits → the zip reader's limits (defaults where not set). */
function zipLimits(settings) {
	const limits = settings.limits ?? {};
	return {
		...DEFAULT_ZIP_LIMITS,
		...limits.maxUnzippedMB !== void 0 && { maxEntryBytes: Math.round(limits.maxUnzippedMB * 1024 * 1024) },
		...limits.maxZipEntries !== void 0 && { maxEntries: limits.maxZipEntries }
	};
}
// dist/src/cli/worker.js
/**
* A worker thread for --concurrency: builds its own Linter with the main
* thread's options and lints the files it is sent, one at a time.
*/
const linter = new Linter(workerData);
parentPort.on("message", async (job) => {
	try {
		const result = await linter.lintFile(job.path);
		parentPort.postMessage({
			id: job.id,
			result
		});
	} catch (error) {
		parentPort.postMessage({
			id: job.id,
			error: {
				name: error.name,
				message: error.message
			}
		});
	}
});
export { __commonJSMin as i, InputError as n, parseDirectiveText as r, DEFAULT_ZIP_LIMITS as t };
