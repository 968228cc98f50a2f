/**
 * Training demos through the real background (entrypoints/background.ts main()) on WXT's
 * fakeBrowser, with the real compiled lists served to its fetch: the training page's message stores
 * a `training` TabState for the SENDER's tab and sets the badge; the tab events for the extension
 * page do not wipe it; training mode off refuses the message and forgets a demo already shown.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import { tabKey } from '../../../src/extension/background/state';
import type { TabState } from '../../../src/extension/messages';
import { platform } from '../../../src/extension/platform';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/extension/settings';
import { TRAINING_DEMOS } from '../../../src/training/demos';
import { parseCompiled, serializeCompiled } from '../../../src/lists/compiled';
import { BUNDLED_INDEX_FILE, bundledIndexResponse } from '../../support/bundled-index';

const LISTS = parseCompiled(readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8'));
const MESSAGES = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;
const EXT_ID = 'test-extension-id';
const EXT_BASE = `chrome-extension://${EXT_ID}/`;

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === `${EXT_BASE}${BUNDLED_INDEX_FILE}` ? bundledIndexResponse(serializeCompiled(LISTS)) : new Response('', { status: 404 }),
    ),
  );
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
    return (MESSAGES[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as never);
  vi.spyOn(platform, 'executeScript').mockImplementation((async () => undefined) as never);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function stateOf(tabId: number): Promise<TabState | null> {
  const got = await fakeBrowser.storage.session.get(tabKey(tabId));
  return (got[tabKey(tabId)] as TabState | undefined) ?? null;
}

/** Opens the training page for `demo` as the browser does: loading event, the page's message, complete event. */
async function openDemo(demo: string) {
  const url = `${EXT_BASE}training.html?demo=${demo}`;
  const tab = await fakeBrowser.tabs.create({ url });
  const id = tab.id!;
  await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading', url }, { ...tab, status: 'loading' } as never);
  const sender = { id: EXT_ID, url, frameId: 0, tab: { id, url, index: 0, windowId: 0 } };
  const [reply] = (await fakeBrowser.runtime.onMessage.trigger({ type: 'ui-bg-training-judge', demo }, sender as never)) as unknown[];
  await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, { ...tab, status: 'complete' } as never);
  return { id, reply, url };
}

describe('background: training demos', () => {
  it('training mode on: the demo tab is judged as its simulated address, marked training, badge set; tab events keep it', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, trainingMode: true } });
    background.main();
    const { id, reply } = await openDemo('clone');
    expect(reply).toEqual({ ok: true, level: 'high' });
    const state = await stateOf(id);
    expect(state?.training).toEqual({ demo: 'clone' });
    expect(state?.url).toBe(TRAINING_DEMOS.clone.url);
    expect(state?.verdict.findings[0]?.campaign?.id).toBe('doppelganger');
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('!');
    // The popup asks the background, as for any tab.
    const popup = { id: EXT_ID, url: `${EXT_BASE}popup.html` };
    const [viaPopup] = (await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ui-bg-tab-state', tabId: id },
      popup as never,
    )) as unknown as TabState[];
    expect(viaPopup?.training).toEqual({ demo: 'clone' });
  });

  it('a training tab that navigates to a web page is judged as that page, without the training marker', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, trainingMode: true } });
    background.main();
    const { id } = await openDemo('persona');
    expect((await stateOf(id))?.training).toBeDefined();
    const url = 'https://www.washingtonpost.com/';
    await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading', url }, { id, url, status: 'loading' } as never);
    await vi.waitFor(async () => expect((await stateOf(id))?.url).toBe(url), { timeout: 15_000, interval: 5 });
    expect((await stateOf(id))?.training).toBeUndefined();
  });

  it('training mode off: the message is refused, nothing is stored, no badge', async () => {
    background.main();
    const { id, reply } = await openDemo('clone');
    expect(reply).toEqual({ ok: false });
    expect(await stateOf(id)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('');
  });

  it('turning training mode off forgets a demo already shown', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, trainingMode: true } });
    background.main();
    const { id } = await openDemo('phishing');
    expect((await stateOf(id))?.verdict.level).toBe('low');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, trainingMode: false } });
    await vi.waitFor(async () => expect(await stateOf(id)).toBeNull(), { timeout: 15_000, interval: 5 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('');
  });

  it('a content script cannot ask for a demo', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, trainingMode: true } });
    background.main();
    const url = 'https://news.example/';
    const tab = await fakeBrowser.tabs.create({ url });
    const sender = { id: EXT_ID, url, frameId: 0, tab: { id: tab.id, url } };
    const results = (await fakeBrowser.runtime.onMessage.trigger(
      { type: 'ui-bg-training-judge', demo: 'clone' },
      sender as never,
    )) as unknown[];
    expect(results[0]).toBeUndefined();
    expect((await stateOf(tab.id!))?.training).toBeUndefined();
  });
});
