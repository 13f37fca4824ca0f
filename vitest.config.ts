import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/plugin/test/**/*.test.ts'],
    // CLI tests spawn the built bin; a few seconds each is normal on 2 cores.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
