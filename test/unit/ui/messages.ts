/**
 * The English catalogue behind `browser.i18n.getMessage` in unit tests, with the browsers' own
 * substitution rules ($1..$9, $$). A key missing from the catalogue throws, so a test fails where
 * a real browser would silently show an empty string.
 */
import { fakeBrowser } from 'wxt/testing';
import catalogue from '../../../public/_locales/en/messages.json';

const messages = catalogue as Record<string, { message: string }>;

export function getMessage(key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) throw new Error(`i18n key missing from public/_locales/en/messages.json: ${key}`);
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
}

export function installMessages(): void {
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
}
