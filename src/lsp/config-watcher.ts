/**
 * Watches config and ignore files from the server, for editors that cannot
 * watch files for it (no `workspace/didChangeWatchedFiles` registration, as in
 * Neovim 0.7). Configs are looked for from a folder upwards, so each folder in
 * use and every folder above it is watched, each on its own (not recursively:
 * a project's node_modules would otherwise cost a watch per folder).
 */
import { watch, type FSWatcher } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isConfigName } from './workspace.js';

/** Events are gathered this long, so one save (truncate, write, rename) reloads once. */
const SETTLE_MS = 100;

export class ConfigWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private timer?: NodeJS.Timeout;
  private warned = false;

  constructor(
    private readonly changed: () => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Watches exactly these folders and the folders above them. */
  watch(folders: Iterable<string>): void {
    const wanted = new Set<string>();
    for (const folder of folders) {
      for (let dir = resolve(folder); !wanted.has(dir); dir = dirname(dir)) wanted.add(dir);
    }
    for (const [dir, watcher] of this.watchers) {
      if (!wanted.has(dir)) this.unwatch(dir, watcher);
    }
    for (const dir of wanted) if (!this.watchers.has(dir)) this.add(dir);
  }

  /** The folders being watched (for stats and tests). */
  get folders(): string[] {
    return [...this.watchers.keys()];
  }

  dispose(): void {
    for (const [dir, watcher] of this.watchers) this.unwatch(dir, watcher);
    clearTimeout(this.timer);
  }

  private add(dir: string): void {
    try {
      // Not persistent: watching must never keep a server alive that the editor has left.
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        // Linux names the file; where a platform does not, any change may be a config's.
        if (name === null || isConfigName(String(name))) this.schedule(join(dir, String(name ?? '')));
      });
      watcher.on('error', () => this.unwatch(dir, watcher));
      this.watchers.set(dir, watcher);
    } catch (error) {
      // A folder that does not exist (yet) or cannot be read; or the system's watch limit.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && !this.warned) {
        this.warned = true;
        this.log(`speclint: cannot watch ${dir} for config changes (${(error as Error).message}); save a config in the editor to reload it.`);
      }
    }
  }

  private unwatch(dir: string, watcher: FSWatcher): void {
    watcher.close();
    if (this.watchers.get(dir) === watcher) this.watchers.delete(dir);
  }

  private schedule(file: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.log(`speclint: ${file} changed; reading the configs again.`);
      this.changed();
    }, SETTLE_MS);
    this.timer.unref();
  }
}
