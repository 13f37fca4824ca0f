/**
 * Drives Debian's Neovim (0.7 API: vim.lsp.start_client, buf_attach_client,
 * vim.diagnostic.get) headless against the built language server, and reads
 * back what the editor received as JSON.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LSP_BIN } from './lsp.js';

export interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  source?: string;
  code?: string;
  href?: string;
  message: string;
}

export interface NeovimReport {
  error?: string;
  /** Diagnostics once the file was opened. */
  opened: NeovimDiagnostic[];
  /** Diagnostics after deleting line `deleteLine` (0-based) in the editor. */
  edited: NeovimDiagnostic[];
  hover?: string;
  actions: string[];
  stopped: boolean;
}

/** The nvim binary, or undefined when it is not installed. */
export function neovimVersion(): string | undefined {
  const run = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.split('\n')[0] : undefined;
}

/** A Lua string literal, for ASCII paths. */
export const lua = (value: string): string => JSON.stringify(value);

/**
 * Lua that opens `file` as Markdown and attaches the built server to it, with
 * `root` as the workspace folder; defines `bufnr` and `client_id`.
 */
export function openAndAttach(o: { root: string; file: string }): string {
  return `  vim.cmd('edit ' .. vim.fn.fnameescape(${lua(o.file)}))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_option(bufnr, 'filetype', 'markdown')
  local client_id = vim.lsp.start_client({
    name = 'speclint',
    cmd = { ${lua(process.execPath)}, ${lua(LSP_BIN)}, '--stdio' },
    root_dir = ${lua(o.root)},
    workspace_folders = { { uri = vim.uri_from_fname(${lua(o.root)}), name = 'specs' } },
  })
  assert(client_id, 'vim.lsp.start_client returned nothing')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')
`;
}

/**
 * The editor session: open `file`, attach the server, wait for diagnostics,
 * delete one line and wait for them to change, ask for hover and code actions
 * at `probe`, stop the server, write everything to `out`.
 */
function script(o: { root: string; file: string; deleteLine: number; probe: { line: number; character: number } }): string {
  return `
local report = { opened = {}, edited = {}, actions = {}, stopped = false }

local function snapshot(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, message = d.message,
      code = d.code or lsp.code,
      href = lsp.codeDescription and lsp.codeDescription.href or nil,
    })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and tostring(a.code) < tostring(b.code)) end)
  return list
end

local function session()
${openAndAttach(o)}

  assert(vim.wait(90000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics arrived after opening')
  report.opened = snapshot(bufnr)

  local before = #report.opened
  vim.api.nvim_buf_set_lines(bufnr, ${o.deleteLine}, ${o.deleteLine + 1}, false, {})
  assert(vim.wait(90000, function() return #vim.diagnostic.get(bufnr) ~= before end, 50), 'the diagnostics did not change after an edit')
  report.edited = snapshot(bufnr)

  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = { line = ${o.probe.line}, character = ${o.probe.character} } }
  local hovers = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 30000) or {}
  for _, r in pairs(hovers) do
    if r.result and r.result.contents then report.hover = r.result.contents.value end
  end
  local range = { start = params.position, ['end'] = params.position }
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = params.textDocument, range = range, context = { diagnostics = {} },
  }, 30000) or {}
  for _, r in pairs(actions) do
    for _, a in ipairs(r.result or {}) do table.insert(report.actions, a.title) end
  end

  vim.lsp.stop_client(client_id)
  report.stopped = vim.wait(30000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end
`;
}

export function runNeovim(o: { root: string; file: string; deleteLine: number; probe: { line: number; character: number } }): Promise<NeovimReport> {
  return runLuaSession<NeovimReport>(o.root, 'session', script(o));
}

/**
 * Runs a Lua session headless in Neovim and returns its report. `body` defines
 * a `report` table and a `session` function; the session's error, if any, is
 * added to the report as `error`.
 */
export async function runLuaSession<T>(root: string, name: string, body: string): Promise<T> {
  const work = join(root, '.nvim');
  mkdirSync(work, { recursive: true });
  const out = join(work, `${name}.json`);
  const scriptFile = join(work, `${name}.lua`);
  writeFileSync(
    scriptFile,
    `${body}
local ok, err = pcall(session)
if not ok then report.error = tostring(err) end
local f = assert(io.open(${lua(out)}, 'w'))
f:write(vim.fn.json_encode(report))
f:close()
vim.cmd('qall!')
`,
  );
  // Its own cache and state folders, so the LSP log and shada stay out of the user's home.
  const env = { ...process.env, XDG_CACHE_HOME: join(work, 'cache'), XDG_STATE_HOME: join(work, 'state'), XDG_DATA_HOME: join(work, 'data') };
  const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${scriptFile}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  if (!existsSync(out)) throw new Error(`Neovim wrote no report (exit ${code}):\n${output}`);
  return JSON.parse(readFileSync(out, 'utf8')) as T;
}
