import { i as locationStyle } from "./formats-CReMsX8I.js";
import { t as escapeXml } from "./xml-escape-BE4b41Im.js";
import { r as relativePath } from "./paths-oD_kf6mc.js";
// dist/src/formatters/junit.js
/**
* JUnit XML for CI dashboards, shaped as ESLint's JUnit formatter: a test suite per
* file, one test case per finding (Jenkins, Azure DevOps and most GitHub reporters
* show only the first failure of a test case), a passing test case for a file with
* no findings, and an unreadable file as a test case with an error. So `tests`
* counts test cases, and `failures + errors` never exceeds it.
*/
function where(m, format) {
	if (m.documentLevel) return "whole document";
	return locationStyle(format) === "paragraph" ? `paragraph ${m.line}` : `line ${m.line}, column ${m.column}`;
}
function casesOf(result) {
	if (result.messages.length === 0) return [{ name: "no findings" }];
	return result.messages.map((m) => {
		const place = where(m, result.format);
		if (m.ruleId === null) return {
			name: "file could not be read",
			outcome: {
				tag: "error",
				message: m.message,
				type: "unreadable",
				detail: m.message
			}
		};
		const detail = [
			`${m.severity === 2 ? "Error" : "Warning"} at ${place}${m.headingPath?.length ? ` (${m.headingPath.join(" > ")})` : ""}`,
			m.quote && `"${m.quote}"`,
			m.message
		].filter(Boolean).join("\n");
		return {
			name: `${m.ruleId} (${place})`,
			outcome: {
				tag: "failure",
				message: m.message,
				type: m.ruleId,
				detail
			}
		};
	});
}
const counts = (cases) => ({
	tests: cases.length,
	failures: cases.filter((c) => c.outcome?.tag === "failure").length,
	errors: cases.filter((c) => c.outcome?.tag === "error").length
});
const countAttributes = ({ tests, failures, errors }) => `tests="${tests}" failures="${failures}" errors="${errors}"`;
function testcase(file, c) {
	const open = `    <testcase classname="${escapeXml(file)}" name="${escapeXml(c.name)}" file="${escapeXml(file)}" time="0"`;
	if (!c.outcome) return `${open} />`;
	const { tag, message, type, detail } = c.outcome;
	return `${open}>\n      <${tag} message="${escapeXml(message)}" type="${escapeXml(type)}">${escapeXml(detail)}</${tag}>\n    </testcase>`;
}
const junit = (results, { cwd }) => {
	const total = {
		tests: 0,
		failures: 0,
		errors: 0
	};
	const suites = results.map((result) => {
		const file = relativePath(cwd, result.filePath);
		const cases = casesOf(result);
		const n = counts(cases);
		total.tests += n.tests;
		total.failures += n.failures;
		total.errors += n.errors;
		return [
			`  <testsuite name="${escapeXml(file)}" package="speclint" ${countAttributes(n)} skipped="0" time="0">`,
			...cases.map((c) => testcase(file, c)),
			"  </testsuite>"
		].join("\n");
	});
	return [
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		`<testsuites name="speclint" ${countAttributes(total)}>`,
		...suites,
		"</testsuites>",
		""
	].join("\n");
};
export { junit as default };
