/**
 * background/prefetch.ts: what background.js requests as it loads (the index and the stored
 * settings and own lists), only as the extension's own background, each taken once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledIndexResponse } from '../../support/bundled-index';

const BASE = 'chrome-extension://abc/';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Loads the module fresh with these globals (it starts its requests at load). */
async function load(opts: { protocol?: string; body?: string; status?: number; stored?: Record<string, unknown> }) {
  const fetchMock = vi.fn(async (_url: string) => bundledIndexResponse(opts.body ?? '{"format":3}', opts.status ?? 200));
  const get = vi.fn(async (keys: string[]) =>
    Object.fromEntries(keys.filter((k) => k in (opts.stored ?? {})).map((k) => [k, opts.stored![k]])),
  );
  vi.stubGlobal('location', { protocol: opts.protocol ?? 'chrome-extension:' });
  vi.stubGlobal('fetch', fetchMock);
  vi.stubGlobal('browser', { runtime: { getURL: (p: string) => `${BASE}${p.replace(/^\//, '')}` }, storage: { local: { get } } });
  const mod = await import('../../../src/extension/background/prefetch');
  return { mod, fetchMock, get };
}

describe('prefetch: requests started as background.js loads', () => {
  it('as the extension background: reads its own index file, reads the settings and the marker of the own lists, each taken once', async () => {
    const { mod, fetchMock, get } = await load({
      body: '{"format":3,"version":"x"}',
      stored: { settings: { version: 1 }, ownLists: { lists: 1, changed: '2026-12-06T00:00:00.000Z' } },
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(`${BASE}unmask-index.json.gz`);
    expect(get).toHaveBeenCalledWith(['settings', 'ownLists']);
    await expect(mod.takePrefetchedIndex()).resolves.toBe('{"format":3,"version":"x"}');
    expect(mod.takePrefetchedIndex()).toBeNull();
    await expect(mod.takePrefetchedLocal()).resolves.toEqual({
      settings: { version: 1 },
      ownLists: { lists: 1, changed: '2026-12-06T00:00:00.000Z' },
    });
    expect(mod.takePrefetchedLocal()).toBeNull();
  });

  it('anywhere else (a page, unit tests, the CLI): starts nothing', async () => {
    const { mod, fetchMock, get } = await load({ protocol: 'https:' });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
    expect(mod.takePrefetchedIndex()).toBeNull();
    expect(mod.takePrefetchedLocal()).toBeNull();
  });

  it('a failed read is an error for whoever takes it, with a clear message (and no unhandled rejection)', async () => {
    const missing = await load({ status: 404, body: '' });
    await expect(missing.mod.takePrefetchedIndex()).rejects.toThrow('unmask-index.json.gz: HTTP 404');
    // A text that is not an index is the background's to refuse (test/unit/extension/background.test.ts).
  });

  it('reads the packaged file as gzip: an uncompressed one is an error, never read as the index', async () => {
    const { mod, fetchMock } = await load({});
    fetchMock.mockImplementation(async () => new Response('{"format":3}', { status: 200 }));
    vi.resetModules();
    const plain = await import('../../../src/extension/background/prefetch');
    await expect(mod.takePrefetchedIndex()).resolves.toBe('{"format":3}');
    await expect(plain.takePrefetchedIndex()).rejects.toThrow();
  });
});
