/** Section 2: main-thread script time on the heavy page, with vs without the extension. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_LIMITS } from '../../src/signals/limits';
import {
  HEAVY_HOST,
  Launched,
  bundle,
  Ports,
  copyBuild,
  extractBundle,
  f1,
  instrument,
  launchChromium,
  median,
  navTiming,
  openHelper,
  p90,
  records,
  sleep,
  tabIdOf,
  table,
  verdictOf,
  waitFor,
} from './common';

// ------------------------------------------------------------------------------------------------
// 2. Main-thread script time on the heavy page, with vs without the extension
// ------------------------------------------------------------------------------------------------

interface Metrics {
  script: number;
  task: number;
  layout: number;
  style: number;
  longTasks: number;
  longTaskMs: number;
}

async function heavyRun(l: Launched, helper: Page | null, settleMs: number): Promise<Metrics & { signalsAfterLoad?: number }> {
  const page = await l.context.newPage();
  const cdp = await l.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const url = `http://${HEAVY_HOST}/?r=${Math.random().toString(36).slice(2)}`;
  await page.goto(url, { waitUntil: 'load' });
  let signalsAfterLoad: number | undefined;
  if (l.worker && helper) {
    // The content script is done when its signals reached the worker and it was answered.
    const tabId = await tabIdOf(helper, url);
    const stamp = await waitFor(
      async () => {
        const r = await records(l.worker!);
        const sig = r.signals.find((s) => s.tabId === tabId);
        return sig && r.badges.some((b) => b.tabId === tabId && b.t >= sig.t) ? sig : null;
      },
      10_000,
      'heavy page signals',
    );
    const nav = await navTiming(page).catch(() => null);
    if (nav) signalsAfterLoad = stamp.t - (nav.origin + nav.loadEnd);
  }
  await sleep(settleMs);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? NaN) * 1000;
  // Long tasks, read after the metrics (this evaluation is the first script the page runs).
  const lt = await page
    .evaluate(
      () =>
        new Promise<number[]>((ok) => {
          try {
            const po = new PerformanceObserver((list) => ok(list.getEntries().map((e) => e.duration)));
            po.observe({ type: 'longtask', buffered: true });
            setTimeout(() => ok([]), 200);
          } catch {
            ok([]);
          }
        }),
    )
    .catch(() => [] as number[]);
  await cdp.detach();
  await page.close();
  return {
    script: m('ScriptDuration'),
    task: m('TaskDuration'),
    layout: m('LayoutDuration'),
    style: m('RecalcStyleDuration'),
    longTasks: lt.length,
    longTaskMs: lt.reduce((a, b) => a + b, 0),
    ...(signalsAfterLoad !== undefined ? { signalsAfterLoad } : {}),
  };
}

/** extractSignals on the heavy page, in the content script's world (an isolated world). */
async function extractionRun(
  l: Launched,
  helper: Page,
): Promise<{ first: number; second: number; withText: number; links: number; text: number }> {
  const page = await l.context.newPage();
  const url = `http://${HEAVY_HOST}/?x=${Math.random().toString(36).slice(2)}`;
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(helper, url);
  await sleep(500); // after the content script's own idle round
  const r = await helper.evaluate(async (id: number) => {
    const api = (globalThis as any).chrome.scripting;
    await api.executeScript({ target: { tabId: id }, files: ['bench-extract.js'] });
    const [res] = await api.executeScript({
      target: { tabId: id },
      func: () => {
        const run = (globalThis as any).__benchExtract;
        // As the content script calls it: no page text (read only with the text heuristics on).
        const t0 = performance.now();
        const s = run(document, location.href, { maxText: 0 });
        const t1 = performance.now();
        run(document, location.href, { maxText: 0 });
        const t2 = performance.now();
        const withText = run(document, location.href);
        const t3 = performance.now();
        return { first: t1 - t0, second: t2 - t1, withText: t3 - t2, links: s.links?.length ?? 0, text: withText.text?.length ?? 0 };
      },
    });
    return res.result;
  }, tabId);
  await page.close();
  return r;
}

/**
 * The floor of section 2: a content script that does what any content script of this kind must
 * (be injected into an isolated world, wait for an idle moment, send the background one message)
 * and nothing else: no page is read.
 */
const FLOOR_CONTENT_SCRIPT = `(() => {
  const send = () => chrome.runtime.sendMessage({ type: 'cs-bg-signals', signals: {} }).catch(() => undefined);
  requestIdleCallback(send, { timeout: 2000 });
})();
`;

/**
 * The floor of section 2 for what Unmask's content script must do at the least: the floor above,
 * plus reading the first `maxLinks` links' href attributes (as the content script reads them, from
 * `document.links`) and the title, and sending them in that one message. No deduplication, no
 * parsing, no other signal: what is left of the content script's cost when all of that is free.
 */
const LINKS_FLOOR_CONTENT_SCRIPT = `(() => {
  const send = () => {
    const anchors = document.links;
    const links = [];
    for (let i = 0; i < ${DEFAULT_LIMITS.maxLinks}; i++) {
      const a = anchors[i];
      if (!a) break;
      links.push(a.getAttribute('href'));
    }
    const signals = { claimedNames: [{ source: 'title', value: document.title }], links };
    chrome.runtime.sendMessage({ type: 'cs-bg-signals', signals }).catch(() => undefined);
  };
  requestIdleCallback(send, { timeout: 2000 });
})();
`;

/**
 * A background that injects with `chrome.scripting.executeScript` (`injection`: its `func` and
 * `args`, or its `files`) when a tab has loaded and takes the result, so the page never sets up
 * the extension's messaging (the manifest's content script is removed). It marks its signals and
 * badge the way `instrument` records Unmask's.
 */
function injectingBackground(injection: string): string {
  return `chrome.tabs.onUpdated.addListener((tabId, info, tab) => {
  if (info.status !== 'complete' || !/^https?:/.test(tab.url || '')) return;
  chrome.scripting
    .executeScript({ target: { tabId }, ${injection} })
    .then(() => {
      const rec = globalThis.__unmaskBench;
      if (rec) rec.signals.push({ tabId, t: performance.timeOrigin + performance.now() });
      return chrome.action.setBadgeText({ tabId, text: '' });
    })
    .catch(() => undefined);
});
`;
}

/** A copy of the build whose background injects `injection`, with no content script. */
function injectingCopy(injection: string): ReturnType<typeof copyBuild> {
  const copy = copyBuild();
  writeFileSync(join(copy.dir, 'background.js'), injectingBackground(injection));
  const manifestPath = join(copy.dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  delete manifest.content_scripts;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

/** The links floor without a content script: the same reader as above, injected. */
const INJECTED_READER = `args: [${DEFAULT_LIMITS.maxLinks}],
      func: (max) => {
        const anchors = document.links;
        const links = [];
        for (let i = 0; i < max; i++) {
          const a = anchors[i];
          if (!a) break;
          links.push(a.getAttribute('href'));
        }
        return { claimedNames: [{ source: 'title', value: document.title }], links };
      }`;

/**
 * Unmask's own extraction, injected the same way: `extractSignals` bundled alone (with the compile
 * hint the content script has), run as the content script runs it, its signals the script's
 * completion value, which `executeScript` returns to the background.
 */
function injectedExtractionFile(extractJs: string): string {
  return `//# allFunctionsCalledOnLoad\n${extractJs}\n;globalThis.__benchExtract(document, location.href, { maxText: 0 });\n`;
}

export async function section2(ports: Ports, runs: number, heavyBytes: number): Promise<void> {
  const extractJs = await extractBundle();
  const ext = copyBuild(undefined, undefined, extractJs);
  const floorExt = copyBuild();
  writeFileSync(join(floorExt.dir, 'content-script.js'), FLOOR_CONTENT_SCRIPT);
  const linksFloorExt = copyBuild();
  writeFileSync(join(linksFloorExt.dir, 'content-script.js'), LINKS_FLOOR_CONTENT_SCRIPT);
  const injectedExt = injectingCopy(INJECTED_READER);
  const realExt = injectingCopy("files: ['bench-extract-run.js']");
  writeFileSync(join(realExt.dir, 'bench-extract-run.js'), injectedExtractionFile(extractJs));
  const withExt = await launchChromium(ports, ext);
  const without = await launchChromium(ports, null);
  const floor = await launchChromium(ports, floorExt);
  const linksFloor = await launchChromium(ports, linksFloorExt);
  const injected = await launchChromium(ports, injectedExt);
  const injectedReal = await launchChromium(ports, realExt);
  try {
    await instrument(withExt.worker!);
    await instrument(floor.worker!);
    await instrument(linksFloor.worker!);
    await instrument(injected.worker!);
    await instrument(injectedReal.worker!);
    const helper = await openHelper(withExt, ext.origin);
    const floorHelper = await openHelper(floor, floorExt.origin);
    const linksFloorHelper = await openHelper(linksFloor, linksFloorExt.origin);
    const injectedHelper = await openHelper(injected, injectedExt.origin);
    const injectedRealHelper = await openHelper(injectedReal, realExt.origin);
    // Warm-up: one load each (caches, JIT, worker's index).
    await heavyRun(withExt, helper, 300);
    await heavyRun(without, null, 300);
    await heavyRun(floor, floorHelper, 300);
    await heavyRun(linksFloor, linksFloorHelper, 300);
    await heavyRun(injected, injectedHelper, 300);
    await heavyRun(injectedReal, injectedRealHelper, 300);
    const e: Metrics[] = [];
    const f: Metrics[] = [];
    const a: (Metrics & { signalsAfterLoad?: number })[] = [];
    const b: Metrics[] = [];
    const c: Metrics[] = [];
    const d: Metrics[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate, so that machine load drifts hit every side alike.
      a.push(await heavyRun(withExt, helper, 1000));
      b.push(await heavyRun(without, null, 1000));
      c.push(await heavyRun(floor, floorHelper, 1000));
      d.push(await heavyRun(linksFloor, linksFloorHelper, 1000));
      e.push(await heavyRun(injected, injectedHelper, 1000));
      f.push(await heavyRun(injectedReal, injectedRealHelper, 1000));
    }
    const row = (name: string, key: keyof Metrics, target = '') => {
      const x = a.map((r) => r[key]);
      const y = b.map((r) => r[key]);
      // Difference of medians, and the distribution of paired differences (run i with vs run i without).
      const diffs = x.map((v, i) => v - (y[i] as number));
      return [
        name,
        `${f1(median(x))} / ${f1(p90(x))}`,
        `${f1(median(y))} / ${f1(p90(y))}`,
        f1(median(x) - median(y)),
        `${f1(median(diffs))} / ${f1(p90(diffs))}`,
        target,
      ];
    };
    const scriptDelta = median(a.map((r) => r.script)) - median(b.map((r) => r.script));
    table(
      `2. Main-thread time on a heavy page, with vs without the extension (N = ${runs} each)`,
      [
        'Metric (ms)',
        'With extension: median / p90',
        'Without: median / p90',
        'Difference of medians',
        'Paired difference: median / p90',
        'Target',
      ],
      [
        row('ScriptDuration', 'script', `<= 5 ms: ${verdictOf(scriptDelta, 5)}`),
        row('TaskDuration', 'task'),
        row('LayoutDuration', 'layout'),
        row('RecalcStyleDuration', 'style'),
        row('Long tasks (count)', 'longTasks'),
        row('Long tasks (total ms)', 'longTaskMs'),
      ],
      [
        `Page: http://${HEAVY_HOST}/ (${(heavyBytes / 1024).toFixed(0)} KiB of HTML: 5,000 links to unlisted hosts, ~300 KB of text, title and og:site_name, no script of its own), served by a local server; a fresh tab per run; CDP \`Performance.enable({timeDomain: 'threadTicks'})\` (durations are the renderer main thread's CPU time, so a loaded machine does not inflate them) and \`Performance.getMetrics\` read 1 s after the content script's signals reached the worker (with) or 1 s after load (without). The content script runs in the page's renderer main thread (isolated world), so ScriptDuration counts it; TaskDuration is all main-thread work (parsing, style, layout included).`,
        `Content script's signals reached the worker ${f1(median(a.map((r) => r.signalsAfterLoad ?? NaN)))} ms (median) after the load event (idle-scheduled).`,
        `Floor (the same build with content-script.js replaced by a 4-line script that, when the page is idle, sends the background one empty signals message and reads nothing): ScriptDuration ${f1(median(c.map((r) => r.script)))} / ${f1(p90(c.map((r) => r.script)))} ms (median / p90; paired with the runs without: ${f1(median(c.map((r, i) => r.script - (b[i] as Metrics).script)))} ms). What Unmask's content script adds on top of that floor: ${f1(median(a.map((r) => r.script)) - median(c.map((r) => r.script)))} ms.`,
        `Floor with links (that script, reading also the first ${DEFAULT_LIMITS.maxLinks} links' href attributes from \`document.links\` and the title, and sending them in its one message; no deduplication, parsing or other signal): ScriptDuration ${f1(median(d.map((r) => r.script)))} / ${f1(p90(d.map((r) => r.script)))} ms (median / p90). While the content script sends up to ${DEFAULT_LIMITS.maxLinks} links, its cost on this page cannot be below this. What Unmask's content script adds on top of it: ${f1(median(a.map((r) => r.script)) - median(d.map((r) => r.script)))} ms.`,
        `The same reader with no content script (the background injects it with \`chrome.scripting.executeScript\` once the tab has loaded and takes its return value; no messaging is set up in the page): ScriptDuration ${f1(median(e.map((r) => r.script)))} / ${f1(p90(e.map((r) => r.script)))} ms (median / p90). Unmask's own \`extractSignals\` injected that way (bundled alone, with the compile hint; the signals returned, not sent): ${f1(median(f.map((r) => r.script)))} / ${f1(p90(f.map((r) => r.script)))} ms.`,
      ],
    );
    const ex: Awaited<ReturnType<typeof extractionRun>>[] = [];
    const n = Math.max(3, Math.ceil(runs / 3));
    for (let i = 0; i < n; i++) ex.push(await extractionRun(withExt, helper));
    table(
      `2b. Where the content script's time goes: \`extractSignals\` on the same page (N = ${n}, ms)`,
      ['Part', 'Median', 'p90'],
      [
        [
          '`extractSignals(document, url, { maxText: 0 })`, first call in a fresh isolated world (cold code, as the content script runs it: no page text by default)',
          f1(median(ex.map((r) => r.first))),
          f1(p90(ex.map((r) => r.first))),
        ],
        ['the same, second call (warm code)', f1(median(ex.map((r) => r.second))), f1(p90(ex.map((r) => r.second)))],
        [
          'the same WITH the 20,000-character text sample (only with "Plus text signals" on), warm',
          f1(median(ex.map((r) => r.withText))),
          f1(p90(ex.map((r) => r.withText))),
        ],
        [
          'ScriptDuration with the extension (section 2: thread CPU time, not wall), for comparison',
          f1(median(a.map((r) => r.script))),
          f1(p90(a.map((r) => r.script))),
        ],
      ],
      [
        `\`extractSignals\` (src/signals/extract.ts) bundled alone with esbuild and injected with \`chrome.scripting.executeScript\` into the tab's isolated world after load; it returned ${f1(median(ex.map((r) => r.links)))} links (and ${f1(median(ex.map((r) => r.text)))} characters of text when asked for it). These are wall-clock times (\`performance.now()\`), which a loaded machine stretches; section 2 is thread CPU time. Besides extraction, ScriptDuration holds compiling and running content-script.js, message serialisation and the observer set-up.`,
      ],
    );
    await helper.close();
    await floorHelper.close();
    await linksFloorHelper.close();
    await injectedHelper.close();
    await injectedRealHelper.close();
  } finally {
    await withExt.close();
    await without.close();
    await floor.close();
    await linksFloor.close();
    await injected.close();
    await injectedReal.close();
    rmSync(join(injectedExt.dir, '..'), { recursive: true, force: true });
    rmSync(join(realExt.dir, '..'), { recursive: true, force: true });
    rmSync(join(ext.dir, '..'), { recursive: true, force: true });
    rmSync(join(linksFloorExt.dir, '..'), { recursive: true, force: true });
    rmSync(join(floorExt.dir, '..'), { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------------------------
// 2i. Unmask's reading of the heavy page injected, whole and by part (only with --only=2i)
// ------------------------------------------------------------------------------------------------

/**
 * Each part of `extractSignals` bundled alone (as `globalThis.__benchExtract`, called as section
 * 2's injected extraction calls it), so that its main-thread time can be read without the others.
 */
const PARTS: readonly { name: string; bundle: () => Promise<string> }[] = [
  { name: "Unmask's `extractSignals`, whole", bundle: extractBundle },
  {
    name: 'its links and accounts alone (`readLinks`)',
    bundle: () =>
      bundle(
        "import { Dom } from './src/signals/dom'; import { readLinks } from './src/signals/links'; import { DEFAULT_LIMITS } from './src/signals/limits'; (globalThis as any).__benchExtract = (doc: Document, url: string) => readLinks({ doc, dom: new Dom(), lim: DEFAULT_LIMITS }, url);",
      ),
  },
  {
    name: 'its claimed names and bylines alone (`readClaims`, `readBylines`)',
    bundle: () =>
      bundle(
        "import { Dom } from './src/signals/dom'; import { readClaims } from './src/signals/claims'; import { readBylines } from './src/signals/bylines'; import { DEFAULT_LIMITS } from './src/signals/limits'; (globalThis as any).__benchExtract = (doc: Document) => { const page = { doc, dom: new Dom(), lim: DEFAULT_LIMITS }; const { claims, ldAuthors } = readClaims(page, (fn: () => void) => fn()); return { claims, bylines: readBylines(page, ldAuthors) }; };",
      ),
  },
  {
    name: "the document's title alone (the first read of the page)",
    bundle: () => bundle('(globalThis as any).__benchExtract = (doc: Document) => ({ title: doc.title });'),
  },
];

export async function section2i(ports: Ports, runs: number): Promise<void> {
  const variants: { name: string; ext: ReturnType<typeof copyBuild> }[] = [
    { name: 'Unmask as built (its content script sends the signals by message)', ext: copyBuild() },
  ];
  for (const part of PARTS) {
    const ext = injectingCopy("files: ['bench-extract-run.js']");
    writeFileSync(join(ext.dir, 'bench-extract-run.js'), injectedExtractionFile(await part.bundle()));
    variants.push({ name: `injected: ${part.name}`, ext });
  }
  variants.push({ name: 'injected: a function that reads nothing', ext: injectingCopy('func: () => 0') });
  const launched: { name: string; l: Launched; helper: Page | null; times: number[] }[] = [
    { name: 'without the extension', l: await launchChromium(ports, null), helper: null, times: [] },
  ];
  try {
    for (const v of variants) {
      const l = await launchChromium(ports, v.ext);
      await instrument(l.worker!);
      launched.push({ name: v.name, l, helper: await openHelper(l, v.ext.origin), times: [] });
    }
    for (const x of launched) await heavyRun(x.l, x.helper, 300);
    // Alternate, so that machine load drifts hit every variant alike.
    for (let i = 0; i < runs; i++) for (const x of launched) x.times.push((await heavyRun(x.l, x.helper, 1000)).script);
    table(
      `2i. Unmask's reading of the heavy page injected instead of sent, whole and by part (N = ${runs} each)`,
      ['Variant', 'ScriptDuration: median / p90 (ms)'],
      launched.map((x) => [x.name, `${f1(median(x.times))} / ${f1(p90(x.times))}`]),
      [
        "Each injected variant is a copy of the build with no content script, whose background injects the part with `chrome.scripting.executeScript` once the tab has loaded and takes its result (section 2's injected extraction); each part is bundled alone with the compile hint. The parts share the first reads of the document, so they do not add up to the whole. A design question for the 5 ms target (docs/performance.md), not a figure of the shipped extension.",
      ],
    );
  } finally {
    for (const x of launched) {
      await x.helper?.close();
      await x.l.close();
    }
    for (const v of variants) rmSync(join(v.ext.dir, '..'), { recursive: true, force: true });
  }
}
