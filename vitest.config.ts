import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The example plugin's tests import speclint by name, as a plugin's own tests would.
  resolve: { alias: { speclint: fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts', 'examples/plugin/test/**/*.test.ts'],
    // CLI tests spawn the built bin; a few seconds each is normal on 2 cores.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
