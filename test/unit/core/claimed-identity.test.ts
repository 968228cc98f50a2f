import { describe, expect, it } from 'vitest';
import { boundedDistance } from '../../../src/core/detectors/claimed-identity';
import { isDistinctiveName, normalizeName, siteClaims, stripCopyright } from '../../../src/core/detectors/names';
import type { ClaimedName } from '../../../src/core/types';
import { NOW, engine, only, reasons } from './fixture';

const judge = (url: string, claims: ClaimedName[], options = {}) => engine.judge(url, { claimedNames: claims }, { now: NOW, ...options });

describe('name normalisation', () => {
  it('folds case, diacritics, confusables, punctuation and a leading "the"', () => {
    expect(normalizeName('The Washington Post')).toBe('washington post');
    expect(normalizeName('  THE   WASHINGTON-POST ')).toBe('washington post');
    expect(normalizeName('The Washingtοn Post')).toBe('washington post'); // Greek omicron
    expect(normalizeName('DER SPIEGEL')).toBe('der spiegel');
    expect(normalizeName('Le Monde.fr')).toBe('le monde fr');
    expect(normalizeName('Nío Thínker')).toBe('nio thinker');
  });
  it('takes from a title only the part after a separator, or a title that is only the name', () => {
    const texts = (value: string) => siteClaims([{ source: 'title', value }]).map((c) => c.text);
    expect(texts('Trump says something | The Washington Post')).toEqual(['The Washington Post']);
    expect(texts('Trump says something - The Washington Post')).toEqual(['The Washington Post']);
    expect(texts('The Washington Post')).toEqual(['The Washington Post']);
    expect(texts('How Doppelganger cloned The Washington Post')).toEqual(['How Doppelganger cloned The Washington Post']);
    expect(texts('The Washington Post | Facebook')).toEqual(['Facebook']);
  });
  it('reads the name out of a copyright line', () => {
    expect(stripCopyright('© 2024 The Washington Post. All rights reserved.')).toBe('The Washington Post');
    expect(stripCopyright('Copyright (c) 1996-2025 Nio Thinker')).toBe('Nio Thinker');
    expect(stripCopyright('© 2024 DER SPIEGEL GmbH & Co. KG')).toBe('DER SPIEGEL');
    expect(stripCopyright('© Le Monde - Tous droits réservés')).toBe('Le Monde');
  });
  it('treats generic names as not distinctive', () => {
    for (const n of ['News', 'The Times', 'Daily News', 'World', 'BILD', 'Post'])
      expect(isDistinctiveName(normalizeName(n)), n).toBe(false);
    for (const n of ['The Washington Post', 'Nio Thinker', 'Le Monde', 'Savannah Time', 'DER SPIEGEL'])
      expect(isDistinctiveName(normalizeName(n)), n).toBe(true);
  });
  it('caps claims: 20 of 300 characters', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ source: 'og:site_name' as const, value: `Name number ${i} ${'x'.repeat(1000)}` }));
    const out = siteClaims(many);
    expect(out.length).toBe(20);
    expect(out.every((c) => c.text.length <= 300)).toBe(true);
  });
  it('bounded distance', () => {
    expect(boundedDistance('washington post', 'washingtom post', 2)).toBe(1);
    expect(boundedDistance('washington post', 'washington times', 2)).toBe(3);
    expect(boundedDistance('nio thinker', 'nio thinekr', 1)).toBe(1);
  });
});

describe('claimed identity: positives', () => {
  it("a protected outlet's name on a domain that is not its own: medium claims-outlet-name", () => {
    const v = judge('https://daily-report.example.net/2024/article', [{ source: 'og:site_name', value: 'The Washington Post' }]);
    const f = only(v, 'claims-outlet-name');
    expect(f).toMatchObject({
      level: 'medium',
      impersonates: 'washingtonpost.com',
      outlet: 'The Washington Post',
      indicator: 'daily-report.example.net',
    });
    expect(f.evidence.claimedName).toEqual({ source: 'og:site_name', value: 'The Washington Post' });
    expect(v.level).toBe('medium');
  });
  it('every site-identity source counts, and a title after its separator', () => {
    for (const claim of [
      { source: 'application-name', value: 'DER SPIEGEL' },
      { source: 'ld+json', value: 'Der Spiegel' },
      { source: 'logo-alt', value: 'DER SPIEGEL' },
      { source: 'copyright', value: '© 2024 DER SPIEGEL GmbH & Co. KG' },
      { source: 'title', value: 'Ukraine: die Lage am Abend - DER SPIEGEL' },
    ] as ClaimedName[]) {
      expect(reasons(judge('https://example.org/', [claim])), claim.source).toEqual(['medium:claims-outlet-name']);
    }
  });
  it('a campaign brand on an unlisted domain: medium claims-campaign-brand naming the campaign', () => {
    const v = judge('https://nio-thinker.news/', [{ source: 'og:site_name', value: 'Nio Thinker' }]);
    const f = only(v, 'claims-campaign-brand');
    expect(f).toMatchObject({ level: 'medium', campaign: { id: 'storm-2035', name: 'Storm-2035' }, actor: { country: 'IR' } });
    expect(f.summary).toBe(
      'This page presents itself as “Nio Thinker”, the name of a site OpenAI (via a secondary compilation) ties to Storm-2035; this address is not in the lists.',
    );
    expect(
      only(judge('https://example.org/', [{ source: 'copyright', value: '© 2024 Savannah Time' }]), 'claims-campaign-brand').campaign?.id,
    ).toBe('storm-2035');
  });
  it('close spellings, through the guarded fuzzy match', () => {
    const f = only(judge('https://example.org/', [{ source: 'og:site_name', value: 'The Washingtom Post' }]), 'claims-outlet-name');
    expect(f.summary).toContain('a name close to The Washington Post');
    expect(
      only(judge('https://example.org/', [{ source: 'og:site_name', value: 'Nio Thinkerr' }]), 'claims-campaign-brand').campaign?.id,
    ).toBe('storm-2035');
  });
});

describe('claimed identity: negatives', () => {
  it("on a social platform the site name is the platform's and the title an account's: no outlet claim", () => {
    // An outlet's own account names itself after the outlet (real-index.test.ts: t.me pages call
    // themselves "Telegram", a protected Croatian outlet's name too).
    expect(judge('https://x.com/washingtonpost', [{ source: 'title', value: 'The Washington Post' }]).level).toBe('none');
    expect(judge('https://t.me/s/washingtonpost', [{ source: 'og:site_name', value: 'The Washington Post' }]).level).toBe('none');
    expect(reasons(judge('https://daily-report.example.net/', [{ source: 'title', value: 'The Washington Post' }]))).toEqual([
      'medium:claims-outlet-name',
    ]);
  });
  it("the outlet on its own official domain, or on another outlet's, claims nothing", () => {
    expect(judge('https://www.washingtonpost.com/politics/x', [{ source: 'og:site_name', value: 'The Washington Post' }]).level).toBe(
      'none',
    );
    expect(judge('https://wapo.st/abc', [{ source: 'og:site_name', value: 'The Washington Post' }]).level).toBe('none');
    expect(judge('https://edition.cnn.com/x', [{ source: 'ld+json', value: 'The Washington Post' }]).level).toBe('none');
  });
  it('a page that merely mentions an outlet in its headline is not claiming to be it', () => {
    const v = judge('https://dfrlab.org/2024/09/05/doppelganger/', [
      { source: 'title', value: 'How Doppelganger cloned The Washington Post and Der Spiegel | DFRLab' },
      { source: 'og:site_name', value: 'DFRLab' },
    ]);
    expect(v.level).toBe('none');
    expect(judge('https://example.org/', [{ source: 'title', value: 'The Washington Post: a history' }]).level).toBe('none');
  });
  it('a listed site claiming its own brand gets only its listed finding', () => {
    const v = judge('https://niothinker.com/', [{ source: 'og:site_name', value: 'Nio Thinker' }]);
    expect(reasons(v)).toEqual(['medium:listed-domain']);
  });
  it('generic and near names do not match', () => {
    for (const value of ['News', 'The Times', 'Daily News', 'Washington', 'The Washington Times', 'Post', 'Bild', 'Le Mond', 'Savannah']) {
      expect(judge('https://example.org/', [{ source: 'og:site_name', value }]).level, value).toBe('none');
    }
  });
  it('disabled campaigns and the documented sensitivity turn claims off', () => {
    expect(
      judge('https://example.org/', [{ source: 'og:site_name', value: 'Nio Thinker' }], { disabledCampaigns: ['storm-2035'] }).level,
    ).toBe('none');
    expect(
      judge('https://example.org/', [{ source: 'og:site_name', value: 'The Washington Post' }], { sensitivity: 'documented' }).level,
    ).toBe('none');
  });
  it('junk claims are ignored', () => {
    const junk = [
      null,
      42,
      { source: 'og:site_name' },
      { source: 'og:site_name', value: 7 },
      { source: 'nonsense', value: 'The Washington Post' },
    ] as unknown as ClaimedName[];
    expect(judge('https://example.org/', junk).level).toBe('none');
  });
});
