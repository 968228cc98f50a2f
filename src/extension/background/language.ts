/**
 * The language the background speaks in when the options override the browser's: the toolbar
 * button's title, the level words and the warning bar's words. `browser.i18n.getMessage` cannot
 * switch language, so the chosen catalogue is read from the extension's own files
 * (src/extension/ui-language.ts) and handed to `platform.message`. Loaded once per language.
 */
import { browser } from 'wxt/browser';
import { loadCatalogues, type LanguageSetting } from '../ui-language';
import { platform } from '../platform';

let loaded: LanguageSetting = 'auto';

async function readExtensionFile(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(path as never));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** Makes `platform.message` answer in `language` (`auto`: the browser's). Never rejects. */
export async function useLanguage(
  language: LanguageSetting,
  readText: (path: string) => Promise<string> = readExtensionFile,
): Promise<void> {
  if (language === loaded) return;
  const catalogues = await loadCatalogues(language, readText);
  platform.catalogues = catalogues;
  // A catalogue that could not be read leaves the browser's language, and is tried again next time.
  loaded = catalogues === null ? 'auto' : language;
}
