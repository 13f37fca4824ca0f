// dist/src/formatters/json.js
function publicMessage(m) {
	const out = {
		ruleId: m.ruleId,
		severity: m.severity,
		message: m.message,
		line: m.line,
		column: m.column,
		endLine: m.endLine ?? m.line,
		endColumn: m.endColumn ?? m.column
	};
	if (m.fatal) out.fatal = true;
	if (m.suggestions) out.suggestions = m.suggestions;
	if (m.headingPath) out.headingPath = m.headingPath;
	if (m.quote !== void 0) out.quote = m.quote;
	return out;
}
function toJsonResults(results) {
	return results.map((r) => ({
		filePath: r.filePath,
		messages: r.messages.map(publicMessage),
		errorCount: r.errorCount,
		warningCount: r.warningCount,
		fatalErrorCount: r.fatalErrorCount
	}));
}
const json = (results) => `${JSON.stringify(toJsonResults(results))}\n`;
export { json as default, toJsonResults };
