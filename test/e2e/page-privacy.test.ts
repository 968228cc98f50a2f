/**
 * What a flagged page can learn from its visitor's browser, in the built
 * extension in Chromium and Firefox. Each check runs in the page's own main world, as the site's
 * scripts would:
 *
 * - the warning bar's words: `window.find()` for every word of the bar (level, headline, buttons,
 *   the product's name), a select-all of the document, `innerText`; nothing of it may be found;
 * - product-named marks: every element's attributes and text scanned for "unmask"; the bar's host
 *   and the link markers carry no attribute, no text, and the same element for every level;
 *   no extension URL in the page's resource timings;
 * - the person's own lists: a page linking to a host only their list names (link-probe.example)
 *   gets no marker for it, and that host gets no bar, unless the person opted in;
 * - badge only: a flagged page and a probing page see no change at all, while the badge says it.
 *
 * The own list is the test-only fixture (test/fixtures/custom-lists/test-list.json), imported
 * through the options page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/extension/messages';
import { BAR_HOST, chooseFile, EXTENSION_DIRS, launch, poll, type BrowserKind, type Harness, type TestPage } from './harness';

const LIST_TEXT = readFileSync(join(__dirname, '../fixtures/custom-lists/test-list.json'), 'utf8');
const LIST_NAME = 'Test fixture list';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run in the page: what its own scripts can find of `words` and of the extension. Self-contained
 * (serialised into the page).
 */
function probe(words: string[]) {
  const w = window as unknown as {
    find(s: string, cs: boolean, back: boolean, wrap: boolean, whole: boolean, frames: boolean, dialog: boolean): boolean;
  };
  const found: string[] = [];
  for (const word of words) {
    getSelection()?.removeAllRanges();
    if (w.find(word, false, false, true, false, true, false)) found.push(word);
  }
  getSelection()?.removeAllRanges();
  document.execCommand('selectAll');
  const selected = String(getSelection());
  getSelection()?.removeAllRanges();
  const inner = document.documentElement.innerText;
  const marks: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) if (/unmask/i.test(`${a.name}=${a.value}`)) marks.push(`${el.tagName} ${a.name}=${a.value}`);
  }
  if (/unmask/i.test(document.documentElement.textContent ?? '')) marks.push('text');
  return {
    found,
    selected: words.filter((x) => selected.includes(x)),
    innerText: words.filter((x) => inner.includes(x)),
    marks,
    extensionUrls: performance
      .getEntries()
      .map((e) => e.name)
      .filter((n) => /^(chrome|moz)-extension:/.test(n)),
  };
}
type Probe = ReturnType<typeof probe>;
const NOTHING: Probe = { found: [], selected: [], innerText: [], marks: [], extensionUrls: [] };

/** Words of `sentences` (4+ letters) that the page's own text does not contain, plus the product's name. */
async function wordsToProbe(page: TestPage, sentences: string[]): Promise<string[]> {
  // window.find() ignores case here: so does the comparison with the page's own text.
  const own = ((await page.evaluate(() => document.documentElement.textContent ?? '')) as string).toLowerCase();
  const words = new Set(['Unmask']);
  for (const s of sentences) for (const word of s.match(/[\p{L}\p{N}]{4,}/gu) ?? []) if (!own.includes(word.toLowerCase())) words.add(word);
  return [...words];
}

/** Elements under <html> besides head and body: what a page can find of the bar. */
const extraUnderHtml = (page: TestPage) =>
  page.evaluate(() =>
    [...document.documentElement.children]
      .filter((e) => e.tagName !== 'HEAD' && e.tagName !== 'BODY')
      .map((e) => ({ tag: e.tagName, attributes: e.attributes.length, text: e.textContent })),
  );

const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));

describe.each(browsers)('what a page can see, in %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function setSettings(changes: Record<string, unknown>): Promise<void> {
    await h.extEval(async (c: Record<string, unknown>) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const got = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(got.settings ?? {}), ...c } });
    }, changes);
  }

  async function judged(url: string): Promise<{ page: TestPage; tabId: number; state: TabState }> {
    const page = await h.open(url);
    const tabId = await h.tabIdOf(page);
    const state = (await h.waitForTabState(tabId, (s) => s?.url === url && s.phase === 'page', 15_000))!;
    return { page, tabId, state };
  }

  const barShown = (tabId: number) =>
    h.inTab(tabId, () => (globalThis as any)[Symbol.for('unmask.warning')]?.bar?.host?.isConnected === true);

  it('the warning bar: the person reads it; the page finds none of its words and no product-named mark', async () => {
    const url = 'http://washingtonpost.pm/?page-privacy';
    const { page, tabId, state } = await judged(url);
    await poll(
      () => barShown(tabId),
      (s) => s === true,
      10_000,
      'the warning bar',
    );
    const top = state.verdict.findings[0]!;
    // The person sees the level, the headline and the buttons.
    const text = (await poll(
      () => h.closedShadowText(tabId, BAR_HOST),
      (t) => !!t && t.includes(top.summary),
      5000,
      'bar text',
    ))!;
    expect(text).toContain('Documented influence operation');
    expect(text).toContain('See why');
    const words = await wordsToProbe(page, [text]);
    expect(words).toEqual(expect.arrayContaining(['Unmask', 'Documented', 'influence', 'operation', 'Dismiss']));
    expect(words.length).toBeGreaterThan(8);
    expect(await page.evaluate(probe, words)).toEqual(NOTHING);
    // The page: one element with no attribute and no text, and nothing else.
    expect(await extraUnderHtml(page)).toEqual([{ tag: 'DIV', attributes: 0, text: '' }]);
    await page.close();
  });

  it('link markers: no text, no attribute, no level a page can read; none for links only the own list names', async () => {
    const options = await h.openExtensionPage('options.html');
    await options.waitFor('#custom-lists .custom-lists-empty');
    await chooseFile(options, '#custom-list-file', 'test-list.json', LIST_TEXT);
    await options.waitFor('#custom-list-review');
    await options.click('#custom-list-apply');
    await options.waitFor('#custom-lists li.custom-list');
    await options.close();
    await setSettings({ linkMarkers: true, warningBar: 'medium' });
    try {
      const { page, state } = await judged('http://link-probe.example/');
      await page.waitFor('#listed + span');
      await sleep(1000);
      const words = await wordsToProbe(page, ['Documented influence operation', LIST_NAME, 'Fixture Campaign', '⚠']);
      expect(await page.evaluate(probe, words)).toEqual(NOTHING);
      // The probe page logged every change made to its document: one empty, attribute-less span.
      const changes = await page.evaluate(() => (window as any).__changes);
      expect(changes).toEqual([{ added: 'SPAN', after: 'listed', attributes: [], text: '' }]);
      expect(await page.evaluate(() => document.querySelector('#own + *, #clean + *'))).toBeNull();
      const flagged = new Map(state.flagged.map((f) => [f.href, f]));
      expect(flagged.get('https://washingtonpost.pm/')?.level).toBe('high');
      expect(flagged.get('http://custom-list-only.example/')).toMatchObject({ ownList: true });
      // The own list's host itself: flagged for the person, no bar in the page.
      const own = await judged('http://custom-list-only.example/');
      expect(own.state.verdict.level).toBe('high');
      await h.waitForBadge(own.tabId, (b) => b.text === '!');
      expect(await barShown(own.tabId)).toBe(false);
      expect(await extraUnderHtml(own.page)).toEqual([]);
      await page.close();

      // Opted in (with the options page's warning): the own list's link is marked and its host gets the bar.
      await setSettings({ ownListsOnPages: true });
      await own.page.goto('http://custom-list-only.example/?opted-in');
      await poll(
        () => barShown(own.tabId),
        (s) => s === true,
        10_000,
        'the bar for the own list',
      );
      const ownText = (await h.closedShadowText(own.tabId, BAR_HOST))!;
      expect(ownText).toContain(`From your list “${LIST_NAME}”`);
      expect(await own.page.evaluate(probe, await wordsToProbe(own.page, [ownText]))).toEqual(NOTHING);
      await own.page.close();
      const again = await judged('http://link-probe.example/?opted-in');
      await again.page.waitFor('#own + span');
      await again.page.waitFor('#listed + span');
      // The same element for either level: the page cannot tell them apart.
      const boxes = await again.page.evaluate(() =>
        ['#listed + span', '#own + span'].map((s) => {
          const el = document.querySelector(s) as HTMLElement;
          const r = el.getBoundingClientRect();
          return `${el.outerHTML} ${r.width}x${r.height}`;
        }),
      );
      expect(boxes[0]).toBe(boxes[1]);
      await again.page.close();
    } finally {
      await setSettings({ linkMarkers: false, warningBar: 'high', ownListsOnPages: false });
    }
  });

  it('badge only: the badge says high, and neither a flagged page nor a probing page sees any change', async () => {
    await setSettings({ badgeOnly: true, linkMarkers: true, warningBar: 'medium', ownListsOnPages: true });
    try {
      const { page, tabId } = await judged('http://washingtonpost.pm/?badge-only');
      await h.waitForBadge(tabId, (b) => b.text === '!');
      const probing = await judged('http://link-probe.example/?badge-only');
      expect(probing.state.flagged.length).toBeGreaterThanOrEqual(1);
      await sleep(1500);
      expect(await extraUnderHtml(page)).toEqual([]);
      expect(await barShown(tabId)).toBe(false);
      expect(await probing.page.evaluate(() => (window as any).__changes)).toEqual([]);
      await page.close();
      await probing.page.close();
    } finally {
      await setSettings({ badgeOnly: false, linkMarkers: false, warningBar: 'high', ownListsOnPages: false });
    }
  });
});
