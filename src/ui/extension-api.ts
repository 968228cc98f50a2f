/**
 * The browser calls the extension's pages make, in one place: the tab's state from the background,
 * the compiled index from the extension's own files, and the settings in storage.local. Components
 * never call these; the entrypoints' main.tsx do, and pass plain data down.
 */
import { browser } from 'wxt/browser';
import type { CompiledLists } from '../core/types';
import type { TabState, TabStateRequest } from '../extension/messages';
import { repairSettings, SETTINGS_KEY, type Settings } from '../extension/settings';
import { indexLists, isCompiledLists, localizeLists, type UiLists } from './lists';
import type { CompiledCampaignTranslations } from '../lists/campaign-i18n';
import { type NoteTranslations, localizeNotes } from '../lists/note-i18n';
import { uiLang } from './i18n';
import { parseCompiled, readIndex } from '../lists/compiled';
import { BUNDLED_INDEX_PATH, bundledIndexText } from '../lists/bundled-index';
import { listUpdateConfig } from '../extension/list-update-config';
import { LISTS_IN_USE_KEY, readStoredUpdate, type ListsInUse } from '../extension/list-updates';
import type { ListsDate } from './freshness';
import { compareListVersions, isListVersion } from '../lists/updates/bundle';

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
 * The lists in use, for the pages that need them whole (explorer, bulk check, options): the
 * bundled index from the extension's own files (no network), or an installed list update that is
 * newer and verifies again (src/extension/list-updates.ts), as the background judges with. Throws
 * with a message fit for the page's error line.
 */
export async function fetchBundledLists(): Promise<CompiledLists> {
  let text = await bundledIndexText(await fetch(extensionUrl(BUNDLED_INDEX_PATH)));
  const inUse = await browser.storage.local.get(LISTS_IN_USE_KEY).catch(() => ({}) as Record<string, unknown>);
  if (inUse[LISTS_IN_USE_KEY] !== undefined) {
    const get = (keys: string[]) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>;
    const stored = await readStoredUpdate({ get, trustedKeys: listUpdateConfig().keys }, readIndex(text).version).catch(() => null);
    if (stored !== null) text = stored.index;
  }
  // The compact index format (src/lists/compiled.ts); an unknown format throws.
  const data: unknown = parseCompiled(text);
  if (!isCompiledLists(data)) throw new Error('unreadable index');
  return data;
}

/**
 * The version and date of the lists in use, from the small record an installed update writes
 * beside itself, else the bundled lists' (their version from `bundledVersion`, their date from
 * lists/CHANGELOG.md at build time).
 */
export async function listsInUse(bundledVersion: string | null = listUpdateConfig().bundledVersion): Promise<ListsDate | null> {
  let info: Partial<ListsInUse> | undefined;
  try {
    info = (await browser.storage.local.get(LISTS_IN_USE_KEY))[LISTS_IN_USE_KEY] as Partial<ListsInUse> | undefined;
  } catch {
    info = undefined;
  }
  const newer = bundledVersion === null || (isListVersion(info?.version) && compareListVersions(info.version, bundledVersion) > 0);
  if (info && newer && typeof info.version === 'string' && typeof info.created === 'string')
    return { version: info.version, date: info.created, updated: true };
  if (bundledVersion === null) return null;
  return { version: bundledVersion, date: listUpdateConfig().bundledDate, updated: false };
}

let listsPromise: Promise<UiLists | null> | null = null;

/**
 * A translation file of a page language (public/i18n/<kind>.<lang>.json, from the extension's own
 * files) as a JSON object; null for English or when unreadable (the English then shows).
 */
async function loadTranslationFile(kind: 'campaigns' | 'notes', lang: string): Promise<Record<string, unknown> | null> {
  if (lang === 'en' || !/^[a-z]{2}$/.test(lang)) return null;
  try {
    const response = await fetch(extensionUrl(`/i18n/${kind}.${lang}.json`));
    if (!response.ok) return null;
    const data: unknown = await response.json();
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The campaign translations for a page language (checked again where used: localizeCampaign). */
export async function loadCampaignTranslations(lang: string): Promise<CompiledCampaignTranslations | null> {
  return (await loadTranslationFile('campaigns', lang)) as CompiledCampaignTranslations | null;
}

/** The lists' notes in a page language (src/lists/note-i18n.ts): text entries only. */
export async function loadNoteTranslations(lang: string): Promise<NoteTranslations | null> {
  const data = await loadTranslationFile('notes', lang);
  if (data === null) return null;
  const notes: NoteTranslations = {};
  for (const [english, text] of Object.entries(data)) if (typeof text === 'string') notes[english] = text;
  return notes;
}

/** The lists in the page's language (campaign names, summaries and notes), with what is left in English. */
export async function fetchLocalizedLists(): Promise<{ compiled: CompiledLists; inEnglish: Set<string> }> {
  const lang = uiLang();
  const [compiled, translations, notes] = await Promise.all([
    fetchBundledLists(),
    loadCampaignTranslations(lang),
    loadNoteTranslations(lang),
  ]);
  return localizeLists(localizeNotes(compiled, notes), lang, translations);
}

/** The lists as the popup and report show them, read once per page; null when unreadable. */
export function loadLists(): Promise<UiLists | null> {
  listsPromise ??= fetchLocalizedLists()
    .then(({ compiled, inEnglish }) => indexLists(compiled, inEnglish))
    .catch(() => null);
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
