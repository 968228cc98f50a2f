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
import type { CompiledLists, Engine, Level, PageSignals } from '../../core/types';
import type { Responses, TabState, WarningInfo } from '../messages';
import { platform } from '../platform';
import { judgeOptions, repairSettings, SETTINGS_KEY, wantsPageText, type Settings } from '../settings';
import { CUSTOM_LISTS_KEY, loadStoredCustomLists, withCustomLists } from '../custom-lists';
import { demoOfTrainingPage } from '../../training/demos';
import { judgeTrainingDemo } from '../../training/judge';
import { levelWords, showBadge } from './badge';
import { dispatch, type Handlers, type Origin, type Sender } from './dispatch';
import { type IndexReader, readIndex, wholeIndex } from '../../lists/compiled';
import { judgedShardKeys } from '../../core/engine';
import { markOnce } from './marks';
import { inheritedState, judgedUrl, tabAddress } from './tab-url';
import { pageMarkers, warningInfo } from './page-marks';
import { readIndexText, takePrefetchedIndex, takePrefetchedLocal } from './prefetch';
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

export interface BackgroundDeps {
  createEngine(compiled: CompiledLists): Engine;
  /** Reads the compiled index; by default fetched from the extension's own `/unmask-index.json`. */
  loadLists?: () => Promise<CompiledLists>;
}

/** The bar script built from entrypoints/warning.ts (an unlisted script: injected only when needed). */
export const WARNING_SCRIPT = '/warning.js';
/** Markers returned per signals batch, at most. */
const MAX_MARKERS = 200;

type ContentOrigin = Extract<Origin, { kind: 'content' }>;

const RANK: Record<Level, number> = { none: 0, info: 1, low: 2, medium: 3, high: 4 };

/** The index from the extension's own file: the text `early` (prefetch.ts) if given and read, else a new read. */
async function fetchIndex(early: Promise<string> | null): Promise<IndexReader> {
  const url = (browser.runtime.getURL as (path: string) => string)('/unmask-index.json');
  const text = await (early?.catch(() => readIndexText(url)) ?? readIndexText(url));
  // Data, not code: read by the one decoder (src/lists/compiled.ts: format 3 as written by
  // `npm run lists`, or format 1), which refuses any other format.
  try {
    const reader = readIndex(text);
    markOnce('index-fetched');
    return reader;
  } catch (e) {
    throw new Error(`unmask-index.json: not a compiled index (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** The lists from the index (all, or the head and the shards of these keys), decoded and shape-checked. */
function decodedLists(reader: IndexReader, keys?: readonly string[]): CompiledLists {
  let data: CompiledLists;
  try {
    data = reader.lists(keys);
    markOnce('index-decoded');
  } catch (e) {
    throw new Error(`unmask-index.json: not a compiled index (${e instanceof Error ? e.message : String(e)})`);
  }
  if (data?.format !== 1 || !Array.isArray(data.indicators) || !Array.isArray(data.campaigns)) {
    throw new Error('unmask-index.json: not a compiled index (format 1 or 3)');
  }
  return data;
}

export function startBackground(deps: BackgroundDeps): void {
  markOnce('script');
  // The storage.local read background.js started as it loaded (prefetch.ts): the first settings
  // read and the first own-lists read use it (each once; dropped if either key changes first).
  let earlySettings = takePrefetchedLocal();
  let earlyLists = earlySettings;

  // --- The index, and the engines built from it -----------------------------------------------
  // Its text was requested as background.js loaded (prefetch.ts); its head is parsed as soon as it
  // is in. Kept until the full engine is built, then dropped (a change of the person's own lists
  // reads it again).
  let indexPromise: Promise<IndexReader> | null = null;
  function index(early: Promise<string> | null = null): Promise<IndexReader> {
    if (indexPromise !== null) return indexPromise;
    const promise = deps.loadLists ? deps.loadLists().then(wholeIndex) : fetchIndex(early);
    indexPromise = promise;
    promise.catch(() => {
      if (indexPromise === promise) indexPromise = null;
    });
    return promise;
  }
  if (!deps.loadLists) {
    const early = takePrefetchedIndex();
    if (early !== null) void index(early).catch(() => undefined);
  }

  /** The person's usable own lists, read once per engine (custom-lists.ts), in parallel with the index. */
  let customRead: Promise<unknown> | null = null;
  function customLists(): Promise<unknown> {
    if (customRead !== null) return customRead;
    // The first read uses the one started at load (a cold worker's first storage read is slow).
    const early = earlyLists;
    earlyLists = null;
    const read = early ? early.then((got) => got[CUSTOM_LISTS_KEY], () => loadStoredCustomLists()) : loadStoredCustomLists();
    customRead = read.then((raw) => {
      markOnce('custom-lists-read');
      return raw;
    });
    return customRead;
  }

  async function buildEngine(lists: CompiledLists): Promise<Engine> {
    // Unmask's lists plus the person's own (custom-lists.ts: only lists that pass the checks and
    // are switched on; if they cannot be read, Unmask's lists alone).
    const merged = await withCustomLists(lists, customLists());
    markOnce('engine-start');
    const built = deps.createEngine(merged);
    markOnce('engine-built');
    return built;
  }

  /** The engine over every list, memoised for this worker's life (or until the own lists change). */
  let enginePromise: Promise<Engine> | null = null;
  function engine(): Promise<Engine> {
    if (enginePromise !== null) return enginePromise;
    const promise: Promise<Engine> = index()
      .then((reader) => buildEngine(decodedLists(reader)))
      .then((built) => {
        markOnce('engine-full');
        if (enginePromise === promise) {
          // Everything the first verdict's engine and the index text held can go.
          firstEngine = null;
          indexPromise = null;
        }
        return built;
      })
      .catch((error: unknown) => {
        // Try again on the next event (unless the lists changed meanwhile and a newer one started).
        if (enginePromise === promise) {
          enginePromise = null;
          customRead = null;
        }
        throw error;
      });
    enginePromise = promise;
    return promise;
  }

  /**
   * A cold worker's first verdict is for one URL: until the full engine is asked for, it is made
   * by an engine over the index's head and that URL's shards (src/lists/compiled.ts: the same
   * verdict for URLs with those shard keys, from 550-1,200 of the 8,300 indicators and about 40%
   * of the text to parse). The full engine is built as soon as that verdict is shown (`judgeTab`).
   */
  let firstEngine: { keys: string; engine: Promise<Engine> } | null = null;
  function engineForUrl(url: string): Promise<Engine> {
    // Once the full engine is asked for and no first engine is left, every URL gets the full one
    // (no shard keys to work out on each navigation).
    if (deps.loadLists || (firstEngine === null && enginePromise !== null)) return engine();
    const keys = judgedShardKeys(url);
    const joined = keys.join(' ');
    if (firstEngine !== null) return firstEngine.keys === joined ? firstEngine.engine : engine();
    const promise: Promise<Engine> = index().then((reader) => (reader.sharded ? buildEngine(decodedLists(reader, keys)) : engine()));
    const entry = { keys: joined, engine: promise };
    firstEngine = entry;
    promise.catch(() => {
      if (firstEngine === entry) firstEngine = null;
    });
    return promise;
  }

  /** After a verdict from the first engine: the full one, in its own task. */
  function buildFullSoon(): void {
    if (enginePromise !== null || firstEngine === null) return;
    setTimeout(() => void engine().catch(() => undefined), 0);
  }

  let settingsPromise: Promise<Settings> | null = null;
  function settings(): Promise<Settings> {
    if (settingsPromise !== null) return settingsPromise;
    const early = earlySettings;
    earlySettings = null;
    const read = early ? early.catch(() => browser.storage.local.get(SETTINGS_KEY)) : browser.storage.local.get(SETTINGS_KEY);
    settingsPromise = read.then((got) => repairSettings(got[SETTINGS_KEY])).catch(() => repairSettings(undefined));
    return settingsPromise;
  }

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
    if (settingsChanged) {
      settingsPromise = null;
      earlySettings = null;
    }
    if (listsChanged) {
      enginePromise = null;
      firstEngine = null;
      customRead = null;
      earlyLists = null;
    }
    void rejudgeAll().catch(() => undefined);
  });
  markOnce('listeners');
}
