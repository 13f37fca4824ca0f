/**
 * One Linter per folder whose config applies (a workspace folder, or the
 * folder of a file outside every workspace folder). Runs in the lint worker;
 * `reload` forgets every loaded config, so the next lint reads the files again.
 */
import { resolve } from 'node:path';
import { ignoreFileFilter } from '../cli/files.js';
import { isIgnored } from '../config/resolve.js';
import type { LintMessage, LintResult } from '../core/messages.js';
import { applySuppressions, type Suppressions } from '../core/suppressions.js';
import { SuppressionsFile } from '../cli/suppressions.js';
import { docsUrlFor } from '../docs-url.js';
import { Linter } from '../linter.js';
import { MarkdownPieceCache } from '../loaders/markdown.js';
import type { LintOutcome, RuleInfo } from './protocol.js';

const MAX_FOLDERS = 32;
/** Documents whose parsed pieces are kept between edits (the ones being typed in). */
const MAX_PIECE_CACHES = 16;

interface Folder {
  linter: Linter;
  /** The nearest .speclintignore's test (read once per reload). */
  ignoredByFile: (path: string) => boolean;
  /** speclint-suppressions.json at the folder's root, as the CLI reads it (once per reload). */
  suppressions: SuppressionsFile;
  recorded?: Suppressions;
}

export class Linters {
  private readonly folders = new Map<string, Folder>();
  private readonly pieces = new Map<string, MarkdownPieceCache>();

  /** The editor's speclint.configFile: used instead of looking for a config (relative to the folder). */
  private configFile: string | undefined;

  reload(): void {
    this.folders.clear();
  }

  setConfigFile(path: string | undefined): void {
    this.configFile = path;
    this.reload();
  }

  async lint(cwd: string, filePath: string, text: string): Promise<LintOutcome> {
    const folder = this.folder(cwd);
    let config;
    try {
      config = await folder.linter.baseConfig();
    } catch (error) {
      // A broken config (or a plugin it names) stops linting, not the server.
      return { kind: 'config-error', message: error instanceof Error ? error.message : String(error) };
    }
    // The editor honours the project's ignores, as ESLint's editor integrations do:
    // a file the project chose not to check shows no findings.
    if (folder.ignoredByFile(filePath) || isIgnored(config, filePath)) return { kind: 'ignored' };
    let recorded: Suppressions;
    try {
      recorded = folder.recorded ??= folder.suppressions.load();
    } catch (error) {
      return { kind: 'config-error', message: error instanceof Error ? error.message : String(error) };
    }
    const linted = await folder.linter.lintTextDetailed(text, filePath, { markdownPieces: this.piecesOf(filePath) });
    // Findings the team recorded as accepted are hidden here as on the command line.
    const [result] = applySuppressions([linted.result], recorded, folder.suppressions.relative).results as [LintResult];
    const known = await folder.linter.rules();
    const urlOf = docsUrlFor(known, config.settings);
    const rules: Record<string, RuleInfo> = {};
    for (const m of result.messages) {
      if (!m.ruleId || rules[m.ruleId]) continue;
      const docs = known[m.ruleId]?.meta.docs;
      const url = urlOf(m.ruleId);
      rules[m.ruleId] = {
        ...(url && { url }),
        description: docs?.description ?? '',
        rationale: docs?.rationale ?? '',
        source: docs?.source ?? '',
        goodExample: docs?.goodExample ?? '',
      };
    }
    return { kind: 'linted', messages: result.messages.map(slim), rules };
  }

  /** The document's parsed pieces, most recently used kept; the oldest dropped beyond the limit. */
  private piecesOf(filePath: string): MarkdownPieceCache {
    let cache = this.pieces.get(filePath);
    if (cache) this.pieces.delete(filePath);
    else cache = new MarkdownPieceCache();
    this.pieces.set(filePath, cache);
    if (this.pieces.size > MAX_PIECE_CACHES) this.pieces.delete(this.pieces.keys().next().value!);
    return cache;
  }

  private folder(cwd: string): Folder {
    let folder = this.folders.get(cwd);
    if (folder) {
      // Most recently used last, so the oldest is the one dropped.
      this.folders.delete(cwd);
      this.folders.set(cwd, folder);
    } else {
      let ignoredByFile: (path: string) => boolean;
      try {
        ignoredByFile = ignoreFileFilter(cwd);
      } catch {
        // An unreadable .speclintignore ignores nothing, as when there is none.
        ignoredByFile = () => false;
      }
      folder = { linter: new Linter({ cwd, ...(this.configFile && { configFile: resolve(cwd, this.configFile) }) }), ignoredByFile, suppressions: new SuppressionsFile(cwd) };
      this.folders.set(cwd, folder);
      // Files opened from many loose folders must not pile up configs for ever.
      if (this.folders.size > MAX_FOLDERS) this.folders.delete(this.folders.keys().next().value!);
    }
    return folder;
  }
}

/** Drops the paragraph text kept for reports: the editor has the text already. */
function slim(message: LintMessage): LintMessage {
  const { context: _context, ...rest } = message;
  return rest;
}
