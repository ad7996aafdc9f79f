import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    // A suite's beforeAll may write a whole report (charts, Word) on a busy machine.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
