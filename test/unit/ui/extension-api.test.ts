import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/extension/settings';
import { fetchBundledLists, loadSettings, requestTabState, targetTab, updateSettings } from '../../../src/ui/extension-api';
import { withAllowed } from '../../../src/ui/options-model';
import { HIGH_STATE } from './fixtures';
import { bundledIndexResponse } from '../../support/bundled-index';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('targetTab', () => {
  it('takes ?tab=<id> when given, even for a tab that is gone', async () => {
    expect(await targetTab('?tab=123456')).toEqual({ id: 123456, fromParam: true });
  });
  it('refuses a ?tab= that is not a number', async () => {
    expect(await targetTab('?tab=1;alert(1)')).toEqual({ fromParam: true });
    expect(await targetTab('?tab=')).toEqual({ fromParam: true });
  });
  it('falls back to the active tab of the current window', async () => {
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 42, url: 'https://washingtonpost.pm/' } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
    expect(await targetTab('')).toEqual({ id: 42, url: 'https://washingtonpost.pm/', fromParam: false });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});

describe('requestTabState', () => {
  it('sends ui-bg-tab-state and returns the state', async () => {
    fakeBrowser.runtime.onMessage.addListener((message: any) => {
      expect(message).toEqual({ type: 'ui-bg-tab-state', tabId: 7 });
      return Promise.resolve(HIGH_STATE);
    });
    expect(await requestTabState(7)).toEqual(HIGH_STATE);
  });
  it('returns null for no answer or a malformed one', async () => {
    expect(await requestTabState(7)).toBeNull();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ nonsense: true }));
    expect(await requestTabState(7)).toBeNull();
  });
});

describe('settings in storage.local', () => {
  it('reads leniently and writes the whole object', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { sensitivity: 'text', allowlist: 'garbage' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'text' });
    expect(await updateSettings((s) => withAllowed(s, 'washingtonpost.pm'))).toBe(true);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'text',
      allowlist: ['washingtonpost.pm'],
    });
  });
});

describe('the bundled lists, read from the extension’s own files', () => {
  const INDEX = readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8');
  const serve = (body: string, status = 200) => {
    const fetch = vi.fn(async (_url: string) => bundledIndexResponse(body, status));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };
  afterEach(() => vi.unstubAllGlobals());

  it('fetchBundledLists reads the shipped index from the extension’s own URL', async () => {
    const fetch = serve(INDEX);
    const lists = await fetchBundledLists();
    expect(lists.indicators.length).toBeGreaterThan(8000);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([fakeBrowser.runtime.getURL('/unmask-index.json.gz')]);
  });

  it('fetchBundledLists says why it could not read them', async () => {
    serve('not found', 404);
    await expect(fetchBundledLists()).rejects.toThrow('unmask-index.json.gz: HTTP 404');
    serve('{"some":"json"}');
    await expect(fetchBundledLists()).rejects.toThrow(/index/);
  });
});
