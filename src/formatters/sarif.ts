/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. Word
 * findings keep their paragraph as the region's line, with the quoted
 * sentence as its snippet. Unreadable files are tool notifications, not results.
 * Checked with Microsoft's SARIF validator (test/formats.test.ts).
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { LintMessage, LintResult } from '../core/messages.js';
import { guidanceMarkdown, guidanceText } from '../report/guidance.js';
import type { Formatter } from './types.js';
import { pathInside } from './paths.js';

const level = (m: LintMessage): 'error' | 'warning' => (m.severity === 2 ? 'error' : 'warning');

/** One path segment as RFC 3986 allows it: `#`, `?`, `%`, spaces and non-ASCII (as UTF-8) percent-encoded. */
const segment = (s: string): string => encodeURIComponent(s);

/**
 * Where a file is. Inside the working folder: a relative reference against
 * %SRCROOT% (the checkout, for code scanning). Outside it there is no relative
 * reference to give (SARIF1004 forbids one starting with "/"), so an absolute
 * file:// URI with no uriBaseId: a location, never a link.
 */
function artifactLocation(cwd: string, filePath: string): { uri: string; uriBaseId?: string } {
  const inside = pathInside(cwd, filePath);
  if (inside !== undefined) return { uri: inside.split('/').map(segment).join('/'), uriBaseId: '%SRCROOT%' };
  if (filePath.startsWith('<')) return { uri: segment(filePath), uriBaseId: '%SRCROOT%' };
  const url = pathToFileURL(filePath);
  // pathToFileURL leaves characters such as [ ] | ^ that RFC 3986 does not allow in a path; a drive letter keeps its colon.
  const path = url.pathname
    .split('/')
    .map((s) => segment(decodeURIComponent(s)))
    .join('/')
    .replace(/^\/([A-Za-z])%3A/, '/$1:');
  return { uri: `file://${url.host}${path}` };
}

const normalise = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** A heading without its number ("3.1 Aims" → "aims"): a section inserted above renumbers the ones after it. */
const headingKey = (heading: string): string => normalise(heading).replace(/^\d+(?:[.)]\d+)*[.)]?(?:\s+|$)/, '');

/**
 * partialFingerprints, so code scanning can follow an alert from commit to commit.
 * Without them it fingerprints "line N of the file", and in a .docx the line is a
 * paragraph number: adding a paragraph anywhere above would close every alert below it
 * and open it again as new. So the fingerprint is built from what the finding is about,
 * not where: the rule, the heading path (numbers dropped) and the quoted text with its
 * whitespace and case normalised (the message, for findings that quote nothing). The
 * ":n" suffix counts identical findings in the same file (as CodeQL's own fingerprints
 * do), so two of them never share one.
 */
function fingerprints(result: LintResult): Map<LintMessage, string> {
  const seen = new Map<string, number>();
  const out = new Map<LintMessage, string>();
  for (const m of result.messages) {
    if (m.ruleId === null) continue;
    const key = JSON.stringify([m.ruleId, (m.headingPath ?? []).map(headingKey), normalise(m.quote ?? m.message)]);
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    out.set(m, `${hash}:${n}`);
  }
  return out;
}

export const FINGERPRINT_KEY = 'speclint/v1';

const sarif: Formatter = (results, { cwd, rules, docsUrl, informationUri, version }) => {
  const usedRuleIds = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId).filter((id): id is string => id !== null)))];
  const ruleIds = [...new Set([...Object.keys(rules), ...usedRuleIds])];
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const descriptors = ruleIds.map((id) => {
    const docs = rules[id]?.meta.docs;
    const helpUri = docsUrl(id);
    // The whole guidance travels in the log: with no public docs address there is no link to follow.
    const guidance = { ...docs, url: helpUri };
    return {
      id,
      shortDescription: { text: docs?.description ?? id },
      ...(docs?.rationale && { fullDescription: { text: docs.rationale } }),
      ...(helpUri && { helpUri }),
      help: { text: guidanceText(id, guidance), markdown: guidanceMarkdown(id, guidance) },
      defaultConfiguration: { level: docs?.recommended === 'error' ? 'error' : docs?.recommended === 'warn' ? 'warning' : 'note' },
    };
  });

  const sarifResults = [];
  const notifications = [];
  /** Problems with the inline directives that configure speclint in a file, at their place: configuration, not findings. */
  const configurationNotices = [];
  for (const result of results) {
    const where = artifactLocation(cwd, result.filePath);
    const fingerprintOf = fingerprints(result);
    for (const m of result.messages) {
      if (m.ruleId === null && (m.fatal || m.skipped)) {
        // A file not read is an error; a notice (a named file the ignores match) is a warning, as in the other formats.
        notifications.push({ level: m.severity === 2 ? 'error' : 'warning', message: { text: m.message }, locations: [{ physicalLocation: { artifactLocation: where } }] });
        continue;
      }
      if (m.ruleId === null) {
        // An inline directive's problem (an unreadable date, an unused or expired directive).
        const at = { startLine: m.line, startColumn: m.column, ...(m.endLine !== undefined && { endLine: m.endLine }), ...(m.endColumn !== undefined && { endColumn: m.endColumn }) };
        configurationNotices.push({ level: m.severity === 2 ? 'error' : 'warning', message: { text: m.message }, locations: [{ physicalLocation: { artifactLocation: where, region: at } }] });
        continue;
      }
      const region = {
        startLine: m.line,
        startColumn: m.column,
        endLine: m.endLine ?? m.line,
        endColumn: m.endColumn ?? m.column,
        ...(m.quote && { snippet: { text: m.quote } }),
      };
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId)!,
        level: level(m),
        message: { text: m.message },
        locations: [
          {
            physicalLocation: { artifactLocation: where, region },
            ...(m.headingPath && m.headingPath.length > 0 && { logicalLocations: [{ fullyQualifiedName: m.headingPath.join(' > '), kind: 'section' }] }),
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf.get(m)! },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'speclint', version, semanticVersion: version, ...(informationUri && { informationUri }), rules: descriptors } },
        // No originalUriBaseIds: %SRCROOT% is the folder speclint ran in, which code scanning
        // resolves to the checkout; spelling it out would be a file:// path of this machine.
        invocations: [
          {
            executionSuccessful: notifications.every((n) => n.level !== 'error'),
            toolExecutionNotifications: notifications,
            ...(configurationNotices.length > 0 && { toolConfigurationNotifications: configurationNotices }),
          },
        ],
        // Columns count UTF-16 code units (as editors and the language server do); SARIF's default is code points.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
