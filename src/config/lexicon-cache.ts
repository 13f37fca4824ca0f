/**
 * Pre-parsed built-in lexicons. Loading the yaml package and parsing the
 * lexicon files was the largest fixed cost of a run (about 100 ms on an idle
 * machine, several times that on a busy one, against ~3 ms for this). The
 * parsed and checked data is kept as JSON under dist/.cache and used while
 * the YAML files and the code that reads them are byte for byte unchanged (a
 * SHA-256 over all of them); otherwise the files are parsed exactly as before
 * and the snapshot is rewritten. A snapshot that cannot be read or written is
 * simply ignored: it only ever saves time, it never changes a result.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { threadId } from 'node:worker_threads';
import type { LexiconData } from '../core/lexicon.js';

export interface LexiconFile {
  data: LexiconData;
  file: string;
}

interface Snapshot {
  key: string;
  /** [lexicon name, data, index of its file in the folder listing] in Map order. */
  entries: Array<[string, LexiconData, number]>;
}

const sha256 = (...parts: string[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/**
 * The lexicons in `dirs` (each folder's *.yaml in name order; a later file
 * replaces an earlier one of the same name, keeping its place), parsed with
 * `parse` or taken from the snapshot. `salt` must change whenever `parse`
 * could give a different result for the same text (its code, its settings);
 * `id` names the reader (e.g. its path), so that readers built from source
 * and from dist/ keep a snapshot each.
 */
export function readLexiconFolders(
  dirs: string[],
  parse: (text: string, file: string) => LexiconData,
  options: { root: string; cacheDir: string; salt: string; id: string },
): Map<string, LexiconFile> {
  const files: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.yaml')) files.push(join(dir, name));
  }
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const names = files.map((file) => relative(options.root, file).split('\\').join('/'));
  const key = sha256(options.salt, ...names.flatMap((name, i) => [name, texts[i]!]));
  // One snapshot file per reader (`id`) and set of folders, overwritten when stale.
  const snapshotFile = join(options.cacheDir, `lexicons-${sha256(options.id, ...dirs.map((d) => relative(options.root, d))).slice(0, 16)}.json`);

  const snapshot = readSnapshot(snapshotFile, key, files.length);
  if (snapshot) {
    const out = new Map<string, LexiconFile>();
    for (const [name, data, index] of snapshot.entries) out.set(name, { data, file: files[index]! });
    return out;
  }

  const out = new Map<string, LexiconFile>();
  files.forEach((file, i) => {
    const data = parse(texts[i]!, file);
    out.set(data.name, { data, file });
  });
  writeSnapshot(snapshotFile, { key, entries: [...out].map(([name, { data, file }]) => [name, data, files.indexOf(file)]) });
  return out;
}

function readSnapshot(file: string, key: string, fileCount: number): Snapshot | undefined {
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    if (snapshot?.key !== key || !Array.isArray(snapshot.entries)) return undefined;
    const valid = snapshot.entries.every(
      (e) => Array.isArray(e) && typeof e[0] === 'string' && e[1] && typeof e[1] === 'object' && Number.isInteger(e[2]) && e[2] >= 0 && e[2] < fileCount,
    );
    return valid ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

function writeSnapshot(file: string, snapshot: Snapshot): void {
  const json = JSON.stringify(snapshot);
  // Only data that survives JSON unchanged is kept (YAML can hold values JSON cannot).
  if (!isDeepStrictEqual((JSON.parse(json) as Snapshot).entries, snapshot.entries)) return;
  const temp = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(temp, json);
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more to do: the next run parses the YAML again.
    }
  }
}
