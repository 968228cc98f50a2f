/**
 * The engine benchmarks' table (`npm run bench`, which runs this file bundled: bench/bundled.ts).
 * Figures depend on the machine; run on an idle one.
 */
import os from 'node:os';
import { run } from './engine';

const before = os.loadavg()[0] ?? 0;
const { rows } = run();
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const after = os.loadavg()[0] ?? 0;
// Shared machines distort wall-clock figures: say how busy this one was.
console.log(`Node ${process.version}, ${cpu}, ${os.cpus().length} cores, load average ${before.toFixed(1)} -> ${after.toFixed(1)}\n`);
console.log('| Benchmark | Result | Target | Notes |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.value} | ${r.target} | ${r.notes} |`);
