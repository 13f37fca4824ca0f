/**
 * Command-line paths → the files to lint. Folders are searched for Markdown
 * and Word files; globs are expanded; named files are linted whatever their
 * extension (so a wrongly named file gets a plain message, not silence).
 *
 * A search finds what a user means by "the specifications in this folder":
 * extensions in any case (Spec.DOCX); not editors' lock and backup files
 * (~$spec.docx, .~lock.spec.docx#, spec.md~, .#spec.md), nor speclint's own
 * annotated copies (*.reviewed.docx); each real file once, however many links
 * lead to it; and never a file outside the searched folder through a link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { LINTABLE_EXTENSIONS } from '../loaders/index.js';
import { notAFileReason } from '../loaders/read-file.js';

export interface FileTarget {
  /** Absolute path. */
  path: string;
  /** Named on the command line (not found by searching). */
  explicit: boolean;
}

export interface Expansion {
  files: FileTarget[];
  /** Patterns, paths and folders that could not be searched, with a plain reason. */
  missing: Array<{ arg: string; reason: string }>;
  /** Files named on the command line that an ignore pattern matches: skipped, with a warning. */
  ignored: string[];
}

export interface ExpandOptions {
  /** Config `ignores` (the nearest .speclintignore is always read too). */
  ignored?: (path: string) => boolean;
  /** --no-ignore: lint files whatever the ignore patterns say. */
  noIgnore?: boolean;
}

/** Folders a search never enters. */
const NEVER_SEARCHED = new Set(['node_modules', '.git']);

/** An editor's lock, backup or auto-save file, which a search leaves out. */
export function isEditorTempFile(name: string): boolean {
  return (
    name.startsWith('~$') || // Word's lock file, present while a document is open
    name.startsWith('.~lock.') || // LibreOffice
    name.startsWith('.#') || // Emacs lock
    (name.startsWith('#') && name.endsWith('#')) || // Emacs auto-save
    name.endsWith('~') // Emacs, gedit and others' backups
  );
}

/** speclint's own output (--annotate), never an input to a search. */
/** ".md, .markdown or .docx" */
const extensionList = (): string => `${LINTABLE_EXTENSIONS.slice(0, -1).join(', ')} or ${LINTABLE_EXTENSIONS[LINTABLE_EXTENSIONS.length - 1]}`;

export const isReviewedCopy = (name: string): boolean => name.toLowerCase().endsWith('.reviewed.docx');

const isLintableName = (name: string): boolean => {
  const lower = name.toLowerCase();
  return LINTABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
};

/**
 * The nearest .speclintignore (gitignore syntax): a test for paths. A
 * file named on the command line that it matches is skipped with a warning
 * unless --no-ignore is given.
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

/** Whether an argument is a glob ("specs/*.md", "!draft.md") rather than a path, as picomatch reads it (tinyglobby asked the same). */
function isGlob(arg: string): boolean {
  const { isGlob: glob, negated } = picomatch.scan(arg);
  return glob || negated;
}

/** Whether `path` is `root` or inside it. */
const within = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

interface Search {
  /** Real path of each file found → the path to report it by: the first found, or one reached through no link. */
  found: Map<string, FileTarget & { linked?: boolean }>;
  missing: Expansion['missing'];
  /** Real path of every file a search wanted, found before or not: what an argument matched. */
  seen: string[];
  cwd: string;
  isIgnored: (path: string) => boolean;
}

/**
 * Every file under `root` that `wanted` accepts (by its path relative to
 * root and its name), depth first in name order. Links are followed only within
 * root's real tree, after the folders reached without one (so a file is reported
 * by its own path where it has one), and each real folder is entered once (so a
 * link loop ends). `dots`: enter dot folders and offer dot files to `wanted`
 * (a glob's pattern decides); a folder search leaves them out.
 */
async function searchFolder(root: string, wanted: (rel: string, name: string) => boolean, dots: boolean, search: Search): Promise<void> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return;
  }
  const entered = new Set<string>();
  const linkedFolders: Array<[path: string, real: string]> = [];
  const visit = async (dir: string, realDir: string, linked: boolean): Promise<void> => {
    if (entered.has(realDir)) return;
    entered.add(realDir);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const name = relative(search.cwd, dir) || dir;
      const code = (error as NodeJS.ErrnoException).code;
      search.missing.push({
        arg: dir,
        reason:
          code === 'EACCES' || code === 'EPERM'
            ? `${name} is a folder you do not have permission to open, so the specifications in it were not checked: ask for access or leave it out.`
            : `${name} is a folder that could not be opened (${code ?? (error as Error).message}), so the specifications in it were not checked.`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const { name } = entry;
      if (NEVER_SEARCHED.has(name) || isEditorTempFile(name) || isReviewedCopy(name)) continue;
      if (name.startsWith('.') && !dots) continue;
      const path = join(dir, name);
      const rel = relative(root, path).split(sep).join('/');
      let kind: 'dir' | 'file' = entry.isDirectory() ? 'dir' : 'file';
      let real = join(realDir, name);
      if (entry.isSymbolicLink()) {
        let target;
        try {
          real = await realpath(path);
          target = await stat(path);
        } catch {
          continue; // a broken link, or a loop of links, leads to nothing to lint
        }
        kind = target.isDirectory() ? 'dir' : 'file';
        if (!within(realRoot, real)) {
          // Never out of the searched tree through a link. A link that looks like a
          // specification is named, so that nothing is left out without a word.
          if (kind === 'file' && wanted(rel, name) && !search.isIgnored(path)) {
            const shown = relative(search.cwd, path) || path;
            search.missing.push({
              arg: path,
              reason: target.isFile()
                ? `${shown} is a link to a file outside the folder being checked, so it was not read: name the file itself to check it.`
                : notAFileReason(shown),
            });
          }
          continue;
        }
      }
      const viaLink = linked || entry.isSymbolicLink();
      if (kind === 'dir') {
        if (viaLink) linkedFolders.push([path, real]);
        else await visit(path, real, false);
      } else if (wanted(rel, name)) {
        search.seen.push(real);
        // Devices and pipes with a specification's name are kept: reading them says why they cannot be linted.
        if (!search.found.has(real) || (search.found.get(real)!.linked && !viaLink)) search.found.set(real, { path, explicit: search.found.get(real)?.explicit ?? false, linked: viaLink });
      }
    }
  };
  await visit(root, realRoot, false);
  for (let next; (next = linkedFolders.shift()); ) await visit(next[0], next[1], true);
}

export async function expandPaths(args: string[], cwd: string, options: ExpandOptions = {}): Promise<Expansion> {
  const byFile = options.noIgnore ? () => false : ignoreFileFilter(cwd);
  const byConfig = options.noIgnore ? () => false : (options.ignored ?? (() => false));
  const isIgnored = (path: string): boolean => byFile(path) || byConfig(path);
  const search: Search = { found: new Map(), missing: [], seen: [], cwd, isIgnored };
  const ignored: string[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    const absolute = resolve(cwd, arg);
    let kind: 'dir' | 'other' | undefined;
    try {
      kind = (await stat(absolute)).isDirectory() ? 'dir' : 'other';
    } catch (error) {
      // A path that exists but cannot be looked at is named: reading it says why.
      kind = (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'other';
    }
    if (kind === 'other') {
      // Named on the command line: linted whatever its name, unless an ignore pattern matches it.
      if (isIgnored(absolute)) ignored.push(absolute);
      else {
        const real = await realpath(absolute).catch(() => absolute);
        if (!search.found.has(real)) search.found.set(real, { path: absolute, explicit: true });
      }
      continue;
    }
    if (kind === undefined && picomatch.scan(arg).negated) {
      // A pattern that leaves files out has nothing to add on its own; ignores are where such lists live.
      search.missing.push({ arg, reason: `${arg} is a pattern that leaves files out: name the files, folders or patterns to check, and list what to leave out in .speclintignore or the config's ignores.` });
      continue;
    }
    const seenBefore = search.seen.length;
    const missingBefore = search.missing.length;
    if (kind === 'dir') {
      await searchFolder(absolute, (_, name) => isLintableName(name), false, search);
    } else if (isGlob(arg)) {
      const pattern = (isAbsolute(arg) ? arg : join(cwd, arg)).split(sep).join('/');
      const { base } = picomatch.scan(pattern);
      const root = base === '' ? cwd : resolve(base);
      const matcher = picomatch(pattern.slice(base.length).replace(/^\//, ''), { nocase: true, dot: false });
      // Dot files and folders (the cache, .git) only where the pattern names one: picomatch's
      // extglobs ("!(draft).md") would otherwise match them. Only specifications, as in a folder.
      const dotsNamed = /(^|[/{,(|])\./.test(pattern.slice(base.length));
      const hidden = (rel: string): boolean => rel.split('/').some((part) => part.startsWith('.'));
      await searchFolder(root, (rel, name) => matcher(rel) && isLintableName(name) && (dotsNamed || !hidden(rel)), true, search);
    } else {
      search.missing.push({ arg, reason: `${arg} does not exist: check the path.` });
      continue;
    }
    // What this argument matched, including files an earlier argument found ("docs/keep.md docs").
    const matched = search.seen.slice(seenBefore).map((real) => search.found.get(real)!);
    if (!options.noIgnore && matched.length > 0 && matched.every((f) => !f.explicit && isIgnored(f.path))) {
      // Everything it found is ignored: saying nothing would pass a run that checked nothing.
      search.missing.push({
        arg,
        reason: `Every specification ${kind === 'dir' ? 'in' : 'matched by'} ${arg} is ignored (by .speclintignore or the config's ignores): use --no-ignore to check them.`,
      });
      continue;
    }
    if (matched.length === 0 && search.missing.length === missingBefore) {
      search.missing.push({
        arg,
        reason:
          kind === 'dir'
            ? `${arg} contains no specifications (${extensionList()} files).`
            : `No files match ${arg}: check the pattern (quote it so your shell does not expand it).`,
      });
    }
  }
  const files = [...search.found.values()]
    .map(({ path, explicit }) => ({ path, explicit }))
    .filter((f) => f.explicit || !isIgnored(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, missing: search.missing, ignored };
}
