#!/usr/bin/env node
/**
 * The lint step of action.yml. GitHub passes the inputs through the step's
 * `env:` block (never spliced into the script), and no shell sees them:
 *
 *   INPUT_PATHS       files, folders or globs, ONE PER LINE. A line is one path,
 *                     spaces and all; globs reach speclint unexpanded (speclint
 *                     expands them itself, `**` included). Blank lines are skipped.
 *   INPUT_ARGS        more options, split into words as a shell would split them
 *                     (quotes '…' and "…" and backslashes respected) but with no
 *                     expansion of any kind: no globs, variables or commands.
 *   INPUT_SARIF_FILE  where the SARIF report goes.
 *
 * speclint runs once, writing SARIF. Annotations (the same workflow commands
 * as --format github) and the job summary (every finding, as a Markdown table)
 * are made from that one report: SARIF carries each finding's file, place,
 * rule, level, message, quote and section. Writes `exit-code` and `sarif` to
 * $GITHUB_OUTPUT and always exits 0: the action's last step fails the job.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'speclint.js');
/** GitHub refuses a step summary over 1 MiB; leave room for the heading and the closing note. */
const SUMMARY_LIMIT = 1000 * 1024;

/** Shell-like words without expansion: `--rule "a: off" --max-warnings 0` → 4 words. */
export function splitArgs(text) {
  const words = [];
  let word = null;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) word += text[++i];
      else word += c;
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (c === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (quote) throw new Error(`args: a ${quote} quote is not closed`);
  if (word !== null) words.push(word);
  return words;
}

/** One path a line; surrounding whitespace (YAML indentation, CR) trimmed. */
export const splitPaths = (text) => text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');

/** Escaping from GitHub's toolkit: data escapes %, CR, LF; properties also : and ,. */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * A Markdown table cell: on one line, HTML inert, and Markdown inert too (a specification's text must not
 * become an image, a link or emphasis in the job summary): the punctuation Markdown reads is escaped.
 */
const cell = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_~[\]()!|#]/g, '\\$&')
    .replace(/\r?\n/g, ' ');

/** A SARIF artifact location back to the path speclint was given (relative to the workspace when inside it). */
function pathOf(location) {
  const uri = location?.uri ?? '';
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  return uri.split('/').map(decodeURIComponent).join('/');
}

/** Every finding in the SARIF log, in report order: file notices (not read, or skipped) first, then directive notices, then results. */
export function findingsOf(log) {
  const run = log.runs?.[0] ?? {};
  const findings = [];
  const invocation = run.invocations?.[0] ?? {};
  for (const n of invocation.toolExecutionNotifications ?? []) {
    findings.push({ file: pathOf(n.locations?.[0]?.physicalLocation?.artifactLocation), line: 1, column: 1, rule: null, notice: 'file', severity: n.level === 'error' ? 'error' : 'warning', message: n.message?.text ?? '' });
  }
  // An inline directive's problem (an unreadable date, an unused or expired directive), at the directive.
  for (const n of invocation.toolConfigurationNotifications ?? []) {
    const location = n.locations?.[0]?.physicalLocation;
    const region = location?.region ?? {};
    findings.push({
      file: pathOf(location?.artifactLocation),
      line: region.startLine ?? 1,
      column: region.startColumn ?? 1,
      endLine: region.endLine,
      endColumn: region.endColumn,
      rule: null,
      notice: 'directive',
      severity: n.level === 'error' ? 'error' : 'warning',
      message: n.message?.text ?? '',
    });
  }
  for (const r of run.results ?? []) {
    const place = r.locations?.[0];
    const region = place?.physicalLocation?.region ?? {};
    findings.push({
      file: pathOf(place?.physicalLocation?.artifactLocation),
      line: region.startLine ?? 1,
      column: region.startColumn ?? 1,
      endLine: region.endLine,
      endColumn: region.endColumn,
      rule: r.ruleId,
      severity: r.level === 'error' ? 'error' : 'warning',
      message: r.message?.text ?? '',
      section: place?.logicalLocations?.[0]?.fullyQualifiedName?.split(' > ').at(-1),
      quote: region.snippet?.text,
    });
  }
  return findings;
}

/** What a message with no rule concerns: an inline directive, or its file, not read (an error) or skipped as the ignores ask (a warning). */
const fileNotice = (f) => (f.notice === 'directive' ? 'directive' : f.severity === 'error' ? 'file not read' : 'file skipped');

/** The same workflow commands as speclint --format github. */
export function annotation(f) {
  const properties = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    ...(f.endLine !== undefined ? [`endLine=${f.endLine}`] : []),
    ...(f.endColumn !== undefined && f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(f.rule ? `speclint (${f.rule})` : `speclint: ${fileNotice(f)}`)}`,
  ];
  const text = `${f.section ? `${f.section}: ` : ''}${f.message}${f.quote ? ` — "${f.quote}"` : ''}`;
  return `::${f.severity} ${properties.join(',')}::${escapeData(text)}`;
}

/** The job summary: a count, then every finding as a table row (file, line, rule, severity, message). */
export function summary(findings, code) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const files = new Set(findings.map((f) => f.file)).size;
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let text = `### speclint: ${plural(errors, 'error')} and ${plural(warnings, 'warning')}${findings.length ? ` in ${plural(files, 'file')}` : ''}\n\n`;
  if (findings.length === 0) return `${text}${code === 0 ? 'No findings.' : `speclint stopped with exit code ${code}; see the step's log.`}\n`;
  text += '| File | Line | Rule | Severity | Message |\n| --- | ---: | --- | --- | --- |\n';
  for (const [i, f] of findings.entries()) {
    const message = `${f.message}${f.quote ? ` — “${f.quote}”` : ''}`;
    const row = `| ${cell(f.file)} | ${f.line} | ${f.rule ? `\`${cell(f.rule)}\`` : fileNotice(f)} | ${f.severity} | ${cell(message)} |\n`;
    if (Buffer.byteLength(text + row) > SUMMARY_LIMIT) {
      return `${text}\n${findings.length - i} more findings do not fit in a job summary (1 MiB at most); the SARIF report has them all.\n`;
    }
    text += row;
  }
  return text;
}

function main(env) {
  const sarifFile = resolve(env.INPUT_SARIF_FILE || 'speclint.sarif');
  let args;
  try {
    args = splitArgs(env.INPUT_ARGS ?? '');
    // The action writes the SARIF report itself: another format or output file would leave it nothing to read.
    const taken = args.find((a) => /^(?:-f|--format|-o|--output-file)(?:=|$)/.test(a) || /^-[fo]./.test(a));
    if (taken) throw new Error(`args: ${taken} is set by the action (it reads the SARIF report it writes); use the sarif-file input to choose where that goes`);
  } catch (error) {
    process.stderr.write(`speclint action: ${error.message}\n`);
    return { code: 2, findings: [] };
  }
  const paths = splitPaths(env.INPUT_PATHS ?? '');
  // A report left by an earlier run must not stand for this one if speclint stops before writing. It is
  // not deleted first: sarif-file may name an input by mistake, which speclint refuses to overwrite and
  // the action must not delete. speclint writes a new file and renames it into place, so a report of
  // this run is a file that was not there before.
  const before = fileId(sarifFile);
  const argv = [bin, '--format', 'sarif', '--output-file', sarifFile, ...args, '--', ...(paths.length ? paths : ['.'])];
  const run = spawnSync(process.execPath, argv, { stdio: ['ignore', 'inherit', 'inherit'] });
  const code = run.status ?? 2;
  const after = fileId(sarifFile);
  const sarif = after !== undefined && after !== before;
  const findings = sarif ? findingsOf(JSON.parse(readFileSync(sarifFile, 'utf8'))) : [];
  return { code, findings, sarif };
}

/** A file's identity (device, inode, change time), or undefined when there is no file there (nothing, or a folder). */
function fileId(path) {
  try {
    const stat = statSync(path);
    return stat.isFile() ? `${stat.dev}:${stat.ino}:${stat.ctimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const env = process.env;
  const { code, findings, sarif } = main(env);
  for (const f of findings) process.stdout.write(`${annotation(f)}\n`);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary(findings, code));
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `exit-code=${code}\nsarif=${sarif ? 'true' : 'false'}\n`);
}
