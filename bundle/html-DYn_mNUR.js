import { n as publicUrl } from "./public-links-ByUEhGG0.js";
import { i as locationStyle, n as formatName } from "./formats-CReMsX8I.js";
import { i as modelFor, t as NO_VOCABULARY } from "./vocabulary-DT7IHpz0.js";
import { t as fileView } from "./view-xsjsZ8m0.js";
import { a as countStatuses, n as KEY_ACTIONS, o as rulesFor, r as STATUS_LABELS, s as statusNote, t as EVIDENCE } from "./key-actions-DPfiDUyv.js";
import { a as plural, c as shorten, l as shortenStart } from "./text-GGm7bufg.js";
import { n as reportMetadata, t as metadataLine } from "./metadata-DOijk_if.js";
import { t as displayPath } from "./paths-oD_kf6mc.js";
// dist/src/report/html/markup.js
/**
* HTML built so that escaping cannot be forgotten: the `html` tag escapes
* every interpolated string or number, and only `Markup` (what `html` itself
* returns, or `trusted` for the report's own constant CSS) goes in unescaped.
* Specifications and file names are untrusted text.
*/
var Markup = class {
	value;
	constructor(value) {
		this.value = value;
	}
	toString() {
		return this.value;
	}
};
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const escapeHtml = (text) => text.replace(CONTROL, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
function render(part) {
	if (part === false || part === null || part === void 0) return "";
	if (part instanceof Markup) return part.value;
	if (Array.isArray(part)) return part.map(render).join("");
	return escapeHtml(String(part));
}
function html(strings, ...parts) {
	let out = strings[0];
	for (let i = 0; i < parts.length; i++) out += render(parts[i]) + strings[i + 1];
	return new Markup(out);
}
/** For the report's own constants only (its stylesheet), never for document text. */
const trusted = (value) => new Markup(value);
/** A file path that may break after each slash rather than anywhere in a name. */
const pathMarkup = (path) => new Markup(path.split("/").map(escapeHtml).join("/<wbr>"));
// dist/src/report/html/location.js
/** A finding's location as markup: "¶45" is read out as "paragraph 45". */
function locationMarkup(m, format) {
	if (m.documentLevel) return html`whole document`;
	if (locationStyle(format) === "paragraph") return html`<span aria-hidden="true">¶</span><span class="visually-hidden">paragraph </span>${m.line}`;
	return html`line ${m.line}`;
}
// dist/src/report/html/finding.js
/** The anchor of a rule's guidance in the report's appendix. */
const guidanceId = (ruleId) => `rule-${ruleId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
function quoted(q) {
	if (q === void 0) return void 0;
	return html`<blockquote class="context"><p>${q.before}<mark>${q.match}</mark>${q.after}</p></blockquote>`;
}
const severityBadge = (severity) => severity === 2 ? html`<span class="badge badge-error">Must fix</span>` : html`<span class="badge badge-warning">Should fix</span>`;
/** One finding inside its rule's group: where, the quote, what was found and (unless the group gives it once) the ask. */
function finding(f, id, format, askOnce) {
	const m = f.message;
	const section = f.heading ? html` · ${f.heading}` : "";
	return html`<li class="finding${f.severity === 2 ? " error" : ""}" id="${id}">
<p class="where">${m.documentLevel ? "About the specification as a whole" : html`${locationMarkup(m, format)}${section}`}</p>
${f.onHeading ? "" : quoted(f.quote) ?? ""}
<p class="message">${f.found}${f.ask && !askOnce && !f.askGiven ? html` <strong>${f.ask}</strong>` : ""}</p>
</li>`;
}
/**
* A rule's findings in one specification: the rule, its key action and its
* model said once, then each finding; the ask once too when all share it.
*/
function ruleFindings(g, groupId, idOf, format, areaLabel) {
	const count = g.findings.length > 1 ? html` <span class="count">(${g.findings.length})</span>` : "";
	const more = g.ruleId ? html`<p class="more">${g.keyAction ? html`Key action: ${g.keyAction.label} · ` : ""}<a href="#${guidanceId(g.ruleId)}">Rule guidance</a></p>` : "";
	const model = g.model && g.modelFitted && html`<p class="model"><strong>${areaLabel ? `A model for a ${areaLabel} service` : "What good looks like"}:</strong> <span class="good-example">${g.model}</span></p>`;
	return html`<li><article class="rule-findings${g.severity === 2 ? " error" : ""}" id="${groupId}" aria-labelledby="${groupId}-title">
<h4 id="${groupId}-title">${severityBadge(g.severity)} <span>${g.title}</span>${count}</h4>
${more}${g.sharedAsk ? html`<p class="ask"><strong>${g.sharedAsk}</strong></p>` : ""}
<ol class="rule-list">${g.findings.map((f) => finding(f, idOf(f.index), format, g.sharedAsk !== void 0))}</ol>
${model || ""}
</article></li>`;
}
// dist/src/report/html/guidance.js
/**
* The report's appendix: each cited rule's guidance (what it asks for, why it
* matters with its source, what good looks like in neutral wording) once; wording
* fitted to a specification's service is shown with its findings instead, with an anchor the
* findings link to, so the guidance travels with the file. A public link to the
* rule's page (settings.docsUrl or the package homepage) when there is one.
*/
const BRIEFING = /Salway et al\. \(2013\), (?:High Quality Healthcare Commissioning: obstacles and opportunities for progress on race equality, )?Better Health Briefing 28, Race Equality Foundation/g;
const shortSource = (source) => source.replace(BRIEFING, "Better Health Briefing 28");
function guidanceAppendix(ruleIds, lookup, models = NO_VOCABULARY) {
	if (ruleIds.length === 0) return html``;
	const model = (id) => modelFor(id, void 0, models, lookup.rules);
	return html`<section id="guidance" aria-labelledby="guidance-title"><h2 id="guidance-title">Rule guidance</h2>
<p>Why each rule that found something matters, said once for the whole report.</p>
${[...ruleIds].sort().map((id) => {
		const docs = lookup.rules[id]?.meta.docs;
		const href = publicUrl(lookup.docsUrl(id));
		return html`<section class="guide" id="${guidanceId(id)}" aria-labelledby="${guidanceId(id)}-title"><h3 id="${guidanceId(id)}-title">${docs?.description ?? id} <code>${id}</code></h3>
${docs?.rationale ? html`<p>${docs.rationale}${docs.source ? html` <span class="source">Source: ${shortSource(docs.source).replace(/\.$/, "")}.</span>` : ""}</p>` : ""}
${model(id) ? html`<p><strong>What good looks like:</strong> <span class="good-example">${model(id)}</span></p>` : ""}
${href ? html`<p><a href="${href}">The full guidance for <code>${id}</code></a></p>` : ""}</section>`;
	})}</section>`;
}
// dist/src/report/html/icons.js
/** The shape on a 16 × 16 grid, drawn in the given colour. */
function statusShape(status, colour) {
	switch (status) {
		case "met": return html`<path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;
		case "partly": return html`<circle cx="8" cy="8" r="5.5" fill="none" stroke="${colour}" stroke-width="2"/><path d="M8 2.5a5.5 5.5 0 0 0 0 11z" fill="${colour}"/>`;
		case "not-met": return html`<path d="M4 4 12 12M12 4 4 12" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linecap="round"/>`;
		case "not-checked": return html`<path d="M3.5 8h9" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linecap="round"/>`;
	}
}
/** An inline icon for HTML text, sized to the text and hidden from screen readers (the word beside it says it). */
const statusIcon = (status) => html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${statusShape(status, "currentColor")}</svg>`;
// dist/src/report/html/specification.js
/**
* One specification's part of the report: its findings counted by rule, its
* key-action checklist, then every finding in document order.
*/
const DECIDING_SHOWN = 3;
const findingId = (view, index) => `${view.id}-finding-${index + 1}`;
function countsText(result) {
	if (result.fatalErrorCount > 0) return "could not be read";
	if (result.errorCount + result.warningCount === 0) return "no problems found";
	return `${plural(result.errorCount, "error")} and ${plural(result.warningCount, "warning")}`;
}
const statusBadge = (a) => html`<span class="status status-${a.status}">${statusIcon(a.status)} ${STATUS_LABELS[a.status]}</span>`;
/** What decided a status: links to the deciding findings, or why nothing decided it. */
function decidedBy(view, a) {
	const note = statusNote(a);
	if (a.status === "met") {
		const found = a.evidence[0];
		return html`${found?.quote === void 0 ? "Nothing to change." : html`Found: ${locationMarkup(found, view.result.format)}, “${shorten(found.quote, 50)}”.`}${note ? html` <span class="muted">(${note}.)</span>` : ""}`;
	}
	if (a.status === "not-checked") return html`Not checked${note ? `: ${note}` : ""}.`;
	if (a.deciding.length === 0) return html`Not met: ${note}.`;
	const links = a.deciding.slice(0, DECIDING_SHOWN).map((m, i) => {
		const index = view.result.messages.indexOf(m);
		return html`${i > 0 ? ", " : ""}<a href="#${findingId(view, index)}">${locationMarkup(m, view.result.format)}</a>`;
	});
	const more = a.deciding.length - DECIDING_SHOWN;
	return html`See ${links}${more > 0 ? ` and ${plural(more, "more finding")}` : ""}.${note ? html` <span class="muted">(${note}.)</span>` : ""}`;
}
function checklist(view, assessments) {
	const rows = assessments.map((a) => html`<tr><th scope="row"><a href="#about-${a.action.id}">${a.action.label}</a></th><td>${statusBadge(a)}</td><td>${decidedBy(view, a)}</td></tr>`);
	return html`<h3 id="${view.id}-actions">Key actions</h3>
<table class="checklist"><caption class="visually-hidden">Key actions in ${view.name}</caption><thead><tr><th scope="col">Key action</th><th scope="col">Status</th><th scope="col">What decided it</th></tr></thead><tbody>${rows}</tbody></table>`;
}
function unreadable(view) {
	return html`<div class="notice"><p><strong>This file could not be read, so it was not checked.</strong></p>${view.result.messages.filter((m) => m.fatal).map((m) => html`<p>${m.message}</p>`)}</div>`;
}
function specification(view, lookup) {
	const { result } = view;
	const kind = formatName(result.format);
	const head = html`<h2 id="${view.id}-title"><span class="file">${pathMarkup(view.name)}</span></h2>
<p class="spec-meta">${kind ? `${kind} · ` : ""}${countsText(result)}</p>`;
	if (!view.assessments) return html`<section class="spec" id="${view.id}" aria-labelledby="${view.id}-title">${head}${unreadable(view)}</section>`;
	if (result.messages.length === 0) return html`<section class="spec" id="${view.id}" aria-labelledby="${view.id}-title">${head}<p class="clean">No problems found: every rule that ran passed.</p>${checklist(view, view.assessments)}</section>`;
	return html`<section class="spec" id="${view.id}" aria-labelledby="${view.id}-title">${head}${checklist(view, view.assessments)}
<h3 id="${view.id}-findings">Findings</h3>
<ol class="findings">${view.view.byRule.map((g, i) => ruleFindings(g, `${view.id}-rule-${i + 1}`, (index) => findingId(view, index), result.format, view.view.area?.label))}</ol></section>`;
}
// dist/src/report/html/about.js
/** What the key actions are, where they come from, and how a status is decided. */
function about(rules) {
	const actions = KEY_ACTIONS.map((a) => {
		const ids = rulesFor(a, rules);
		const checkedBy = ids.length > 0 ? html` Checked by ${ids.map((id, i) => html`${i > 0 ? i === ids.length - 1 ? " and " : ", " : ""}<code>${id}</code>`)}.` : "";
		return html`<dt id="about-${a.id}">${a.label}</dt><dd>${a.explanation} <span class="source">Source: ${a.source}.${checkedBy}</span></dd>`;
	});
	return html`<section id="about" aria-labelledby="about-title"><h2 id="about-title">About the key actions</h2>
<p>The key actions come from the “Key Actions for Commissioning Organisations” and sections 4.1 to 4.3 of ${EVIDENCE}.</p>
<ul>
<li>${statusBadge({ status: "met" })}: the rules that check it found what it asks for, and nothing against it.</li>
<li>${statusBadge({ status: "partly" })}: the specification has some of what it asks for, and findings say what is missing.</li>
<li>${statusBadge({ status: "not-met" })}: nothing the specification says meets it: it is missing, or every statement about it falls short.</li>
<li>${statusBadge({ status: "not-checked" })}: the rules that check it were turned off, failed on this file, or had nothing to judge (the reason is given).</li>
</ul>
<dl class="advice">${actions}</dl></section>`;
}
// dist/src/report/html/styles.js
/**
* The report's stylesheet, inlined so the file needs nothing else. Colours are
* the NHS identity palette; every pairing meets WCAG AA contrast, and status
* and severity always carry a word and a symbol as well as a colour.
*/
const STATUS_COLOURS = {
	met: {
		fill: "#007f3b",
		text: "#ffffff"
	},
	partly: {
		fill: "#ffb81c",
		text: "#212b32"
	},
	"not-met": {
		fill: "#d5281b",
		text: "#ffffff"
	},
	"not-checked": {
		fill: "#e8edee",
		text: "#212b32"
	}
};
/**
* System fonts only (the report loads none): Segoe UI or Arial on Windows, the
* Apple and Android faces, and DejaVu Sans or Liberation Sans on a default Linux.
* Layout never depends on which one is found: the chart fits its labels to their
* boxes and tables wrap (tested with DejaVu alone).
*/
const FONT_STACK = "system-ui, \"Segoe UI\", -apple-system, Roboto, \"Noto Sans\", \"Helvetica Neue\", Arial, \"Liberation Sans\", \"DejaVu Sans\", sans-serif";
const CSS = `
:root {
  --blue: #005eb8; --dark-blue: #003087; --text: #212b32; --secondary: #4c6272;
  --border: #d8dde0; --pale: #f0f4f5; --white: #fff; --red: #d5281b; --green: #007f3b;
  --yellow: #ffb81c; --focus: #ffeb3b;
}
* { box-sizing: border-box; }
html { font-family: ${FONT_STACK}; font-size: 100%; color: var(--text); background: var(--pale); }
body { margin: 0; line-height: 1.5; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 0.5em; }
h1 { font-size: 2rem; }
h2 { font-size: 1.6rem; }
h3 { font-size: 1.25rem; margin-top: 1.75em; }
h4 { font-size: 1.1rem; }
p { margin: 0 0 0.75em; }
a { color: var(--blue); text-underline-offset: 0.15em; }
a:visited { color: #330072; }
a:hover { color: #7c2855; }
a:focus-visible { outline: 3px solid transparent; background: var(--focus); color: var(--text); box-shadow: 0 -2px var(--focus), 0 4px var(--text); text-decoration: none; }
main:focus { outline: none; }
.scroll:focus-visible { outline: 4px solid var(--focus); box-shadow: inset 0 0 0 2px var(--text); }
code { font-family: Consolas, "DejaVu Sans Mono", Menlo, monospace; font-size: 0.9em; background: var(--pale); padding: 0 0.25em; border-radius: 3px; overflow-wrap: anywhere; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip-link { position: absolute; left: 1rem; top: -4rem; padding: 0.5rem 1rem; background: var(--focus); color: var(--text); z-index: 2; }
.skip-link:focus { top: 1rem; }

.masthead { background: var(--blue); color: var(--white); padding: 1.75rem 0 1.5rem; }
.masthead .wrap, .layout, footer .wrap { max-width: 76rem; margin: 0 auto; padding: 0 1.5rem; }
.masthead p { margin: 0; max-width: 48rem; }
.masthead .eyebrow { font-weight: bold; letter-spacing: 0.02em; margin-bottom: 0.25rem; }
.masthead .lede { font-size: 1.125rem; }
.report-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.75rem; margin: 0.75rem 0 0; max-width: 48rem; }
.report-meta dt { font-weight: bold; }
.report-meta dd { margin: 0; overflow-wrap: anywhere; }

.layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr); gap: 2rem; align-items: start; padding-top: 2rem; padding-bottom: 2rem; }
nav { position: sticky; top: 1rem; background: var(--white); border-top: 4px solid var(--blue); padding: 1rem 1.25rem; font-size: 0.95rem; }
nav h2 { font-size: 1.1rem; }
nav ol { list-style: none; margin: 0; padding: 0; }
nav li { padding: 0.35rem 0; border-bottom: 1px solid var(--border); }
nav li:last-child { border-bottom: 0; }
nav a { font-weight: bold; overflow-wrap: break-word; }
nav .counts { display: block; color: var(--secondary); font-size: 0.875rem; }
@media (max-width: 52rem) { .layout { grid-template-columns: minmax(0, 1fr); } nav { position: static; } }

main > section { background: var(--white); padding: 1.5rem 1.75rem; margin-bottom: 2rem; border-radius: 4px; }
.file { overflow-wrap: break-word; }
.spec-meta { color: var(--secondary); }

.totals { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; padding: 0; margin: 0 0 1.5rem; }
.totals li { flex: 1 1 9rem; background: var(--pale); border-left: 4px solid var(--blue); padding: 0.6rem 0.9rem; }
.totals strong { display: block; font-size: 1.6rem; line-height: 1.2; }

table { border-collapse: collapse; width: 100%; margin: 0 0 1.25rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem 0.5rem 0; border-bottom: 1px solid var(--border); }
thead th { border-bottom: 2px solid var(--secondary); }
td.num, th.num { text-align: right; }
.muted, .explain { color: var(--secondary); }
.explain { display: block; font-size: 0.875rem; font-weight: normal; }
.icon { width: 1em; height: 1em; vertical-align: -0.15em; }
.checklist th[scope="row"] { width: 44%; }
.checklist td:nth-child(2) { white-space: nowrap; }

.status, .badge { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 3px; font-weight: bold; font-size: 0.875rem; white-space: nowrap; }
.status-met { background: ${STATUS_COLOURS.met.fill}; color: ${STATUS_COLOURS.met.text}; }
.status-partly { background: ${STATUS_COLOURS.partly.fill}; color: ${STATUS_COLOURS.partly.text}; }
.status-not-met { background: ${STATUS_COLOURS["not-met"].fill}; color: ${STATUS_COLOURS["not-met"].text}; }
.status-not-checked { background: ${STATUS_COLOURS["not-checked"].fill}; color: ${STATUS_COLOURS["not-checked"].text}; }
.badge-error { background: var(--red); color: var(--white); }
.badge-warning { background: var(--yellow); color: var(--text); }
.deciding { margin: 0; padding-left: 1.1rem; }
.deciding li { margin-bottom: 0.25rem; }

figure { margin: 0 0 1.5rem; }
figure svg { display: block; width: 100%; height: auto; max-width: 64rem; }
figcaption { color: var(--secondary); font-size: 0.9rem; margin-top: 0.5rem; }
.scroll { overflow-x: auto; }
.matrix td, .matrix th { font-size: 0.875rem; padding-right: 0.4rem; }
.matrix th[scope="row"] { white-space: nowrap; }
.matrix .status { font-size: 0.8rem; padding: 0.05rem 0.35rem; }

.findings { list-style: none; padding: 0; margin: 0; }
.rule-findings { border: 1px solid var(--border); border-left: 6px solid var(--yellow); border-radius: 4px; padding: 1rem 1.25rem; margin-bottom: 1.25rem; }
.rule-findings.error { border-left-color: var(--red); }
.rule-findings h4 .badge { margin-right: 0.4rem; vertical-align: 0.1em; }
.rule-findings .count { color: var(--secondary); font-weight: normal; }
.rule-list { list-style: none; padding: 0; margin: 0; }
.finding { border-top: 1px solid var(--border); padding: 0.75rem 0 0.25rem; }
.finding:target { background: #fff9c4; }
.more { color: var(--secondary); font-size: 0.925rem; }
.model { border-top: 1px solid var(--border); padding-top: 0.75rem; font-size: 0.95rem; }
.guide h3 { font-size: 1.1rem; }
.guide .source { display: block; color: var(--secondary); font-size: 0.85rem; margin-top: 0.25rem; }
.where { color: var(--secondary); font-size: 0.925rem; }
.where code { color: var(--text); }
blockquote.context { margin: 0 0 0.9rem; padding: 0.6rem 1rem; background: var(--pale); border-left: 4px solid var(--border); font-family: Georgia, "DejaVu Serif", serif; overflow-wrap: anywhere; }
blockquote.context p { margin: 0; }
mark { background: var(--focus); color: var(--text); padding: 0.05em 0.1em; }
.message { font-size: 1.05rem; }
.advice { display: grid; grid-template-columns: 9.5rem minmax(0, 1fr); gap: 0.5rem 1rem; margin: 0; font-size: 0.925rem; border-top: 1px solid var(--border); padding-top: 0.75rem; }
.advice dt { font-weight: bold; }
.advice dd { margin: 0; }
.advice .source { display: block; color: var(--secondary); font-size: 0.85rem; margin-top: 0.25rem; }
.good-example { border-left: 4px solid var(--green); padding-left: 0.75rem; }
@media (max-width: 40rem) { .advice { grid-template-columns: minmax(0, 1fr); } main > section { padding: 1rem; } }
.notice { border-left: 6px solid var(--red); background: var(--pale); padding: 0.75rem 1rem; }
.clean { border-left: 6px solid var(--green); background: var(--pale); padding: 0.75rem 1rem; }

footer { color: var(--secondary); font-size: 0.875rem; padding: 0 0 2rem; }

@media print {
  html, body { background: var(--white); font-size: 11pt; }
  nav, .skip-link { display: none; }
  .layout { display: block; padding: 0; max-width: none; }
  .masthead { background: none; color: var(--text); padding: 0 0 1rem; border-bottom: 3px solid var(--blue); margin-bottom: 1rem; }
  .masthead .wrap, footer .wrap { padding: 0; max-width: none; }
  main > section { padding: 0; margin: 0 0 1.5rem; }
  main > section.spec { break-before: page; }
  .finding, .model, .guide, figure, tr, .totals li { break-inside: avoid; }
  /* Paper does not scroll: the key-action table fits the page width instead. */
  .scroll { overflow: visible; }
  .matrix { table-layout: fixed; }
  .matrix th[scope="row"] { width: 24%; white-space: normal; overflow-wrap: anywhere; }
  .matrix th, .matrix td { font-size: 8pt; padding-right: 0.25rem; overflow-wrap: anywhere; }
  .matrix .status { white-space: normal; padding: 0 0.2rem; }
  h2, h3, h4 { break-after: avoid; }
  a { color: var(--text); }
  mark { text-decoration: underline; text-decoration-thickness: 2px; }
  .status, .badge, mark, .finding, figure svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
// dist/src/report/html/chart.js
/**
* A small inline-SVG grid: specifications down the side, key actions across
* the top, each cell's status as a coloured tile with a shape (tick, half,
* cross, dash) and a legend in words. role="img" with a title and a
* description; the report gives the same data as a table after it.
*/
const LABEL_WIDTH = 230;
const CELL_WIDTH = 82;
const CELL_HEIGHT = 38;
const HEAD_HEIGHT = 48;
const LEGEND_HEIGHT = 46;
const ICON = 20;
const INK = "#212b32";
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/**
* An SVG cannot measure its text, and fonts differ between machines (DejaVu Sans is
* about a sixth wider than Arial). Text that could be wider than its box, taking
* the widest common system font, is drawn at exactly the box's width instead
* (textLength), so no label is ever clipped or runs into its neighbour.
*/
const EM_PER_CHAR = {
	normal: .62,
	bold: .68
};
function fit(text, fontSize, weight, width) {
	return text.length * fontSize * EM_PER_CHAR[weight] > width ? html` textLength="${width}" lengthAdjust="spacingAndGlyphs"` : html``;
}
/** Two lines, broken at the space nearest the middle. */
function twoLines(label) {
	const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
	if (spaces.length === 0) return [label, ""];
	const middle = label.length / 2;
	const at = spaces.reduce((best, i) => Math.abs(i - middle) < Math.abs(best - middle) ? i : best);
	return [label.slice(0, at), label.slice(at + 1)];
}
function tile(x, y, status, width = 78, height = 34, icon = ICON) {
	const colour = STATUS_COLOURS[status];
	const scale = icon / 16;
	return html`<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="4" fill="${colour.fill}"${status === "not-checked" ? html` stroke="#aeb7bd"` : ""}/><g transform="translate(${x + (width - icon) / 2} ${y + (height - icon) / 2}) scale(${scale})">${statusShape(status, colour.text)}</g>`;
}
function chart(rows, id) {
	const width = LABEL_WIDTH + KEY_ACTIONS.length * CELL_WIDTH;
	const height = HEAD_HEIGHT + rows.length * CELL_HEIGHT + LEGEND_HEIGHT;
	const heads = KEY_ACTIONS.map((action, i) => {
		const [first, second] = twoLines(action.shortLabel);
		const x = LABEL_WIDTH + i * CELL_WIDTH + 39;
		const room = 76;
		return html`<text x="${x}" y="${22}" text-anchor="middle" font-size="12" font-weight="bold" fill="${INK}"><tspan x="${x}"${fit(first, 12, "bold", room)}>${first}</tspan><tspan x="${x}" dy="15"${fit(second, 12, "bold", room)}>${second}</tspan></text>`;
	});
	const body = rows.map((row, r) => {
		const y = HEAD_HEIGHT + r * CELL_HEIGHT;
		return html`<text x="${218}" y="${y + 17 + 5}" text-anchor="end" font-size="14" fill="${INK}"${fit(row.label, 14, "normal", 214)}>${row.label}</text>${row.assessments.map((a, c) => tile(LABEL_WIDTH + c * CELL_WIDTH, y, a.status))}`;
	});
	const legendY = HEAD_HEIGHT + rows.length * CELL_HEIGHT + 16;
	const legend = Object.keys(STATUS_LABELS).map((status, i) => {
		const x = LABEL_WIDTH + i * 128;
		return html`${tile(x, legendY, status, 22, 22, 14)}<text x="${x + 30}" y="${legendY + 16}" font-size="13" fill="${INK}">${capital(STATUS_LABELS[status])}</text>`;
	});
	const description = rows.map((row) => {
		const c = countStatuses(row.assessments);
		return `${row.name}: ${c.met} met, ${c.partly} partly, ${c["not-met"]} not met, ${c["not-checked"]} not checked.`;
	}).join(" ");
	return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT_STACK}"><title id="${id}-title">Key actions covered by each of the ${plural(rows.length, "specification")}</title><desc id="${id}-desc">Of the ${KEY_ACTIONS.length} key actions, ${description} The table after the chart gives every value.</desc>${heads}${body}<text x="${218}" y="${legendY + 16}" text-anchor="end" font-size="13" font-weight="bold" fill="${INK}">Key</text>${legend}</svg>`;
}
// dist/src/report/html/summary.js
/**
* The report's opening: totals across every file, a table of the
* specifications, and (for more than one) the key-action chart with its data.
*/
function totals(views) {
	const sum = (pick) => views.reduce((n, v) => n + pick(v), 0);
	const assessed = views.filter((v) => v.assessments);
	const met = sum((v) => v.assessments ? countStatuses(v.assessments).met : 0);
	const unreadable = views.length - assessed.length;
	const errors = sum((v) => v.result.errorCount - v.result.fatalErrorCount);
	const warnings = sum((v) => v.result.warningCount);
	return html`<ul class="totals">${[
		html`<li><strong>${assessed.length}</strong> ${assessed.length === 1 ? "specification" : "specifications"} checked</li>`,
		html`<li><strong>${errors}</strong> ${errors === 1 ? "error" : "errors"}</li>`,
		html`<li><strong>${warnings}</strong> ${warnings === 1 ? "warning" : "warnings"}</li>`,
		html`<li><strong>${met} of ${assessed.length * KEY_ACTIONS.length}</strong> key actions met</li>`,
		unreadable > 0 && html`<li><strong>${unreadable}</strong> could not be read</li>`
	]}</ul>`;
}
function specTable(views) {
	return html`<table><caption>Specifications checked</caption><thead><tr><th scope="col">Specification</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col">Key actions</th></tr></thead><tbody>${views.map((v) => {
		const link = html`<th scope="row"><a class="file" href="#${v.id}">${pathMarkup(v.name)}</a></th>`;
		if (!v.assessments) return html`<tr>${link}<td colspan="3">could not be read</td></tr>`;
		const c = countStatuses(v.assessments);
		const others = [
			"partly",
			"not-met",
			"not-checked"
		].filter((s) => c[s] > 0).map((s) => `${c[s]} ${STATUS_LABELS[s]}`);
		return html`<tr>${link}<td class="num">${v.result.errorCount}</td><td class="num">${v.result.warningCount}</td><td>${c.met} of ${KEY_ACTIONS.length} met${others.length ? html`<span class="explain">${others.join(", ")}</span>` : ""}</td></tr>`;
	})}</tbody></table>`;
}
/** File names for the chart and its table: the name alone, unless two files share it. */
function shortNames(views) {
	const base = views.map((v) => v.name.slice(v.name.lastIndexOf("/") + 1));
	return base.map((b, i) => base.indexOf(b) === base.lastIndexOf(b) ? shortenStart(b, 30) : shortenStart(views[i].name, 30));
}
/** The chart's data as a table, for screen readers and for anyone who prefers words to tiles. */
function matrix(views, labels) {
	return html`<div class="scroll" role="region" aria-labelledby="matrix-caption" tabindex="0"><table class="matrix"><caption id="matrix-caption">The chart's data: key actions by specification</caption><thead><tr><th scope="col">Specification</th>${KEY_ACTIONS.map((a) => html`<th scope="col">${a.shortLabel}</th>`)}</tr></thead><tbody>${views.map((v, i) => html`<tr><th scope="row"><a class="file" href="#${v.id}">${labels[i]}</a></th>${v.assessments.map((a) => html`<td>${statusBadge(a)}</td>`)}</tr>`)}</tbody></table></div>`;
}
function summary(views) {
	const assessed = views.filter((v) => v.assessments);
	const labels = shortNames(assessed);
	const overview = assessed.length > 1 ? html`<h3 id="chart-heading">Key actions by specification</h3>
<figure>${chart(assessed.map((v, i) => ({
		label: labels[i],
		name: v.name,
		assessments: v.assessments
	})), "chart")}<figcaption>Each status has a shape as well as a colour; the table below gives the same data in words.</figcaption></figure>${matrix(assessed, labels)}` : "";
	return html`<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2>
<p>Start with the key actions that are not met. The rule guidance at the end says why each rule matters and what good looks like.</p>
${totals(views)}${specTable(views)}${overview}</section>`;
}
const contentsEntry = (v) => html`<li><a href="#${v.id}">${pathMarkup(v.name)}</a><span class="counts">${countsText(v.result)}${v.assessments ? `; ${countStatuses(v.assessments).met} of ${KEY_ACTIONS.length} key actions met` : ""}</span></li>`;
// dist/src/formatters/html.js
/**
* --format html: one self-contained page for commissioners, to open in a
* browser, print or email. Inline CSS and SVG only; no scripts, fonts, images
* or other requests (the Content-Security-Policy forbids them too, in case).
* Every piece of document text and every file name is escaped (see report/html/markup.ts).
*/
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const htmlReport = (results, context) => {
	const { cwd, rules, docsUrl, version } = context;
	const views = results.map((result, i) => {
		const view = fileView(result, rules, { models: context.models });
		return {
			id: `spec-${i + 1}`,
			name: displayPath(cwd, result.filePath),
			result,
			assessments: view.assessments,
			view
		};
	});
	const cited = [...new Set(views.flatMap((v) => v.view.rulesCited))];
	const meta = reportMetadata(context);
	const lookup = {
		rules,
		docsUrl
	};
	const what = views.length === 1 ? views[0].name : plural(views.length, "specification");
	return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="speclint ${version}">
<title>Equity review: ${what} (speclint)</title>
<style>${trusted(CSS)}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to the report</a>
<header class="masthead"><div class="wrap">
<p class="eyebrow">speclint report</p>
<h1>Equity review of draft service specifications</h1>
<p class="lede">Checked for the gaps that stop commissioning from tackling ethnic inequalities, against the key actions for commissioning organisations in Better Health Briefing 28 (Race Equality Foundation).</p>
<dl class="report-meta">${meta.checked ? html`<dt>Checked</dt><dd><time datetime="${meta.checkedIso}">${meta.checked}</time></dd>` : ""}<dt>speclint</dt><dd>version ${version}</dd>${meta.configuration ? html`<dt>Configuration</dt><dd>${meta.configuration}</dd>` : ""}</dl>
</div></header>
<div class="layout">
<nav aria-labelledby="contents-title"><h2 id="contents-title">Contents</h2><ol>
<li><a href="#summary">Summary</a></li>
${views.map(contentsEntry)}
<li><a href="#about">About the key actions</a></li>
${cited.length > 0 ? html`<li><a href="#guidance">Rule guidance</a></li>` : ""}
</ol></nav>
<main id="main" tabindex="-1">
${summary(views)}
${views.map((v) => specification(v, lookup))}
${about(rules)}
${guidanceAppendix(cited, lookup, context.models)}
</main>
</div>
<footer><div class="wrap"><p>${metadataLine(meta)} The findings are prompts for the commissioner's judgement, not a verdict on the service. Key actions from Better Health Briefing 28 (see <a href="#about">About the key actions</a>).</p></div></footer>
</body>
</html>
`.value;
};
export { htmlReport as default };
