/**
 * The lists' notes (what a DISARM technique and an attribution mean for an operation, how a source
 * was read) in the other UI languages: lists/i18n/notes.<lang>.json, keyed by the English note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_LANGUAGES } from '../../../src/lists/campaign-i18n';
import { checkNoteTranslations, englishNotes, localizeNotes, noteCoverage, noteI18nFile } from '../../../src/lists/note-i18n';
import { readListTree } from '../../../src/lists/load';
import { formatProblem, validateLists } from '../../../src/lists/validate';
import { NOW, REPO, filesOf, goodTree } from './helpers';
import { AVOID } from '../../support/glossary';

const LISTS = {
  campaigns: [
    {
      id: 'doppelganger',
      tactics: [{ id: 'T0149.003', note: 'Clones of real news sites.' }, { id: 'T0097.202' }],
      attribution: [{ actor: 'sda', note: 'The DOJ said SDA ran it.' }],
    },
  ],
  sources: [{ id: 'a', via: 'as quoted by infoDOCKET' }, { id: 'b' }],
};

describe('note translations', () => {
  const notes = englishNotes(LISTS);

  it('collect every tactic note, attribution note and source "via" once', () => {
    expect([...notes]).toEqual(['Clones of real news sites.', 'The DOJ said SDA ran it.', 'as quoted by infoDOCKET']);
  });

  it('keep what translates a note in use, name what no note says any more, refuse empty text', () => {
    const check = checkNoteTranslations(
      { 'Clones of real news sites.': 'Klone echter Nachrichtenseiten.', 'An old note.': 'Eine alte Notiz.', 'The DOJ said SDA ran it.': ' ' },
      notes,
    );
    expect(check.compiled).toEqual({ 'Clones of real news sites.': 'Klone echter Nachrichtenseiten.' });
    expect(check.stale).toEqual(['An old note.']);
    expect(check.problems).toEqual(['"The DOJ said SDA ran it.": the translation must be non-empty text without surrounding spaces']);
    expect(noteCoverage(check.compiled, notes)).toBe(1);
    expect(checkNoteTranslations(['x'], notes).problems).toEqual(['must be a JSON object: English note -> its translation']);
  });

  it('localize the notes that have a translation and leave the others in English', () => {
    const local = localizeNotes(LISTS, { 'Clones of real news sites.': 'Klone.', 'as quoted by infoDOCKET': 'zitiert nach infoDOCKET' });
    expect(local.campaigns[0]!.tactics).toEqual([{ id: 'T0149.003', note: 'Klone.' }, { id: 'T0097.202' }]);
    expect(local.campaigns[0]!.attribution).toEqual([{ actor: 'sda', note: 'The DOJ said SDA ran it.' }]);
    expect(local.sources).toEqual([{ id: 'a', via: 'zitiert nach infoDOCKET' }, { id: 'b' }]);
    expect(localizeNotes(LISTS, null)).toBe(LISTS);
  });

  it('a malformed notes file fails validation under its own name', () => {
    const problems = validateLists([...filesOf(goodTree()), { name: 'i18n/notes.de.json', data: { 'A note.': 5 } }], { now: NOW }).problems;
    expect(problems.map(formatProblem)).toEqual([
      'lists/i18n/notes.de.json: "A note.": the translation must be non-empty text without surrounding spaces',
    ]);
  });
});

describe('the real note translations', () => {
  const files = readListTree(join(REPO, 'lists'));
  const read = (name: string) => JSON.parse(readFileSync(join(REPO, 'lists', name), 'utf8')) as unknown;
  const notes = englishNotes({ campaigns: read('campaigns.json') as never, sources: read('sources.json') as never });

  it('translate every note of the lists in every language, with nothing stale', () => {
    expect(validateLists(files).problems.filter((p) => p.file.startsWith('i18n/notes')).map(formatProblem)).toEqual([]);
    for (const lang of CAMPAIGN_LANGUAGES) {
      expect(existsSync(join(REPO, 'lists', noteI18nFile(lang))), lang).toBe(true);
      const check = checkNoteTranslations(read(noteI18nFile(lang)), notes);
      expect(check.stale, lang).toEqual([]);
      expect([...notes].filter((n) => !Object.hasOwn(check.compiled, n)), lang).toEqual([]);
    }
  });

  it('never collapse a role into a word for "fake" (glossary) where the English does not say so', () => {
    for (const lang of CAMPAIGN_LANGUAGES) {
      const check = checkNoteTranslations(read(noteI18nFile(lang)), notes);
      const flagged = Object.entries(check.compiled).filter(([english, text]) => AVOID[lang]!.test(text) && !/\b(fake|false|forged)/i.test(english));
      expect(flagged, lang).toEqual([]);
    }
  });
});
