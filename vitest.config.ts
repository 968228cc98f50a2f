import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    // Compiles public/unmask-index.json when it is missing or stale (a fresh clone has none).
    globalSetup: ['test/support/compile-lists.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
