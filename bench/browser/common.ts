/** Shared by the browser benchmarks: helpers, the copied build, the heavy page, Chromium launched with the extension, and the worker instrumentation (see bench/browser.ts for how the extension is observed). */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumExtensionId } from '../../test/e2e/harness';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/**
 * The builds measured: this checkout's, or UNMASK_BENCH_OUTPUT's (a directory holding chrome-mv3
 * and firefox-mv3, such as a copy of another branch's .output), to compare two builds with the
 * same command, run after run.
 */
const OUTPUT = process.env.UNMASK_BENCH_OUTPUT ? resolve(process.env.UNMASK_BENCH_OUTPUT) : join(ROOT, '.output');
export const BUILDS = { chrome: join(OUTPUT, 'chrome-mv3'), firefox: join(OUTPUT, 'firefox-mv3') };
/** The content script's size budget in bytes, as test/e2e/extension.test.ts holds it. */
export const BUDGET = 14_000;
export const HEAVY_HOST = 'heavy.example';
export const SPOOF = 'http://washingtonpost.pm/';
export const CLEAN = 'http://clean.example/';
/**
 * tsx (esbuild keepNames) wraps named inner functions in `__name(...)`: a page or worker that runs
 * such a function as source needs this evaluated in it first.
 */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f; true';

// ------------------------------------------------------------------------------------------------
// Small helpers
// ------------------------------------------------------------------------------------------------

export function arg(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = hit ? Number(hit.split('=')[1]) : fallback;
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (pos - lo);
}
export const median = (v: readonly number[]) => quantile(v, 0.5);
export const p90 = (v: readonly number[]) => quantile(v, 0.9);
export const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function table(title: string, head: string[], rows: (string | number)[][], notes: string[] = []): void {
  console.log(`\n### ${title}\n`);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  for (const n of notes) console.log(`\n${n}`);
}

export function verdictOf(value: number, target: number): string {
  if (!Number.isFinite(value)) return 'not measured';
  return value <= target ? 'met' : `MISSED by ${f1(value - target)}`;
}

// ------------------------------------------------------------------------------------------------
// The build, copied
// ------------------------------------------------------------------------------------------------

export const snapshots = new Map<'chrome' | 'firefox', string>();

/** True when a build directory has its manifest and every script the manifest names. */
function complete(dir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      content_scripts?: { js?: string[] }[];
      background?: { service_worker?: string; scripts?: string[] };
    };
    const files = [
      ...(m.content_scripts ?? []).flatMap((c) => c.js ?? []),
      m.background?.service_worker ?? m.background?.scripts?.[0] ?? 'background.js',
      'unmask-index.json.gz',
    ];
    return files.every((f) => existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

/**
 * A private snapshot of the build, taken once per run: other people rebuild .output while this
 * runs. A build that is missing may be being rebuilt: wait for it a while, then build it.
 */
export function ensureBuild(kind: 'chrome' | 'firefox'): string {
  const cached = snapshots.get(kind);
  if (cached) return cached;
  const dir = BUILDS[kind];
  for (let attempt = 0; ; attempt++) {
    const deadline = Date.now() + 60_000;
    while (!complete(dir) && Date.now() < deadline) spawnSync('sleep', ['1']);
    if (!complete(dir)) {
      console.error(`building ${dir} ...`);
      execFileSync('npx', ['wxt', 'build', ...(kind === 'firefox' ? ['-b', 'firefox'] : [])], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    }
    const snap = join(mkdtempSync(join(os.tmpdir(), `unmask-bench-${kind}-`)), 'build');
    cpSync(dir, snap, { recursive: true });
    if (complete(snap)) {
      snapshots.set(kind, snap);
      return snap;
    }
    rmSync(join(snap, '..'), { recursive: true, force: true });
    if (attempt >= 3) throw new Error(`${dir}: no complete build to copy`);
  }
}

/**
 * A private copy of the extension built at `source` in a temporary directory (`dir` is
 * `<temp>/ext`: remove its parent when done), with one extra blank page, `bench-blank.html`.
 */
export function copyExtension(source: string, prefix = 'unmask-bench-ext-'): { dir: string; id: string; origin: string } {
  const dir = join(mkdtempSync(join(os.tmpdir(), prefix)), 'ext');
  cpSync(source, dir, { recursive: true });
  writeFileSync(join(dir, 'bench-blank.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>\n');
  const id = chromiumExtensionId(dir);
  return { dir, id, origin: `chrome-extension://${id}` };
}

/** A private copy of the Chromium build (`copyExtension`), optionally with another index. */
export function copyBuild(index?: string, engineJs?: string, extractJs?: string): { dir: string; id: string; origin: string } {
  const copy = copyExtension(ensureBuild('chrome'));
  if (index !== undefined) writeFileSync(join(copy.dir, 'unmask-index.json.gz'), gzipSync(index));
  if (engineJs !== undefined) writeFileSync(join(copy.dir, 'bench-engine.js'), engineJs);
  if (extractJs !== undefined) writeFileSync(join(copy.dir, 'bench-extract.js'), extractJs);
  return copy;
}

/**
 * `createEngine`, `parseCompiled` and `bundledIndexText` alone as a classic script for an extension page (`__benchCreateEngine`,
 * `__benchParseCompiled`, `__benchBundledIndexText`),
 * bundled with esbuild (tsx's own, already installed): lets the bench time, in the same browser,
 * the parts of a cold start that the worker's timeline does not show.
 */
export async function engineBundle(): Promise<string> {
  return bundle(
    "import { createEngine } from './src/core/engine'; import { parseCompiled } from './src/lists/compiled'; import { bundledIndexText } from './src/lists/bundled-index'; (globalThis as any).__benchCreateEngine = createEngine; (globalThis as any).__benchParseCompiled = parseCompiled; (globalThis as any).__benchBundledIndexText = bundledIndexText;",
  );
}

/** `extractSignals` alone (what the content script runs on a page), as `globalThis.__benchExtract`. */
export async function extractBundle(): Promise<string> {
  return bundle("import { extractSignals } from './src/signals/extract'; (globalThis as any).__benchExtract = extractSignals;");
}

export async function bundle(contents: string): Promise<string> {
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return r.outputFiles[0]!.text;
}

/** Which modules make up the background bundle (esbuild metafile of entrypoints/background.ts). */
export async function backgroundComposition(): Promise<{ total: number; groups: [string, number][] }> {
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    entryPoints: [join(ROOT, 'entrypoints/background.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    metafile: true,
    logLevel: 'error',
    define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
  });
  const out = Object.values(r.metafile!.outputs)[0]!;
  const groups = new Map<string, number>();
  for (const [file, v] of Object.entries(out.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const key = m ? m[1]! : file.split('/').slice(0, 2).join('/');
    groups.set(key, (groups.get(key) ?? 0) + v.bytesInOutput);
  }
  return { total: out.bytes, groups: [...groups].sort((a, b) => b[1] - a[1]) };
}

/** String literals of 10 kB or more that occur more than once in a built file (bundler inlining). */
export function duplicatedLiterals(code: string): { length: number; count: number; head: string }[] {
  const seen = new Map<string, number>();
  const re = /`[^`$\\]{10000,}`/g;
  for (let m = re.exec(code); m; m = re.exec(code)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([lit, count]) => ({ length: lit.length, count, head: lit.slice(1, 41) }));
}

// ------------------------------------------------------------------------------------------------
// The heavy page: 5,000 links, 300 KB of text, no script of its own
// ------------------------------------------------------------------------------------------------

function heavyPage(): string {
  const words =
    'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
      ' ',
    );
  const parts: string[] = [];
  let textChars = 0;
  let w = 0;
  for (let i = 0; i < 5000; i++) {
    let para = '';
    while (para.length < 60) para += `${words[(w++ * 7919) % words.length]} `;
    textChars += para.length;
    parts.push(`<p>${para}<a href="https://site${i % 700}.example.org/article/${i}?ref=home">story ${i}</a></p>`);
  }
  let tail = '';
  while (textChars + tail.length < 300 * 1024) tail += `${words[(w++ * 7919) % words.length]} `;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy page: 5,000 links and 300 KB of text | Some Local Paper</title>
<meta property="og:site_name" content="Some Local Paper"></head><body><h1>Heavy page</h1>
${parts.join('\n')}
<p>${tail}</p></body></html>`;
}

export async function startHeavyServer(): Promise<{ port: number; bytes: number; server: Server }> {
  const body = Buffer.from(heavyPage(), 'utf8');
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: (server.address() as AddressInfo).port, bytes: body.length, server };
}

// ------------------------------------------------------------------------------------------------
// Chromium, launched as test/e2e/harness.ts does (same flags)
// ------------------------------------------------------------------------------------------------

export interface Ports {
  sites: number;
  heavy: number;
}

export interface Launched {
  context: BrowserContext;
  profile: string;
  worker: Worker | null;
  origin: string | null;
  close(): Promise<void>;
}

/** The e2e harness's flags, with the heavy page's host on its own server. */
export function benchChromiumArgs(ports: Ports): string[] {
  return chromiumArgs(ports.sites, [[HEAVY_HOST, ports.heavy]]);
}

export async function launchChromium(ports: Ports, ext: { dir: string; origin: string } | null, debugPort = false): Promise<Launched> {
  const profile = mkdtempSync(join(os.tmpdir(), 'unmask-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      ...(ext ? [`--disable-extensions-except=${ext.dir}`, `--load-extension=${ext.dir}`] : []),
      ...benchChromiumArgs(ports),
      ...(debugPort ? ['--remote-debugging-port=0'] : []),
    ],
  });
  let worker: Worker | null = null;
  if (ext) {
    const url = `${ext.origin}/background.js`;
    const deadline = Date.now() + 20_000;
    while (!(worker = context.serviceWorkers().find((w) => w.url() === url) ?? null)) {
      if (Date.now() > deadline) throw new Error(`no service worker at ${url}`);
      await sleep(100);
    }
  }
  return {
    context,
    profile,
    worker,
    origin: ext?.origin ?? null,
    async close() {
      await context.close();
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        // a stale temp profile is harmless
      }
    },
  };
}

/** Stamps badges and incoming signals in the running worker (see the file comment). */
export async function instrument(worker: Worker): Promise<void> {
  await worker.evaluate(NAME_SHIM);
  await worker.evaluate(() => {
    const g = globalThis as any;
    if (g.__unmaskBench) return;
    const rec = (g.__unmaskBench = { badges: [] as any[], signals: [] as any[], last: new Map<number, unknown>() });
    const now = () => performance.timeOrigin + performance.now();
    const action = g.chrome.action;
    const original = action.setBadgeText;
    action.setBadgeText = function (details: { tabId?: number; text: string }, ...rest: unknown[]) {
      rec.badges.push({ tabId: details.tabId, text: details.text, t: now() });
      return original.call(this, details, ...rest);
    };
    g.chrome.runtime.onMessage.addListener((message: any, sender: any) => {
      if (message?.type !== 'cs-bg-signals' || typeof sender?.tab?.id !== 'number') return undefined;
      rec.signals.push({ tabId: sender.tab.id, t: now() });
      rec.last.set(sender.tab.id, message);
      return undefined; // answers nothing: the extension's own dispatcher answers
    });
  });
}

interface Stamp {
  tabId: number;
  text?: string;
  t: number;
}

export async function records(worker: Worker): Promise<{ badges: Stamp[]; signals: Stamp[] }> {
  return worker.evaluate(() => {
    const rec = (globalThis as any).__unmaskBench;
    return rec ? { badges: rec.badges, signals: rec.signals } : { badges: [], signals: [] };
  });
}

/** The blank extension page the bench polls and queries from (no worker involved). */
export async function openHelper(l: Launched, origin: string): Promise<Page> {
  const helper = await l.context.newPage();
  await helper.goto(`${origin}/bench-blank.html`);
  await helper.evaluate(NAME_SHIM);
  return helper;
}

/** The tab id of a page, asked from an extension page (tabs.query by URL; no worker involved). */
export async function tabIdOf(helper: Page, url: string): Promise<number> {
  const ids = await helper.evaluate(async (u: string) => {
    const tabs = await (globalThis as any).chrome.tabs.query({});
    return tabs.filter((t: any) => t.url === u).map((t: any) => t.id as number);
  }, url);
  if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
  return ids[0] as number;
}

export async function navTiming(page: Page): Promise<{ origin: number; loadEnd: number; domContentLoaded: number }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { origin: performance.timeOrigin, loadEnd: nav.loadEventEnd, domContentLoaded: nav.domContentLoadedEventEnd };
  });
}

export async function waitFor<T>(read: () => Promise<T | null | undefined>, timeoutMs: number, what: string, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (v !== null && v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/**
 * CDP: stops the extension's service worker, as test/e2e/harness.ts stopWorker() does, but over
 * one session kept open on the helper extension page: opening or closing a tab to get a session
 * would fire tabs.onUpdated/onRemoved and wake the worker straight away.
 */
export async function workerStopper(context: BrowserContext, helper: Page, scriptURL: string) {
  const cdp = await context.newCDPSession(helper);
  let status = 'unknown';
  const waiters: { want: string; ok: () => void }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (v.scriptURL !== scriptURL) continue;
      status = v.runningStatus;
      for (const w of waiters.splice(0))
        if (w.want === status) w.ok();
        else waiters.push(w);
    }
  });
  const until = (want: string, ms: number) =>
    status === want
      ? Promise.resolve(true)
      : Promise.race([new Promise<boolean>((ok) => waiters.push({ want, ok: () => ok(true) })), sleep(ms).then(() => false)]);
  await cdp.send('ServiceWorker.enable');
  return {
    status: () => status,
    async stop(): Promise<void> {
      if (status !== 'stopped') await until('running', 5000);
      await cdp.send('ServiceWorker.stopAllWorkers');
      if (!(await until('stopped', 5000))) throw new Error(`worker did not stop (status ${status})`);
    },
  };
}
