/**
 * The warning bar's headline in German and Ukrainian, in both real browsers. The background
 * carries no finding catalogue: it sends the finding's message and injects the reader's
 * language's sentences (`/sentences-<lang>.js`) before the bar, which renders the sentence
 * itself. The headline must be the engine's sentence in that language (as the report shows it),
 * and the page must see none of it: no global, no text.
 *
 * The language comes from the browser when it has its own translation installed, otherwise from
 * Unmask's options (the way test/e2e/i18n.test.ts takes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/core/i18n/render';
import { BAR_HOST, EXTENSION_DIRS, launch, poll, type BrowserKind, type Harness } from './harness';

const SPOOF = 'http://washingtonpost.pm/';
const browsers = (['chromium', 'firefox'] as BrowserKind[]).filter((kind) => existsSync(join(EXTENSION_DIRS[kind], 'manifest.json')));
const levelHigh = (lang: string): string =>
  (
    JSON.parse(readFileSync(join(EXTENSION_DIRS.chromium, '..', '..', 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >
  ).levelHigh!.message;

describe.each(browsers)('the warning bar in %s', (kind) => {
  describe.each(['de', 'uk'])('%s', (lang) => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch(kind, { locale: lang });
      const spoken = await h.extEval(() => ((globalThis as any).browser ?? (globalThis as any).chrome).i18n.getMessage('uiLang') as string);
      if (spoken !== lang) {
        await h.extEval(async (language: string) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          await api.storage.local.set({ settings: { version: 1, language } });
        }, lang);
      }
    }, 120_000);
    afterAll(async () => {
      await h?.close();
    });

    it('renders the headline in the language, from the one catalogue injected with it', async () => {
      const page = await h.open(SPOOF);
      const tabId = await h.tabIdOf(page);
      const state = await h.waitForTabState(tabId, (s) => s?.phase === 'page' && s.verdict.level === 'high');
      const top = state!.verdict.findings[0]!;
      const sentence = renderMessage(lang, top.message!);
      expect(sentence).not.toBe(top.summary);
      const text = await poll(
        () => h.closedShadowText(tabId, BAR_HOST),
        (t) => !!t && t.includes(sentence),
        10_000,
        `the bar's ${lang} headline`,
      );
      expect(text).toContain(levelHigh(lang));
      expect(text).not.toContain(top.summary);
      // The isolated world holds this language's sentences only.
      const held = await h.inTab(tabId, () => Object.keys((globalThis as any)[Symbol.for('unmask.warning')]?.sentences ?? {}));
      expect(held).toEqual([lang]);
      // The page sees neither the bar's state nor the sentence scripts, nor any of the words.
      const seen = await page.evaluate(() => ({
        globals: Object.keys(window).filter((k) => /unmask|sentences|warning/i.test(k)),
        text: document.documentElement.textContent ?? '',
      }));
      expect(seen.globals).toEqual([]);
      expect(seen.text).not.toContain(sentence.slice(0, 20));
      await page.close();
    });
  });
});
