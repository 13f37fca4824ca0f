/**
 * `--annotate <dir>`: for each Word file linted, <dir>/<name>.reviewed.docx.
 * Each copy is written to a temporary file in <dir> and renamed over any
 * earlier copy, so nobody opens a half-written document. Inputs are never
 * written to, nor replaced: an output that would land on an input is refused.
 *
 * Markdown inputs are refused with a sentence rather than copied with HTML
 * comments: Markdown users read findings in their editor or the report, and
 * a second copy of their file would only drift from the one they edit.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { SourceFormat } from '../core/formats.js';
import type { LintMessage } from '../core/messages.js';
import { InputError } from '../loaders/decode.js';
import { readInputFile } from '../loaders/read-file.js';
import { annotateDocxDetailed, type AnnotateOptions } from './docx.js';

/** A lint result, as the Linter returns it (only these fields are used). */
export interface AnnotateFileInput {
  filePath: string;
  messages: LintMessage[];
  format?: SourceFormat;
}

export type AnnotateOutcome =
  | {
      filePath: string;
      status: 'written';
      outputPath: string;
      /** Comments added, and how many of them had to go on a whole paragraph or the title because their exact words could not be marked. */
      comments: number;
      fallbacks: number;
      /** An earlier copy at outputPath was replaced. */
      replaced: boolean;
      /** Findings already there as speclint's comments (the input is a copy annotated before), not added again. */
      alreadyThere: number;
      /** Findings with nowhere to go (a document with no text). */
      unplaced: number;
    }
  /** Not a Word file, or one that could not be read: nothing written, nothing wrong with the run. */
  | { filePath: string; status: 'refused'; reason: string }
  /** A Word file whose copy could not be made or written. */
  | { filePath: string; status: 'failed'; reason: string };

export interface WriteAnnotatedOptions extends AnnotateOptions {
  /** Relative paths (inputs and outDir) are resolved from here; the current directory by default. */
  cwd?: string;
  /** The inputs' bytes by filePath, or a reader; read from disk by default. */
  read?: Map<string, Uint8Array> | ((filePath: string) => Uint8Array | Promise<Uint8Array>);
}

export function isWordResult(r: AnnotateFileInput): boolean {
  return r.format ? r.format === 'docx' : extname(r.filePath).toLowerCase() === '.docx';
}

/** <name>.reviewed.docx for <name>.docx. */
export function reviewedName(filePath: string): string {
  return `${basename(filePath).replace(/\.docx$/i, '')}.reviewed.docx`;
}

export async function writeAnnotatedCopies(results: AnnotateFileInput[], outDir: string, options: WriteAnnotatedOptions = {}): Promise<AnnotateOutcome[]> {
  const cwd = options.cwd ?? process.cwd();
  const dir = resolve(cwd, outDir);
  const display = (path: string): string => relative(cwd, path) || path;
  const inputs = results.filter((r) => !r.filePath.startsWith('<')).map((r) => resolve(cwd, r.filePath));
  const inputIds = new Set((await Promise.all(inputs.map(fileId))).filter((id): id is string => id !== undefined));
  const claimed = new Map<string, string>();
  let dirReady: Promise<unknown> | undefined;

  const outcomes: AnnotateOutcome[] = [];
  for (const result of results) {
    const { filePath } = result;
    const name = display(resolve(cwd, filePath));
    if (!isWordResult(result)) {
      const kind = result.format === 'markdown' || /\.(md|markdown)$/i.test(filePath) ? 'Markdown' : 'not a Word file';
      outcomes.push({ filePath, status: 'refused', reason: `Annotating works on Word files; ${name} is ${kind}: its findings are in the report.` });
      continue;
    }
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) {
      outcomes.push({ filePath, status: 'refused', reason: `${name} could not be read, so no annotated copy was made: ${fatal.message}` });
      continue;
    }

    const target = join(dir, reviewedName(filePath));
    const key = process.platform === 'darwin' || process.platform === 'win32' ? target.toLowerCase() : target;
    const earlier = claimed.get(key);
    if (earlier !== undefined) {
      outcomes.push({ filePath, status: 'refused', reason: `${name} was not annotated: ${earlier} already has its copy at ${display(target)}. Annotate files with the same name into different folders.` });
      continue;
    }
    const targetId = await fileId(target);
    if (inputs.includes(target) || (targetId !== undefined && inputIds.has(targetId))) {
      outcomes.push({ filePath, status: 'refused', reason: `${name} was not annotated: its copy would replace ${display(target)}, which is being checked, and speclint never changes an input. Choose another folder for --annotate.` });
      continue;
    }
    claimed.set(key, name);

    try {
      const bytes = await readInput(resolve(cwd, filePath), filePath, name, options.read);
      const annotated = annotateDocxDetailed(bytes, result.messages, { ...options, fileName: name });
      dirReady ??= mkdir(dir, { recursive: true });
      await dirReady;
      await writeAtomic(target, annotated.bytes);
      outcomes.push({
        filePath,
        status: 'written',
        outputPath: target,
        comments: annotated.comments.length,
        fallbacks: annotated.comments.filter((c) => c.fallback).length,
        replaced: targetId !== undefined,
        alreadyThere: annotated.alreadyThere.length,
        unplaced: annotated.unplaced.length,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        error instanceof InputError
          ? error.message
          : code === 'EEXIST' || code === 'ENOTDIR'
            ? `${name} could not be annotated: ${display(dir)} is, or is inside, a file, and --annotate needs a folder to write the copies in.`
            : code === 'EISDIR'
              ? `${name} could not be annotated: ${display(target)} is a folder, so the copy cannot be written there. Move it, or choose another folder for --annotate.`
              : `${name} could not be annotated (${code ?? (error as Error).message}).`;
      outcomes.push({ filePath, status: 'failed', reason });
    }
  }
  return outcomes;
}

/** One line for the terminal. */
export function describeOutcome(o: AnnotateOutcome, cwd = process.cwd()): string {
  if (o.status !== 'written') return o.reason;
  const where = relative(cwd, o.outputPath) || o.outputPath;
  const count = o.comments === 1 ? '1 comment' : `${o.comments} comments`;
  const notes = [
    o.fallbacks > 0 ? `${o.fallbacks} on a whole paragraph, where the exact words could not be marked` : '',
    o.alreadyThere > 0 ? `${o.alreadyThere} already there from an earlier check, not added again` : '',
    o.unplaced > 0 ? `${o.unplaced} ${o.unplaced === 1 ? 'finding' : 'findings'} not added: the document has no text to put ${o.unplaced === 1 ? 'it' : 'them'} on` : '',
  ].filter((n) => n !== '');
  return `Wrote ${where} (${[count, ...notes].join('; ')}).`;
}

async function readInput(path: string, filePath: string, name: string, read: WriteAnnotatedOptions['read']): Promise<Uint8Array> {
  if (read instanceof Map) {
    const bytes = read.get(filePath);
    if (!bytes) throw new InputError(`${name} was not among the files given to annotate.`);
    return bytes;
  }
  if (read) return read(filePath);
  return readInputFile(path, name);
}

/** A file's identity (device and inode), to catch the same file under another name. */
async function fileId(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

async function writeAtomic(target: string, data: Uint8Array): Promise<void> {
  const temp = join(resolve(target, '..'), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
