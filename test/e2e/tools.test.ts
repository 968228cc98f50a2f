/**
 * The journalist tools in the real browser, on the BUILT extension: "Check a source" in the popup
 * (asks the background, which judges with the real lists), the bulk page (3,000 lines judged in the
 * page in chunks, filtered, exported), and the campaign explorer (search, open a campaign, paging,
 * deep link). Screenshots go to test-results/screenshots/ and, from Chromium, to docs/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIRS, launch, poll, readmeScreenshot, SCREENSHOT_DIR, type BrowserKind, type Harness, type TestPage } from './harness';
import { validateBundle } from '../support/stix-validate';

async function setViewport(page: TestPage, width: number, height: number) {
  if (page.kind === 'chromium') await (page.raw as import('playwright-core').Page).setViewportSize({ width, height });
  else await (page.raw as import('puppeteer-core').Page).setViewport({ width, height });
}

/** A screenshot of one element (or of the viewport when `selector` is null). */
async function shoot(page: TestPage, name: string, selector: string | null, width: number, height = 900): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${page.kind}.png`) as `${string}.png`;
  await setViewport(page, width, height);
  await new Promise((r) => setTimeout(r, 150));
  if (page.kind === 'chromium') {
    const raw = page.raw as import('playwright-core').Page;
    if (selector) await raw.locator(selector).first().screenshot({ path });
    else await raw.screenshot({ path });
  } else {
    const raw = page.raw as import('puppeteer-core').Page;
    if (selector) {
      const el = await raw.$(selector);
      if (!el) throw new Error(`${selector} not found for the screenshot`);
      await el.screenshot({ path });
    } else await raw.screenshot({ path });
  }
  if (page.kind === 'chromium') readmeScreenshot(path, name);
  return path;
}

/** Types into an input as a person does (real key events). */
async function type(page: TestPage, selector: string, text: string) {
  if (page.kind === 'chromium') await (page.raw as import('playwright-core').Page).fill(selector, text);
  else {
    const raw = page.raw as import('puppeteer-core').Page;
    await raw.click(selector, { count: 3 });
    await raw.keyboard.press('Backspace');
    await raw.type(selector, text);
  }
}

/** Sets a large value at once (3,000 lines would take minutes to type) and fires `input`. */
async function paste(page: TestPage, selector: string, text: string) {
  await page.evaluate(
    ({ selector, text }: { selector: string; text: string }) => {
      const el = document.querySelector(selector) as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(el, text);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, text },
  );
}

async function select(page: TestPage, selector: string, value: string) {
  if (page.kind === 'chromium') await (page.raw as import('playwright-core').Page).selectOption(selector, value);
  else await (page.raw as import('puppeteer-core').Page).select(selector, value);
}

/** Keeps every Blob the page turns into a download URL, so a test reads the exported file. */
async function captureExports(page: TestPage) {
  await page.evaluate(() => {
    const w = window as unknown as { __exports: Blob[] };
    w.__exports = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) w.__exports.push(obj);
      return original(obj);
    };
  });
}
const lastExport = (page: TestPage) =>
  page.evaluate(async () => {
    const list = (window as unknown as { __exports: Blob[] }).__exports;
    const blob = list[list.length - 1];
    return blob ? { type: blob.type, text: await blob.text() } : null;
  });

const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));

describe.each(browsers)('journalist tools in %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('popup "Check a source": washingtonpost.pm is high, Doppelganger, with sources; a bare @handle gets a clear error', async () => {
    const site = await h.open('http://washingtonpost.com/');
    const tabId = await h.tabIdOf(site);
    await h.waitForTabState(tabId, (s) => s?.phase === 'page');
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor('main#popup[data-level="none"]');

    await type(popup, '#source-check-input', '@someone');
    await popup.click('#source-check-submit');
    await popup.waitFor('#source-check-result[data-state="error"]');
    expect(await popup.text('#source-check-result [role="alert"]')).toMatch(/Unmask could not check this: .*a handle alone is ambiguous/);

    await type(popup, '#source-check-input', 'washingtonpost.pm');
    await popup.click('#source-check-submit');
    await popup.waitFor('#source-check-result[data-level="high"]');
    const text = (await popup.text('#source-check-result'))!;
    expect(text).toContain('Documented influence operation');
    expect(text).toContain('Doppelganger');
    expect(text).toContain('US Department of Justice');
    // The tab's own verdict is unchanged: checking a source is not visiting it.
    expect(await popup.evaluate(() => document.querySelector('main#popup')!.getAttribute('data-level'))).toBe('none');
    expect((await h.tabState(tabId))?.verdict.level).toBe('none');
    const hrefs = await popup.evaluate(() =>
      [...document.querySelectorAll('#source-check-result a')].map((a) => (a as HTMLAnchorElement).href),
    );
    expect(hrefs.some((href) => href.endsWith('/explorer.html#campaign=doppelganger'))).toBe(true);
    for (const href of hrefs) expect(href.startsWith('https://') || href.startsWith(h.origin)).toBe(true);

    // A clean domain says "nothing known", without calling it trustworthy.
    await type(popup, '#source-check-input', 'https://example.org/some/page');
    await popup.click('#source-check-submit');
    await popup.waitFor('#source-check-result[data-level="none"]');
    expect(await popup.text('#source-check-result')).toContain('does not prove it is trustworthy');

    await type(popup, '#source-check-input', 'washingtonpost.pm');
    await popup.click('#source-check-submit');
    await popup.waitFor('#source-check-result[data-level="high"]');
    await shoot(popup, 'source-check', '#source-check', 400);
    await popup.close();
    await site.close();
  });

  it('popup and report link the campaign to the explorer, which opens on it', async () => {
    const site = await h.open('http://washingtonpost.pm/');
    const tabId = await h.tabIdOf(site);
    await h.waitForBadge(tabId, (b) => b.text !== '');
    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor('main#popup[data-level="high"]');
    // The campaign is folded under "Details and sources", below the actions.
    await popup.click('details.popup-more > summary');
    expect(await popup.text('#explore-campaign')).toBe('Explore Doppelganger in the campaign explorer');
    await popup.click('#explore-campaign');
    const url = `${h.origin}/explorer.html#campaign=doppelganger`;
    await poll(
      () =>
        h.extEval(async (u: string) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return ((await api.tabs.query({})) as { url?: string }[]).some((t) => t.url === u);
        }, url),
      (found) => found,
      10_000,
      'an explorer tab on Doppelganger',
    );
    await popup.close();
    const report = await h.openExtensionPage(`report.html?tab=${tabId}`);
    await report.waitFor('main#report[data-level="high"]');
    const links = await report.evaluate(() => [...document.querySelectorAll('a.explore-link')].map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([url]);
    await report.close();
    await site.close();
  });

  it('bulk page: 3,000 lines judged in chunks with visible progress, filtered, exported as CSV, Markdown and a valid STIX bundle', async () => {
    const page = await h.openExtensionPage('bulk.html');
    await page.waitFor('main#bulk[data-ready="true"]', 30_000);
    const listed = ['washingtonpost.pm', 'spiegel.ltd', 'https://x.com/institute_ibi', 'niothinker.com', 'rrn.media'];
    const lines = [
      "# a journalist's list",
      ...listed,
      '@ambiguous',
      '=cmd|calc',
      ...Array.from({ length: 2993 }, (_, i) => `local-news-${i}.org`),
    ];
    expect(lines.filter((l) => !l.startsWith('#'))).toHaveLength(3000);
    await paste(page, '#bulk-input', lines.join('\n'));
    await poll(
      () => page.text('#bulk-parsed'),
      (t) => t?.includes('3,000 addresses') ?? false,
      5000,
      'parsed count',
    );

    // Records every progress text the page shows while it works.
    await page.evaluate(() => {
      const w = window as unknown as { __progress: string[] };
      w.__progress = [];
      new MutationObserver(() => {
        const label = document.querySelector('#bulk-progress-label')?.textContent;
        if (label && w.__progress[w.__progress.length - 1] !== label) w.__progress.push(label);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.click('#bulk-start');
    await page.waitFor('main#bulk[data-status="done"]', 60_000);
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress.some((p) => /^Checking: [\d,]+ of 3,000$/.test(p) && !p.startsWith('Checking: 3,000'))).toBe(true);
    expect(progress[progress.length - 1]).toMatch(/^All 3,000 checked in [\d.]+ s\.$/);
    expect(await page.evaluate(() => (document.querySelector('#bulk-progress') as HTMLProgressElement).value)).toBe(3000);
    expect(await page.text('#bulk-shown')).toBe('3,000 of 3,000 rows shown.');
    // The table shows one page (200 rows), never all 3,000.
    expect(await page.evaluate(() => document.querySelectorAll('#bulk-table tbody tr').length)).toBe(200);

    await select(page, '#bulk-filter-level', 'high');
    await poll(
      () => page.evaluate(() => [...document.querySelectorAll('#bulk-table tbody tr')].map((r) => r.getAttribute('data-level'))),
      (levels) => levels.length > 0 && levels.length < 10 && levels.every((l) => l === 'high'),
      5000,
      'only high rows',
    );
    const highTargets = await page.evaluate(() =>
      [...document.querySelectorAll('#bulk-table tbody tr code.target')].map((c) => c.textContent),
    );
    expect(highTargets).toContain('washingtonpost.pm');
    expect(highTargets).toContain('https://x.com/institute_ibi');

    await select(page, '#bulk-filter-level', 'error');
    await poll(
      () => page.evaluate(() => [...document.querySelectorAll('#bulk-table tbody tr code.target')].map((c) => c.textContent)),
      (t) => t.length === 2,
      5000,
      'two error rows',
    );

    await select(page, '#bulk-filter-level', 'flagged');
    await type(page, '#bulk-filter-text', 'washingtonpost');
    await poll(
      () => page.evaluate(() => document.querySelectorAll('#bulk-table tbody tr').length),
      (n) => n === 1,
      5000,
      'one row for washingtonpost',
    );
    await type(page, '#bulk-filter-text', '');

    // Sorting by level puts high first.
    await select(page, '#bulk-filter-level', 'all');
    await page.click('button[data-sort="level"]');
    await poll(
      () => page.evaluate(() => document.querySelector('#bulk-table tbody tr')?.getAttribute('data-level')),
      (l) => l === 'high',
      5000,
      'high first',
    );

    await select(page, '#bulk-filter-level', 'flagged');
    await captureExports(page);
    await page.click('#export-csv');
    const csv = (await lastExport(page))!;
    expect(csv.type).toContain('text/csv');
    const csvLines = csv.text.split('\r\n');
    expect(csvLines[0]).toBe('target,level,campaign,actor,reason,sources,source_urls,line,context');
    expect(csvLines.find((l) => l.startsWith('washingtonpost.pm,high,Doppelganger,'))).toBeTruthy();
    expect(csvLines.some((l) => l.startsWith('local-news-'))).toBe(false);

    await page.click('#export-markdown');
    const md = (await lastExport(page))!.text;
    expect(md).toContain('| `washingtonpost.pm` | high | Doppelganger |');
    expect(md).toMatch(/\n1\. [^\n]+, "[^\n]+"[^\n]*\. <https:\/\/[^>]+>/);

    await page.click('#export-stix');
    const stix = JSON.parse((await lastExport(page))!.text);
    expect(validateBundle(stix)).toEqual([]);
    expect(stix.objects.some((o: { pattern?: string }) => o.pattern === "[domain-name:value = 'washingtonpost.pm']")).toBe(true);

    // The injected "=cmd|calc" line is guarded in the full CSV.
    await select(page, '#bulk-filter-level', 'all');
    await page.click('#export-csv');
    const full = (await lastExport(page))!.text.split('\r\n');
    expect(full.find((l) => l.includes('cmd|calc'))).toMatch(/^"?'=cmd\|calc/);

    await select(page, '#bulk-filter-level', 'flagged');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'bulk', 'main#bulk', 1280);
    await page.close();
  });

  it('bulk page: a CSV file with a BOM, a header and quoted fields is read from its URL column', async () => {
    const page = await h.openExtensionPage('bulk.html');
    await page.waitFor('main#bulk[data-ready="true"]', 30_000);
    const csv = '\uFEFFid,"Note, free text",URL\r\n1,"said ""hi""",washingtonpost.pm\r\n2,"two\nlines",https://example.org/\r\n';
    const file = join(mkdtempSync(join(tmpdir(), 'unmask-bulk-')), 'list.csv');
    writeFileSync(file, csv);
    if (page.kind === 'chromium') await (page.raw as import('playwright-core').Page).setInputFiles('#bulk-file', file);
    else
      await (
        (await (page.raw as import('puppeteer-core').Page).$('#bulk-file')) as import('puppeteer-core').ElementHandle<HTMLInputElement>
      ).uploadFile(file);
    await poll(
      () => page.text('#bulk-parsed'),
      (t) => t === '2 addresses from the column “URL”.',
      5000,
      'CSV parsed',
    );
    await page.click('#bulk-start');
    await page.waitFor('main#bulk[data-status="done"]', 30_000);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('#bulk-table tbody tr')].map((r) => [
        r.querySelector('code')!.textContent,
        r.getAttribute('data-level'),
      ]),
    );
    expect(rows).toEqual([
      ['washingtonpost.pm', 'high'],
      ['https://example.org/', 'none'],
    ]);

    // A file dropped on the text area replaces the list (a drop event carrying a real File).
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['spiegel.ltd\nrrn.media\n'], 'dropped.txt', { type: 'text/plain' }));
      document.querySelector('#bulk-input')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await poll(
      () => page.evaluate(() => (document.querySelector('#bulk-input') as HTMLTextAreaElement).value),
      (v) => v === 'spiegel.ltd\nrrn.media\n',
      5000,
      'dropped file text',
    );
    await poll(
      () => page.text('#bulk-parsed'),
      (t) => t === '2 addresses.',
      5000,
      'dropped file parsed',
    );
    await page.close();
  });

  it("bulk page: a pathological CSV is parsed off the page's thread; text over the limit is refused with a message", async () => {
    const page = await h.openExtensionPage('bulk.html');
    await page.waitFor('main#bulk[data-ready="true"]', 30_000);
    // One line of two million commas (the page used to parse it on its own thread, for seconds).
    const { ours, browser } = await page.evaluate(async () => {
      const text = `url,note\nwashingtonpost.pm,${','.repeat(2_000_000)}\nrrn.media,x\n`;
      /** The longest time the page's thread was held within 1.5 s after `start` runs. */
      const longestBlock = (start: () => void) =>
        new Promise<number>((resolve) => {
          start();
          const started = performance.now();
          let longest = 0;
          let last = started;
          const tick = () => {
            const now = performance.now();
            longest = Math.max(longest, now - last);
            last = now;
            if (now - started > 1500) resolve(longest);
            else setTimeout(tick, 10);
          };
          setTimeout(tick, 10);
        });
      // What the browser itself costs: the same text in a plain textarea of its own (laying out two
      // million characters), which no extension code can avoid once a person pastes them.
      const plain = document.createElement('textarea');
      plain.rows = 8;
      plain.setAttribute('wrap', 'off');
      document.body.append(plain);
      const browser = await longestBlock(() => {
        plain.value = text;
      });
      plain.remove();
      // Record what the page hands to a worker: the text itself must go there to be parsed.
      const posted: number[] = ((window as unknown as { __posted: number[] }).__posted = []);
      const send = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        posted.push(String((message as { text?: string })?.text ?? '').length);
        return (send as (...a: unknown[]) => void).call(this, message, ...rest);
      } as typeof send;
      const area = document.querySelector('#bulk-input') as HTMLTextAreaElement;
      const ours = await longestBlock(() => {
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
      return { ours, browser };
    });
    // Parsed on the page's thread this took seconds on top of the browser's own layout; in the
    // worker the page is held no longer than a plain textarea holding the same text, give or take.
    expect(ours).toBeLessThan(browser + 1000);
    await poll(
      () => page.text('#bulk-parsed'),
      (t) => t === '2 addresses from the column “url”.',
      15_000,
      'pathological CSV parsed',
    );
    expect(await page.evaluate(() => (window as unknown as { __posted: number[] }).__posted)).toContain(2_000_040);
    await page.evaluate(() => {
      const area = document.querySelector('#bulk-input') as HTMLTextAreaElement;
      area.value = 'x'.repeat(5_000_001);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await poll(
      () => page.text('p.error[role="alert"]'),
      (t) => !!t?.startsWith('This text is longer than 5 million characters'),
      5000,
      'too-large message',
    );
    expect(await page.evaluate(() => (document.querySelector('#bulk-start') as HTMLButtonElement).disabled)).toBe(true);
    await page.close();
  });

  it('bulk page: Cancel stops a long run part-way', async () => {
    const page = await h.openExtensionPage('bulk.html');
    await page.waitFor('main#bulk[data-ready="true"]', 30_000);
    await paste(page, '#bulk-input', Array.from({ length: 40_000 }, (_, i) => `https://site-${i}.org/a/b?c=${i}`).join('\n'));
    await poll(
      () => page.text('#bulk-parsed'),
      (t) => t?.includes('40,000 addresses') ?? false,
      10_000,
      'parsed count',
    );
    await page.click('#bulk-start');
    await page.waitFor('#bulk-cancel').catch(async (e) => {
      throw new Error(`${String(e)}; status ${await page.text('#bulk-progress-label')}`);
    });
    await page.click('#bulk-cancel');
    await page.waitFor('main#bulk[data-status="done"]', 30_000);
    expect(await page.text('#bulk-progress-label')).toMatch(/^Cancelled: [\d,]+ of 40,000 checked\.$/);
    await page.close();
  });

  it('explorer: search "CopyCop", open Storm-1516; Doppelganger pages its thousands of indicators 100 at a time; deep links work', async () => {
    const page = await h.openExtensionPage('explorer.html');
    await page.waitFor('main#explorer[data-ready="true"]', 30_000);
    await type(page, '#explorer-search', 'CopyCop');
    await page.waitFor('#search-results li[data-kind="campaign"] a');
    expect(await page.text('#search-results li a')).toContain('Storm-1516');
    await page.click('#search-results li[data-kind="campaign"] a');
    await page.waitFor('#campaign-view[data-campaign="storm-1516"]');
    expect(await page.evaluate(() => location.hash)).toBe('#campaign=storm-1516');
    const view = (await page.text('#campaign-view'))!;
    expect(view).toContain('CopyCop');
    expect(view).toContain('Reports by date');
    expect(view).toContain('CC BY-SA 4.0');
    expect(await page.evaluate(() => document.querySelectorAll('#timeline li').length)).toBeGreaterThan(0);

    // A brand name finds the outlet, and the result opens its campaign filtered to it.
    await type(page, '#explorer-search', 'Nio Thinker');
    await poll(
      () => page.text('#search-results li a'),
      (t) => t?.includes('niothinker.com') ?? false,
      5000,
      'brand hit',
    );
    await page.click('#search-results li a');
    await page.waitFor('#campaign-view[data-campaign="storm-2035"]');
    await poll(
      () => page.evaluate(() => [...document.querySelectorAll('.indicator-table tbody code')].map((c) => c.textContent)),
      (v) => v.length === 1 && v[0] === 'niothinker.com',
      5000,
      'filtered to niothinker.com',
    );

    // Deep link to Doppelganger: 100 indicator rows a page, and paging moves on.
    await page.evaluate(() => (location.hash = '#campaign=doppelganger'));
    await page.waitFor('#campaign-view[data-campaign="doppelganger"]');
    const rows = () => page.evaluate(() => [...document.querySelectorAll('.indicator-table tbody code')].map((c) => c.textContent));
    const first = await poll(rows, (r) => r.length === 100, 5000, 'a page of 100 indicators');
    expect(await page.text('.pager span')).toMatch(/^Page 1 of \d{2,}$/);
    await page.click('#page-next');
    await poll(
      () => page.text('.pager span'),
      (t) => t?.startsWith('Page 2 of') ?? false,
      5000,
      'page 2',
    );
    const second = await rows();
    expect(second).toHaveLength(100);
    expect(second[0]).not.toBe(first[0]);
    const counts = await page.text('#role-counts');
    expect(counts).toContain('Imitations of real outlets');

    // "Check a source" in the explorer asks the background, as the popup does.
    await type(page, '#source-check-input', 'washingtonpost.pm');
    await page.click('#source-check-submit');
    await page.waitFor('#source-check-result[data-level="high"]');
    expect(await page.text('#source-check-result')).toContain('Doppelganger');

    // An unknown id says so and falls back to the overview.
    await page.evaluate(() => (location.hash = '#campaign=no-such-campaign'));
    await poll(
      () => page.text('.explorer-main [role="alert"]'),
      (t) => t === 'This operation or actor is not in the lists.',
      5000,
      'not found',
    );

    await page.evaluate(() => (location.hash = '#campaign=storm-1516'));
    await page.waitFor('#campaign-view[data-campaign="storm-1516"]');
    await type(page, '#explorer-search', 'CopyCop');
    await page.waitFor('#search-results li a');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'explorer', null, 1280, 900);
    await page.close();

    // The options page links to both tools.
    const options = await h.openExtensionPage('options.html');
    await options.waitFor('#open-explorer');
    const links = await options.evaluate(() =>
      [...document.querySelectorAll('#open-explorer, #open-bulk')].map((a) => (a as HTMLAnchorElement).href),
    );
    expect(links).toEqual([`${h.origin}/explorer.html`, `${h.origin}/bulk.html`]);
    await options.close();
  });

  it('explorer "copy citation" copies the campaign as plain text and says "Copied"', async () => {
    const page = await h.openExtensionPage('explorer.html#campaign=doppelganger');
    await page.waitFor('#campaign-view[data-campaign="doppelganger"]', 30_000);
    // Reads what was written through the real clipboard API call.
    await page.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      const real = navigator.clipboard?.writeText?.bind(navigator.clipboard);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => {
            w.__copied.push(text);
            if (real) await real(text).catch(() => undefined);
          },
        },
      });
    });
    await page.click('#copy-campaign-citation');
    await poll(
      () => page.text('#campaign-view .copy-status'),
      (t) => t === 'Copied',
      5000,
      '"Copied"',
    );
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied[0]);
    expect(copied).toMatch(/^Doppelganger, also known as [^\n]*Storm-1099/);
    expect(copied).toContain('Attributed to Social Design Agency by ');
    expect(copied).toMatch(/\n- [^\n]+ https:\/\//);
    expect(copied).toContain(`Listed in Unmask: ${h.origin}/explorer.html#campaign=doppelganger`);
    await page.close();
  });
});
