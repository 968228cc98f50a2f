/**
 * The CSV and Markdown exports in the reader's language: headings, level words, the
 * finding sentences (src/core/i18n) and the context sentences follow the language the bulk page
 * speaks; names, titles and addresses stay as the lists and the input have them. English, the
 * default for Node callers, is the English catalogue's words, so the English files do not change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import { findingSentence } from '../../../src/core/i18n/render';
import { lookupMessage, type Catalogues } from '../../../src/extension/ui-language';
import { parseCompiled } from '../../../src/lists/compiled';
import { parseBulkInput } from '../../../src/tools/bulk-input';
import type { BulkRow } from '../../../src/tools/bulk-rows';
import { CSV_COLUMNS, toCsv } from '../../../src/tools/export/csv';
import { toMarkdown } from '../../../src/tools/export/markdown';
import { ENGLISH_EXPORT, EXPORT_ENGLISH, type ExportKey, type ExportLanguage } from '../../../src/tools/export/words';
import { UI_LANGUAGES } from '../../../src/extension/ui-language';

type Catalogue = Catalogues['chosen'];
const read = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalogue;
const english = read('en');
/** The language as the bulk page hands it to the exports: its tag and its `t`. */
const languageOf = (lang: string): ExportLanguage => {
  const catalogues: Catalogues = { lang: lang as Catalogues['lang'], chosen: read(lang), english };
  return { lang, t: (key, ...subs) => lookupMessage(catalogues, key, subs) };
};

const lists = parseCompiled(readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8'));
const engine = createEngine(lists);
const judged = (line: number, target: string): BulkRow => {
  try {
    return { line, target, verdict: engine.judgeTarget(target) };
  } catch (error) {
    return { line, target, error: (error as Error).message };
  }
};
const ROWS: BulkRow[] = [judged(1, 'washingtonpost.pm'), judged(2, 'example.org')];
const DE = languageOf('de');

describe('export words', () => {
  it('the built-in English words are the English catalogue’s', () => {
    for (const key of Object.keys(EXPORT_ENGLISH) as ExportKey[]) expect(EXPORT_ENGLISH[key], key).toBe(english[key]?.message);
  });

  it('English through the catalogue writes the same files as the built-in English', () => {
    expect(toCsv(ROWS, languageOf('en'))).toBe(toCsv(ROWS));
    expect(toMarkdown(ROWS, { language: languageOf('en'), flaggedOnly: false })).toBe(toMarkdown(ROWS, { flaggedOnly: false }));
  });
});

describe('CSV in the reader’s language', () => {
  it('a German CSV has German headings, level words and sentences; names and addresses as they are', () => {
    const [header, wapo, clean] = toCsv(ROWS, DE).split('\r\n');
    expect(header).toBe('Adresse oder Konto,Stufe,Operation,Akteur,Was die Quelle sagt,Quellen,Links der Quellen,Zeile,Kontext');
    const top = ROWS[0]!.verdict!.findings[0]!;
    expect(wapo).toContain('washingtonpost.pm,hoch,Doppelganger,');
    expect(wapo).toContain(findingSentence(top, 'de'));
    expect(findingSentence(top, 'de')).not.toBe(top.summary);
    expect(clean).toBe('example.org,nichts,,,,,,2,');
  });

  it('says the context of an address Unmask found itself in the reader’s language', () => {
    const row = judged(1, 'washingtonpost.best');
    expect(row.verdict?.findings[0]?.reason).toBe('lookalike-domain');
    expect(toCsv([row], DE)).toContain('Kontext, nicht über diese Adresse: Berichte, dass das nachgeahmte Medium nachgeahmt wurde: ');
  });

  it.each(UI_LANGUAGES)('%s: every heading is in the catalogue, and an exported file can be checked again', (lang) => {
    const language = languageOf(lang);
    for (const key of CSV_COLUMNS) expect(language.t(key), key).not.toBe('');
    // The bulk page reads its own export back from the first column, whatever the language.
    const again = parseBulkInput(toCsv(ROWS, language));
    expect(again.targets.map((t) => t.value)).toEqual(['washingtonpost.pm', 'example.org']);
  });
});

describe('Markdown in the reader’s language', () => {
  it('a German article table: German headings, level words, sentences and source list heading', () => {
    const md = toMarkdown(ROWS, { language: DE, intro: DE.t('exportMdIntro', '1.2.3', '2026-11-21') });
    const lines = md.split('\n');
    expect(lines[0]).toBe('Geprüft mit Unmask (Listen 1.2.3) am 2026-11-21.');
    expect(lines[2]).toBe('| Adresse oder Konto | Stufe | Operation | Akteur | Was die Quelle sagt | Quellen |');
    expect(lines.find((l) => l.includes('washingtonpost.pm'))).toMatch(/^\| `washingtonpost\.pm` \| hoch \| Doppelganger \|/);
    expect(lines).toContain('Quellen:');
    expect(toMarkdown([ROWS[1]!], { language: DE })).toContain('| (nichts markiert) | | | | | |');
  });

  it('marks context-only reports in the reader’s language', () => {
    const md = toMarkdown([judged(1, 'washingtonpost.best')], { language: DE });
    expect(md).toMatch(/\| Kontext \[1\]( \[2\])? \|$/m);
    expect(md).toMatch(
      /\n1\. Kontext, nicht über die geprüften Adressen: ein Bericht, dass das nachgeahmte Medium schon früher nachgeahmt wurde\. /,
    );
  });
});

it('English stays the default for callers that give no language', () => {
  expect(ENGLISH_EXPORT.lang).toBe('en');
  expect(toCsv(ROWS).split('\r\n')[0]).toBe('target,level,campaign,actor,reason,sources,source_urls,line,context');
});

describe('a target the bulk check cannot read', () => {
  it('is said in the reader’s language, and in English exactly as the engine says it', async () => {
    const { judgeOne } = await import('../../../src/tools/bulk-run');
    const { rowSummary } = await import('../../../src/tools/bulk-rows');
    const engine = (await import('../../unit/core/fixture')).engine;
    const row = judgeOne(engine, { line: 1, value: '@name' });
    expect(rowSummary(row, 'en').reason).toBe(row.error);
    expect(rowSummary(row, 'de').reason).toBe(
      '„@name“ ist nicht lesbar: erwartet wird eine URL, eine Domain oder die URL eines Profils (ein Kontoname allein ist mehrdeutig: geben Sie die URL des Profils an, z. B. https://x.com/name)',
    );
    expect(rowSummary(judgeOne(engine, { line: 2, value: 'ftp://files.example/' }), 'uk').reason).toBe(
      'Не вдалося прочитати «ftp://files.example/»: очікується URL-адреса, домен або URL-адреса профілю (перевірити можна лише адреси http і https)',
    );
    // A row from elsewhere (no sentence as data) keeps its English.
    expect(rowSummary({ line: 3, target: 'x', error: 'cannot parse "x"' }, 'de').reason).toBe('cannot parse "x"');
  });
});
