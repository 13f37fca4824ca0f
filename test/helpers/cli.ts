import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

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
