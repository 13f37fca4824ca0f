/**
 * A textlint rule doing what speclint's no-vague-equity-statement does, with
 * the same phrase lists (compiled to regular expressions by ../build.mjs):
 * in every paragraph, heading, list item and table cell, split into sentences,
 * report a sentence that makes a universal equality claim (universal-claims)
 * unless it names a group (groups, languages) together with a mechanism
 * (mechanisms) or a measure (measures, breakdowns), or names a mechanism and
 * a measure. Regular expressions are compiled once, when the rule loads.
 */
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync(new URL('../generated/lexicons.json', import.meta.url), 'utf8'));
const compiled = Object.fromEntries(Object.entries(data.lexicons).map(([role, list]) => [role, list.map(({ source, flags }) => new RegExp(source, flags))]));

const firstMatch = (list, text) => {
  let best;
  for (const re of list) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
};
const any = (list, text) => list.some((re) => re.test(text));

/** Sentence ends: . ! or ? (and closing quotes or brackets), white space, then something that can start a sentence. */
const BOUNDARY = /(?<=[.!?]["'’”)\]]*)\s+(?=[\p{Lu}\p{N}"'‘“(\[•*–-])/gu;

function sentences(text) {
  const out = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    out.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

export default function speclintVagueEquity(context) {
  const { Syntax, RuleError, report, getSource, locator } = context;
  const check = (node) => {
    const text = getSource(node);
    for (const s of sentences(text)) {
      const claim = firstMatch(compiled.claims, s.text);
      if (!claim) continue;
      const group = any(compiled.group, s.text);
      const mechanism = any(compiled.mechanism, s.text);
      const measure = any(compiled.measure, s.text);
      if ((group && (mechanism || measure)) || (mechanism && measure)) continue;
      const missing = [!group && 'no group', !mechanism && 'no mechanism', !measure && 'no measure'].filter(Boolean).join(', ');
      const start = s.start + claim.index;
      report(node, new RuleError(`"${claim[0]}" promises fairness but names ${missing}.`, { padding: locator.range([start, start + claim[0].length]) }));
    }
  };
  return { [Syntax.Paragraph]: check, [Syntax.Header]: check, [Syntax.TableCell]: check };
}
