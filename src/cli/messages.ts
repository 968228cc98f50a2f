/**
 * The extension's English messages (public/_locales/en/messages.json) for the CLI, which shares a
 * few of them with the options page (a refused settings file says what the page says). A `t`
 * (src/ui/i18n.ts) for Node: there is no `browser.i18n` to ask.
 *
 * Node only; never imported by the extension.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageKey, Translate } from '../ui/i18n';

const CATALOGUE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', '_locales', 'en', 'messages.json');

let messages: Record<string, { message?: unknown }> | undefined;

/**
 * `$1`..`$9` are replaced as Chrome's and Firefox's `getMessage` replace them (a missing one by
 * nothing, `$$` by `$`); an unknown key gives the key, as `t` does.
 */
export const englishMessage: Translate = (key: MessageKey, ...subs: (string | number)[]): string => {
  messages ??= JSON.parse(readFileSync(CATALOGUE, 'utf8')) as Record<string, { message?: unknown }>;
  const text = messages[key]?.message;
  if (typeof text !== 'string' || text === '') return key;
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
};

const LOCALES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', '_locales');
const locales = new Map<string, Record<string, { message?: unknown }> | null>();

/**
 * A message of the extension's catalogue for `lang` (public/_locales/LANG/messages.json), without
 * substitutions; the English one when that language or key is missing, the key when neither has it.
 */
export function localeMessage(lang: string, key: MessageKey): string {
  if (!locales.has(lang)) {
    try {
      locales.set(lang, JSON.parse(readFileSync(resolve(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, { message?: unknown }>);
    } catch {
      locales.set(lang, null);
    }
  }
  const text = locales.get(lang)?.[key]?.message;
  return typeof text === 'string' && text !== '' ? text : englishMessage(key);
}
