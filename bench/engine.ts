/**
 * Engine benchmarks: host verdict, heavy page, index load with memory, for the
 * shipped index and a synthetic 100k-indicator one. No assertions: figures for the README.
 * Run with `npm run bench` (bench/run.ts prints the table).
 */
import { readFileSync, existsSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createEngine } from '../src/core/engine';
import { parseCompiled, serializeCompiled } from '../src/lists/compiled';
import type { CompiledLists, Indicator, PageSignals } from '../src/core/types';

export interface Row {
  name: string;
  value: string;
  target: string;
  notes: string;
}

// A real `gc()` without asking the caller for --expose-gc (`tsx --expose-gc` works too): the flag
// is set at run time and the function read from a fresh context (a V8 facility, fine for a
// benchmark, never for product code). Taken lazily, after the cold-start measurement, so that
// creating a context does not disturb it.
let gcFn: (() => void) | null = null;
function gc(): void {
  if (gcFn === null) {
    v8.setFlagsFromString('--expose_gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function indexPath(): { path: string; shipped: boolean } {
  const shipped = new URL('../public/unmask-index.json', import.meta.url);
  if (existsSync(shipped)) return { path: shipped.pathname, shipped: true };
  return { path: new URL('../test/fixtures/engine/lists.json', import.meta.url).pathname, shipped: false };
}

/** Median µs per `judge(url)` with no signals, over a set of URLs (batches of 200 calls). */
export function benchHostVerdict(lists: CompiledLists, urls: readonly string[]): { medianUs: number; p95Us: number } {
  const engine = createEngine(lists);
  const batch = 200;
  for (let i = 0; i < 20_000; i++) engine.judge(urls[i % urls.length] as string); // warm-up
  const samples: number[] = [];
  for (let round = 0; round < 400; round++) {
    const t0 = nowMs();
    for (let i = 0; i < batch; i++) engine.judge(urls[(round * batch + i) % urls.length] as string);
    samples.push(((nowMs() - t0) * 1000) / batch);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianUs: median(samples), p95Us: sorted[Math.floor(sorted.length * 0.95)] as number };
}

/** Everyday browsing: hosts that are in no list (the case every page view pays). */
export const CLEAN_URLS = [
  'https://www.example.com/news/2024/article.html',
  'https://edition.cnn.com/2024/01/01/politics/story',
  'https://news.some-random-site.co.uk/a?b=c',
  'https://x.com/someone/status/1',
  'https://www.youtube.com/watch?v=abc',
  'https://en.wikipedia.org/wiki/Disinformation',
  'https://www.spiegel.de/politik/deutschland/a-123.html',
  'https://github.com/user/repo/issues/1',
];

/** Listed hosts from the lists (each verdict builds a finding with its citations). */
export function listedUrls(lists: CompiledLists): string[] {
  return lists.indicators
    .filter((i) => i.kind === 'domain')
    .slice(0, 200)
    .map((i) => `https://${i.value}/some/path`);
}

/** A page with 5,000 links (some listed), 300 KB of text and a few claimed names. */
export function heavySignals(lists: CompiledLists): PageSignals {
  const listedHosts = lists.indicators.filter((i) => i.kind === 'domain').map((i) => i.value);
  const links: string[] = [];
  for (let i = 0; i < 5000; i++) {
    links.push(
      i % 50 === 7 && listedHosts.length > 0
        ? `https://${listedHosts[i % listedHosts.length]}/p/${i}`
        : `https://site${i % 700}.example.org/article/${i}?ref=home`,
    );
  }
  const words =
    'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
      ' ',
    );
  let text = '';
  for (let i = 0; text.length < 300 * 1024; i++) text += `${words[(i * 7919) % words.length]} `;
  return {
    claimedNames: [
      { source: 'title', value: 'A long headline about the election results and what comes next | Some Local Paper' },
      { source: 'og:site_name', value: 'Some Local Paper' },
      { source: 'ld+json', value: 'Some Local Paper Media Group' },
      { source: 'copyright', value: '© 2025 Some Local Paper. All rights reserved.' },
    ],
    links,
    handles: links.slice(0, 300).map((_, i) => `https://x.com/user_${i}`),
    text,
  };
}

export function benchHeavyPage(lists: CompiledLists): { medianMs: number; findings: number } {
  const engine = createEngine(lists);
  const signals = heavySignals(lists);
  const url = 'https://www.some-local-paper.example/2025/01/01/story.html';
  for (let i = 0; i < 10; i++) engine.judge(url, signals, { sensitivity: 'text' });
  const samples: number[] = [];
  let findings = 0;
  for (let i = 0; i < 60; i++) {
    const t0 = nowMs();
    const v = engine.judge(url, signals, { sensitivity: 'text' });
    samples.push(nowMs() - t0);
    findings = v.findings.length;
  }
  return { medianMs: median(samples), findings };
}

/** parseCompiled (JSON.parse + expansion) + createEngine of a serialised index: median ms over runs, heap retained after gc. */
export function benchLoad(json: string, runs: number): { medianMs: number; parseMs: number; cpuMs: number; heapMB: number } {
  const samples: number[] = [];
  const parses: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = nowMs();
    const lists = parseCompiled(json);
    const t1 = nowMs();
    createEngine(lists);
    samples.push(nowMs() - t0);
    parses.push(t1 - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const engine = createEngine(parseCompiled(json));
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (engine.judge('https://example.com/').level !== 'none') throw new Error('unexpected verdict');
  return { medianMs: median(samples), parseMs: median(parses), cpuMs: median(cpu), heapMB: (after - before) / 1024 / 1024 };
}

/**
 * A synthetic list of `count` indicators built from the real one: the real sources, campaigns,
 * outlets and artifacts, and indicators cloned from real rows with generated values of the same
 * kind (domains, URLs, handles), so that every code path of the index build runs at scale.
 */
export function synthetic(lists: CompiledLists, count: number): CompiledLists {
  const templates = lists.indicators;
  const indicators: Indicator[] = [];
  const tlds = ['com', 'net', 'org', 'info', 'top', 'pm', 'ltd', 'de', 'fr', 'co.uk', 'online', 'site'];
  const platforms = [
    'https://x.com/',
    'https://t.me/',
    'https://www.tiktok.com/@',
    'https://www.youtube.com/@',
    'https://www.reddit.com/user/',
    'https://www.facebook.com/',
  ];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length] as Indicator;
    const id = `${((i * 2654435761) % 4294967296).toString(36)}${i.toString(36)}`;
    let value: string;
    if (t.kind === 'domain') value = `syn-${id}.${tlds[i % tlds.length]}`;
    else if (t.kind === 'url') value = `https://news-${id}.example.com/2024/${id}/article-${i}.html`;
    else value = `${platforms[i % platforms.length]}syn_${id}`;
    indicators.push({ ...t, value });
  }
  return { ...lists, indicators };
}

export function run(): { rows: Row[]; source: string } {
  const { path, shipped } = indexPath();
  const json = readFileSync(path, 'utf8');
  const lists = parseCompiled(json);
  const label = shipped
    ? `shipped index (${lists.indicators.length} indicators, ${lists.outlets.length} outlets)`
    : `fixture (${lists.indicators.length} indicators; public/unmask-index.json missing)`;
  const rows: Row[] = [];

  // First, before anything warms the JIT: what a fresh service worker pays on wake-up.
  const t0 = nowMs();
  const coldLists = parseCompiled(json);
  const t1 = nowMs();
  const cold = createEngine(coldLists);
  const t2 = nowMs();
  cold.judge('https://www.example.com/');
  const t3 = nowMs();
  cold.judge('https://www.example.org/a', { claimedNames: [{ source: 'og:site_name', value: 'Example Daily' }] });
  const t4 = nowMs();
  rows.push({
    name: 'Cold start: parseCompiled + createEngine + first verdict',
    value: `${(t3 - t0).toFixed(1)} ms (parse ${(t1 - t0).toFixed(1)}, build ${(t2 - t1).toFixed(1)}, first verdict ${(t3 - t2).toFixed(1)}); first page with claimed names +${(t4 - t3).toFixed(1)} ms`,
    target: '(< 50 ms load)',
    notes: `${label}; first thing in a fresh process, no JIT warm-up; the claimed-name index is built on first use`,
  });

  const clean = benchHostVerdict(lists, CLEAN_URLS);
  rows.push({
    name: 'Host verdict, unlisted hosts, `judge(url)`',
    value: `${clean.medianUs.toFixed(2)} µs median (p95 ${clean.p95Us.toFixed(2)} µs)`,
    target: '< 5 µs',
    notes: `${CLEAN_URLS.length} everyday URLs, default sensitivity (lookalikes on)`,
  });
  const listedRun = benchHostVerdict(lists, listedUrls(lists));
  rows.push({
    name: 'Host verdict, listed hosts, `judge(url)`',
    value: `${listedRun.medianUs.toFixed(2)} µs median (p95 ${listedRun.p95Us.toFixed(2)} µs)`,
    target: '< 5 µs',
    notes: '200 listed domains; each verdict builds a cited finding',
  });

  const heavy = benchHeavyPage(lists);
  rows.push({
    name: 'Heavy page: 5,000 links, 300 KB text, 300 handles, sensitivity `text`',
    value: `${heavy.medianMs.toFixed(2)} ms median`,
    target: '< 5 ms',
    notes: `${heavy.findings} finding(s); links and handles capped at 500 each`,
  });

  const load = benchLoad(json, 15);
  rows.push({
    name: 'Index load: parseCompiled + createEngine',
    value: `${load.medianMs.toFixed(1)} ms median (parse ${load.parseMs.toFixed(1)} ms; process CPU ${load.cpuMs.toFixed(1)} ms), heap ${load.heapMB.toFixed(1)} MB`,
    target: '< 50 ms',
    notes: `${label}, ${(json.length / 1024).toFixed(0)} KB JSON`,
  });

  // Encoded as `npm run lists` writes the shipped index (src/lists/compiled.ts, format 4).
  const big = serializeCompiled(synthetic(lists, 100_000));
  const loadBig = benchLoad(big, 5);
  rows.push({
    name: 'Index load, synthetic 100k indicators',
    value: `${loadBig.medianMs.toFixed(1)} ms median (parse ${loadBig.parseMs.toFixed(1)} ms; process CPU ${loadBig.cpuMs.toFixed(1)} ms), heap ${loadBig.heapMB.toFixed(1)} MB`,
    target: '< 300 ms',
    notes: `built from the ${shipped ? 'shipped' : 'fixture'} lists with generated values, ${(big.length / 1024 / 1024).toFixed(1)} MB JSON`,
  });
  return { rows, source: label };
}
