/**
 * speclint for VS Code: starts the speclint language server bundled in this
 * extension for Markdown and plain-text specifications, shows the number of
 * findings in the status bar, and checks Word files and writes the HTML report
 * with the bundled command-line tool. Nothing is looked for on PATH.
 */
import { resolve } from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { firstLine, reportOutcome, runCli, wordDiagnostics, type CliResult } from './cli.js';

/** The settings section the server reads (workspace/configuration and didChangeConfiguration). */
const SECTION = 'speclint';
const SOURCE = 'speclint';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('speclint', { log: true });
  const word = vscode.languages.createDiagnosticCollection('speclint-word');
  const status = vscode.window.createStatusBarItem('speclint.findings', vscode.StatusBarAlignment.Left, 0);
  status.name = 'speclint findings';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(output, word, status);

  const cli = (args: string[], cwd: string): Promise<CliResult> =>
    runCli(context.asAbsolutePath('server/speclint.js'), [...configFileArgs(cwd), ...args], cwd);

  const updateStatus = (): void => {
    let errors = 0;
    let warnings = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) {
        if (d.source !== SOURCE) continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else warnings++;
      }
    }
    const total = errors + warnings;
    status.text = `$(checklist) speclint: ${total}`;
    status.tooltip = total === 0 ? 'speclint: no findings in the open files. Click to show the Problems panel.'
      : `speclint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. Click to show them in the Problems panel.`;
    status.show();
  };
  context.subscriptions.push(vscode.languages.onDidChangeDiagnostics(updateStatus));
  updateStatus();

  context.subscriptions.push(
    vscode.commands.registerCommand('speclint.checkWordFile', async (given?: vscode.Uri) => {
      const file = given?.fsPath.toLowerCase().endsWith('.docx') ? given : await pickWordFile();
      if (!file) return;
      const cwd = vscode.workspace.getWorkspaceFolder(file)?.uri.fsPath ?? vscode.Uri.joinPath(file, '..').fsPath;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `speclint: checking ${vscode.workspace.asRelativePath(file)}` },
        () => cli(['--format', 'json', file.fsPath], cwd),
      );
      const report = parseJson(result, output);
      if (!report) return;
      const diagnostics = wordDiagnostics(report).map(toDiagnostic);
      word.set(file, diagnostics);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(
        `speclint: ${diagnostics.length} finding${diagnostics.length === 1 ? '' : 's'} in ${vscode.workspace.asRelativePath(file)}, listed in the Problems panel with their paragraph numbers.`,
      );
    }),
    vscode.commands.registerCommand('speclint.openReport', async () => {
      const folder = await pickFolder();
      if (!folder) return;
      const target = vscode.Uri.joinPath(folder.uri, 'speclint-report.html');
      const before = await modified(target);
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `speclint: writing the report for ${folder.name}` },
        () => cli(['--format', 'html', '--output-file', target.fsPath, folder.uri.fsPath], folder.uri.fsPath),
      );
      if (result.stderr || result.error) output.appendLine(result.stderr || String(result.error));
      const after = await modified(target);
      const outcome = reportOutcome(result, after !== undefined && after !== before);
      if (!outcome.open) {
        void vscode.window.showErrorMessage(outcome.error!);
        return;
      }
      if (outcome.warning) void vscode.window.showWarningMessage(outcome.warning);
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      // A webview works alike in desktop VS Code and in the browser (code-server, vscode.dev hosts).
      const panel = vscode.window.createWebviewPanel('speclint.report', `speclint report: ${folder.name}`, vscode.ViewColumn.Active, {});
      panel.webview.html = html;
      void vscode.window.showInformationMessage(`speclint: the report is saved as ${vscode.workspace.asRelativePath(target)}.`);
    }),
  );

  /** The language server follows speclint.enable: started when it is on, stopped when it is off. */
  const follow = async (): Promise<void> => {
    const enabled = vscode.workspace.getConfiguration(SECTION).get<boolean>('enable', true);
    if (enabled && !client) {
      client = newClient(context, output);
      await client.start();
    } else if (!enabled && client) {
      const stopping = client;
      client = undefined;
      await stopping.stop();
    }
  };
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.enable`)) void follow();
    }),
  );
  await follow();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function newClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/speclint-lsp.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
    ],
    // The server asks for the `speclint` section itself (workspace/configuration), and again
    // whenever VS Code says the settings changed, so a change applies without a reload.
    outputChannel: output,
  };
  return new LanguageClient('speclint', 'speclint', serverOptions, clientOptions);
}

/** `--config <file>` when speclint.configFile names one, as the language server uses it (relative to the folder). */
function configFileArgs(cwd: string): string[] {
  const configFile = vscode.workspace.getConfiguration(SECTION).get<string>('configFile', '').trim();
  return configFile ? ['--config', resolve(cwd, configFile)] : [];
}

/** The Word file in the active tab, else the only one in the workspace, else the one the user picks. */
async function pickWordFile(): Promise<vscode.Uri | undefined> {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: unknown } | undefined;
  if (input?.uri instanceof vscode.Uri && input.uri.fsPath.toLowerCase().endsWith('.docx')) return input.uri;
  const found = await vscode.workspace.findFiles('**/*.docx', '**/node_modules/**', 200);
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    const picked = await vscode.window.showQuickPick(
      found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
      { placeHolder: 'Which Word file should speclint check?' },
    );
    return picked?.uri;
  }
  const chosen = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word documents': ['docx'] } });
  return chosen?.[0];
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('speclint: open a folder first; the report covers the specifications in it.');
    return undefined;
  }
  return folders.length === 1 ? folders[0] : vscode.window.showWorkspaceFolderPick({ placeHolder: 'Report on which folder?' });
}

function parseJson(result: CliResult, output: vscode.OutputChannel): unknown {
  try {
    return JSON.parse(result.stdout);
  } catch {
    const said = firstLine(result.stderr) || (result.error ? firstLine(result.error.message) : `it stopped with exit code ${result.code ?? 'unknown'}`);
    output.appendLine(result.stderr || said);
    void vscode.window.showErrorMessage(`speclint could not check the file: ${said}`);
    return undefined;
  }
}

function toDiagnostic(finding: ReturnType<typeof wordDiagnostics>[number]): vscode.Diagnostic {
  const range = new vscode.Range(finding.line, finding.column, finding.line, finding.column);
  const severity = finding.severity === 2 ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(range, finding.message, severity);
  diagnostic.source = SOURCE;
  if (finding.ruleId) diagnostic.code = finding.ruleId;
  return diagnostic;
}

/** When a file was last written, or undefined when there is none. */
async function modified(file: vscode.Uri): Promise<number | undefined> {
  try {
    return (await vscode.workspace.fs.stat(file)).mtime;
  } catch {
    return undefined;
  }
}
