/**
 * The report's stylesheet, inlined so the file needs nothing else. Colours are
 * the NHS identity palette; every pairing meets WCAG AA contrast, and status
 * and severity always carry a word and a symbol as well as a colour.
 */
export const STATUS_COLOURS = {
  met: { fill: '#007f3b', text: '#ffffff' },
  partly: { fill: '#ffb81c', text: '#212b32' },
  'not-met': { fill: '#d5281b', text: '#ffffff' },
  'not-checked': { fill: '#e8edee', text: '#212b32' },
} as const;

/**
 * System fonts only (the report loads none): Segoe UI or Arial on Windows, the
 * Apple and Android faces, and DejaVu Sans or Liberation Sans on a default Linux.
 * Layout never depends on which one is found: the chart fits its labels to their
 * boxes and tables wrap (tested with DejaVu alone).
 */
export const FONT_STACK = 'system-ui, "Segoe UI", -apple-system, Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

export const CSS = `
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
nav a { font-weight: bold; overflow-wrap: anywhere; }
nav .counts { display: block; color: var(--secondary); font-size: 0.875rem; }
@media (max-width: 52rem) { .layout { grid-template-columns: minmax(0, 1fr); } nav { position: static; } }

main > section { background: var(--white); padding: 1.5rem 1.75rem; margin-bottom: 2rem; border-radius: 4px; }
.file { overflow-wrap: anywhere; }
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
.status-not-met { background: ${STATUS_COLOURS['not-met'].fill}; color: ${STATUS_COLOURS['not-met'].text}; }
.status-not-checked { background: ${STATUS_COLOURS['not-checked'].fill}; color: ${STATUS_COLOURS['not-checked'].text}; }
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
