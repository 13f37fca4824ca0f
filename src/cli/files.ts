/**
 * Command-line paths → the files to lint. Directories are searched for
 * Markdown and Word files; globs are expanded; named files are linted whatever their
 * extension (so a wrongly named file gets a plain message, not silence).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LINTABLE_EXTENSIONS } from '../loaders/index.js';

export interface FileTarget {
  /** Absolute path. */
  path: string;
  /** Named on the command line (not found by searching). */
  explicit: boolean;
}

export interface Expansion {
  files: FileTarget[];
  /** Patterns and paths that matched nothing, with a plain reason. */
  missing: Array<{ arg: string; reason: string }>;
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const extensionGlob = `**/*.{${LINTABLE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/**
 * The nearest .speclintignore (gitignore syntax): a test for paths
 * found by searching folders and globs. Files named on the command line are
 * always linted.
 */
export function ignoreFileFilter(cwd: string): (path: string) => boolean {
  // The nearest .speclintignore at or above the current folder; its patterns
  // are relative to its own folder, as with .gitignore.
  let file: string | undefined;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.speclintignore'))) {
      file = join(dir, '.speclintignore');
      break;
    }
    if (dirname(dir) === dir) break;
  }
  if (!file) return () => false;
  const base = dirname(file);
  const matcher = ignore().add(readFileSync(file, 'utf8'));
  return (path) => {
    const rel = relative(base, path).split(sep).join('/');
    return rel !== '' && !rel.startsWith('../') && !isAbsolute(rel) && matcher.ignores(rel);
  };
}

export async function expandPaths(args: string[], cwd: string): Promise<Expansion> {
  const ignored = ignoreFileFilter(cwd);
  const found = new Map<string, FileTarget>();
  const missing: Expansion['missing'] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    const absolute = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      found.set(absolute, { path: absolute, explicit: true });
      continue;
    }
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = await glob(extensionGlob, { cwd: absolute, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
    } else if (isDynamicPattern(arg)) {
      const pattern = isAbsolute(arg) ? arg : arg.replace(/\\/g, '/');
      matches = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_IGNORED, onlyFiles: true });
    } else {
      missing.push({ arg, reason: `${arg} does not exist: check the path.` });
      continue;
    }
    if (matches.length === 0) {
      missing.push({
        arg,
        reason: stat?.isDirectory()
          ? `${arg} contains no specifications (.md, .markdown or .docx files).`
          : `No files match ${arg}: check the pattern (quote it so your shell does not expand it).`,
      });
    }
    for (const m of matches) {
      const path = resolve(m);
      if (!found.has(path) && !ignored(path)) found.set(path, { path, explicit: false });
    }
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, missing };
}
