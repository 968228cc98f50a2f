/**
 * The person's settings as the background reads them: read once, kept until they change.
 */
import { browser } from 'wxt/browser';
import { repairSettings, SETTINGS_KEY, type Settings } from '../settings';
import { useLanguage } from './language';

export interface SettingsReader {
  settings(): Promise<Settings>;
  /** The stored settings changed: read them again when next asked for. */
  invalidate(): void;
}

/**
 * `earlyLocal`: the storage.local read background.js started as it loaded (prefetch.ts); the first
 * settings read uses it (once; dropped if the settings change first).
 */
export function createSettingsReader(earlyLocal: Promise<Record<string, unknown>> | null): SettingsReader {
  let earlySettings = earlyLocal;
  let settingsPromise: Promise<Settings> | null = null;
  function settings(): Promise<Settings> {
    if (settingsPromise !== null) return settingsPromise;
    const early = earlySettings;
    earlySettings = null;
    const read = early ? early.catch(() => browser.storage.local.get(SETTINGS_KEY)) : browser.storage.local.get(SETTINGS_KEY);
    settingsPromise = read
      .then((got) => repairSettings(got[SETTINGS_KEY]))
      .catch(() => repairSettings(undefined))
      // The words the background composes (badge title, warning bar) follow the language setting.
      .then(async (settings) => {
        await useLanguage(settings.language).catch(() => undefined);
        return settings;
      });
    return settingsPromise;
  }
  function invalidate(): void {
    settingsPromise = null;
    earlySettings = null;
  }
  return { settings, invalidate };
}
