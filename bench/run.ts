/**
 * `npm run bench`: runs the engine benchmarks and prints a markdown table (paste it into the
 * README). Figures depend on the machine; run on an idle one.
 *
 * `npm run bench -- --browser [--runs=15] [--only=1,2,...]`: the browser benchmarks instead
 * (bench/browser.ts: the built extension in Chromium, plus the scaling table of bench/scaling.ts).
 */
import os from 'node:os';
import { run } from './engine';

if (process.argv.includes('--browser')) {
  const { runBrowser } = await import('./browser');
  await runBrowser();
  process.exit(0);
}

const before = os.loadavg()[0] ?? 0;
const { rows } = run();
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const after = os.loadavg()[0] ?? 0;
// Shared machines distort wall-clock figures: say how busy this one was.
console.log(`Node ${process.version}, ${cpu}, ${os.cpus().length} cores, load average ${before.toFixed(1)} -> ${after.toFixed(1)}\n`);
console.log('| Benchmark | Result | Target | Notes |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.value} | ${r.target} | ${r.notes} |`);
