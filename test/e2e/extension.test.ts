/**
 * The built extension in real browsers, on served pages under their real host names (see
 * test/fixtures/sites/README.md): the badge, the stored verdicts, the in-page warning bar, the
 * content script on a single-page app and an endless feed, and the worker's life cycle.
 *
 * Every wait is on a marker the extension sets (badge text, stored phase, `data-level` on the
 * report), never on a fixed delay. Where a test shows something did NOT happen (no bar on a clean
 * page), it first waits for the page phase, after which the background would have injected it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/extension/messages';
import { launch, poll, type BrowserKind, type Harness, type TestPage } from './harness';

const BAR = '[data-unmask-warning]';

async function judged(h: Harness, url: string): Promise<{ page: TestPage; tabId: number; state: TabState }> {
  const page = await h.open(url);
  const tabId = await h.tabIdOf(page);
  const state = (await h.waitForTabState(tabId, (s) => s?.url === url && s.phase === 'page'))!;
  return { page, tabId, state };
}

const reasons = (s: TabState) => s.verdict.findings.map((f) => f.reason);

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

      // The warning bar: injected, with the level in words and the headline, in a closed root.
      await page.waitFor(BAR);
      const text = await poll(() => h.closedShadowText(tabId, BAR), (t) => !!t && t.includes(top.summary), 5000, 'bar text');
      expect(text).toContain('Documented influence operation');
      const seenByPage = await page.evaluate(() => {
        const host = document.querySelector('[data-unmask-warning]') as HTMLElement | null;
        return {
          shadowRoot: host?.shadowRoot ?? null,
          text: host?.textContent ?? null,
          fixed: host ? getComputedStyle(host).position : null,
          // Nothing from the bar reaches the page's own DOM APIs.
          inBody: document.body.textContent?.includes('Documented influence operation') ?? false,
        };
      });
      expect(seenByPage).toEqual({ shadowRoot: null, text: '', fixed: 'fixed', inBody: false });
      await page.screenshot('warning-bar-washingtonpost-pm');

      // The report page for this tab (the contract: root data-level, names campaign and actor).
      const report = await h.openExtensionPage(`report.html?tab=${tabId}`);
      await report.waitFor('[data-level="high"]');
      const body = (await report.text('body')) ?? '';
      expect(body).toContain('Doppelganger');
      expect(body).toMatch(/Social Design Agency/);
      await report.close();
      await page.close();
    });

    it('a lookalike that is not in the lists (washingtonpost.ltd): flagged as a lookalike claiming the outlet, not as listed', async () => {
      const { page, tabId, state } = await judged(h, 'http://washingtonpost.ltd/');
      expect(['high', 'medium']).toContain(state.verdict.level);
      expect(reasons(state)).toContain('lookalike-domain');
      expect(reasons(state)).not.toContain('listed-domain');
      expect(state.verdict.findings[0]!.impersonates).toBe('washingtonpost.com');
      const badge = await h.badge(tabId);
      expect(badge.text).toBe(state.verdict.level === 'high' ? '!' : '?');
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
      expect(await page.evaluate(() => document.querySelector('[data-unmask-warning]') === null)).toBe(true);
      await page.close();
    });

    it('a research article linking to the spoof (dfrlab.org): info only, the link is listed, no warning bar', async () => {
      const { page, tabId, state } = await judged(h, 'http://dfrlab.org/');
      expect(state.verdict.level).toBe('info');
      expect(state.flagged.map((f) => f.href)).toContain('https://washingtonpost.pm/politics/2024/02/01/example-article/');
      expect((await h.badge(tabId)).text).toBe('i');
      expect(await page.evaluate(() => document.querySelector('[data-unmask-warning]') === null)).toBe(true);
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

    it('link markers (when turned on) mark flagged links beside them, once, with an accessible label', async () => {
      await h.extEval(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const got = await api.storage.local.get('settings');
        await api.storage.local.set({ settings: { ...(got.settings ?? {}), linkMarkers: true } });
      });
      try {
        const { page, state } = await judged(h, 'http://dfrlab.org/?markers');
        const flagged = state.flagged.map((f) => f.href);
        expect(flagged).toContain('https://washingtonpost.pm/politics/2024/02/01/example-article/');
        await poll(
          () => page.evaluate(() => document.querySelectorAll('[data-unmask-marker]').length),
          (n) => n === flagged.length,
          5000,
          'one marker per flagged link',
        );
        const markers = await page.evaluate(() =>
          [...document.querySelectorAll('[data-unmask-marker]')].map((m) => ({
            label: m.getAttribute('aria-label'),
            after: (m.previousElementSibling as HTMLAnchorElement | null)?.href ?? null,
            text: m.textContent,
          })),
        );
        expect(markers.map((m) => m.after).sort()).toEqual([...flagged].sort());
        for (const m of markers) expect(m.label).toMatch(/^Unmask: .+\. .+/);
        // Clean links get nothing.
        expect(await page.evaluate(() => document.querySelector('a[href="https://www.washingtonpost.com/"] + [data-unmask-marker]'))).toBeNull();
        await page.screenshot('link-marker-dfrlab');
        await page.close();
      } finally {
        await h.extEval(async () => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const got = await api.storage.local.get('settings');
          await api.storage.local.set({ settings: { ...(got.settings ?? {}), linkMarkers: false } });
        });
      }
    });

    if (kind === 'chromium') {
      it('the service worker stopped midway: verdicts survive, the report still reads them, judging goes on', async () => {
        const { page, tabId, state } = await judged(h, 'http://washingtonpost.pm/?worker-restart');
        await h.stopWorker();
        // Waking the worker with a message from an extension page: it answers from storage.session.
        const report = await h.openExtensionPage(`report.html?tab=${tabId}`);
        await report.waitFor('[data-level="high"]');
        await report.close();
        expect(await h.tabState(tabId)).toEqual(state);
        // And a new worker judges a new navigation.
        await page.goto('http://washingtonpost.com/');
        await h.waitForBadge(tabId, (b) => b.text === '');
        expect((await h.tabState(tabId))!.verdict.level).toBe('none');
        await page.close();
      });

    }
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

    it('is judged from its URL at install', async () => {
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
        expect(await spoof.evaluate(() => document.querySelector('[data-unmask-warning]') !== null)).toBe(true);
      }
      // A navigation in that tab is judged as usual from then on.
      await spoof.goto('http://dfrlab.org/?after-install');
      await h.waitForTabState(spoofId, (s) => s?.url === 'http://dfrlab.org/?after-install' && s.phase === 'page');
      await h.waitForBadge(spoofId, (b) => b.text === 'i');
    });
  });
}

suite('chromium');
suite('firefox');
beforeInstall('chromium');
beforeInstall('firefox');
