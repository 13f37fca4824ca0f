/**
 * Reads the built-in lexicons (rules/lexicons/common and the focus dimension's
 * folder), applies a project's `settings.lexicons`, and compiles them once per
 * distinct setting.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  applyOverride,
  compileLexicon,
  lazyLexicon,
  lexiconFromPrecompiled,
  precompileLexicon,
  isInclude,
  lexiconSet,
  prefilteredLexicon,
  StartIndex,
  LexiconError,
  resolveIncludes,
  type Lexicon,
  type LexiconData,
  type LexiconOverride,
  type Lexicons,
  type LexiconTerm,
  type PrecompiledLexicon,
  type StartKeys,
} from '../core/lexicon.js';
import { SECTION_KINDS } from '../core/model.js';
import { packageRoot } from '../package-root.js';
import { ConfigError } from './errors.js';
import { formatPrecompiled, lexiconFiles, precompiledFile, readPrecompiled, type LexiconFiles } from './lexicon-cache.js';
import { lineFinder } from './sourced.js';
import { bestProblem, displayPath, schemaFile, schemaValidatorSync } from './validate.js';
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

interface BuiltinLexicon {
  readonly data: LexiconData;
  readonly file: string;
  /** From the build (dist/rules/lexicons), when it matches the YAML files: compiled when first used. */
  readonly precompiled?: { description: string; starts: StartKeys; compiled(): PrecompiledLexicon };
}

const rawCache = new Map<string, Map<string, BuiltinLexicon>>();
const compiledCache = new Map<string, Lexicons>();

/** Running from the TypeScript sources (tests): the build's precompiled form may be of other code. */
const fromSource = import.meta.url.endsWith('.ts');

export interface LexiconSettings {
  focus?: string;
  lexicons?: Record<string, LexiconOverride>;
}

function focusDirs(focus: string): string[] {
  const focuses = availableFocuses();
  if (!focuses.includes(focus)) {
    throw new ConfigError(`settings.focus "${focus}" has no lexicons; use one of: ${focuses.join(', ')}.`);
  }
  return [join(lexiconRoot, 'common'), join(lexiconRoot, focus)];
}

/** The YAML files of a focus, and the key of their texts and of the schema they are checked against. */
export const builtinLexiconFiles = (focus: string): LexiconFiles => lexiconFiles(focusDirs(focus), packageRoot, [schemaFile('lexicon')]);

/**
 * Each file parsed and checked, in order (a later file replaces an earlier
 * one of the same name, keeping its place), then includes resolved.
 */
function parseFiles({ files, texts }: { files: string[]; texts: string[] }): Map<string, BuiltinLexicon> {
  const out = new Map<string, { data: LexiconData; file: string }>();
  files.forEach((file, i) => {
    const data = parseLexiconText(texts[i]!, file);
    out.set(data.name, { data, file });
  });
  return withIncludesResolved(out);
}

/**
 * The built-in lexicon data for a focus (common, then the focus's own folder),
 * read and checked once: from the build's precompiled form while the YAML
 * files are unchanged, else parsed. Also snapshotted as JSON for the browser
 * checker.
 */
export function builtinLexiconData(focus: string): Map<string, BuiltinLexicon> {
  let raw = rawCache.get(focus);
  if (!raw) {
    const files = builtinLexiconFiles(focus);
    const precompiled = fromSource ? undefined : readPrecompiled(precompiledFile(packageRoot, focus), files);
    if (precompiled) {
      raw = new Map();
      for (const entry of precompiled) {
        let data: LexiconData | undefined;
        raw.set(entry.name, {
          get data() {
            return (data ??= entry.data());
          },
          file: files.files[entry.index]!,
          precompiled: entry,
        });
      }
    } else {
      raw = parseFiles(files);
    }
    rawCache.set(focus, raw);
  }
  return raw;
}

/**
 * Build time (scripts/build-lexicons.mjs): a focus's lexicons parsed from the
 * YAML, includes resolved, and precompiled, in the file format
 * readPrecompiled reads. Throws the run's own error for any bad entry;
 * undefined when some value would not survive JSON unchanged (runs then parse
 * the YAML).
 */
export function precompileFocus(focus: string): string | undefined {
  const files = builtinLexiconFiles(focus);
  const entries: Array<{ name: string; index: number; data: LexiconData; compiled: PrecompiledLexicon }> = [];
  for (const [name, { data, file }] of parseFiles(files)) {
    let compiled: PrecompiledLexicon;
    try {
      compiled = precompileLexicon(data);
    } catch (error) {
      throw new ConfigError(`${file}: ${(error as Error).message}`);
    }
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify([data, compiled])), [data, compiled])) return undefined;
    entries.push({ name, index: files.files.indexOf(file), data, compiled });
  }
  return formatPrecompiled(files, entries);
}

/** The set with each `{ include: name }` replaced by that lexicon's terms (new data objects). */
function withIncludesResolved(raw: Map<string, { data: LexiconData; file: string }>): Map<string, BuiltinLexicon> {
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
  // The precompiled lexicons are asked only about texts with a word their terms can start with.
  const starts = new StartIndex();
  for (const [name, entry] of raw) {
    const { file, precompiled } = entry;
    const override = settings.lexicons?.[name];
    try {
      compiled.set(
        name,
        override
          ? compileLexicon(applyOverride(entry.data, override))
          : precompiled
            ? prefilteredLexicon(
                lazyLexicon(name, precompiled.description, () => lexiconFromPrecompiled(precompiled.compiled())),
                starts.add(precompiled.starts),
              )
            : compileLexicon(entry.data),
      );
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
