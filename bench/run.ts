/**
 * `npm run bench`: runs the engine benchmarks and prints a markdown table (paste it into the
 * README). Figures depend on the machine; run on an idle one.
 */
import os from 'node:os';
import { run } from './engine';

const { rows } = run();
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Node ${process.version}, ${cpu}, ${os.cpus().length} cores\n`);
console.log('| Benchmark | Result | Target | Notes |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.value} | ${r.target} | ${r.notes} |`);
