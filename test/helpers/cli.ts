import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'speclint.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built speclint binary, as a user would. */
export function speclint(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const env: Record<string, string> = { ...process.env, ...options.env } as Record<string, string>;
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const PEAK_PRELOAD = join(import.meta.dirname, '..', '..', 'bench', 'lib', 'maxrss.mjs');

/** As speclint, and the process's peak resident memory in MB (worker threads included: they share the process). */
export function speclintPeak(args: string[], options: { cwd?: string } = {}): CliRun & { peakMB: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'speclint-rss-')), 'rss');
  const env: Record<string, string> = { ...process.env, SPECLINT_BENCH_RSS_FILE: file } as Record<string, string>;
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(PEAK_PRELOAD).href, BIN, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const peakKB = Number(readFileSync(file, 'utf8').split(' ')[0]);
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, peakMB: Math.round(peakKB / 1024) };
}
