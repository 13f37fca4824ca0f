/**
 * --shard <i>/<n>: a CI matrix lints a large repository in n parallel jobs.
 * Each file goes to one shard by a hash of its path relative to the current
 * folder (with `/` separators), so the split is the same on every machine and
 * run, and a file's shard depends on nothing but its own path: adding or
 * removing files never moves the others.
 */
import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';
import { ConfigError } from '../config/errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; anything else is a usage error. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ConfigError(`--shard needs <i>/<n> with 1 ≤ i ≤ n, e.g. --shard 2/4, not "${value}".`);
  }
  return { index, count };
}

/** The 1-based shard a path falls in. */
export function shardOf(path: string, cwd: string, count: number): number {
  const key = relative(cwd, path).split(sep).join('/');
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

export const inShard = (path: string, cwd: string, shard: Shard): boolean => shardOf(path, cwd, shard.count) === shard.index;
