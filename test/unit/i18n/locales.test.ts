/**
 * Every shipped language says everything English says: every key, the same `$n`
 * placeholders, no empty message, and no message left in English except names and the few words
 * that are spelt the same in that language (each with its reason below). The glossary's
 * distinctions hold: no role or level collapses into a word for "fake" (docs/glossary.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/extension/ui-language';
import { AVOID } from '../../support/glossary';

type Catalogue = Record<string, { message: string; description?: string }>;
const LOCALES = new URL('../../../public/_locales/', import.meta.url);
const read = (lang: string): Catalogue => JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8')) as Catalogue;
const en = read('en');
const TRANSLATIONS = UI_LANGUAGES.filter((l) => l !== 'en');

const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

/** Names and symbols: what is left of a message without them must not be English words. */
const NAMES = ['Unmask', 'DISARM Foundation', 'Graphika'];
function hasWords(message: string): boolean {
  let rest = message.replace(/\$[1-9$]/g, '');
  for (const name of NAMES) rest = rest.split(name).join('');
  return /\p{L}/u.test(rest);
}

/** Messages a language spells exactly as English does, and why that is right. */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  de: {
    bulkColCampaign: '"Operation" is the German word too',
    bulkFilterCampaign: '"Operation" is the German word too',
    explorerColCampaign: '"Operation" is the German word too',
    explorerKindCampaign: '"Operation" is the German word too',
    explorerColStatus: '"Status" is the German word too',
    explorerStatus: '"Status" is the German word too',
  },
  fr: {
    bulkColSources: '"Sources" is the French word too',
    exportMdColSources: '"Sources" is the French word too',
    explorerColSources: '"Sources" is the French word too',
    sectionSources: '"Sources" is the French word too',
    explorerAttribution: '"Attribution" is the French word too',
    explorerPager: '"Pages" is the French word too',
    explorerStatusActive: '"active" is the French word too (feminine, of an opération)',
    sectionVerdict: '"Verdict" is the French word too',
  },
  uk: {},
  pl: {},
  ru: {},
};

/** The messages where the English itself says "fake" (docs/glossary.md, "Words to avoid"). */
const AVOID_ALLOWED: Record<string, string> = {
  trainingDemoPhishingPointOut: 'the English says "a fake sign-in page": the page itself is forged, not a listing role',
};

describe('locales', () => {
  it('ships a catalogue for every language the language setting offers, and nothing else', () => {
    const folders = readdirSync(LOCALES).sort();
    expect(folders).toEqual([...UI_LANGUAGES].sort());
  });

  for (const lang of TRANSLATIONS) {
    describe(lang, () => {
      const catalogue = read(lang);

      it('has every English key and no other', () => {
        expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      });

      it('names its own language in uiLang', () => {
        expect(catalogue.uiLang?.message).toBe(lang);
      });

      it('keeps the same $1..$9 placeholders in every message', () => {
        const wrong = Object.keys(en).filter(
          (key) => placeholders(catalogue[key]?.message ?? '').join() !== placeholders(en[key]!.message).join(),
        );
        expect(wrong).toEqual([]);
      });

      it('has no empty message', () => {
        expect(Object.keys(catalogue).filter((key) => catalogue[key]!.message.trim() === '')).toEqual([]);
      });

      it('leaves nothing in English but names and the listed words spelt the same', () => {
        const allowed = SAME_AS_ENGLISH[lang] ?? {};
        const untranslated = Object.keys(en).filter(
          (key) => key !== 'uiLang' && hasWords(en[key]!.message) && catalogue[key]?.message === en[key]!.message && !(key in allowed),
        );
        expect(untranslated).toEqual([]);
        // An allowlist entry that is no longer the same as English is stale: it would hide a future miss.
        expect(Object.keys(allowed).filter((key) => catalogue[key]?.message !== en[key]?.message)).toEqual([]);
      });

      it('never words a role or level as "fake" (glossary)', () => {
        const avoid = AVOID[lang]!;
        expect(Object.keys(catalogue).filter((key) => avoid.test(catalogue[key]!.message) && !(key in AVOID_ALLOWED))).toEqual([]);
      });

      it('uses the glossary level words', () => {
        // The level words are the ones docs/glossary.md fixes; a change belongs there first.
        const glossary = readFileSync(new URL('../../../docs/glossary.md', import.meta.url), 'utf8');
        const exportLevels = [
          'exportLevelHigh',
          'exportLevelMedium',
          'exportLevelLow',
          'exportLevelInfo',
          'exportLevelNone',
          'exportLevelError',
        ];
        for (const key of [
          'levelHigh',
          'levelHighImitation',
          'levelAmplifier',
          'levelMedium',
          'levelLow',
          'levelInfo',
          'levelNone',
          ...exportLevels,
        ]) {
          expect(glossary, `${lang} ${key}`).toContain(`| ${catalogue[key]!.message.replaceAll("'", '’')} |`);
        }
      });
    });
  }
});
