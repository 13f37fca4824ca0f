/**
 * Runs the speclint command-line tool bundled in the extension, and turns its
 * `--format json` report on a Word file into findings for the Problems panel.
 * No `vscode` import here: the mapping is plain data.
 */
import { execFile } from 'node:child_process';

export interface CliResult {
  /** 0 no errors, 1 findings with errors, 2 a usage, config or read problem. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the tool could not be started at all. */
  error?: Error;
}

/**
 * Runs the bundled CLI with the extension host's own Node (VS Code's Electron
 * runs as Node with ELECTRON_RUN_AS_NODE), in the workspace folder so the
 * project's config is found as on the command line.
 */
export function runCli(cliPath: string, args: string[], cwd: string): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cliPath, '--no-color', ...args],
      { cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 256 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? null : 0;
        done({ code, stdout, stderr, ...(error && code === null && { error }) });
      },
    );
  });
}

/** What "Open the report" does after the CLI ran: open the report (with a warning), or say why there is none. */
export interface ReportOutcome {
  open: boolean;
  error?: string;
  warning?: string;
}

/**
 * Exit code 2 covers both a run that stopped (a config or usage problem: no report) and a
 * batch with an unreadable file, which is still reported (the report lists it): whether the
 * report file was written in this run tells them apart.
 */
export function reportOutcome(result: CliResult, written: boolean): ReportOutcome {
  if (result.error) return { open: false, error: `speclint could not be started: ${firstLine(result.error.message)}` };
  if (!written) return { open: false, error: `speclint could not write the report: ${firstLine(result.stderr) || `it stopped with exit code ${result.code ?? 'unknown'}`}` };
  if (result.code === 2) return { open: true, warning: 'speclint: some files could not be read or were not found; the report lists them.' };
  return { open: true };
}

/** The first line of what a command said. */
export function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** One finding in a Word file, positioned by paragraph (0-based, as VS Code counts). */
export interface WordFinding {
  ruleId: string | null;
  severity: 1 | 2;
  /** Paragraph number - 1: the Problems panel shows it as "Ln <paragraph>". */
  line: number;
  column: number;
  /** "Paragraph 74: “quote” message (under 3.2 Service description)": the quote first, to find it in Word. */
  message: string;
}

interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line?: number;
  column?: number;
  headingPath?: string[];
  quote?: string;
}

/** The findings of a `--format json` report (one file's, or several files' together). */
export function wordDiagnostics(report: unknown): WordFinding[] {
  const results = Array.isArray(report) ? (report as Array<{ messages?: JsonMessage[] }>) : [];
  return results.flatMap((result) => (result.messages ?? []).map(toFinding));
}

function toFinding(m: JsonMessage): WordFinding {
  const paragraph = m.line ?? 1;
  const heading = m.headingPath?.length ? ` (under ${m.headingPath.at(-1)})` : '';
  const quote = m.quote ? ` “${m.quote}”` : '';
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    line: Math.max(0, paragraph - 1),
    column: Math.max(0, (m.column ?? 1) - 1),
    message: `Paragraph ${paragraph}:${quote} ${m.message}${heading}`,
  };
}
