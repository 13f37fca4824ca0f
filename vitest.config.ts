import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const include = ['test/**/*.test.ts', 'examples/plugin/test/**/*.test.ts'];
/**
 * End-to-end test files: `npm test` runs them (project "tools"), `npm run
 * test:unit` runs every other file (project "unit"): about a minute on a
 * 2-core machine, build included (67 s with the machine's load average at
 * 2.5 from other work; the build is incremental, 3 s when nothing changed).
 * A test of what the command line does runs it in-process
 * (speclintInProcess); one of the process itself spawns the bin and, if it
 * is slow, goes below. Those that drive a browser (Chromium), an editor (Neovim,
 * code-server), pandoc, LibreOffice, pre-commit or Microsoft's .NET SARIF
 * validator; a new file that needs one of these tools goes here.
 */
const needsTools = [
  'test/annotate.test.ts',
  'test/html-report.test.ts',
  'test/lsp-neovim.test.ts',
  'test/recipes.test.ts',
  'test/sarif-validator.test.ts',
  'test/vscode.test.ts',
  'test/web.test.ts',
];
/**
 * ...and those that need no tool but minutes of CPU on two cores: recheck on
 * every regular expression and 1 MB adversarial lines (redos.test.ts), the
 * command line run as a user runs it, option by option (cli.test.ts), every
 * CLI mode leaving its inputs intact (security-cli.test.ts), sharding checked
 * over many runs (shard.test.ts), very large tables (scale.test.ts, and
 * hostile-scale.test.ts: 40,000 cells, thousands of directives), the
 * language server under load (lsp-load.test.ts: 10,000 edits, 5 MB and 1 MB
 * documents, a check that never ends), the batch
 * of every hostile input with its memory bound (hostile-batch.test.ts) and the
 * packed tarball installed and run (package.test.ts). cli.test.ts and
 * package.test.ts are the only ones that need the browser checker built, so
 * test:unit does not build it. What they check is not checked elsewhere: run
 * `npm test` before a change to the CLI, the rules' regular expressions or the
 * lexicons' patterns.
 */
const slow = [
  'test/cli.test.ts',
  'test/hostile-batch.test.ts',
  'test/hostile-scale.test.ts',
  'test/lsp-load.test.ts',
  'test/package.test.ts',
  'test/redos.test.ts',
  'test/scale.test.ts',
  'test/security-cli.test.ts',
  'test/shard.test.ts',
];

export default defineConfig({
  // The example plugin's tests import speclint by name, as a plugin's own tests would.
  resolve: { alias: { speclint: fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    // Each project names its files (a project's lists would add to the root's, not replace them).
    projects: [
      // The quick files share their worker's modules (isolate: false) instead of each loading the
      // parser, rules and lexicons again: a third of test:unit's CPU. None depends on another's state.
      { extends: true, test: { name: 'unit', include, exclude: [...configDefaults.exclude, ...needsTools, ...slow], isolate: false } },
      { extends: true, test: { name: 'tools', include: [...needsTools, ...slow] } },
    ],
    // CLI tests spawn the built bin; a few seconds each is normal on 2 cores.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
