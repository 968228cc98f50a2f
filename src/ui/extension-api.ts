/**
 * The browser calls the extension's pages make, in one place: the tab's state from the background,
 * the compiled index from the extension's own files, and the settings in storage.local. Components
 * never call these; the entrypoints' main.tsx do, and pass plain data down.
 */
import { browser } from 'wxt/browser';
import type { CompiledLists } from '../core/types';
import type { TabState, TabStateRequest } from '../extension/messages';
import { repairSettings, SETTINGS_KEY, type Settings } from '../extension/settings';
import { indexLists, isCompiledLists, type UiLists } from './lists';
import { parseCompiled } from '../lists/compiled';

/** The tab a page is about: `?tab=<id>` when given (report, tests), else the active tab. */
export async function targetTab(search: string): Promise<{ id?: number; url?: string; fromParam: boolean }> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    if (!/^\d{1,10}$/.test(param)) return { fromParam: true };
    const id = Number(param);
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url, fromParam: true };
    } catch {
      // The tab may be gone (a report kept open); the background may still know its last state.
      return { id, fromParam: true };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url, fromParam: false };
}

export async function requestTabState(tabId: number): Promise<TabState | null> {
  const request: TabStateRequest = { type: 'ui-bg-tab-state', tabId };
  try {
    const reply = (await browser.runtime.sendMessage(request)) as TabState | null | undefined;
    return reply && typeof reply === 'object' && reply.verdict ? reply : null;
  } catch {
    // No background answer (worker starting, or an older build): the page says "not looked at yet".
    return null;
  }
}

/**
 * The bundled lists, read from the extension's own files (no network), for the pages that need
 * them whole (explorer, bulk check, options). Throws with a message fit for the page's error line.
 */
export async function fetchBundledLists(): Promise<CompiledLists> {
  const response = await fetch(extensionUrl('/unmask-index.json'));
  if (!response.ok) throw new Error(`unmask-index.json: HTTP ${response.status}`);
  // The compact index format (src/lists/compiled.ts); an unknown format throws.
  const data: unknown = parseCompiled(await response.text());
  if (!isCompiledLists(data)) throw new Error('unreadable index');
  return data;
}

let listsPromise: Promise<UiLists | null> | null = null;

/** The lists as the popup and report show them, read once per page; null when unreadable. */
export function loadLists(): Promise<UiLists | null> {
  listsPromise ??= fetchBundledLists().then(indexLists).catch(() => null);
  return listsPromise;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return repairSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<boolean> {
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    return true;
  } catch {
    return false;
  }
}

/** Reads, changes and writes the settings in one step (the popup's "trust this site"). */
export async function updateSettings(change: (s: Settings) => Settings): Promise<boolean> {
  return saveSettings(change(await loadSettings()));
}

export function extensionUrl(path: string): string {
  return (browser.runtime.getURL as (path: string) => string)(path);
}

export function extensionVersion(): string | undefined {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return undefined;
  }
}
