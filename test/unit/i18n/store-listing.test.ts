/**
 * The store listing in every language: the manifest's name and short description come
 * from each locale and fit the Chrome Web Store's limits, and docs/store-listing.md carries the same
 * short description and a long description per language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '../../../src/extension/ui-language';

const read = (lang: string) =>
  JSON.parse(readFileSync(`${process.cwd()}/public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const listing = readFileSync(`${process.cwd()}/docs/store-listing.md`, 'utf8');

/** A section of the listing, by its heading "## <own name> (<lang>)". */
function section(lang: (typeof UI_LANGUAGES)[number]): string {
  const start = listing.indexOf(`## ${LANGUAGE_NAMES[lang]} (${lang})`);
  expect(start, `section for ${lang}`).toBeGreaterThanOrEqual(0);
  const next = listing.indexOf('\n## ', start + 1);
  return listing.slice(start, next === -1 ? undefined : next).replace(/\s+/g, ' ');
}

describe('store listing', () => {
  for (const lang of UI_LANGUAGES) {
    it(`${lang}: name and short description fit the store, and the listing repeats them with a long description`, () => {
      const messages = read(lang);
      expect(messages.extName?.message).toBe('Unmask');
      const short = messages.extDescription!.message;
      expect([...short].length).toBeLessThanOrEqual(132);
      const text = section(lang);
      expect(text).toContain(short);
      // The long description: several paragraphs' worth, in the language (not the English one again).
      const long = text.slice(text.indexOf(short) + short.length);
      expect(long.length).toBeGreaterThan(600);
      if (lang !== 'en') expect(long).not.toContain('Everything is judged in your browser');
    });
  }
});
