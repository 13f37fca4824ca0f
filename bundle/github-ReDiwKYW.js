import { r as relativePath } from "./paths-oD_kf6mc.js";
// dist/src/formatters/github.js
/** Escaping from GitHub's toolkit: data escapes %, CR, LF; properties also : and ,. */
const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
const github = (results, { cwd }) => {
	const lines = [];
	for (const result of results) {
		const file = relativePath(cwd, result.filePath);
		for (const m of result.messages) {
			const command = m.severity === 2 ? "error" : "warning";
			const properties = [
				`file=${escapeProperty(file)}`,
				`line=${m.line}`,
				`col=${m.column}`,
				...m.endLine !== void 0 ? [`endLine=${m.endLine}`] : [],
				...m.endColumn !== void 0 && m.endLine === m.line ? [`endColumn=${m.endColumn}`] : [],
				`title=${escapeProperty(m.ruleId ? `speclint (${m.ruleId})` : "speclint: file not read")}`
			];
			const where = m.headingPath?.length ? `${m.headingPath[m.headingPath.length - 1]}: ` : "";
			const quote = m.quote ? ` — "${m.quote}"` : "";
			lines.push(`::${command} ${properties.join(",")}::${escapeData(`${where}${m.message}${quote}`)}`);
		}
	}
	return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};
export { github as default };
