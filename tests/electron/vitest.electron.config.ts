import { defineConfig } from 'vitest/config';

/**
 * `npm run test:electron`: the desktop app itself in Electron, driven by Playwright. It needs Electron's binary
 * (downloaded by `npm install` where the network allows), so it is not part of `npm test`.
 */
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/electron/**/*.electron.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    expect: { poll: { timeout: 30_000 } },
  },
});
