/**
 * Every extension page in Chromium and Firefox, in the light and the dark theme (as a person's
 * system setting would set it: Chromium's `prefers-color-scheme` emulated through the driver;
 * Firefox, whose WebDriver BiDi cannot emulate it, launched once per theme with the preference
 * that overrides the system's, `layout.css.prefers-color-scheme.content-override`):
 *
 * - axe-core (WCAG 2.0/2.1 A and AA, and axe's best practices) reports zero violations on the popup
 *   (flagged, clean, official address, research page), the full report, the options page, the
 *   campaign explorer, the list checker, the training page and the first-run page; each test first
 *   checks that the page really is in the theme asked for (its background);
 * - a flagged popup's first 600 px at 400 px wide hold the level, the headline, why, what to do and
 *   the four actions ("One screen"). 600 px is Chrome's popup cap; Firefox lays the
 *   popup out at the same 400 px width, and the same first screen must hold the same parts;
 * - on a research page the popup names the flagged links;
 * - the explorer's table never breaks a word in the middle.
 *
 * Screenshots of the popup's first screen, the report and the options page in both themes go to
 * test-results/screenshots/ and, from Chromium with `npm run screenshots`, to docs/screenshots/ for
 * the README.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, launch, readmeScreenshot, type BrowserKind, type Harness, type TestPage } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

type Theme = 'light' | 'dark';
type PwPage = import('playwright-core').Page;
type PpPage = import('puppeteer-core').Page;

/** The page's body background in each theme (base.css), to prove the theme really applies. */
const BACKGROUND: Record<Theme, string> = { light: 'rgb(255, 255, 255)', dark: 'rgb(27, 28, 31)' };

/** Firefox's own theme override (0 dark, 1 light), and the system's, in case a build reads that. */
const FIREFOX_THEME_PREFS: Record<Theme, Record<string, number>> = {
  light: { 'layout.css.prefers-color-scheme.content-override': 1, 'ui.systemUsesDarkTheme': 0 },
  dark: { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 },
};

async function prepare(page: TestPage, theme: Theme, width = 1000, height = 800): Promise<void> {
  if (page.kind === 'chromium') {
    const raw = page.raw as PwPage;
    await raw.emulateMedia({ colorScheme: theme });
    await raw.setViewportSize({ width, height });
  } else {
    // The theme is the browser's (its launch preferences); only the size is set here.
    await (page.raw as PpPage).setViewport({ width, height });
  }
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe's violations on the page as it is now (every `details` opened, so folded content is checked too). */
async function axeViolations(page: TestPage): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags: string[]) => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    // axe really ran its rules here (a page it could not read would pass silently).
    if (((result as any).passes?.length ?? 0) < 10) return [{ id: 'axe-did-not-run', impact: null, help: '', nodes: [] }];
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n: any) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  }, TAGS);
}

/** The viewport as test-results/screenshots/<name>-<browser>.png and, from Chromium with `npm run screenshots`, docs/screenshots/<name>.png. */
async function shoot(page: TestPage, name: string): Promise<void> {
  const path = await page.screenshot(name);
  if (page.kind === 'chromium') readmeScreenshot(path, name);
}

type Tabs = Record<'spoof' | 'clean' | 'official' | 'research', number>;

const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));

describe.each(browsers)('extension pages in %s: one screen, axe, both themes', (kind) => {
  /**
   * One browser for the whole file in Chromium (the theme is emulated per page); in Firefox one per
   * theme, the light one closed before the dark one starts (the tests run theme by theme).
   */
  let current: { theme: Theme; h: Harness; tabs: Tabs } | null = null;
  async function session(theme: Theme): Promise<{ h: Harness; tabs: Tabs }> {
    if (current && (kind === 'chromium' || current.theme === theme)) return current;
    await current?.h.close();
    current = null;
    const h = await launch(kind, kind === 'firefox' ? { firefoxPrefs: FIREFOX_THEME_PREFS[theme] } : {});
    const open = async (url: string) => {
      const page = await h.open(url);
      const id = await h.tabIdOf(page);
      await h.waitForTabState(id, (s) => s?.phase === 'page');
      return id;
    };
    const tabs: Tabs = {
      spoof: await open('http://washingtonpost.pm/'),
      clean: await open('http://custom-list-only.example/'),
      official: await open('http://washingtonpost.com/'),
      research: await open('http://dfrlab.org/'),
    };
    current = { theme, h, tabs };
    return current;
  }
  afterAll(async () => {
    await current?.h.close();
  });

  /** The page is in `theme`: its background follows the theme, as the person's setting asks. */
  async function expectTheme(page: TestPage, theme: Theme): Promise<void> {
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg, `${theme} theme`).toBe(BACKGROUND[theme]);
  }

  async function onePopupScreen(theme: Theme): Promise<void> {
    const { h, tabs } = await session(theme);
    const popup = await h.openExtensionPage(`popup.html?tab=${tabs.spoof}`);
    await prepare(popup, theme, 400, 600);
    await popup.waitFor('main#popup[data-level="high"] #open-report');
    await expectTheme(popup, theme);
    const boxes = await popup.evaluate(() => {
      const bottom = (selector: string) => {
        const el = document.querySelector(selector);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.width > 0 ? r.bottom + window.scrollY : null;
      };
      return {
        width: window.innerWidth,
        overflowX: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        level: bottom('.level-banner'),
        headline: bottom('h1.headline'),
        why: bottom('section[aria-labelledby="why-h"]'),
        todo: bottom('section[aria-labelledby="todo-h"]'),
        report: bottom('#open-report'),
        citation: bottom('#copy-citation'),
        mistake: bottom('#report-mistake'),
        trust: bottom('#trust-site'),
      };
    });
    await shoot(popup, `popup-${theme}`);
    expect(boxes.width).toBe(400);
    expect(boxes.overflowX).toBe(false);
    for (const [part, y] of Object.entries(boxes)) {
      if (part === 'width' || part === 'overflowX') continue;
      expect(y, `${part} (${theme})`).not.toBeNull();
      expect(y as number, `${part} ends within 600 px (${theme})`).toBeLessThanOrEqual(600);
    }
    await popup.close();
  }

  const pages: [string, (t: Tabs) => string, string][] = [
    ['popup (flagged)', (t) => `popup.html?tab=${t.spoof}`, 'main#popup[data-level="high"] #open-report'],
    ['popup (clean)', (t) => `popup.html?tab=${t.clean}`, 'main#popup[data-level="none"] h1'],
    ['popup (official address)', (t) => `popup.html?tab=${t.official}`, 'main#popup[data-level="none"] h1'],
    ['popup (research page)', (t) => `popup.html?tab=${t.research}`, 'main#popup[data-level="info"] h1'],
    ['report (flagged)', (t) => `report.html?tab=${t.spoof}`, 'main#report[data-level="high"] h1'],
    ['report (research page)', (t) => `report.html?tab=${t.research}`, 'main#report[data-level="info"] h1'],
    ['options', () => 'options.html', 'main h1'],
    ['explorer', () => 'explorer.html#campaign=doppelganger', 'main h1'],
    ['bulk check', () => 'bulk.html', 'main h1'],
    ['training', () => 'training.html', 'main#training'],
    ['first-run page', () => 'welcome.html', 'main#welcome h1'],
  ];

  // Theme by theme, so that Firefox needs one browser per theme.
  for (const theme of ['light', 'dark'] as const) {
    it(`a flagged popup: level, headline, why, what to do and the four actions in the first 600 px at 400 px wide (${theme})`, async () => {
      await onePopupScreen(theme);
    });

    it.each(pages)(`axe: no violations on %s (${theme})`, async (name, path, marker) => {
      const { h, tabs } = await session(theme);
      const page = await h.openExtensionPage(path(tabs));
      await prepare(page, theme);
      await page.waitFor(marker);
      await expectTheme(page, theme);
      // Let lazy content (the index, the explorer's campaign) arrive.
      await new Promise((r) => setTimeout(r, 400));
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      if (name === 'report (flagged)' || name === 'options') await shoot(page, `${name.split(' ')[0]}-${theme}`);
      await page.close();
    });

    if (theme === 'dark') continue;

    it('on a research page the popup names the flagged links', async () => {
      const { h, tabs } = await session(theme);
      const popup = await h.openExtensionPage(`popup.html?tab=${tabs.research}`);
      await popup.waitFor('main#popup[data-level="info"] .flagged-links li');
      const names = await popup.evaluate(() => [...document.querySelectorAll('.flagged-links li .url')].map((e) => e.textContent));
      expect(names.length).toBeGreaterThan(0);
      expect(names).toContain('washingtonpost.pm');
      await popup.close();
    });

    it('the clean and official popups are neutral, and the official one says whose address it is', async () => {
      const { h, tabs } = await session(theme);
      const official = await h.openExtensionPage(`popup.html?tab=${tabs.official}`);
      await official.waitFor('main#popup[data-level="none"] h1');
      expect(await official.text('h1')).toBe('This is the official address of The Washington Post.');
      const colour = await official.evaluate(() => getComputedStyle(document.querySelector('.level-banner')!).backgroundColor);
      const [r, g, b] = colour.match(/\d+/g)!.map(Number);
      // Neutral: no hue of its own (not the green of a "verified" mark).
      expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(12);
      await official.close();
    });

    it('the explorer never breaks a word in the middle', async () => {
      const { h } = await session(theme);
      const page = await h.openExtensionPage('explorer.html#campaign=doppelganger');
      await prepare(page, theme, 900, 800);
      await page.waitFor('main table td');
      const broken = await page.evaluate(() => {
        const out: string[] = [];
        for (const cell of document.querySelectorAll('main table td, main table th')) {
          const style = getComputedStyle(cell);
          if (style.wordBreak === 'break-all' || style.overflowWrap === 'anywhere')
            out.push(`${cell.tagName}: ${style.wordBreak}/${style.overflowWrap}`);
          // A word wider than its cell is broken (or overflows): each word must fit.
          const range = document.createRange();
          for (const node of cell.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE) continue;
            const text = node.textContent ?? '';
            let i = 0;
            for (const word of text.split(/(\s+)/)) {
              if (word.trim() !== '' && word.length > 1) {
                range.setStart(node, i);
                range.setEnd(node, i + word.length);
                if (range.getClientRects().length > 1) out.push(word);
              }
              i += word.length;
            }
          }
        }
        return out.slice(0, 10);
      });
      expect(broken).toEqual([]);
      await page.close();
    });
  }
});
