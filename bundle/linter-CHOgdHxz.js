import { n as __exportAll } from "./rolldown-runtime-DYf_mQCB.js";
import { _ as locateRange, a as loadConfigFile, c as mergeRules, d as applyOverride, f as compileLexicon, g as headingPath, h as SECTION_KINDS, i as loadConfigData, l as RuleRegistry, m as builtinRules, n as defaultConfig, p as lexiconSet, r as findConfigFile, s as configuredRules, u as LexiconError, v as quoteOf } from "./load-DvyrSdIj.js";
import { a as tooLargeReason, c as packageRoot, f as countMessages, h as ConfigError, l as applyDirectives, m as loadYaml, n as readInputFile, o as InputError, p as fatalResult } from "./read-file-COQ-SRVH.js";
import { t as configForFile } from "./resolve-DD6GBm2F.js";
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
/** Most time one rule may spend on one document before it is stopped (settings.limits.ruleTimeBudgetMs). */
const DEFAULT_RULE_TIME_BUDGET_MS = 1e4;
function ruleTimeBudget(settings) {
	const budget = settings.limits?.ruleTimeBudgetMs;
	return typeof budget === "number" && budget > 0 ? budget : DEFAULT_RULE_TIME_BUDGET_MS;
}
function lintDocument(doc, options) {
	const messages = [];
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
			column: 1
		});
	};
	const tooSlow = (configured) => {
		const seconds = Number((budget / 1e3).toPrecision(3));
		messages.push({
			ruleId: configured.id,
			severity: 2,
			message: `The rule "${configured.id}" took more than ${seconds} second${seconds === 1 ? "" : "s"} on this document and was stopped, so some of its findings are missing; the other rules still ran (the limit is settings.limits.ruleTimeBudgetMs).`,
			line: 1,
			column: 1
		});
	};
	for (const configured of options.rules) {
		let lexicons;
		try {
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
	return kept.sort((a, b) => a.line - b.line || a.column - b.column);
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
	return {
		document,
		messages: lintDocument(document, {
			...options,
			directives: loaded.directives
		})
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
	const { document, messages } = lintSource(loaded, options);
	const result = countMessages(displayName, messages, document.format);
	result.rulesRun = options.rules.map((r) => r.id);
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
