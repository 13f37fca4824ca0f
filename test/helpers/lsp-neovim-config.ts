/**
 * Neovim 0.7 (which cannot watch files for a language server) with a
 * specification open, while the project's .speclintrc.yaml is edited and
 * saved in a second window: what the open document's diagnostics were before
 * and after.
 */
import { lua, openAndAttach, runLuaSession } from './lsp-neovim.js';

export interface ConfigEditReport {
  error?: string;
  /** Rule ids of the diagnostics once the file was opened, sorted. */
  before: string[];
  /** The same once the config was saved and `gone` had disappeared. */
  after: string[];
}

/** Opens `file` under `root`, then replaces `config`'s lines and saves it, waiting for the `gone` finding to go. */
export function runNeovimConfigEdit(o: { root: string; file: string; config: string; lines: string[]; gone: string }): Promise<ConfigEditReport> {
  return runLuaSession<ConfigEditReport>(
    o.root,
    'config-session',
    `
local report = { before = {}, after = {} }

local function codes(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, tostring(d.code or lsp.code))
  end
  table.sort(list)
  return list
end

local function has(bufnr, code)
  for _, c in ipairs(codes(bufnr)) do if c == code then return true end end
  return false
end

local function session()
${openAndAttach(o)}
  assert(vim.wait(90000, function() return has(bufnr, ${lua(o.gone)}) end, 50), 'no ${o.gone} finding after opening')
  report.before = codes(bufnr)

  -- Edit the config in a second window and save it: the editor tells the server nothing.
  vim.cmd('split ' .. vim.fn.fnameescape(${lua(o.config)}))
  vim.api.nvim_buf_set_lines(0, 0, -1, false, vim.fn.json_decode(${lua(JSON.stringify(o.lines))}))
  vim.cmd('write')
  vim.cmd('wincmd p')
  assert(vim.wait(90000, function() return not has(bufnr, ${lua(o.gone)}) end, 50), 'the findings did not change after the config was saved')
  report.after = codes(bufnr)

  vim.lsp.stop_client(client_id)
  vim.wait(30000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end
`,
  );
}
