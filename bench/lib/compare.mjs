/**
 * `node bench/run.mjs --compare <git-ref>`: before and after, side by side.
 *
 * Builds <git-ref> in a temporary worktree (git worktree add, node_modules
 * hard-linked with cp -al, npm run build), then runs each section twice, the
 * ref's checkout first and this one's straight after (bench/run.mjs --root …
 * --only <section> --json …), so that both see about the same load. The bench
 * code and corpora are this checkout's for both. The worktree is removed at
 * the end, whatever happens.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runScript = fileURLToPath(new URL('../run.mjs', import.meta.url));
const log = (message) => process.stderr.write(`bench: ${message}\n`);

export async function compareWithRef({ ref, repoRoot, root, sections, quick, jsonOut }) {
  const git = (...args) => execFileSync('git', ['-C', repoRoot, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const commit = git('rev-parse', '--short', `${ref}^{commit}`);
  const scratch = mkdtempSync(join(tmpdir(), 'speclint-bench-compare-'));
  const before = join(scratch, 'checkout');
  const results = [];
  try {
    log(`building ${ref} (${commit}) in ${before} …`);
    git('worktree', 'add', '--detach', before, commit);
    execFileSync('cp', ['-al', join(repoRoot, 'node_modules'), join(before, 'node_modules')]);
    const build = spawnSync('npm', ['run', 'build'], { cwd: before, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed in ${ref}:\n${(build.stderr || build.stdout).slice(-2000)}`);
    for (const section of sections) {
      const pair = {};
      for (const [side, dir] of [['before', before], ['after', root]]) {
        log(`${section}: ${side} …`);
        const out = join(scratch, `${section}-${side}.json`);
        const args = [runScript, '--root', dir, '--only', section, '--json', out, ...(quick ? ['--quick'] : [])];
        const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
        pair[side] = r.status === 0 ? JSON.parse(readFileSync(out, 'utf8')) : { rows: [{ section: `${section}: failed (exit ${r.status})` }], load: {} };
      }
      results.push({ section, ...pair });
    }
  } finally {
    try {
      git('worktree', 'remove', '--force', before);
    } catch {
      // Removed below with the scratch folder; `git worktree prune` clears the record.
    }
    rmSync(scratch, { recursive: true, force: true });
    try {
      git('worktree', 'prune');
    } catch {
      // Nothing more to do.
    }
  }
  const table = sideBySide(results);
  const head = `speclint bench --compare ${ref} (${commit}) against ${root} (${quick ? 'quick' : 'full'} run), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${loadavg()[0].toFixed(1)} at the end`;
  console.log([head, 'Each section ran for the ref, then for this checkout. after/before < 1 is faster (or smaller). Read CPU on a busy machine.', '', table].join('\n'));
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ ref, commit, root, quick, results }, null, 2)}\n`);
  return 0;
}

/** Rows matched by section order and label; a figure in one side only is shown with a dash on the other. */
function sideBySide(results) {
  const columns = ['figure', 'before', 'after', 'after/before', 'CPU before', 'CPU after', 'RSS before', 'RSS after', 'notes (after)'];
  const lines = [];
  for (const { section, before, after } of results) {
    const load = (x) => (x.load?.start ? `${x.load.start[0].toFixed(1)}–${x.load.end[0].toFixed(1)}` : '?');
    const afterRows = after.rows ?? [];
    const beforeRows = before.rows ?? [];
    const titles = afterRows.filter((r) => r.section);
    if (titles.length === 0) lines.push({ section: `${section} (load ${load(before)} / ${load(after)})` });
    for (const r of afterRows) {
      if (r.section) {
        lines.push({ section: `${r.section} (load before ${load(before)}, after ${load(after)})` });
        continue;
      }
      const b = beforeRows.find((x) => !x.section && x.label === r.label) ?? {};
      lines.push([r.label, b.value ?? '–', r.value ?? '', ratio(b.value, r.value), b.cpu ?? '–', r.cpu ?? '', b.rss ?? '–', r.rss ?? '', r.note ?? '']);
    }
    for (const b of beforeRows) {
      if (!b.section && !afterRows.some((x) => x.label === b.label)) lines.push([b.label, b.value ?? '', '–', '', b.cpu ?? '', '–', b.rss ?? '', '–', `${b.note ?? ''} (before only)`]);
    }
  }
  const widths = columns.map((c, i) => Math.max(c.length, ...lines.filter(Array.isArray).map((l) => String(l[i]).length)));
  const numeric = (i) => i >= 1 && i <= 7;
  const fmt = (cells) => `| ${cells.map((c, i) => (numeric(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ')} |`;
  const out = [fmt(columns), `|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`];
  for (const l of lines) out.push(l.section ? fmt([`**${l.section}**`, '', '', '', '', '', '', '', '']) : fmt(l));
  return out.join('\n');
}

/** "123 ms", "1.2 s", "4.5" → a number in one unit, for the after/before column. */
function parse(value) {
  if (typeof value !== 'string') return undefined;
  const m = /^([\d.]+)\s*(ms|s|MB)?$/.exec(value.trim());
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === 's' ? 1000 : 1);
}

function ratio(before, after) {
  const b = parse(before);
  const a = parse(after);
  return b && a !== undefined ? `${(a / b).toFixed(2)}×` : '';
}
