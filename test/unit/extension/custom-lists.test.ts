/**
 * Stored custom lists (src/extension/custom-lists.ts) and the background's use of them:
 * - the lenient read keeps every list that passes the checks today and says why each other one is
 *   not used; import, replace, remove and switch give new values and leave the old ones alone;
 * - the real background (entrypoints/background.ts main() on WXT's fakeBrowser) builds its engine
 *   from Unmask's lists plus the usable stored lists, builds it again when they change, and keeps
 *   judging with Unmask's lists when the stored value is damaged.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import type { Verdict } from '../../../src/core/types';
import {
  CUSTOM_LISTS_KEY,
  readCustomLists,
  usableCustomLists,
  withEnabled,
  withImported,
  withoutList,
  type StoredCustomLists,
} from '../../../src/extension/custom-lists';
import { platform } from '../../../src/extension/platform';
import { parseCompiled } from '../../../src/lists/compiled';
import { bundledContext, parseCustomListText, type CustomListData } from '../../../src/lists/custom';
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
    expect(usableCustomLists(off, CTX, NOW).map((l) => l.id)).toEqual(['test-fixture-list', 'test-fixture-list-2']);
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
    expect(usableCustomLists(stored, CTX, NOW)).toHaveLength(1);
    const updated = bundledContext({
      ...LISTS,
      outlets: [
        ...LISTS.outlets,
        { id: 'new-outlet', name: 'A New Outlet', names: [], domains: ['custom-list-only.example'], country: 'US', kind: 'news' },
      ],
    });
    expect(usableCustomLists(stored, updated, NOW)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The background
// ---------------------------------------------------------------------------------------------

let fetchCalls = { count: 0 };

beforeEach(() => {
  fakeBrowser.reset();
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
    await fakeBrowser.storage.local.set({ [CUSTOM_LISTS_KEY]: imported(undefined, fixtureList()) });
    background.main();
    const flagged = await judgeTarget('custom-list-only.example');
    expect(flagged.level).toBe('high');
    expect(flagged.findings[0]!.summary.startsWith('From your list “Test fixture list”: ')).toBe(true);
    expect(fetchCalls.count).toBe(1);

    // Switched off: the storage change drops the engine; the next verdict is without the list.
    await fakeBrowser.storage.local.set({ [CUSTOM_LISTS_KEY]: withEnabled(await stored(), 0, false) });
    expect((await judgeTarget('custom-list-only.example')).level).toBe('none');
    expect(fetchCalls.count).toBe(2);
    // Another key changing (the settings) keeps the engine.
    await fakeBrowser.storage.local.set({ settings: { version: 1 } });
    await judgeTarget('custom-list-only.example');
    expect(fetchCalls.count).toBe(2);
    await fakeBrowser.storage.local.set({ [CUSTOM_LISTS_KEY]: withEnabled(await stored(), 0, true) });
    expect((await judgeTarget('custom-list-only.example')).level).toBe('high');
    await fakeBrowser.storage.local.remove(CUSTOM_LISTS_KEY);
    expect((await judgeTarget('custom-list-only.example')).level).toBe('none');
  });

  it('a damaged stored value is ignored: Unmask lists keep working', async () => {
    await fakeBrowser.storage.local.set({ [CUSTOM_LISTS_KEY]: { version: 1, lists: [{ __proto__: null, id: 5 }, 'x'] } });
    background.main();
    expect((await judgeTarget('washingtonpost.pm')).level).toBe('high');
    expect((await judgeTarget('custom-list-only.example')).level).toBe('none');
    await fakeBrowser.storage.local.set({ [CUSTOM_LISTS_KEY]: 'not even an object' });
    expect((await judgeTarget('washingtonpost.pm')).level).toBe('high');
  });
});

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(CUSTOM_LISTS_KEY))[CUSTOM_LISTS_KEY];
}
