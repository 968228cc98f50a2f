/**
 * Training mode in the real browser: off by default (the training page says so and nothing is
 * judged); switched on with a click in the options, which then link to the demos; the clone demo,
 * opened from the index, gets the badge of washingtonpost.pm and the popup and report explain it as
 * the real thing, with the "Training example" note; the phishing demo's form is dead; switching
 * training mode off forgets the demo's verdict.
 *
 * Screenshot: test-results/screenshots/training-<browser>.png, and docs/screenshots/training.png
 * from Chromium only with UPDATE_SCREENSHOTS=1 (`npm run screenshots`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_DEMOS } from '../../src/training/demos';
import { EXTENSION_DIRS, launch, poll, readmeScreenshot, type BrowserKind, type Harness, type TestPage } from './harness';

async function settingsOf(h: Harness): Promise<{ trainingMode?: boolean } | null> {
  return h.extEval(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.storage.local.get('settings')).settings ?? null;
  });
}

async function setViewport(page: TestPage, width: number, height: number): Promise<void> {
  if (page.kind === 'chromium') await (page.raw as import('playwright-core').Page).setViewportSize({ width, height });
  else await (page.raw as import('puppeteer-core').Page).setViewport({ width, height });
}

/** The tab at `url` (Firefox's driver may still report a page's old URL right after a click navigated it). */
async function tabAt(h: Harness, url: string): Promise<number> {
  const ids = await poll(
    () =>
      h.extEval(async (u: string) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const tabs = await api.tabs.query({});
        return tabs.filter((t: { url?: string }) => t.url === u).map((t: { id: number }) => t.id) as number[];
      }, url),
    (found) => found.length === 1,
    5_000,
    `one tab at ${url}`,
  );
  return ids[0]!;
}

const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));

describe.each(browsers)('training mode in %s', (kind) => {
  let h: Harness;
  let options: TestPage;
  let demoTab: number;
  let demo: TestPage;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is off by default: the training page says so, and a demo is not judged', async () => {
    const page = await h.openExtensionPage('training.html?demo=clone');
    await page.waitFor('main#training[data-view="off"]');
    expect(await page.text('main#training')).toContain('Training mode is off');
    const id = await h.tabIdOf(page);
    // Give the background time to act, had it accepted anything.
    await new Promise((r) => setTimeout(r, 500));
    expect(await h.tabState(id)).toBeNull();
    expect((await h.badge(id)).text).toBe('');
    await page.close();
  });

  it('a click in the options turns it on, and the options then link to the demos', async () => {
    options = await h.openExtensionPage('options.html');
    await options.waitFor('#training-mode:not(:checked)');
    await options.click('#training-mode');
    await poll(
      () => settingsOf(h),
      (s) => s?.trainingMode === true,
      5_000,
      'training mode saved',
    );
    await options.waitFor('a#open-training[href="training.html"]');
  });

  it('the clone demo, opened from the index, gets the badge and the popup of washingtonpost.pm, marked as a training example', async () => {
    demo = await h.openExtensionPage('training.html');
    await demo.waitFor('#script-clone .source-list a');
    const index = (await demo.text('main#training'))!;
    expect(index).toContain('What to point out');
    expect(index).toContain('Meta');
    await demo.click('#open-demo-clone');
    await demo.waitFor('main#training[data-demo="clone"][data-level="high"]');
    expect(await demo.text('.training-banner')).toContain('Training example — not a real site');
    demoTab = await tabAt(h, `${h.origin}/training.html?demo=clone`);
    const badge = await h.waitForBadge(demoTab, (b) => b.text === '!');
    expect(badge.title).toContain('Documented influence operation');
    const state = await h.tabState(demoTab);
    expect(state?.training).toEqual({ demo: 'clone' });
    expect(state?.url).toBe(TRAINING_DEMOS.clone.url);

    await setViewport(demo, 1000, 720);
    const shot = await demo.screenshot('training');
    if (kind === 'chromium') readmeScreenshot(shot, 'training');

    const popup = await h.openExtensionPage(`popup.html?tab=${demoTab}`);
    await popup.waitFor('main#popup[data-level="high"] #training-note');
    const text = (await popup.text('main#popup'))!;
    expect(text).toContain('This site imitates The Washington Post');
    expect(text).toContain('Doppelganger');
    expect(await popup.text('#training-note')).toContain('Training example');
    expect(await popup.text('#training-note')).toContain('washingtonpost.pm');
    expect(await popup.evaluate(() => document.querySelector('#trust-site'))).toBeNull();
    await popup.close();

    const report = await h.openExtensionPage(`report.html?tab=${demoTab}`);
    await report.waitFor('main#report[data-level="high"] #training-note');
    expect(await report.text('main#report')).toContain('Doppelganger');
    await report.close();
  });

  it('the phishing demo: low (reported long ago), and its sign-in form is dead', async () => {
    const page = await h.openExtensionPage('training.html?demo=phishing');
    await page.waitFor('main#training[data-demo="phishing"][data-level="low"]');
    const id = await h.tabIdOf(page);
    await h.waitForBadge(id, (b) => b.text === '~');
    const form = await page.evaluate(() => {
      const f = document.querySelector('form#mock-signin') as HTMLFormElement;
      return {
        action: f.getAttribute('action'),
        enabled: [...f.querySelectorAll('input, button')].filter((c) => !(c as HTMLInputElement).disabled).length,
      };
    });
    expect(form).toEqual({ action: null, enabled: 0 });
    await page.close();
  });

  it('switching training mode off forgets the demo: badge cleared, page says it is off', async () => {
    expect(demoTab, 'the clone demo test ran first').toBeTypeOf('number');
    expect(await h.tabState(demoTab)).not.toBeNull();
    await options.bringToFront();
    await options.click('#training-mode');
    await poll(
      () => settingsOf(h),
      (s) => s?.trainingMode === false,
      5_000,
      'training mode off saved',
    );
    await h.waitForTabState(demoTab, (s) => s === null);
    await h.waitForBadge(demoTab, (b) => b.text === '');
    await demo.waitFor('main#training[data-view="off"]');
  });
});
