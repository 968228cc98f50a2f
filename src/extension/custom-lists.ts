/**
 * A person's own lists as the options page keeps them (stored by own-lists-store.ts): the stored
 * shape, the full read the options page shows, and the changes it makes. Pure; the checks
 * themselves are src/lists/custom.ts. The background reads the same value with only the checks
 * that depend on Unmask's side (src/lists/own-lists.ts), and never loads this module.
 *
 * - Nothing here leaves the browser: the lists are read from a file the person picks, stored
 *   locally, and only ever read by the background (to build the engine) and the extension's pages.
 * - What is stored is read again with the full checks whenever the options page shows it
 *   (`readCustomLists`): a stored list may be damaged, or made invalid by an update of Unmask's
 *   lists (a new protected outlet it names). Such a list is not used; the others and Unmask's own
 *   lists keep working, and the options page shows it with the reason and a remove button.
 * - Every change returns a new value and leaves the old one as it was: a refused import stores
 *   nothing, so the previous lists stay exactly as they were.
 */
import {
  CUSTOM_LIST_MARK,
  CUSTOM_LIST_VERSION,
  parseCustomList,
  uniqueListId,
  type BundledContext,
  type CustomList,
  type CustomListData,
} from '../lists/custom';
import { ID_PATTERN, isPlainObject } from '../lists/primitives';

/**
 * Budget across all lists: far more than the indicators of a report need; the options page checks
 * every stored list again whenever it shows them.
 */
export const STORAGE_LIMITS = {
  lists: 20,
  indicators: 20_000,
  /** Characters of the stored JSON. */
  chars: 5_000_000,
} as const;

export interface StoredList extends CustomList {
  /** ISO 8601, when it was imported. */
  importedAt: string;
  /** Off: kept, but not used for verdicts. */
  enabled: boolean;
}

export interface StoredCustomLists {
  version: 1;
  lists: StoredList[];
}

/** A stored list that could be read and passes the checks. */
export interface ReadableList {
  /** Its position in the stored array (what remove and enable act on). */
  index: number;
  list: StoredList;
}

/** A stored list (or the whole store) that cannot be used, and why, in words for people. */
export interface BrokenList {
  /** Its position in the stored array; null when the whole stored value is unreadable. */
  index: number | null;
  name: string | null;
  reason: string;
}

export interface ReadResult {
  lists: ReadableList[];
  broken: BrokenList[];
}

/**
 * Lenient: every stored list that can be read and passes the checks today; the rest, with why.
 * Never throws; nothing stored (undefined) is no lists and nothing broken.
 */
export function readCustomLists(raw: unknown, bundled: BundledContext, now: Date = new Date()): ReadResult {
  const result: ReadResult = { lists: [], broken: [] };
  if (raw === undefined || raw === null) return result;
  if (!isPlainObject(raw) || raw.version !== 1 || !Array.isArray(raw.lists)) {
    result.broken.push({ index: null, name: null, reason: 'The stored lists are unreadable (the saved data is damaged).' });
    return result;
  }
  const ids = new Set<string>();
  raw.lists.forEach((entry: unknown, index: number) => {
    const name = isPlainObject(entry) && typeof entry.name === 'string' ? entry.name.slice(0, 80) : null;
    const broken = (reason: string) => result.broken.push({ index, name, reason });
    try {
      if (!isPlainObject(entry)) return broken('The saved data of this list is damaged.');
      const { id, importedAt, enabled } = entry;
      if (typeof id !== 'string' || !ID_PATTERN.test(id) || ids.has(id)) return broken('The saved data of this list is damaged (its id).');
      if (typeof importedAt !== 'string' || Number.isNaN(Date.parse(importedAt)))
        return broken('The saved data of this list is damaged (its date).');
      if (typeof enabled !== 'boolean') return broken('The saved data of this list is damaged.');
      const checked = parseCustomList(
        {
          unmask: CUSTOM_LIST_MARK,
          version: CUSTOM_LIST_VERSION,
          name: entry.name,
          sources: entry.sources,
          ...(entry.campaigns !== undefined ? { campaigns: entry.campaigns } : {}),
          indicators: entry.indicators,
        },
        bundled,
        now,
      );
      if (!checked.ok) {
        return broken(`It no longer passes the checks: ${checked.problems[0] ?? checked.error}`);
      }
      ids.add(id);
      result.lists.push({ index, list: { id, importedAt, enabled, ...checked.list } });
    } catch {
      broken('The saved data of this list is damaged.');
    }
  });
  return result;
}

/**
 * What the options page stores for lists that an earlier version kept in storage.local (which
 * content scripts can write): only the lists that pass the full checks today; null when none does.
 */
export function legacyListsToStore(raw: unknown, bundled: BundledContext, now: Date = new Date()): StoredCustomLists | null {
  const lists = readCustomLists(raw, bundled, now).lists.map((r) => r.list);
  return lists.length === 0 ? null : { version: 1, lists };
}

/**
 * The stored value with every list the full checks refuse (`broken`, from `readCustomLists` of
 * that value) switched off, or null when none is on. The background checks a stored list again
 * only on what depends on Unmask's side (src/lists/own-lists.ts); a list that fails some other
 * check today (a check added by a newer version of Unmask) is shown by the options page as not
 * used, and this makes it so.
 */
export function withBrokenSwitchedOff(raw: unknown, broken: readonly BrokenList[]): StoredCustomLists | null {
  const lists = storedArray(raw);
  if (lists === null) return null;
  const refused = new Set(broken.map((b) => b.index));
  const switchOff = (l: unknown, i: number): l is Record<string, unknown> => refused.has(i) && isPlainObject(l) && l.enabled !== false;
  if (!lists.some(switchOff)) return null;
  return { version: 1, lists: lists.map((l, i) => (switchOff(l, i) ? { ...l, enabled: false } : l)) as StoredList[] };
}

export type ChangeResult = { ok: true; next: StoredCustomLists; replaced: boolean } | { ok: false; error: string };

/** The stored array as it is (readable or not, entry by entry), or null when the whole value is unreadable. */
function storedArray(raw: unknown): unknown[] | null {
  if (raw === undefined || raw === null) return [];
  if (!isPlainObject(raw) || raw.version !== 1 || !Array.isArray(raw.lists)) return null;
  return raw.lists as unknown[];
}

/**
 * Adds a checked list (from `parseCustomListText`). A list with the same name as a stored one
 * replaces it (importing a corrected file is how a list is updated). Refused, with nothing
 * changed, over the storage budget or when the stored value is unreadable.
 */
export function withImported(raw: unknown, data: CustomListData, now: Date = new Date()): ChangeResult {
  const lists = storedArray(raw);
  if (lists === null) return { ok: false, error: 'Your saved lists are damaged: remove them first (below), then import again.' };
  const at = lists.findIndex((l) => isPlainObject(l) && l.name === data.name);
  const taken = lists.flatMap((l, i) => (i !== at && isPlainObject(l) && typeof l.id === 'string' ? [l.id] : []));
  const previous = at >= 0 ? (lists[at] as Record<string, unknown>) : null;
  const id =
    previous && typeof previous.id === 'string' && !taken.includes(previous.id) && ID_PATTERN.test(previous.id)
      ? previous.id
      : uniqueListId(data.name, taken);
  const entry: StoredList = {
    id,
    name: data.name,
    importedAt: now.toISOString(),
    enabled: true,
    sources: data.sources,
    campaigns: data.campaigns,
    indicators: data.indicators,
  };
  const next = [...lists];
  if (at >= 0) next[at] = entry;
  else next.push(entry);
  if (next.length > STORAGE_LIMITS.lists) {
    return { ok: false, error: `You have ${STORAGE_LIMITS.lists} lists already, the most Unmask keeps: remove one first.` };
  }
  const total = next.reduce<number>((n, l) => n + (isPlainObject(l) && Array.isArray(l.indicators) ? l.indicators.length : 0), 0);
  if (total > STORAGE_LIMITS.indicators) {
    return {
      ok: false,
      error: `With this list you would have ${total.toLocaleString('en')} indicators in your lists; Unmask keeps at most ${STORAGE_LIMITS.indicators.toLocaleString('en')}: remove a list first.`,
    };
  }
  const value: StoredCustomLists = { version: 1, lists: next as StoredList[] };
  if (JSON.stringify(value).length > STORAGE_LIMITS.chars) {
    return {
      ok: false,
      error: `Your lists would take more than ${STORAGE_LIMITS.chars / 1_000_000} MB of the browser's storage: remove a list first.`,
    };
  }
  return { ok: true, next: value, replaced: at >= 0 };
}

/** Without the stored entry at `index` (readable or not). Null when nothing is left to keep. */
export function withoutList(raw: unknown, index: number): StoredCustomLists | null {
  const lists = storedArray(raw);
  if (lists === null) return null;
  const next = lists.filter((_, i) => i !== index);
  return next.length === 0 ? null : { version: 1, lists: next as StoredList[] };
}

/** With the list at `index` switched on or off; null when the stored value is unreadable (change nothing then). */
export function withEnabled(raw: unknown, index: number, enabled: boolean): StoredCustomLists | null {
  const lists = storedArray(raw);
  if (lists === null) return null;
  return {
    version: 1,
    lists: lists.map((l, i) => (i === index && isPlainObject(l) ? { ...l, enabled } : l)) as StoredList[],
  };
}
