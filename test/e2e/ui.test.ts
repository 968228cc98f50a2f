/**
 * The extension's own pages in the real browser, driven by clicks: the popup (opened as a page with
 * `?tab=<id>`, as a popup cannot be opened by automation), the full report and the options page.
 * Screenshots go to test-results/screenshots/ (artifacts) and, from Chromium, to docs/screenshots/
 * for the README.
 *
 * The served spoof is `http://washingtonpost.pm/` (test/fixtures/pages/wapo-clone.html, served there
 * through test/fixtures/sites/aliases.json), listed by Meta and cited by the US DOJ as a Doppelganger clone of The Washington Post.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseFile,
  EXTENSION_DIRS,
  launch,
  poll,
  readmeScreenshot,
  SCREENSHOT_DIR,
  type BrowserKind,
  type Harness,
  type TestPage,
} from './harness';
import { existsSync } from 'node:fs';

const SPOOF = 'http://washingtonpost.pm/';

/** A full-page screenshot of `selector`'s box (the popup is 400 px wide inside a wide tab). */
async function shoot(page: TestPage, name: string, selector: string, width: number): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${page.kind}.png`);
  if (page.kind === 'chromium') {
    const raw = page.raw as import('playwright-core').Page;
    await raw.setViewportSize({ width, height: 800 });
    await raw.locator(selector).first().screenshot({ path });
  } else {
    const raw = page.raw as import('puppeteer-core').Page;
    await raw.setViewport({ width, height: 800 });
    const el = await raw.$(selector);
    if (!el) throw new Error(`${selector} not found for the screenshot`);
    await el.screenshot({ path: path as `${string}.png` });
  }
  return path;
}

async function settingsOf(h: Harness): Promise<unknown> {
  return h.extEval(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.storage.local.get('settings')).settings ?? null;
  });
}

const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));

describe.each(browsers)('extension pages in %s', (kind) => {
  let h: Harness;
  let tabId: number;
  beforeAll(async () => {
    h = await launch(kind);
    const site = await h.open(SPOOF);
    tabId = await h.tabIdOf(site);
    await h.waitForBadge(tabId, (b) => b.text !== '');
    await site.bringToFront();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the popup names the campaign, the actor and the real outlet, and "trust this site" clears the badge (undo restores it)', async () => {
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor('main#popup[data-level="high"]');
    const text = (await popup.text('main#popup'))!;
    expect(text).toContain('This site imitates The Washington Post');
    expect(text).toContain('Doppelganger');
    expect(text).toContain('Social Design Agency');
    expect(await popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '')).toContain(
      'Documented influence operation',
    );
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    // The way out is a real https link to the outlet's official domain.
    const hrefs = await popup.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.href));
    expect(hrefs).toContain('https://washingtonpost.com/');
    for (const href of hrefs) expect(href.startsWith('https://')).toBe(true);
    const shot = await shoot(popup, 'popup', 'main#popup', 400);
    if (kind === 'chromium') readmeScreenshot(shot, 'popup');

    // Keyboard: Tab reaches the actions in reading order, and the focused control shows a ring.
    if (kind === 'chromium') {
      const raw = popup.raw as import('playwright-core').Page;
      const seen: { id: string; text: string; outline: string }[] = [];
      for (let i = 0; i < 40; i++) {
        await raw.keyboard.press('Tab');
        const focused = await raw.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return { id: el.id, text: (el.textContent ?? '').trim().slice(0, 40), outline: `${style.outlineStyle} ${style.outlineWidth}` };
        });
        if (!focused) break;
        seen.push(focused);
        if (focused.id === 'trust-site') break;
      }
      expect(seen[0]!.text).toBe('Settings');
      const ids = seen.map((f) => f.id).filter((id) => ['open-report', 'copy-citation', 'trust-site', 'report-mistake'].includes(id));
      expect(ids).toEqual(['open-report', 'copy-citation', 'report-mistake', 'trust-site']);
      for (const f of seen) expect(f.outline, `focus ring on ${f.id || f.text}`).toMatch(/^solid [1-9]/);
    }

    // A documented site: trusting it asks first, and Cancel changes nothing.
    await popup.click('#trust-site');
    await popup.waitFor('#trust-confirm');
    expect(await popup.text('#trust-confirm')).toContain(
      'Unmask lists washingtonpost.pm as “Documented influence operation”. Trust it anyway?',
    );
    await popup.click('#trust-confirm-cancel');
    expect(await popup.evaluate(() => document.querySelector('#trust-confirm'))).toBeNull();
    expect(((await settingsOf(h)) as { allowlist?: string[] } | null)?.allowlist ?? []).toEqual([]);
    await popup.click('#trust-site');
    await popup.waitFor('#trust-confirm-yes');
    await popup.click('#trust-confirm-yes');
    await h.waitForBadge(tabId, (b) => b.text === '');
    await popup.waitFor('main#popup[data-level="none"][data-trusted="true"]');
    expect(await popup.text('h1')).toBe('You trust washingtonpost.pm.');
    expect(await settingsOf(h)).toMatchObject({ allowlist: ['washingtonpost.pm'] });
    // A popup opened later reads the background's verdict (`none`, with what the lists know kept).
    await h.waitForTabState(tabId, (s) => s?.allowlisted === true);
    const later = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await later.waitFor('main#popup[data-trusted="true"] #untrust-site');
    const trustedText = (await later.text('main#popup'))!;
    expect(trustedText).toContain('Unmask knows it as “Documented influence operation”: This site imitates The Washington Post');
    expect(trustedText).toContain('Documented by Meta and US Department of Justice.');
    expect(await later.text('#untrust-site')).toBe('Stop trusting this site');
    const status = await later.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '');
    expect(status).toContain('You trust this site');
    expect(status).not.toContain('Nothing known');
    await shoot(later, 'popup-trusted', 'main#popup', 400);
    await later.close();

    await popup.click('#untrust-site');
    await h.waitForBadge(tabId, (b) => b.text !== '');
    await popup.waitFor('main#popup[data-level="high"]');
    expect(await settingsOf(h)).toMatchObject({ allowlist: [] });
    await popup.close();
  });

  /** Opens `url`, waits until the page's signals were judged, and opens the popup for that tab. */
  async function popupFor(url: string): Promise<{ popup: TestPage; site: TestPage; level: string; text: string }> {
    const site = await h.open(url);
    const id = await h.tabIdOf(site);
    await h.waitForTabState(id, (s) => s?.phase === 'page');
    const popup = await h.openExtensionPage(`popup.html?tab=${id}`);
    await popup.waitFor('main#popup[data-level]');
    const level = await popup.evaluate(() => document.querySelector('main#popup')!.getAttribute('data-level')!);
    const text = (await popup.text('main#popup'))!;
    return { popup, site, level, text };
  }

  it('the popup for the real outlet is calm and says what was checked', async () => {
    const { popup, site, level, text } = await popupFor('http://washingtonpost.com/');
    expect(level).toBe('none');
    expect(await popup.text('h1')).toBe('This is the official address of The Washington Post.');
    expect(text).toMatch(/The address, against [\d,]+ listed sites and [\d,]+ listed accounts\./);
    expect(text).toMatch(/Lookalikes of [\d,]+ protected news outlets and institutions\./);
    expect(text).toContain('The name the page gives itself:');
    expect(text).toMatch(/Lists version \S+\./);
    expect(await popup.evaluate(() => document.querySelector('#trust-site'))).toBeNull();
    await shoot(popup, 'popup-clean', 'main#popup', 400);
    await popup.close();
    await site.close();
  });

  it('the popup for a research article that links to a spoof never says the article belongs to the operation', async () => {
    const { popup, site, level, text } = await popupFor('http://dfrlab.org/');
    expect(['info', 'none']).toContain(level);
    expect(text).not.toMatch(/belongs to|is run by|imitates/);
    if (level === 'info') {
      expect(await popup.text('h1')).toMatch(/^This page links to .* The page itself is not flagged\.$/);
      const headings = await popup.evaluate(() => [...document.querySelectorAll('h2')].map((h) => h.textContent));
      expect(headings).not.toContain('Who is behind it');
    }
    await shoot(popup, 'popup-research', 'main#popup', 400);
    await popup.close();
    await site.close();
  });

  it('the popup for an unlisted lookalike points to the real outlet', async () => {
    const { popup, site, level, text } = await popupFor('http://washingtonpost.ltd/');
    expect(['high', 'medium']).toContain(level);
    expect(text).toContain('washingtonpost.com');
    const hrefs = await popup.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.href));
    expect(hrefs).toContain('https://washingtonpost.com/');
    // No source lists washingtonpost.ltd: the words must not say "documented".
    expect(await popup.text('[role="status"]')).not.toContain('Documented');
    await shoot(popup, 'popup-lookalike', 'main#popup', 400);
    await popup.close();
    await site.close();
  });

  it('the popup for a listed persona account says who runs it and offers to trust that account, never "x.com"', async () => {
    const { popup, site, level } = await popupFor('http://x.com/baranowski21205');
    expect(level).toBe('high');
    expect(await popup.text('h1')).toMatch(/^This account is run by /);
    expect(await popup.text('.level-subject')).toBe('@baranowski21205 on X');
    expect(await popup.text('#trust-site')).toBe('Trust @baranowski21205 on X');
    await shoot(popup, 'popup-persona', 'main#popup', 400);
    await popup.close();
    await site.close();
  });

  it('a named amplifier on X: its own words, "@name on X", no "who is behind it", no finding about its own posts; trust is that account only', async () => {
    const { popup, site, level, text } = await popupFor('http://x.com/ChayBowes/status/1');
    expect(level).toBe('medium');
    const status = await popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '');
    expect(status).toContain('Named as spreading an operation’s content');
    expect(status).not.toContain('Likely imitation');
    expect(await popup.text('.level-subject')).toBe('@ChayBowes on X');
    expect(await popup.text('h1')).toBe(
      'DIMA (M82 Project) named this account as spreading content of Storm-1516 / CopyCop. It does not say the account is run by the operation.',
    );
    expect(text).toContain('The account @ChayBowes on X is listed by');
    expect(text).not.toContain('Who is behind it');
    expect(text).toContain('The content it spread');
    expect(text).not.toContain('x.com/ChayBowes');
    // The page shows the account's own post and links to its profile: no finding about itself.
    const id = await h.tabIdOf(site);
    const state = await h.tabState(id);
    expect(state!.verdict.findings.map((f) => f.reason)).toEqual(['listed-account']);
    await shoot(popup, 'popup-amplifier', 'main#popup', 400);

    // Not documented as run by the operation (medium): no question; the entry is the account.
    expect(await popup.text('#trust-site')).toBe('Trust @ChayBowes on X');
    await popup.click('#trust-site');
    await popup.waitFor('main#popup[data-trusted="true"]');
    expect(await settingsOf(h)).toMatchObject({ allowlist: ['https://x.com/ChayBowes'] });
    await h.waitForTabState(id, (s) => s?.allowlisted === true);
    await h.waitForBadge(id, (b) => b.text === '');
    // Another listed account on the same platform is still flagged.
    const other = await h.open('http://x.com/baranowski21205');
    const otherId = await h.tabIdOf(other);
    await h.waitForBadge(otherId, (b) => b.text === '!');
    expect((await h.tabState(otherId))!.allowlisted).toBe(false);
    await popup.click('#untrust-site');
    await h.waitForTabState(id, (s) => s?.allowlisted === false);
    expect(await settingsOf(h)).toMatchObject({ allowlist: [] });
    await popup.close();
    await other.close();
    await site.close();
  });

  it('trusting a Telegram post trusts that channel only: the listed channels around it stay flagged', async () => {
    const { popup, site, level } = await popupFor('http://t.me/AussieCossack/12');
    expect(level).toBe('medium');
    expect(await popup.text('.level-subject')).toBe('AussieCossack on Telegram');
    expect(await popup.text('#trust-site')).toBe('Trust AussieCossack on Telegram');
    // The post links to its own channel: no "links to flagged accounts" finding about itself.
    const id = await h.tabIdOf(site);
    expect((await h.tabState(id))!.verdict.findings.map((f) => f.reason)).toEqual(['listed-account']);
    await popup.click('#trust-site');
    await popup.waitFor('main#popup[data-trusted="true"]');
    expect(await settingsOf(h)).toMatchObject({ allowlist: ['https://t.me/AussieCossack'] });
    await h.waitForBadge(id, (b) => b.text === '');
    // Another listed channel, on the same platform: still flagged, not trusted.
    const other = await h.open('http://t.me/BadVolfNews');
    const otherId = await h.tabIdOf(other);
    await h.waitForBadge(otherId, (b) => b.text === '?');
    expect((await h.tabState(otherId))!.allowlisted).toBe(false);
    await popup.click('#untrust-site');
    await h.waitForTabState(id, (s) => s?.allowlisted === false);
    expect(await settingsOf(h)).toMatchObject({ allowlist: [] });
    await popup.close();
    await other.close();
    await site.close();
  });

  it('the popup for a page Unmask may not look at says so plainly', async () => {
    const blankId = await h.extEval(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.tabs.create({ url: 'about:blank', active: false })).id as number;
    });
    const popup = await h.openExtensionPage(`popup.html?tab=${blankId}`);
    await poll(
      () => popup.text('main#popup'),
      (t) => Boolean(t?.includes('Unmask cannot see this page.')),
      5_000,
      'unavailable text',
    );
    expect(await popup.evaluate(() => document.querySelector('main#popup')!.hasAttribute('data-level'))).toBe(false);
    await popup.close();
    await h.extEval(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.tabs.remove(id);
    }, blankId);
  });

  it('the full report carries data-level, every finding with its sources, and the lists version', async () => {
    const report = await h.openExtensionPage(`report.html?tab=${tabId}`);
    await report.waitFor('main#report[data-level="high"]');
    const text = (await report.text('main#report'))!;
    expect(text).toContain('washingtonpost.pm');
    expect(text).toContain('Doppelganger');
    expect(text).toContain('Lists version');
    expect(await report.evaluate(() => document.querySelectorAll('article.finding').length)).toBeGreaterThan(0);
    const shot = await shoot(report, 'report', 'main#report', 1000);
    if (kind === 'chromium') readmeScreenshot(shot, 'report');

    // Print: no buttons, links followed by their address, black on white.
    if (kind === 'chromium') {
      const raw = report.raw as import('playwright-core').Page;
      await raw.emulateMedia({ media: 'print' });
      const printed = await raw.evaluate(() => ({
        buttons: [...document.querySelectorAll('button')].filter((b) => getComputedStyle(b).display !== 'none').length,
        urls: [...document.querySelectorAll('.print-url')].filter((u) => getComputedStyle(u).display !== 'none').length,
        banner: getComputedStyle(document.querySelector('.level-banner')!).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
      expect(printed.buttons).toBe(0);
      expect(printed.urls).toBeGreaterThan(0);
      expect(printed.banner).toBe('rgb(255, 255, 255)');
      expect(printed.text).toBe('rgb(0, 0, 0)');
      await raw.screenshot({ path: join(SCREENSHOT_DIR, 'report-print-chromium.png'), fullPage: true });
      await raw.emulateMedia({ media: 'screen' });
    }
    await report.close();

    // No state for the tab (an id that does not exist): data-level="none" and a message.
    const none = await h.openExtensionPage('report.html?tab=999999');
    await none.waitFor('main#report[data-level="none"]');
    expect(await none.text('main#report')).toContain('Unmask has no verdict for this tab.');
    await none.close();
  });

  it('options: a click changes sensitivity; a bad import file shows a message and changes nothing', async () => {
    const options = await h.openExtensionPage('options.html');
    await options.waitFor('#sensitivity-lookalikes:checked');
    await options.click('#sensitivity-documented');
    await poll(
      () => settingsOf(h),
      (s) => (s as { sensitivity?: string } | null)?.sensitivity === 'documented',
      5_000,
      'sensitivity saved',
    );
    const before = JSON.stringify(await settingsOf(h));

    await chooseFile(options, '#import-file', 'settings.json', '{"sensitivity": "max", "allowlist": ["evil.example"]}');
    await options.waitFor('#import-note [role="alert"]:not(:empty)');
    expect(await options.text('#import-note [role="alert"]')).toContain('"sensitivity" must be one of documented, lookalikes, text');
    await chooseFile(options, '#import-file', 'broken.json', '{ this is not json');
    await poll(
      () => options.text('#import-note [role="alert"]'),
      (t) => t === 'This is not valid JSON. Nothing changed.',
      5_000,
      'invalid-JSON message',
    );
    expect(JSON.stringify(await settingsOf(h))).toBe(before);
    expect(await options.evaluate(() => (document.querySelector('#sensitivity-documented') as HTMLInputElement).checked)).toBe(true);

    // Export downloads the settings as they are stored (Chromium: Playwright sees the download).
    if (kind === 'chromium') {
      const raw = options.raw as import('playwright-core').Page;
      const [download] = await Promise.all([raw.waitForEvent('download'), raw.click('text=Export settings (JSON file)')]);
      expect(download.suggestedFilename()).toBe('unmask-settings.json');
      const { readFileSync } = await import('node:fs');
      expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toEqual(JSON.parse(before));
    }

    // Every form control has a label (an accessible name) on the real page too.
    const unlabelled = await options.evaluate(() =>
      [...document.querySelectorAll('input, textarea, select')].filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    // The filter finds an operation by any of its names (Microsoft's Storm-1099 is Doppelganger);
    // it also keeps the README screenshot to a readable length.
    await options.evaluate(() => {
      const input = document.querySelector('#campaign-filter') as HTMLInputElement;
      input.value = 'storm-1099';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await poll(
      () => options.evaluate(() => [...document.querySelectorAll('.campaign-grid label')].map((l) => l.textContent)),
      (names) => names.length === 1 && names[0] === 'Doppelganger',
      5_000,
      'campaign filter',
    );
    const shot = await shoot(options, 'options', 'main#options', 900);
    if (kind === 'chromium') readmeScreenshot(shot, 'options');
    await options.close();
  });
});

it.skipIf(browsers.length > 0)('needs a build', () => {
  throw new Error('no build in .output/: run `npx wxt build` (and `npx wxt build -b firefox`) first');
});
