/**
 * `npm run bench`: runs the engine benchmarks (bench/engine-report.ts, bundled as the extension
 * bundles the engine: bench/bundled.ts) and prints a markdown table. Figures depend on the
 * machine; run on an idle one.
 *
 * `npm run bench -- --browser [--runs=15] [--only=1,2,...]`: the browser benchmarks instead
 * (bench/browser.ts: the built extension in Chromium, plus the scaling table of bench/scaling.ts).
 */
import { runBundled } from './bundled';

if (process.argv.includes('--browser')) {
  const { runBrowser } = await import('./browser');
  await runBrowser();
  process.exit(0);
}

// The engine as it ships: one bundle, a fresh process (bench/bundled.ts).
process.exit(await runBundled('engine-report.ts'));
