/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. Word
 * findings keep their paragraph as the region's line, with the quoted
 * sentence as its snippet. Unreadable files are tool notifications, not results.
 */
import { pathToFileURL } from 'node:url';
import type { LintMessage } from '../core/messages.js';
import type { Formatter } from './types.js';
import { relativePath } from './paths.js';

const level = (m: LintMessage): 'error' | 'warning' => (m.severity === 2 ? 'error' : 'warning');

const sarif: Formatter = (results, { cwd, rules, docsUrl, version }) => {
  const usedRuleIds = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId).filter((id): id is string => id !== null)))];
  const ruleIds = [...new Set([...Object.keys(rules), ...usedRuleIds])];
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const descriptors = ruleIds.map((id) => {
    const docs = rules[id]?.meta.docs;
    return {
      id,
      shortDescription: { text: docs?.description ?? id },
      ...(docs?.rationale && { fullDescription: { text: docs.rationale } }),
      helpUri: docsUrl(id),
      help: { text: [docs?.rationale, docs?.goodExample && `A good version: ${docs.goodExample}`].filter(Boolean).join('\n\n') || id },
      defaultConfiguration: { level: docs?.recommended === 'error' ? 'error' : docs?.recommended === 'warn' ? 'warning' : 'note' },
    };
  });

  const artifactLocation = (filePath: string) => ({ uri: encodeURI(relativePath(cwd, filePath)), uriBaseId: '%SRCROOT%' });
  const sarifResults = [];
  const notifications = [];
  for (const result of results) {
    for (const m of result.messages) {
      const region = {
        startLine: m.line,
        startColumn: m.column,
        endLine: m.endLine ?? m.line,
        endColumn: m.endColumn ?? m.column,
        ...(m.quote && { snippet: { text: m.quote } }),
      };
      if (m.ruleId === null) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.filePath) } }] });
        continue;
      }
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId)!,
        level: level(m),
        message: { text: m.message },
        locations: [
          {
            physicalLocation: { artifactLocation: artifactLocation(result.filePath), region },
            ...(m.headingPath && m.headingPath.length > 0 && { logicalLocations: [{ fullyQualifiedName: m.headingPath.join(' > '), kind: 'section' }] }),
          },
        ],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'speclint', version, semanticVersion: version, rules: descriptors } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
