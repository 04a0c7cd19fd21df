import { defineConfig } from 'vitest/config';

/** End-to-end tests: the real UI built by vite, the real web host and handlers, a real SQLite file, Debian's Chromium. */
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/buildRenderer.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
