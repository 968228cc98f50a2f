import { defineConfig } from 'vitest/config';

// Real-browser tests: they drive the built extension (.output/) in Debian's Chromium and firefox-esr.
// `npm run build` must have run first (scripts/test-all.sh does it).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    retry: 0,
    // One line per missing browser, saying how to install it.
    globalSetup: ['test/support/check-browsers.ts'],
  },
});
