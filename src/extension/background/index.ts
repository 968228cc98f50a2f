/**
 * The background: judges every tab, keeps the verdicts, shows them.
 *
 * - Every listener is registered synchronously in `startBackground()` (called from
 *   `defineBackground`'s main), so an event that wakes the worker is delivered to it.
 * - The compiled index is read from the extension's own files once per worker life: requested
 *   (with the stored settings and own lists) as background.js starts (prefetch.ts). A cold
 *   worker's first verdict, for one URL, is made from the index's head and that URL's shard
 *   (`engineForUrl`); the engine over every list is built right after it.
 * - A tab is judged from its URL as soon as the browser knows it (tabs.onUpdated, onActivated,
 *   and a sweep of every open tab at install, update and browser start: tabs open before the
 *   extension are judged without any content script), then refined with the page's signals.
 * - Per-tab state lives in storage.session (state.ts): a restarted worker loses nothing.
 * - Work on one tab is serialised, so a late URL judgement never overwrites a page judgement.
 */
import { browser } from 'wxt/browser';
import { hostOfUrl } from '../../core/hosts';
import { awaitsPage } from '../../core/levels';
import { buildTabState } from '../../core/tab-state';
import type { Engine, PageSignals } from '../../core/types';
import type { Responses, TabState } from '../messages';
import { platform } from '../platform';
import { judgeOptions, SETTINGS_KEY, wantsPageText, type Settings } from '../settings';
import { CUSTOM_LISTS_KEY } from '../custom-lists';
import { demoOfTrainingPage } from '../../training/demos';
import { judgeTrainingDemo } from '../../training/judge';
import { showBadge } from './badge';
import { dispatch, type Handlers, type Origin, type Sender } from './dispatch';
import { type BackgroundDeps, createEngineProvider } from './engine-provider';
import { markOnce } from './marks';
import { inheritedState, judgedUrl, tabAddress } from './tab-url';
import { pageMarkers, warningInfo } from './page-marks';
import { takePrefetchedLocal } from './prefetch';
import { createSettingsReader } from './settings-reader';
import {
  forgetTab,
  getSignals,
  getTabState,
  getUi,
  mergeSignals,
  putSignals,
  putTabState,
  putUi,
  removeSignals,
  storedTabIds,
  type StoredSignals,
} from './state';

export type { BackgroundDeps } from './engine-provider';

/** The bar script built from entrypoints/warning.ts (an unlisted script: injected only when needed). */
export const WARNING_SCRIPT = '/warning.js';
/** Markers returned per signals batch, at most. */
const MAX_MARKERS = 200;

type ContentOrigin = Extract<Origin, { kind: 'content' }>;

export function startBackground(deps: BackgroundDeps): void {
  markOnce('script');
  // The storage.local read background.js started as it loaded (prefetch.ts): the first settings
  // read and the first own-lists read use it (each once; dropped if either key changes first).
  const earlyLocal = takePrefetchedLocal();
  const engines = createEngineProvider(deps, earlyLocal);
  const { engine, engineForUrl, buildFullSoon } = engines;
  const settingsReader = createSettingsReader(earlyLocal);
  const { settings } = settingsReader;

  /** The signals this worker stored last, per tab (a mirror of `sig:<tab>` for this worker's life). */
  const recentSignals = new Map<number, StoredSignals>();

  // --- One queue per tab ------------------------------------------------------------------------
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

  const extensionBase = (browser.runtime.getURL as (path: string) => string)('/');

  /**
   * A tab showing our training page keeps its demo's verdict: the tab events for the extension
   * page (not a web address) would otherwise forget it. True when the badge was shown again.
   */
  async function keepTrainingState(tabId: number, url: string | undefined): Promise<boolean> {
    const demo = demoOfTrainingPage(url, extensionBase);
    if (demo === null) return false;
    const state = await getTabState(tabId);
    if (state?.training?.demo !== demo) return false;
    await showBadge(tabId, state.verdict.level, false, state.verdict.findings[0]);
    return true;
  }

  /** Judges (or, with training mode off, forgets) a demo tab; the training page asked for it. */
  async function judgeDemoTab(tabId: number, demo: string): Promise<TabState | null> {
    const [eng, set] = await Promise.all([engine(), settings()]);
    const state = judgeTrainingDemo(eng, set, demo, tabId);
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
    const shown = signals === undefined && awaitsPage(verdict) ? showBadge(tabId, null) : showBadge(tabId, verdict.level, state.allowlisted, verdict.findings[0]);
    const signalsStored = storeSignals?.();
    await Promise.all([shown, signalsStored, putTabState(state)]);
    markOnce('first-verdict');
    buildFullSoon();
    if (complete) await updateWarning(tabId, state, set);
    return state;
  }

  /** Injects the warning bar when the level calls for it, or asks a shown bar to go away. */
  async function updateWarning(tabId: number, state: TabState, set: Settings): Promise<void> {
    const ui = await getUi(tabId);
    const wanted = warningInfo(state, set, ui.dismissedHosts) !== null;
    if (!wanted && !ui.barShown) return;
    try {
      // The bar script asks us (cs-bg-warning) what to show; with nothing to show it removes itself.
      await platform.executeScript(tabId, [WARNING_SCRIPT]);
      if (ui.barShown !== wanted) await putUi(tabId, { ...ui, barShown: wanted });
    } catch {
      // Pages we may not script (store pages, error pages): the badge still says it.
    }
  }

  /**
   * A tab at an address with no site of its own (`about:blank`, `data:`; tab-url.ts) keeps its
   * verdict or takes its opener's; with neither, or at a page we do not judge, it is forgotten.
   */
  async function unjudgedAddress(tabId: number, tabUrl: string | undefined, openerTabId: number | undefined): Promise<void> {
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
    } else if (await keepTrainingState(tabId, tabUrl)) {
      return;
    }
    await forgetTab(tabId);
    await showBadge(tabId, null);
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
      if (url === null) return unjudgedAddress(tabId, tabUrl, openerTabId);
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
      if (url === null) return unjudgedAddress(tabId, tabUrl, openerTabId);
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
      tabs
        .filter((t) => typeof t.id === 'number')
        .map((t) => judgeUrl(t.id as number, t.url, t.status === 'complete', t.openerTabId)),
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

  // --- Message handlers ------------------------------------------------------------------------
  const handlers: Handlers = {
    signals(origin: ContentOrigin, signals: PageSignals) {
      return serial(origin.tabId, async () => {
        // This worker's own copy first: reading storage.session back was a millisecond of every
        // page's verdict. A restarted worker has none and reads the stored copy.
        const remembered = recentSignals.get(origin.tabId);
        const previous = remembered?.url === origin.url ? remembered : await getSignals(origin.tabId);
        const merged: StoredSignals =
          previous && previous.url === origin.url
            ? { url: origin.url, signals: mergeSignals(previous.signals, signals) }
            : { url: origin.url, signals };
        // Stored once the badge is set (the verdict does not wait for the write; the stored copy
        // is only for judging the page again after a worker restart).
        recentSignals.set(origin.tabId, merged);
        const state = await judgeTab(origin.tabId, origin.url, merged, true, () => putSignals(origin.tabId, merged));
        const set = await settings();
        // The page's text is asked for only when the text heuristics are on (and there is a phrase
        // to look for): by default a page's prose is neither read nor sent.
        const wantText =
          merged.signals.text === undefined && wantsPageText(set, state.allowlisted, (await engine()).lists.artifacts.length);
        const more = wantText ? { wantText: true as const } : {};
        if (state.allowlisted) return { markers: [], ...more };
        // Markers for this batch's targets only (earlier batches were answered already).
        const batch = new Set([...(signals.links ?? []), ...(signals.handles ?? [])]);
        return { markers: pageMarkers(state.flagged, batch, set, MAX_MARKERS), ...more };
      });
    },
    async warning(origin) {
      const [state, set, ui] = await Promise.all([getTabState(origin.tabId), settings(), getUi(origin.tabId)]);
      if (!state || state.url !== origin.url) return null;
      return warningInfo(state, set, ui.dismissedHosts);
    },
    async warningDismissed(origin) {
      const host = hostOfUrl(origin.url);
      const ui = await getUi(origin.tabId);
      if (host !== null && !ui.dismissedHosts.includes(host)) ui.dismissedHosts.push(host);
      await putUi(origin.tabId, { dismissedHosts: ui.dismissedHosts.slice(-100), barShown: false });
      return { ok: true };
    },
    async openReport(origin) {
      const state = await getTabState(origin.tabId);
      if (!state) return { ok: false };
      await browser.tabs.create({
        url: (browser.runtime.getURL as (path: string) => string)(`/report.html?tab=${origin.tabId}`),
        ...(typeof origin.tabIndex === 'number' ? { index: origin.tabIndex + 1 } : {}),
        ...(typeof origin.windowId === 'number' ? { windowId: origin.windowId } : {}),
        openerTabId: origin.tabId,
      });
      return { ok: true };
    },
    async tabState(tabId) {
      // Wait for work queued on the tab, so a popup opened right after a navigation sees it.
      await (queues.get(tabId) ?? Promise.resolve());
      return getTabState(tabId);
    },
    async judgeTarget(target) {
      let eng: Engine;
      let set: Settings;
      try {
        [eng, set] = await Promise.all([engine(), settings()]);
      } catch (error) {
        return { ok: false, error: `The lists could not be loaded (${error instanceof Error ? error.message : String(error)}).` };
      }
      try {
        return { ok: true, verdict: eng.judgeTarget(target, judgeOptions(set)) } satisfies Responses['ui-bg-judge-target'];
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    trainingJudge(origin, demo) {
      return serial(origin.tabId, async () => {
        const state = await judgeDemoTab(origin.tabId, demo);
        return state ? { ok: true as const, level: state.verdict.level } : { ok: false as const };
      });
    },
  };

  // --- Listeners: all registered synchronously -------------------------------------------------
  const env = { extensionId: browser.runtime.id, extensionBase };
  browser.runtime.onMessage.addListener(((message: unknown, sender: Sender) =>
    dispatch(message, sender, env, handlers)) as never);

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') {
      void judgeUrl(tabId, change.url ?? tab.url, change.status === 'complete' || tab.status === 'complete', tab.openerTabId);
    } else if (change.status === 'complete') {
      void refreshTab(tabId, tab.url, tab.openerTabId);
    }
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void serial(tabId, async () => {
      const state = await getTabState(tabId);
      if (state) return showBadge(tabId, state.verdict.level, state.allowlisted, state.verdict.findings[0]);
      const tab = await browser.tabs.get(tabId);
      void judgeUrl(tabId, tab.url, tab.status === 'complete', tab.openerTabId);
    }).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    recentSignals.delete(tabId);
    void serial(tabId, () => forgetTab(tabId)).catch(() => undefined);
  });
  // Chrome swaps in prerendered or restored tabs under a new id: judge the new one. (Guarded:
  // WXT's fakeBrowser has no onReplaced.)
  try {
    browser.tabs.onReplaced.addListener((addedTabId, removedTabId) => {
      void serial(removedTabId, () => forgetTab(removedTabId)).catch(() => undefined);
      void browser.tabs
        .get(addedTabId)
        .then((tab) => judgeUrl(addedTabId, tab.url, tab.status === 'complete', tab.openerTabId))
        .catch(() => undefined);
    });
  } catch {
    // No such event here.
  }
  browser.runtime.onInstalled.addListener(() => {
    void sweep().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => {
    void sweep().catch(() => undefined);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const settingsChanged = SETTINGS_KEY in changes;
    // The person's own lists changed (imported, removed, switched): a new engine, then every tab again.
    const listsChanged = CUSTOM_LISTS_KEY in changes;
    if (!settingsChanged && !listsChanged) return;
    if (settingsChanged) settingsReader.invalidate();
    if (listsChanged) engines.invalidate();
    void rejudgeAll().catch(() => undefined);
  });
  markOnce('listeners');
}
