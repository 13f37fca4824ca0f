/** Timing helpers shared by the bench scripts: statistics and timed child processes. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Median and spread of samples: p10–p90 when there are 10 or more, else min–max. */
export function summarise(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => {
    if (s.length === 0) return NaN;
    const i = (s.length - 1) * q;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return s[lo] + (s[hi] - s[lo]) * (i - lo);
  };
  const wide = s.length >= 10;
  return { median: at(0.5), lo: wide ? at(0.1) : s[0], hi: wide ? at(0.9) : s[s.length - 1], n: s.length, spread: wide ? 'p10–p90' : 'min–max' };
}

const TIME = '/usr/bin/time';
export const haveTime = existsSync(TIME);
const scratch = mkdtempSync(join(tmpdir(), 'speclint-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/**
 * Runs a command once and returns { ms, cpuMs, rssKB, code, stderr }: wall
 * time from spawn to exit as the parent sees it, the child's CPU time (user +
 * system, all threads) and its peak resident memory (from /usr/bin/time when
 * present, else from a preload that reads process.resourceUsage() at exit;
 * the preload is only used for node commands).
 */
export function timeProcess(command, args, { cwd, env, stdout = 'ignore', memory = true } = {}) {
  return new Promise((resolve, reject) => {
    const rssFile = join(scratch, `rss-${counter++}`);
    let cmd = command;
    let argv = args;
    const extraEnv = {};
    if (memory && haveTime) {
      cmd = TIME;
      argv = ['-f', '%M %U %S', '-o', rssFile, command, ...args];
    } else if (memory && command === process.execPath) {
      argv = ['--import', new URL('./maxrss.mjs', import.meta.url).href, ...args];
      extraEnv.SPECLINT_BENCH_RSS_FILE = rssFile;
    }
    const chunks = [];
    const out = [];
    const start = performance.now();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env, ...extraEnv }, stdio: ['ignore', stdout, 'pipe'] });
    child.stderr.on('data', (d) => chunks.push(d));
    child.stdout?.on('data', (d) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      let rssKB;
      let cpuMs;
      try {
        const [kb, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        rssKB = kb;
        cpuMs = (user + system) * 1000;
      } catch {
        rssKB = undefined;
      }
      resolve({ ms, cpuMs, rssKB, code, stderr: Buffer.concat(chunks).toString('utf8'), stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

/** Runs `once` n times (after `warmup` unrecorded runs) and returns the summaries of time and memory. */
export async function repeat(n, once, { warmup = 0, okCodes = [0, 1], label = 'command' } = {}) {
  const times = [];
  const cpu = [];
  const rss = [];
  for (let i = 0; i < warmup + n; i++) {
    const r = await once(i);
    if (!okCodes.includes(r.code)) throw new Error(`${label} exited with ${r.code}:\n${r.stderr.slice(0, 2000)}`);
    if (i < warmup) continue;
    times.push(r.ms);
    if (r.cpuMs !== undefined && !Number.isNaN(r.cpuMs)) cpu.push(r.cpuMs);
    if (r.rssKB !== undefined && !Number.isNaN(r.rssKB)) rss.push(r.rssKB);
  }
  return { time: summarise(times), cpu: cpu.length ? summarise(cpu) : undefined, rss: rss.length ? summarise(rss) : undefined, samples: times };
}
