/**
 * --cache: a file's results are reused when its bytes, the configuration that
 * applies to it, and speclint itself (version and lexicons) are unchanged: each
 * entry's key is a hash of all three. Stored as one JSON file, written whole
 * (temp file and rename) at the end.
 *
 * Each entry also carries a hash over its key and its results, checked before
 * they are reused, and the results must agree with their own counts: an entry
 * damaged or edited by hand (its findings emptied, say) is linted again, never
 * trusted. The check is not a signature, since anyone who can write the cache
 * can recompute it: a cache from an untrusted source (a pull request) must not
 * be restored (SECURITY.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localDate } from '../core/directives.js';
import type { LintResult } from '../core/messages.js';
import { packageRoot } from '../package-root.js';
import { writeFileAtomic } from './write.js';

interface Entry {
  key: string;
  result: LintResult;
  /** entryCheck(key, result): catches an entry changed after it was written. */
  check: string;
}

interface CacheFile {
  speclint: string;
  entries: Record<string, Entry>;
}

/** A bigger cache file is not read (and is rebuilt): far more than any batch's results. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

const hash = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * The shape of the results stored, raised when a LintMessage gains or loses a
 * field (2: each finding's declared `found` and `ask`; 3: the rules whose findings
 * directives silenced; 4: whether the quote was cut), so that a build with the same version number does not
 * reuse results that lack them.
 */
const RESULTS_FORMAT = 4;

/** speclint's version, the shape of its results and the contents of its own phrase lists: a change to any empties the cache. */
function speclintFingerprint(version: string): string {
  const h = createHash('sha256').update(`${version}:${RESULTS_FORMAT}`);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) h.update(entry.name).update(readFileSync(path));
    }
  };
  walk(join(packageRoot, 'rules', 'lexicons'));
  return h.digest('hex');
}

/** The hash an entry carries over its key and results. */
export const entryCheck = (key: string, result: LintResult): string => hash(`${key}:${JSON.stringify(result)}`);

/** Results whose counts agree with their messages, as the Linter makes them. */
function wellFormed(result: unknown, path: string): result is LintResult {
  const r = result as Partial<LintResult> | null;
  if (!r || typeof r !== 'object' || r.filePath !== path || !Array.isArray(r.messages)) return false;
  const count = (test: (m: LintResult['messages'][number]) => boolean): number => r.messages!.filter((m) => m && typeof m === 'object' && test(m)).length;
  return (
    count(() => true) === r.messages.length &&
    r.errorCount === count((m) => m.severity === 2) &&
    r.warningCount === count((m) => m.severity === 1) &&
    r.fatalErrorCount === count((m) => m.fatal === true)
  );
}

export class ResultCache {
  private readonly data: CacheFile;
  private dirty = false;

  constructor(
    private readonly location: string,
    version: string,
  ) {
    const speclint = speclintFingerprint(version);
    let data: CacheFile | undefined;
    try {
      // Only an ordinary file of sane size: a cache that is a link to a device is not read for ever.
      const stat = existsSync(location) ? statSync(location) : undefined;
      if (stat?.isFile() && stat.size <= MAX_CACHE_BYTES) data = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
    } catch {
      data = undefined; // a damaged cache is simply rebuilt
    }
    this.data = data?.speclint === speclint && data.entries && typeof data.entries === 'object' ? data : { speclint, entries: {} };
    if (this.data !== data) this.dirty = true;
  }

  /**
   * The key for a file: its bytes, the configuration that applies to it,
   * speclint's own fingerprint, and today's date (a directive that ends
   * `until YYYY-MM-DD` stops silencing after that day, unedited).
   */
  key(bytes: Uint8Array, config: unknown, today: string = localDate(new Date())): string {
    return hash(`${hash(bytes)}:${hash(JSON.stringify(config))}:${this.data.speclint}:${today}`);
  }

  /** The stored results for a file, when its key matches and the entry is intact. */
  get(path: string, key: string): LintResult | undefined {
    const entry = Object.hasOwn(this.data.entries, path) ? this.data.entries[path] : undefined;
    if (entry?.key !== key || entry.check !== entryCheck(key, entry.result) || !wellFormed(entry.result, path)) return undefined;
    return entry.result;
  }

  set(path: string, key: string, result: LintResult): void {
    if (result.fatalErrorCount > 0) {
      if (this.data.entries[path]) {
        delete this.data.entries[path];
        this.dirty = true;
      }
      return;
    }
    this.data.entries[path] = { key, result, check: entryCheck(key, result) };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(this.location), { recursive: true });
    writeFileAtomic(this.location, JSON.stringify(this.data));
  }
}
