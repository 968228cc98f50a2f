// @vitest-environment happy-dom
/**
 * The language setting: the options can override the browser's language, which
 * `browser.i18n.getMessage` cannot do. The chosen catalogue is read from the extension's own files,
 * substituted as the browsers do, and falls back to English key by key; pages set `<html lang>`;
 * the background's words (badge title, warning bar) follow too.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { formatMessage, loadCatalogues, lookupMessage, type Catalogues } from '../../../src/extension/ui-language';
import { DEFAULT_SETTINGS, parseSettings, repairSettings, SETTINGS_KEY, type Settings } from '../../../src/extension/settings';
import { initI18n, t, uiLang } from '../../../src/ui/i18n';
import { settingsImportSummary } from '../../../src/ui/options-model';
import { platform } from '../../../src/extension/platform';
import { useLanguage } from '../../../src/extension/background/language';
import { pageMarkers, warningInfo } from '../../../src/extension/background/page-marks';
import type { TabState } from '../../../src/extension/messages';
import { installMessages } from '../ui/messages';

/** Reads an extension file as `fetch(runtime.getURL(path))` would, from public/ (a path: happy-dom's URL is not node's). */
const readPublic = async (path: string) => readFileSync(`${process.cwd()}/public${path}`, 'utf8');

describe('formatMessage', () => {
  it('substitutes $1..$9 and $$ as the browsers do, once', () => {
    expect(formatMessage('$1 on $2', ['@a', 'X'])).toBe('@a on X');
    expect(formatMessage('costs $$5', [])).toBe('costs $5');
    // A substituted value that contains "$2" stays as it is: no second pass.
    expect(formatMessage('$1 and $2', ['$2', 'b'])).toBe('$2 and b');
    expect(formatMessage('$1 ($2)', ['only'])).toBe('only ()');
  });
});

describe('lookupMessage', () => {
  const catalogues: Catalogues = {
    lang: 'de',
    chosen: { levelHigh: { message: 'Dokumentierte Einflussoperation' }, empty: { message: '' } },
    english: { levelHigh: { message: 'Documented influence operation' }, onlyEn: { message: 'Only $1' }, empty: { message: 'Empty' } },
  };
  it('answers from the chosen language, else English per missing or empty key, else nothing', () => {
    expect(lookupMessage(catalogues, 'levelHigh', [])).toBe('Dokumentierte Einflussoperation');
    expect(lookupMessage(catalogues, 'onlyEn', ['English'])).toBe('Only English');
    expect(lookupMessage(catalogues, 'empty', [])).toBe('Empty');
    expect(lookupMessage(catalogues, 'nowhere', [])).toBe('');
    expect(lookupMessage(catalogues, 'toString', [])).toBe('');
  });
});

describe('loadCatalogues', () => {
  it('reads nothing for auto: the browser speaks', async () => {
    const read = vi.fn(readPublic);
    expect(await loadCatalogues('auto', read)).toBeNull();
    expect(read).not.toHaveBeenCalled();
  });
  it('reads the chosen language and English from the extension files', async () => {
    const read = vi.fn(readPublic);
    const got = await loadCatalogues('uk', read);
    expect(read.mock.calls.map(([p]) => p).sort()).toEqual(['/_locales/en/messages.json', '/_locales/uk/messages.json']);
    expect(got && lookupMessage(got, 'levelHigh', [])).toBe('Задокументована операція впливу');
  });
  it('gives up (the browser speaks) on a file that cannot be read or is not a catalogue', async () => {
    expect(await loadCatalogues('de', () => Promise.reject(new Error('gone')))).toBeNull();
    expect(await loadCatalogues('de', () => Promise.resolve('{"a": 1}'))).toBeNull();
    expect(await loadCatalogues('de', () => Promise.resolve('not json'))).toBeNull();
  });
});

describe('the language setting', () => {
  it('is validated like every setting: the six languages or auto, auto by default', () => {
    expect(DEFAULT_SETTINGS.language).toBe('auto');
    expect(parseSettings({ version: 1, language: 'pl' })).toMatchObject({ ok: true, settings: { language: 'pl' } });
    const bad = parseSettings({ version: 1, language: 'xx' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('"language" must be one of auto, en, de, fr, uk, pl, ru');
    expect(repairSettings({ language: 'DE' }).language).toBe('auto');
  });

  it('shows in a settings import summary, by each language’s own name', () => {
    installMessages();
    const next: Settings = { ...DEFAULT_SETTINGS, language: 'uk' };
    const lines = settingsImportSummary(DEFAULT_SETTINGS, next, { campaign: (id) => id, role: (r) => r });
    expect(lines).toEqual(['Language: Automatic (browser language) → Українська']);
  });
});

describe('pages: initI18n', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
    vi.stubGlobal('fetch', async (url: string) => {
      const path = new URL(url).pathname;
      return new Response(await readPublic(path), { status: 200 });
    });
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    // Back to the browser's language for the other tests in this file.
    await fakeBrowser.storage.local.clear();
    await initI18n();
  });

  it('follows the browser (getMessage) when the setting is auto', async () => {
    await initI18n();
    expect(t('levelHigh')).toBe('Documented influence operation');
    expect(uiLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('speaks the chosen language, with substitutions, and sets <html lang>', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, language: 'de' } });
    await initI18n();
    expect(t('levelHigh')).toBe('Dokumentierte Einflussoperation');
    expect(t('bulkProgress', 3, 10)).toBe('Prüfung: 3 von 10');
    expect(uiLang()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('falls back to the browser when the chosen file cannot be fetched', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, language: 'ru' } });
    await initI18n();
    expect(t('levelHigh')).toBe('Documented influence operation');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('background: the badge title, the warning bar and the link markers follow the setting', () => {
  const state: TabState = {
    tabId: 1,
    url: 'https://flagged.example/',
    phase: 'page',
    verdict: {
      target: 'https://flagged.example/',
      level: 'high',
      findings: [{ reason: 'listed-domain', level: 'high', summary: 'Listed.', evidence: {}, sources: [] }],
    },
    flagged: [],
    allowlisted: false,
    judgedAt: 0,
    listsVersion: 't',
  };
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });
  afterEach(async () => {
    await useLanguage('auto', readPublic);
  });

  it('sends the bar no words of its own when the browser’s language applies', async () => {
    await useLanguage('auto', readPublic);
    const info = warningInfo(state, DEFAULT_SETTINGS, []);
    expect(info?.levelName).toBe('Documented influence operation');
    expect(info?.words).toBeUndefined();
  });

  it('sends the bar its words in the chosen language, and names the level in it', async () => {
    await useLanguage('fr', readPublic);
    expect(platform.message('badgeTitleAllowlisted')).toContain('vous faites confiance');
    const info = warningInfo(state, DEFAULT_SETTINGS, []);
    expect(info?.levelName).toBe('Opération d’influence documentée');
    expect(info?.words).toEqual({
      warningBarLevel: 'Unmask\u00a0: Opération d’influence documentée.',
      warningBarOpenReport: 'Pourquoi\u00a0?',
      warningBarDismiss: 'Fermer',
      warningBarLabel: 'Avertissement d’Unmask',
    });
  });

  it('sends link markers the level in the chosen language, and no words when the browser’s applies', async () => {
    const flagged = [{ href: 'https://a.example/', level: 'high' as const, summary: 'Listed.' }];
    const on = { ...DEFAULT_SETTINGS, linkMarkers: true };
    const batch = new Set(['https://a.example/']);
    await useLanguage('auto', readPublic);
    expect(pageMarkers(flagged, batch, on, 200)).toEqual([{ href: 'https://a.example/', level: 'high' }]);
    await useLanguage('de', readPublic);
    expect(pageMarkers(flagged, batch, on, 200)).toEqual([
      { href: 'https://a.example/', level: 'high', words: 'Dokumentierte Einflussoperation' },
    ]);
  });
});
