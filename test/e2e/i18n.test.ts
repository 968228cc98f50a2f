/**
 * The extension's pages in German and Ukrainian (issue 16: the longest strings, and Cyrillic), in
 * both real browsers: the popup and the full report for a flagged clone (washingtonpost.pm), the
 * popup for the real outlet, and the options page. At 400 px wide nothing overflows (the body and
 * every button fit their box), `<html lang>` says the language, and no English sentence of the
 * catalogue is left on the page. Screenshots go to test-results/screenshots/i18n-<lang>-*.
 *
 * The browser is started in the language (Chromium `--lang`, Firefox `intl.locale.requested`).
 * A browser speaks it to the extension only when its own translation is installed (Debian:
 * chromium-l10n, firefox-esr-l10n-<lang>); when it is not, the browser stays in English and the
 * test chooses the language in Unmask's options instead, which is the other way in: the pages are
 * then read from the same _locales catalogue by src/ui/i18n.ts. The test says which way it took.
 *
 * What is not checked here: the engine's finding sentences (`.finding-summary`) are composed by
 * src/core/summaries.ts and translated there; report titles, publishers and DISARM technique names
 * are names. Only the body and the buttons are measured: a scrollbar (Firefox) narrows the root
 * of a page sized for a 400 px popup, which the browser's popup window does not have.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, launch, SCREENSHOT_DIR, type BrowserKind, type Harness, type TestPage } from './harness';

type Catalogue = Record<string, { message: string }>;
const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(join(EXTENSION_DIRS.chromium, '..', '..', 'public/_locales', lang, 'messages.json'), 'utf8')) as Catalogue;
const EN = catalogue('en');

/**
 * The English catalogue's sentences, cut at their placeholders: every piece of two or more words
 * that is not also in the translation (the words a language spells the same, allowlisted in
 * test/unit/i18n/locales.test.ts) must not be on a translated page.
 */
function englishPieces(translation: Catalogue): string[] {
  const translated = Object.values(translation).map((m) => m.message);
  const pieces = new Set<string>();
  for (const { message } of Object.values(EN)) {
    for (const raw of message.split(/\$[1-9$]/)) {
      const piece = raw.replace(/^[\s.,:;()“”"']+|[\s.,:;()“”"']+$/g, '');
      if (piece.length < 10 || piece.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 2) continue;
      if (translated.some((m) => m.includes(piece))) continue;
      pieces.add(piece);
    }
  }
  return [...pieces];
}

const SPOOF = 'http://washingtonpost.pm/';
const REAL = 'http://washingtonpost.com/';
const WIDTH = 400;

async function setWidth(page: TestPage, width: number): Promise<void> {
  if (page.kind === 'chromium') await (page.raw as import('playwright-core').Page).setViewportSize({ width, height: 800 });
  else await (page.raw as import('puppeteer-core').Page).setViewport({ width, height: 800 });
}

async function shoot(page: TestPage, name: string, selector: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${page.kind}.png`);
  if (page.kind === 'chromium') {
    await (page.raw as import('playwright-core').Page).locator(selector).first().screenshot({ path });
  } else {
    const el = await (page.raw as import('puppeteer-core').Page).$(selector);
    if (!el) throw new Error(`${selector} not found for the screenshot`);
    await el.screenshot({ path: path as `${string}.png` });
  }
}

interface PageFacts {
  lang: string;
  /** Elements wider than their box at 400 px: the body, or a button (with its text). */
  overflowing: string[];
  /** The page's text without the engine's finding sentences. */
  text: string;
}

async function factsOf(page: TestPage): Promise<PageFacts> {
  await setWidth(page, WIDTH);
  // Two frames: layout settles at the new width before anything is measured.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const overflowing: string[] = [];
    const body = document.body;
    if (body.scrollWidth > body.clientWidth) overflowing.push(`body ${body.scrollWidth} > ${body.clientWidth}`);
    for (const button of document.querySelectorAll<HTMLElement>('button, select, .button, a[role="button"]')) {
      if (button.offsetParent === null) continue;
      if (button.scrollWidth > button.clientWidth + 1)
        overflowing.push(
          `${button.tagName.toLowerCase()} “${(button.textContent ?? '').trim()}” ${button.scrollWidth} > ${button.clientWidth}`,
        );
    }
    const copy = document.body.cloneNode(true) as HTMLElement;
    // Data, not Unmask's words: report titles, publishers and DISARM's technique names are names.
    for (const node of copy.querySelectorAll(
      '.finding-summary, .source-title, .source-publisher, .tactic-name, .tactic-note, script, style',
    ))
      node.remove();
    // Block boundaries become spaces, so that two controls' words never read as one sentence.
    for (const node of copy.querySelectorAll('*')) node.append(' ');
    return { lang: document.documentElement.lang, overflowing, text: (copy.textContent ?? '').replace(/\s+/g, ' ') };
  });
}

const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));

describe.each(browsers)('translated pages in %s', (kind) => {
  describe.each(['de', 'uk'])('%s', (lang) => {
    const own = catalogue(lang);
    const pieces = englishPieces(own);
    let h: Harness;
    let way: 'browser language' | 'options';
    let spoofTab: number;

    function expectSpoken(facts: PageFacts, page: string): void {
      expect(facts.lang, `${page}: <html lang>`).toBe(lang);
      expect(facts.overflowing, `${page}: wider than its box at ${WIDTH} px`).toEqual([]);
      expect(
        pieces.filter((piece) => facts.text.includes(piece)),
        `${page}: English left`,
      ).toEqual([]);
    }

    beforeAll(async () => {
      h = await launch(kind, { locale: lang });
      const spoken = await h.extEval(() => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.i18n.getMessage('uiLang') as string;
      });
      if (spoken === lang) {
        way = 'browser language';
      } else {
        // The browser has no translation of its own for this language: Unmask's options choose it.
        way = 'options';
        await h.extEval(async (language: string) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          await api.storage.local.set({ settings: { version: 1, language } });
        }, lang);
      }
      const site = await h.open(SPOOF);
      spoofTab = await h.tabIdOf(site);
      await h.waitForTabState(spoofTab, (s) => s?.phase === 'page');
      await h.waitForBadge(spoofTab, (b) => b.text === '!');
    }, 120_000);
    afterAll(async () => {
      await h?.close();
    });

    it('the popup for a flagged clone speaks the language and fits 400 px', async () => {
      const popup = await h.openExtensionPage(`popup.html?tab=${spoofTab}`);
      await popup.waitFor('main#popup[data-level="high"]');
      const facts = await factsOf(popup);
      expect(facts.text).toContain(own.levelHigh!.message);
      expect(facts.text).toContain('Doppelganger');
      expectSpoken(facts, `popup (${way})`);
      await shoot(popup, `i18n-${lang}-popup`, 'main#popup');
      await popup.close();
    });

    it('the full report speaks the language and fits 400 px', async () => {
      const report = await h.openExtensionPage(`report.html?tab=${spoofTab}`);
      await report.waitFor('main#report[data-level="high"]');
      const facts = await factsOf(report);
      expect(facts.text).toContain(own.reportTitle!.message);
      // The operation's summary comes from lists/i18n/ in the page's language.
      const campaigns = JSON.parse(
        readFileSync(join(EXTENSION_DIRS.chromium, '..', '..', 'lists/i18n', `campaigns.${lang}.json`), 'utf8'),
      ) as Record<string, { summary: string } | 'en'>;
      const doppelganger = campaigns.doppelganger;
      expect(typeof doppelganger === 'object' && facts.text.includes(doppelganger.summary)).toBe(true);
      expectSpoken(facts, `report (${way})`);
      await shoot(report, `i18n-${lang}-report`, 'main#report');
      await report.close();
    });

    it('the popup for the real outlet speaks the language and fits 400 px', async () => {
      const site = await h.open(REAL);
      const id = await h.tabIdOf(site);
      await h.waitForTabState(id, (s) => s?.phase === 'page');
      const popup = await h.openExtensionPage(`popup.html?tab=${id}`);
      await popup.waitFor('main#popup[data-level="none"]');
      const facts = await factsOf(popup);
      expect(facts.text).toContain(own.cleanOfficial!.message.replace('$1', 'The Washington Post'));
      expectSpoken(facts, `clean popup (${way})`);
      await shoot(popup, `i18n-${lang}-popup-clean`, 'main#popup');
      await popup.close();
      await site.close();
    });

    it('the options page speaks the language, offers the language choice and fits 400 px', async () => {
      const options = await h.openExtensionPage('options.html');
      await options.waitFor('main#options select#language');
      const facts = await factsOf(options);
      expect(facts.text).toContain(own.optionsTitle!.message);
      expect(await options.evaluate(() => (document.querySelector('select#language') as HTMLSelectElement).value)).toBe(
        way === 'options' ? lang : 'auto',
      );
      expectSpoken(facts, `options (${way})`);
      await shoot(options, `i18n-${lang}-options`, 'main#options');
      await options.close();
    });
  });
});
