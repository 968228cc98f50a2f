/**
 * Levels from evidence, not from silence: what the address alone says, and how the
 * page's own name raises or lowers it; successors of campaign outlets. Small lists written here,
 * compiled the way `npm run lists` compiles (weakLabels and campaignLabels generated).
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import { awaitsPage } from '../../../src/core/levels';
import type { ClaimedName, CompiledLists, Indicator, ProtectedOutlet, Verdict } from '../../../src/core/types';

const outlet = (id: string, name: string, domains: string[], weakLabels?: string[]): ProtectedOutlet => ({
  id,
  name,
  names: [],
  domains,
  country: 'DE',
  kind: 'news',
  ...(weakLabels ? { weakLabels } : {}),
});
const operated = (value: string, extra: Partial<Indicator> = {}): Indicator => ({
  value,
  kind: 'domain',
  platform: 'web',
  role: 'operated-outlet',
  campaign: 'storm-1516',
  firstReported: '2024-05',
  sources: ['viginum'],
  ...extra,
});

const LISTS: CompiledLists = {
  format: 1,
  version: '0.0.0',
  sources: [
    {
      id: 'viginum',
      publisher: 'VIGINUM',
      title: 'Storm-1516',
      url: 'https://www.sgdsn.gouv.fr/x',
      date: '2025-05',
      tier: 'primary-report',
      licence: 'not stated',
    },
  ],
  actors: [],
  campaigns: [
    {
      id: 'storm-1516',
      name: 'Storm-1516',
      aliases: [],
      attribution: [],
      origin: ['RU'],
      targets: { countries: [], languages: [] },
      active: {},
      status: 'active',
      summary: 'x',
      tactics: [],
      sources: ['viginum'],
    },
  ],
  indicators: [operated('dcweekly.org'), operated('bostontimes.org'), operated('dailynews.press'), operated('bild-de.net')],
  outlets: [
    outlet('washington-post', 'The Washington Post', ['washingtonpost.com']),
    outlet('bild', 'BILD', ['bild.de'], ['bild']),
    outlet('der-spiegel', 'DER SPIEGEL', ['spiegel.de'], ['spiegel']),
    outlet('delfi', 'Delfi', ['delfi.lt']),
    outlet('bbc', 'BBC', ['bbc.co.uk', 'bbc.com'], ['bbc']),
    outlet('eci', 'Election Commission of India', ['eci.gov.in'], ['eci']),
  ],
  artifacts: [],
  campaignLabels: { bostontimes: 'words', dailynews: 'generic' },
};
const engine = createEngine(LISTS);
const byAddress = (host: string): Verdict => engine.judge(`https://${host}/`);
const withPage = (host: string, ...names: string[]): Verdict =>
  engine.judge(`https://${host}/`, { claimedNames: names.map((value): ClaimedName => ({ source: 'og:site_name', value })) });
const reasons = (v: Verdict) => v.findings.map((f) => `${f.reason}/${f.level}`);

describe('lookalikes of protected outlets: the address alone', () => {
  it('a distinctive name on another ending, a confusable, a typo and an embedding are medium', () => {
    expect(byAddress('washingtonpost.pm').level).toBe('medium');
    expect(byAddress('xn--wshingtonpost-w1k.com').level).toBe('medium');
    expect(byAddress('washingtonpst.com').level).toBe('medium');
    expect(byAddress('washingtonpost.com-news.ru').level).toBe('medium');
    expect(byAddress('thewashingtonpostnews.com').level).toBe('medium');
  });

  it('a common-word name on another ending is low, and says the name is a common word', () => {
    const v = byAddress('bild.work');
    expect(reasons(v)).toEqual(['lookalike-domain/low']);
    expect(v.findings[0]!.summary).toContain('“bild” is also a common word');
    expect(v.findings[0]!.evidence.commonName).toBe(true);
    // A doubled letter of a short common word (Doppelganger's bildd / weltt pattern): low too.
    expect(byAddress('bildd.beauty').level).toBe('low');
  });

  it('an edit of a short name needs more than the edit', () => {
    expect(byAddress('delft.lt').level).toBe('none');
    expect(withPage('delft.lt', 'Delfi').level).toBe('high');
  });

  it('a short name or common word standing as a whole part of a longer address is low, inside a word none', () => {
    for (const host of ['bbc-uk.news', 'uk-bbc.com', 'bild-d.beauty', 'news.spiegel-online.click']) {
      const v = byAddress(host);
      expect(reasons(v), host).toEqual(['lookalike-domain/low']);
      expect(v.findings[0]!.evidence.commonName, host).toBe(true);
      expect(v.findings[0]!.summary, host).toContain('is also a common word or short name');
    }
    expect(byAddress('bbcuk.news').level).toBe('none');
    expect(byAddress('mybildshop.com').level).toBe('none');
    // Two letters as a part of an address are everywhere: never a sign.
    expect(byAddress('wo-it.com').level).toBe('none');
  });

  it('a common word written together with affixes on both sides is low; with one, or a short name, none', () => {
    for (const host of ['ukspiegelnet.com', 'despiegelnews.com', 'tvbild24.info']) {
      const v = byAddress(host);
      expect(reasons(v), host).toEqual(['lookalike-domain/low']);
      expect(v.findings[0]!.evidence.commonName, host).toBe(true);
    }
    // One affix beside a common word makes another word as often as a clone.
    for (const host of ['spiegelnet.com', 'bildnews.com', 'ukspiegel.com', 'spiegeles.com'])
      expect(byAddress(host).level, host).toBe('none');
    // A short name, even a distinctive one, with a number or a news word is another name (`unina2`).
    expect(byAddress('delfi24.com').level).toBe('none');
    // A country code after a name makes other words; only news words, `net` and numbers count there.
    expect(byAddress('ukspiegeles.com').level).toBe('none');
  });

  it('a common word of seven letters or more with one letter changed is low; shorter ones need the claim', () => {
    const v = byAddress('spiegelr.live');
    expect(reasons(v)).toEqual(['lookalike-domain/low']);
    expect(v.findings[0]!.evidence.commonName).toBe(true);
    expect(byAddress('bilf.de').level).toBe('none');
    expect(withPage('spiegelr.live', 'DER SPIEGEL').level).toBe('high');
  });

  it('endings only the entitled can register are never lookalikes', () => {
    expect(byAddress('washingtonpost.gov.pl').level).toBe('none');
    expect(byAddress('washingtonpost.ac.uk').level).toBe('none');
    expect(byAddress('bild.k12.ca.us').level).toBe('none');
  });
});

describe('lookalikes: what the page says settles it', () => {
  it('a page claiming the outlet raises any resemblance to high', () => {
    expect(withPage('bild.work', 'BILD').level).toBe('high');
    expect(withPage('washingtonpost.pm', 'The Washington Post').level).toBe('high');
    expect(withPage('bild-d.beauty', 'BILD').level).toBe('high');
  });

  it('a page that names itself as something else: a common-word name is dropped, a distinctive one is low', () => {
    expect(withPage('bild.hu', 'Bild Magyarország').level).toBe('none');
    expect(withPage('spiegel.at', 'Spiegel Optik Wien').level).toBe('none');
    const v = withPage('washingtonpost.fan', 'Fan Club of Capitals');
    expect(reasons(v)).toEqual(['lookalike-domain/low']);
    expect(v.findings[0]!.summary).toContain('presents itself as “Fan Club of Capitals”');
  });

  it('a short name in a title segment does not stop the rest of the title naming the site otherwise', () => {
    const title = (host: string, value: string) => engine.judge(`https://${host}/`, { claimedNames: [{ source: 'title', value }] });
    expect(title('eci-liege.be', "ECI - École de commerce et d'informatique").level).toBe('none');
    expect(title('bbc-uk.news', 'Home - BBC').level).toBe('low');
    expect(withPage('bbc-uk.news', 'BBC').level).toBe('high');
    expect(withPage('bbc-uk.news', 'UK Business Club').level).toBe('none');
  });

  it('an official domain is never a lookalike, whatever it claims', () => {
    expect(withPage('washingtonpost.com', 'BILD').level).toBe('none');
  });
});

describe('successors of campaign outlets', () => {
  it('a distinctive campaign-outlet name on a new address is medium, never high on its own', () => {
    for (const host of ['dcweekly.news', 'dc-weekly.news', 'dcweekly-us.com']) {
      const v = byAddress(host);
      expect(reasons(v), host).toEqual(['successor-domain/medium']);
      expect(v.findings[0]!.summary).toContain('dcweekly.org');
      expect(v.findings[0]!.campaign?.id).toBe('storm-1516');
    }
  });

  it('a name made of common words is low and says so; a generic one is never looked for', () => {
    const v = byAddress('bostontimes.net');
    expect(reasons(v)).toEqual(['successor-domain/low']);
    expect(v.findings[0]!.summary).toContain('common words');
    expect(byAddress('dailynews.com').level).toBe('none');
  });

  it('with the page: claiming the brand is medium; naming itself otherwise lowers or drops it', () => {
    expect(reasons(withPage('dc-weekly.news', 'DC Weekly'))).toEqual(['claims-campaign-brand/medium']);
    expect(withPage('bostontimes.net', 'The Boston Times Community Paper').level).toBe('none');
    expect(reasons(withPage('dcweekly.news', 'Metro Cycling Club'))).toEqual(['successor-domain/low']);
  });

  it('a page calling itself by a campaign outlet name on an unrelated address is medium', () => {
    const v = withPage('example.org', 'DC Weekly');
    expect(reasons(v)).toEqual(['claims-campaign-brand/medium']);
    expect(v.findings[0]!.summary).toContain('dcweekly.org');
  });

  it('the outlet itself is its listed finding only', () => {
    expect(reasons(byAddress('dcweekly.org'))).toEqual(['listed-domain/high']);
  });

  it('on a listed address a weak resemblance adds nothing to what the source documents', () => {
    expect(reasons(byAddress('bild-de.net'))).toEqual(['listed-domain/high']);
    expect(reasons(byAddress('bild-uk.com'))).toEqual(['lookalike-domain/low']);
  });
});

describe('awaitsPage: a weak resemblance waits for the page before the badge shows', () => {
  it('only a verdict resting on common-word names waits', () => {
    expect(awaitsPage(byAddress('bild.work'))).toBe(true);
    expect(awaitsPage(byAddress('bostontimes.net'))).toBe(true);
    expect(awaitsPage(byAddress('washingtonpost.pm'))).toBe(false);
    expect(awaitsPage(byAddress('dcweekly.news'))).toBe(false);
    expect(awaitsPage(byAddress('example.org'))).toBe(false);
  });
});

describe('numbers written apart make no name', () => {
  it('local-news-24 is not news24, and a campaign outlet news360 is not in local-news-360', () => {
    const lists: CompiledLists = {
      ...LISTS,
      outlets: [...LISTS.outlets, outlet('news24', 'News24', ['news24.com'])],
      indicators: [...LISTS.indicators, operated('worldnews360.com')],
    };
    const e = createEngine(lists);
    expect(e.judge('https://local-news-24.org/').level).toBe('none');
    expect(e.judge('https://news24-live.org/').level).toBe('medium');
    expect(e.judge('https://local-worldnews-360.org/').level).toBe('none');
    expect(e.judge('https://worldnews360-live.org/').level).not.toBe('none');
  });
});
