/**
 * The built extension in real browsers, on served pages under their real host names (see
 * test/fixtures/sites/README.md): the badge, the stored verdicts, the in-page warning bar, the
 * content script on a single-page app and an endless feed, and the worker's life cycle.
 *
 * Every wait is on a marker the extension sets (badge text, stored phase, `data-level` on the
 * report), never on a fixed delay. Where a test shows something did NOT happen (no bar on a clean
 * page), it first waits for the page phase, after which the background would have injected it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/extension/messages';
import { BAR_HOST, EXTENSION_DIRS, launch, poll, readmeScreenshot, type BrowserKind, type Harness, type TestPage } from './harness';

const BAR = BAR_HOST;

/** Elements under <html> other than head and body: what a page can find of the warning bar. */
const barsInPage = (page: TestPage) =>
  page.evaluate(() => [...document.documentElement.children].filter((e) => e.tagName !== 'HEAD' && e.tagName !== 'BODY').length);

/** Waits until the warning bar is in the page (seen from the bar script's own world). */
async function waitForBar(h: Harness, tabId: number): Promise<void> {
  await poll(
    () => h.inTab(tabId, () => (globalThis as any)[Symbol.for('unmask.warning')]?.bar?.host?.isConnected === true),
    (shown) => shown === true,
    10_000,
    'the warning bar',
  );
}

/** Link markers as a page sees them: an empty span with no attribute right after a link. */
const MARKERS_IN_PAGE = () => [...document.querySelectorAll('a + span')].filter((s) => s.attributes.length === 0 && s.textContent === '');

async function judged(h: Harness, url: string): Promise<{ page: TestPage; tabId: number; state: TabState }> {
  const page = await h.open(url);
  const tabId = await h.tabIdOf(page);
  const state = (await h.waitForTabState(tabId, (s) => s?.url === url && s.phase === 'page'))!;
  return { page, tabId, state };
}

const reasons = (s: TabState) => s.verdict.findings.map((f) => f.reason);

/**
 * What the background tells the bar script for this tab (`cs-bg-warning`, asked from the tab's
 * content-script world): null means no bar is shown. Checked with the DOM, so a "no bar" assertion
 * does not depend on how soon a bar would have appeared.
 */
function barAnswer(h: Harness, tabId: number): Promise<unknown> {
  return h.inTab(tabId, () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.runtime.sendMessage({ type: 'cs-bg-warning' });
  });
}

function suite(kind: BrowserKind) {
  describe(`extension in ${kind}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(kind);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('a listed spoof (washingtonpost.pm): high badge, Doppelganger and its actor, a warning bar the page cannot read', async () => {
      const { page, tabId, state } = await judged(h, 'http://washingtonpost.pm/');
      expect(state.verdict.level).toBe('high');
      const top = state.verdict.findings[0]!;
      expect(top.reason).toBe('listed-domain');
      expect(top.campaign?.name).toBe('Doppelganger');
      expect(top.actor?.name).toMatch(/Social Design Agency/);
      const badge = await h.waitForBadge(tabId, (b) => b.text === '!');
      expect(badge.title).toBe('Unmask: Documented influence operation');
      // Its links to its own pages (`/`, `/dc-md-va/`, ...) are not listed as flagged links one by one.
      expect(state.checked?.links).toBeGreaterThan(0);
      expect(state.flagged.filter((f) => new URL(f.href).hostname.endsWith('washingtonpost.pm'))).toEqual([]);

      // The warning bar: injected, with the level in words and the headline, in a closed root.
      await waitForBar(h, tabId);
      expect(await barAnswer(h, tabId)).toEqual({ level: 'high', levelName: 'Documented influence operation', headline: top.summary });
      const text = await poll(
        () => h.closedShadowText(tabId, BAR),
        (t) => !!t && t.includes(top.summary),
        5000,
        'bar text',
      );
      expect(text).toContain('Documented influence operation');
      const seenByPage = await page.evaluate(() => {
        const host = [...document.documentElement.children].find((e) => e.tagName !== 'HEAD' && e.tagName !== 'BODY') as
          HTMLElement | undefined;
        return {
          shadowRoot: host?.shadowRoot ?? null,
          text: host?.textContent ?? null,
          attributes: host ? host.attributes.length : null,
          fixed: host ? getComputedStyle(host).position : null,
          // Nothing from the bar reaches the page's own DOM APIs.
          inBody: document.body.textContent?.includes('Documented influence operation') ?? false,
        };
      });
      expect(seenByPage).toEqual({ shadowRoot: null, text: '', attributes: 0, fixed: 'fixed', inBody: false });
      // The page has no way to message the extension (no externally_connectable).
      expect(await page.evaluate(() => typeof (window as any).chrome?.runtime?.sendMessage + typeof (window as any).browser?.runtime)).toBe(
        'undefinedundefined',
      );
      const barShot = await page.screenshot('warning-bar-washingtonpost-pm');
      if (kind === 'chromium') readmeScreenshot(barShot, 'warning-bar');

      // The report page for this tab (the contract: root data-level, names campaign and actor).
      const report = await h.openExtensionPage(`report.html?tab=${tabId}`);
      await report.waitFor('[data-level="high"]');
      const body = (await report.text('body')) ?? '';
      expect(body).toContain('Doppelganger');
      expect(body).toMatch(/Social Design Agency/);
      await report.close();
      await page.close();
    });

    it('the warning bar: "See why" opens the report for this tab; "Dismiss" hides it for this tab and host', async () => {
      const url = 'http://washingtonpost.pm/?bar-clicks';
      const { page, tabId } = await judged(h, url);
      await waitForBar(h, tabId);
      const see = await poll(
        () => h.closedShadowBox(tabId, BAR, 'button.primary'),
        (b) => !!b && b.width > 0,
        5000,
        'See why',
      );
      await page.mouseClick(see!);
      const reportUrl = `${h.origin}/report.html?tab=${tabId}`;
      const reportTabs = await poll(
        () =>
          h.extEval(async (u: string) => {
            const api = (globalThis as any).browser ?? (globalThis as any).chrome;
            return ((await api.tabs.query({})) as { id: number; url?: string; openerTabId?: number }[])
              .filter((t) => t.url === u)
              .map((t) => t.id);
          }, reportUrl),
        (ids) => ids.length === 1,
        5000,
        'the report tab',
      );
      await h.extEval(async (id: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        await api.tabs.remove(id);
      }, reportTabs[0]!);

      const dismiss = await h.closedShadowBox(tabId, BAR, 'button.dismiss');
      await page.mouseClick(dismiss!);
      await poll(
        () => barsInPage(page),
        (n) => n === 0,
        5000,
        'bar removed',
      );
      // Reloaded, the page is judged again (badge still high) but the bar stays away ...
      await page.goto('http://washingtonpost.pm/?bar-clicks-2');
      await h.waitForTabState(tabId, (s) => s?.url === 'http://washingtonpost.pm/?bar-clicks-2' && s.phase === 'page');
      await h.waitForBadge(tabId, (b) => b.text === '!');
      expect(await barAnswer(h, tabId)).toBeNull();
      expect(await barsInPage(page)).toBe(0);
      // ... while another tab on the same host still gets it.
      const other = await judged(h, 'http://washingtonpost.pm/?bar-other-tab');
      await waitForBar(h, other.tabId);
      await other.page.close();
      await page.close();
    });

    it('a lookalike that is not in the lists (washingtonpost.ltd): flagged as a lookalike claiming the outlet, not as listed', async () => {
      const { page, tabId, state } = await judged(h, 'http://washingtonpost.ltd/');
      expect(['high', 'medium']).toContain(state.verdict.level);
      expect(reasons(state)).toContain('lookalike-domain');
      expect(reasons(state)).not.toContain('listed-domain');
      expect(state.verdict.findings[0]!.impersonates).toBe('washingtonpost.com');
      const badge = await h.badge(tabId);
      // Never "Documented influence operation": no source documents this address.
      expect(badge).toEqual(
        state.verdict.level === 'high'
          ? { text: '!', title: 'Unmask: Imitation of a real outlet' }
          : { text: '?', title: 'Unmask: Likely imitation or secondary report' },
      );
      await page.close();
    });

    it("a clone claiming a campaign outlet's brand on a new domain (Nio Thinker on niothinker-news.com)", async () => {
      const { page, tabId, state } = await judged(h, 'http://niothinker-news.com/');
      expect(state.verdict.level).not.toBe('none');
      const claim = state.verdict.findings.find((f) => f.reason === 'claims-campaign-brand');
      expect(claim?.campaign?.id).toBe('storm-2035');
      expect(claim?.evidence.claimedName?.value).toMatch(/Nio Thinker/);
      expect((await h.badge(tabId)).text).not.toBe('');
      await page.close();
    });

    it('the real outlet (washingtonpost.com): none, no badge text, no warning bar', async () => {
      const { page, tabId, state } = await judged(h, 'http://washingtonpost.com/');
      expect(state.verdict).toMatchObject({ level: 'none', findings: [] });
      expect(await h.badge(tabId)).toEqual({ text: '', title: 'Unmask: Nothing known about this site' });
      expect(await barAnswer(h, tabId)).toBeNull();
      expect(await barsInPage(page)).toBe(0);
      await page.close();
    });

    it('a research article linking to the spoof (dfrlab.org): info only, the link is listed, no warning bar', async () => {
      const { page, tabId, state } = await judged(h, 'http://dfrlab.org/');
      expect(state.verdict.level).toBe('info');
      expect(state.flagged.map((f) => f.href)).toContain('https://washingtonpost.pm/politics/2024/02/01/example-article/');
      expect((await h.badge(tabId)).text).toBe('i');
      expect(await barAnswer(h, tabId)).toBeNull();
      expect(await barsInPage(page)).toBe(0);
      await page.close();
    });

    it('a persona account: its X profile is high; in a feed it is shown (info), and new posts in the feed are read', async () => {
      const profile = await judged(h, 'http://x.com/baranowski21205');
      expect(profile.state.verdict.level).toBe('high');
      expect(reasons(profile.state)).toContain('listed-account');
      await h.waitForBadge(profile.tabId, (b) => b.text === '!');
      await profile.page.close();

      const feed = await judged(h, 'http://x.com/home');
      expect(feed.state.verdict.level).toBe('info');
      expect(reasons(feed.state)).toContain('shows-flagged-account');
      expect(feed.state.flagged.map((f) => f.href)).toContain('http://x.com/baranowski21205');
      expect(feed.state.flagged.map((f) => f.href)).not.toContain('http://x.com/institute_ibi');
      // More posts arrive (as when scrolling): the content script sends the new accounts.
      await feed.page.evaluate(() => (window as any).moreFeed());
      const more = await h.waitForTabState(feed.tabId, (s) => !!s?.flagged.some((f) => f.href === 'http://x.com/institute_ibi'));
      expect(more!.url).toBe('http://x.com/home');
      expect((await h.badge(feed.tabId)).text).toBe('i');
      await feed.page.close();
    });

    it('single-page-app navigation: pushState to a flagged profile changes the verdict and the badge, and back', async () => {
      const { page, tabId } = await judged(h, 'http://x.com/explore');
      await h.waitForBadge(tabId, (b) => b.text === 'i');
      await page.click('a[href="/baranowski21205"]');
      const state = await h.waitForTabState(tabId, (s) => s?.url === 'http://x.com/baranowski21205');
      expect(state!.verdict.level).toBe('high');
      await h.waitForBadge(tabId, (b) => b.text === '!');
      // The content script follows the navigation and sends the new page's signals.
      await h.waitForTabState(tabId, (s) => s?.url === 'http://x.com/baranowski21205' && s.phase === 'page');
      await page.evaluate(() => (window as any).spaNavigate('/home'));
      await h.waitForBadge(tabId, (b) => b.text === 'i');
      await page.close();
    });

    it("a page that forges WXT's content-script-started event (the name is public) cannot stop the content script", async () => {
      const { page, tabId } = await judged(h, 'http://x.com/home?forged-event');
      const extensionId = await h.extEval(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.id as string);
      await page.evaluate((id: string) => {
        const name = `${id}:content:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
        window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
      }, extensionId);
      await page.evaluate(() => (window as any).moreFeed());
      await h.waitForTabState(tabId, (s) => !!s?.flagged.some((f) => f.href === 'http://x.com/institute_ibi'));
      await page.close();
    });

    it("reads a page's text only with the text heuristics on: then a rewriting leftover is a low finding", async () => {
      const setSensitivity = (value: string) =>
        h.extEval(async (v: string) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const got = await api.storage.local.get('settings');
          await api.storage.local.set({ settings: { ...(got.settings ?? {}), sensitivity: v } });
        }, value);
      // Default sensitivity: the page's prose is neither read nor sent.
      const plain = await judged(h, 'http://leftover.example/?default');
      expect(plain.state.checked?.text).toBe(0);
      expect(plain.state.verdict.level).toBe('none');
      await plain.page.close();
      await setSensitivity('text');
      try {
        const page = await h.open('http://leftover.example/?text');
        const tabId = await h.tabIdOf(page);
        const state = (await h.waitForTabState(tabId, (s) => s?.url === 'http://leftover.example/?text' && (s.checked?.text ?? 0) > 0))!;
        expect(state.verdict.level).toBe('low');
        expect(state.verdict.findings.map((f) => f.reason)).toEqual(['rewrite-artifact']);
        await h.waitForBadge(tabId, (b) => b.text !== '');
        await page.close();
      } finally {
        await setSensitivity('lookalikes');
      }
    });

    it('link markers (when turned on) mark flagged links beside them, once, with an accessible label', async () => {
      await h.extEval(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const got = await api.storage.local.get('settings');
        await api.storage.local.set({ settings: { ...(got.settings ?? {}), linkMarkers: true } });
      });
      try {
        const { page, tabId, state } = await judged(h, 'http://dfrlab.org/?markers');
        const flagged = state.flagged.map((f) => f.href);
        expect(flagged).toContain('https://washingtonpost.pm/politics/2024/02/01/example-article/');
        await poll(
          () => page.evaluate(`(${MARKERS_IN_PAGE})().length`),
          (n) => n === flagged.length,
          5000,
          'one marker per flagged link',
        );
        const after = await page.evaluate(`(${MARKERS_IN_PAGE})().map((m) => m.previousElementSibling?.href ?? null)`);
        expect((after as string[]).sort()).toEqual([...flagged].sort());
        // The level in words, inside each marker's closed root (the page reads none of it).
        const labels = await h.inTab(tabId, () =>
          [...document.querySelectorAll('a + span')]
            .map((m) => {
              const root = (m as any).openOrClosedShadowRoot ?? (globalThis as any).chrome?.dom?.openOrClosedShadowRoot?.(m);
              return root?.querySelector('i')?.getAttribute('aria-label') ?? null;
            })
            .filter((l) => l !== null),
        );
        const WORDS = JSON.parse(readFileSync(join(EXTENSION_DIRS[kind], '_locales/en/messages.json'), 'utf8')) as Record<
          string,
          { message: string }
        >;
        const LEVEL_KEY = { high: 'levelHigh', medium: 'levelMedium', low: 'levelLow' } as const;
        expect([...labels].sort()).toEqual(state.flagged.map((f) => WORDS[LEVEL_KEY[f.level]]!.message).sort());
        // Clean links get nothing.
        expect(await page.evaluate(() => document.querySelector('a[href="https://www.washingtonpost.com/"] + span'))).toBeNull();
        await page.screenshot('link-marker-dfrlab');
        await page.close();

        // Posts of a flagged persona account in a feed, including posts that arrive later.
        const feed = await judged(h, 'http://x.com/home?markers');
        await feed.page.waitFor('a[href="/baranowski21205"] + span');
        expect(await feed.page.evaluate(`(${MARKERS_IN_PAGE})().length`)).toBe(1);
        await feed.page.evaluate(() => (window as any).moreFeed());
        await feed.page.waitFor('a[href="/institute_ibi"] + span');
        expect(await feed.page.evaluate(`(${MARKERS_IN_PAGE})().length`)).toBe(2);
        await feed.page.screenshot('link-marker-x-feed');
        await feed.page.close();
      } finally {
        await h.extEval(async () => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const got = await api.storage.local.get('settings');
          await api.storage.local.set({ settings: { ...(got.settings ?? {}), linkMarkers: false } });
        });
      }
    });
  });
}

/**
 * The background stopped midway, as browsers do with idle workers: Chromium's service worker is
 * stopped over CDP; Firefox's event page is suspended by a short idle timeout. Verdicts live in
 * storage.session, so nothing is lost.
 */
function restart(kind: BrowserKind) {
  describe(`background restarted midway, ${kind}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(kind, kind === 'firefox' ? { firefoxBackgroundIdleMs: 1500 } : {});
    });
    afterAll(async () => {
      await h?.close();
    });

    it('verdicts survive, the report still reads them, judging goes on', async () => {
      const { page, tabId, state } = await judged(h, 'http://washingtonpost.pm/?worker-restart');
      await h.stopWorker();
      // The report asks the (new) background, which answers from storage.session.
      const report = await h.openExtensionPage(`report.html?tab=${tabId}`);
      await report.waitFor('[data-level="high"]');
      await report.close();
      // The new worker may judge the tab again when it wakes (same verdict, a later judgedAt): what
      // must survive is everything it knew about the tab.
      const withoutTime = (s: typeof state | null) => (s ? { ...s, judgedAt: 0 } : s);
      expect(withoutTime(await h.tabState(tabId))).toEqual(withoutTime(state));
      await h.waitForBadge(tabId, (b) => b.text === '!');
      // And the new background judges a new navigation.
      await page.goto('http://washingtonpost.com/?after-restart');
      await h.waitForTabState(tabId, (s) => s?.url === 'http://washingtonpost.com/?after-restart' && s.phase === 'page');
      await h.waitForBadge(tabId, (b) => b.text === '');
      expect((await h.tabState(tabId))!.verdict.level).toBe('none');
      await page.close();
    });
  });
}

/**
 * A tab open BEFORE the extension is installed: Chrome injects no content script into it, so only
 * the background's install sweep (from `tab.url`) can judge it. Firefox does inject content
 * scripts into open tabs at install; either way the tab must end up judged.
 */
function beforeInstall(kind: BrowserKind) {
  describe(`tab open before install, ${kind}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(kind, { install: false });
    });
    afterAll(async () => {
      await h?.close();
    });

    it('is judged from its URL at install, and every tab again at an update', async () => {
      const spoof = await h.open('http://washingtonpost.pm/?open-before-install');
      const clean = await h.open('http://washingtonpost.com/?open-before-install');
      await h.installExtension();
      const spoofId = await h.tabIdOf(spoof);
      const cleanId = await h.tabIdOf(clean);
      const state = await h.waitForTabState(spoofId, (s) => s !== null);
      expect(state!.verdict.level).toBe('high');
      await h.waitForBadge(spoofId, (b) => b.text === '!');
      expect((await h.waitForTabState(cleanId, (s) => s !== null))!.verdict.level).toBe('none');
      if (kind === 'chromium') {
        // No content script ran in it: the verdict is from the address alone.
        expect(state!.phase).toBe('url');
        await waitForBar(h, spoofId);
      }
      // A navigation in that tab is judged as usual from then on.
      await spoof.goto('http://dfrlab.org/?after-install');
      await h.waitForTabState(spoofId, (s) => s?.url === 'http://dfrlab.org/?after-install' && s.phase === 'page');
      await h.waitForBadge(spoofId, (b) => b.text === 'i');

      // An update with the tabs open (the build installed over itself): storage.session and the
      // badges are reset, and the install sweep judges every tab again.
      const before = Date.now();
      await h.installExtension();
      const again = await h.waitForTabState(cleanId, (s) => !!s && s.judgedAt >= before);
      expect(again!.verdict.level).toBe('none');
      const research = await h.waitForTabState(spoofId, (s) => !!s && s.judgedAt >= before);
      expect(research!.url).toBe('http://dfrlab.org/?after-install');
      expect(research!.verdict.level).not.toBe('high');
      await clean.goto('http://washingtonpost.pm/?after-update');
      await h.waitForBadge(cleanId, (b) => b.text === '!');
    });
  });
}

describe('content-script budget (every page: 14 kB; with the scripts injected on demand: 20 kB)', () => {
  it.each(['chromium', 'firefox'] as const)(
    '%s build: content-script.js <= 14,000 bytes, + warning.js + markers.js <= 20,000, with no lists, tldts, Preact or polyfill, and nothing that signals the page',
    (kind) => {
      const dir = EXTENSION_DIRS[kind];
      // What every page runs.
      expect(statSync(join(dir, 'content-script.js')).size).toBeLessThanOrEqual(14_000);
      // Compiled when it loads, not function by function (scripts/compile-hints.ts).
      expect(readFileSync(join(dir, 'content-script.js'), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
      const files = [join(dir, 'content-script.js'), join(dir, 'warning.js'), join(dir, 'markers.js')];
      const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
      expect(total).toBeLessThanOrEqual(20_000);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      // The only content script declared in the manifest; warning.js and markers.js are injected on demand.
      expect(manifest.content_scripts.map((c: { js: string[] }) => c.js).flat()).toEqual(['content-script.js']);
      for (const f of files) {
        const code = readFileSync(f, 'utf8');
        expect(code).not.toMatch(/webextension-polyfill|publicsuffix|preact|unmask-index/i);
        // No event or message a page could listen for (WXT's content-script wrapper announces itself
        // with "<extension id>:content:wxt:content-script-started"; extension ids are public).
        expect(code).not.toMatch(/dispatchEvent|postMessage|content-script-started/);
      }
    },
  );
});

suite('chromium');
suite('firefox');
beforeInstall('chromium');
beforeInstall('firefox');
restart('chromium');
restart('firefox');
