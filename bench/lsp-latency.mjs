/**
 * Language server latency: the time from a didChange to the diagnostics
 * published for that version, on a 10,000-word specification, over 200 edits,
 * and the server's memory afterwards. Drives the built server
 * (bin/speclint-lsp.js, so run `npm run build` first) over stdio, as an editor does.
 *
 *   node bench/lsp-latency.mjs [--edits 200] [--words 10000] [--seed 7] [--file spec.md] [--json]
 *
 * Two passes: with the server's default debounce (150 ms: what a user sees)
 * and with none (the cost of checking alone). Edits are sent one at a time,
 * each waiting for its diagnostics. `measureLspLatency` can be imported by
 * other benchmarks.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', 'bin', 'speclint-lsp.js');

// ---------------------------------------------------------------------------
// A seeded specification: the national template's sections, varied sentences
// ---------------------------------------------------------------------------

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILL = {
  service: ['community diabetes service', 'podiatry service', 'stop smoking service', 'memory assessment service', 'talking therapies service', 'health visiting service'],
  who: ['the provider', 'the service', 'the clinical team', 'the lead nurse', 'each practitioner', 'the service manager'],
  verb: ['will offer', 'will provide', 'will deliver', 'will arrange', 'will maintain', 'will review'],
  thing: ['appointments within six weeks', 'home visits for housebound patients', 'group education sessions', 'telephone follow-up', 'annual reviews', 'care plans agreed with the patient'],
  place: ['in three health centres', 'at the community hospital', 'in GP surgeries', 'in patients\' homes', 'at weekend clinics', 'online'],
  when: ['each quarter', 'every month', 'twice a year', 'within ten working days', 'by March 2027', 'at each review'],
  group: ['Bangladeshi women', 'Polish-speaking residents', 'Gypsy, Roma and Traveller families', 'Black Caribbean men', 'Somali elders', 'refugees and asylum seekers'],
  measure: ['uptake by ethnic group', 'waiting times by ethnic group', 'patient experience by ethnic group', 'completion rates by ethnic group'],
  vague: ['The service will be accessible to all.', 'Care will be provided equitably to everyone.', 'The provider will ensure services are inclusive.', 'Support will be available regardless of background.'],
};

const TEMPLATES = [
  (f) => `${cap(f('who'))} ${f('verb')} ${f('thing')} ${f('place')}.`,
  (f) => `${cap(f('who'))} ${f('verb')} ${f('thing')} and report ${f('measure')} ${f('when')}.`,
  (f) => `Referrals are accepted from GPs, community nurses and self-referral, and ${f('who')} ${f('verb')} ${f('thing')} ${f('when')}.`,
  (f) => `For ${f('group')}, ${f('who')} ${f('verb')} ${f('thing')} ${f('place')}, with interpreters where needed.`,
  (f) => `${cap(f('who'))} will agree a plan with the commissioner ${f('when')} and publish it on its website.`,
  (f) => `Staff will complete mandatory training ${f('when')}, including safeguarding and information governance.`,
  (f) => `The ${f('service')} will work with primary care, social care and the voluntary sector ${f('place')}.`,
];

const SECTIONS = [
  '1. Population needs',
  '1.1 National context and evidence base',
  '1.2 Local context',
  '2. Outcomes',
  '2.1 NHS Outcomes Framework domains',
  '2.2 Local defined outcomes',
  '3. Scope',
  '3.1 Aims and objectives of service',
  '3.2 Service description and care pathway',
  '3.3 Population covered',
  '3.4 Any acceptance and exclusion criteria',
  '3.5 Interdependence with other services',
  '4. Applicable service standards',
  '5. Applicable quality requirements',
  '6. Location of provider premises',
];

const cap = (s) => s[0].toUpperCase() + s.slice(1);

export function generateSpec(seed, words) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const f = (key) => pick(FILL[key]);
  const sentence = () => (random() < 0.04 ? pick(FILL.vague) : pick(TEMPLATES)(f));
  const out = [`# Service specification: ${cap(f('service'))}`, ''];
  let count = 6;
  const perSection = Math.ceil(words / SECTIONS.length);
  for (const heading of SECTIONS) {
    out.push(`## ${heading}`, '');
    if (heading.startsWith('5.')) out.push('| Quality requirement | Threshold | Method of measurement |', '|---|---|---|', '| Patients seen within six weeks | 90% | Monthly activity report |', '');
    let inSection = 0;
    while (inSection < perSection && count < words) {
      const paragraph = [];
      const length = 2 + Math.floor(random() * 4);
      for (let i = 0; i < length; i++) paragraph.push(sentence());
      const text = paragraph.join(' ');
      const n = text.split(/\s+/).length;
      inSection += n;
      count += n;
      out.push(text, '');
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function vmRssMB(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens `text` in a fresh server and makes `edits` edits, one at a time, each
 * replacing a word in a prose line (every tenth adds or removes a vague sentence, so the
 * findings change). Returns latencies in ms and the server's memory afterwards.
 */
export async function measureLspLatency({ text, edits = 200, seed = 7, debounceMs } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'speclint-lsp-bench-'));
  const file = join(folder, 'spec.md');
  writeFileSync(file, text);
  writeFileSync(join(folder, '.speclintrc.yaml'), 'extends: [speclint:recommended]\n');
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  let publishes = 0;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri !== uri) return;
    publishes++;
    const resolve = waiting.get(p.version);
    if (resolve) {
      waiting.delete(p.version);
      resolve(p);
    }
  });
  connection.listen();
  const diagnosticsFor = (version) => new Promise((resolve) => waiting.set(version, resolve));

  const started = performance.now();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: {},
    initializationOptions: debounceMs === undefined ? undefined : { debounceMs },
  });
  await connection.sendNotification('initialized', {});
  const first = diagnosticsFor(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const opened = await first;
  const coldStartMs = performance.now() - started;

  const random = prng(seed);
  const lines = text.split('\n');
  const prose = lines.map((l, i) => (l && !l.startsWith('#') && !l.startsWith('|') ? i : -1)).filter((i) => i >= 0);
  const words = ['promptly', 'locally', 'jointly', 'routinely', 'clearly', 'safely', 'fairly', 'regularly'];
  const latencies = [];
  let findings = opened.diagnostics.length;
  for (let i = 0; i < edits; i++) {
    const version = i + 2;
    const line = prose[Math.floor(random() * prose.length)];
    const current = lines[line];
    let change;
    if (i % 10 === 9) {
      // Add a vague sentence at the end of the line (or take one away), so the findings change.
      const vague = ' The service will be accessible to all.';
      if (current.endsWith(vague)) {
        change = { range: { start: { line, character: current.length - vague.length }, end: { line, character: current.length } }, text: '' };
        lines[line] = current.slice(0, -vague.length);
      } else {
        change = { range: { start: { line, character: current.length }, end: { line, character: current.length } }, text: vague };
        lines[line] = current + vague;
      }
    } else {
      const matches = [...current.matchAll(/\b[a-z]{4,}\b/g)];
      const m = matches[Math.floor(random() * matches.length)] ?? { index: 0, 0: '' };
      const word = words[Math.floor(random() * words.length)];
      change = { range: { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } }, text: word };
      lines[line] = current.slice(0, m.index) + word + current.slice(m.index + m[0].length);
    }
    const fresh = diagnosticsFor(version);
    const t0 = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const published = await fresh;
    latencies.push(performance.now() - t0);
    findings = published.diagnostics.length;
  }

  const stats = await connection.sendRequest('speclint/stats');
  const rssMB = vmRssMB(child.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  rmSync(folder, { recursive: true, force: true });

  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    words: text.split(/\s+/).filter(Boolean).length,
    edits,
    debounceMs: debounceMs ?? 150,
    coldStartMs,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted[sorted.length - 1],
    publishes,
    findingsAtEnd: findings,
    memoryAfter: {
      rssMB: stats.memory.rss / 1024 / 1024,
      heapUsedMB: stats.memory.heapUsed / 1024 / 1024,
      externalMB: stats.memory.external / 1024 / 1024,
      workerHeapUsedMB: stats.workerHeap ? stats.workerHeap.usedHeapSize / 1024 / 1024 : undefined,
      vmRssMB: rssMB,
    },
  };
}

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
}

async function main(args) {
  const edits = Number(option(args, '--edits', 200));
  const words = Number(option(args, '--words', 10_000));
  const seed = Number(option(args, '--seed', 7));
  const file = option(args, '--file', undefined);
  const text = file ? readFileSync(file, 'utf8') : generateSpec(seed, words);
  const results = [];
  for (const debounceMs of [undefined, 0]) results.push(await measureLspLatency({ text, edits, seed, debounceMs }));
  if (args.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const f = (n) => (n === undefined ? '–' : n.toFixed(n < 10 ? 1 : 0));
  console.log(`speclint-lsp latency: ${results[0].words.toLocaleString('en-GB')}-word specification, ${edits} edits, one at a time`);
  console.log('');
  console.log('debounce   didChange → diagnostics       cold start       server memory after');
  console.log('           median    95th pct   max     (open → first)   RSS      heap (main)');
  for (const r of results) {
    console.log(
      `${`${r.debounceMs} ms`.padEnd(11)}${`${f(r.medianMs)} ms`.padEnd(10)}${`${f(r.p95Ms)} ms`.padEnd(11)}${`${f(r.maxMs)} ms`.padEnd(8)}${`${f(r.coldStartMs)} ms`.padEnd(17)}${`${f(r.memoryAfter.vmRssMB ?? r.memoryAfter.rssMB)} MB`.padEnd(9)}${f(r.memoryAfter.heapUsedMB)} MB`,
    );
  }
  console.log('');
  console.log('The default debounce waits 150 ms after the last keystroke before checking, so it is part of what a user sees;');
  console.log('the 0 ms row is the cost of checking alone. RSS includes the lint worker thread.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
