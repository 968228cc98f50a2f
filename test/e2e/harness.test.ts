/**
 * The harness itself: pages load under their real host names from the local server, and the
 * extension context answers. If these fail, every other real-browser test would fail for the
 * wrong reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

describe('harness (Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('chromium');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('serves fixture sites under their real host names through the local server', async () => {
    const page = await h.open('http://washingtonpost.pm/');
    expect(page.url()).toBe('http://washingtonpost.pm/');
    expect(h.server.requests.some((r) => r.host === 'washingtonpost.pm' && r.path === '/' && r.status === 200)).toBe(true);
    const tabId = await h.tabIdOf(page);
    expect(tabId).toBeGreaterThan(0);
    await page.close();
  });

  it('stops the service worker; the next event starts a fresh one (globals gone)', async () => {
    const before = await h.extEval(() => ((globalThis as any).__unmaskHarnessMark = 42));
    await h.stopWorker();
    const after = await h.extEval(() => (globalThis as any).__unmaskHarnessMark ?? null);
    expect(before).toBe(42);
    expect(after).toBeNull();
  });
});
