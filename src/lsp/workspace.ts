/**
 * Which config applies to a document: a file inside a workspace folder uses
 * that folder's (the innermost folder when they nest); a file outside every
 * folder uses its own folder's, found by walking up as on the command line.
 * Also which files are configs, so the server knows when to read them again.
 */
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SUPPRESSIONS_FILE } from '../cli/suppressions.js';
import { CONFIG_FILES } from '../config/load.js';

/** Files whose change means the configs (and the bulk suppressions) must be read again. */
export const CONFIG_WATCH_GLOBS = ['**/.speclintrc.{yaml,yml,json}', '**/package.json', '**/.speclintignore', `**/${DEFAULT_SUPPRESSIONS_FILE}`];

const CONFIG_NAMES = new Set([...CONFIG_FILES, '.speclintignore', DEFAULT_SUPPRESSIONS_FILE]);

/** The file system path of a file: URI, or undefined for other schemes (untitled:, etc.). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function isConfigUri(uri: string): boolean {
  const path = pathOf(uri);
  return path !== undefined && isConfigName(basename(path));
}

/** Whether a file with this name (no folder) is a config, ignore or suppressions file. */
export function isConfigName(name: string): boolean {
  return CONFIG_NAMES.has(name);
}

export interface LintTarget {
  /** The folder a Linter is made for (its config is found from here). */
  cwd: string;
  /** The path the text is linted as (config overrides and ignores match it). */
  filePath: string;
}

export class Workspace {
  /** Absolute folder paths in the order the editor gave them. */
  private folders: string[] = [];
  /** The same, longest first, so the innermost folder wins. */
  private byDepth: string[] = [];

  constructor(private readonly fallbackDir: string) {}

  setFolders(uris: string[]): void {
    this.setPaths(toPaths(uris));
  }

  addFolders(uris: string[]): void {
    this.setPaths([...this.folders, ...toPaths(uris)]);
  }

  removeFolders(uris: string[]): void {
    const gone = new Set(toPaths(uris));
    this.setPaths(this.folders.filter((f) => !gone.has(f)));
  }

  /** The workspace folders' paths. */
  get folderPaths(): string[] {
    return [...this.folders];
  }

  target(uri: string): LintTarget {
    const path = pathOf(uri);
    if (path === undefined) {
      // An unsaved buffer: lint it as a Markdown file at the top of the first folder.
      const cwd = this.folders[0] ?? this.fallbackDir;
      return { cwd, filePath: join(cwd, 'untitled.md') };
    }
    const filePath = resolve(path);
    const folder = this.byDepth.find((f) => filePath === f || filePath.startsWith(f.endsWith(sep) ? f : f + sep));
    return { cwd: folder ?? dirname(filePath), filePath };
  }

  private setPaths(paths: string[]): void {
    this.folders = [...new Set(paths)];
    this.byDepth = [...this.folders].sort((a, b) => b.length - a.length);
  }
}

function toPaths(uris: string[]): string[] {
  return uris.map(pathOf).filter((p): p is string => p !== undefined).map((p) => resolve(p));
}
