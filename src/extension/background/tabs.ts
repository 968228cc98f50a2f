/**
 * Judging tabs: one queue per tab, the verdict from a tab's address and then from its page's
 * signals, the badge, the warning bar, and the addresses with no site of their own.
 *
 * - A tab is judged from its URL as soon as the browser knows it (tab events, and a sweep of every
 *   open tab at install, update and browser start: tabs open before the extension are judged
 *   without any content script), then refined with the page's signals (handlers.ts).
 * - Work on one tab is serialised, so a late URL judgement never overwrites a page judgement.
 * - The state itself is built by src/core/tab-state.ts and kept in storage.session (state.ts).
 */
import { browser } from 'wxt/browser';
import { awaitsPage } from '../../core/levels';
import { buildTabState } from '../../core/tab-state';
import type { TabState } from '../messages';
import { platform } from '../platform';
import { judgeOptions, type Settings } from '../settings';
import { demoOfTrainingPage } from '../../training/demos';
import { judgeTrainingDemo } from '../../training/judge';
import { showBadge } from './badge';
import type { EngineProvider } from './engine-provider';
import { markOnce } from './marks';
import { barLanguage, sentenceScript, warningInfo } from './page-marks';
import type { SettingsReader } from './settings-reader';
import { forgetTab, getSignals, getTabState, getUi, putTabState, putUi, removeSignals, storedTabIds, type StoredSignals } from './state';
import { inheritedState, judgedUrl, tabAddress } from './tab-url';

/** The bar script built from entrypoints/warning.ts (an unlisted script: injected only when needed). */
export const WARNING_SCRIPT = '/warning.js';

export interface Tabs {
  /** Runs `job` after every job queued on the tab before it. */
  serial<T>(tabId: number, job: () => Promise<T>): Promise<T>;
  /** Settles once the work queued on the tab so far is done. */
  idle(tabId: number): Promise<unknown>;
  /** The signals this worker stored last, per tab (a mirror of `sig:<tab>` for this worker's life). */
  recentSignals: Map<number, StoredSignals>;
  judgeTab(
    tabId: number,
    url: string,
    stored: StoredSignals | null,
    complete: boolean,
    storeSignals?: () => Promise<void>,
  ): Promise<TabState>;
  judgeDemoTab(tabId: number, demo: string): Promise<TabState | null>;
  judgeUrl(tabId: number, tabUrl: string | undefined, complete: boolean, openerTabId?: number): Promise<void>;
  refreshTab(tabId: number, tabUrl: string | undefined, openerTabId?: number): Promise<void>;
  activated(tabId: number): Promise<void>;
  removed(tabId: number): void;
  replaced(addedTabId: number, removedTabId: number): void;
  sweep(): Promise<void>;
  rejudgeAll(): Promise<void>;
}

/** One queue per tab: a job starts once every job queued on the tab before it has settled. */
function createQueue(): Pick<Tabs, 'serial' | 'idle'> {
  const queues = new Map<number, Promise<unknown>>();
  function serial<T>(tabId: number, job: () => Promise<T>): Promise<T> {
    const previous = queues.get(tabId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(job);
    const settled = next.catch(() => undefined);
    queues.set(tabId, settled);
    void settled.then(() => {
      if (queues.get(tabId) === settled) queues.delete(tabId);
    });
    return next;
  }

  const idle = (tabId: number): Promise<unknown> => queues.get(tabId) ?? Promise.resolve();
  return { serial, idle };
}

/**
 * A tab showing our training page keeps its demo's verdict: the tab events for the extension
 * page (not a web address) would otherwise forget it. True when the badge was shown again.
 */
async function keepTrainingState(tabId: number, url: string | undefined, extensionBase: string): Promise<boolean> {
  const demo = demoOfTrainingPage(url, extensionBase);
  if (demo === null) return false;
  const state = await getTabState(tabId);
  if (state?.training?.demo !== demo) return false;
  await showBadge(tabId, state.verdict.level, false, state.verdict.findings[0]);
  return true;
}

/** Injects the warning bar when the level calls for it, or asks a shown bar to go away. */
async function updateWarning(tabId: number, state: TabState, set: Settings): Promise<void> {
  const ui = await getUi(tabId);
  const wanted = warningInfo(state, set, ui.dismissedHosts) !== null;
  if (!wanted && !ui.barShown) return;
  try {
    // The bar script asks us (cs-bg-warning) what to show; with nothing to show it removes itself.
    // The reader's language's sentences go first, in the same call (scripting runs files in order).
    const lang = wanted ? barLanguage() : null;
    await platform.executeScript(tabId, lang === null ? [WARNING_SCRIPT] : [sentenceScript(lang), WARNING_SCRIPT]);
    if (ui.barShown !== wanted) await putUi(tabId, { ...ui, barShown: wanted });
  } catch {
    // Pages we may not script (store pages, error pages): the badge still says it.
  }
}

/**
 * A tab at an address with no site of its own (`about:blank`, `data:`; tab-url.ts) keeps its
 * verdict or takes its opener's; with neither, or at a page we do not judge, it is forgotten.
 */
async function unjudgedAddress(
  tabId: number,
  tabUrl: string | undefined,
  openerTabId: number | undefined,
  extensionBase: string,
): Promise<void> {
  if (tabAddress(tabUrl).kind === 'inherited') {
    const previous = await getTabState(tabId);
    const opener = previous === null && typeof openerTabId === 'number' ? await getTabState(openerTabId) : null;
    const state = inheritedState(tabId, previous, opener);
    if (state !== null) {
      if (state !== previous) {
        await removeSignals(tabId);
        await putTabState(state);
      }
      return showBadge(tabId, state.verdict.level, state.allowlisted, state.verdict.findings[0]);
    }
  } else if (await keepTrainingState(tabId, tabUrl, extensionBase)) {
    return;
  }
  await forgetTab(tabId);
  await showBadge(tabId, null);
}

/** `extensionBase`: `runtime.getURL('/')`, to know our own training page. */
export function createTabs(engines: EngineProvider, settingsReader: SettingsReader, extensionBase: string): Tabs {
  const { engine, engineForUrl, buildFullSoon } = engines;
  const { settings } = settingsReader;
  const { serial, idle } = createQueue();

  /** The signals this worker stored last, per tab (a mirror of `sig:<tab>` for this worker's life). */
  const recentSignals = new Map<number, StoredSignals>();

  /** Judges (or, with training mode off, forgets) a demo tab; the training page asked for it. */
  async function judgeDemoTab(tabId: number, demo: string): Promise<TabState | null> {
    const [eng, set] = await Promise.all([engine(), settings()]);
    // The demo page's title and text in the language the person chose, as the page shows them.
    const state = judgeTrainingDemo(eng, set, demo, tabId, new Date(), (key) => platform.message(key));
    if (!state) {
      await forgetTab(tabId);
      await showBadge(tabId, null);
      return null;
    }
    await removeSignals(tabId);
    await putTabState(state);
    await showBadge(tabId, state.verdict.level, false, state.verdict.findings[0]);
    return state;
  }

  // --- Judging ---------------------------------------------------------------------------------
  /**
   * Judges `url` for a tab (with the stored or given signals) and shows the result. `complete`
   * says the document has loaded, so a warning bar can be injected now.
   */
  async function judgeTab(
    tabId: number,
    url: string,
    stored: StoredSignals | null,
    complete: boolean,
    storeSignals?: () => Promise<void>,
  ): Promise<TabState> {
    const signals = stored && stored.url === url ? stored.signals : undefined;
    // From its address alone, a URL can be judged by the first engine (`engineForUrl`).
    const [eng, set] = await Promise.all([signals ? engine() : engineForUrl(url), settings()]);
    const state = buildTabState(eng, { tabId, url, signals, options: judgeOptions(set), now: Date.now() });
    const verdict = state.verdict;
    // The badge first (what the person sees); then the page's signals and the state, written in
    // that order: a worker stopped between the two writes leaves the signals for the next one
    // (test/unit/quality/faults.test.ts). A popup opened meanwhile waits for this tab's queue.
    // A weak, common-word resemblance waits for the page's own name (levels.ts awaitsPage).
    const shown =
      signals === undefined && awaitsPage(verdict)
        ? showBadge(tabId, null)
        : showBadge(tabId, verdict.level, state.allowlisted, verdict.findings[0]);
    const signalsStored = storeSignals?.();
    await Promise.all([shown, signalsStored, putTabState(state)]);
    markOnce('first-verdict');
    buildFullSoon();
    if (complete) await updateWarning(tabId, state, set);
    return state;
  }

  /**
   * Judges a tab from its address alone (a new URL, a reload, a tab we have not seen). `tabUrl` is
   * the tab's own; the URL judged is what tab-url.ts makes of it.
   */
  function judgeUrl(tabId: number, tabUrl: string | undefined, complete: boolean, openerTabId?: number): Promise<void> {
    markOnce('first-event');
    const url = judgedUrl(tabAddress(tabUrl));
    // Start loading the index and the settings now, while the tab's stored state is read: at a
    // cold start this overlaps the fetch with the storage reads instead of queueing them.
    if (url !== null) {
      void engineForUrl(url).catch(() => undefined);
      void settings();
    }
    return serial(tabId, async () => {
      if (url === null) return unjudgedAddress(tabId, tabUrl, openerTabId, extensionBase);
      const stored = await getSignals(tabId);
      // Signals already sent for this very URL (the content script can be faster than the
      // tab event) are kept; signals of another URL are dropped.
      if (recentSignals.get(tabId)?.url !== url) recentSignals.delete(tabId);
      if (stored && stored.url !== url) await removeSignals(tabId);
      await judgeTab(tabId, url, stored && stored.url === url ? stored : null, complete);
    }).catch(() => undefined);
  }

  /** The document finished loading: show what we know (the badge may have been reset). */
  function refreshTab(tabId: number, tabUrl: string | undefined, openerTabId?: number): Promise<void> {
    const url = judgedUrl(tabAddress(tabUrl));
    return serial(tabId, async () => {
      if (url === null) return unjudgedAddress(tabId, tabUrl, openerTabId, extensionBase);
      const state = await getTabState(tabId);
      if (!state || state.url !== url) {
        const stored = await getSignals(tabId);
        await judgeTab(tabId, url, stored && stored.url === url ? stored : null, true);
        return;
      }
      if (state.phase === 'url' && awaitsPage(state.verdict)) await showBadge(tabId, null);
      else await showBadge(tabId, state.verdict.level, state.allowlisted, state.verdict.findings[0]);
      await updateWarning(tabId, state, await settings());
    }).catch(() => undefined);
  }

  /** Every open tab, from `tab.url` (no content script needed). */
  async function sweep(): Promise<void> {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.filter((t) => typeof t.id === 'number').map((t) => judgeUrl(t.id as number, t.url, t.status === 'complete', t.openerTabId)),
    );
  }

  /** Settings changed: judge every known tab again with its stored signals. */
  async function rejudgeAll(): Promise<void> {
    const ids = await storedTabIds();
    await Promise.all(
      ids.map((tabId) =>
        serial(tabId, async () => {
          const state = await getTabState(tabId);
          if (!state) return;
          // A demo is judged again from its own table (and forgotten when training mode went off).
          if (state.training) return void (await judgeDemoTab(tabId, state.training.demo));
          const stored = await getSignals(tabId);
          await judgeTab(tabId, state.url, stored, true);
        }).catch(() => undefined),
      ),
    );
  }

  /** The tab came to the front: show what we know, or judge it if we know nothing. */
  function activated(tabId: number): Promise<void> {
    return serial(tabId, async () => {
      const state = await getTabState(tabId);
      if (state) return showBadge(tabId, state.verdict.level, state.allowlisted, state.verdict.findings[0]);
      const tab = await browser.tabs.get(tabId);
      // Not awaited: judgeUrl queues on this same tab, behind this job.
      void judgeUrl(tabId, tab.url, tab.status === 'complete', tab.openerTabId);
    }).catch(() => undefined);
  }

  function removed(tabId: number): void {
    recentSignals.delete(tabId);
    void serial(tabId, () => forgetTab(tabId)).catch(() => undefined);
  }

  /** Chrome swaps in prerendered or restored tabs under a new id: judge the new one. */
  function replaced(addedTabId: number, removedTabId: number): void {
    void serial(removedTabId, () => forgetTab(removedTabId)).catch(() => undefined);
    void browser.tabs
      .get(addedTabId)
      .then((tab) => judgeUrl(addedTabId, tab.url, tab.status === 'complete', tab.openerTabId))
      .catch(() => undefined);
  }

  return { serial, idle, recentSignals, judgeTab, judgeDemoTab, judgeUrl, refreshTab, activated, removed, replaced, sweep, rejudgeAll };
}
