/**
 * Reads the built-in lexicons (rules/lexicons/common and the focus dimension's
 * folder), applies a project's `settings.lexicons`, and compiles them once per
 * distinct setting.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  applyOverride,
  compileLexicon,
  isInclude,
  lexiconSet,
  LexiconError,
  resolveIncludes,
  type Lexicon,
  type LexiconData,
  type LexiconOverride,
  type Lexicons,
  type LexiconTerm,
} from '../core/lexicon.js';
import { SECTION_KINDS } from '../core/model.js';
import { packageRoot } from '../package-root.js';
import { ConfigError } from './errors.js';
import { readLexiconFolders } from './lexicon-cache.js';
import { lineFinder } from './sourced.js';
import { bestProblem, displayPath, schemaText, schemaValidatorSync } from './validate.js';
import { loadYaml } from './yaml.js';

const lexiconRoot = join(packageRoot, 'rules', 'lexicons');

export function availableFocuses(): string[] {
  return readdirSync(lexiconRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'common')
    .map((d) => d.name)
    .sort();
}

/** section-headings.yaml lists synonyms under each kind; turn them into tagged terms. */
function normaliseSectionHeadings(data: Record<string, unknown>, fail: (message: string, path: Array<string | number>) => never): LexiconData {
  const kinds = data.kinds;
  if (!kinds || typeof kinds !== 'object') fail('"kinds" must map each section kind to its headings', ['kinds']);
  const terms: LexiconTerm[] = [];
  for (const [kind, list] of Object.entries(kinds)) {
    if (!SECTION_KINDS.includes(kind as never)) fail(`"${kind}" is not a section kind; use one of ${SECTION_KINDS.join(', ')}`, ['kinds', kind]);
    if (!Array.isArray(list)) fail(`kinds.${kind} must be a list of headings`, ['kinds', kind]);
    for (const term of list as unknown[]) terms.push({ term: String(term), tag: kind });
  }
  return { name: 'section-headings', description: String(data.description ?? ''), terms };
}

/**
 * One lexicon file: YAML, checked against schema/lexicon.schema.json, named
 * after its file, and compiled once to find bad phrases and patterns, each
 * mistake reported with the file and its line. Includes are resolved later,
 * once every lexicon of the set is read.
 */
export function parseLexiconText(text: string, file: string): LexiconData {
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0].line;
    throw new LexiconError(`${file}${line ? `:${line}` : ''}: not valid YAML (${e.message.split('\n')[0]})`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    throw new LexiconError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const lineOf = lineFinder(doc, lineCounter);
  const fail = (message: string, path: Array<string | number>): never => {
    const line = path.length > 0 ? lineOf(path) : undefined;
    throw new LexiconError(`${file}${line ? `:${line}` : ''}: ${message}`);
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail('expected a mapping with name and terms', []);
  const validate = schemaValidatorSync('lexicon');
  if (validate && !validate(data)) {
    const problem = bestProblem(validate.errors ?? []);
    fail(`${problem.path.length > 0 ? `"${displayPath(problem.path)}" ` : ''}${problem.message}`, problem.path);
  }
  const record = data as Record<string, unknown>;
  const expected = basename(file, '.yaml');
  if (record.name !== expected) fail(`"name" must be "${expected}", the file's name`, ['name']);
  if (expected === 'section-headings') return normaliseSectionHeadings(record, fail);
  const lexicon = record as unknown as LexiconData;
  try {
    compileLexicon({ ...lexicon, terms: lexicon.terms.filter((t) => !isInclude(t)) });
  } catch (error) {
    if (!(error instanceof LexiconError)) throw error;
    // Indices in the check skip includes: count them back in for the line.
    const path = error.path && error.path[0] === 'terms' ? ['terms', termIndex(lexicon.terms, error.path[1] as number)] : error.path;
    fail(error.message, path ?? []);
  }
  return lexicon;
}

/** Which of `terms` is the n-th that is not an include. */
function termIndex(terms: LexiconData['terms'], n: number): number {
  let seen = -1;
  for (let i = 0; i < terms.length; i++) if (!isInclude(terms[i]) && ++seen === n) return i;
  return n;
}

/**
 * What besides the YAML text decides the parsed data: this module's code (and
 * the snapshot's), the section kinds it checks against, and the yaml version.
 */
function snapshotSalt(): string {
  const here = fileURLToPath(import.meta.url);
  const code = [here, here.replace(/lexicons\.(\w+)$/, 'lexicon-cache.$1')].map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : f));
  let yamlVersion = '';
  try {
    yamlVersion = readFileSync(createRequire(import.meta.url).resolve('yaml/package.json'), 'utf8');
  } catch {
    yamlVersion = 'unknown';
  }
  return JSON.stringify([relative(packageRoot, here), ...code, SECTION_KINDS, yamlVersion, schemaText('lexicon')]);
}

/**
 * Where the lexicon snapshot is kept: dist/.cache in a checkout; for an
 * installed copy (inside node_modules, perhaps read-only or shared by several
 * users), the user's own cache folder, so that speclint never writes into its
 * own package folder.
 */
function lexiconCacheDir(): string {
  if (!packageRoot.split(/[\\/]/).includes('node_modules')) return join(packageRoot, 'dist', '.cache');
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) || join(homedir(), '.cache');
  // One folder per installed copy, so that two versions do not take turns rewriting one snapshot.
  return join(base, 'speclint', createHash('sha256').update(packageRoot).digest('hex').slice(0, 16));
}

const rawCache = new Map<string, Map<string, { data: LexiconData; file: string }>>();
const compiledCache = new Map<string, Lexicons>();

export interface LexiconSettings {
  focus?: string;
  lexicons?: Record<string, LexiconOverride>;
}

/**
 * The built-in lexicon data for a focus (common, then the focus's own folder),
 * read and checked once. Also snapshotted as JSON for the browser checker.
 */
export function builtinLexiconData(focus: string): Map<string, { data: LexiconData; file: string }> {
  let raw = rawCache.get(focus);
  if (!raw) {
    const focuses = availableFocuses();
    if (!focuses.includes(focus)) {
      throw new ConfigError(`settings.focus "${focus}" has no lexicons; use one of: ${focuses.join(', ')}.`);
    }
    // Each folder's *.yaml in name order, parsed and checked, or from the snapshot while nothing has changed.
    raw = readLexiconFolders([join(lexiconRoot, 'common'), join(lexiconRoot, focus)], parseLexiconText, {
      root: packageRoot,
      cacheDir: lexiconCacheDir(),
      salt: snapshotSalt(),
      id: relative(packageRoot, fileURLToPath(import.meta.url)),
    });
    raw = withIncludesResolved(raw);
    rawCache.set(focus, raw);
  }
  return raw;
}

/** The set with each `{ include: name }` replaced by that lexicon's terms (new data objects: the read ones may be a snapshot's). */
function withIncludesResolved(raw: Map<string, { data: LexiconData; file: string }>): Map<string, { data: LexiconData; file: string }> {
  const lists = new Map([...raw].map(([name, { data }]) => [name, { terms: [...data.terms] as unknown[], gap: data.gap }]));
  try {
    resolveIncludes(lists);
  } catch (error) {
    const name = [...lists.keys()].find((n) => lists.get(n)!.terms.some(isInclude)) ?? '';
    throw new ConfigError(`${raw.get(name)?.file ?? 'rules/lexicons'}: ${(error as Error).message}`);
  }
  return new Map([...raw].map(([name, entry]) => [name, { ...entry, data: { ...entry.data, terms: lists.get(name)!.terms as LexiconData['terms'] } }]));
}

/** The lexicons for a focus and a project's overrides; compiled once per distinct setting. */
export function loadLexicons(settings: LexiconSettings = {}): Lexicons {
  const focus = settings.focus ?? 'ethnicity';
  const key = JSON.stringify([focus, settings.lexicons ?? null]);
  const cached = compiledCache.get(key);
  if (cached) return cached;

  const raw = builtinLexiconData(focus);

  const compiled = new Map<string, Lexicon>();
  for (const [name, { data, file }] of raw) {
    const override = settings.lexicons?.[name];
    try {
      compiled.set(name, compileLexicon(override ? applyOverride(data, override) : data));
    } catch (error) {
      const where = override ? `settings.lexicons.${name}` : file;
      throw new ConfigError(`${where}: ${(error as Error).message}`);
    }
  }
  for (const name of Object.keys(settings.lexicons ?? {})) {
    if (!raw.has(name)) {
      throw new ConfigError(`settings.lexicons.${name}: there is no lexicon of that name; use one of: ${[...raw.keys()].join(', ')}.`);
    }
  }
  const lexicons = lexiconSet(compiled);
  compiledCache.set(key, lexicons);
  return lexicons;
}
