/**
 * The built-in lexicons, precompiled at build time (scripts/build-lexicons.mjs
 * writes dist/rules/lexicons/<focus>.json). Parsing the YAML and compiling the
 * terms was the largest fixed cost of a run (about 150 ms of a 500 ms small
 * run, more on a busy machine); reading the precompiled form costs a few ms.
 *
 * The precompiled form is used only while the YAML files are byte for byte
 * those it was built from (a SHA-256 over their names and texts): after an
 * edit without a rebuild the files are parsed as before. Nothing is written at
 * run time, so an installed package never writes into node_modules.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startKeys, type LexiconData, type PrecompiledLexicon, type StartKeys } from '../core/lexicon.js';

/** Bump when PrecompiledLexicon or the parsing behind it changes shape. */
const FORMAT = 'speclint-lexicons-5';

export interface LexiconFiles {
  /** Each folder's *.yaml in name order. */
  files: string[];
  texts: string[];
  /** What the precompiled form must have been built from. */
  key: string;
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
 * The file: one line of JSON, { key, entries: [name, file index, description,
 * length of the data's JSON, length of the compiled JSON, start keys][] },
 * then each entry's data and compiled JSON back to back. A run slices out and
 * parses only the lexicons its rules use on the document (the start keys
 * tell which could match it), and most runs need no raw data at all.
 */
export function formatPrecompiled(key: string, entries: Array<{ name: string; index: number; data: LexiconData; compiled: PrecompiledLexicon }>): string {
  const bodies: string[] = [];
  const head = entries.map(({ name, index, data, compiled }) => {
    const d = asciiJson(data);
    const c = asciiJson(compiled);
    bodies.push(d, c);
    return [name, index, compiled.description, d.length, c.length, startKeys(compiled)];
  });
  return `${asciiJson({ key, entries: head })}\n${bodies.join('')}`;
}

/**
 * JSON with every non-ASCII character written \uXXXX (JSON.parse reads back
 * the same strings), so the file is ASCII and readPrecompiled can read it as
 * Latin-1: a one-byte string, without UTF-8 decoding (a few ms a run).
 */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `salt`: anything else the parsed data depends on (the schema the files are checked against). */
export function lexiconFiles(dirs: string[], root: string, salt = ''): LexiconFiles {
  const files: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.yaml')) files.push(join(dir, name));
  }
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const h = createHash('sha256').update(FORMAT).update('\0').update(salt);
  files.forEach((file, i) => h.update('\0').update(relative(root, file).split('\\').join('/')).update('\0').update(texts[i]!));
  return { files, texts, key: h.digest('hex') };
}

/** Where the build keeps a focus's precompiled lexicons. */
export const precompiledFile = (root: string, focus: string): string => join(root, 'dist', 'rules', 'lexicons', `${focus}.json`);

/** The precompiled lexicons, or undefined when missing, unreadable or built from other files. */
export function readPrecompiled(file: string, expected: LexiconFiles): PrecompiledEntry[] | undefined {
  let text: string;
  try {
    const bytes = readFileSync(file);
    // Written in ASCII (formatPrecompiled); a file that is not is decoded as UTF-8.
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    return undefined;
  }
  const newline = text.indexOf('\n');
  let head: { key?: unknown; entries?: unknown };
  try {
    head = JSON.parse(text.slice(0, newline));
  } catch {
    return undefined;
  }
  if (newline < 0 || head?.key !== expected.key || !Array.isArray(head.entries)) return undefined;
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
