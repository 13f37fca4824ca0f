/**
 * The built-in lexicons, precompiled at build time (scripts/build-lexicons.mjs
 * writes dist/rules/lexicons/<focus>.json). Parsing the YAML and compiling the
 * terms was the largest fixed cost of a run (about 150 ms of a 500 ms small
 * run, more on a busy machine); reading the precompiled form costs a few ms.
 *
 * The precompiled form is used only while the YAML files are byte for byte
 * those it was built from (a SHA-256 over their names and texts): after an
 * edit without a rebuild the files are parsed as before. Reading and hashing
 * some 90 files took 14 ms of a 400 ms small run, so while every file has the
 * size it had at build time and none changed after the precompiled file was
 * written, the files are not read at all (see isFresh). Nothing is written at
 * run time, so an installed package never writes into node_modules.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { startKeys, type LexiconData, type PrecompiledLexicon, type StartKeys } from '../core/lexicon.js';

/** Bump when PrecompiledLexicon or the parsing behind it changes shape. */
const FORMAT = 'speclint-lexicons-7';

export interface LexiconFiles {
  /** Each folder's *.yaml in name order. */
  files: string[];
  /** Their texts (read when first asked for). */
  readonly texts: string[];
  /** What the precompiled form must have been built from: a hash of the files' names and texts and of the salt files' texts (computed when first asked for). */
  readonly key: string;
  /** The files' and salt files' names, relative to the package root, in order. */
  names: string[];
  /** Their sizes and last changes, in the same order (read when first asked for). */
  readonly stamps: Array<{ size: number; changed: number }>;
}

/** One lexicon as the build wrote it: both forms are parsed only when first asked for. */
export interface PrecompiledEntry {
  name: string;
  /** Index of its file in LexiconFiles.files. */
  index: number;
  description: string;
  /** What its terms start with (core/lexicon.ts StartIndex), read without parsing the rest. */
  starts: StartKeys;
  data(): LexiconData;
  compiled(): PrecompiledLexicon;
}

/**
 * The file: one line of JSON, { format, key, names, sizes, entries: [name, file index, description,
 * length of the data's JSON, length of the compiled JSON, start keys][] },
 * then each entry's data and compiled JSON back to back. A run slices out and
 * parses only the lexicons its rules use on the document (the start keys
 * tell which could match it), and most runs need no raw data at all.
 */
export function formatPrecompiled(files: LexiconFiles, entries: Array<{ name: string; index: number; data: LexiconData; compiled: PrecompiledLexicon }>): string {
  const bodies: string[] = [];
  const head = entries.map(({ name, index, data, compiled }) => {
    const d = asciiJson(data);
    const c = asciiJson(compiled);
    bodies.push(d, c);
    return [name, index, compiled.description, d.length, c.length, startKeys(compiled)];
  });
  const sizes = files.stamps.map((stamp) => stamp.size);
  return `${asciiJson({ format: FORMAT, key: files.key, names: files.names, sizes, entries: head })}\n${bodies.join('')}`;
}

/**
 * JSON with every non-ASCII character written \uXXXX (JSON.parse reads back
 * the same strings), so the file is ASCII and readPrecompiled can read it as
 * Latin-1: a one-byte string, without UTF-8 decoding (a few ms a run).
 */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `saltFiles`: anything else the parsed data depends on (the schema the files are checked against). */
export function lexiconFiles(dirs: string[], root: string, saltFiles: string[] = []): LexiconFiles {
  const files: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.yaml')) files.push(join(dir, name));
  }
  const all = [...files, ...saltFiles];
  // path.relative asks for the working directory on every call: files under the root are sliced.
  const names = all.map((file) => (file.startsWith(root + sep) ? file.slice(root.length + 1) : relative(root, file)).split(sep).join('/'));
  let texts: string[] | undefined;
  let key: string | undefined;
  let stamps: LexiconFiles['stamps'] | undefined;
  return {
    files,
    names,
    get texts() {
      if (texts === undefined) {
        // Sizes and times first: a file saved while the build reads the texts then fails the quick
        // check (isFresh) against the precompiled file, and is settled by the hash of what was read.
        stamps ??= stampsOf(all);
        texts = files.map((file) => readFileSync(file, 'utf8'));
      }
      return texts;
    },
    get key() {
      if (key === undefined) {
        const h = createHash('sha256').update(FORMAT);
        for (const file of saltFiles) h.update('\0').update(readFileSync(file, 'utf8'));
        this.texts.forEach((text, i) => h.update('\0').update(names[i]!).update('\0').update(text));
        key = h.digest('hex');
      }
      return key;
    },
    get stamps() {
      return (stamps ??= stampsOf(all));
    },
  };
}

const stampsOf = (files: string[]): LexiconFiles['stamps'] =>
  files.map((file) => {
    const { size, mtimeMs } = statSync(file);
    return { size, changed: mtimeMs };
  });

/**
 * Whether the files are, without reading them, those a precompiled file
 * written at `written` was built from, in this format: the same names, each
 * the size it had then, none changed since. An edit after the build changes
 * the time (and almost surely the size); an npm install dates every file
 * alike, so none is later than the precompiled file. Anything else is settled
 * by the hash.
 */
function isFresh(expected: LexiconFiles, head: { format?: unknown; names?: unknown; sizes?: unknown }, written: number): boolean {
  const { format, names, sizes } = head;
  if (format !== FORMAT) return false;
  if (!Array.isArray(names) || !Array.isArray(sizes) || names.length !== expected.names.length || sizes.length !== names.length) return false;
  if (names.some((name, i) => name !== expected.names[i])) return false;
  return expected.stamps.every((stamp, i) => stamp.size === sizes[i] && stamp.changed <= written);
}

/** Where the build keeps a focus's precompiled lexicons. */
export const precompiledFile = (root: string, focus: string): string => join(root, 'dist', 'rules', 'lexicons', `${focus}.json`);

/** The precompiled lexicons, or undefined when missing, unreadable or built from other files. */
export function readPrecompiled(file: string, expected: LexiconFiles): PrecompiledEntry[] | undefined {
  let text: string;
  let written: number;
  try {
    written = statSync(file).mtimeMs;
    const bytes = readFileSync(file);
    // Written in ASCII (formatPrecompiled); a file that is not is decoded as UTF-8.
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  let head: { format?: unknown; key?: unknown; names?: unknown; sizes?: unknown; entries?: unknown };
  try {
    head = JSON.parse(text.slice(0, newline));
  } catch {
    return undefined;
  }
  if (newline < 0 || typeof head !== 'object' || head === null || !Array.isArray(head.entries)) return undefined;
  if (!isFresh(expected, head, written) && head.key !== expected.key) return undefined;
  const out: PrecompiledEntry[] = [];
  let at = newline + 1;
  for (const e of head.entries as unknown[]) {
    if (!Array.isArray(e) || e.length !== 6) return undefined;
    const [name, index, description, dataLength, compiledLength, starts] = e as [unknown, unknown, unknown, unknown, unknown, unknown];
    if (typeof name !== 'string' || typeof description !== 'string' || !Number.isInteger(index) || (index as number) < 0 || (index as number) >= expected.files.length) return undefined;
    if (!Number.isInteger(dataLength) || !Number.isInteger(compiledLength) || !isStartKeys(starts)) return undefined;
    const dataAt = at;
    const compiledAt = at + (dataLength as number);
    const end = compiledAt + (compiledLength as number);
    at = end;
    out.push({
      name,
      index: index as number,
      description,
      starts,
      data: () => JSON.parse(text.slice(dataAt, compiledAt)) as LexiconData,
      compiled: () => JSON.parse(text.slice(compiledAt, end)) as PrecompiledLexicon,
    });
  }
  return at === text.length ? out : undefined;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((w) => typeof w === 'string');

function isStartKeys(x: unknown): x is StartKeys {
  const k = x as StartKeys;
  return typeof x === 'object' && x !== null && isStrings(k.words) && isStrings(k.heads) && (k.anywhere === undefined || k.anywhere === 1);
}
