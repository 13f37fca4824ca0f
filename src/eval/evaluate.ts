/**
 * Detection quality: precision and recall of each rule on the labelled corpus
 * (specifications with NAME.expect.yaml, and sentence lists) and on the rule
 * fixtures (inline expectations). Used by `npm run eval` and by the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LintMessage } from '../core/messages.js';
import { Linter } from '../linter.js';
import type { ConfigData } from '../config/types.js';
import { compare, parseExpectations, parseFixtureConfig } from './expectations.js';
import { compareDocx, readDocxExpectations } from './docx-expectations.js';

export interface Case {
  where: string;
  text: string;
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  misses: Case[];
  falseAlarms: Case[];
  /** Findings that no label covers: neither expected nor forbidden. Listed, not counted as errors. */
  unlabelled: Case[];
}

export type Scores = Map<string, RuleScore>;

export function score(scores: Scores, ruleId: string): RuleScore {
  let s = scores.get(ruleId);
  if (!s) scores.set(ruleId, (s = { tp: 0, fp: 0, fn: 0, misses: [], falseAlarms: [], unlabelled: [] }));
  return s;
}

const flat = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** DESIGN's matching rule: the quote is the sentence, or a part of it of 15 characters or more. */
export function quoteMatches(quote: string | undefined, sentence: string): boolean {
  if (!quote) return false;
  const q = flat(quote);
  const s = flat(sentence);
  return q === s || (q.length >= 15 && s.includes(q));
}

export interface ExpectFile {
  must?: Record<string, string[] | string>;
  must_not?: Record<string, string[]>;
  must_not_any?: string[];
}

/** A finding about a whole document or section, as a `document-or-section` label asks for. */
const atDocumentOrSection = (m: LintMessage): boolean => Boolean(m.documentLevel || m.sectionLevel);

/**
 * Scores one labelled text against its expectations. `where` names it in the
 * listings. A `document-or-section` label is met only by a finding at that
 * level; every finding no label covers is listed as unlabelled.
 */
export function scoreExpectations(scores: Scores, where: string, expect: ExpectFile, messages: LintMessage[]): void {
  const covered = new Set<LintMessage>();
  for (const [ruleId, wanted] of Object.entries(expect.must ?? {})) {
    const s = score(scores, ruleId);
    const ofRule = messages.filter((m) => m.ruleId === ruleId);
    if (typeof wanted === 'string') {
      // `document-or-section`: a finding about the whole document or a section; `anywhere`: any finding.
      const found = wanted === 'anywhere' ? ofRule : ofRule.filter(atDocumentOrSection);
      found.forEach((m) => covered.add(m));
      if (found.length > 0) s.tp++;
      else {
        s.fn++;
        s.misses.push({ where, text: `(a ${wanted} finding)` });
      }
      continue;
    }
    for (const sentence of wanted) {
      const found = ofRule.filter((m) => quoteMatches(m.quote, sentence));
      found.forEach((m) => covered.add(m));
      if (found.length > 0) s.tp++;
      else {
        s.fn++;
        s.misses.push({ where, text: sentence });
      }
    }
  }
  for (const [ruleId, sentences] of Object.entries(expect.must_not ?? {})) {
    const s = score(scores, ruleId);
    for (const sentence of sentences) {
      const found = messages.filter((m) => m.ruleId === ruleId && quoteMatches(m.quote, sentence));
      found.forEach((m) => covered.add(m));
      if (found.length > 0) {
        s.fp++;
        s.falseAlarms.push({ where, text: sentence });
      }
    }
  }
  for (const ruleId of expect.must_not_any ?? []) {
    const s = score(scores, ruleId);
    for (const m of messages.filter((x) => x.ruleId === ruleId)) {
      covered.add(m);
      s.fp++;
      s.falseAlarms.push({ where: `${where}:${m.line}`, text: m.quote ?? m.message });
    }
  }
  for (const m of messages) {
    if (covered.has(m) || m.ruleId === null) continue;
    score(scores, m.ruleId).unlabelled.push({ where: `${where}:${m.line}`, text: m.quote ?? m.message });
  }
}

const RECOMMENDED: ConfigData = { extends: 'speclint:recommended' };

async function lint(linter: Linter, text: string, name: string): Promise<LintMessage[]> {
  return (await linter.lintText(text, name)).messages.filter((m) => m.ruleId !== null);
}

/** Specifications with NAME.expect.yaml. Later directories win over earlier ones for the same name. */
export async function scoreCorpus(dirs: string[], scores: Scores, linter = new Linter({ config: RECOMMENDED })): Promise<void> {
  const files = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (name.endsWith('.expect.yaml')) files.set(name, join(dir, name));
  }
  for (const [, expectFile] of [...files].sort()) {
    const specFile = expectFile.replace(/\.expect\.yaml$/, '.md');
    if (!existsSync(specFile)) continue;
    const spec = basename(specFile);
    const expect = (parseYaml(readFileSync(expectFile, 'utf8')) ?? {}) as ExpectFile;
    const messages = await lint(linter, readFileSync(specFile, 'utf8'), specFile);
    scoreExpectations(scores, spec, expect, messages);
  }
}

/** Sentence lists: `vague` ones must be flagged when they stand alone in a scope section, `specific` ones not. */
const VAGUE = 'no-vague-equity-statement';

/**
 * The rules that judge an equality sentence. They divide such sentences between them (a universal claim
 * is no-vague-equity-statement's, equality handed to the provider no-provider-deferral's), so a sentence
 * is flagged when either reports it.
 */
const SENTENCE_RULES: ReadonlySet<string> = new Set([VAGUE, 'no-provider-deferral']);

/** A linter with only the sentence rules on, for sentence lists. */
export const sentenceRulesOnly = (): Linter =>
  new Linter({ config: { extends: [], rules: Object.fromEntries([...SENTENCE_RULES].map((id) => [id, 'error'])) } });

/** Is the sentence flagged when it stands alone in a scope section? (How every sentence list is scored.) */
export async function flagsAlone(linter: Linter, sentence: string, name = 'sentence.md'): Promise<boolean> {
  const messages = await lint(linter, `# Service specification\n\n## 3. Scope\n\n${sentence}\n`, name);
  return messages.some((m) => SENTENCE_RULES.has(m.ruleId ?? ''));
}

export async function scoreSentences(dirs: string[], scores: Scores, linter = sentenceRulesOnly()): Promise<void> {
  const ruleId = VAGUE;
  const s = score(scores, ruleId);
  const files = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (/sentences\.ya?ml$/.test(name)) files.set(name, join(dir, name));
  }
  for (const [name, file] of [...files].sort()) {
    const lists = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as { vague?: string[]; specific?: string[] };
    for (const [kind, sentences] of [['vague', lists.vague ?? []], ['specific', lists.specific ?? []]] as const) {
      for (const sentence of sentences) {
        const flagged = await flagsAlone(linter, sentence, `${name}.md`);
        if (kind === 'vague' && flagged) s.tp++;
        else if (kind === 'vague') {
          s.fn++;
          s.misses.push({ where: name, text: sentence });
        } else if (flagged) {
          s.fp++;
          s.falseAlarms.push({ where: name, text: sentence });
        }
      }
    }
  }
}

export function fixtureFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    // Word fixtures carry their expectations in a sidecar (name.docx.expected).
    if (entry.isFile() && (entry.name.endsWith('.md') || entry.name.endsWith('.docx'))) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/** The rule a fixture exercises: its folder's name under fixtures/rules. */
export function fixtureRule(root: string, file: string): string {
  return relative(root, file).split(/[\\/]/)[0]!;
}

export interface FixtureOutcome {
  file: string;
  ruleId: string;
  expected: number;
  missing: Array<{ line: number; text: string }>;
  unexpected: LintMessage[];
}

/** Lints one fixture with only its rule on (plus its fixture-config) and compares with its expectations. */
export async function checkFixture(root: string, file: string): Promise<FixtureOutcome> {
  const ruleId = fixtureRule(root, file);
  if (file.endsWith('.docx')) {
    const linter = new Linter({ config: { extends: [], rules: { [ruleId]: 'error' } } });
    const result = await linter.lintFile(file);
    const expectations = readDocxExpectations(file);
    const { missing, unexpected } = compareDocx(expectations, result.messages);
    return { file, ruleId, expected: expectations.length, missing: missing.map((e) => ({ line: e.line ?? 0, text: `${e.text} (${file}.expected:${e.sidecarLine})` })), unexpected };
  }
  const source = readFileSync(file, 'utf8');
  const config: ConfigData = { extends: [], ...(parseFixtureConfig(source) ?? { rules: { [ruleId]: 'error' } }) };
  const linter = new Linter({ config });
  const { result, document } = await linter.lintTextDetailed(source, file);
  if (!document) throw new Error(`${file}: ${result.messages[0]?.message}`);
  const expectations = parseExpectations(source, document);
  const { missing, unexpected } = compare(expectations, result.messages);
  return {
    file,
    ruleId,
    expected: expectations.length,
    missing: missing.map((e) => ({ line: e.line, text: e.block?.text ?? '(document)' })),
    unexpected,
  };
}

export async function scoreFixtures(root: string, scores: Scores): Promise<FixtureOutcome[]> {
  const outcomes: FixtureOutcome[] = [];
  for (const file of fixtureFiles(root)) {
    const outcome = await checkFixture(root, file);
    outcomes.push(outcome);
    const rel = relative(root, file);
    const s = score(scores, outcome.ruleId);
    s.tp += outcome.expected - outcome.missing.length;
    for (const m of outcome.missing) {
      s.fn++;
      s.misses.push({ where: `${rel}:${m.line}`, text: m.text });
    }
    for (const m of outcome.unexpected) {
      const rs = score(scores, m.ruleId ?? '(none)');
      rs.fp++;
      rs.falseAlarms.push({ where: `${rel}:${m.line}`, text: m.quote ?? m.message });
    }
  }
  return outcomes;
}

export const ratio = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
