/**
 * Signed list updates in a real browser, with a build that trusts a key made for this
 * test and downloads from a mirror the test serves (test/support/list-updates.ts).
 *
 * - A domain added to the lists after the build is flagged after one update from the mirror, and
 *   after one update from the offline file, without reinstalling.
 * - Faults (tampered index, bad signature, 404, 500, an HTML page, a mirror that hangs, an
 *   oversized file) each leave the lists in use working (a listed site stays flagged, the new
 *   domain stays unflagged) and the options say why.
 * - With updates on, every request the extension makes to the network is one of the update files,
 *   and the requests are the same from two different profiles.
 */
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWithTestMirror,
  LISTED,
  MIRROR_HOST,
  mirror as testMirror,
  NEW_DOMAIN,
  publishNewerLists,
  type MirrorMode as Mode,
  type Published,
} from '../support/list-updates';
import { EXTENSION_DIRS, launch, poll, type BrowserKind, type Harness, type TestPage } from './harness';
import type { TabState } from '../../src/extension/messages';

let published: Published;
let bundleDir: string;
const builds: Partial<Record<BrowserKind, string>> = {};

const build = (kind: BrowserKind) => buildWithTestMirror(kind, published);
const mirror = () => testMirror(() => bundleDir);

beforeAll(() => {
  published = publishNewerLists();
  bundleDir = published.bundleDir;
}, 120_000);

async function level(h: Harness, url: string): Promise<string> {
  const page = await h.open(url);
  const tabId = await h.tabIdOf(page);
  const state = await h.waitForTabState(tabId, (s) => s !== null && s.url.startsWith(url), 20_000);
  await page.close();
  return state!.verdict.level;
}

/** The new domain is flagged from its own listing (the lists give an old redirector "low"). */
async function flaggedNew(h: Harness): Promise<boolean> {
  const page = await h.open(`http://${NEW_DOMAIN}/`);
  const tabId = await h.tabIdOf(page);
  const state = await h.waitForTabState(tabId, (s) => s !== null && s.url.startsWith(`http://${NEW_DOMAIN}/`), 20_000);
  await page.close();
  return state!.verdict.level !== 'none' && state!.verdict.findings.some((f) => f.indicator === NEW_DOMAIN);
}

/**
 * After an update is installed: the worker builds the new engine in steps and answers with the
 * previous lists meanwhile (engine-provider.ts), then judges every open tab again. The new domain's
 * tab is flagged once that is done.
 */
async function flaggedNewAfterSwap(h: Harness): Promise<boolean> {
  const page = await h.open(`http://${NEW_DOMAIN}/`);
  const tabId = await h.tabIdOf(page);
  const flagged = (s: TabState | null): boolean =>
    s !== null &&
    s.url.startsWith(`http://${NEW_DOMAIN}/`) &&
    s.verdict.level !== 'none' &&
    s.verdict.findings.some((f) => f.indicator === NEW_DOMAIN);
  const state = await h.waitForTabState(tabId, flagged, 20_000).catch(() => null);
  await page.close();
  return flagged(state);
}

async function statusText(options: TestPage): Promise<string> {
  return (await options.text('#list-updates-status')) ?? '';
}

async function updateNow(options: TestPage, before: string): Promise<string> {
  await options.click('#list-updates-now');
  return poll(
    () => statusText(options),
    (t) => t !== before && !/Checking/.test(t) && t !== '',
    30_000,
    'the update status',
  );
}

for (const kind of ['chromium', 'firefox'] as const) {
  describe(`list updates in ${kind}`, () => {
    let h: Harness;
    const m = mirror();
    const original = EXTENSION_DIRS[kind];

    beforeAll(async () => {
      builds[kind] ??= build(kind);
      EXTENSION_DIRS[kind] = builds[kind]!;
      h = await launch(kind, { respond: m.respond });
    }, 180_000);
    afterAll(async () => {
      await h?.close();
      EXTENSION_DIRS[kind] = original;
    });

    it('makes no request while updates are off (the default)', async () => {
      expect(await level(h, LISTED)).toBe('high');
      expect(m.state.seen).toEqual([]);
    });

    it('keeps the lists in use on every fault, and the options say why', async () => {
      const options = await h.openExtensionPage('options.html');
      await options.waitFor('#list-updates-now');
      const faults: [Mode, RegExp][] = [
        ['tampered', /hash mismatch/],
        ['bad-signature', /bad signature/],
        ['404', /HTTP 404/],
        ['500', /HTTP 500/],
        ['html', /malformed manifest/],
        ['hang', /no answer within/],
        ['oversized', /size mismatch/],
      ];
      let before = await statusText(options);
      for (const [mode, reason] of faults) {
        m.state.mode = mode;
        const text = await updateNow(options, before);
        expect(text, mode).toMatch(reason);
        expect(text, mode).toMatch(/were kept/);
        before = text;
        expect(await level(h, LISTED), mode).toBe('high');
        expect(await level(h, `http://${NEW_DOMAIN}/`), mode).toBe('none');
        // Make the next status differ even if the same text would come back.
        before = await statusText(options);
      }
      await options.close();
    }, 240_000);

    it('flags a domain added after the build once one update from the mirror is in', async () => {
      expect(await level(h, `http://${NEW_DOMAIN}/`)).toBe('none');
      m.state.mode = 'good';
      m.state.seen.length = 0;
      const options = await h.openExtensionPage('options.html');
      await options.waitFor('#list-updates-now');
      const text = await updateNow(options, await statusText(options));
      expect(text).toMatch(/newer lists installed \(version 9\.0\.0\)/);
      expect(await options.text('#lists-in-use')).toMatch(/version 9\.0\.0/);
      await options.close();
      expect(await flaggedNewAfterSwap(h)).toBe(true);
      expect(await level(h, LISTED)).toBe('high');
      // Only the update files, plain GETs with no query string.
      expect(m.state.seen.map((r) => r.path)).toEqual(['/manifest.json', '/manifest.sig', '/unmask-index.json']);
      for (const r of m.state.seen) {
        expect(r.url.includes('?')).toBe(false);
        expect(r.headers.cookie).toBeUndefined();
        expect(r.headers.referer).toBeUndefined();
      }
    }, 120_000);
  });
}

for (const kind of ['chromium', 'firefox'] as const) {
  describe(`list updates from the offline file (${kind})`, () => {
    let h: Harness;
    const m = mirror();
    const original = EXTENSION_DIRS[kind];
    beforeAll(async () => {
      builds[kind] ??= build(kind);
      EXTENSION_DIRS[kind] = builds[kind]!;
      h = await launch(kind, { respond: m.respond });
    }, 180_000);
    afterAll(async () => {
      await h?.close();
      EXTENSION_DIRS[kind] = original;
    });

    it('flags the new domain after the offline file is chosen in the options, with no request at all', async () => {
      expect(await flaggedNew(h)).toBe(false);
      const options = await h.openExtensionPage('options.html');
      await options.waitFor('#list-updates-file');
      const before = await statusText(options);
      const file = join(bundleDir, 'unmask-lists-offline.json');
      if (kind === 'chromium') await (options.raw as PwPage).setInputFiles('#list-updates-file', file);
      else {
        const input = await (options.raw as PpPage).$('#list-updates-file');
        await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      }
      const text = await poll(
        () => statusText(options),
        (t) => t !== before && !/Checking/.test(t),
        30_000,
        'the file update status',
      );
      expect(text).toMatch(/newer lists installed \(version 9\.0\.0\)/);
      await options.close();
      expect(await flaggedNewAfterSwap(h)).toBe(true);
      expect(m.state.seen).toEqual([]);
    }, 120_000);
  });
}

describe('with updates on, two profiles make the same requests (chromium)', () => {
  it('a session with updates switched on: only the update files, identical across profiles', async () => {
    builds.chromium ??= build('chromium');
    const original = EXTENSION_DIRS.chromium;
    EXTENSION_DIRS.chromium = builds.chromium;
    const sessions: string[][] = [];
    try {
      for (let profile = 0; profile < 2; profile++) {
        const m = mirror();
        const h = await launch('chromium', { respond: m.respond });
        try {
          // The first-run page's choice: yes. The first check is made at once.
          const welcome = await h.openExtensionPage('welcome.html');
          await welcome.click('#welcome-yes');
          await poll(
            () => welcome.text('#welcome-status'),
            (t) => /kept fresh/.test(t ?? ''),
            10_000,
            'the choice saved',
          );
          await poll(
            () =>
              h.extEval(
                async () =>
                  ((await (globalThis as any).chrome.storage.local.get('listsInUse')).listsInUse as { version?: string } | undefined)
                    ?.version,
              ),
            (v) => v === '9.0.0',
            30_000,
            'the update installed',
          );
          expect(await flaggedNewAfterSwap(h)).toBe(true);
          expect(await level(h, LISTED)).toBe('high');
          expect(await level(h, 'http://clean.example/')).toBe('none');
          // Every request of the session to a host that is not a served page's is the mirror's
          // (Chromium's own services are the browser's, made with or without the extension, as in
          // privacy.test.ts).
          const browserOwn = (host: string) => /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/.test(host);
          const other = h.server.requests.filter(
            (r) =>
              !browserOwn(r.host) && !/^(washingtonpost\.pm|clean\.example|fresh-after-build\.org|unmask-harness\.invalid)$/.test(r.host),
          );
          expect(other.filter((r) => r.host !== MIRROR_HOST).map((r) => `${r.host}${r.path}`)).toEqual([]);
          sessions.push(
            m.state.seen.map(
              (r) =>
                `${r.url} ${JSON.stringify(
                  Object.keys(r.headers)
                    .sort()
                    .map((k) => [k, r.headers[k]]),
                )}`,
            ),
          );
        } finally {
          await h.close();
        }
      }
    } finally {
      EXTENSION_DIRS.chromium = original;
    }
    expect(sessions[0]!.map((s) => s.split(' ')[0])).toEqual(['/manifest.json', '/manifest.sig', '/unmask-index.json']);
    expect(sessions[1]).toEqual(sessions[0]);
  }, 240_000);
});
