/** Section P: CPU profiles of the worker (only with --only=P: a tool for speed work, not a figure). */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { HEAVY_HOST, Launched, Ports, ROOT, SPOOF, copyExtension, f1, navTiming, sleep, table, waitFor } from './common';
import { Stopper, blankTabThenStop, rawChromium } from './cold-start';

// ------------------------------------------------------------------------------------------------
// P. CPU profiles of the worker (only with --only=P: a tool for speed work, not a figure)
// ------------------------------------------------------------------------------------------------

interface CpuProfile {
  nodes: { id: number; parent?: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and inclusive time per function (ms), summed over profiles. */
function profileTimes(profiles: CpuProfile[]): { self: Map<string, number>; total: Map<string, number>; all: number } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const p of profiles) {
    const parent = new Map<number, number>();
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (id: number) => {
      const f = byId.get(id)!.callFrame;
      const file = f.url.split('/').pop() ?? '';
      return file ? `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}` : f.functionName;
    };
    for (let i = 0; i < p.samples.length; i++) {
      const ms = (p.timeDeltas[i + 1] ?? 0) / 1000;
      const leaf = key(p.samples[i]!);
      if (leaf === '(idle)') continue;
      all += ms;
      self.set(leaf, (self.get(leaf) ?? 0) + ms);
      const seen = new Set<string>();
      for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) {
        const k = key(id);
        if (seen.has(k) || k === '(root)') continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + ms);
      }
    }
  }
  return { self, total, all };
}

function printProfile(title: string, profiles: CpuProfile[], top = 30): void {
  // UNMASK_PROFILE_OUT=<dir> keeps each profile as a .cpuprofile (DevTools > Performance > Load profile).
  const out = process.env.UNMASK_PROFILE_OUT;
  if (out) profiles.forEach((p, i) => writeFileSync(join(out, `${title.split('.')[0]}-${i}.cpuprofile`), JSON.stringify(p)));
  const { self, total, all } = profileTimes(profiles);
  const n = profiles.length;
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [`\`${k}\``, f1(v / n), `${((100 * v) / all).toFixed(0)}%`]);
  table(`${title}: self time (ms per run; ${n} runs, ${f1(all / n)} ms sampled per run)`, ['Function', 'Self', 'Share'], rows(self));
  table(`${title}: inclusive time`, ['Function', 'Inclusive', 'Share'], rows(total));
}

/** Unminified copy of the Chromium build (for function names), built on demand. */
function unminifiedBuild(): string {
  const dir = join(ROOT, '.output/chrome-mv3-unminified');
  console.error(`building ${dir} ...`);
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2], env: { ...process.env, UNMASK_UNMINIFIED: '1' } });
  return dir;
}

export async function sectionProfile(ports: Ports, runs: number): Promise<void> {
  const source = unminifiedBuild();
  const { dir, origin } = copyExtension(source, 'unmask-bench-prof-');
  const raw = await rawChromium(ports, dir, origin);
  const { cdp } = raw;
  try {
    // Cold: every new worker is attached to paused, profiled from its first instruction, then run.
    const cold: CpuProfile[] = [];
    let swSession: string | null = null;
    cdp.on((m) => {
      if (String(m.method).startsWith('Target.') && process.env.DEBUG_PROF) console.error(JSON.stringify(m).slice(0, 300));
      if (m.method === 'Target.attachedToTarget' && m.params.targetInfo.type === 'service_worker' && m.params.waitingForDebugger) {
        const session = m.params.sessionId as string;
        void (async () => {
          await cdp.send('Profiler.enable', {}, session);
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 }, session);
          await cdp.send('Profiler.start', {}, session);
          swSession = session;
          await cdp.send('Runtime.runIfWaitingForDebugger', {}, session);
        })().catch((e: Error) => console.error(`profiling a new worker: ${e.message}`));
      }
    });
    const autoAttach = (on: boolean) =>
      cdp.send('Target.setAutoAttach', {
        autoAttach: on,
        waitForDebuggerOnStart: on,
        flatten: true,
        ...(on ? { filter: [{ type: 'service_worker', exclude: false }, { exclude: true }] } : {}),
      });
    let missed = 0;
    for (let i = -1; i < runs; i++) {
      const tab = await raw.blankTabThenStop();
      // Attached only for the navigation: a worker attached to stays the same target across a stop.
      swSession = null;
      await autoAttach(true);
      const target = `${SPOOF}?prof=${i}`;
      await raw.navigate(tab, target);
      await raw.judgedAt(tab.tabId, target);
      // A worker that some other event started before auto-attach was on is not paused at its
      // start, so it is never profiled: that run is made again (Chromium 156 does this now and then).
      const session = await waitFor(async () => swSession, 5000, 'profiled worker').catch(() => null);
      const profile = session === null ? null : (await cdp.send('Profiler.stop', {}, session)).profile;
      // (Turning auto-attach off detaches the worker too.)
      await autoAttach(false);
      await cdp.send('Target.closeTarget', { targetId: tab.targetId });
      if (profile === null) {
        if (++missed > runs) throw new Error(`no worker was profiled from its start in ${missed} navigations`);
        i--;
        continue;
      }
      if (i >= 0) cold.push(profile as CpuProfile);
    }
    if (missed > 0) console.error(`P1: ${missed} navigation(s) found the worker already started, and were made again`);
    printProfile('P1. Worker cold start to the first verdict (listed spoof)', cold);

    // Warm: the heavy page's real signals message, replayed from its tab.
    const worker = await raw.attach(await raw.workerTarget());
    await cdp.evaluate(
      worker,
      `(() => { globalThis.__benchLast = null; chrome.runtime.onMessage.addListener((m) => { if (m?.type === 'cs-bg-signals') globalThis.__benchLast = m; }); return true; })()`,
    );
    const tab = await raw.open('about:blank');
    await cdp.send('Page.enable', {}, tab.session);
    const heavyUrl = `http://${HEAVY_HOST}/?prof`;
    await raw.navigate(tab, heavyUrl);
    const message = await waitFor(() => cdp.evaluate<unknown>(worker, 'globalThis.__benchLast'), 10_000, 'heavy page signals');
    const tabId = await cdp.evaluate<number>(
      raw.helper.session,
      `chrome.tabs.query({}).then((t) => t.find((x) => x.url === ${JSON.stringify(heavyUrl)}).id)`,
    );
    const replay = `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, args: [${JSON.stringify(message)}], func: (m) => chrome.runtime.sendMessage(m) }).then(() => true)`;
    for (let i = 0; i < 5; i++) await cdp.evaluate(raw.helper.session, replay);
    await cdp.send('Profiler.enable', {}, worker);
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 }, worker);
    const warm: CpuProfile[] = [];
    for (let i = 0; i < runs; i++) {
      await cdp.send('Profiler.start', {}, worker);
      for (let k = 0; k < 10; k++) await cdp.evaluate(raw.helper.session, replay);
      warm.push((await cdp.send('Profiler.stop', {}, worker)).profile as CpuProfile);
    }
    printProfile('P2. Worker, heavy page signals message (10 replays per run)', warm);

    // The page's main thread (where the content script runs) while the heavy page loads.
    const pageProfiles: CpuProfile[] = [];
    for (let i = 0; i < runs; i++) {
      const t = await raw.open('about:blank');
      await cdp.send('Page.enable', {}, t.session);
      await cdp.send('Profiler.enable', {}, t.session);
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 }, t.session);
      await cdp.send('Profiler.start', {}, t.session);
      await raw.navigate(t, `http://${HEAVY_HOST}/?page=${i}`);
      await sleep(1500);
      const profile = (await cdp.send('Profiler.stop', {}, t.session)).profile as CpuProfile;
      await cdp.send('Target.closeTarget', { targetId: t.targetId });
      // Only the content script's own frames (and what they call).
      const keep = new Set<number>();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const mark = (id: number) => {
        keep.add(id);
        for (const c of byId.get(id)?.children ?? []) mark(c);
      };
      for (const n of profile.nodes) if (n.callFrame.url.endsWith('content-script.js') && !keep.has(n.id)) mark(n.id);
      const samples: number[] = [];
      const deltas: number[] = [];
      profile.samples.forEach((id, k) => {
        if (keep.has(id)) {
          samples.push(id);
          deltas.push(profile.timeDeltas[k + 1] ?? 0);
        }
      });
      pageProfiles.push({ nodes: profile.nodes, samples, timeDeltas: [0, ...deltas] });
    }
    printProfile('P3. Heavy page, the content script and what it calls', pageProfiles);
    cdp.close();
  } finally {
    await raw.close();
    rmSync(join(dir, '..'), { recursive: true, force: true });
  }
}

/** The floor of section 5: a background that does nothing but store a verdict and set a badge. */
export const FLOOR_BACKGROUND = `performance.mark('unmask:script');
chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  const url = change.url ?? tab.url ?? '';
  if (change.status !== 'loading' || !/^https?:/.test(url)) return;
  performance.mark('unmask:first-event');
  chrome.storage.session.set({ ['tab:' + tabId]: { url, judgedAt: Date.now() } }).then(() => chrome.action.setBadgeText({ tabId, text: '!' })).then(() => performance.mark('unmask:first-verdict'));
});
`;

/** Cold start where the badge stays empty: time to the stored verdict (judgedAt) only. */
export async function coldStartJudged(l: Launched, helper: Page, stopper: Stopper, url: string) {
  const worker = l.worker!;
  const { page, tabId } = await blankTabThenStop(l, helper, stopper);
  await page.goto(url, { waitUntil: 'load' });
  const nav = await navTiming(page);
  const judged = await waitFor(
    () =>
      helper.evaluate(
        async (key: string) => ((await (globalThis as any).chrome.storage.session.get(key))[key]?.judgedAt ?? null) as number | null,
        `tab:${tabId}`,
      ),
    15_000,
    'stored verdict',
  );
  const inside = await waitFor(
    () =>
      worker
        .evaluate(() => {
          return { origin: performance.timeOrigin };
        })
        .catch(() => null),
    5000,
    'worker timeline',
  );
  await page.close();
  const navStart = nav.origin;
  return {
    toBadge: NaN,
    toBadgeAfterLoad: NaN,
    workerStart: inside.origin - navStart,
    workerToVerdict: judged - inside.origin,
    judgedAt: judged - navStart,
    pollGap: NaN,
    marks: {} as Record<string, number>,
  };
}
