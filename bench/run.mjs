#!/usr/bin/env node
/**
 * speclint's benchmark: one table of how fast speclint is on realistic
 * workloads, against textlint doing equivalent work on the same files and
 * against the cost of only parsing them, all measured in the same run.
 *
 *   npm run bench                 build, then the full run (several minutes)
 *   npm run bench -- --quick      fewer files and repetitions (under a minute)
 *
 * Options (after --):
 *   --quick              small corpora, fewer repetitions
 *   --only <a,b>         run some sections: inprocess, warmup, compare, repo, memory, docx, cold, lsp
 *   --root <dir>         benchmark the speclint checkout at <dir> (built, with
 *                        node_modules), e.g. an older commit, on the same corpora
 *   --compare <git-ref>  build <git-ref> in a temporary worktree and print its
 *                        figures and this checkout's side by side (sections
 *                        interleaved: the ref's, then this one's)
 *   --json <file>        also write every figure as JSON
 *
 * See bench/README.md for what each figure means.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus.mjs';
import { build as buildTextlint, GENERATED } from './textlint/build.mjs';
import { haveTime, repeat, summarise, timeProcess } from './lib/measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('--quick');
const compareRef = value('--compare');
const only = value('--only')?.split(',');
const root = resolve(value('--root') ?? repoRoot);
const jsonOut = value('--json');
const wants = (section) => !only || only.includes(section);

/** Repetitions. Full: enough for a median and a spread; quick: the fewest that still give one. */
const N = quick
  ? { inprocessRounds: 1, inprocessSpecs: 4, warmup: 3, cold: 3, docxCli: 2, compareFiles: 3, speclintCli: 1, textlintCli: 1, repo: 1, cache: 1, warmupRounds: 1, warmupFiles: 12, memory: 1 }
  : { inprocessRounds: 3, inprocessSpecs: Infinity, warmup: Infinity, cold: 15, docxCli: 7, compareFiles: 20, speclintCli: 3, textlintCli: 3, repo: 3, cache: 5, warmupRounds: 5, warmupFiles: 110, memory: 3 };

const SECTIONS = ['inprocess', 'warmup', 'compare', 'repo', 'memory', 'docx', 'cold', 'lsp'];
if (compareRef) {
  const { compareWithRef } = await import('./lib/compare.mjs');
  process.exitCode = await compareWithRef({ ref: compareRef, repoRoot, root, sections: only ?? SECTIONS, quick, jsonOut });
  process.exit();
}

const node = process.execPath;
const speclintBin = join(root, 'bin', 'speclint.js');
const textlintBin = join(repoRoot, 'node_modules', 'textlint', 'bin', 'textlint.js');
if (!existsSync(join(root, 'dist', 'src', 'index.js'))) {
  console.error(`speclint is not built in ${root}: run "npm run build" (npm run bench does it for you).`);
  process.exit(2);
}

const started = performance.now();
const log = (message) => process.stderr.write(`bench: ${message}\n`);
const loadStart = loadavg();

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

log(`corpora (${quick ? 'quick' : 'full'}) …`);
const corpus = ensureCorpus({ quick, log });
buildTextlint();
const { builtinRules } = await import(new URL(`file://${join(root, 'dist', 'rules', 'index.js')}`).href);
const EQUIVALENT = 'no-vague-equity-statement';
const offRules = Object.keys(builtinRules).filter((id) => id !== EQUIVALENT);
const offFlags = offRules.flatMap((id) => ['--rule', `${id}: off`]);
const fixtureMarkdown = [...readdirSync(join(repoRoot, 'fixtures', 'corpus')).filter((f) => f.endsWith('.md')).map((f) => join(repoRoot, 'fixtures', 'corpus', f))];
const fixtureDocx = readdirSync(join(repoRoot, 'fixtures', 'docx', 'libreoffice')).map((f) => join(repoRoot, 'fixtures', 'docx', 'libreoffice', f));
const words = (file) => (readFileSync(file, 'utf8').match(/\S+/g) ?? []).length;

// Rows of the table, and everything measured (for --json).
const rows = [];
const figures = {};
const section = (title) => rows.push({ section: title });
const row = (label, fields) => rows.push({ label, ...fields });

const ms = (x) => (x === undefined || Number.isNaN(x) ? '–' : x >= 10000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
const spreadOf = (s, fmt = ms) => (s ? `${fmt(s.lo)}–${fmt(s.hi)} (${s.spread})` : '');
const mb = (s) => (s ? `${Math.round(s.median / 1024)} MB` : '');
const times = (x) => `${x.toFixed(2)}×`;

// ---------------------------------------------------------------------------
// 1. In process: ms per 5,000-word spec against the remark-parse floor; the 50-page .docx
// ---------------------------------------------------------------------------

async function inprocess() {
  const specs = corpus.specs.slice(0, N.inprocessSpecs);
  log(`in process: ${specs.length} specs × ${N.inprocessRounds} rounds, and the 50-page .docx …`);
  const keys = ['all', 'one', 'floor', 'allFloor', 'oneFloor', 'textlint', 'textlintFloor', 'allCpu', 'oneCpu', 'floorCpu', 'allFloorCpu', 'oneFloorCpu', 'textlintCpu', 'textlintFloorCpu'];
  const md = { ...Object.fromEntries(keys.map((k) => [k, []])), findings: 0, linted: 0, words: 0 };
  const docxKeys = ['speclint', 'reader', 'floor', 'mammoth', 'speclintCpu', 'readerCpu', 'floorCpu', 'mammothCpu'];
  const docx = { ...Object.fromEntries(docxKeys.map((k) => [k, []])), findings: 0 };
  for (let round = 0; round < N.inprocessRounds; round++) {
    const job = {
      root,
      round,
      warmup: fixtureMarkdown.slice(0, N.warmup),
      // A different order each round, so no file always runs first or last.
      specs: round % 2 ? [...specs].reverse() : specs,
      docx: corpus.docx,
      docxWarmup: fixtureDocx.slice(0, N.warmup),
      offRules,
    };
    const r = await timeProcess(node, [join(here, 'lib', 'inprocess.mjs'), JSON.stringify(job)], { stdout: 'pipe', memory: false, cwd: repoRoot });
    if (r.code !== 0) throw new Error(`in-process bench failed:\n${r.stderr}`);
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    for (const k of keys) md[k].push(...out.markdown[k]);
    md.findings += out.markdown.findings;
    md.linted += out.markdown.linted;
    md.words += out.markdown.words;
    for (const k of docxKeys) docx[k].push(out.docx[k]);
    docx.findings = out.docx.findings;
  }
  const perFile = (a, b) => summarise(a.map((x, i) => x / b[i]));
  const result = {
    markdown: {
      wordsPerSpec: Math.round(md.words / (specs.length * N.inprocessRounds)),
      findingsPerSpec: md.findings / md.linted,
      all: summarise(md.all),
      one: summarise(md.one),
      floor: summarise(md.floor),
      // Ratios from CPU time, file by file: far steadier than wall time when other processes compete.
      ratioAll: perFile(md.allCpu, md.allFloorCpu),
      ratioOne: perFile(md.oneCpu, md.oneFloorCpu),
      textlint: summarise(md.textlint),
      textlintFloor: summarise(md.textlintFloor),
      cpu: Object.fromEntries(['all', 'one', 'floor', 'textlint', 'textlintFloor'].map((k) => [k, summarise(md[`${k}Cpu`])])),
    },
    docx: {
      words: corpus.docxWords,
      findings: docx.findings,
      speclint: summarise(docx.speclint),
      reader: summarise(docx.reader),
      floor: summarise(docx.floor),
      mammoth: summarise(docx.mammoth),
      ratio: perFile(docx.speclintCpu, docx.floorCpu),
      readerRatio: perFile(docx.readerCpu, docx.floorCpu),
      cpu: Object.fromEntries(['speclint', 'reader', 'floor', 'mammoth'].map((k) => [k, summarise(docx[`${k}Cpu`])])),
    },
  };
  figures.inprocess = result;
  const m = result.markdown;
  section(`Markdown, in process (${specs.length} generated specs of ~${m.wordsPerSpec.toLocaleString('en-GB')} words, each linted once per process after a JIT warm-up)`);
  row('speclint, all 11 rules: ms per 5,000-word spec', { value: ms(m.all.median), spread: spreadOf(m.all), n: m.all.n, cpu: ms(m.cpu.all.median), note: `${times(m.ratioAll.median)} the parse floor (CPU, file by file: ${times(m.ratioAll.lo)}–${times(m.ratioAll.hi)}); ${m.findingsPerSpec.toFixed(0)} findings a spec` });
  row(`speclint, only ${EQUIVALENT}`, { value: ms(m.one.median), spread: spreadOf(m.one), n: m.one.n, cpu: ms(m.cpu.one.median), note: `${times(m.ratioOne.median)} the parse floor (CPU, file by file)` });
  row('parse floor: unified + remark-parse + remark-gfm .parse()', { value: ms(m.floor.median), spread: spreadOf(m.floor), n: m.floor.n, cpu: ms(m.cpu.floor.median), note: 'target: speclint at most 2× this' });
  row('textlint, equivalent custom rule (kernel + Markdown plugin)', { value: ms(m.textlint.median), spread: spreadOf(m.textlint), n: m.textlint.n, cpu: ms(m.cpu.textlint.median), note: `${times(m.cpu.textlint.median / m.cpu.one.median)} speclint's equivalent rule, ${times(m.cpu.textlint.median / m.cpu.all.median)} speclint with all rules (CPU)` });
  row("textlint's own parse alone (@textlint/markdown-to-ast)", { value: ms(m.textlintFloor.median), spread: spreadOf(m.textlintFloor), n: m.textlintFloor.n, cpu: ms(m.cpu.textlintFloor.median), note: 'the floor under any textlint rule' });
  row('speclint specs per second, one thread, in process', { value: (1000 / m.all.median).toFixed(1), spread: '', n: '', cpu: '', note: `from the wall-clock median; ${(1000 / m.cpu.all.median).toFixed(1)} from the CPU median` });
  return result;
}

// ---------------------------------------------------------------------------
// 2. Same files, whole process: speclint against textlint with equivalent rules
// ---------------------------------------------------------------------------

async function compare() {
  const files = corpus.specs.slice(0, N.compareFiles);
  const totalWords = files.reduce((n, f) => n + words(f), 0);
  log(`speclint and textlint on the same ${files.length} specs (whole process) …`);
  const cwd = repoRoot;
  const variants = [
    ['speclint, all 11 rules', N.speclintCli, (stdout) => timeProcess(node, [speclintBin, '--no-config', '--format', 'json', ...files], { cwd, stdout })],
    [`speclint, only ${EQUIVALENT}`, N.speclintCli, (stdout) => timeProcess(node, [speclintBin, '--no-config', '--format', 'json', ...offFlags, ...files], { cwd, stdout })],
    ['textlint, equivalent custom rule (bench/textlint/rules)', N.textlintCli, (stdout) => timeProcess(node, [textlintBin, '--no-textlintrc', '--rulesdir', join(here, 'textlint', 'rules'), '--format', 'json', ...files], { cwd, stdout })],
    ['textlint + textlint-rule-prh, same phrase lists', N.textlintCli, (stdout) => timeProcess(node, [textlintBin, '--config', join(GENERATED, 'textlintrc.prh.json'), '--format', 'json', ...files], { cwd, stdout })],
    ['parse floor: a process that reads and parses the files (remark-parse + remark-gfm)', N.speclintCli, (stdout) => timeProcess(node, [join(here, 'lib', 'parse-floor.mjs'), root, ...files], { cwd, stdout })],
    [`speclint, all 11 rules, --concurrency auto (${cpus().length} CPUs)`, N.speclintCli, (stdout) => timeProcess(node, [speclintBin, '--no-config', '--format', 'json', '--concurrency', 'auto', ...files], { cwd, stdout })],
  ];
  // Since issue 19 speclint parses GFM without autolink literals (src/loaders/markdown-parser.ts): its own floor too.
  if (existsSync(join(root, 'dist', 'src', 'loaders', 'markdown-parser.js'))) {
    variants.push(["parse floor with speclint's own parser (GFM without autolink literals)", N.speclintCli, (stdout) => timeProcess(node, [join(here, 'lib', 'parse-floor.mjs'), '--speclint-parser', root, ...files], { cwd, stdout })]);
  }
  // The first run of the two like-for-like variants keeps its output, to check they find the same sentences.
  const outputs = {};
  // Interleaved: one run of each variant per pass.
  const results = variants.map(() => ({ time: [], cpu: [], rss: [] }));
  const passes = Math.max(...variants.map((v) => v[1]));
  for (let pass = 0; pass < passes; pass++) {
    for (const [k, [label, n, once]] of variants.entries()) {
      if (pass >= n) continue;
      const capture = pass === 0 && (k === 1 || k === 2);
      const r = await once(capture ? 'pipe' : 'ignore');
      if (r.code !== 0 && r.code !== 1) throw new Error(`${label} exited with ${r.code}:\n${r.stderr.slice(0, 2000)}`);
      if (capture) outputs[k] = r.stdout;
      results[k].time.push(r.ms);
      if (r.cpuMs !== undefined) results[k].cpu.push(r.cpuMs);
      if (r.rssKB !== undefined) results[k].rss.push(r.rssKB);
    }
  }
  const s = results.map((r) => ({ time: summarise(r.time), cpu: r.cpu.length ? summarise(r.cpu) : undefined, rss: r.rss.length ? summarise(r.rss) : undefined }));
  figures.compare = { files: files.length, words: totalWords, variants: variants.map((v, k) => ({ label: v[0], ...s[k] })) };
  const agreement = agree(outputs[1], outputs[2]);
  figures.compare.agreement = agreement;
  section(`Same ${files.length} Markdown specs (${totalWords.toLocaleString('en-GB')} words), whole process, start-up included: speclint against textlint`);
  for (const [k, [label]] of variants.entries()) {
    const t = s[k].time;
    // Wall-clock ratio, and the CPU ratio (steadier when other processes compete).
    const ratioTo = (j) => `${times(t.median / s[j].time.median)}${s[k].cpu && s[j].cpu ? ` (CPU ${times(s[k].cpu.median / s[j].cpu.median)})` : ''}`;
    const vsAll = ratioTo(0);
    const vsOne = ratioTo(1);
    // Goal (issue 19): speclint ≤ 1.2× the parse floor and ≤ 0.5× textlint + prh, whole process.
    const goal = `${ratioTo(4)} the parse floor (target ≤ 1.2×), ${ratioTo(3)} textlint + prh (target ≤ 0.5×)${s[6] ? `; ${ratioTo(6)} its own parser's floor` : ''}`;
    const note =
      k === 0 || k === 5 ? `${(files.length / (t.median / 1000)).toFixed(1)} specs/s; ${goal}` :
      k === 1 ? `${(files.length / (t.median / 1000)).toFixed(1)} specs/s` :
      k === 4 ? 'as issue 19 defines it: no model, no rules, no output' :
      k === 6 ? 'reading and parsing exactly as speclint does, nothing more' :
      `${vsOne} speclint's equivalent rule, ${vsAll} speclint with all rules (target: ≥ 3×)` +
      (k === 2 && agreement ? `; same findings as speclint's rule: ${agreement.both} of ${agreement.speclint} (textlint ${agreement.textlint})` : '');
    row(label, { value: ms(t.median), spread: spreadOf(t), n: t.n, cpu: s[k].cpu ? ms(s[k].cpu.median) : '', rss: mb(s[k].rss), note });
  }
}

/** How many findings (file and line) speclint's rule and the textlint rule share. */
function agree(speclintJson, textlintJson) {
  try {
    const count = (list) => {
      const m = new Map();
      for (const key of list) m.set(key, (m.get(key) ?? 0) + 1);
      return m;
    };
    const a = count(JSON.parse(speclintJson).flatMap((r) => r.messages.filter((x) => x.ruleId === EQUIVALENT).map((x) => `${r.filePath}:${x.line}`)));
    const b = count(JSON.parse(textlintJson).flatMap((r) => r.messages.map((x) => `${r.filePath}:${x.line}`)));
    let both = 0;
    for (const [key, n] of a) both += Math.min(n, b.get(key) ?? 0);
    const total = (m) => [...m.values()].reduce((x, y) => x + y, 0);
    return { speclint: total(a), textlint: total(b), both };
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// 3. The 1,000-file repository: single thread, --concurrency auto, --cache
// ---------------------------------------------------------------------------

async function repo() {
  const count = corpus.repoFiles.length;
  const docx = corpus.repoFiles.filter((f) => f.endsWith('.docx')).length;
  log(`repository of ${count} files: --concurrency 1, auto, and --cache …`);
  const cwd = corpus.repo;
  const base = [speclintBin, '--no-config', '--format', 'json', '.'];
  const single = await repeat(N.repo, () => timeProcess(node, [...base, '--concurrency', '1'], { cwd }), { label: 'speclint repo' });
  const auto = await repeat(N.repo, () => timeProcess(node, [...base, '--concurrency', 'auto'], { cwd }), { label: 'speclint repo auto' });

  // --cache: one priming run, then each timed run follows a change to one file.
  const scratch = mkdtempSync(join(tmpdir(), 'speclint-bench-cache-'));
  const cacheArgs = [...base, '--cache', '--cache-location', join(scratch, 'cache.json')];
  const md = corpus.repoFiles.filter((f) => f.endsWith('.md'));
  const originals = new Map();
  let cached;
  try {
    const prime = await timeProcess(node, cacheArgs, { cwd });
    if (prime.code > 1) throw new Error(`speclint --cache exited with ${prime.code}: ${prime.stderr}`);
    cached = await repeat(N.cache, async (i) => {
      const file = md[(i * 37) % md.length];
      if (!originals.has(file)) originals.set(file, readFileSync(file));
      writeFileSync(file, Buffer.concat([originals.get(file), Buffer.from(`\nThe provider will report progress to the commissioner every quarter (edit ${i}).\n`)]));
      return timeProcess(node, cacheArgs, { cwd });
    }, { label: 'speclint --cache' });
    cached.prime = prime.ms;
  } finally {
    for (const [file, bytes] of originals) writeFileSync(file, bytes);
    rmSync(scratch, { recursive: true, force: true });
  }
  figures.repo = { files: count, docx, words: corpus.repoWords, single, auto, cached };
  section(`Repository of ${count.toLocaleString('en-GB')} files (${docx} .docx, ${corpus.repoWords.toLocaleString('en-GB')} words), whole process: speclint --format json .`);
  const rate = (r) => `${(count / (r.time.median / 1000)).toFixed(1)} specs/s (${Math.round(corpus.repoWords / count)} words a file)`;
  row('--concurrency 1', { value: ms(single.time.median), spread: spreadOf(single.time), n: single.time.n, cpu: single.cpu ? ms(single.cpu.median) : '', rss: mb(single.rss), note: rate(single) });
  row(`--concurrency auto (${cpus().length} CPUs)`, { value: ms(auto.time.median), spread: spreadOf(auto.time), n: auto.time.n, cpu: auto.cpu ? ms(auto.cpu.median) : '', rss: mb(auto.rss), note: `${rate(auto)}; ${times(single.time.median / auto.time.median)} the single thread; RSS target < 1 GB` });
  row('--cache, warm, after one file changed', { value: ms(cached.time.median), spread: spreadOf(cached.time), n: cached.time.n, cpu: cached.cpu ? ms(cached.cpu.median) : '', rss: mb(cached.rss), note: `priming run ${ms(cached.prime)}` });
}

// ---------------------------------------------------------------------------
// Warm-up: the first file in a process against the hundredth
// ---------------------------------------------------------------------------

async function warmup() {
  const md = corpus.repoFiles.filter((f) => f.endsWith('.md'));
  const count = Math.min(N.warmupFiles, md.length);
  log(`warm-up: ${count} distinct files in a row from a fresh process × ${N.warmupRounds} …`);
  const ratios = [];
  const firsts = [];
  const laters = [];
  const firstCpu = [];
  const laterCpu = [];
  // Per 1,000 words, so that files of different lengths compare.
  const per = (x, key) => (x[key] / x.words) * 1000;
  const at = count >= 110 ? [90, 110] : [Math.floor(count / 2), count];
  for (let round = 0; round < N.warmupRounds; round++) {
    // A different first file each round.
    const files = Array.from({ length: count }, (_, i) => md[(i + round * 7) % md.length]);
    const r = await timeProcess(node, [join(here, 'lib', 'warmup.mjs'), JSON.stringify({ root, files })], { stdout: 'pipe', memory: false, cwd: repoRoot });
    if (r.code !== 0) throw new Error(`warm-up bench failed:\n${r.stderr}`);
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    const later = out.slice(at[0], at[1]);
    const laterMedianCpu = summarise(later.map((x) => per(x, 'cpu'))).median;
    ratios.push(per(out[0], 'cpu') / laterMedianCpu);
    firsts.push(per(out[0], 'wall'));
    firstCpu.push(per(out[0], 'cpu'));
    laters.push(summarise(later.map((x) => per(x, 'wall'))).median);
    laterCpu.push(laterMedianCpu);
  }
  const result = { files: count, window: at, ratio: summarise(ratios), first: summarise(firsts), later: summarise(laters), firstCpu: summarise(firstCpu), laterCpu: summarise(laterCpu) };
  figures.warmup = result;
  const which = count >= 110 ? 'the 91st–110th' : `files ${at[0] + 1}–${at[1]}`;
  section(`Warm-up, in process: Linter.lintFile on ${count} distinct repository files in a row from a fresh process (config and lexicons included in the first), ms per 1,000 words`);
  row('first file', { value: ms(result.first.median), spread: spreadOf(result.first), n: result.first.n, cpu: ms(result.firstCpu.median), note: `${times(result.ratio.median)} ${which} (CPU, round by round: ${times(result.ratio.lo)}–${times(result.ratio.hi)}); target ≤ 1.5×` });
  row(`${which} (median of each round)`, { value: ms(result.later.median), spread: spreadOf(result.later), n: result.later.n, cpu: ms(result.laterCpu.median), note: 'warm' });
}

// ---------------------------------------------------------------------------
// Memory: peak RSS of pathological and large inputs
// ---------------------------------------------------------------------------

async function memory() {
  // 1 MB of the corpus's own sentences on one line: one paragraph, one block.
  const scratch = mkdtempSync(join(tmpdir(), 'speclint-bench-memory-'));
  try {
    const words = readFileSync(corpus.specs[0], 'utf8').replace(/[#|*>-]/g, ' ').split(/\s+/).filter(Boolean);
    let line = '';
    for (let i = 0; line.length < 1024 * 1024; i++) line += `${words[i % words.length]} `;
    const file = join(scratch, 'one-megabyte-line.md');
    writeFileSync(file, `${line.slice(0, 1024 * 1024).trimEnd()}\n`);
    log(`memory: a 1 MB single-line file × ${N.memory} …`);
    const r = await repeat(N.memory, () => timeProcess(node, [speclintBin, '--no-config', '--format', 'json', file], { cwd: repoRoot }), { label: 'speclint 1 MB line' });
    figures.memory = { oneMegabyteLine: r };
    section('Memory: peak resident set of the whole process');
    row('speclint on a 1 MB single-line Markdown file', { value: ms(r.time.median), spread: spreadOf(r.time), n: r.time.n, cpu: r.cpu ? ms(r.cpu.median) : '', rss: mb(r.rss), note: 'target: RSS ≤ 200 MB (issue 19, 20)' });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// 4. Word: whole process, and the in-process figures against the floor
// ---------------------------------------------------------------------------

async function docxCli() {
  log('50-page .docx, whole process …');
  const r = await repeat(N.docxCli, () => timeProcess(node, [speclintBin, '--no-config', '--format', 'json', corpus.docx], { cwd: repoRoot }), { label: 'speclint docx', warmup: quick ? 0 : 1 });
  figures.docxCli = r;
  return r;
}

function docxRows(inp, cli) {
  section(`Word: a 50-page .docx (${corpus.docxWords.toLocaleString('en-GB')} words, ${Math.round(readFileSync(corpus.docx).length / 1024)} KB)`);
  if (inp) {
    const d = inp.docx;
    row('speclint, in process (read, unzip, parse, all rules)', { value: ms(d.speclint.median), spread: spreadOf(d.speclint), n: d.speclint.n, cpu: ms(d.cpu.speclint.median), note: `target: under 300 ms; ${times(d.ratio.median)} the floor (CPU), reading and checking against parsing alone; ${d.findings} findings` });
    row('speclint Word reader alone (text, styles, numbering, positions)', { value: ms(d.reader.median), spread: spreadOf(d.reader), n: d.reader.n, cpu: ms(d.cpu.reader.median), note: `${times(d.readerRatio.median)} the floor (CPU; target: within 1.5×)` });
    row('floor: fflate unzip of word/document.xml + saxes parse', { value: ms(d.floor.median), spread: spreadOf(d.floor), n: d.floor.n, cpu: ms(d.cpu.floor.median), note: 'parsing alone, no text kept' });
    row('mammoth.extractRawText, for reference', { value: ms(d.mammoth.median), spread: spreadOf(d.mammoth), n: d.mammoth.n, cpu: ms(d.cpu.mammoth.median), note: 'text only: no positions, no structure' });
  }
  if (cli) row('speclint big.docx, whole process', { value: ms(cli.time.median), spread: spreadOf(cli.time), n: cli.time.n, cpu: cli.cpu ? ms(cli.cpu.median) : '', rss: mb(cli.rss), note: 'start-up included' });
}

// ---------------------------------------------------------------------------
// 5. Cold start
// ---------------------------------------------------------------------------

async function cold() {
  log('cold start …');
  const runs = [
    ['node -e 0 (Node itself, for scale)', [node, ['-e', '0']]],
    ['speclint --version', [node, [speclintBin, '--version']]],
    [`speclint small.md (${words(corpus.small)} words, all rules)`, [node, [speclintBin, '--no-config', corpus.small]]],
  ];
  const out = [];
  const samples = runs.map(() => ({ time: [], cpu: [], rss: [] }));
  for (let i = 0; i < N.cold + 1; i++) {
    for (const [k, [, [cmd, args]]] of runs.entries()) {
      const r = await timeProcess(cmd, args, { cwd: repoRoot });
      if (r.code > 1) throw new Error(`${runs[k][0]} exited with ${r.code}: ${r.stderr}`);
      if (i === 0) continue; // warms the file system cache
      samples[k].time.push(r.ms);
      if (r.cpuMs !== undefined) samples[k].cpu.push(r.cpuMs);
      if (r.rssKB !== undefined) samples[k].rss.push(r.rssKB);
    }
  }
  section('Cold start, whole process');
  for (const [k, [label]] of runs.entries()) {
    const t = summarise(samples[k].time);
    const c = samples[k].cpu.length ? summarise(samples[k].cpu) : undefined;
    const rss = samples[k].rss.length ? summarise(samples[k].rss) : undefined;
    out.push({ label, time: t, cpu: c, rss });
    const target = k === 1 ? 'target: under 150 ms' : k === 2 ? 'target: ≤ 2× node -e 0' : '';
    const base = summarise(samples[0].time).median;
    const baseCpu = samples[0].cpu.length ? summarise(samples[0].cpu).median : undefined;
    const over = k > 0 ? `${times(t.median / base)} node -e 0${c && baseCpu ? ` (CPU ${times(c.median / baseCpu)})` : ''}, ${ms(t.median - base)} more` : '';
    row(label, { value: ms(t.median), spread: spreadOf(t), n: t.n, cpu: c ? ms(c.median) : '', rss: mb(rss), note: [over, target].filter(Boolean).join('; ') });
  }
  figures.cold = out;
}

// ---------------------------------------------------------------------------
// 6. LSP (bench/lsp-latency.mjs, owned by the language server's engineer)
// ---------------------------------------------------------------------------

async function lsp() {
  // The checkout's own copy (it drives that checkout's bin/speclint-lsp.js), else this one.
  const script = [join(root, 'bench', 'lsp-latency.mjs'), join(here, 'lsp-latency.mjs')].find((f) => existsSync(f)) ?? join(here, 'lsp-latency.mjs');
  section(`Editor (LSP): time from a didChange to its diagnostics, ${words(corpus.lsp).toLocaleString('en-GB')}-word document (bench/lsp-latency.mjs)`);
  if (!existsSync(script)) {
    row('didChange → fresh diagnostics', { value: '–', note: 'not run: bench/lsp-latency.mjs is not there' });
    return;
  }
  const edits = quick ? 20 : 200;
  log(`LSP latency: ${edits} edits (bench/lsp-latency.mjs) …`);
  const r = await timeProcess(node, [script, '--file', corpus.lsp, '--edits', String(edits), '--json'], { cwd: repoRoot, stdout: 'pipe', memory: false });
  let results;
  try {
    results = JSON.parse(r.stdout);
  } catch {
    results = undefined;
  }
  figures.lsp = results ?? { stdout: r.stdout, stderr: r.stderr, code: r.code };
  if (r.code !== 0 || !Array.isArray(results)) {
    row('didChange → fresh diagnostics', { value: '–', note: `bench/lsp-latency.mjs exited ${r.code}: ${(r.stderr || r.stdout).trim().split('\n').pop()?.slice(0, 160) ?? ''}` });
    return;
  }
  for (const x of results) {
    const what = x.debounceMs ? `with the default ${x.debounceMs} ms debounce (what a user sees)` : 'no debounce (checking alone)';
    row(`didChange → fresh diagnostics, ${what}`, {
      value: ms(x.medianMs),
      spread: `p95 ${ms(x.p95Ms)}, max ${ms(x.maxMs)}`,
      n: x.edits,
      rss: `${Math.round(x.memoryAfter.vmRssMB ?? x.memoryAfter.rssMB)} MB`,
      note: `${x.debounceMs ? 'target: p95 under 50 ms after the debounce' : 'target: p95 under 50 ms'}; open → first diagnostics ${ms(x.coldStartMs)}`,
    });
  }
}

// ---------------------------------------------------------------------------
// Run and print
// ---------------------------------------------------------------------------

/** Runs one section; a failure becomes a row saying so, and the other sections still run. */
async function attempt(name, fn) {
  try {
    return await fn();
  } catch (error) {
    log(`${name} failed: ${error.message}`);
    section(`${name}: failed`);
    row(`(${error.message.split('\n').filter(Boolean).slice(0, 2).join(' ').slice(0, 200)})`, {});
    figures[`${name}Error`] = error.message;
    return undefined;
  }
}

let inp;
if (wants('inprocess')) inp = await attempt('inprocess', inprocess);
if (wants('warmup')) await attempt('warmup', warmup);
if (wants('compare')) await attempt('compare', compare);
if (wants('repo')) await attempt('repo', repo);
if (wants('memory')) await attempt('memory', memory);
const docxResult = wants('docx') ? await attempt('docx', docxCli) : undefined;
if (inp || docxResult) docxRows(inp, docxResult);
if (wants('cold')) await attempt('cold', cold);
if (wants('lsp')) await attempt('lsp', lsp);

const loadEnd = loadavg();
const elapsed = (performance.now() - started) / 1000;
let commit = '';
try {
  commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  if (dirty) commit += ' + uncommitted changes';
} catch {
  commit = 'not a git checkout';
}

const header = [
  `speclint bench (${quick ? 'quick' : 'full'} run), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${elapsed.toFixed(0)} s`,
  `speclint ${root} (${commit}); Node ${process.version}; ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}); load average ${loadStart[0].toFixed(1)} at the start, ${loadEnd[0].toFixed(1)} at the end`,
  `Times are wall-clock medians with their spread (p10–p90 over 10 or more runs, else min–max). "CPU" is user + system time of the whole`,
  `process (all threads); "RSS" its peak resident memory${haveTime ? ' (/usr/bin/time)' : ' (process.resourceUsage)'}. A load average above the CPU count means`,
  `other processes were competing for the CPUs: every figure is slower than on an idle machine, ratios much less so.`,
];

const columns = ['figure', 'median', 'spread', 'runs', 'CPU', 'RSS', 'notes'];
const lines = [];
for (const r of rows) {
  if (r.section) lines.push({ section: r.section });
  else lines.push([r.label, r.value ?? '', r.spread ?? '', String(r.n ?? ''), r.cpu ?? '', r.rss ?? '', r.note ?? '']);
}
const widths = columns.map((c, i) => Math.max(c.length, ...lines.filter(Array.isArray).map((l) => l[i].length)));
const fmt = (cells) => `| ${cells.map((c, i) => (i >= 1 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
const out = [...header, '', fmt(columns), `|${widths.map((w, i) => (i >= 1 && i <= 5 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`];
for (const l of lines) out.push(l.section ? fmt([`**${l.section}**`, '', '', '', '', '', '']) : fmt(l));
console.log(out.join('\n'));

if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ header, quick, root, commit, node: process.version, cpus: cpus().length, load: { start: loadStart, end: loadEnd }, elapsed, rows, figures }, null, 2)}\n`);
