import { describe, expect, it } from 'vitest';
import { fromYourList, lookalikeSummary, publisherPhrase, withArticle } from '../../../src/core/summaries';
import type { SourceRef } from '../../../src/core/types';

const src = (publisher: string, tier: SourceRef['tier'], title = 'A report'): SourceRef => ({
  id: publisher,
  publisher,
  title,
  url: 'https://example.org/',
  tier,
});

describe('summaries', () => {
  it('names primary publishers, and secondary ones as such', () => {
    expect(publisherPhrase([src('Meta', 'primary-indicator-file')])).toBe('Meta');
    expect(publisherPhrase([src('Meta', 'primary-indicator-file'), src('US Department of Justice', 'primary-report')])).toBe(
      'Meta and US Department of Justice',
    );
    // A secondary source is not named when a primary one says the same.
    expect(publisherPhrase([src('Meta', 'primary-indicator-file'), src('DIMA (M82 Project)', 'secondary')])).toBe('Meta');
    expect(publisherPhrase([src('VIGINUM', 'secondary')])).toBe('VIGINUM (via a secondary compilation)');
    expect(
      publisherPhrase([
        src('DIMA (M82 Project)', 'secondary', "DIMA (M82 Project) compilation citing VIGINUM's Storm-1516 report (May 2025)"),
      ]),
    ).toBe('VIGINUM (via DIMA, a secondary compilation)');
    expect(publisherPhrase([])).toBe('A cited source');
  });
  it('chooses a or an', () => {
    expect(withArticle('Doppelganger')).toBe('a Doppelganger');
    expect(withArticle('IUVM / Endless Mayfly')).toBe('an IUVM / Endless Mayfly');
    expect(withArticle('FSB')).toBe('an FSB');
    expect(withArticle('Spamouflage')).toBe('a Spamouflage');
    expect(withArticle('European')).toBe('a European');
  });
  it('never uses loaded words', () => {
    const text = lookalikeSummary({
      host: 'x.pm',
      display: 'x.pm',
      kind: 'other-suffix',
      suffix: 'pm',
      outletDomain: 'x.com',
      outletName: 'X',
    });
    expect(text).toBe('This address uses the name of x.com with another domain ending (.pm).');
    expect(text).not.toMatch(/fake|propaganda|malicious/i);
  });
});

describe('fromYourList', () => {
  const unmask: SourceRef = { id: 'meta-q2', publisher: 'Meta', title: 'Report', url: 'https://example.org/r', tier: 'primary-report' };
  const mine: SourceRef = { ...unmask, id: 'user:x:r', list: 'My research' };
  it('says whose claim it is: none for Unmask alone, all from a list, or partly', () => {
    expect(fromYourList([unmask])).toBeNull();
    expect(fromYourList([mine])).toBe('From your list “My research”');
    expect(fromYourList([unmask, mine])).toBe('Partly from your list “My research”');
    expect(fromYourList([mine, { ...mine, list: 'Other' }])).toBe('From your lists “My research” and “Other”');
  });
});
