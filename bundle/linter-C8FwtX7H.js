import { n as __exportAll } from "./rolldown-runtime-DYf_mQCB.js";
import { a as loadConfigFile, c as mergeRules, d as applyOverride, f as compileLexicon, g as SECTION_KINDS, h as builtinRules, i as loadConfigData, l as RuleRegistry, m as runRules, n as defaultConfig, p as lexiconSet, r as findConfigFile, s as configuredRules, u as LexiconError } from "./load-BYpEu9tx.js";
import { a as tooLargeReason, c as packageRoot, f as countMessages, h as ConfigError, m as loadYaml, n as readInputFile, o as InputError, p as fatalResult } from "./read-file-COQ-SRVH.js";
import { t as configForFile } from "./resolve-jHf6qEOu.js";
import { n as loadSource, r as buildDocument } from "./loaders-C47v9vje.js";
import { t as PLACEHOLDER_LEXICONS } from "./placeholders-C0LYZs6z.js";
import { t as DEFAULT_ZIP_LIMITS } from "./limits-Byq958C_.js";
import { createRequire } from "node:module";
import { basename, join, relative, resolve } from "node:path";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import { isDeepStrictEqual } from "node:util";
// dist/src/config/lexicon-cache.js
/**
* Pre-parsed built-in lexicons. Loading the yaml package and parsing the
* lexicon files was the largest fixed cost of a run (about 100 ms on an idle
* machine, several times that on a busy one, against ~3 ms for this). The
* parsed and checked data is kept as JSON under dist/.cache and used while
* the YAML files and the code that reads them are byte for byte unchanged (a
* SHA-256 over all of them); otherwise the files are parsed exactly as before
* and the snapshot is rewritten. A snapshot that cannot be read or written is
* simply ignored: it only ever saves time, it never changes a result.
*/
const sha256 = (...parts) => {
	const h = createHash("sha256");
	for (const p of parts) h.update(p).update("\0");
	return h.digest("hex");
};
/**
* The lexicons in `dirs` (each folder's *.yaml in name order; a later file
* replaces an earlier one of the same name, keeping its place), parsed with
* `parse` or taken from the snapshot. `salt` must change whenever `parse`
* could give a different result for the same text (its code, its settings);
* `id` names the reader (e.g. its path), so that readers built from source
* and from dist/ keep a snapshot each.
*/
function readLexiconFolders(dirs, parse, options) {
	const files = [];
	for (const dir of dirs) {
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).sort()) if (name.endsWith(".yaml")) files.push(join(dir, name));
	}
	const texts = files.map((file) => readFileSync(file, "utf8"));
	const names = files.map((file) => relative(options.root, file).split("\\").join("/"));
	const key = sha256(options.salt, ...names.flatMap((name, i) => [name, texts[i]]));
	const snapshotFile = join(options.cacheDir, `lexicons-${sha256(options.id, ...dirs.map((d) => relative(options.root, d))).slice(0, 16)}.json`);
	const snapshot = readSnapshot(snapshotFile, key, files.length);
	if (snapshot) {
		const out = /* @__PURE__ */ new Map();
		for (const [name, data, index] of snapshot.entries) out.set(name, {
			data,
			file: files[index]
		});
		return out;
	}
	const out = /* @__PURE__ */ new Map();
	files.forEach((file, i) => {
		const data = parse(texts[i], file);
		out.set(data.name, {
			data,
			file
		});
	});
	writeSnapshot(snapshotFile, {
		key,
		entries: [...out].map(([name, { data, file }]) => [
			name,
			data,
			files.indexOf(file)
		])
	});
	return out;
}
function readSnapshot(file, key, fileCount) {
	try {
		const snapshot = JSON.parse(readFileSync(file, "utf8"));
		if (snapshot?.key !== key || !Array.isArray(snapshot.entries)) return void 0;
		return snapshot.entries.every((e) => Array.isArray(e) && typeof e[0] === "string" && e[1] && typeof e[1] === "object" && Number.isInteger(e[2]) && e[2] >= 0 && e[2] < fileCount) ? snapshot : void 0;
	} catch {
		return;
	}
}
function writeSnapshot(file, snapshot) {
	const json = JSON.stringify(snapshot);
	if (!isDeepStrictEqual(JSON.parse(json).entries, snapshot.entries)) return;
	const temp = `${file}.${process.pid}.${threadId}.tmp`;
	try {
		mkdirSync(join(file, ".."), { recursive: true });
		writeFileSync(temp, json);
		renameSync(temp, file);
	} catch {
		try {
			rmSync(temp, { force: true });
		} catch {}
	}
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
function normaliseSectionHeadings(data, file) {
	const kinds = data.kinds;
	if (!kinds || typeof kinds !== "object") throw new LexiconError(`${file}: "kinds" must map each section kind to its headings`);
	const terms = [];
	for (const [kind, list] of Object.entries(kinds)) {
		if (!SECTION_KINDS.includes(kind)) throw new LexiconError(`${file}: "${kind}" is not a section kind; use one of ${SECTION_KINDS.join(", ")}`);
		if (!Array.isArray(list)) throw new LexiconError(`${file}: kinds.${kind} must be a list of headings`);
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
function parseLexiconText(text, file) {
	let data;
	try {
		data = loadYaml().parse(text, { maxAliasCount: 0 });
	} catch (error) {
		throw new LexiconError(`${file}: not valid YAML (${error.message.split("\n")[0]})`);
	}
	if (!data || typeof data !== "object") throw new LexiconError(`${file}: expected a mapping with name and terms`);
	const record = data;
	const expected = basename(file, ".yaml");
	if (record.name !== expected) throw new LexiconError(`${file}: "name" must be "${expected}", the file's name`);
	if (expected === "section-headings") return normaliseSectionHeadings(record, file);
	if (!Array.isArray(record.terms)) throw new LexiconError(`${file}: "terms" must be a list of phrases`);
	if (record.patterns !== void 0 && !Array.isArray(record.patterns)) throw new LexiconError(`${file}: "patterns" must be a list of regular expressions`);
	return record;
}
/**
* What besides the YAML text decides the parsed data: this module's code (and
* the snapshot's), the section kinds it checks against, and the yaml version.
*/
function snapshotSalt() {
	const here = fileURLToPath(import.meta.url);
	const code = [here, here.replace(/lexicons\.(\w+)$/, "lexicon-cache.$1")].map((f) => existsSync(f) ? readFileSync(f, "utf8") : f);
	let yamlVersion = "";
	try {
		yamlVersion = readFileSync(createRequire(import.meta.url).resolve("yaml/package.json"), "utf8");
	} catch {
		yamlVersion = "unknown";
	}
	return JSON.stringify([
		relative(packageRoot, here),
		...code,
		SECTION_KINDS,
		yamlVersion
	]);
}
const rawCache = /* @__PURE__ */ new Map();
const compiledCache = /* @__PURE__ */ new Map();
/**
* The built-in lexicon data for a focus (common, then the focus's own folder),
* read and checked once. Also snapshotted as JSON for the browser checker.
*/
function builtinLexiconData(focus) {
	let raw = rawCache.get(focus);
	if (!raw) {
		const focuses = availableFocuses();
		if (!focuses.includes(focus)) throw new ConfigError(`settings.focus "${focus}" has no lexicons; use one of: ${focuses.join(", ")}.`);
		raw = readLexiconFolders([join(lexiconRoot, "common"), join(lexiconRoot, focus)], parseLexiconText, {
			root: packageRoot,
			cacheDir: join(packageRoot, "dist", ".cache"),
			salt: snapshotSalt(),
			id: relative(packageRoot, fileURLToPath(import.meta.url))
		});
		rawCache.set(focus, raw);
	}
	return raw;
}
/** The lexicons for a focus and a project's overrides; compiled once per distinct setting. */
function loadLexicons(settings = {}) {
	const focus = settings.focus ?? "ethnicity";
	const key = JSON.stringify([focus, settings.lexicons ?? null]);
	const cached = compiledCache.get(key);
	if (cached) return cached;
	const raw = builtinLexiconData(focus);
	const compiled = /* @__PURE__ */ new Map();
	for (const [name, { data, file }] of raw) {
		const override = settings.lexicons?.[name];
		try {
			compiled.set(name, compileLexicon(override ? applyOverride(data, override) : data));
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
