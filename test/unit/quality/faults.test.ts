/**
 * Faults, with the REAL background (entrypoints/background.ts main()) on WXT's
 * fakeBrowser and the engine fixture lists, as test/unit/extension/background.test.ts starts it:
 * - storage.local settings corrupted (garbage, wrong types, partial, unreadable): the defaults are
 *   used, every readable user setting is kept; the next save writes a complete valid object;
 * - storage.session emptied or corrupted mid-run: tabs are judged again on their next event, the
 *   UI gets no garbage, nothing throws;
 * - the worker killed during a verdict (its index load never finishes), started again with the
 *   same storage: the tab ends with a correct state.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import { signalsKey, tabKey, uiKey } from '../../../src/extension/background/state';
import type { TabState } from '../../../src/extension/messages';
import { platform } from '../../../src/extension/platform';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/extension/settings';
import { loadSettings, updateSettings } from '../../../src/ui/extension-api';
import { parseCompiled, serializeCompiled } from '../../../src/lists/compiled';
import { BUNDLED_INDEX_FILE, bundledIndexResponse } from '../../support/bundled-index';

const LISTS = parseCompiled(readFileSync(new URL('../../fixtures/engine/lists.json', import.meta.url), 'utf8'));
const EXT_ID = 'test-extension-id';
const EXT_BASE = `chrome-extension://${EXT_ID}/`;

let fetchImpl: (url: string) => Promise<Response>;
const serveLists = async (url: string) =>
  url === `${EXT_BASE}${BUNDLED_INDEX_FILE}` ? bundledIndexResponse(serializeCompiled(LISTS)) : new Response('', { status: 404 });

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  fakeBrowser.reset();
  fetchImpl = serveLists;
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => fetchImpl(url)),
  );
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((() => 'x') as never);
  vi.spyOn(platform, 'executeScript').mockImplementation((async () => undefined) as never);
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});

afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  expect(unhandled).toEqual([]); // nothing threw where nobody was listening
});

/** Removes every listener but keeps storage: what a stopped and restarted worker sees. */
function stopWorker(): void {
  const events = [
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.tabs.onUpdated,
    fakeBrowser.tabs.onActivated,
    fakeBrowser.tabs.onRemoved,
    fakeBrowser.storage.onChanged,
  ] as unknown as { removeAllListeners(): void }[];
  for (const e of events) e.removeAllListeners();
}
const startWorker = () => background.main();

async function send(message: unknown, sender: object): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return (results as unknown[])[0];
}
const contentSender = (tabId: number, url: string) => ({ id: EXT_ID, url, frameId: 0, tab: { id: tabId, url, index: 0, windowId: 0 } });
const uiSender = { id: EXT_ID, url: `${EXT_BASE}popup.html` };

async function openTab(url: string, status: 'loading' | 'complete' = 'complete'): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading', url }, { ...tab, status: 'loading' } as never);
  if (status === 'complete')
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, status: 'complete' } as never);
  return tab.id!;
}
async function stateOf(tabId: number): Promise<TabState | null> {
  return ((await fakeBrowser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabState | undefined) ?? null;
}
async function waitState(tabId: number, accept: (s: TabState) => boolean = () => true): Promise<TabState> {
  let found: TabState | null = null;
  await vi.waitFor(
    async () => {
      found = await stateOf(tabId);
      expect(found !== null && typeof found === 'object' && accept(found)).toBe(true);
    },
    { timeout: 15_000, interval: 5 },
  );
  return found!;
}
const CLONE_SIGNALS = { claimedNames: [{ source: 'og:site_name', value: 'The Washington Post' }], text: 'Members of the council met.' };

// A lookalike that is not listed: flagged from the address at the default sensitivity, and not at
// all at "documented", so the verdict shows which sensitivity the background used.
const LOOKALIKE = 'https://washingtonpost.ltd/news';

describe('faults: storage.local settings corrupted', () => {
  for (const [what, stored] of [
    ['garbage text', '%%% not settings %%%'],
    ['a number', 42],
    ['null', null],
    ['an array', ['sensitivity', 'documented']],
    ['an object of wrong types', { version: 'one', sensitivity: 7, allowlist: 'washingtonpost.ltd', warningBar: true, linkMarkers: 'yes' }],
  ] as const) {
    it(`${what}: the defaults are used (default sensitivity flags a lookalike)`, async () => {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
      startWorker();
      const id = await openTab(LOOKALIKE);
      const state = await waitState(id);
      expect(state.verdict.findings.some((f) => f.reason === 'lookalike-domain')).toBe(true);
      expect(state.allowlisted).toBe(false);
      expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    });
  }

  it('partial or half-broken settings: every readable field is kept, the rest is default', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: {
        sensitivity: 'documented',
        allowlist: 'not-a-list',
        warningBar: 'sometimes',
        linkMarkers: true,
        from: 'a newer version',
      },
    });
    startWorker();
    const id = await openTab(LOOKALIKE);
    const state = await waitState(id);
    // "documented" was kept: a lookalike that is not listed is not flagged.
    expect(state.verdict.level).toBe('none');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'documented', linkMarkers: true });
    // A listed spoof is still flagged at "documented".
    expect((await waitState(await openTab('https://washingtonpost.pm/'))).verdict.level).toBe('high');
  });

  it("the stored value is repaired in memory, not rewritten behind the person's back; the next save writes a complete valid object", async () => {
    const broken = { sensitivity: 'text', allowlist: ['example.org', 42] };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: broken });
    startWorker();
    await waitState(await openTab(LOOKALIKE));
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(broken);
    // Any change from the popup or options page (here: trusting a site) saves the repaired whole.
    expect(await updateSettings((s) => ({ ...s, allowlist: ['example.net'] }))).toBe(true);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'text',
      allowlist: ['example.net'],
    });
  });

  it('storage.local itself failing: defaults, and judging goes on', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error: database corrupted'));
    startWorker();
    const state = await waitState(await openTab(LOOKALIKE));
    expect(state.verdict.findings.some((f) => f.reason === 'lookalike-domain')).toBe(true);
  });

  it('corrupted settings written while running: the background re-reads them, repaired', async () => {
    startWorker();
    const id = await openTab('https://washingtonpost.pm/');
    await waitState(id, (s) => s.verdict.level === 'high');
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { allowlist: ['washingtonpost.pm', { evil: true }], sensitivity: 'documented' },
    });
    // The allowlist is not readable (a non-string inside): it falls back to [], the tab stays high.
    await new Promise((r) => setTimeout(r, 30));
    expect((await waitState(id)).verdict.level).toBe('high');
    expect((await waitState(id)).allowlisted).toBe(false);
  });
});

describe('faults: storage.session emptied or corrupted mid-run', () => {
  it('emptied: the next event judges the tab again; the popup gets null, not an error', async () => {
    startWorker();
    const id = await openTab('https://washingtonpost.pm/');
    await waitState(id, (s) => s.verdict.level === 'high');
    await fakeBrowser.storage.session.clear();
    expect(await send({ type: 'ui-bg-tab-state', tabId: id }, uiSender)).toBeNull();
    // The document finishes loading again (or the tab is activated): judged again.
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, {
      id,
      url: 'https://washingtonpost.pm/',
      status: 'complete',
    } as never);
    expect((await waitState(id)).verdict.level).toBe('high');
    await fakeBrowser.storage.session.clear();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: id, windowId: 0 } as never);
    expect((await waitState(id)).verdict.level).toBe('high');
    // Signals from the content script after the loss: judged with them.
    await fakeBrowser.storage.session.clear();
    await send({ type: 'cs-bg-signals', signals: CLONE_SIGNALS }, contentSender(id, 'https://washingtonpost.pm/'));
    expect((await waitState(id, (s) => s.phase === 'page')).verdict.level).toBe('high');
  });

  it('corrupted entries (garbage state, signals and bar memory): judged again, never garbage to the UI', async () => {
    startWorker();
    const id = await openTab('https://washingtonpost.pm/');
    await waitState(id, (s) => s.verdict.level === 'high');
    await fakeBrowser.storage.session.set({
      [tabKey(id)]: { tabId: id, url: 'https://washingtonpost.pm/', verdict: 'garbage' },
      [signalsKey(id)]: { url: 'https://washingtonpost.pm/', signals: 'garbage' },
      [uiKey(id)]: { dismissedHosts: 'washingtonpost.pm', barShown: 'yes' },
    });
    // Signals arrive: merged with unreadable stored signals, judged, stored as a real state.
    await send({ type: 'cs-bg-signals', signals: CLONE_SIGNALS }, contentSender(id, 'https://washingtonpost.pm/'));
    const state = await waitState(id, (s) => typeof s.verdict === 'object' && s.phase === 'page');
    expect(state.verdict.level).toBe('high');
    // The bar asks what to show: an answer, not an exception.
    const bar = await send({ type: 'cs-bg-warning' }, contentSender(id, 'https://washingtonpost.pm/'));
    expect(bar).toMatchObject({ level: 'high' });
    // A garbage state with a different URL is replaced at the next load.
    await fakeBrowser.storage.session.set({ [tabKey(id)]: 'garbage' });
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, {
      id,
      url: 'https://washingtonpost.pm/',
      status: 'complete',
    } as never);
    expect((await waitState(id, (s) => typeof s.verdict === 'object')).verdict.level).toBe('high');
  });
});

describe('faults: the worker is killed during a verdict', () => {
  it('killed while loading the index for a tab; restarted with the same storage: the tab ends correct', async () => {
    // The first worker's index load never finishes: the process is gone.
    fetchImpl = () => new Promise<Response>(() => undefined);
    startWorker();
    const id = await openTab('https://washingtonpost.pm/politics/1', 'loading');
    await new Promise((r) => setTimeout(r, 10));
    expect(await stateOf(id)).toBeNull();
    stopWorker();

    // The browser starts a new worker for the next event: the page finished loading, then the
    // content script's signals arrive.
    fetchImpl = serveLists;
    startWorker();
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, {
      id,
      url: 'https://washingtonpost.pm/politics/1',
      status: 'complete',
    } as never);
    const byUrl = await waitState(id);
    expect(byUrl.verdict.level).toBe('high');
    await send({ type: 'cs-bg-signals', signals: CLONE_SIGNALS }, contentSender(id, 'https://washingtonpost.pm/politics/1'));
    const final = await waitState(id, (s) => s.phase === 'page');
    expect(final.url).toBe('https://washingtonpost.pm/politics/1');
    expect(final.verdict.level).toBe('high');
    expect(final.verdict.findings[0]?.reason).toBe('listed-domain');
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('!');
  });

  it('killed between storing signals and storing the verdict: the next worker judges with the stored signals', async () => {
    startWorker();
    const id = await openTab(LOOKALIKE);
    await waitState(id);
    // Make the first worker die right after it stored the signals (its next storage write hangs).
    const realSet = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    let writes = 0;
    const spy = vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(((items: Record<string, unknown>) => {
      writes++;
      return writes === 1 ? realSet(items) : new Promise(() => undefined);
    }) as never);
    void send({ type: 'cs-bg-signals', signals: CLONE_SIGNALS }, contentSender(id, LOOKALIKE));
    await vi.waitFor(() => expect(writes).toBeGreaterThanOrEqual(2));
    stopWorker();
    spy.mockRestore();
    expect((await stateOf(id))!.phase).toBe('url');

    startWorker();
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, { id, url: LOOKALIKE, status: 'complete' } as never);
    // The new worker finds state for the URL phase; the page's stored signals are used at the next
    // judgement (settings change, activation, next batch). A next batch:
    await send({ type: 'cs-bg-signals', signals: { links: ['https://www.washingtonpost.com/'] } }, contentSender(id, LOOKALIKE));
    const final = await waitState(id, (s) => s.phase === 'page');
    // Claimed name from the first (stored) batch + the lookalike address: high.
    expect(final.verdict.level).toBe('high');
    expect(final.checked?.claimedNames?.[0]?.value).toBe('The Washington Post');
  });
});
