/**
 * The real-language corpus (fixtures/real): sentences and passages copied from
 * published public-sector documents, labelled by fixtures/real/LABELLING.md
 * before any run, and split by source into `dev` (rules may be tuned by reading
 * it) and `test` (scored, never read while changing a rule).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Linter } from '../linter.js';
import { flagsAlone, scoreExpectations, sentenceRulesOnly, type ExpectFile, type Scores } from './evaluate.js';

export type Split = 'dev' | 'test';
export const LABELS = ['vague', 'specific', 'near-miss', 'borderline'] as const;
export type Label = (typeof LABELS)[number];

export interface RealSentence {
  text: string;
  source: string;
  org?: string;
  kind: string;
  label: Label;
  note?: string;
  /** The collection file it came from. */
  file: string;
}

export interface RealPassage {
  name: string;
  text: string;
  source: string;
  org?: string;
  kind: string;
  expect: ExpectFile;
}

/** About two sources in five go to `test`; the choice depends only on the address, so it never moves. */
const TEST_SHARE = 0.4;

/**
 * The split of a source: by its publisher (or, without one, the address's host), so that
 * one organisation's pages, which repeat each other's wording, never sit on both sides.
 */
export function splitOf(source: string, org?: string): Split {
  let key = org?.trim().toLowerCase();
  if (!key) {
    try {
      key = new URL(source).hostname.replace(/^www\./, '');
    } catch {
      key = source.trim();
    }
  }
  const digest = createHash('sha256').update(key).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000 < TEST_SHARE ? 'test' : 'dev';
}

export function readSplits(file: string): Map<string, Split> {
  const data = existsSync(file) ? ((parseYaml(readFileSync(file, 'utf8')) ?? {}) as Partial<Record<Split, string[]>>) : {};
  const splits = new Map<string, Split>();
  for (const split of ['dev', 'test'] as const) {
    for (const source of data[split] ?? []) {
      if (splits.has(source) && splits.get(source) !== split) throw new Error(`${file}: ${source} is in both dev and test`);
      splits.set(source, split);
    }
  }
  return splits;
}

const isLabel = (value: unknown): value is Label => LABELS.includes(value as Label);

/**
 * Every YAML file in a folder, by name, that holds a list of labelled
 * sentences: its name and its items, each made by `read` (undefined for an
 * item that lacks what `needs` says).
 */
function readLabelledLists<T>(dir: string, what: string, needs: string, read: (item: Record<string, unknown>, file: string) => T | undefined): Array<[string, T[]]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name): [string, T[]] => {
      let list: unknown;
      try {
        list = parseYaml(readFileSync(join(dir, name), 'utf8'));
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message.split('\n')[0]}`);
      }
      if (!Array.isArray(list)) throw new Error(`${name}: expected a list of ${what}`);
      const items = list.map((raw, i) => {
        const item = raw && typeof raw === 'object' ? read(raw as Record<string, unknown>, name) : undefined;
        if (item === undefined) throw new Error(`${name}: item ${i + 1} needs ${needs} (${LABELS.join(', ')})`);
        return item;
      });
      return [name, items];
    });
}

export function readRealSentences(dir: string): RealSentence[] {
  return readLabelledLists(dir, 'sentences', 'text, source and a label', (item, file): RealSentence | undefined =>
    typeof item.text === 'string' && typeof item.source === 'string' && isLabel(item.label)
      ? { ...(item as unknown as RealSentence), text: item.text.trim(), kind: typeof item.kind === 'string' ? item.kind : 'unknown', file }
      : undefined,
  ).flatMap(([, items]) => items);
}

export function readRealPassages(dir: string): RealPassage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.expect.yaml') && existsSync(join(dir, n.replace(/\.expect\.yaml$/, '.md'))))
    .sort()
    .map((n) => {
      const data = (parseYaml(readFileSync(join(dir, n), 'utf8')) ?? {}) as ExpectFile & { source?: string; kind?: string };
      if (typeof data.source !== 'string') throw new Error(`${n}: needs a source address`);
      const name = n.replace(/\.expect\.yaml$/, '');
      const org = (data as { org?: string }).org;
      return { name, text: readFileSync(join(dir, `${name}.md`), 'utf8'), source: data.source, org, kind: data.kind ?? 'unknown', expect: data };
    });
}

/** The split of an item's source: as splits.yaml records it, else by its publisher. */
export function splitFor(splits: Map<string, Split>, item: { source: string; org?: string }): Split {
  return splits.get(item.source) ?? splitOf(item.source, item.org);
}

export interface SentenceTally {
  vague: number;
  caught: number;
  /** Specific sentences and near misses: none should be flagged. */
  negatives: number;
  falseAlarms: number;
  borderline: number;
  borderlineFlagged: number;
  misses: RealSentence[];
  alarms: RealSentence[];
  borderlines: Array<RealSentence & { flagged: boolean }>;
}

const emptyTally = (): SentenceTally => ({
  vague: 0,
  caught: 0,
  negatives: 0,
  falseAlarms: 0,
  borderline: 0,
  borderlineFlagged: 0,
  misses: [],
  alarms: [],
  borderlines: [],
});

/** Each sentence alone in a scope section, with the two sentence rules on: flagged or not. */
export async function flagSentences(items: Array<{ text: string }>, linter = sentenceRulesOnly()): Promise<boolean[]> {
  const out: boolean[] = [];
  for (const item of items) out.push(await flagsAlone(linter, item.text, 'real-sentence.md'));
  return out;
}

/** The collection round a sentence came from, by its file's name ("r5-...yaml" is round 5; the first files have no prefix). */
export const roundOf = (file: string): string => `round ${/^r(\d+)-/.exec(file)?.[1] ?? '1'}`;

/** Tallies by split, and within each split by source kind and by round (roundOf; key "all" for the whole split). */
export async function scoreRealSentences(items: RealSentence[], splits: Map<string, Split>): Promise<Map<Split, Map<string, SentenceTally>>> {
  const flagged = await flagSentences(items);
  const bySplit = new Map<Split, Map<string, SentenceTally>>([
    ['dev', new Map()],
    ['test', new Map()],
  ]);
  items.forEach((item, i) => {
    const kinds = bySplit.get(splitFor(splits, item))!;
    for (const key of ['all', item.kind, roundOf(item.file)]) {
      let t = kinds.get(key);
      if (!t) kinds.set(key, (t = emptyTally()));
      const hit = flagged[i]!;
      if (item.label === 'vague') {
        t.vague++;
        if (hit) t.caught++;
        else if (key === 'all') t.misses.push(item);
      } else if (item.label === 'borderline') {
        t.borderline++;
        if (hit) t.borderlineFlagged++;
        if (key === 'all') t.borderlines.push({ ...item, flagged: hit });
      } else {
        t.negatives++;
        if (hit) {
          t.falseAlarms++;
          if (key === 'all') t.alarms.push(item);
        }
      }
    }
  });
  return bySplit;
}

/** Passages: each linted with the rules its labels name, scored by split. */
export async function scoreRealPassages(passages: RealPassage[], splits: Map<string, Split>): Promise<Map<Split, Scores>> {
  const bySplit = new Map<Split, Scores>([
    ['dev', new Map()],
    ['test', new Map()],
  ]);
  for (const passage of passages) {
    const { expect } = passage;
    const ruleIds = new Set([...Object.keys(expect.must ?? {}), ...Object.keys(expect.must_not ?? {}), ...(expect.must_not_any ?? [])]);
    const linter = new Linter({ config: { extends: [], rules: Object.fromEntries([...ruleIds].map((id) => [id, 'error'])) } });
    const { messages } = await linter.lintText(passage.text, `${passage.name}.md`);
    scoreExpectations(bySplit.get(splitFor(splits, passage))!, passage.name, expect, messages.filter((m) => m.ruleId !== null));
  }
  return bySplit;
}

/** A second, blind labelling of a sample of the corpus (fixtures/real/second-labels). */
export interface SecondLabel {
  text: string;
  label: Label;
}

export function readSecondLabels(dir: string): Map<string, SecondLabel[]> {
  const lists = readLabelledLists(dir, 'labelled sentences', 'text and a label', (item): SecondLabel | undefined =>
    typeof item.text === 'string' && isLabel(item.label) ? { text: item.text.trim(), label: item.label } : undefined,
  );
  return new Map(lists.map(([name, items]) => [name.replace(/\.ya?ml$/, ''), items]));
}

export interface Agreement {
  /** Sentences found in the corpus and compared. */
  compared: number;
  agreed: number;
  /** Cohen's kappa over the four labels. */
  kappa: number;
  /** The second labeller read as a system against the first: vague sentences it also calls vague... */
  vague: number;
  vagueAgreed: number;
  /** ...and specific sentences and near misses it calls vague (its false alarms). */
  negatives: number;
  negativesCalledVague: number;
  /** Second-label texts that no corpus sentence has. */
  unmatched: string[];
}

/** How far two labellers agree: the ceiling a rule can be held to on the same guide. */
export function labelAgreement(first: RealSentence[], second: SecondLabel[]): Agreement {
  const byText = new Map(first.map((s) => [s.text, s.label]));
  const pairs: Array<[Label, Label]> = [];
  const unmatched: string[] = [];
  for (const s of second) {
    const label = byText.get(s.text);
    if (label) pairs.push([label, s.label]);
    else unmatched.push(s.text);
  }
  const n = pairs.length;
  const agreed = pairs.filter(([a, b]) => a === b).length;
  const share = (side: 0 | 1, label: Label) => pairs.filter((p) => p[side] === label).length / n;
  const chance = LABELS.reduce((sum, label) => sum + share(0, label) * share(1, label), 0);
  const negative = (l: Label) => l === 'specific' || l === 'near-miss';
  return {
    compared: n,
    agreed,
    kappa: n === 0 || chance === 1 ? 0 : (agreed / n - chance) / (1 - chance),
    vague: pairs.filter(([a]) => a === 'vague').length,
    vagueAgreed: pairs.filter(([a, b]) => a === 'vague' && b === 'vague').length,
    negatives: pairs.filter(([a]) => negative(a)).length,
    negativesCalledVague: pairs.filter(([a, b]) => negative(a) && b === 'vague').length,
    unmatched,
  };
}
