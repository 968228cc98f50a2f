/**
 * Real-browser harness: the BUILT extension (.output/chrome-mv3, .output/firefox-mv3) in Debian's
 * Chromium (playwright-core) and firefox-esr (puppeteer-core 24, WebDriver BiDi), on pages served by
 * test/e2e/server.ts under their real host names, with no DNS and no network.
 *
 * - Chromium: `--host-resolver-rules=MAP * 127.0.0.1:PORT` sends every host to the local server.
 * - Firefox: the local server is the browser's HTTP proxy (`network.proxy.*` prefs), so
 *   `http://washingtonpost.pm/` reaches it with its host name and no port 80 is needed.
 *   HTTPS is tunnelled to nowhere (the server refuses CONNECT), so nothing leaves the machine.
 *
 * Everything a test reads is real extension state: the toolbar badge and title of a tab, the
 * per-tab state in storage.session, and the extension pages (`report.html?tab=<id>`,
 * `popup.html?tab=<id>`). "Extension context" below means the Chromium service worker, or in
 * Firefox an extension page opened in a tab of its own (Firefox does not expose the background
 * to WebDriver BiDi); both have the full `browser.*`/`chrome.*` API.
 *
 * Usage (vitest):
 *
 *   const h = await launch('chromium');            // or 'firefox'
 *   const page = await h.open('http://washingtonpost.pm/');
 *   const tabId = await h.tabIdOf(page);
 *   const badge = await h.waitForBadge(tabId, (b) => b.text === '!');
 *   const report = await h.openExtensionPage(`report.html?tab=${tabId}`);
 *   await report.waitFor('[data-level="high"]');
 *   await report.screenshot('report-high');
 *   await h.close();
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page as PwPage, Worker as PwWorker } from 'playwright-core';
import type { Browser as PpBrowser, Page as PpPage } from 'puppeteer-core';
import type { TabState } from '../../src/extension/messages';
import { startServer, type SiteServer } from './server';

export type BrowserKind = 'chromium' | 'firefox';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXTENSION_DIRS: Record<BrowserKind, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
};
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');
const FIREFOX_ID = 'unmask@unmask.invalid';
/** Fixed moz-extension UUID (pref `extensions.webextensions.uuids`), so pages have a known origin. */
const FIREFOX_UUID = '6a1f6a0e-0b1c-4c57-9d2e-7f1e2d3c4b5a';

/** The storage.session key of a tab's state (kept in step with src/extension/background/state.ts). */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

export interface Badge {
  text: string;
  title: string;
}

/** A browser tab, the same small API in both browsers. `raw` is the driver's own page object. */
export interface TestPage {
  readonly kind: BrowserKind;
  readonly raw: PwPage | PpPage;
  url(): string;
  goto(url: string): Promise<void>;
  /** Evaluates in the page's main world (what the site's own scripts can see). */
  evaluate<T>(fn: string | ((arg: any) => T), arg?: unknown): Promise<T>;
  /** Waits until a CSS selector matches (open DOM only). */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Text of the first element matching the selector, or null. */
  text(selector: string): Promise<string | null>;
  /** Saves test-results/screenshots/<name>-<browser>.png and returns the path. */
  screenshot(name: string): Promise<string>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Harness {
  readonly kind: BrowserKind;
  readonly server: SiteServer;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  readonly origin: string;
  /** Opens a new tab at `url` and waits for its load event. */
  open(url: string): Promise<TestPage>;
  /** Opens an extension page (`report.html?tab=3`, `popup.html?tab=3`, `options.html`) in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Evaluates `fn(arg)` in the extension context; `fn` must be self-contained (it is serialised). */
  extEval<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** The extension's tab id of a page (found by its current URL). */
  tabIdOf(page: TestPage): Promise<number>;
  badge(tabId: number): Promise<Badge>;
  /** Polls the badge until `accept` returns true; throws with the last badge seen on timeout. */
  waitForBadge(tabId: number, accept: (b: Badge) => boolean, timeoutMs?: number): Promise<Badge>;
  /** The background's stored state for a tab (storage.session), or null. */
  tabState(tabId: number): Promise<TabState | null>;
  /** Polls the stored state until `accept` returns true. */
  waitForTabState(tabId: number, accept: (s: TabState | null) => boolean, timeoutMs?: number): Promise<TabState | null>;
  /** Runs a content-script function in the tab's isolated world (via scripting.executeScript). */
  inTab<T>(tabId: number, fn: () => T): Promise<T>;
  /** Text inside the closed shadow root of the element matching `hostSelector`, or null. */
  closedShadowText(tabId: number, hostSelector: string): Promise<string | null>;
  /** Chromium: stops the extension's service worker (as the browser does when idle). */
  stopWorker(): Promise<void>;
  /** Reloads the extension (as an update does): content scripts are not re-injected into open tabs. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export async function poll<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}` +
          (lastError ? `; last error: ${String(lastError)}` : ''),
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function screenshotPath(name: string, kind: BrowserKind): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}-${kind}.png`);
}

export function requireBuild(kind: BrowserKind): string {
  const dir = EXTENSION_DIRS[kind];
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is missing: run \`npx wxt build${kind === 'firefox' ? ' -b firefox' : ''}\` first`);
  }
  return dir;
}

export async function launch(kind: BrowserKind): Promise<Harness> {
  return kind === 'chromium' ? launchChromium() : launchFirefox();
}

// ---------------------------------------------------------------------------------------------
// Shared pieces: what is evaluated in the extension context
// ---------------------------------------------------------------------------------------------

function makeCommon(
  kind: BrowserKind,
  extEval: Harness['extEval'],
): Pick<Harness, 'tabIdOf' | 'badge' | 'waitForBadge' | 'tabState' | 'waitForTabState' | 'inTab' | 'closedShadowText'> {
  const badge = (tabId: number) =>
    extEval(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return { text: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
    }, tabId);
  const tabState = (tabId: number) =>
    extEval(async (key: string) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return ((await api.storage.session.get(key))[key] ?? null) as TabState | null;
    }, tabStateKey(tabId));
  const inTab = <T>(tabId: number, fn: () => T) =>
    extEval(
      async ({ id, src }: { id: number; src: string }) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        // The function travels as source and is rebuilt here: executeScript needs a real function.
        // eslint-disable-next-line no-new-func
        const func = new Function(`return (${src})()`) as () => unknown;
        const [result] = await api.scripting.executeScript({ target: { tabId: id }, func });
        return result?.result as T;
      },
      { id: tabId, src: fn.toString() },
    );
  return {
    async tabIdOf(page) {
      const url = page.url();
      const ids = await extEval(async (u: string) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const tabs = await api.tabs.query({});
        return tabs.filter((t: { url?: string }) => t.url === u).map((t: { id: number }) => t.id) as number[];
      }, url);
      if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
      return ids[0]!;
    },
    badge,
    waitForBadge: (tabId, accept, timeoutMs = 10_000) => poll(() => badge(tabId), accept, timeoutMs, `badge of tab ${tabId}`),
    tabState,
    waitForTabState: (tabId, accept, timeoutMs = 10_000) =>
      poll(() => tabState(tabId), accept, timeoutMs, `state of tab ${tabId}`),
    inTab,
    closedShadowText(tabId, hostSelector) {
      // Content scripts can open closed shadow roots: Firefox's `openOrClosedShadowRoot`,
      // Chromium's `chrome.dom.openOrClosedShadowRoot`. The page itself cannot.
      const src = `() => {
        const host = document.querySelector(${JSON.stringify(hostSelector)});
        if (!host) return null;
        const root = host.openOrClosedShadowRoot ?? (globalThis.chrome?.dom?.openOrClosedShadowRoot?.(host));
        return root ? root.textContent : null;
      }`;
      return extEval(
        async ({ id, code }: { id: number; code: string }) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const func = new Function(`return (${code})()`) as () => unknown;
          const [result] = await api.scripting.executeScript({ target: { tabId: id }, func });
          return (result?.result ?? null) as string | null;
        },
        { id: tabId, code: src },
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Chromium (playwright-core)
// ---------------------------------------------------------------------------------------------

function wrapPlaywright(page: PwPage): TestPage {
  return {
    kind: 'chromium',
    raw: page,
    url: () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as any, arg),
    async waitFor(selector, timeoutMs = 10_000) {
      await page.waitForSelector(selector, { timeout: timeoutMs, state: 'attached' });
    },
    async click(selector) {
      await page.click(selector);
    },
    async text(selector) {
      const el = await page.$(selector);
      return el ? el.textContent() : null;
    },
    async screenshot(name) {
      const path = screenshotPath(name, 'chromium');
      await page.screenshot({ path });
      return path;
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async close() {
      await page.close();
    },
  };
}

async function launchChromium(): Promise<Harness> {
  const { chromium } = await import('playwright-core');
  const ext = requireBuild('chromium');
  const server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'unmask-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`,
      // Served pages are plain http: do not try https first.
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ],
  });

  const dead = new WeakSet<PwWorker>();
  const isOurs = (w: PwWorker) =>
    !dead.has(w) && w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
  const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs }));
  const extensionId = new URL(worker.url()).host;
  const origin = `chrome-extension://${extensionId}`;

  /** The live worker; when it was stopped, start it again (CDP ServiceWorker.startWorker) and wait. */
  async function liveWorker(): Promise<PwWorker> {
    const current = context.serviceWorkers().find(isOurs);
    if (current) return current;
    const waiting = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 });
    const page = await context.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.startWorker', { scopeURL: `${origin}/` });
      await cdp.detach();
      return await waiting;
    } finally {
      await page.close();
    }
  }

  const extEval: Harness['extEval'] = async (fn, arg) => {
    for (let attempt = 0; ; attempt++) {
      const w = await liveWorker();
      try {
        return (await w.evaluate(fn as any, arg)) as any;
      } catch (error) {
        // The worker may have stopped between finding it and evaluating: try once more.
        if (attempt >= 1) throw error;
      }
    }
  };

  const common = makeCommon('chromium', extEval);
  return {
    kind: 'chromium',
    server,
    origin,
    ...common,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPlaywright(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${origin}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return wrapPlaywright(page);
    },
    extEval,
    async stopWorker() {
      const w = await liveWorker();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      // ServiceWorker.enable reports the registered versions as events; stopping works only once
      // the session knows them, so wait for ours to be reported running, then stop all and wait
      // until it is reported stopped.
      let resolveRunning!: () => void;
      let resolveStopped!: () => void;
      const running = new Promise<void>((ok) => (resolveRunning = ok));
      const stopped = new Promise<void>((ok) => (resolveStopped = ok));
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        for (const v of e.versions) {
          if (v.scriptURL !== w.url()) continue;
          if (v.runningStatus === 'running') resolveRunning();
          if (v.runningStatus === 'stopped') resolveStopped();
        }
      });
      await cdp.send('ServiceWorker.enable');
      await running;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      // Playwright's own 'close' event for the worker can lag by seconds: remember it is gone.
      dead.add(w);
      await cdp.detach();
      await page.close();
    },
    async reloadExtension() {
      const w = await liveWorker();
      const closed = new Promise<void>((ok) => w.once('close', () => ok()));
      const next = context.waitForEvent('serviceworker', { predicate: (x) => x !== w && isOurs(x), timeout: 15_000 });
      await w.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
      dead.add(w);
      await next;
      void closed;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox (puppeteer-core 24, WebDriver BiDi)
// ---------------------------------------------------------------------------------------------

function wrapPuppeteer(page: PpPage): TestPage {
  return {
    kind: 'firefox',
    raw: page,
    url: () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as any, arg) as any,
    async waitFor(selector, timeoutMs = 10_000) {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    async click(selector) {
      await page.click(selector);
    },
    async text(selector) {
      return page.$eval(selector, (el) => el.textContent).catch(() => null);
    },
    async screenshot(name) {
      const path = screenshotPath(name, 'firefox');
      await page.screenshot({ path: path as `${string}.png` });
      return path;
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async close() {
      await page.close();
    },
  };
}

/** The extension page the Firefox harness evaluates in: the first one the build has. */
function firefoxContextPage(ext: string): string {
  for (const page of ['report.html', 'popup.html', 'options.html']) {
    if (existsSync(join(ext, page))) return page;
  }
  throw new Error(`no extension page (report.html, popup.html, options.html) in ${ext}`);
}

async function launchFirefox(): Promise<Harness> {
  const puppeteer = (await import('puppeteer-core')).default;
  const ext = requireBuild('firefox');
  const server = await startServer();
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      // The local server is the proxy for every http request; https goes nowhere.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_first_schemeless': false,
      'dom.security.https_only_mode': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
    },
  });
  const id = await browser.installExtension(ext);
  if (id !== FIREFOX_ID) throw new Error(`installed ${id}, expected ${FIREFOX_ID}`);
  const origin = `moz-extension://${FIREFOX_UUID}`;

  let ctxPage: PpPage | null = null;
  async function contextPage(): Promise<PpPage> {
    if (ctxPage && !ctxPage.isClosed()) return ctxPage;
    const page = await browser.newPage();
    await page.goto(`${origin}/${firefoxContextPage(ext)}`, { waitUntil: 'load' });
    ctxPage = page;
    return page;
  }
  const extEval: Harness['extEval'] = async (fn, arg) => (await contextPage()).evaluate(fn as any, arg) as any;
  const common = makeCommon('firefox', extEval);

  return {
    kind: 'firefox',
    server,
    origin,
    ...common,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPuppeteer(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return wrapPuppeteer(page);
    },
    extEval,
    async stopWorker() {
      throw new Error('stopWorker: Firefox has no service worker to stop (its MV3 background is an event page)');
    },
    async reloadExtension() {
      await extEval(() => (globalThis as any).browser.runtime.reload()).catch(() => undefined);
      ctxPage = null;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
