/**
 * Stored custom lists (src/extension/custom-lists.ts, own-lists-store.ts) and the background's use
 * of them:
 * - the options page's read keeps every list that passes the full checks today and says why each
 *   other one is not used; import, replace, remove and switch give new values and leave the old
 *   ones alone; lists an earlier version left in storage.local move only if they pass;
 * - the real background (entrypoints/background.ts main() on WXT's fakeBrowser, with an in-memory
 *   IndexedDB) builds its engine from Unmask's lists plus the stored lists it can use, builds it
 *   again when they change, keeps judging with Unmask's lists when the stored value is damaged,
 *   and never uses lists from storage.local, which content scripts can write.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import type { Verdict } from '../../../src/core/types';
import {
  legacyListsToStore,
  readCustomLists,
  withBrokenSwitchedOff,
  withEnabled,
  withImported,
  withoutList,
  type StoredCustomLists,
} from '../../../src/extension/custom-lists';
import { LEGACY_CUSTOM_LISTS_KEY, OWN_LISTS_KEY, readStoredForChange, saveStoredCustomLists } from '../../../src/extension/own-lists-store';
import { platform } from '../../../src/extension/platform';
import { parseCompiled } from '../../../src/lists/compiled';
import { bundledContext, parseCustomListText, type CustomListData } from '../../../src/lists/custom';
import { ownListsInUse } from '../../../src/lists/own-lists';
import { EXT_BASE, serveIndex } from './serve-index';

const LISTS = parseCompiled(readFileSync(new URL('../../fixtures/engine/lists.json', import.meta.url), 'utf8'));
const CTX = bundledContext(LISTS);
const NOW = new Date('2026-11-21T10:00:00Z');
const FIXTURE_TEXT = readFileSync(new URL('../../fixtures/custom-lists/test-list.json', import.meta.url), 'utf8');

function fixtureList(name = 'Test fixture list'): CustomListData {
  const result = parseCustomListText(FIXTURE_TEXT, CTX, NOW);
  if (!result.ok) throw new Error(result.error);
  return { ...result.list, name };
}

function imported(raw: unknown, data: CustomListData): StoredCustomLists {
  const result = withImported(raw, data, NOW);
  if (!result.ok) throw new Error(result.error);
  return result.next;
}

describe('stored custom lists', () => {
  it('import, replace by name (same id), unique ids, remove, switch: new values, the old ones untouched', () => {
    const one = imported(undefined, fixtureList());
    expect(one).toEqual({
      version: 1,
      lists: [{ id: 'test-fixture-list', importedAt: '2026-11-21T10:00:00.000Z', enabled: true, ...fixtureList() }],
    });
    const snapshot = JSON.stringify(one);
    const replaced = withImported(one, fixtureList(), new Date('2026-11-22T00:00:00Z'));
    expect(replaced.ok && replaced.replaced).toBe(true);
    if (replaced.ok)
      expect(replaced.next.lists.map((l) => [l.id, l.importedAt])).toEqual([['test-fixture-list', '2026-11-22T00:00:00.000Z']]);
    const two = imported(imported(one, fixtureList('Test fixture list!')), fixtureList('Test-fixture list'));
    expect(two.lists.map((l) => l.id)).toEqual(['test-fixture-list', 'test-fixture-list-2', 'test-fixture-list-3']);
    expect(JSON.stringify(one)).toBe(snapshot);

    expect(withoutList(two, 1)!.lists.map((l) => l.id)).toEqual(['test-fixture-list', 'test-fixture-list-3']);
    expect(withoutList(one, 0)).toBeNull(); // nothing left: the key is removed
    const off = withEnabled(two, 2, false)!;
    expect(off.lists.map((l) => l.enabled)).toEqual([true, true, false]);
    expect(ownListsInUse(off, CTX).map((l) => l.id)).toEqual(['test-fixture-list', 'test-fixture-list-2']);
    expect(withEnabled({ version: 1, lists: 'damaged' }, 0, true)).toBeNull();
    expect(JSON.stringify(one)).toBe(snapshot);
  });

  it('reads every usable list and says why each other one is not used', () => {
    const good = imported(undefined, fixtureList()).lists[0]!;
    expect(readCustomLists(undefined, CTX, NOW)).toEqual({ lists: [], broken: [] });
    expect(readCustomLists('garbage', CTX, NOW)).toEqual({
      lists: [],
      broken: [{ index: null, name: null, reason: 'The stored lists are unreadable (the saved data is damaged).' }],
    });
    const read = readCustomLists(
      {
        version: 1,
        lists: [
          good,
          null,
          { ...good, id: 'Bad Id', name: 'Bad id' },
          { ...good, id: 'dated', name: 'Bad date', importedAt: 'yesterday' },
          { ...good, id: 'outlet', name: 'Names an outlet', indicators: [{ ...good.indicators[0], value: 'washingtonpost.com' }] },
          { ...good, name: 'Same id' },
        ],
      },
      CTX,
      NOW,
    );
    expect(read.lists.map((l) => [l.index, l.list.name])).toEqual([[0, 'Test fixture list']]);
    expect(read.broken).toEqual([
      { index: 1, name: null, reason: 'The saved data of this list is damaged.' },
      { index: 2, name: 'Bad id', reason: 'The saved data of this list is damaged (its id).' },
      { index: 3, name: 'Bad date', reason: 'The saved data of this list is damaged (its date).' },
      {
        index: 4,
        name: 'Names an outlet',
        reason: expect.stringMatching(
          /^It no longer passes the checks: indicators\[0\]: "washingtonpost\.com" is an official domain of the protected outlet "washington-post"/,
        ) as unknown as string,
      },
      { index: 5, name: 'Same id', reason: 'The saved data of this list is damaged (its id).' },
    ]);
  });

  it("a list that Unmask's updated lists make invalid (a new protected outlet it names) is no longer used", () => {
    const stored = imported(undefined, fixtureList());
    expect(readCustomLists(stored, CTX, NOW).lists).toHaveLength(1);
    const updated = bundledContext({
      ...LISTS,
      outlets: [
        ...LISTS.outlets,
        { id: 'new-outlet', name: 'A New Outlet', names: [], domains: ['custom-list-only.example'], country: 'US', kind: 'news' },
      ],
    });
    expect(readCustomLists(stored, updated, NOW).lists).toEqual([]);
    // The background's own check says the same.
    expect(ownListsInUse(stored, CTX).map((l) => l.id)).toEqual(['test-fixture-list']);
    expect(ownListsInUse(stored, updated)).toEqual([]);
  });

  it('a list the full checks refuse today is stored switched off (the background checks less), the rest as they were', () => {
    const good = imported(undefined, fixtureList()).lists[0]!;
    const undated = { ...good, id: 'undated', name: 'Undated', importedAt: 'yesterday' };
    const off = { ...good, id: 'already-off', name: 'Already off', importedAt: 'yesterday', enabled: false };
    const raw = { version: 1, lists: [good, undated, off, 'x'] };
    const snapshot = JSON.stringify(raw);
    const switched = (value: unknown) => withBrokenSwitchedOff(value, readCustomLists(value, CTX, NOW).broken);
    expect(switched(raw)).toEqual({ version: 1, lists: [good, { ...undated, enabled: false }, off, 'x'] });
    expect(JSON.stringify(raw)).toBe(snapshot);
    // Nothing to change: null (nothing is stored again).
    expect(switched(switched(raw))).toBeNull();
    expect(switched({ version: 1, lists: [good] })).toBeNull();
    expect(switched('garbage')).toBeNull();
    expect(switched(undefined)).toBeNull();
  });

  it('lists an earlier version left in storage.local: only those that pass the full checks are kept', () => {
    const good = imported(undefined, fixtureList()).lists[0]!;
    const forged = { ...good, id: 'forged', name: 'Forged', importedAt: 'yesterday' };
    const outlet = {
      ...good,
      id: 'outlet',
      name: 'Names an outlet',
      indicators: [{ ...good.indicators[0]!, value: 'washingtonpost.com' }],
    };
    expect(legacyListsToStore({ version: 1, lists: [good, forged, outlet, 'x'] }, CTX, NOW)).toEqual({ version: 1, lists: [good] });
    expect(legacyListsToStore({ version: 1, lists: [forged] }, CTX, NOW)).toBeNull();
    expect(legacyListsToStore('garbage', CTX, NOW)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The background
// ---------------------------------------------------------------------------------------------

let fetchCalls = { count: 0 };

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh, empty database for each test (the extension's IndexedDB).
  vi.stubGlobal('indexedDB', new IDBFactory());
  fetchCalls = serveIndex(LISTS);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((() => 'x') as never);
  vi.spyOn(platform, 'executeScript').mockImplementation((async () => undefined) as never);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function judgeTarget(target: string): Promise<Verdict> {
  const results = (await fakeBrowser.runtime.onMessage.trigger({ type: 'ui-bg-judge-target', target }, {
    id: 'test-extension-id',
    url: `${EXT_BASE}popup.html`,
  } as never)) as unknown[];
  const reply = results[0] as { ok: boolean; verdict: Verdict; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.verdict;
}

describe('the background with custom lists', () => {
  it('judges with the usable stored lists, builds the engine again when they change, and forgets a removed list', async () => {
    expect(await saveStoredCustomLists(imported(undefined, fixtureList()))).toBe(true);
    expect((await fakeBrowser.storage.local.get(OWN_LISTS_KEY))[OWN_LISTS_KEY]).toMatchObject({ lists: 1 });
    background.main();
    const flagged = await judgeTarget('custom-list-only.example');
    expect(flagged.level).toBe('high');
    expect(flagged.findings[0]!.summary.startsWith('From your list “Test fixture list”: ')).toBe(true);
    expect(fetchCalls.count).toBe(1);

    // Switched off: the marker's change drops the engine; the next verdict is without the list.
    await saveStoredCustomLists(withEnabled(await stored(), 0, false));
    expect((await judgeTarget('custom-list-only.example')).level).toBe('none');
    expect(fetchCalls.count).toBe(2);
    // Another key changing (the settings) keeps the engine.
    await fakeBrowser.storage.local.set({ settings: { version: 1 } });
    await judgeTarget('custom-list-only.example');
    expect(fetchCalls.count).toBe(2);
    await saveStoredCustomLists(withEnabled(await stored(), 0, true));
    expect((await judgeTarget('custom-list-only.example')).level).toBe('high');
    await saveStoredCustomLists(null);
    expect(await stored()).toBeUndefined();
    expect((await fakeBrowser.storage.local.get(OWN_LISTS_KEY))[OWN_LISTS_KEY]).toBeUndefined();
    expect((await judgeTarget('custom-list-only.example')).level).toBe('none');
  });

  it('a damaged stored value is ignored: Unmask lists keep working', async () => {
    await saveStoredCustomLists({ version: 1, lists: [{ __proto__: null, id: 5 }, 'x'] });
    background.main();
    expect((await judgeTarget('washingtonpost.pm')).level).toBe('high');
    expect((await judgeTarget('custom-list-only.example')).level).toBe('none');
    const good = imported(undefined, fixtureList()).lists[0]!;
    // A list of the stored shape but with a field the merge reads of another type: left out.
    await saveStoredCustomLists({ version: 1, lists: [{ ...good, indicators: [{ ...good.indicators[0]!, sources: 'x' }] }] });
    expect((await judgeTarget('custom-list-only.example')).level).toBe('none');
    await saveStoredCustomLists('not even an object' as never);
    expect((await judgeTarget('washingtonpost.pm')).level).toBe('high');
  });

  it('never uses lists from storage.local (content scripts can write there), only from the database', async () => {
    const value = imported(undefined, fixtureList());
    await fakeBrowser.storage.local.set({ [LEGACY_CUSTOM_LISTS_KEY]: value, [OWN_LISTS_KEY]: { lists: 1, changed: 'now' } });
    background.main();
    expect((await judgeTarget('custom-list-only.example')).level).toBe('none');
    // Stored where only the extension writes: used.
    await saveStoredCustomLists(value);
    expect((await judgeTarget('custom-list-only.example')).level).toBe('high');
    // And the old key is gone once the database holds the lists.
    expect((await fakeBrowser.storage.local.get(LEGACY_CUSTOM_LISTS_KEY))[LEGACY_CUSTOM_LISTS_KEY]).toBeUndefined();
  });
});

async function stored(): Promise<unknown> {
  return (await readStoredForChange())!.raw;
}
