import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const include = ['test/**/*.test.ts', 'examples/plugin/test/**/*.test.ts'];
/**
 * Test files that drive a browser (Chromium), an editor (Neovim, code-server),
 * pandoc, LibreOffice, pre-commit or Microsoft's .NET SARIF validator: `npm test`
 * runs them (project "tools"); `npm run test:unit` runs every other file
 * (project "unit"). A new file that needs one of these tools goes here.
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

export default defineConfig({
  // The example plugin's tests import speclint by name, as a plugin's own tests would.
  resolve: { alias: { speclint: fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    // Each project names its files (a project's lists would add to the root's, not replace them).
    projects: [
      { extends: true, test: { name: 'unit', include, exclude: [...configDefaults.exclude, ...needsTools] } },
      { extends: true, test: { name: 'tools', include: needsTools } },
    ],
    // CLI tests spawn the built bin; a few seconds each is normal on 2 cores.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
