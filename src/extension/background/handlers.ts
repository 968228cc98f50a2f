/**
 * The background's answers to messages, one per type (dispatch.ts validates every message and its
 * sender before any of these sees it).
 */
import { browser } from 'wxt/browser';
import { hostOfUrl } from '../../core/hosts';
import type { Engine, PageSignals } from '../../core/types';
import type { Responses } from '../messages';
import { judgeOptions, wantsPageText, type Settings } from '../settings';
import type { Handlers, Origin } from './dispatch';
import { isDynamicSite } from './dynamic-sites';
import type { EngineProvider } from './engine-provider';
import { platform } from '../platform';
import { pageMarkers, warningInfo } from './page-marks';
import type { SettingsReader } from './settings-reader';
import { getSignals, getTabState, getUi, mergeSignals, putSignals, putUi, type StoredSignals } from './state';
import type { Tabs } from './tabs';

/** The link markers' script (entrypoints/markers.ts). */
export const MARKERS_SCRIPT = '/markers.js';

/** Markers returned per signals batch, at most. */
const MAX_MARKERS = 200;

type ContentOrigin = Extract<Origin, { kind: 'content' }>;

export function createHandlers(tabs: Tabs, engines: EngineProvider, settingsReader: SettingsReader): Handlers {
  const { serial, recentSignals, judgeTab, judgeDemoTab } = tabs;
  const { engine } = engines;
  const { settings } = settingsReader;
  /** The report tab last opened from each page tab (cs-bg-open-report). */
  const reportTabs = new Map<number, number>();
  return {
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
        const host = hostOfUrl(origin.url);
        const more = {
          ...(wantText ? { wantText: true as const } : {}),
          ...(host !== null && isDynamicSite(host) ? { watch: true as const } : {}),
        };
        if (state.allowlisted) return { markers: [], ...more };
        // Markers for this batch's targets only (earlier batches were answered already).
        const batch = new Set([...(signals.links ?? []), ...(signals.handles ?? [])]);
        const markers = pageMarkers(state.flagged, batch, set, MAX_MARKERS);
        if (markers.length > 0) {
          // The markers' code is not in the content script that every page runs: it goes only to
          // a page that gets markers, before the answer (again on each such answer: it defines
          // itself once per document).
          try {
            await platform.executeScript(origin.tabId, [MARKERS_SCRIPT]);
          } catch {
            // A page we may not script: the badge and the popup still list its flagged links.
          }
        }
        return { markers, ...more };
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
    openReport(origin) {
      // At most one report tab per page tab: while the one opened last is still open, it is
      // brought forward instead. The background cannot see the click, so this is what holds a
      // page (or a compromised renderer) that sends the message in a loop to one tab; a new one
      // opens only after the person closed the last, itself a gesture. Serialised per tab, so that
      // a burst of messages cannot race past the check.
      return serial(origin.tabId, async () => {
        const state = await getTabState(origin.tabId);
        if (!state) return { ok: false };
        const open = reportTabs.get(origin.tabId);
        if (open !== undefined) {
          try {
            await browser.tabs.update(open, { active: true });
            return { ok: true };
          } catch {
            // Closed since: open a new one.
          }
        }
        const tab = await browser.tabs.create({
          url: (browser.runtime.getURL as (path: string) => string)(`/report.html?tab=${origin.tabId}`),
          ...(typeof origin.tabIndex === 'number' ? { index: origin.tabIndex + 1 } : {}),
          ...(typeof origin.windowId === 'number' ? { windowId: origin.windowId } : {}),
          openerTabId: origin.tabId,
        });
        if (typeof tab?.id === 'number') {
          if (reportTabs.size >= 1000) reportTabs.delete(reportTabs.keys().next().value as number);
          reportTabs.set(origin.tabId, tab.id);
        }
        return { ok: true };
      });
    },
    async tabState(tabId) {
      // Wait for work queued on the tab, so a popup opened right after a navigation sees it.
      await tabs.idle(tabId);
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
}
