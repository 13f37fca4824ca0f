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
export function speclint(args: string[], options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    env: cliEnv(options.env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The environment a run sees: the test's, less colour settings unless the test gives them. */
function cliEnv(given: Record<string, string> | undefined): Record<string, string> {
  const env: Record<string, string> = { ...process.env, ...given } as Record<string, string>;
  if (!given || !('FORCE_COLOR' in given)) delete env.FORCE_COLOR;
  if (!given || !('NO_COLOR' in given)) delete env.NO_COLOR;
  return env;
}

/**
 * Runs the command line in this process, from the sources (`run` in
 * src/cli/main.ts, which bin/speclint.js calls), with what it prints captured:
 * for tests of what a command does (files read and written, output, exit
 * code), which need no new Node process for each run. Tests of the process
 * itself (its streams, signals, the built bundle) and of --concurrency above 1
 * (the built worker) use `speclint`.
 */
export async function speclintInProcess(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const { run } = await import('../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: options.input === undefined ? [] : [options.input],
    cwd: options.cwd ?? process.cwd(),
    env: cliEnv(options.env),
    isTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
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
