/**
 * --format html: one self-contained page for commissioners, to open in a
 * browser, print or email. Inline CSS and SVG only; no scripts, fonts, images
 * or other requests (the Content-Security-Policy forbids them too, in case).
 * Every piece of document text and every file name is escaped (see report/html/markup.ts).
 */
import { guidanceAppendix } from '../report/html/guidance.js';
import { fileView } from '../report/view.js';
import { about } from '../report/html/about.js';
import { html, trusted } from '../report/html/markup.js';
import { specification, type SpecView } from '../report/html/specification.js';
import { CSS } from '../report/html/styles.js';
import { contentsEntry, summary } from '../report/html/summary.js';
import { metadataLine, reportMetadata } from '../report/metadata.js';
import { plural } from '../report/text.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const htmlReport: Formatter = (results, context) => {
  const { cwd, rules, docsUrl, version } = context;
  const views: SpecView[] = results.map((result, i) => {
    const view = fileView(result, rules, { models: context.models });
    return { id: `spec-${i + 1}`, name: displayPath(cwd, result.filePath), result, assessments: view.assessments, view };
  });
  const cited = [...new Set(views.flatMap((v) => v.view.rulesCited))];
  const meta = reportMetadata(context);
  const lookup = { rules, docsUrl };
  const what = views.length === 1 ? views[0]!.name : plural(views.length, 'specification');
  const page = html`<!doctype html>
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
<dl class="report-meta">${meta.checked ? html`<dt>Checked</dt><dd><time datetime="${meta.checkedIso!}">${meta.checked}</time></dd>` : ''}<dt>speclint</dt><dd>version ${version}</dd>${meta.configuration ? html`<dt>Configuration</dt><dd>${meta.configuration}</dd>` : ''}</dl>
</div></header>
<div class="layout">
<nav aria-labelledby="contents-title"><h2 id="contents-title">Contents</h2><ol>
<li><a href="#summary">Summary</a></li>
${views.map(contentsEntry)}
<li><a href="#about">About the key actions</a></li>
${cited.length > 0 ? html`<li><a href="#guidance">Rule guidance</a></li>` : ''}
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
`;
  return page.value;
};

export default htmlReport;
