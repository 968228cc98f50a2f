/**
 * Campaign names and summaries in the other UI languages, checked like the rest of the
 * lists: every campaign in every language file, translated or explicitly "en"; a translation of
 * older English is never shown (the English is, marked); the real lists hold a file per language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_LANGUAGES,
  campaignI18nFile,
  campaignSource,
  checkCampaignTranslations,
  localizeCampaign,
} from '../../../src/lists/campaign-i18n';
import { readListTree } from '../../../src/lists/load';
import { formatProblem, validateLists } from '../../../src/lists/validate';
import { localizeLists } from '../../../src/ui/lists';
import type { CompiledLists } from '../../../src/core/types';
import { NOW, REPO, filesOf, goodTree, type Tree } from './helpers';
import { AVOID } from '../../support/glossary';

const DOPP = { id: 'doppelganger', name: 'Doppelganger', summary: 'Copies real outlets.' };
const GW = { id: 'ghostwriter', name: 'Ghostwriter', summary: 'Hacks accounts.' };
const de = (summary = 'Kopiert echte Medien.') => ({ name: 'Doppelganger', summary, source: campaignSource(DOPP) });

describe('checkCampaignTranslations', () => {
  it('accepts a translation of the current English, and "en" for a campaign shown in English', () => {
    const check = checkCampaignTranslations({ doppelganger: de(), ghostwriter: 'en' }, [DOPP, GW]);
    expect(check.problems).toEqual([]);
    expect(check.stale).toEqual([]);
    expect(check.compiled).toEqual({ doppelganger: de() });
  });

  it('names a missing campaign, an unknown id, and a malformed entry', () => {
    const check = checkCampaignTranslations(
      { doppelganger: { name: '', summary: ' x', source: 'nothex', note: 1 }, 'no-such-campaign': 'en' },
      [DOPP, GW],
    );
    expect(check.problems).toEqual([
      'no-such-campaign: no campaign "no-such-campaign" in lists/campaigns.json: remove it or fix the id',
      'doppelganger: unknown field: note',
      'doppelganger: "name" must be non-empty text without surrounding spaces',
      'doppelganger: "summary" must be non-empty text without surrounding spaces',
      `doppelganger: "source" must be the fingerprint of the English it translates (${campaignSource(DOPP)} today)`,
      'ghostwriter: missing: add its translation, or "en" to show it in English',
    ]);
    expect(checkCampaignTranslations([], [DOPP]).problems[0]).toMatch(/^must be a JSON object/);
  });

  it('keeps a translation of older English out, and says so', () => {
    const reworded = { ...DOPP, summary: 'Copies real outlets and government pages.' };
    const check = checkCampaignTranslations({ doppelganger: de(), ghostwriter: 'en' }, [reworded, GW]);
    expect(check.problems).toEqual([]);
    expect(check.stale).toEqual(['doppelganger']);
    expect(check.compiled).toEqual({});
  });
});

describe('localizeCampaign', () => {
  it('shows the translation only while the English is the one it was made from', () => {
    expect(localizeCampaign(DOPP, { doppelganger: de() })).toEqual({ campaign: { ...DOPP, summary: 'Kopiert echte Medien.' }, inEnglish: false });
    // A list update reworded the English: the old translation is not shown.
    const reworded = { ...DOPP, summary: 'Copies real outlets and government pages.' };
    expect(localizeCampaign(reworded, { doppelganger: de() })).toEqual({ campaign: reworded, inEnglish: true });
    expect(localizeCampaign(GW, { doppelganger: de() })).toEqual({ campaign: GW, inEnglish: true });
    expect(localizeCampaign(DOPP, null).inEnglish).toBe(true);
  });

  it('localizeLists: an English page is unchanged; another marks what stays in English', () => {
    const compiled = { campaigns: [DOPP, GW] } as unknown as CompiledLists;
    expect(localizeLists(compiled, 'en', null)).toEqual({ compiled, inEnglish: new Set() });
    const local = localizeLists(compiled, 'de', { doppelganger: de() });
    expect(local.compiled.campaigns.map((c) => c.summary)).toEqual(['Kopiert echte Medien.', GW.summary]);
    expect([...local.inEnglish]).toEqual(['ghostwriter']);
  });
});

describe('validateLists and lists/i18n/', () => {
  function withTranslation(name: string, data: unknown): string[] {
    const tree: Tree = goodTree();
    const files = [...filesOf(tree), { name, data }];
    return validateLists(files, { now: NOW }).problems.map(formatProblem);
  }

  it('reports a language file that leaves a campaign out, under the file’s name', () => {
    const campaigns = (goodTree()['campaigns.json'] ?? []) as { id: string }[];
    const all = Object.fromEntries(campaigns.map((c) => [c.id, 'en']));
    expect(withTranslation('i18n/campaigns.de.json', all)).toEqual([]);
    const [first] = campaigns;
    const { [first!.id]: _dropped, ...missing } = all;
    expect(withTranslation('i18n/campaigns.de.json', missing)).toEqual([
      `lists/i18n/campaigns.de.json: ${first!.id}: missing: add its translation, or "en" to show it in English`,
    ]);
  });

  it('refuses a file for a language the UI does not have', () => {
    expect(withTranslation('i18n/campaigns.es.json', {})).toEqual([
      'lists/i18n/campaigns.es.json: not a translation file: lists/i18n/ holds campaigns.<de|fr|uk|pl|ru>.json and notes.<lang>.json',
    ]);
  });

  it('the real lists have a file per language, every campaign in it, and Doppelganger translated', () => {
    const files = readListTree(join(REPO, 'lists'));
    for (const lang of CAMPAIGN_LANGUAGES) expect(files.map((f) => f.name)).toContain(campaignI18nFile(lang));
    expect(validateLists(files).problems.filter((p) => p.file.startsWith('i18n/')).map(formatProblem)).toEqual([]);
    const campaigns = JSON.parse(readFileSync(join(REPO, 'lists/campaigns.json'), 'utf8')) as { id: string; name: string; summary: string }[];
    for (const lang of CAMPAIGN_LANGUAGES) {
      const data = JSON.parse(readFileSync(join(REPO, 'lists', campaignI18nFile(lang)), 'utf8')) as unknown;
      const check = checkCampaignTranslations(data, campaigns);
      expect(Object.keys(check.compiled), lang).toContain('doppelganger');
    }
  });
});

describe('the real campaign translations', () => {
  const campaigns = JSON.parse(readFileSync(join(REPO, 'lists/campaigns.json'), 'utf8')) as { id: string; name: string; summary: string }[];
  const compiled = (lang: string) =>
    checkCampaignTranslations(JSON.parse(readFileSync(join(REPO, 'lists', campaignI18nFile(lang)), 'utf8')) as unknown, campaigns).compiled;

  it('translate every campaign the real-browser language tests show, from the current English', () => {
    // test/e2e fixtures: the clones and research page (Doppelganger), the Nio Thinker outlet
    // (Storm-2035), the persona (Belarus/Russia network) and the feed's other accounts, the amplifier
    // (Storm-1516), and the campaigns named beside them.
    const shown = [
      'doppelganger',
      'storm-1516',
      'storm-2035',
      'portal-kombat',
      'spamouflage',
      'belarus-russia-poland-2025',
      'international-burke-institute-2026',
    ];
    for (const lang of CAMPAIGN_LANGUAGES) expect(shown.filter((id) => !(id in compiled(lang))), lang).toEqual([]);
  });

  it('never collapse a role into a word for "fake" (glossary), except where the English says forged or false', () => {
    const ENGLISH_SAYS: Record<string, string[]> = {
      de: ['belarus-russia-poland-2025', 'ghostwriter'], // "falsely presented itself", "forged statements"
      fr: ['ru-sub-saharan-africa-2026'], // "false or invented bylines"
    };
    for (const lang of CAMPAIGN_LANGUAGES) {
      const flagged = Object.entries(compiled(lang))
        .filter(([, t]) => AVOID[lang]!.test(t.name) || AVOID[lang]!.test(t.summary))
        .map(([id]) => id);
      expect(flagged, lang).toEqual(ENGLISH_SAYS[lang] ?? []);
    }
  });
});

