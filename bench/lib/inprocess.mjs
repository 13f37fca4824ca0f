/**
 * In-process figures, run by run.mjs in child processes of their own (so the
 * parent's memory and JIT state do not mix in), one child per round:
 *
 *   markdown  speclint's Linter.lintText on each 5,000-word spec, with all rules
 *             or with only the rule equivalent to the textlint rule (alternate
 *             files, swapped each round); the parse floor:
 *             unified().use(remarkParse).use(remarkGfm).parse on the same text;
 *             textlint's kernel with the equivalent rule, and its parser alone
 *   docx      Linter.lintFile on the 50-page .docx; the floor (fflate unzip of
 *             word/document.xml + saxes parse of it, no work in the handlers); and
 *             mammoth.extractRawText for reference
 *
 * speclint keeps per-text results (tokens, lexicon matches) within a process,
 * as a CLI run over many files does, so a child never lints the same text
 * twice: it warms the JIT up on other documents first, then measures each
 * file once. Timings are returned as raw samples; run.mjs summarises them.
 *
 *   node bench/lib/inprocess.mjs '<json: { root, round, warmup, specs, docx, docxWarmup, offRules }>'
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarise } from './measure.mjs';

const job = JSON.parse(process.argv[2]);
const fromRoot = (p) => pathToFileURL(join(job.root, p)).href;
const { Linter } = await import(fromRoot('dist/src/index.js'));
const { loadSource } = await import(fromRoot('dist/src/loaders/index.js'));

// The parse floor and the docx floor use the packages speclint itself depends on.
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');
const { default: remarkGfm } = await import('remark-gfm');
const { unzipSync } = await import('fflate');
const { SaxesParser } = await import('saxes');
const { default: mammoth } = await import('mammoth');
// textlint in process: its kernel with the Markdown plugin and the equivalent rule, and its parser alone.
const { TextlintKernel } = await import('@textlint/kernel');
const { moduleInterop } = await import('@textlint/module-interop');
const markdownPlugin = moduleInterop((await import('@textlint/textlint-plugin-markdown')).default);
const { parse: textlintParse } = await import('@textlint/markdown-to-ast');
const textlintRule = (await import(new URL('../textlint/rules/speclint-vague-equity.js', import.meta.url).href)).default;
const kernel = new TextlintKernel();
const textlintOptions = (file) => ({
  ext: '.md',
  filePath: file,
  plugins: [{ pluginId: 'markdown', plugin: markdownPlugin }],
  rules: [{ ruleId: 'speclint-vague-equity', rule: textlintRule }],
});

/** Wall-clock ms of fn; its CPU ms (user + system, this process) is left in lastCpu. */
let lastCpu = 0;
const time = async (fn) => {
  const c = process.cpuUsage();
  const t = performance.now();
  await fn();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  lastCpu = (d.user + d.system) / 1000;
  return wall;
};

const out = {};

if (job.specs?.length) {
  const all = new Linter({ useConfigFiles: false });
  const one = new Linter({ useConfigFiles: false, rules: Object.fromEntries(job.offRules.map((id) => [id, 'off'])) });
  const parser = unified().use(remarkParse).use(remarkGfm);
  for (const file of job.warmup) {
    const text = readFileSync(file, 'utf8');
    parser.parse(text);
    await all.lintText(text, file);
    await one.lintText(text, file);
    await kernel.lintText(text, textlintOptions(file));
    textlintParse(text);
  }
  const samples = { all: [], one: [], floor: [], allFloor: [], oneFloor: [], textlint: [], textlintFloor: [], allCpu: [], oneCpu: [], floorCpu: [], allFloorCpu: [], oneFloorCpu: [], textlintCpu: [], textlintFloorCpu: [] };
  let findings = 0;
  let linted = 0;
  let words = 0;
  for (let i = 0; i < job.specs.length; i++) {
    const file = job.specs[i];
    const text = readFileSync(file, 'utf8');
    words += (text.match(/\S+/g) ?? []).length;
    const floor = await time(() => parser.parse(text));
    samples.floor.push(floor);
    samples.floorCpu.push(lastCpu);
    const floorCpu = lastCpu;
    const useAll = (i + job.round) % 2 === 0;
    let result;
    const ms = await time(async () => {
      result = await (useAll ? all : one).lintText(text, file);
    });
    samples[useAll ? 'allCpu' : 'oneCpu'].push(lastCpu);
    samples.textlint.push(await time(() => kernel.lintText(text, textlintOptions(file))));
    samples.textlintCpu.push(lastCpu);
    samples.textlintFloor.push(await time(() => textlintParse(text)));
    samples.textlintFloorCpu.push(lastCpu);
    if (useAll) {
      samples.all.push(ms);
      samples.allFloor.push(floor);
      samples.allFloorCpu.push(floorCpu);
      findings += result.messages.length;
      linted++;
    } else {
      samples.one.push(ms);
      samples.oneFloor.push(floor);
      samples.oneFloorCpu.push(floorCpu);
    }
  }
  out.markdown = { files: job.specs.length, words, findings, linted, ...samples };
}

if (job.docx) {
  const linter = new Linter({ useConfigFiles: false });
  for (const file of job.docxWarmup) await linter.lintFile(file);
  const floor = () => {
    const bytes = readFileSync(job.docx);
    const xml = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
    const parser = new SaxesParser({ xmlns: false, position: false });
    let n = 0;
    parser.on('opentag', () => n++);
    parser.on('text', () => n++);
    parser.write(new TextDecoder().decode(xml)).close();
  };
  const mammothText = () => mammoth.extractRawText({ buffer: readFileSync(job.docx) });
  // speclint's Word reader alone (read, unzip, styles, numbering, body): what the floor compares with.
  const reader = () => loadSource(readFileSync(job.docx), job.docx);
  await time(floor);
  await time(reader);
  await time(mammothText);
  let result;
  const speclint = await time(async () => {
    result = await linter.lintFile(job.docx);
  });
  const speclintCpu = lastCpu;
  if (result.fatalErrorCount) throw new Error(`speclint could not read ${job.docx}: ${result.messages[0]?.message}`);
  const floors = [];
  const floorCpus = [];
  const readers = [];
  const readerCpus = [];
  for (let i = 0; i < 3; i++) {
    floors.push(await time(floor));
    floorCpus.push(lastCpu);
    readers.push(await time(reader));
    readerCpus.push(lastCpu);
  }
  const mammothMs = await time(mammothText);
  out.docx = {
    findings: result.messages.length,
    speclint,
    speclintCpu,
    floor: summarise(floors).median,
    floorCpu: summarise(floorCpus).median,
    reader: summarise(readers).median,
    readerCpu: summarise(readerCpus).median,
    mammoth: mammothMs,
    mammothCpu: lastCpu,
  };
}

process.stdout.write(`${JSON.stringify(out)}\n`);
