/**
 * Scaling table: index load, lookup and memory for 1k, 10k and 100k
 * indicators, in Node (the engine is pure TypeScript; the service worker pays the same parse and
 * build). The lists are the shipped (or fixture) index with generated indicators of the same kinds
 * (bench/engine.ts `synthetic`). No assertions: figures for the README.
 *
 *   npx tsx bench/scaling.ts        (also printed as section 7 of `npm run bench -- --browser`)
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCompiled, serializeCompiled } from '../src/lists/compiled';
import { runBundled } from './bundled';
import { benchHostVerdict, benchLoad, CLEAN_URLS, indexPath, listedUrls, synthetic } from './engine';

export function runScaling(sizes: readonly number[] = [1_000, 10_000, 100_000]): void {
  const { path, shipped } = indexPath();
  const lists = parseCompiled(readFileSync(path, 'utf8'));
  const rows: string[] = [];
  // Warm the JIT on the real index first, so the first size is not charged for it.
  benchHostVerdict(lists, CLEAN_URLS);
  for (const size of sizes) {
    const json = serializeCompiled(synthetic(lists, size));
    const big = parseCompiled(json);
    const runs = size >= 100_000 ? 5 : 15;
    const load = benchLoad(json, runs);
    const clean = benchHostVerdict(big, CLEAN_URLS);
    const listed = benchHostVerdict(big, listedUrls(big));
    rows.push(
      `| ${size.toLocaleString('en')} | ${(json.length / 1024 / 1024).toFixed(2)} MiB | ${load.medianMs.toFixed(1)} ms (parse ${load.parseMs.toFixed(1)}, build ${(load.medianMs - load.parseMs).toFixed(1)}; N = ${runs}) | ${clean.medianUs.toFixed(2)} µs (p95 ${clean.p95Us.toFixed(2)}) | ${listed.medianUs.toFixed(2)} µs (p95 ${listed.p95Us.toFixed(2)}) | ${load.heapMB.toFixed(1)} MiB |`,
    );
  }
  console.log(`\n### 7. Scaling: 1k, 10k, 100k indicators (Node ${process.version})\n`);
  console.log(
    '| Indicators | Index JSON | Index load: parseCompiled + createEngine, median | Lookup, unlisted host `judge(url)`, median | Lookup, listed host, median | Memory: heap retained by the engine |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(
    `\nBuilt from the ${shipped ? 'shipped' : 'fixture'} index (${lists.indicators.length} indicators) with generated indicators of the same kinds (bench/engine.ts \`synthetic\`): the real sources, campaigns and outlets, so the outlet (lookalike) checks cost the same at every size. Lookups: batches of 200 \`judge(url)\` calls, 400 batches, after 20,000 warm-up calls. Memory: \`heapUsed\` after gc with one engine alive minus before (the parsed lists included).`,
  );
}

const main = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (main && import.meta.url.endsWith('.ts')) {
  // Run by tsx: measure the engine as it ships instead, bundled (bench/bundled.ts).
  process.exit(await runBundled('scaling.ts', process.argv.slice(2)));
} else if (main) {
  // Section 7 of the browser benchmarks prints its own header.
  if (!process.argv.includes('--section')) {
    console.log(
      `Command: \`npx tsx bench/scaling.ts\` (run bundled); ${os.cpus()[0]?.model ?? 'unknown CPU'}, nproc ${os.cpus().length}, load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}.`,
    );
  }
  runScaling();
}
