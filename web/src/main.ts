/**
 * The browser checker: files in, findings out, all inside this page. Files are
 * read here and checked in a Web Worker (web/src/worker/worker.ts); nothing is sent
 * anywhere, and the page's Content-Security-Policy forbids it from connecting
 * to any server at all.
 */
import { builtinRules } from '../../rules/index.js';
import { fatalResult, type LintResult } from '../../src/core/messages.js';
import { toJsonResults } from '../../src/formatters/json.js';
import { MAX_INPUT_BYTES, tooLargeReason } from '../../src/loaders/size.js';
import { plural } from '../../src/report/text.js';
import type { WebSettings } from './worker/settings.js';
import { announce } from './announce.js';
import { dropZone } from './drop-zone.js';
import { byId } from './dom.js';
import { download, baseName } from './download.js';
import { FileView } from './file-view.js';
import { Filters } from './filters.js';
import { RuleDocs } from './rule-docs.js';
import { settingsPanel } from './settings-panel.js';
import { loadSettings, saveSettings } from './storage.js';
import { CheckerWorker, TimeLimitError } from './worker-client.js';

interface Entry {
  file: File;
  view: FileView;
  result?: LintResult;
}

const rules = builtinRules;
const worker = new CheckerWorker();
const docs = new RuleDocs(rules);
const entries: Entry[] = [];
let settings: WebSettings = loadSettings(rules);
let nextKey = 1;
/** Bumped when the settings change, so a check started under old settings is not shown. */
let generation = 0;

const resultsSection = byId('results');
const fileResults = byId('file-results');
const filters = new Filters(() => applyFilters());

/** Where the rule docs are: this page, at #rule/<id> (used in downloaded reports and Word comments). */
const docsBase = (): string => location.href.split('#')[0]!;

function applyFilters(): void {
  for (const entry of entries) entry.view.filter(filters.keep);
}

function readFile(file: File, onProgress: (fraction: number) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new Error(`${file.name} could not be opened: check it is not open elsewhere or moved, then choose it again.`));
    reader.readAsArrayBuffer(file);
  });
}

async function lint(entry: Entry): Promise<LintResult> {
  const { file, view } = entry;
  // Refused before reading, so a huge file is never loaded into memory.
  if (file.size > MAX_INPUT_BYTES) return fatalResult(file.name, tooLargeReason(file.name));
  try {
    view.progress('reading', 0);
    const bytes = await readFile(file, (fraction) => view.progress('reading', fraction));
    // Marks for measuring where the time goes (read, checked in the worker, shown).
    performance.mark(`speclint:read:${file.name}`);
    view.progress('checking');
    const result = await worker.lint(file.name, bytes, settings, () => view.progress('checking'));
    performance.mark(`speclint:checked:${file.name}`);
    return result;
  } catch (error) {
    if (error instanceof TimeLimitError) {
      return fatalResult(file.name, `${file.name} took too long to check, so checking it was stopped: check you chose the right file, or save it again and try once more.`);
    }
    return fatalResult(file.name, (error as Error).message);
  }
}

function actionsFor(entry: Entry) {
  return {
    annotate: async () => {
      const result = entry.result!;
      // Read again rather than kept: the page holds no copy of a document it is not using.
      const bytes = await readFile(entry.file, () => {});
      const annotated = await worker.annotate(entry.file.name, bytes, result.messages, docsBase());
      download(`${baseName(entry.file.name)}.reviewed.docx`, annotated, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      announce(`Downloaded ${baseName(entry.file.name)}.reviewed.docx with ${plural(result.messages.length, 'comment')}.`);
    },
    report: async () => {
      const html = await worker.report([entry.result!], docsBase(), settings);
      download(`${baseName(entry.file.name)}.speclint-report.html`, html, 'text/html');
    },
    json: () => {
      download(`${baseName(entry.file.name)}.speclint.json`, `${JSON.stringify(toJsonResults([entry.result!]))}\n`, 'application/json');
    },
  };
}

/** "Checked 2 files: 5 errors and 3 warnings. 1 file could not be read." */
function summarise(batch: Entry[]): string {
  const results = batch.flatMap((e) => (e.result ? [e.result] : []));
  const readable = results.filter((r) => r.fatalErrorCount === 0);
  const parts: string[] = [];
  if (readable.length > 0) {
    const errors = readable.reduce((n, r) => n + r.errorCount, 0);
    const warnings = readable.reduce((n, r) => n + r.warningCount, 0);
    parts.push(`Checked ${plural(readable.length, 'file')}: ${plural(errors, 'error')} and ${plural(warnings, 'warning')}.`);
  }
  const unreadable = results.length - readable.length;
  if (unreadable > 0) parts.push(`${plural(unreadable, 'file')} could not be read.`);
  return parts.join(' ');
}

async function check(batch: Entry[]): Promise<void> {
  const mine = generation;
  for (const entry of batch) entry.view.progress('waiting');
  announce(`Checking ${plural(batch.filter((e) => entries.includes(e)).length, 'file')}…`);
  for (const entry of batch) {
    // Replaced by a file of the same name (chosen again, or twice in one drop): that one's own check shows it;
    // the rest of this batch is still checked.
    if (!entries.includes(entry)) continue;
    const result = await lint(entry);
    // New settings started a check of every file: this one's results are out of date.
    if (mine !== generation) return;
    if (!entries.includes(entry)) continue;
    entry.result = result;
    entry.view.show(result, rules, docs, actionsFor(entry));
    performance.mark(`speclint:shown:${entry.file.name}`);
  }
  filters.update(entries.flatMap((e) => (e.result ? [e.result] : [])));
  applyFilters();
  byId<HTMLButtonElement>('report-all').hidden = entries.length < 2;
  announce(summarise(batch.filter((e) => entries.includes(e))));
}

function addFiles(files: File[]): void {
  performance.mark('speclint:files-received');
  const batch: Entry[] = [];
  for (const file of files) {
    const existing = entries.findIndex((e) => e.file.name === file.name);
    const view = new FileView(nextKey++, file.name);
    const entry: Entry = { file, view };
    if (existing >= 0) {
      entries[existing]!.view.section.replaceWith(view.section);
      entries[existing] = entry;
    } else {
      entries.push(entry);
      fileResults.append(view.section);
    }
    batch.push(entry);
  }
  resultsSection.hidden = false;
  void check(batch);
}

settingsPanel(settings, rules, docs, (next) => {
  settings = next;
  saveSettings(settings);
  generation++;
  if (entries.length > 0) void check([...entries]);
});

dropZone(addFiles);

byId('clear-results').addEventListener('click', () => {
  generation++;
  entries.splice(0);
  fileResults.replaceChildren();
  resultsSection.hidden = true;
  announce('Results cleared.');
  byId('file-input').focus();
});

byId('report-all').addEventListener('click', async () => {
  const results = entries.flatMap((e) => (e.result ? [e.result] : []));
  download('speclint-report.html', await worker.report(results, docsBase(), settings), 'text/html');
});

docs.fromHash();
document.documentElement.dataset.ready = 'true';

// The checker's one-time set-up, while the user chooses a file (in the worker: the page stays responsive).
// data-checker and a performance mark say when it is done, for tests and benchmarks.
const warmUp = (): void =>
  worker.warm(settings, () => {
    performance.mark('speclint:warm');
    document.documentElement.dataset.checker = 'warm';
  });
if ('requestIdleCallback' in window) requestIdleCallback(warmUp, { timeout: 1000 });
else setTimeout(warmUp, 0);
