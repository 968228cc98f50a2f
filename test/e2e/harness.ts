/**
 * Real-browser harness: the BUILT extension (.output/chrome-mv3, .output/firefox-mv3) in Debian's
 * Chromium (playwright-core) and firefox-esr (puppeteer-core 24, WebDriver BiDi), on pages served by
 * test/e2e/server.ts under their real host names, with no DNS and no network.
 *
 * - Chromium: `--host-resolver-rules=MAP * 127.0.0.1:PORT` sends every host to the local server.
 * - Firefox: the local server is the browser's HTTP proxy (`network.proxy.*` prefs), so
 *   `http://washingtonpost.pm/` reaches it with its host name and no port 80 is needed.
 *   HTTPS is tunnelled to nowhere (the server refuses CONNECT), so nothing leaves the machine,
 *   except for the `tlsHosts` a test asks for, which the server itself answers over https.
 *
 * Everything a test reads is real extension state: the toolbar badge and title of a tab, the
 * per-tab state in storage.session, and the extension pages (`report.html?tab=<id>`,
 * `popup.html?tab=<id>`). "Extension context" below means the Chromium service worker, or in
 * Firefox an extension page opened in a tab of its own (Firefox does not expose the background
 * to WebDriver BiDi); both have the full `browser.*`/`chrome.*` API.
 *
 * Facts this relies on (checked with Chromium 156 and firefox-esr 153):
 * - Firefox 153 lets WebDriver navigate to moz-extension:// only with `--remote-allow-system-access`,
 *   and reports no navigation events for extension pages: they are opened by polling the document.
 *   Their origin is fixed with the pref `extensions.webextensions.uuids`.
 * - Chromium blocks an extension loaded with --load-extension once it calls runtime.reload(), so
 *   "installed while tabs are open" uses CDP `Extensions.loadUnpacked` (flag
 *   --enable-unsafe-extension-debugging) in a browser launched without the extension.
 * - CDP ServiceWorker.stopAllWorkers works only after ServiceWorker.enable has reported our version;
 *   ServiceWorker.startWorker does not start an extension worker: an extension event (a tab
 *   navigation) does. Playwright keeps the same Worker object across stop and start.
 * - Firefox's MV3 background is an event page: `firefoxBackgroundIdleMs` shortens its idle
 *   timeout so that `stopWorker()` can wait for a real suspension.
 *
 * Usage (vitest):
 *
 *   const h = await launch('chromium');            // or 'firefox'; { install: false } to install later
 *   const page = await h.open('http://washingtonpost.pm/');
 *   const tabId = await h.tabIdOf(page);
 *   await h.waitForTabState(tabId, (s) => s?.phase === 'page');   // the content script's signals arrived
 *   const badge = await h.waitForBadge(tabId, (b) => b.text === '!');
 *   const report = await h.openExtensionPage(`report.html?tab=${tabId}`);
 *   await report.waitFor('[data-level="high"]');
 *   await report.screenshot('report-high');        // test-results/screenshots/report-high-chromium.png
 *   const barText = await h.closedShadowText(tabId, BAR_HOST);
 *   await h.close();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser as PwBrowser, BrowserContext, Page as PwPage, Worker as PwWorker } from 'playwright-core';
import type { Browser as PpBrowser, Page as PpPage } from 'puppeteer-core';
import type { TabState } from '../../src/extension/messages';
import { BROWSER_PATHS, missingBrowser, type BrowserKind } from '../support/browsers';
import { startServer, type ServerOptions, type SiteServer } from './server';

export type { BrowserKind };

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
/**
 * The README's screenshots (docs/screenshots/) are refreshed only on request
 * (`npm run screenshots`, which sets UPDATE_SCREENSHOTS=1), so that running the tests never changes
 * committed files. Test artifacts always go to SCREENSHOT_DIR.
 */
export function readmeScreenshot(shot: string, name: string): void {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const dir = join(ROOT, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  copyFileSync(shot, join(dir, `${name}.png`));
}

export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/**
 * The warning bar's host, for `closedShadowText`/`closedShadowBox`: it carries no attribute a
 * selector could find (a page must not find it either), so it is read from the bar script's own
 * state in the content-script world (`WARNING_STATE`, src/extension/content/mark-key.ts).
 */
export const BAR_HOST = ':warning-bar';

function hostExpression(hostSelector: string): string {
  return hostSelector === BAR_HOST
    ? "(globalThis[Symbol.for('unmask.warning')]?.bar?.host?.isConnected ? globalThis[Symbol.for('unmask.warning')].bar.host : null)"
    : `document.querySelector(${JSON.stringify(hostSelector)})`;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

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
  /** A real mouse click at viewport coordinates (the centre of `box` when given a box). */
  mouseClick(box: Box): Promise<void>;
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
  /**
   * Runs a content-script function in the tab's isolated world (via scripting.executeScript), with
   * `arg` (JSON) when given. The function travels as source: it must be self-contained.
   */
  inTab<T, A = undefined>(tabId: number, fn: (arg: A) => T, arg?: A): Promise<T>;
  /** Text inside the closed shadow root of the element matching `hostSelector`, or null. */
  closedShadowText(tabId: number, hostSelector: string): Promise<string | null>;
  /**
   * The viewport box of `innerSelector` inside the closed shadow root of `hostSelector`, or null:
   * for real (trusted) mouse clicks with `TestPage.mouseClick`.
   */
  closedShadowBox(tabId: number, hostSelector: string, innerSelector: string): Promise<Box | null>;
  /**
   * Stops the extension's background as the browser does when it is idle: Chromium stops the
   * service worker (CDP); Firefox (launched with `firefoxBackgroundIdleMs`) waits until the event
   * page has been suspended and started again. In-memory state is gone afterwards.
   */
  stopWorker(): Promise<void>;
  /**
   * Firefox: stops the background at once, whatever it is doing, by reloading the extension (its
   * storage stays), and waits until a new background runs. Chromium: use `stopWorker()`.
   */
  restartExtension(): Promise<void>;
  /**
   * Installs the extension now, into a browser launched with `{ install: false }` (tabs already
   * open stay as they are: Chrome injects no content script into them). Called again, it installs
   * the build over itself, as an update does.
   */
  installExtension(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Install the extension at launch (default). `false`: call `installExtension()` later. */
  install?: boolean;
  /**
   * Firefox: suspend the idle background event page after this many ms (pref
   * `extensions.background.idle.timeout`; Firefox's default is 30 s), to test a restarted background.
   */
  firefoxBackgroundIdleMs?: number;
  /**
   * Hosts also served over https by the local server (test-only self-signed certificate, see
   * server.ts), for pages browsers treat specially only on their real https address (the add-on
   * stores). The browser is told to accept that certificate: Chromium maps these hosts to the https
   * port and gets `--ignore-certificate-errors`; Firefox tunnels them through the proxy and is
   * launched with WebDriver's `acceptInsecureCerts`.
   */
  tlsHosts?: readonly string[];
  /**
   * Chromium: keep the back/forward cache on (Playwright turns it off by default with
   * `--disable-back-forward-cache`). Pages must also be served cacheable (server.ts: `bfcache` in
   * the query).
   */
  backForwardCache?: boolean;
  /** Passed to the local server (server.ts `respond`): a test's own host answered by the test. */
  respond?: ServerOptions['respond'];
  /**
   * The browser's UI language (`de`, `uk`), set the way each browser really takes it on Linux.
   * Chromium reads the environment (`LANGUAGE`, then `LC_ALL`, `LC_MESSAGES`, `LANG`): `--lang`
   * there switches only the extensions' catalogues while `i18n.getUILanguage()` stays `en-US`, so
   * it is not passed. Firefox gets the pref `intl.locale.requested`. Each browser speaks the
   * language only when its own translation is installed (Debian: chromium-l10n,
   * firefox-esr-l10n-<lang>), and otherwise falls back to English: ask `i18n.getUILanguage()` in
   * the extension context which language it got (test/support/browsers.ts `languagePack`).
   */
  locale?: string;
  /**
   * Firefox: more preferences at launch (a theme, a storage quota). Firefox's WebDriver BiDi cannot
   * emulate `prefers-color-scheme`, so the theme is the pref a person's system setting would set.
   */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
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

export async function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<Harness> {
  const missing = missingBrowser(kind);
  if (missing !== null) throw new Error(missing);
  const install = options.install ?? true;
  const tlsHosts = options.tlsHosts ?? [];
  return kind === 'chromium'
    ? launchChromium(install, tlsHosts, options.backForwardCache ?? false, options.respond, options.locale)
    : launchFirefox(install, options.firefoxBackgroundIdleMs, tlsHosts, options.respond, options.locale, options.firefoxPrefs);
}

/** Chromium's id for an unpacked extension: derived from its absolute path (sha256, a-p). */
export function chromiumExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

// ---------------------------------------------------------------------------------------------
// Shared pieces: what is evaluated in the extension context
// ---------------------------------------------------------------------------------------------

function makeCommon(
  kind: BrowserKind,
  extEval: Harness['extEval'],
): Pick<Harness, 'tabIdOf' | 'badge' | 'waitForBadge' | 'tabState' | 'waitForTabState' | 'inTab' | 'closedShadowText' | 'closedShadowBox'> {
  const badge = (tabId: number) =>
    extEval(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return { text: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
    }, tabId);
  // As JSON text: WebDriver BiDi (Firefox) sends an object met twice in a result once, and
  // Puppeteer reads the second place as null (a claim that a finding also cites came back null).
  const tabState = async (tabId: number) =>
    JSON.parse(
      await extEval(async (key: string) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return JSON.stringify((await api.storage.session.get(key))[key] ?? null);
      }, tabStateKey(tabId)),
    ) as TabState | null;
  const inTab = <T, A = undefined>(tabId: number, fn: (arg: A) => T, arg?: A) =>
    extEval(
      async ({ id, src, args }: { id: number; src: string; args: unknown[] }) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        // The function travels as source and is rebuilt here: executeScript needs a real function.
        // eslint-disable-next-line no-new-func
        const func = new Function('arg', `return (${src})(arg)`) as (arg: unknown) => unknown;
        const [result] = await api.scripting.executeScript({ target: { tabId: id }, func, args });
        return result?.result as T;
      },
      { id: tabId, src: fn.toString(), args: arg === undefined ? [] : [arg] },
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
    waitForTabState: (tabId, accept, timeoutMs = 10_000) => poll(() => tabState(tabId), accept, timeoutMs, `state of tab ${tabId}`),
    inTab,
    closedShadowBox(tabId, hostSelector, innerSelector) {
      const src = `() => {
        const host = ${hostExpression(hostSelector)};
        if (!host) return null;
        const root = host.openOrClosedShadowRoot ?? (globalThis.chrome?.dom?.openOrClosedShadowRoot?.(host));
        const el = root?.querySelector(${JSON.stringify(innerSelector)});
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }`;
      return extEval(
        async ({ id, code }: { id: number; code: string }) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          // eslint-disable-next-line no-new-func -- as above: executeScript needs a real function
          const func = new Function(`return (${code})()`) as () => unknown;
          const [result] = await api.scripting.executeScript({ target: { tabId: id }, func });
          return (result?.result ?? null) as Box | null;
        },
        { id: tabId, code: src },
      );
    },
    closedShadowText(tabId, hostSelector) {
      // Content scripts can open closed shadow roots: Firefox's `openOrClosedShadowRoot`,
      // Chromium's `chrome.dom.openOrClosedShadowRoot`. The page itself cannot. The text is what
      // the root shows: its text nodes (not its stylesheets') and its CSS generated content
      // (`::before`), in document order.
      const src = `() => {
        const host = ${hostExpression(hostSelector)};
        if (!host) return null;
        const root = host.openOrClosedShadowRoot ?? (globalThis.chrome?.dom?.openOrClosedShadowRoot?.(host));
        if (!root) return null;
        const generated = (el) => {
          const c = getComputedStyle(el, '::before').content;
          if (!c || c === 'none' || c === 'normal') return '';
          try { return JSON.parse(c); } catch { return c.replace(/^"|"$/g, ''); }
        };
        let out = '';
        const walk = (n) => {
          if (n.nodeType === 3) { if (n.parentElement?.tagName !== 'STYLE') out += n.textContent; return; }
          if (n.nodeType === 1) out += generated(n) + ' ';
          for (const c of n.childNodes) walk(c);
        };
        walk(root);
        return out.replace(/\\s+/g, ' ').trim();
      }`;
      return extEval(
        async ({ id, code }: { id: number; code: string }) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          // eslint-disable-next-line no-new-func -- as above: executeScript needs a real function
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
    async mouseClick(box) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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

/**
 * Chromium flags for a quiet, offline browser whose every host resolves to the local server at
 * `port`, except the `hosts` given their own local port (first matching rule wins). Also used by
 * bench/browser.ts.
 */
export function chromiumArgs(port: number, hosts: readonly (readonly [string, number])[] = [], ignoreCertificateErrors = false): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    `--host-resolver-rules=${[...hosts.map(([host, p]) => `MAP ${host} 127.0.0.1:${p}`), `MAP * 127.0.0.1:${port}`].join(',')}`,
    ...(ignoreCertificateErrors ? ['--ignore-certificate-errors'] : []),
    // Served pages are plain http: do not try https first.
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
  ];
}

/** `tlsPort`/`tlsHosts`: these hosts go to the local https port instead. */
const CHROMIUM_ARGS = (port: number, tlsPort: number | null = null, tlsHosts: readonly string[] = []) =>
  tlsPort
    ? chromiumArgs(
        port,
        tlsHosts.map((host) => [host, tlsPort] as const),
        tlsHosts.length > 0,
      )
    : chromiumArgs(port);

/**
 * Chromium without the extension, driven over CDP, so that it can be installed later with
 * `Extensions.loadUnpacked` (needs --enable-unsafe-extension-debugging): the only way to have tabs
 * open BEFORE the install. (`chrome.runtime.reload()` is no substitute: Chromium blocks an
 * extension loaded with --load-extension once it reloads itself.)
 */
async function spawnChromiumForLaterInstall(
  profile: string,
  port: number,
  tlsPort: number | null = null,
  tlsHosts: readonly string[] = [],
): Promise<{ browser: PwBrowser; context: BrowserContext; proc: ChildProcess }> {
  const { chromium } = await import('playwright-core');
  const proc = spawn(
    BROWSER_PATHS.chromium,
    [
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--enable-unsafe-extension-debugging',
      '--window-size=1100,800',
      ...CHROMIUM_ARGS(port, tlsPort, tlsHosts),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((ok, fail) => {
    let buffer = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start: ${buffer.slice(-500)}`)), 20_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return { browser, context: browser.contexts()[0]!, proc };
}

async function launchChromium(
  installAtLaunch: boolean,
  tlsHosts: readonly string[] = [],
  backForwardCache = false,
  respond?: ServerOptions['respond'],
  locale?: string,
): Promise<Harness> {
  const ext = requireBuild('chromium');
  const server = await startServer(0, { tlsHosts, respond });
  const profile = mkdtempSync(join(tmpdir(), 'unmask-chromium-'));
  let context: BrowserContext;
  let cdpBrowser: PwBrowser | null = null;
  let proc: ChildProcess | null = null;
  if (installAtLaunch) {
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: BROWSER_PATHS.chromium,
      headless: true,
      viewport: { width: 1100, height: 800 },
      args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS(server.port, server.tlsPort, tlsHosts)],
      // LANGUAGE comes first for Chromium on Linux, whatever LC_ALL or LANG the machine has.
      ...(locale ? { env: { ...process.env, LANGUAGE: locale } } : {}),
      ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    });
  } else {
    ({ browser: cdpBrowser, context, proc } = await spawnChromiumForLaterInstall(profile, server.port, server.tlsPort, tlsHosts));
  }
  let installed = installAtLaunch;
  const extensionId = chromiumExtensionId(ext);
  const origin = `chrome-extension://${extensionId}`;

  const isOurs = (w: PwWorker) => w.url() === `${origin}/background.js`;

  /**
   * After stopWorker(), the next extension event starts the worker again. Playwright keeps the
   * same Worker object across the stop and start (its 'close' event arrives late and means
   * nothing here), so waking is what matters: a navigation in a scratch tab fires tabs.onUpdated,
   * for which Chrome starts the worker.
   */
  let stoppedByUs = false;
  async function wake(): Promise<void> {
    const page = await context.newPage();
    await page.goto('http://unmask-harness.invalid/wake').catch(() => undefined);
    await page.close();
    stoppedByUs = false;
  }

  /**
   * Our worker, polled (Playwright's 'serviceworker' event can be missed when the worker starts
   * while the browser is still being attached to); a scratch navigation wakes a worker that the
   * browser has not started or has stopped.
   */
  async function findWorker(timeoutMs = 20_000): Promise<PwWorker> {
    const deadline = Date.now() + timeoutMs;
    let nextWake = Date.now() + 3000;
    for (;;) {
      const w = context.serviceWorkers().find(isOurs);
      if (w) return w;
      if (Date.now() > deadline) throw new Error(`no service worker at ${origin}/background.js after ${timeoutMs} ms`);
      if (Date.now() > nextWake) {
        await wake();
        nextWake = Date.now() + 3000;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function liveWorker(): Promise<PwWorker> {
    if (!installed) throw new Error('the extension is not installed yet: call installExtension()');
    if (stoppedByUs) await wake();
    return findWorker();
  }

  if (installAtLaunch) await findWorker();

  const extEval: Harness['extEval'] = async (fn, arg) => {
    for (let attempt = 0; ; attempt++) {
      const w = await liveWorker();
      try {
        return (await Promise.race([
          w.evaluate(fn as any, arg),
          new Promise((_, fail) => setTimeout(() => fail(new Error('service worker did not answer in 10 s')), 10_000)),
        ])) as any;
      } catch (error) {
        // The browser may have stopped the worker between finding it and evaluating: wake, retry once.
        if (attempt >= 1) throw error;
        stoppedByUs = true;
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
    async restartExtension() {
      throw new Error('restartExtension: Chromium stops its service worker with stopWorker()');
    },
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
      stoppedByUs = true;
      await cdp.detach();
      await page.close();
    },
    async installExtension() {
      if (!cdpBrowser) throw new Error('installExtension(): launch with { install: false } first');
      const cdp = await cdpBrowser.newBrowserCDPSession();
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: ext } as never)) as { id: string };
      await cdp.detach();
      if (id !== extensionId) throw new Error(`installed ${id}, expected ${extensionId}`);
      installed = true;
      await findWorker();
    },
    async close() {
      if (cdpBrowser) await cdpBrowser.close().catch(() => undefined);
      else await context.close();
      if (proc && proc.exitCode === null) {
        const exited = new Promise((ok) => proc!.once('exit', ok));
        proc.kill();
        await exited;
      }
      await server.close();
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        // Chromium's helper processes may still be writing; a stale temp profile is harmless.
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox (puppeteer-core 24, WebDriver BiDi)
// ---------------------------------------------------------------------------------------------

function wrapPuppeteer(page: PpPage, knownUrl?: string): TestPage {
  return {
    kind: 'firefox',
    raw: page,
    // Extension pages: puppeteer never hears of their navigation, so it reports about:blank.
    url: () => (page.url() === 'about:blank' && knownUrl ? knownUrl : page.url()),
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
    async mouseClick(box) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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

async function launchFirefox(
  installAtLaunch: boolean,
  backgroundIdleMs?: number,
  tlsHosts: readonly string[] = [],
  respond?: ServerOptions['respond'],
  locale?: string,
  prefs: Record<string, string | number | boolean> = {},
): Promise<Harness> {
  const puppeteer = (await import('puppeteer-core')).default;
  const ext = requireBuild('firefox');
  const server = await startServer(0, { tlsHosts, respond });
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_PATHS.firefox,
    headless: true,
    protocol: 'webDriverBiDi',
    // Firefox 153+ lets WebDriver navigate only to http(s)/file/blob/about:blank unless system
    // access is allowed; extension pages (moz-extension://) need it.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    // Only for tlsHosts (served with a self-signed certificate through the proxy).
    acceptInsecureCerts: tlsHosts.length > 0,
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
      ...(backgroundIdleMs ? { 'extensions.background.idle.timeout': backgroundIdleMs } : {}),
      ...(locale ? { 'intl.locale.requested': locale } : {}),
      ...prefs,
    },
  });
  let installed = false;
  async function install(): Promise<void> {
    const id = await browser.installExtension(ext);
    if (id !== FIREFOX_ID) throw new Error(`installed ${id}, expected ${FIREFOX_ID}`);
    installed = true;
  }
  if (installAtLaunch) await install();
  const origin = `moz-extension://${FIREFOX_UUID}`;

  /**
   * Firefox loads extension pages in the extension process and WebDriver BiDi reports no
   * navigation events for them (puppeteer's goto never resolves), so start the navigation and
   * poll the document itself until it is the page, fully loaded.
   */
  async function openFirefoxExtensionPage(url: string): Promise<PpPage> {
    const page = await browser.newPage();
    void page.goto(url, { timeout: 30_000 }).catch(() => undefined);
    await poll(
      () => page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']),
      ([href, state]) => href === url && state === 'complete',
      15_000,
      `extension page ${url}`,
    );
    return page;
  }

  let ctxPage: PpPage | null = null;
  async function contextPage(): Promise<PpPage> {
    if (!installed) throw new Error('the extension is not installed yet: call installExtension()');
    if (ctxPage && !ctxPage.isClosed()) return ctxPage;
    const page = await openFirefoxExtensionPage(`${origin}/${firefoxContextPage(ext)}`);
    ctxPage = page;
    return page;
  }
  const extEval: Harness['extEval'] = async (fn, arg) => {
    const page = await contextPage();
    try {
      return (await page.evaluate(fn as any, arg)) as any;
    } catch (error) {
      // A reload of the extension can close the page after it was opened but before
      // isClosed() says so ("no such frame"): open a fresh one on the next call. Any other
      // error keeps the page (tests keep listeners and counters in its global).
      if (ctxPage === page && /no such frame|target closed|session closed|detached/i.test(String(error))) ctxPage = null;
      throw error;
    }
  };
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
      const url = `${origin}/${path.replace(/^\//, '')}`;
      return wrapPuppeteer(await openFirefoxExtensionPage(url), url);
    },
    extEval,
    async stopWorker() {
      // Firefox's MV3 background is an event page: it cannot be stopped from outside, but it is
      // suspended when idle. With a short idle timeout, mark its global and wait until a fresh
      // page (no mark) answers.
      if (!backgroundIdleMs) throw new Error('stopWorker (Firefox): launch with { firefoxBackgroundIdleMs }');
      const marked = await extEval(async () => {
        const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
        if (!bg) return false;
        bg.__unmaskHarnessMark = true;
        return true;
      });
      if (!marked) throw new Error('stopWorker (Firefox): no background page');
      await poll(
        async () => {
          await new Promise((r) => setTimeout(r, backgroundIdleMs + 500));
          return extEval(async () => {
            const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
            return Boolean(bg?.__unmaskHarnessMark);
          });
        },
        (stillMarked) => !stillMarked,
        backgroundIdleMs * 10 + 10_000,
        'the background event page to be suspended and started again',
      );
    },
    async restartExtension() {
      const marked = await extEval(async () => {
        const api = (globalThis as any).browser;
        const bg = await api.runtime.getBackgroundPage();
        if (!bg) return false;
        bg.__unmaskHarnessMark = true;
        setTimeout(() => api.runtime.reload(), 0);
        return true;
      });
      if (!marked) throw new Error('restartExtension (Firefox): no background page');
      ctxPage = null; // extension pages close when the extension is reloaded
      await poll(
        () =>
          extEval(async () => {
            const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
            return bg ? !bg.__unmaskHarnessMark : false;
          }),
        (fresh) => fresh,
        30_000,
        "the reloaded extension's background",
      );
    },
    async installExtension() {
      ctxPage = null; // extension pages close when the extension is replaced
      await install();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Sets the file of an `<input type=file>` from memory, in either driver. */
export async function chooseFile(page: TestPage, selector: string, name: string, content: string): Promise<void> {
  if (page.kind === 'chromium') {
    const raw = page.raw as PwPage;
    await raw.setInputFiles(selector, { name, mimeType: 'application/json', buffer: Buffer.from(content) });
  } else {
    // WebDriver BiDi file upload needs a file on disk.
    const { writeFileSync } = await import('node:fs');
    const file = join(mkdtempSync(join(tmpdir(), 'unmask-upload-')), name);
    writeFileSync(file, content);
    const raw = page.raw as PpPage;
    const input = await raw.$(selector);
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(file);
  }
}
