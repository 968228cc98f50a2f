/**
 * Where a person's own lists are kept: the extension's own IndexedDB (database `unmask`, store
 * `own-lists`, one value `{ version: 1, lists: [...] }`), which only the extension's pages and its
 * background can open. Content scripts run in the page's origin and cannot reach it (they can
 * write storage.local), so what is stored there is what the options page stored after the full
 * checks (src/lists/custom.ts), and the background uses it with only the checks that depend on
 * Unmask's side (src/lists/own-lists.ts `ownListsInUse`).
 *
 * storage.local holds only a marker (`OWN_LISTS_KEY`: how many lists, and when they changed), so
 * that a change wakes the background (storage.onChanged) and other options pages, and a worker
 * with no lists never opens the database. A forged or removed marker can only make the background
 * read the database again or not use the lists until the next change.
 *
 * Nothing here leaves the browser.
 */
import { browser } from 'wxt/browser';
import type { CompiledLists } from '../core/types';
import { bundledContext, mergeCustomLists, ownListsInUse } from '../lists/own-lists';
import { LEGACY_CUSTOM_LISTS_KEY, OWN_LISTS_KEY } from './storage-keys';

export { LEGACY_CUSTOM_LISTS_KEY, OWN_LISTS_KEY };

const DB_NAME = 'unmask';
const STORE = 'own-lists';
const KEY = 'lists';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
  };
  return request(open);
}

async function withStore<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase();
  try {
    const tx = db.transaction(STORE, mode);
    const result = request(use(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    return await result;
  } finally {
    db.close();
  }
}

/** The stored value as it is; throws when the database cannot be read. */
function readDatabase(): Promise<unknown> {
  return withStore('readonly', (store) => store.get(KEY));
}

/**
 * The stored value for the background (undefined when there is none or it cannot be read).
 * `marker` is the storage.local value of `OWN_LISTS_KEY` when the caller has it (the background
 * prefetches it); without a marker the database is not opened.
 */
export async function loadStoredCustomLists(marker?: Promise<unknown>): Promise<unknown> {
  try {
    const mark = marker !== undefined ? await marker : (await browser.storage.local.get(OWN_LISTS_KEY))[OWN_LISTS_KEY];
    if (mark === undefined || mark === null) return undefined;
    return await readDatabase();
  } catch {
    return undefined;
  }
}

/**
 * The stored value for the options page, which shows it and changes it: the database whatever the
 * marker says. Null when it cannot be read: a change never starts from "nothing stored" by mistake
 * and drops the lists that are there.
 */
export async function readStoredForChange(): Promise<{ raw: unknown } | null> {
  try {
    return { raw: await readDatabase() };
  } catch {
    return null;
  }
}

/**
 * What an earlier version of Unmask left in storage.local (undefined when nothing). Never used as it is
 * (content scripts can write storage.local): the options page keeps what passes the full checks
 * (`legacyListsToStore`, custom-lists.ts) and stores that here, which removes the old value.
 */
export async function readLegacyLists(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(LEGACY_CUSTOM_LISTS_KEY))[LEGACY_CUSTOM_LISTS_KEY];
  } catch {
    return undefined;
  }
}

/** Removes what an earlier version of Unmask left in storage.local (when the database already has lists). */
export async function removeLegacyLists(): Promise<void> {
  try {
    await browser.storage.local.remove(LEGACY_CUSTOM_LISTS_KEY);
  } catch {
    // Left there: never read by the background, and moved again next time.
  }
}

/** How many lists a stored value holds (for the marker). */
function countOf(value: { lists: unknown[] } | null): number {
  return value === null ? 0 : value.lists.length;
}

/**
 * Stores the lists (null removes them), then the marker; false when storage refused (e.g. over
 * quota), and then nothing changed that the background reads. A value from storage.local of an
 * earlier version is removed there once the database holds the lists.
 */
export async function saveStoredCustomLists(value: { version: 1; lists: unknown[] } | null): Promise<boolean> {
  try {
    await withStore<unknown>('readwrite', (store) => (value === null ? store.delete(KEY) : store.put(value, KEY)) as IDBRequest<unknown>);
  } catch {
    return false;
  }
  try {
    if (value === null) await browser.storage.local.remove(OWN_LISTS_KEY);
    else await browser.storage.local.set({ [OWN_LISTS_KEY]: { lists: countOf(value), changed: new Date().toISOString() } });
    await browser.storage.local.remove(LEGACY_CUSTOM_LISTS_KEY);
  } catch {
    // The lists are stored; the background sees them at its next start.
  }
  return true;
}

/**
 * Unmask's index with the person's lists that can be used today merged in, for an engine
 * (`ownListsInUse`). `stored` is the stored value or a promise of it (started early, so that it is
 * read while the index is fetched). Never rejects: when nothing is stored or a list cannot be
 * used, Unmask's own lists are used as they are.
 */
export async function withCustomLists(bundled: CompiledLists, stored: unknown = loadStoredCustomLists()): Promise<CompiledLists> {
  try {
    const raw: unknown = await stored;
    if (raw === undefined || raw === null) return bundled;
    return mergeCustomLists(bundled, ownListsInUse(raw, bundledContext(bundled)));
  } catch {
    return bundled;
  }
}
