/**
 * The weak-label rule (src/lists/weak-labels.ts) and the Hunspell reader behind it
 * (src/lists/hunspell.ts): on small dictionaries written here, and on the committed
 * lists/weak-labels.json, which must be the rule's answer for the lists as they are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasWord, parseDictionary } from '../../../src/lists/hunspell';
import {
  DICTIONARIES,
  SHORT_LABEL_MAX,
  type LoadedDictionary,
  campaignLabelKind,
  decideWeakLabels,
  fingerprint,
  parseWeakLabels,
  ruleReasons,
  serializeWeakLabels,
  withWeakLabels,
} from '../../../src/lists/weak-labels';
import type { ProtectedOutlet } from '../../../src/core/types';

const EN_AFF = ['SET UTF-8', '', 'SFX S Y 2', 'SFX S 0 s [^sxy]', 'SFX S y ies [^aeiou]y', '', 'PFX U Y 1', 'PFX U 0 un .', ''].join('\n');
const EN_DIC = ['6', 'time/S', 'city/S', 'guardian/S', 'Figaro', 'NRC', 'happy/U'].join('\n');
const DE_AFF = ['SET UTF-8', 'FLAG long', 'NEEDAFFIX zz', 'SFX Aa Y 1', 'SFX Aa 0 er .', ''].join('\n');
const DE_DIC = ['3', 'Bild/Aa', 'Welt', 'kind/zzAa'].join('\n');

const en: LoadedDictionary = { name: 'dictionary-en', version: '1', dictionary: parseDictionary(EN_AFF, EN_DIC) };
const de: LoadedDictionary = { name: 'dictionary-de', version: '1', dictionary: parseDictionary(DE_AFF, DE_DIC) };

function outlet(id: string, domains: string[], extra: Partial<ProtectedOutlet> = {}): ProtectedOutlet {
  return { id, name: id, names: [], domains, country: 'DE', kind: 'news', ...extra };
}

describe('Hunspell reader', () => {
  it('finds stems, suffixed and prefixed forms, and respects conditions and NEEDAFFIX', () => {
    const d = en.dictionary;
    expect(hasWord(d, 'time')).toBe(true);
    expect(hasWord(d, 'times')).toBe(true);
    expect(hasWord(d, 'cities')).toBe(true);
    expect(hasWord(d, 'citys')).toBe(false); // the condition [^sxy] refuses it
    expect(hasWord(d, 'unhappy')).toBe(true);
    expect(hasWord(d, 'untime')).toBe(false); // time has no U flag
    expect(hasWord(de.dictionary, 'bilder')).toBe(true); // FLAG long
    expect(hasWord(de.dictionary, 'kind')).toBe(false); // NEEDAFFIX: only with an affix
    expect(hasWord(de.dictionary, 'kinder')).toBe(true);
  });

  it('keeps diacritics: an ASCII label is not the accented word', () => {
    const d = parseDictionary('SET UTF-8\n', '1\nunían\n');
    expect(hasWord(d, 'unían')).toBe(true);
    expect(hasWord(d, 'unian')).toBe(false);
  });

  it('refuses a file that is not a .dic', () => {
    expect(() => parseDictionary('', 'hello\nworld')).toThrow(/word count/);
  });
});

describe('the weak-label rule', () => {
  it('short labels, common words and German nouns are weak; proper names and abbreviations are not', () => {
    expect(ruleReasons('abc', [en, de])).toEqual(['short']);
    expect(ruleReasons('x'.repeat(SHORT_LABEL_MAX + 1), [en, de])).toEqual([]);
    expect(ruleReasons('guardian', [en, de])).toEqual(['dictionary:en']);
    expect(ruleReasons('times', [en, de])).toEqual(['dictionary:en']);
    expect(ruleReasons('bild', [en, de])).toContain('dictionary:de');
    expect(ruleReasons('figaro', [en, de])).toEqual([]); // a proper name
    expect(ruleReasons('washingtonpost', [en, de])).toEqual([]);
    expect(ruleReasons('la-croix', [en, de])).toEqual([]);
  });

  it('decides every label of every outlet, with overrides that carry a reason', () => {
    const outlets = [
      outlet('bild', ['bild.de']),
      outlet('guardian', ['theguardian.com', 'guardian.co.uk']),
      outlet('wapo', ['washingtonpost.com'], { labelOverrides: [{ label: 'washingtonpost', is: 'weak', reason: 'test' }] }),
      outlet('times', ['times.co.uk'], { labelOverrides: [{ label: 'times', is: 'distinctive', reason: 'test' }] }),
    ];
    const table = decideWeakLabels([...outlets, outlet('wapo-fan', ['washingtonpost.fan'])], [en, de]);
    expect(Object.keys(table.weak).sort()).toEqual(['bild', 'guardian', 'times']);
    const compiled = withWeakLabels([...outlets, outlet('times-2', ['times.com'])], table);
    const weakOf = (id: string) => compiled.find((o) => o.id === id)?.weakLabels;
    expect(weakOf('guardian')).toEqual(['guardian']);
    expect(weakOf('wapo')).toEqual(['washingtonpost']);
    // An override is the outlet's own: another outlet with the same label keeps the rule's answer.
    expect(weakOf('times')).toBeUndefined();
    expect(weakOf('times-2')).toEqual(['times']);
    expect(compiled.find((o) => o.id === 'wapo')?.labelOverrides).toBeUndefined();
    expect(parseWeakLabels(serializeWeakLabels(table))).toEqual(table);
  });

  it('the fingerprint changes with the labels, the campaign labels and the dictionaries', () => {
    const a = [outlet('bild', ['bild.de'])];
    const base = fingerprint(a, [en]);
    expect(fingerprint([outlet('bild', ['bild.de', 'bildplus.de'])], [en])).not.toBe(base);
    expect(fingerprint(a, [{ ...en, version: '2' }])).not.toBe(base);
    expect(fingerprint(a, [en], ['dcweekly'])).not.toBe(base);
  });

  it('classifies campaign outlets: generic, made of words, or distinctive', () => {
    expect(campaignLabelKind('times', [en])).toBe('generic');
    expect(campaignLabelKind('guardian', [en])).toBe('generic');
    expect(campaignLabelKind('cityguardian', [en])).toBe('words');
    expect(campaignLabelKind('niothinker', [en])).toBe('distinctive');
  });
});

describe('lists/weak-labels.json', () => {
  const table = parseWeakLabels(readFileSync(new URL('../../../lists/weak-labels.json', import.meta.url), 'utf8'));
  it('is the rule applied to the lists as they are (npm run lists keeps it in step)', () => {
    expect(table).not.toBeNull();
    const outlets = JSON.parse(readFileSync(new URL('../../../lists/protected-outlets.json', import.meta.url), 'utf8')) as ProtectedOutlet[];
    const versions = DICTIONARIES.map((name) => ({
      name,
      version: String((JSON.parse(readFileSync(new URL(`../../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version),
    }));
    const index = readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8');
    // The compiled index carries the table's decisions (weakLabels on outlets).
    expect(index).toContain('"weakLabels":["bild"]');
    expect(table!.dictionaries).toEqual(versions.map((v) => `${v.name}@${v.version}`));
    // Every label of every outlet is decided: the weak ones are a subset of the labels.
    const labels = new Set(outlets.flatMap((o) => o.domains.map((d) => d.split('.')[0])));
    for (const label of Object.keys(table!.weak)) expect(labels.has(label), label).toBe(true);
  });

  it('says what the README says of well-known names', () => {
    for (const weak of ['bild', 'welt', 'spiegel', 'geo', 'bbc', 'guardian']) expect(table!.weak[weak], weak).toBeDefined();
    for (const distinctive of ['washingtonpost', 'lemonde', 'lastampa', '20minutes', 'unian', 'delfi', 'la-croix', 'nytimes', 'tagesspiegel']) {
      expect(table!.weak[distinctive], distinctive).toBeUndefined();
    }
  });
});
