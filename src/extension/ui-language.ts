/**
 * The language of Unmask's own words when the person chooses one in the options instead of the
 * browser's. `browser.i18n.getMessage` always answers in the browser's UI language and cannot be
 * switched, so an override reads the chosen `_locales/<lang>/messages.json` itself (bundled in the
 * extension and fetched from its own URL: no network) and substitutes `$1`..`$9` as the browser
 * would. A key the chosen catalogue lacks falls back to English, key by key, as the browser does
 * for a missing key.
 *
 * Pure: the caller passes the function that reads a file.
 */

/** The languages Unmask ships, English first (the fallback). */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'uk', 'pl', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** The setting: `auto` follows the browser's UI language. */
export type LanguageSetting = 'auto' | UiLanguage;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', ...UI_LANGUAGES];

/**
 * Each language's name in itself, as language pickers show them: a reader looking for their own
 * language finds it whatever language the page is in (names, never translated).
 */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  uk: 'Українська',
  pl: 'Polski',
  ru: 'Русский',
};

/** A messages.json as the browser reads it: `{ key: { message } }`. */
export type Catalogue = Readonly<Record<string, { message: string }>>;

export interface Catalogues {
  lang: UiLanguage;
  chosen: Catalogue;
  english: Catalogue;
}

export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return typeof value === 'string' && (LANGUAGE_SETTINGS as readonly string[]).includes(value);
}

function isCatalogue(value: unknown): value is Catalogue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (entry) => typeof entry === 'object' && entry !== null && typeof (entry as { message?: unknown }).message === 'string',
  );
}

/**
 * `$1`..`$9` replaced by the substitutions (a missing one by nothing) and `$$` by `$`, as Chrome
 * and Firefox do for messages without a `placeholders` block. One pass, so a substituted value
 * that contains `$2` stays as it is.
 */
export function formatMessage(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}

/** The message for `key` in the chosen language, else in English; '' when neither has it. */
export function lookupMessage(catalogues: Catalogues, key: string, substitutions: readonly string[]): string {
  const own = Object.hasOwn(catalogues.chosen, key) ? catalogues.chosen[key]!.message : '';
  const text = own !== '' ? own : Object.hasOwn(catalogues.english, key) ? catalogues.english[key]!.message : '';
  return text === '' ? '' : formatMessage(text, substitutions);
}

/**
 * The catalogues an override needs, or null for `auto` (the browser's own `getMessage` then
 * speaks) or when a file cannot be read or parsed (the same: never a page without words).
 * `readText(path)` reads an extension file such as `/_locales/de/messages.json`.
 */
export async function loadCatalogues(setting: LanguageSetting, readText: (path: string) => Promise<string>): Promise<Catalogues | null> {
  if (setting === 'auto') return null;
  try {
    const read = async (lang: UiLanguage): Promise<Catalogue> => {
      const data: unknown = JSON.parse(await readText(`/_locales/${lang}/messages.json`));
      if (!isCatalogue(data)) throw new Error(`unreadable catalogue: ${lang}`);
      return data;
    };
    const english = await read('en');
    const chosen = setting === 'en' ? english : await read(setting);
    return { lang: setting, chosen, english };
  } catch {
    return null;
  }
}
