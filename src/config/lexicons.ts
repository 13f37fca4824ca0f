/**
 * Reads the built-in lexicons (rules/lexicons/common and the focus dimension's
 * folder), applies a project's `settings.lexicons`, and compiles them once per
 * distinct setting.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  applyOverride,
  compileLexicon,
  lexiconSet,
  LexiconError,
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
import { loadYaml } from './yaml.js';

const lexiconRoot = join(packageRoot, 'rules', 'lexicons');

export function availableFocuses(): string[] {
  return readdirSync(lexiconRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'common')
    .map((d) => d.name)
    .sort();
}

/** section-headings.yaml lists synonyms under each kind; turn them into tagged terms. */
function normaliseSectionHeadings(data: Record<string, unknown>, file: string): LexiconData {
  const kinds = data.kinds;
  if (!kinds || typeof kinds !== 'object') throw new LexiconError(`${file}: "kinds" must map each section kind to its headings`);
  const terms: LexiconTerm[] = [];
  for (const [kind, list] of Object.entries(kinds)) {
    if (!SECTION_KINDS.includes(kind as never)) {
      throw new LexiconError(`${file}: "${kind}" is not a section kind; use one of ${SECTION_KINDS.join(', ')}`);
    }
    if (!Array.isArray(list)) throw new LexiconError(`${file}: kinds.${kind} must be a list of headings`);
    for (const term of list) terms.push({ term: String(term), tag: kind });
  }
  return { name: 'section-headings', description: String(data.description ?? ''), terms };
}

function parseLexiconText(text: string, file: string): LexiconData {
  let data: unknown;
  try {
    data = loadYaml().parse(text, { maxAliasCount: 0 });
  } catch (error) {
    throw new LexiconError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (!data || typeof data !== 'object') throw new LexiconError(`${file}: expected a mapping with name and terms`);
  const record = data as Record<string, unknown>;
  const expected = basename(file, '.yaml');
  if (record.name !== expected) throw new LexiconError(`${file}: "name" must be "${expected}", the file's name`);
  if (expected === 'section-headings') return normaliseSectionHeadings(record, file);
  if (!Array.isArray(record.terms)) throw new LexiconError(`${file}: "terms" must be a list of phrases`);
  if (record.patterns !== undefined && !Array.isArray(record.patterns)) {
    throw new LexiconError(`${file}: "patterns" must be a list of regular expressions`);
  }
  return record as unknown as LexiconData;
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
  return JSON.stringify([relative(packageRoot, here), ...code, SECTION_KINDS, yamlVersion]);
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
      cacheDir: join(packageRoot, 'dist', '.cache'),
      salt: snapshotSalt(),
      id: relative(packageRoot, fileURLToPath(import.meta.url)),
    });
    rawCache.set(focus, raw);
  }
  return raw;
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
