/**
 * "Nothing leaves the browser" (principle 2), in real Chromium with the BUILT extension:
 * a browsing session over the served fixture sites (a listed spoof, a clean page, a research page,
 * an X feed with new posts), then the popup, the report and the options page, while every request
 * is recorded twice:
 * - by the browser (Playwright `context.on('request')`, which includes the extension's service
 *   worker and its pages; proven non-vacuous below by seeing the worker's own fetch of
 *   `/unmask-index.json.gz`);
 * - by the local server, which answers for EVERY host name (`--host-resolver-rules=MAP * ...`), so
 *   any request that would have left the machine arrives there with its host name.
 * Every request must be a fixture page's own (its host is a served fixture site) or the
 * extension's own files (`chrome-extension://<id>/...`, never the network). The extension makes no
 * other request at all.
 *
 * The test also checks the built manifests request exactly what PRIVACY.md documents, and runs a
 * Firefox session too (there the local proxy sees every request the browser makes).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page as PwPage, Request as PwRequest } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimViolations, documentedPermissions, requested, type Manifest } from '../support/permissions';
import { CONNECT_ORIGINS } from '../../wxt.config';
import { launch, requireBuild, type Harness } from './harness';
import { servedHosts } from './server';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURE_HOSTS = servedHosts();
/** The harness's own scratch navigation that wakes a stopped worker. */
const HARNESS_HOSTS = new Set(['unmask-harness.invalid']);

interface Seen {
  url: string;
  fromWorker: boolean;
  frameUrl: string | null;
}

describe('privacy: the built manifests request exactly what PRIVACY.md documents', () => {
  const documented = documentedPermissions(readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8'));
  for (const [browser, kind] of [
    ['chrome', 'chromium'],
    ['firefox', 'firefox'],
  ] as const) {
    it(`${browser}: .output manifest permissions = PRIVACY.md, nothing exposed to pages`, () => {
      const m = JSON.parse(readFileSync(join(requireBuild(kind), 'manifest.json'), 'utf8')) as Manifest;
      expect(requested(m)).toEqual(documented);
      expect(claimViolations(m, browser, CONNECT_ORIGINS)).toEqual([]);
    });
  }
});

describe('privacy: the extension makes no network request (Chromium)', () => {
  let h: Harness;
  const seen: Seen[] = [];
  beforeAll(async () => {
    // Installed once we listen: the worker reads the index as it starts (prefetch.ts).
    h = await launch('chromium', { install: false });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("a browsing session, the popup, report and options: only the pages' own requests and the extension's own files", async () => {
    // Attach to the whole context before the extension is installed, then browse: pages, the
    // service worker from its first start, extension pages.
    const first = await h.open('about:blank');
    const context = (first.raw as PwPage).context();
    const record = (r: PwRequest) => {
      let frameUrl: string | null = null;
      try {
        frameUrl = r.frame().url();
      } catch {
        frameUrl = null; // service-worker requests have no frame
      }
      seen.push({ url: r.url(), fromWorker: r.serviceWorker() !== null, frameUrl });
    };
    // Playwright reports the service worker's requests on the context too (checked below).
    context.on('request', record);
    await h.installExtension();

    const urls = [
      'http://washingtonpost.pm/',
      'http://clean.example/',
      'http://dfrlab.org/',
      'http://x.com/home',
      'http://x.com/baranowski21205',
    ];
    const tabs: number[] = [];
    for (const url of urls) {
      const page = await h.open(url);
      const tabId = await h.tabIdOf(page);
      await h.waitForTabState(tabId, (s) => s?.url === url && s.phase === 'page', 20_000);
      tabs.push(tabId);
      if (url === 'http://x.com/home') {
        // New posts in the feed (as when scrolling), read by the content script and judged.
        await page.evaluate(() => (window as any).moreFeed());
        await h.waitForTabState(tabId, (s) => !!s?.flagged.some((f) => f.href === 'http://x.com/institute_ibi'), 20_000);
      }
    }
    for (const path of [`popup.html?tab=${tabs[0]}`, `report.html?tab=${tabs[0]}`, 'options.html', `report.html?tab=${tabs[2]}`]) {
      const page = await h.openExtensionPage(path);
      await page.waitFor('main', 10_000);
      await new Promise((r) => setTimeout(r, 300)); // let the page settle (lists, state, fonts)
    }
    await new Promise((r) => setTimeout(r, 500));
    context.off('request', record);

    const origin = h.origin;
    const offenders: string[] = [];
    for (const s of seen) {
      const url = new URL(s.url);
      if (s.url.startsWith(`${origin}/`)) continue; // the extension's own files
      if (s.url.startsWith('data:') || s.url.startsWith('blob:')) continue; // in-memory, no network
      const fromExtension = s.fromWorker || (s.frameUrl ?? '').startsWith(`${origin}/`);
      if (fromExtension) {
        offenders.push(`extension request: ${s.url}`);
        continue;
      }
      if (url.protocol !== 'http:' || !(FIXTURE_HOSTS.has(url.hostname.replace(/^www\./, '')) || HARNESS_HOSTS.has(url.hostname))) {
        offenders.push(`page request to a host not served by the test: ${s.url} (frame ${s.frameUrl})`);
      }
    }
    expect(offenders).toEqual([]);

    // Not vacuous: the worker's cold start fetched the index from the extension's own files, and
    // that was seen (so worker requests are recorded), and the pages' own requests were seen.
    const indexFetches = seen.filter((s) => s.url === `${origin}/unmask-index.json.gz`);
    expect(indexFetches.length).toBeGreaterThan(0);
    expect(indexFetches.some((s) => s.fromWorker)).toBe(true);
    expect(seen.some((s) => s.url === 'http://washingtonpost.pm/')).toBe(true);

    // The server saw every request that reached "the network". Besides the fixture hosts (and the
    // harness's wake-up page) it may see Chromium's OWN background services (network time, the
    // component updater: *.google.com, *.googleapis.com), which the browser makes with or without
    // any extension, from the browser process: none of them was seen as a request of a page, the
    // worker or an extension page above. Anything else fails.
    const seenUrls = new Set(seen.map((x) => `${new URL(x.url).hostname}${new URL(x.url).pathname}`));
    const browserOwn = (host: string) => /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/.test(host);
    const strangers = h.server.requests.filter((r) => !FIXTURE_HOSTS.has(r.host.replace(/^www\./, '')) && !HARNESS_HOSTS.has(r.host));
    expect(strangers.filter((r) => !browserOwn(r.host) || seenUrls.has(`${r.host}${r.path}`))).toEqual([]);
    if (strangers.length)
      console.log(
        `privacy: Chromium's own service requests (not the extension's): ${strangers.map((r) => `${r.method} ${r.host}${r.path}`).join(', ')}`,
      );
    expect(h.server.requests.filter((r) => r.path.includes('unmask'))).toEqual([]);
    console.log(
      `privacy: ${seen.length} requests seen by the browser (${indexFetches.length} index fetches from the extension, ${seen.filter((s) => s.fromWorker).length} from the worker), ${h.server.requests.length} served`,
    );
  });
});

/**
 * Firefox: WebDriver BiDi does not show the extension's background requests, but the local server
 * is Firefox's proxy for EVERY http and https request (https arrives as CONNECT with its host), so
 * anything that would leave the machine is recorded there with its host name. Besides the fixture
 * pages it may see Firefox's own services (Mozilla hosts), which the browser contacts with or
 * without any extension; any other host fails.
 */
describe('privacy: the extension makes no network request (Firefox)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('firefox');
  });
  afterAll(async () => {
    await h?.close();
  });

  it("a browsing session, the popup, report and options: every request is a fixture page's own or Firefox's", async () => {
    const urls = ['http://washingtonpost.pm/', 'http://clean.example/', 'http://dfrlab.org/', 'http://x.com/home'];
    const tabs: number[] = [];
    for (const url of urls) {
      const page = await h.open(url);
      const tabId = await h.tabIdOf(page);
      await h.waitForTabState(tabId, (s) => s?.url === url && s.phase === 'page', 20_000);
      tabs.push(tabId);
    }
    for (const path of [`popup.html?tab=${tabs[0]}`, `report.html?tab=${tabs[0]}`, 'options.html']) {
      const page = await h.openExtensionPage(path);
      await page.waitFor('main', 10_000);
      await new Promise((r) => setTimeout(r, 300));
    }
    await new Promise((r) => setTimeout(r, 500));
    const firefoxOwn = (host: string) => /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)$/.test(host);
    const others = h.server.requests.filter((r) => !FIXTURE_HOSTS.has(r.host.replace(/^www\./, '')));
    expect(others.filter((r) => !firefoxOwn(r.host))).toEqual([]);
    expect(h.server.requests.filter((r) => r.path.includes('unmask'))).toEqual([]);
    // Not vacuous: the pages were fetched through the server.
    expect(h.server.requests.some((r) => r.host === 'washingtonpost.pm')).toBe(true);
    console.log(
      `privacy (Firefox): ${h.server.requests.length} requests through the proxy; Firefox's own: ${[...new Set(others.map((r) => `${r.method} ${r.host}`))].join(', ') || 'none'}`,
    );
  });
});
