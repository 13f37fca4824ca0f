import { n as __exportAll } from "./rolldown-runtime-DYf_mQCB.js";
import { C as runRules, S as resolveIncludes, T as SECTION_KINDS, _ as compileLexicon, a as loadConfigFile, b as lexiconFromPrecompiled, c as mergeRules, d as bestProblem, f as displayPath, g as applyOverride, h as LexiconError, i as loadConfigData, l as RuleRegistry, m as schemaValidatorSync, n as defaultConfig, p as schemaText, r as findConfigFile, s as configuredRules, u as lineFinder, v as isInclude, w as builtinRules, x as lexiconSet, y as lazyLexicon } from "./load-Bt1-rr4S.js";
import { b as loadYaml, d as tooLargeReason, f as InputError, m as packageRoot, o as readInputFile, r as formatOf, u as markdownTooLargeReason, v as countMessages, x as ConfigError, y as fatalResult } from "./formats-CReMsX8I.js";
import { t as configForFile } from "./resolve-BOsgxdSG.js";
import { n as buildDocument, t as loadSource } from "./loaders-z_ST-fN-.js";
import { t as PLACEHOLDER_LEXICONS } from "./placeholders-C0LYZs6z.js";
import { t as DEFAULT_ZIP_LIMITS } from "./limits-Byq958C_.js";
import { basename, join, relative, resolve } from "node:path";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
// dist/src/config/lexicon-cache.js
/**
* The built-in lexicons, precompiled at build time (scripts/build-lexicons.mjs
* writes dist/rules/lexicons/<focus>.json). Parsing the YAML and compiling the
* terms was the largest fixed cost of a run (about 150 ms of a 500 ms small
* run, more on a busy machine); reading the precompiled form costs a few ms.
*
* The precompiled form is used only while the YAML files are byte for byte
* those it was built from (a SHA-256 over their names and texts): after an
* edit without a rebuild the files are parsed as before. Nothing is written at
* run time, so an installed package never writes into node_modules.
*/
/** Bump when PrecompiledLexicon or the parsing behind it changes shape. */
const FORMAT = "speclint-lexicons-1";
/** `salt`: anything else the parsed data depends on (the schema the files are checked against). */
function lexiconFiles(dirs, root, salt = "") {
	const files = [];
	for (const dir of dirs) {
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).sort()) if (name.endsWith(".yaml")) files.push(join(dir, name));
	}
	const texts = files.map((file) => readFileSync(file, "utf8"));
	const h = createHash("sha256").update(FORMAT).update("\0").update(salt);
	files.forEach((file, i) => h.update("\0").update(relative(root, file).split("\\").join("/")).update("\0").update(texts[i]));
	return {
		files,
		texts,
		key: h.digest("hex")
	};
}
/** Where the build keeps a focus's precompiled lexicons. */
const precompiledFile = (root, focus) => join(root, "dist", "rules", "lexicons", `${focus}.json`);
/** The precompiled lexicons, or undefined when missing, unreadable or built from other files. */
function readPrecompiled(file, expected) {
	let text;
	try {
		text = readFileSync(file, "utf8");
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
	if (newline < 0 || head?.key !== expected.key || !Array.isArray(head.entries)) return void 0;
	const out = [];
	let at = newline + 1;
	for (const e of head.entries) {
		if (!Array.isArray(e) || e.length !== 5) return void 0;
		const [name, index, description, dataLength, compiledLength] = e;
		if (typeof name !== "string" || typeof description !== "string" || !Number.isInteger(index) || index < 0 || index >= expected.files.length) return void 0;
		if (!Number.isInteger(dataLength) || !Number.isInteger(compiledLength)) return void 0;
		const dataAt = at;
		const compiledAt = at + dataLength;
		const end = compiledAt + compiledLength;
		at = end;
		out.push({
			name,
			index,
			description,
			data: () => JSON.parse(text.slice(dataAt, compiledAt)),
			compiled: () => JSON.parse(text.slice(compiledAt, end))
		});
	}
	return at === text.length ? out : void 0;
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
const builtinLexiconFiles = (focus) => lexiconFiles(focusDirs(focus), packageRoot, schemaText("lexicon"));
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
	for (const [name, entry] of raw) {
		const { file, precompiled } = entry;
		const override = settings.lexicons?.[name];
		try {
			compiled.set(name, override ? compileLexicon(applyOverride(entry.data, override)) : precompiled ? lazyLexicon(name, precompiled.description, () => lexiconFromPrecompiled(precompiled.compiled())) : compileLexicon(entry.data));
		} catch (error) {
			const where = override ? `settings.lexicons.${name}` : file;
			throw new ConfigError(`${where}: ${error.message}`);
		}
	}
	for (const name of Object.keys(settings.lexicons ?? {})) if (!raw.has(name)) throw new ConfigError(`settings.lexicons.${name}: there is no lexicon of that name; use one of: ${[...raw.keys()].join(", ")}.`);
	const lexicons = lexiconSet(compiled);
	compiledCache.set(key, lexicons);
	return lexicons;
}
// dist/src/core/lint.js
/** Loaded source → messages: build the model once, run every rule over it. Pure. */
function lintSource(loaded, options) {
	const { lexicons } = options;
	const placeholders = PLACEHOLDER_LEXICONS.every((name) => lexicons.has(name)) ? {
		words: lexicons.get("placeholders"),
		exceptions: lexicons.get("placeholder-exceptions"),
		instructions: lexicons.get("placeholder-instructions")
	} : void 0;
	const document = buildDocument(loaded.raw, {
		sectionHeadings: lexicons.get("section-headings"),
		placeholders
	});
	const { messages, evidence } = runRules(document, {
		...options,
		directives: loaded.directives
	});
	return {
		document,
		messages,
		evidence
	};
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
	const { document, messages, evidence } = lintSource(loaded, options);
	const result = countMessages(displayName, messages, document.format);
	result.rulesRun = options.rules.map((r) => r.id);
	result.evidence = evidence;
	return {
		result,
		document
	};
}
// dist/src/linter.js
/**
* The Node API: find the config, read files, lint them. Everything that
* touches the file system lives here or in src/cli; src/core stays pure.
*/
var linter_exports = /* @__PURE__ */ __exportAll({ Linter: () => Linter });
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
			for (const id of Object.keys(this.cliRules ?? {})) if (!this.registry.rules[id]) throw new ConfigError(`--rule: "${id}" is not a speclint rule. Run "speclint --list-rules" to see them.`);
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
export { linter_exports as n, Linter as t };
