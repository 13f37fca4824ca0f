import { i as __toESM, n as __exportAll } from "./rolldown-runtime-DYf_mQCB.js";
import { t as require_picomatch } from "./picomatch-4rYssnGm.js";
import { c as mergeRules, o as mergeSettings, s as configuredRules } from "./load-Bt1-rr4S.js";
import { relative, sep } from "node:path";
// dist/src/config/resolve.js
/** The config that applies to one file: overrides matched, defaults merged. */
var resolve_exports = /* @__PURE__ */ __exportAll({
	configForFile: () => configForFile,
	configuredRules: () => configuredRules,
	isIgnored: () => isIgnored
});
var import_picomatch = /* @__PURE__ */ __toESM(require_picomatch(), 1);
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
function isIgnored(config, filePath) {
	if (config.ignores.length === 0) return false;
	const rel = relativeTo(config.baseDir, filePath);
	return !rel.startsWith("../") && matches(config.ignores, rel);
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
export { resolve_exports as n, configForFile as t };
