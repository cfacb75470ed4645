import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/chromium.ts', 'test/e2e/server.ts'],
          testTimeout: 240_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and the game animates.
          fileParallelism: false,
        },
      },
    ],
  },
});
