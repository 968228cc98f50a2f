/**
 * Every string a person reads in the extension's pages goes through here, so that a translation
 * is one `_locales/<lang>/messages.json` away. Keys are typed from the English catalogue: a typo or
 * a key nobody added fails `tsc`, not a user.
 *
 * Substitutions use Chrome's and Firefox's `$1`..`$9` directly in the message (both browsers
 * replace them in `getMessage`), because `scripts/i18n-add.mjs` writes plain messages without a
 * `placeholders` block. Substituted values are page-derived text and stay text: Preact escapes them.
 *
 * The browser's UI language picks the language. When the person chose another in the options,
 * `initI18n()` (awaited by every page before it renders) loads that catalogue from the extension's
 * own files and `t` answers from it (src/extension/ui-language.ts); `getMessage` cannot switch.
 */
import { browser } from 'wxt/browser';
import { repairSettings, SETTINGS_KEY } from '../extension/settings';
import { loadCatalogues, lookupMessage, type Catalogues } from '../extension/ui-language';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

// WXT types getMessage with the keys it saw at its last `wxt prepare`; our own MessageKey is read
// from the catalogue directly, so it is never stale.
const getMessage = (key: string, subs: string[]): string =>
  (browser.i18n.getMessage as (key: string, subs?: string[]) => string)(key, subs);

/** The chosen language's catalogues, when the options override the browser's language. */
let override: Catalogues | null = null;

/** `t`'s shape: what a pure rule takes when its messages must also be read outside the browser. */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const text = override ? lookupMessage(override, key, strings) : getMessage(key, strings);
  // An empty answer means the key is missing from the shipped locale: show the key, visibly wrong,
  // rather than an empty control that a screen reader announces as nothing.
  return text || key;
}

/** The language of the shown messages (not the browser's), for `<html lang>` and Intl formatting. */
export function uiLang(): string {
  const lang = t('uiLang');
  return lang === 'uiLang' ? 'en' : lang;
}

/**
 * Reads the language setting and, when it overrides the browser's, the chosen catalogue; then sets
 * `<html lang>`. Never rejects: on any failure the browser's own language speaks.
 */
export async function initI18n(): Promise<void> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    const { language } = repairSettings(got[SETTINGS_KEY]);
    override = await loadCatalogues(language, async (path) => {
      const response = await fetch(browser.runtime.getURL(path as never));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.text();
    });
  } catch {
    override = null;
  }
  document.documentElement.lang = uiLang();
}
