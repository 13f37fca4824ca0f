/**
 * Inline expectations in fixture files, as markdownlint does it: the expected
 * finding is written in an HTML comment next to the text it concerns, so the
 * rules never read it.
 *
 *   The service will ensure equitable provision for all. <!-- expect no-vague-equity-statement -->
 *   <!-- expect require-engagement-plan:generic "Stakeholder" -->   (on the line after the block)
 *   <!-- expect-document require-ethnicity-outcome-indicators -->   (a finding on the whole document)
 *   <!-- fixture-config { rules: { require-engagement-plan: [error, { requireNamedGroups: true }] } } -->
 */
import { parse as parseYaml } from 'yaml';
import { sourceOffset } from '../core/locate.js';
import type { LintMessage } from '../core/messages.js';
import type { Block, SpecDocument } from '../core/model.js';
import type { ConfigData } from '../config/types.js';

export interface Expectation {
  ruleId: string;
  messageId?: string;
  /** The finding's quote must contain this. */
  quote?: string;
  documentLevel: boolean;
  /** Line of the comment itself, for reporting. */
  line: number;
  /** Lines of the block the expectation refers to. */
  block?: { startLine: number; endLine: number; text: string };
}

const EXPECT = /<!--\s*expect(-document)?\s+([\w/@-]+)(?::([\w-]+))?(?:\s+"([^"]*)")?\s*-->/g;
const CONFIG_START = /<!--\s*fixture-config\s/;

export function parseFixtureConfig(source: string): ConfigData | undefined {
  // The start by regex, the end by indexOf: a lazy `[^]*?-->` retries from every start.
  const m = CONFIG_START.exec(source);
  if (!m) return undefined;
  const end = source.indexOf('-->', m.index + m[0].length);
  return end === -1 ? undefined : (parseYaml(source.slice(m.index + m[0].length, end)) as ConfigData);
}

/** A line holding nothing but HTML comments (an expectation above the line it refers to). */
function isCommentOnly(line: string): boolean {
  let rest = line.trim();
  if (!rest.startsWith('<!--')) return false;
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->', 4);
    if (end === -1) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest === '';
}

function blockLines(doc: SpecDocument, block: Block): { startLine: number; endLine: number } {
  return {
    startLine: doc.positionAt(sourceOffset(block, 0)).line,
    endLine: doc.positionAt(sourceOffset(block, block.text.length, true)).line,
  };
}

export function parseExpectations(source: string, doc: SpecDocument): Expectation[] {
  const lines = source.split(/\r?\n/);
  const ranges = doc.blocks.filter((b) => b.spans.length > 0).map((b) => ({ ...blockLines(doc, b), text: b.text }));
  const out: Expectation[] = [];
  for (const m of source.matchAll(EXPECT)) {
    const line = doc.positionAt(m.index).line;
    const expectation: Expectation = {
      ruleId: m[2]!,
      messageId: m[3],
      quote: m[4],
      documentLevel: Boolean(m[1]),
      line,
    };
    if (!expectation.documentLevel) {
      // Inline: the block on this line. Own line: the nearest text line above.
      let target = line;
      if (isCommentOnly(lines[line - 1] ?? '')) {
        target = line - 1;
        while (target > 0 && (lines[target - 1]!.trim() === '' || isCommentOnly(lines[target - 1]!))) target--;
      }
      expectation.block = ranges.find((r) => r.startLine <= target && target <= r.endLine);
      if (!expectation.block) throw new Error(`line ${line}: this expectation does not follow any text`);
    }
    out.push(expectation);
  }
  return out;
}

export function findingMatches(e: Expectation, m: LintMessage): boolean {
  if (m.ruleId !== e.ruleId) return false;
  if (e.messageId && m.messageId !== e.messageId) return false;
  if (e.quote && !(m.quote ?? '').includes(e.quote)) return false;
  if (e.documentLevel) return Boolean(m.documentLevel);
  return !m.documentLevel && e.block !== undefined && e.block.startLine <= m.line && m.line <= e.block.endLine;
}

export interface Comparison {
  matched: Array<{ expectation: Expectation; message: LintMessage }>;
  missing: Expectation[];
  unexpected: LintMessage[];
}

/** Pairs expectations with findings one to one. */
export function compare(expectations: Expectation[], messages: LintMessage[]): Comparison {
  const remaining = [...messages];
  const result: Comparison = { matched: [], missing: [], unexpected: [] };
  for (const e of expectations) {
    const i = remaining.findIndex((m) => findingMatches(e, m));
    if (i === -1) result.missing.push(e);
    else result.matched.push({ expectation: e, message: remaining.splice(i, 1)[0]! });
  }
  result.unexpected = remaining;
  return result;
}
