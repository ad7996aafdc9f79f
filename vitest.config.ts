import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    // beforeAll hooks build whole report folders: as slow as a test on a busy machine.
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
