/**
 * lists/COVERAGE.md: per campaign, indicators by role and platform, the newest source
 * date, the sources, and the known gaps; a campaign with nothing listed says so.
 */
import { describe, expect, it } from 'vitest';
import { campaignCoverage, renderCoverage } from '../../../src/lists/coverage';
import { validateLists } from '../../../src/lists/validate';
import { NOW, entry, filesOf, goodTree } from './helpers';

function fixtureLists(mutate?: (tree: ReturnType<typeof goodTree>) => void) {
  const tree = goodTree();
  mutate?.(tree);
  return validateLists(filesOf(tree), { now: NOW }).lists;
}

describe('campaignCoverage', () => {
  it('counts by role and platform, takes the newest cited source date, and collects every cited source', () => {
    const [dopp] = campaignCoverage(fixtureLists());
    expect(dopp).toEqual({
      id: 'doppelganger',
      name: 'Doppelganger',
      indicators: 4,
      byRole: [['impersonation', 2], ['persona', 1], ['placed-article', 1]],
      byPlatform: [['pinterest', 2], ['web', 2]],
      newestReport: '2023-08',
      sources: ['eu-disinfolab-2022-doppelganger', 'meta-q2-2023-doppelganger-iocs'],
    });
  });

  it("carries the campaign's own gaps sentence", () => {
    const lists = fixtureLists((tree) => {
      entry(tree, 'campaigns.json', 'doppelganger').gaps = 'Its 2024 domains are not transcribed yet.';
    });
    expect(campaignCoverage(lists)[0]!.gaps).toBe('Its 2024 domains are not transcribed yet.');
  });
});

describe('renderCoverage', () => {
  it('is one table row per campaign, names campaigns with no indicator, and escapes table syntax', () => {
    const lists = fixtureLists((tree) => {
      entry(tree, 'campaigns.json', 'doppelganger').gaps = 'A | B';
    });
    const text = renderCoverage(lists, '1.2.3');
    expect(text).toContain('from the lists at version 1.2.3');
    expect(text).toContain('4 indicators in 1 campaign, citing 2 sources; 0 campaigns have no indicator.');
    expect(text).toContain(
      '| Doppelganger (`doppelganger`) | 4 | impersonation 2, persona 1, placed-article 1 | pinterest 2, web 2 | 2023-08 | `eu-disinfolab-2022-doppelganger`, `meta-q2-2023-doppelganger-iocs` | A \\| B |',
    );
    const empty = renderCoverage({ ...lists, indicators: [] }, '1.2.3');
    expect(empty).toContain('1 campaign has no indicator: Doppelganger.');
    expect(empty).toContain('| Doppelganger (`doppelganger`) | 0 | – | – |');
  });
});
