import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { constants, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { open } from "node:fs/promises";
// dist/src/config/errors.js
/** A mistake in configuration or usage: the CLI prints its message and exits 2. */
var ConfigError = class extends Error {
	name = "ConfigError";
};
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
* kept with a sentence saying so.
*/
function applyDirectives(messages, directives, documentLevel, today = localDate(/* @__PURE__ */ new Date())) {
	if (directives.length === 0) return {
		messages,
		unused: [],
		expired: [],
		invalidDates: []
	};
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
	const silencedBy = silencer(live, documentLevel);
	let kept = messages.filter((message) => {
		const d = silencedBy(message);
		if (d) used.add(d);
		return !d;
	});
	if (expired.length > 0) {
		const dates = new Map(expired.map((e) => [e.directive, e.date]));
		const wouldSilence = silencer(lapsed, documentLevel);
		kept = kept.map((message) => {
			const d = wouldSilence(message);
			const date = d && dates.get(d);
			return date ? {
				...message,
				message: `${message.message} ${expiredNote(date)}`,
				suppressionExpired: date
			} : message;
		});
	}
	const unused = live.filter((d) => d.type !== "enable" && !used.has(d));
	return {
		messages: kept,
		unused,
		expired,
		invalidDates
	};
}
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
	if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
	if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
	const known = describe(bytes);
	if (known) throw new InputError(`${name} is ${known}, not Markdown text: check you chose the right file, or give it its proper extension.`);
	if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError(`${name} contains binary data, not Markdown text: check you chose the right file, or save it as plain text (UTF-8).`);
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(`${name} is not valid UTF-8 text: open it in your editor and save it with UTF-8 encoding, then try again.`);
	}
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
/**
* All of a stream (standard input), or undefined once it passes `maxBytes`:
* reading stops there, so an endless stream costs no more than the limit.
*/
async function readLimited(stream, maxBytes = MAX_INPUT_BYTES) {
	const chunks = [];
	let length = 0;
	for await (const chunk of stream) {
		const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
		length += bytes.length;
		if (length > maxBytes) return void 0;
		chunks.push(bytes);
	}
	return Buffer.concat(chunks, length);
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
const info = (format) => FORMATS[format];
/** How a location in a file of this format is shown; an unknown or missing format (a file that could not be read) is shown by line. */
function locationStyle(format) {
	return format === void 0 ? "line" : info(format).locationStyle;
}
function formatName(format) {
	return format === void 0 ? void 0 : info(format).name;
}
/** The format a file is read as, by its name; Markdown when nothing else claims it. */
function formatOf(filePath) {
	const lower = filePath.toLowerCase();
	for (const [format, f] of Object.entries(FORMATS)) if ([...f.extensions, ...f.alsoOpens ?? []].some((ext) => lower.endsWith(ext))) return format;
	return "markdown";
}
/** Extensions a directory search picks up. */
const LINTABLE_EXTENSIONS = Object.values(FORMATS).flatMap((f) => f.extensions);
export { parseDirectiveText as _, notAFileReason as a, loadYaml as b, MAX_INPUT_BYTES as c, tooLargeReason as d, InputError as f, localDate as g, applyDirectives as h, locationStyle as i, MAX_MARKDOWN_BYTES as l, packageRoot as m, formatName as n, readInputFile as o, decodeText as p, formatOf as r, readLimited as s, LINTABLE_EXTENSIONS as t, markdownTooLargeReason as u, countMessages as v, ConfigError as x, fatalResult as y };
