/**
 * Every string a person reads in the extension's pages goes through here, so that a translation
 * is one `_locales/<lang>/messages.json` away. Keys are typed from the English catalogue: a typo or
 * a key nobody added fails `tsc`, not a user.
 *
 * Substitutions use Chrome's and Firefox's `$1`..`$9` directly in the message (both browsers
 * replace them in `getMessage`), because `scripts/i18n-add.mjs` writes plain messages without a
 * `placeholders` block. Substituted values are page-derived text and stay text: Preact escapes them.
 */
import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

// WXT types getMessage with the keys it saw at its last `wxt prepare`; our own MessageKey is read
// from the catalogue directly, so it is never stale.
const getMessage = (key: string, subs: string[]): string =>
  (browser.i18n.getMessage as (key: string, subs?: string[]) => string)(key, subs);

/** `t`'s shape: what a pure rule takes when its messages must also be read outside the browser. */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const text = getMessage(key, subs.map(String));
  // An empty answer means the key is missing from the shipped locale: show the key, visibly wrong,
  // rather than an empty control that a screen reader announces as nothing.
  return text || key;
}

/** The language of the shipped messages (not the browser's), for `<html lang>` and Intl formatting. */
export function uiLang(): string {
  const lang = t('uiLang');
  return lang === 'uiLang' ? 'en' : lang;
}
