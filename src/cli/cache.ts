/**
 * --cache: a file's results are reused when its bytes, the configuration that
 * applies to it, and speclint itself (version and lexicons) are unchanged.
 * Stored as one JSON file, written whole (temp file and rename) at the end.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LintResult } from '../core/messages.js';
import { packageRoot } from '../package-root.js';
import { writeFileAtomic } from './write.js';

interface Entry {
  key: string;
  result: LintResult;
}

interface CacheFile {
  speclint: string;
  entries: Record<string, Entry>;
}

const hash = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** speclint's version and the contents of its own phrase lists: a change to either empties the cache. */
function speclintFingerprint(version: string): string {
  const h = createHash('sha256').update(version);
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
      if (existsSync(location)) data = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
    } catch {
      data = undefined; // a damaged cache is simply rebuilt
    }
    this.data = data?.speclint === speclint && data.entries && typeof data.entries === 'object' ? data : { speclint, entries: {} };
    if (this.data !== data) this.dirty = true;
  }

  /** The key for a file: its bytes and the configuration that applies to it. */
  static key(bytes: Uint8Array, config: unknown): string {
    return hash(`${hash(bytes)}:${hash(JSON.stringify(config))}`);
  }

  get(path: string, key: string): LintResult | undefined {
    const entry = this.data.entries[path];
    return entry?.key === key ? entry.result : undefined;
  }

  set(path: string, key: string, result: LintResult): void {
    if (result.fatalErrorCount > 0) {
      if (this.data.entries[path]) {
        delete this.data.entries[path];
        this.dirty = true;
      }
      return;
    }
    this.data.entries[path] = { key, result };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(this.location), { recursive: true });
    writeFileAtomic(this.location, JSON.stringify(this.data));
  }
}
