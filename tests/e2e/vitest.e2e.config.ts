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
    // A poll waits out debounced searches and round trips on a busy machine rather than vitest's one second.
    expect: { poll: { timeout: 10_000 } },
  },
});
