import { t as displayPath } from "./paths-oD_kf6mc.js";
// dist/src/report/metadata.js
/**
* What a report says about itself: when the check ran, which speclint, and
* with which configuration. Shared by the checklist and the HTML report.
*/
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
	dateStyle: "long",
	timeStyle: "short"
});
const ZONE = new Intl.DateTimeFormat("en-GB", { timeZoneName: "short" });
function when(date) {
	const zone = ZONE.formatToParts(date).find((p) => p.type === "timeZoneName")?.value;
	return `${DATE_TIME.format(date)}${zone ? ` ${zone}` : ""}`;
}
function reportMetadata(context) {
	const { checkedAt, configuration } = context;
	const valid = checkedAt && !Number.isNaN(checkedAt.getTime()) ? checkedAt : void 0;
	let described;
	if (configuration) {
		const bases = configuration.extends ?? [];
		const from = configuration.file ? displayPath(context.cwd, configuration.file) : configuration.source;
		if (from) described = bases.length > 0 ? `${from}, extending ${bases.join(", ")}` : from;
		else described = bases.length > 0 ? `${bases.join(", ")} (no config file)` : "no rules from a config file";
	}
	return {
		...valid && {
			checked: when(valid),
			checkedIso: valid.toISOString()
		},
		version: context.version,
		...described && { configuration: described }
	};
}
/** The metadata in one line: "Checked 6 December 2026 at 08:30 UTC with speclint 0.1.0; configuration: …". */
function metadataLine(meta) {
	const parts = [`${meta.checked ? `Checked ${meta.checked} with` : "Checked with"} speclint ${meta.version}`];
	if (meta.configuration) parts.push(`configuration: ${meta.configuration}`);
	return `${parts.join("; ")}.`;
}
export { reportMetadata as n, metadataLine as t };
