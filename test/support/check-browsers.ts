/**
 * vitest globalSetup for the real-browser tests: says once, in one line per browser, which browser
 * is missing and how to install it. The test files that need it then fail in their beforeAll, and
 * scripts/test-summary.mjs counts each of them as a failure.
 */
import { missingBrowser } from './browsers';

export default function setup(): void {
  for (const kind of ['chromium', 'firefox'] as const) {
    const missing = missingBrowser(kind);
    if (missing !== null) console.error(`\n${missing}\n`);
  }
}
