/**
 * The explorer's search and data on the REAL compiled lists (public/unmask-index.json, made by
 * `npm run lists`): the aliases, brands, domains and handles below are documented rows of lists/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCompiled } from '../../../src/lists/compiled';
import {
  buildExplorerModel,
  campaignTimeline,
  coverageUrl,
  indicatorDates,
  indicatorPage,
  parseExplorerHash,
  roleCounts,
  searchExplorer,
  searchKey,
  type ExplorerModel,
} from '../../../src/tools/explorer-model';

const INDEX = new URL('../../../public/unmask-index.json', import.meta.url);

describe('explorer dates and coverage link', () => {
  it('shows a first-seen date only when it is earlier than the first report, at the precision both share', () => {
    expect(indicatorDates({ firstReported: '2022-09-27', firstSeen: '2022-06-29' })).toEqual({
      reported: '2022-09-27',
      seen: '2022-06-29',
    });
    expect(indicatorDates({ firstReported: '2024-02-07', firstSeen: '2019-07' })).toEqual({ reported: '2024-02-07', seen: '2019-07' });
    // "2023" may be earlier than May 2023: kept, as the list checks keep it.
    expect(indicatorDates({ firstReported: '2023-05', firstSeen: '2023' })).toEqual({ reported: '2023-05', seen: '2023' });
    expect(indicatorDates({ firstReported: '2023-05', firstSeen: '2023-05' })).toEqual({ reported: '2023-05' });
    expect(indicatorDates({ firstReported: '2023-05', firstSeen: '2023-06-01' })).toEqual({ reported: '2023-05' });
    expect(indicatorDates({ firstReported: '2023-05' })).toEqual({ reported: '2023-05' });
    expect(indicatorDates({ firstSeen: '2019-07' })).toEqual({ seen: '2019-07' });
    expect(indicatorDates({})).toEqual({});
  });
  it('points to lists/COVERAGE.md on the repository, with or without a trailing slash', () => {
    expect(coverageUrl('https://github.com/unmask-project/unmask')).toBe(
      'https://github.com/unmask-project/unmask/blob/main/lists/COVERAGE.md',
    );
    expect(coverageUrl('https://github.com/unmask-project/unmask/')).toBe(
      'https://github.com/unmask-project/unmask/blob/main/lists/COVERAGE.md',
    );
  });
});

describe.skipIf(!existsSync(INDEX))('explorer model on the real lists', () => {
  let model: ExplorerModel;
  beforeAll(() => {
    model = buildExplorerModel(parseCompiled(readFileSync(INDEX, 'utf8')));
  });
  const first = (q: string) => searchExplorer(model, q)[0];

  it("gives a Doppelganger clone Meta's registration date as first seen, before the first report", () => {
    const spiegel = model.indicatorsByCampaign.get('doppelganger')!.find((i) => i.value === 'spiegel.ltd')!;
    expect(indicatorDates(spiegel)).toEqual({ reported: '2022-09-27', seen: '2022-06-29' });
    const portal = model.indicatorsByCampaign.get('portal-kombat')!.find((i) => i.value === 'pravda-it.com')!;
    expect(indicatorDates(portal)).toEqual({ reported: '2025-01-06', seen: '2024-03-20' });
  });

  it("finds campaigns by another vendor's name", () => {
    expect(first('CopyCop')).toMatchObject({ kind: 'campaign', id: 'storm-1516' });
    expect(first('Storm-1099')).toMatchObject({ kind: 'campaign', id: 'doppelganger', matched: 'Storm-1099' });
    expect(first('seaborgium')).toMatchObject({ kind: 'campaign', id: 'star-blizzard' });
    expect(first('Dopelganger')).toMatchObject({ kind: 'campaign', id: 'doppelganger' });
  });
  it('finds an outlet by its brand name, and an actor by name or alias', () => {
    expect(first('Nio Thinker')).toMatchObject({ kind: 'indicator', id: 'niothinker.com', campaign: 'storm-2035', matched: 'Nio Thinker' });
    expect(first('Social Design Agency')).toMatchObject({ kind: 'actor', id: 'social-design-agency' });
  });
  it('finds a domain exactly, whatever the scheme, www. or case, and by prefix', () => {
    for (const q of ['washingtonpost.pm', 'https://www.WashingtonPost.pm/']) {
      expect(first(q), q).toMatchObject({ kind: 'indicator', id: 'washingtonpost.pm', campaign: 'doppelganger', role: 'impersonation' });
    }
    expect(searchExplorer(model, 'washingtonpost.').some((h) => h.id === 'washingtonpost.pm')).toBe(true);
  });
  it('finds a handle by its profile URL, by platform/name and by name', () => {
    expect(first('https://x.com/institute_ibi')).toMatchObject({ kind: 'indicator', id: 'https://x.com/institute_ibi', role: 'persona' });
    expect(first('x.com/institute_ibi')).toMatchObject({ id: 'https://x.com/institute_ibi' });
    const byName = searchExplorer(model, '@institute_ibi').map((h) => h.id);
    expect(byName).toContain('https://x.com/institute_ibi');
    expect(byName).toContain('https://t.me/institute_ibi');
  });
  it('finds nothing for nonsense and for one letter, and stays within the limit', () => {
    expect(searchExplorer(model, 'zzqxjvwk')).toEqual([]);
    expect(searchExplorer(model, 'a')).toEqual([]);
    expect(searchExplorer(model, 'ru', 10).length).toBeLessThanOrEqual(10);
  });
  it('is fast: a search over ~8,300 indicators takes milliseconds', () => {
    const started = performance.now();
    for (const q of ['CopyCop', 'washingtonpost.pm', 'Nio Thinker', 'institute_ibi', 'storm']) searchExplorer(model, q);
    expect((performance.now() - started) / 5).toBeLessThan(50);
  });
  it('counts indicators by role, pages them 100 at a time, and filters by role and text', () => {
    const dopp = model.indicatorsByCampaign.get('doppelganger')!;
    const counts = roleCounts(dopp);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(dopp.length);
    expect(counts.find((c) => c.role === 'impersonation')!.count).toBeGreaterThan(0);
    const page = indicatorPage(dopp, 0);
    expect(page.items).toHaveLength(100);
    expect(page.pages).toBe(Math.ceil(dopp.length / 100));
    const last = indicatorPage(dopp, 10_000);
    expect(last.page).toBe(last.pages - 1);
    const filtered = indicatorPage(dopp, 0, { role: 'impersonation', text: 'washingtonpost' });
    expect(filtered.items.map((i) => i.value)).toContain('washingtonpost.pm');
    expect(filtered.items.every((i) => i.role === 'impersonation')).toBe(true);
  });
  it("the timeline lists the campaign's reports oldest first, undated last, each once", () => {
    const campaign = model.campaignById.get('doppelganger')!;
    const timeline = campaignTimeline(model, campaign);
    const dated = timeline.filter((e) => e.date).map((e) => e.date!);
    expect(dated).toEqual([...dated].sort());
    expect(new Set(timeline.map((e) => e.source.id)).size).toBe(timeline.length);
    const firstUndated = timeline.findIndex((e) => !e.date);
    if (firstUndated >= 0) expect(timeline.slice(firstUndated).every((e) => !e.date)).toBe(true);
  });
});

describe('explorer pure helpers', () => {
  it('searchKey strips scheme, www. and trailing slashes', () => {
    expect(searchKey(' HTTPS://www.Example.com/a/ ')).toBe('example.com/a');
  });
  it('deep links take only well-formed ids', () => {
    expect(parseExplorerHash('#campaign=storm-1516')).toEqual({ campaign: 'storm-1516', actor: undefined });
    expect(parseExplorerHash('#actor=social-design-agency')).toEqual({ campaign: undefined, actor: 'social-design-agency' });
    expect(parseExplorerHash('#campaign=<img src=x>')).toEqual({ campaign: undefined, actor: undefined });
    expect(parseExplorerHash('')).toEqual({ campaign: undefined, actor: undefined });
  });
});
