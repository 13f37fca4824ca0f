// dist/src/public-links.js
const RULE_ID = "{ruleId}";
/** `url` when it is an http(s) address; undefined for file://, relative paths and anything else. */
function publicUrl(url) {
	if (typeof url !== "string") return void 0;
	try {
		const { protocol } = new URL(url);
		return protocol === "https:" || protocol === "http:" ? url : void 0;
	} catch {
		return;
	}
}
/** A rule's page under settings.docsUrl: `{ruleId}` in it replaced, or the id appended as a path. */
function underDocsUrl(base, ruleId) {
	const id = ruleId.split("/").map(encodeURIComponent).join("/");
	if (base.includes(RULE_ID)) return base.replaceAll(RULE_ID, id);
	return `${base.endsWith("/") ? base : `${base}/`}${id}`;
}
/**
* Where each rule's documentation is, for links: the rule's own http(s) `docs.url`,
* else its page under `settings.docsUrl`, else the homepage; undefined when there is
* no public address.
*/
function ruleDocsUrls(rules, docs) {
	const base = publicUrl(docs.docsUrl);
	const homepage = publicUrl(docs.homepage);
	return (ruleId) => publicUrl(rules[ruleId]?.meta.docs.url) ?? (base ? underDocsUrl(base, ruleId) : homepage);
}
/** The tool's own page (SARIF `informationUri`): the homepage, else the folder of the rule pages. */
function informationUri(docs) {
	const homepage = publicUrl(docs.homepage);
	if (homepage) return homepage;
	const base = publicUrl(docs.docsUrl);
	if (!base?.includes(RULE_ID)) return base;
	return new URL(".", base.replaceAll(RULE_ID, "rule")).href;
}
export { publicUrl as n, ruleDocsUrls as r, informationUri as t };
