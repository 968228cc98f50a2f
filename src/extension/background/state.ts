/**
 * Per-tab state in storage.session: it survives a stopped and restarted service worker (and a
 * Firefox event page unloaded while idle), and is cleared with the browser session and whenever
 * the extension is reloaded or updated. Content scripts cannot read storage.session (Chrome's
 * default access level is trusted contexts only).
 *
 * - `tab:<id>`: the TabState (verdict, phase, flagged targets) the popup and report read.
 * - `sig:<id>`: the page signals seen for the tab's current URL, merged across batches (feeds).
 * - `ui:<id>`: the tab's warning-bar memory: hosts where the person dismissed it, and whether a
 *   bar may be showing (so that a tab moving to a clean page gets it removed).
 */
import { browser } from 'wxt/browser';
import type { PageSignals } from '../../core/types';
import type { TabState } from '../messages';

export const tabKey = (tabId: number) => `tab:${tabId}`;
export const signalsKey = (tabId: number) => `sig:${tabId}`;
export const uiKey = (tabId: number) => `ui:${tabId}`;

export interface StoredSignals {
  url: string;
  signals: PageSignals;
}

export interface TabUi {
  dismissedHosts: string[];
  barShown: boolean;
}

/** Bounds of merged signals for one URL (an endless feed sends batch after batch). */
export const MERGE_LIMITS = { links: 1000, handles: 500, names: 20, bylines: 10 } as const;

async function read<T>(key: string): Promise<T | null> {
  const got = await browser.storage.session.get(key);
  return (got[key] as T | undefined) ?? null;
}

export const getTabState = (tabId: number) => read<TabState>(tabKey(tabId));
export const getSignals = (tabId: number) => read<StoredSignals>(signalsKey(tabId));

export async function getUi(tabId: number): Promise<TabUi> {
  const ui = await read<TabUi>(uiKey(tabId));
  return {
    dismissedHosts: Array.isArray(ui?.dismissedHosts) ? ui.dismissedHosts.slice(0, 100) : [],
    barShown: ui?.barShown === true,
  };
}

export async function putTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [tabKey(state.tabId)]: state });
}

/**
 * Stores a tab's signals. storage.session has a quota (10 MB in Chrome) shared by all tabs: when a
 * write fails, the verdict is still made from the signals in hand, and only a restarted worker
 * would judge that page from fewer signals.
 */
export async function putSignals(tabId: number, signals: StoredSignals): Promise<void> {
  try {
    await browser.storage.session.set({ [signalsKey(tabId)]: signals });
  } catch {
    await browser.storage.session.remove(signalsKey(tabId)).catch(() => undefined);
  }
}

export async function putUi(tabId: number, ui: TabUi): Promise<void> {
  await browser.storage.session.set({ [uiKey(tabId)]: ui });
}

export async function removeSignals(tabId: number): Promise<void> {
  await browser.storage.session.remove(signalsKey(tabId));
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([tabKey(tabId), signalsKey(tabId), uiKey(tabId)]);
}

/** Ids of every tab with stored state. */
export async function storedTabIds(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .map((k) => /^tab:(\d+)$/.exec(k)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined, max: number): string[] | undefined {
  if (!a?.length) return b?.slice(0, max);
  if (!b?.length) return a.slice(0, max);
  const out = new Set(a.slice(0, max));
  for (const v of b) {
    if (out.size >= max) break;
    out.add(v);
  }
  return [...out];
}

/**
 * A later batch from the same URL (new posts in a feed) adds links, accounts and names; the first
 * batch's text sample stays (later batches carry none).
 */
export function mergeSignals(previous: PageSignals, next: PageSignals): PageSignals {
  const merged: PageSignals = {};
  const names = [...(previous.claimedNames ?? [])];
  for (const n of next.claimedNames ?? []) {
    if (names.length >= MERGE_LIMITS.names) break;
    if (!names.some((p) => p.source === n.source && p.value === n.value)) names.push(n);
  }
  if (names.length) merged.claimedNames = names;
  const bylines = union(previous.bylines, next.bylines, MERGE_LIMITS.bylines);
  if (bylines?.length) merged.bylines = bylines;
  const links = union(previous.links, next.links, MERGE_LIMITS.links);
  if (links?.length) merged.links = links;
  const handles = union(previous.handles, next.handles, MERGE_LIMITS.handles);
  if (handles?.length) merged.handles = handles;
  const text = previous.text || next.text;
  if (text) merged.text = text;
  return merged;
}
