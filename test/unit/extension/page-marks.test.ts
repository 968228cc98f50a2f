/**
 * What the background lets into a page (src/extension/background/page-marks.ts):
 * no bar and no marker in badge-only mode; none for findings only from the person's own lists
 * unless they opted in; markers with the link and its level only.
 */
import { describe, expect, it } from 'vitest';
import type { FlaggedTarget, Finding, SourceRef } from '../../../src/core/types';
import type { TabState } from '../../../src/extension/messages';
import { pageMarkers, warningInfo } from '../../../src/extension/background/page-marks';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/extension/settings';

const META: SourceRef = { id: 'meta', publisher: 'Meta', title: 'Report', url: 'https://example.org/r', tier: 'primary-report' };
const MINE: SourceRef = {
  id: 'user:mine:s',
  publisher: 'Me',
  title: 'Notes',
  url: 'https://example.org/n',
  tier: 'primary-report',
  list: 'Sources under watch',
};

function finding(level: Finding['level'], summary: string, sources: SourceRef[]): Finding {
  return { reason: 'listed-domain', level, summary, evidence: {}, sources };
}

function tab(findings: Finding[], url = 'https://flagged.example/'): TabState {
  return {
    tabId: 1,
    url,
    phase: 'page',
    verdict: { target: url, level: findings[0]?.level ?? 'none', findings },
    flagged: [],
    allowlisted: false,
    judgedAt: 0,
    listsVersion: 't',
  };
}

const settings = (s: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...s });
const OWN = 'From your list “Sources under watch”: Listed as a campaign site.';

describe('warningInfo', () => {
  it("speaks of a finding from Unmask's lists as before", () => {
    const info = warningInfo(tab([finding('high', 'Listed by Meta.', [META])]), settings(), []);
    expect(info).toMatchObject({ level: 'high', headline: 'Listed by Meta.' });
  });

  it("shows no bar for a finding only from the person's own list, unless they opted in", () => {
    const own = tab([finding('high', OWN, [MINE])]);
    expect(warningInfo(own, settings(), [])).toBeNull();
    expect(warningInfo(own, settings({ ownListsOnPages: true }), [])).toMatchObject({ level: 'high', headline: OWN });
  });

  it("speaks of Unmask's own finding when a higher one comes from the person's list, at its own level", () => {
    const mixed = tab([finding('high', OWN, [MINE]), finding('medium', 'Imitates an outlet.', [])]);
    expect(warningInfo(mixed, settings(), [])).toBeNull(); // medium is below the default warning level
    expect(warningInfo(mixed, settings({ warningBar: 'medium' }), [])).toMatchObject({ level: 'medium', headline: 'Imitates an outlet.' });
    // A finding citing Unmask's sources and the person's is not theirs alone.
    const both = tab([finding('high', 'Listed by Meta and you.', [MINE, META])]);
    expect(warningInfo(both, settings(), [])).toMatchObject({ level: 'high' });
  });

  it('shows nothing in badge-only mode, whatever the warning level', () => {
    const high = tab([finding('high', 'Listed by Meta.', [META])]);
    expect(warningInfo(high, settings({ badgeOnly: true, warningBar: 'medium', ownListsOnPages: true }), [])).toBeNull();
    expect(warningInfo(high, settings({ warningBar: 'off' }), [])).toBeNull();
    expect(warningInfo(high, settings(), ['flagged.example'])).toBeNull();
  });
});

describe('pageMarkers', () => {
  const flagged: FlaggedTarget[] = [
    { href: 'https://a.example/', level: 'high', summary: 'Listed by Meta.', campaign: { id: 'doppelganger', name: 'Doppelganger' } },
    { href: 'https://b.example/', level: 'medium', summary: OWN, ownList: true },
    { href: 'https://c.example/', level: 'high', summary: 'Listed by Meta.' },
  ];
  const batch = new Set(['https://a.example/', 'https://b.example/']);

  it("carry the link and its level only, for this batch, never for the person's own lists by default", () => {
    expect(pageMarkers(flagged, batch, settings({ linkMarkers: true }), 200)).toEqual([{ href: 'https://a.example/', level: 'high' }]);
    expect(pageMarkers(flagged, batch, settings({ linkMarkers: true, ownListsOnPages: true }), 200)).toEqual([
      { href: 'https://a.example/', level: 'high' },
      { href: 'https://b.example/', level: 'medium' },
    ]);
    expect(pageMarkers(flagged, batch, settings({ linkMarkers: true, ownListsOnPages: true }), 1)).toHaveLength(1);
  });

  it('are never given when markers are off or in badge-only mode', () => {
    expect(pageMarkers(flagged, batch, settings(), 200)).toEqual([]);
    expect(pageMarkers(flagged, batch, settings({ linkMarkers: true, badgeOnly: true }), 200)).toEqual([]);
  });
});
