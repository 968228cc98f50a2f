/**
 * `npx tsx bench/list-update.ts [--runs=N] [--cpu]` (run bundled: bench/bundled.ts): how long installing a list update of the full index
 * holds the thread at a time (target: at most 50 ms), in Node with the extension's own code.
 *
 * The update is the real compiled index (public/unmask-index.json, `npm run lists` first), signed
 * with a fresh key, installed by src/extension/list-updates.ts from an in-memory mirror and
 * storage; then the engine over it is built, as the worker does on its next verdict. A probe
 * task scheduled every millisecond records the longest gap between its runs: the longest time
 * anything else (a verdict, a message) would have waited. Also timed: each synchronous step on
 * its own, and verdicts judged between the steps stay those of the lists in use.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createEngine, createEngineInSteps } from '../src/core/engine';
import { readIndex } from '../src/lists/compiled';
import { INDEX_FILE, MANIFEST_FILE, SIGNATURE_FILE, importTrustedKeys, verifyBundle } from '../src/lists/updates/bundle';
import { buildBundle } from '../src/lists/updates/publish';
import { LIST_UPDATE_KEY, readStoredUpdate, updateFromMirrors, type UpdateEnv } from '../src/extension/list-updates';
import { runBundled } from './bundled';

// Run by tsx: measure the code as it ships instead, bundled in a fresh process (bench/bundled.ts).
if (import.meta.url.endsWith('.ts')) process.exit(await runBundled('list-update.ts', process.argv.slice(2)));

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const indexText = readFileSync(new URL('../public/unmask-index.json', import.meta.url), 'utf8');
const bundledVersion = readIndex(indexText).version;
// The "bundled" lists are the same index under a lower version, so that the update is newer.
const bundledText = indexText.replace(`"version":"${bundledVersion}"`, '"version":"0.0.1"');
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const files = buildBundle({
  privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  indexText,
  listVersion: bundledVersion,
  minExtensionVersion: '0.1.0',
  created: new Date(),
  days: 30,
}).files;
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;

/**
 * `--cpu`: the probe reads the process's CPU time instead of the clock, so that time the process
 * spent not running at all (a machine shared with other work) is not counted as a hold. That time
 * is every thread's (V8's concurrent garbage collector and compiler too), so where the machine has
 * a core to spare it overstates a hold: read the clock there.
 */
const cpuClock = process.argv.includes('--cpu');
const clock = (): number => {
  if (!cpuClock) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function probe(): { stop(): number } {
  let last = clock();
  let worst = 0;
  let on = true;
  const tick = () => {
    const now = clock();
    worst = Math.max(worst, now - last);
    last = now;
    if (on) setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  return {
    stop() {
      on = false;
      return worst;
    },
  };
}

function env(storage: Record<string, unknown>): UpdateEnv {
  return {
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in storage).map((k) => [k, storage[k]])),
    set: async (items) => void Object.assign(storage, items),
    fetch: async (url) => new Response(files.get(new URL(url).pathname.slice(1))!),
    bundledIndexText: async () => bundledText,
    extensionVersion: '0.1.0',
    trustedKeys: [publicPem],
    mirrors: ['https://mirror.invalid/'],
    timeoutMs: 30_000,
    now: () => new Date(),
  };
}

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
};

const rows: Record<string, number[]> = {
  'install from the mirror: longest gap of the probe': [],
  'read back and verify the stored update: longest gap': [],
  'readIndex (head) + lists() (every shard), one step': [],
  'createEngine over the full index, one step': [],
  'the swap as the worker does it (shards, decoding, engine in steps, then a page judged again): longest gap of the probe': [],
  'verifyBundle (hashes and signature, async), total': [],
};
const bundled = createEngine(readIndex(bundledText).lists());
for (let i = 0; i < runs; i++) {
  const storage: Record<string, unknown> = {};
  let p = probe();
  const status = await updateFromMirrors(env(storage));
  rows['install from the mirror: longest gap of the probe']!.push(p.stop());
  if (status.outcome !== 'updated') throw new Error(`not installed: ${JSON.stringify(status)}`);
  // Verdicts while nothing is swapped yet are the bundled lists' (same lists here: the same level).
  if (bundled.judgeTarget('washingtonpost.pm', {}).level !== 'high') throw new Error('verdict changed');

  p = probe();
  const stored = await readStoredUpdate(env(storage), '0.0.1');
  rows['read back and verify the stored update: longest gap']!.push(p.stop());
  if (stored === null || !(LIST_UPDATE_KEY in storage)) throw new Error('stored update not read back');

  const [lists, decode] = time(() => readIndex(stored.index).lists());
  rows['readIndex (head) + lists() (every shard), one step']!.push(decode);
  const [engine, build] = time(() => createEngine(lists));
  rows['createEngine over the full index, one step']!.push(build);
  if (engine.judgeTarget('washingtonpost.pm', {}).level !== 'high') throw new Error('updated engine differs');

  // What engine-provider.ts does after invalidate(): one task per shard, the rows decoded and
  // the engine's indexes built in slices; the probe sees the longest task.
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  p = probe();
  const reader = readIndex(stored.index);
  const steppedLists = await reader.listsInSteps!(pause);
  await pause();
  const stepped = await createEngineInSteps(steppedLists, pause, { warm: true });
  // Then every open tab is judged again: a news page that names itself.
  await pause();
  stepped.judge('https://www.example.com/a', { claimedNames: [{ source: 'og:site_name', value: 'The Washington Post' }] });
  rows['the swap as the worker does it (shards, decoding, engine in steps, then a page judged again): longest gap of the probe']!.push(
    p.stop(),
  );
  if (stepped.judgeTarget('washingtonpost.pm', {}).level !== 'high') throw new Error('stepped engine differs');

  const keys = await importTrustedKeys([publicPem]);
  const enc = new TextEncoder();
  const t = performance.now();
  await verifyBundle(
    {
      manifest: enc.encode(files.get(MANIFEST_FILE)!),
      signature: enc.encode(files.get(SIGNATURE_FILE)!),
      files: new Map([[INDEX_FILE, enc.encode(files.get(INDEX_FILE)!)]]),
    },
    keys,
    { floor: '0.0.1' },
  );
  rows['verifyBundle (hashes and signature, async), total']!.push(performance.now() - t);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}; index ${(indexText.length / 1024).toFixed(0)} KiB; ${runs} runs\n`,
);
console.log('| Step | Median ms | Worst ms |');
console.log('|---|---|---|');
for (const [name, xs] of Object.entries(rows)) console.log(`| ${name} | ${median(xs).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`);
