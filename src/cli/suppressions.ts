/**
 * The suppressions file on disk (speclint-suppressions.json by default):
 * reading, writing, and how a linted file's path is written in it (relative
 * to the file's own folder, with forward slashes, so it reads the same on
 * every machine). The CLI and the language server both use it.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { LintResult } from '../core/messages.js';
import { applySuppressions, parseSuppressions, pruneSuppressions, recordSuppressions, serializeSuppressions, type Suppressions } from '../core/suppressions.js';
import { writeFileAtomic } from './write.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'speclint-suppressions.json';

export class SuppressionsFile {
  readonly path: string;
  readonly folder: string;
  /** How it is named in messages: as the user gave it. */
  private readonly shown: string;

  constructor(cwd: string, location: string = DEFAULT_SUPPRESSIONS_FILE) {
    this.path = resolve(cwd, location);
    this.folder = dirname(this.path);
    this.shown = location;
  }

  /** A linted file's path as the suppressions file writes it. */
  readonly relative = (filePath: string): string => relative(this.folder, resolve(this.folder, filePath)).split(sep).join('/');

  /** Whether a file named in the suppressions file no longer exists. */
  readonly gone = (file: string): boolean => !existsSync(resolve(this.folder, file));

  /** The recorded suppressions; none when the file does not exist. */
  load(): Suppressions {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return {};
      throw new ConfigError(`The suppressions file ${this.shown} could not be read (${code ?? (error as Error).message}).`);
    }
    try {
      return parseSuppressions(text);
    } catch (error) {
      throw new ConfigError(`The suppressions file ${this.shown} is not one speclint can use: ${(error as Error).message}. Fix it, or delete it and run speclint --suppress-all again.`);
    }
  }

  save(suppressions: Suppressions): void {
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileAtomic(this.path, serializeSuppressions(suppressions));
    } catch (error) {
      throw new ConfigError(`The suppressions file ${this.shown} could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check that its folder exists and that you can write there.`);
    }
  }
}

/** How many findings the suppressions count, over every file and rule. */
const findingsIn = (suppressions: Suppressions): number =>
  Object.values(suppressions).reduce((n, rules) => n + Object.values(rules).reduce((m, e) => m + e.count, 0), 0);

export interface BulkOptions {
  suppressAll?: boolean;
  suppressRule: string[];
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
}

export interface BulkSuppressions {
  /** Records or prunes as asked, then hides the suppressed findings; notices go to `tell`. */
  apply(results: LintResult[], tell: (line: string) => void): LintResult[];
}

/**
 * Checks the suppression flags (before any file is linted: a typo should not
 * cost a whole run) and returns what to do with the results.
 */
export function bulkSuppressions(options: BulkOptions, cwd: string, stdin: boolean, knownRules: Readonly<Record<string, unknown>>): BulkSuppressions {
  const recording = options.suppressAll || options.suppressRule.length > 0;
  if (options.suppressAll && options.suppressRule.length > 0) throw new ConfigError('Give either --suppress-all or --suppress-rule, not both.');
  if (recording && options.pruneSuppressions) throw new ConfigError('Give either --prune-suppressions or --suppress-all / --suppress-rule, not both.');
  if (stdin && (recording || options.pruneSuppressions)) throw new ConfigError('--suppress-all, --suppress-rule and --prune-suppressions work on files, not on --stdin.');
  for (const id of options.suppressRule) {
    if (!Object.hasOwn(knownRules, id)) throw new ConfigError(`--suppress-rule: "${id}" is not a speclint rule. Run "speclint --list-rules" to see them.`);
  }
  const file = new SuppressionsFile(cwd, options.suppressionsLocation);
  // Read now, so that a broken file stops the run before the linting.
  let recorded = file.load();
  const name = options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE;

  return {
    apply(results, tell) {
      if ((recording || options.pruneSuppressions) && results.some((r) => resolve(cwd, r.filePath) === file.path)) {
        throw new ConfigError(`--suppressions-location ${name} is one of the files being linted; speclint never overwrites an input. Choose another name.`);
      }
      if (recording) {
        recorded = recordSuppressions(recorded, results, file.relative, options.suppressAll ? undefined : options.suppressRule);
        file.save(recorded);
        const total = findingsIn(recorded);
        tell(`speclint: ${name} now records ${total} finding${total === 1 ? '' : 's'} in ${Object.keys(recorded).length} file${Object.keys(recorded).length === 1 ? '' : 's'}.`);
      } else if (options.pruneSuppressions) {
        recorded = pruneSuppressions(recorded, results, file.relative, file.gone);
        file.save(recorded);
      }
      const { results: shown, unused } = applySuppressions(results, recorded, file.relative);
      const stale = findingsIn(unused);
      if (stale > 0) {
        tell(`speclint: ${stale} suppressed finding${stale === 1 ? '' : 's'} recorded in ${name} no longer occur${stale === 1 ? 's' : ''}; run speclint --prune-suppressions to drop ${stale === 1 ? 'it' : 'them'}.`);
      }
      return shown;
    },
  };
}
