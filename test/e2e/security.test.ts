/**
 * What the browser itself enforces for Unmask (docs/security.md), in the BUILT
 * extension in Chromium and Firefox:
 *
 * - storage.local and a compromised renderer: the content scripts' world (where a renderer exploit
 *   would run with the extension's content-script rights) cannot read or write storage.local in
 *   Chromium (`setAccessLevel`, set by the background at every start). Firefox has no
 *   `setAccessLevel`: there the same world can, and this test says so, so that the day Firefox
 *   closes it the test and docs/security.md are updated together. storage.session (the per-tab
 *   verdicts) is closed to content scripts in both. The person's own lists are in the extension's
 *   IndexedDB, which content scripts cannot open in either browser (they open their page's).
 * - the network promise: the extension's content security policy (`connect-src 'self'`) makes the
 *   browser refuse any fetch from the extension to a web address, while its own files load; the
 *   local server would answer that address, so only the policy stops it.
 * - the `tabs` permission stays: without it neither browser shows the extension a tab's
 *   about:blank or blob: address (host permissions cover web addresses only), and a listed page
 *   could clear its badge by moving there (test/e2e/navigation.test.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, launch, poll, type BrowserKind, type Harness } from './harness';
import { ownListsDb } from '../support/own-lists-db';

const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));

describe.each(browsers)('what the browser enforces, in %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('storage: a content script cannot reach the own lists or settings where the browser allows closing it', async () => {
    // Something private to find: an own-list entry and the settings.
    await h.extEval(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set({ probeSecret: 'journalist-list' });
    });
    const page = await h.open('http://clean.example/?storage');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s?.phase === 'page', 15_000);
    const fromContent = await h.inTab(tabId, () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const attempt = (run: () => Promise<unknown>) =>
        Promise.resolve()
          .then(run)
          .then(
            (v) => ({ ok: true, value: JSON.stringify(v) }),
            (e: unknown) => ({ ok: false, value: String(e) }),
          );
      return Promise.all([
        attempt(() => api.storage.local.get(null)),
        attempt(() => api.storage.local.set({ settings: { enabled: false } })),
        attempt(() => api.storage.session.get(null)),
      ]);
    });
    const [read, write, session] = fromContent;
    expect(session!.ok).toBe(false);
    if (kind === 'chromium') {
      expect(read).toEqual({ ok: false, value: expect.stringMatching(/not allowed/) });
      expect(write!.ok).toBe(false);
      const settings = await h.extEval(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return (await api.storage.local.get('settings')).settings ?? null;
      });
      expect(settings).not.toEqual({ enabled: false });
    } else {
      // Firefox (no storage.local.setAccessLevel): documented in docs/security.md and PRIVACY.md.
      expect(await h.extEval(async () => typeof ((globalThis as any).browser.storage.local as any).setAccessLevel)).toBe('undefined');
      expect(read!.ok).toBe(true);
      expect(read!.value).toContain('journalist-list');
    }
    await h.extEval(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.remove(['probeSecret', 'settings']);
    });
    await page.close();
  });

  it("the own lists are in the extension's IndexedDB, which a content script cannot open, in both browsers", async () => {
    /** Reads (null) or writes the stored value in the extension's IndexedDB, as own-lists-store.ts does. */
    const inExtension = (write: unknown = null) =>
      h.extEval(ownListsDb, write === null ? { action: 'get' } : { action: 'put', value: write });
    await inExtension({ version: 1, lists: [{ id: 'probe', name: 'journalist-list-idb' }] });
    const page = await h.open('http://clean.example/?idb');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s?.phase === 'page', 15_000);
    // The same code in the content scripts' world: it opens a database of the page's origin.
    const read = await h.inTab(tabId, ownListsDb, { action: 'get' });
    await h.inTab(tabId, ownListsDb, { action: 'put', value: { version: 1, lists: [{ id: 'forged', name: 'forged-by-page' }] } });
    const origin = await h.inTab(tabId, () => {
      indexedDB.deleteDatabase('unmask');
      return location.origin;
    });
    const fromContent = { origin, read };
    expect(fromContent).toEqual({ origin: 'http://clean.example', read: 'null' });
    // What the extension stored is untouched.
    expect(await inExtension()).toContain('journalist-list-idb');
    expect(await inExtension()).not.toContain('forged-by-page');
    await inExtension({ version: 1, lists: [] });
    await page.close();
  });

  it('the content security policy: the extension cannot fetch a web address, only its own files', async () => {
    // The local server answers every host: without the policy this fetch would succeed.
    const page = await h.open('http://clean.example/?csp');
    expect(await page.evaluate(() => document.title.length >= 0)).toBe(true);
    const result = await h.extEval(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const attempt = (url: string) =>
        fetch(url).then(
          (r) => `status ${r.status}`,
          (e: unknown) => `refused: ${String(e)}`,
        );
      return {
        web: await attempt('http://clean.example/'),
        own: await attempt(api.runtime.getURL('/manifest.json')),
      };
    });
    expect(result.own).toBe('status 200');
    expect(result.web).toMatch(/^refused/);
    const csp = await h.extEval(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.getManifest().content_security_policy.extension_pages as string;
    });
    expect(csp).toMatch(/(^|;)\s*connect-src 'self'\s*(;|$)/);
    await page.close();
  });

  it("the tabs permission is not redundant: the background sees a tab's about:blank address only with it", async () => {
    // Host permissions show web addresses only; tab-url.ts gives an about:blank tab its previous
    // verdict, which needs the address. (Built without `tabs`, navigation.test.ts's about:blank,
    // about:srcdoc and blob: tests fail in both browsers: the address reads as empty.)
    const perms = await h.extEval(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.getManifest().permissions as string[];
    });
    expect(perms).toContain('tabs');
    const page = await h.open('http://clean.example/?tabs');
    const tabId = await h.tabIdOf(page);
    await page.evaluate(() => location.replace('about:blank'));
    const url = await poll(
      () =>
        h.extEval(async (id: number) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return ((await api.tabs.get(id)).url ?? '') as string;
        }, tabId),
      (u) => u === 'about:blank',
      10_000,
      'the about:blank address',
    );
    expect(url).toBe('about:blank');
    await page.close();
  });
});
