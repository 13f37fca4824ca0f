import { v as countMessages, x as ConfigError } from "./formats-CReMsX8I.js";
import { t as writeFileAtomic } from "./write-CIZiRcwV.js";
import { dirname, relative, resolve, sep } from "node:path";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
// dist/src/core/suppressions.js
/**
* Bulk suppressions, as ESLint 9 keeps them: for each file and rule, how many
* findings were accepted when the team adopted speclint. A later run hides a
* rule's findings in a file while there are no more of them than recorded;
* one more, and all of that rule's findings in that file are reported again
* (a count cannot tell the old findings from the new one).
*
* Pure: the caller says how a result's path reads in the file (relative to
* the suppressions file's folder, with forward slashes) and does the I/O.
*/
/** A finding a suppression may cover: from a rule, and not an input that could not be read. */
const suppressible = (m) => m.ruleId !== null && !m.fatal;
/** The number of suppressible findings of each rule in a file's messages. */
function countByRule(messages) {
	const counts = /* @__PURE__ */ new Map();
	for (const m of messages) if (suppressible(m)) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
	return counts;
}
const copy = (s) => Object.fromEntries(Object.entries(s).map(([file, rules]) => [file, Object.fromEntries(Object.entries(rules).map(([id, e]) => [id, { count: e.count }]))]));
/**
* Records the current findings of these results (every rule, or only `rules`),
* replacing the counts recorded before for those files and rules; other
* entries are kept. A file that could not be read records nothing.
*/
function recordSuppressions(previous, results, relative, rules) {
	const next = copy(previous);
	for (const result of results) {
		if (result.fatalErrorCount > 0) continue;
		const file = relative(result.filePath);
		for (const [ruleId, count] of countByRule(result.messages)) {
			if (rules && !rules.includes(ruleId)) continue;
			(next[file] ??= {})[ruleId] = { count };
		}
	}
	return next;
}
/** Hides suppressed findings, and says which recorded counts are more than the findings there now. */
function applySuppressions(results, suppressions, relative) {
	const unused = {};
	return {
		results: results.map((result) => {
			const file = relative(result.filePath);
			const recorded = Object.hasOwn(suppressions, file) ? suppressions[file] : void 0;
			if (!recorded) return result;
			const counts = countByRule(result.messages);
			const hidden = /* @__PURE__ */ new Set();
			for (const [ruleId, entry] of Object.entries(recorded)) {
				const found = counts.get(ruleId) ?? 0;
				if (found <= entry.count && found > 0) hidden.add(ruleId);
				if (found < entry.count) (unused[file] ??= {})[ruleId] = { count: entry.count - found };
			}
			if (hidden.size === 0) return result;
			const messages = result.messages.filter((m) => !(suppressible(m) && hidden.has(m.ruleId)));
			return {
				...result,
				...countMessages(result.filePath, messages, result.format)
			};
		}),
		unused
	};
}
/**
* Lowers each recorded count to the findings there are now and drops the
* entries that reach none; `gone` files (deleted or renamed since) are
* dropped whole. Files these results do not cover are left as they are.
*/
function pruneSuppressions(previous, results, relative, gone = () => false) {
	const next = copy(previous);
	const { unused } = applySuppressions(results, previous, relative);
	for (const [file, rules] of Object.entries(unused)) for (const [ruleId, { count }] of Object.entries(rules)) {
		const left = next[file][ruleId].count - count;
		if (left > 0) next[file][ruleId] = { count: left };
		else delete next[file][ruleId];
	}
	for (const file of Object.keys(next)) if (Object.keys(next[file]).length === 0 || gone(file)) delete next[file];
	return next;
}
/** The file's text: keys sorted at every level, two-space indent, a final newline, so diffs stay small. */
function serializeSuppressions(suppressions) {
	const sorted = (keys) => keys.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
	const ordered = {};
	for (const file of sorted(Object.keys(suppressions))) {
		const rules = suppressions[file];
		if (Object.keys(rules).length === 0) continue;
		ordered[file] = {};
		for (const id of sorted(Object.keys(rules))) ordered[file][id] = { count: rules[id].count };
	}
	return `${JSON.stringify(ordered, null, 2)}\n`;
}
/** Reads the file's text; the reason when it is not a suppressions file (thrown as a plain Error). */
function parseSuppressions(text) {
	let data;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(`it is not valid JSON (${error.message})`);
	}
	const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
	if (!isObject(data)) throw new Error("it should hold an object of files");
	const out = {};
	for (const [file, rules] of Object.entries(data)) {
		if (!isObject(rules)) throw new Error(`the entry for "${file}" should be an object of rule ids`);
		const entries = {};
		for (const [id, entry] of Object.entries(rules)) {
			const count = isObject(entry) ? entry.count : void 0;
			if (typeof count !== "number" || !Number.isInteger(count) || count < 0) throw new Error(`"${file}" → "${id}" should be { "count": <a whole number> }`);
			entries[id] = { count };
		}
		Object.defineProperty(out, file, {
			value: entries,
			enumerable: true,
			writable: true,
			configurable: true
		});
	}
	return out;
}
// dist/src/cli/suppressions.js
/**
* The suppressions file on disk (speclint-suppressions.json by default):
* reading, writing, and how a linted file's path is written in it (relative
* to the file's own folder, with forward slashes, so it reads the same on
* every machine). The CLI and the language server both use it.
*/
const DEFAULT_SUPPRESSIONS_FILE = "speclint-suppressions.json";
var SuppressionsFile = class {
	path;
	folder;
	/** How it is named in messages: as the user gave it. */
	shown;
	constructor(cwd, location = DEFAULT_SUPPRESSIONS_FILE) {
		this.path = resolve(cwd, location);
		this.folder = dirname(this.path);
		this.shown = location;
	}
	/** A linted file's path as the suppressions file writes it. */
	relative = (filePath) => relative(this.folder, resolve(this.folder, filePath)).split(sep).join("/");
	/** Whether a file named in the suppressions file no longer exists. */
	gone = (file) => !existsSync(resolve(this.folder, file));
	/** The recorded suppressions; none when the file does not exist. */
	load() {
		let text;
		try {
			text = readFileSync(this.path, "utf8");
		} catch (error) {
			const code = error.code;
			if (code === "ENOENT") return {};
			throw new ConfigError(`The suppressions file ${this.shown} could not be read (${code ?? error.message}).`);
		}
		try {
			return parseSuppressions(text);
		} catch (error) {
			throw new ConfigError(`The suppressions file ${this.shown} is not one speclint can use: ${error.message}. Fix it, or delete it and run speclint --suppress-all again.`);
		}
	}
	save(suppressions) {
		try {
			mkdirSync(this.folder, { recursive: true });
			writeFileAtomic(this.path, serializeSuppressions(suppressions));
		} catch (error) {
			throw new ConfigError(`The suppressions file ${this.shown} could not be written (${error.code ?? error.message}): check that its folder exists and that you can write there.`);
		}
	}
};
/** How many findings the suppressions count, over every file and rule. */
const findingsIn = (suppressions) => Object.values(suppressions).reduce((n, rules) => n + Object.values(rules).reduce((m, e) => m + e.count, 0), 0);
/**
* Checks the suppression flags (before any file is linted: a typo should not
* cost a whole run) and returns what to do with the results.
*/
function bulkSuppressions(options, cwd, stdin, knownRules) {
	const recording = options.suppressAll || options.suppressRule.length > 0;
	if (options.suppressAll && options.suppressRule.length > 0) throw new ConfigError("Give either --suppress-all or --suppress-rule, not both.");
	if (recording && options.pruneSuppressions) throw new ConfigError("Give either --prune-suppressions or --suppress-all / --suppress-rule, not both.");
	if (stdin && (recording || options.pruneSuppressions)) throw new ConfigError("--suppress-all, --suppress-rule and --prune-suppressions work on files, not on --stdin.");
	for (const id of options.suppressRule) if (!Object.hasOwn(knownRules, id)) throw new ConfigError(`--suppress-rule: "${id}" is not a speclint rule. Run "speclint --list-rules" to see them.`);
	const file = new SuppressionsFile(cwd, options.suppressionsLocation);
	let recorded = file.load();
	const name = options.suppressionsLocation ?? "speclint-suppressions.json";
	return { apply(results, tell) {
		if ((recording || options.pruneSuppressions) && results.some((r) => resolve(cwd, r.filePath) === file.path)) throw new ConfigError(`--suppressions-location ${name} is one of the files being linted; speclint never overwrites an input. Choose another name.`);
		if (recording) {
			recorded = recordSuppressions(recorded, results, file.relative, options.suppressAll ? void 0 : options.suppressRule);
			file.save(recorded);
			const total = findingsIn(recorded);
			tell(`speclint: ${name} now records ${total} finding${total === 1 ? "" : "s"} in ${Object.keys(recorded).length} file${Object.keys(recorded).length === 1 ? "" : "s"}.`);
		} else if (options.pruneSuppressions) {
			recorded = pruneSuppressions(recorded, results, file.relative, file.gone);
			file.save(recorded);
		}
		const { results: shown, unused } = applySuppressions(results, recorded, file.relative);
		const stale = findingsIn(unused);
		if (stale > 0) tell(`speclint: ${stale} suppressed finding${stale === 1 ? "" : "s"} recorded in ${name} no longer occur${stale === 1 ? "s" : ""}; run speclint --prune-suppressions to drop ${stale === 1 ? "it" : "them"}.`);
		return shown;
	} };
}
export { bulkSuppressions };
