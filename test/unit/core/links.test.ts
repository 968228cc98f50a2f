import { describe, expect, it } from 'vitest';
import { NOW, engine, only, reasons } from './fixture';

const DFRLAB = 'https://dfrlab.org/2024/09/05/doppelganger-cloned-news-sites/';
const researchLinks = [
  'https://washingtonpost.pm/politics/2024/01/01/x/',
  'https://spiegel.ltd/',
  'https://www.washingtonpost.com/technology/2024/09/04/doj-russia/',
  'https://rrn.media/',
  'https://0qrhv.top/r',
  'https://dfrlab.org/about',
];

describe('links detector', () => {
  it('a research page linking to campaign sites is info, never more', () => {
    for (const sensitivity of ['documented', 'lookalikes', 'text'] as const) {
      const v = engine.judge(
        DFRLAB,
        {
          claimedNames: [
            { source: 'og:site_name', value: 'DFRLab' },
            { source: 'title', value: 'How Doppelganger cloned The Washington Post | DFRLab' },
          ],
          links: researchLinks,
          // The extractor drops quotes; what is left is the author's own prose about the prompt.
          text: 'The operators left an instruction in one article, which we quote in the figure below.',
        },
        { now: NOW, sensitivity },
      );
      expect(v.level, sensitivity).toBe('info');
      const f = only(v, 'links-to-flagged');
      expect(f.level).toBe('info');
      expect(f.evidence.targets).toEqual([
        'https://washingtonpost.pm/politics/2024/01/01/x/',
        'https://spiegel.ltd/',
        'https://rrn.media/',
        'https://0qrhv.top/r',
      ]);
      expect(f.campaign).toEqual({ id: 'doppelganger', name: 'Doppelganger' });
      expect(f.summary).toBe('This page links to 4 sites or accounts in the lists (Doppelganger); the page itself is not listed.');
    }
  });
  it('uses documented indicators only: links to lookalikes are not flagged', () => {
    const v = engine.judge(
      'https://example.org/',
      { links: ['https://washingtonpost.ltd/', 'https://xn--wshingtonpost-w1k.com/', 'https://spiegel-online.info/'] },
      { now: NOW },
    );
    expect(v.level).toBe('none');
  });
  it('accounts shown on a page: one info finding', () => {
    const v = engine.judge(
      'https://x.com/search?q=elections',
      { handles: ['https://x.com/bd_politico', 'https://x.com/someone_else', 'https://x.com/Institute_IBI'] },
      { now: NOW },
    );
    expect(reasons(v)).toEqual(['info:shows-flagged-account']);
    expect(only(v, 'shows-flagged-account').evidence.targets).toEqual(['https://x.com/bd_politico', 'https://x.com/Institute_IBI']);
  });
  it('a placed article is flagged as a link only by its exact URL', () => {
    const placed = 'https://www.iol.co.za/sundayindependent/analysis/2025-06-25-us-africa-business-summit-a-showdown-in-luanda/';
    expect(engine.judge('https://example.org/', { links: [placed] }, { now: NOW }).level).toBe('info');
    expect(
      engine.judge('https://example.org/', { links: ['https://www.iol.co.za/', 'https://www.iol.co.za/news'] }, { now: NOW }).level,
    ).toBe('none');
  });
  it('disabled campaigns and roles are not shown', () => {
    expect(engine.judge(DFRLAB, { links: researchLinks }, { now: NOW, disabledCampaigns: ['doppelganger'] }).level).toBe('none');
    const v = engine.judge(DFRLAB, { links: researchLinks }, { now: NOW, disabledRoles: ['impersonation'] });
    expect(only(v, 'links-to-flagged').evidence.targets).toEqual(['https://rrn.media/', 'https://0qrhv.top/r']);
  });
  it('a listed site linking to itself gets no extra info finding', () => {
    const v = engine.judge(
      'https://washingtonpost.pm/',
      { links: ['https://washingtonpost.pm/other', 'https://www.washingtonpost.pm/x'] },
      { now: NOW },
    );
    expect(reasons(v)).toEqual(['high:listed-domain']);
  });
  it('a listed account\'s own profile and posts are not "links to flagged accounts" about itself; other accounts are', () => {
    const own = ['https://x.com/institute_ibi', 'https://twitter.com/Institute_IBI/status/123', 'https://x.com/institute_ibi/media'];
    const onProfile = engine.judge('https://x.com/institute_ibi', { links: own, handles: ['https://x.com/institute_ibi'] }, { now: NOW });
    expect(reasons(onProfile)).toEqual(['high:listed-account']);
    const onPost = engine.judge(
      'https://x.com/institute_ibi/status/9',
      { links: [...own, 'https://x.com/bd_politico'], handles: own },
      { now: NOW },
    );
    expect(reasons(onPost)).toEqual(['high:listed-account', 'info:links-to-flagged']);
    expect(only(onPost, 'links-to-flagged').evidence.targets).toEqual(['https://x.com/bd_politico']);
    // The same name on another platform is another account.
    expect(reasons(engine.judge('https://x.com/institute_ibi', { links: ['https://t.me/institute_ibi'] }, { now: NOW }))).toEqual([
      'high:listed-account',
      'info:links-to-flagged',
    ]);
    // In-page markers leave out the page's own account too.
    expect(engine.flagged([...own, 'https://x.com/bd_politico'], { now: NOW }, 'https://x.com/institute_ibi').map((f) => f.href)).toEqual([
      'https://x.com/bd_politico',
    ]);
  });
  it('reads at most 500 links and ignores junk', () => {
    const filler = Array.from({ length: 500 }, (_, i) => `https://example.com/${i}`);
    expect(engine.judge('https://example.org/', { links: [...filler, 'https://rrn.media/'] }, { now: NOW }).level).toBe('none');
    const junk = [null, 42, {}, 'javascript:alert(1)', 'not a url', 'https://rrn.media/'] as unknown as string[];
    expect(engine.judge('https://example.org/', { links: junk }, { now: NOW }).level).toBe('info');
  });
});

describe('engine.flagged (in-page markers)', () => {
  it('returns one entry per flagged href, in order, with level and campaign', () => {
    const out = engine.flagged(
      [
        'https://example.com/',
        'https://washingtonpost.pm/x',
        'https://049122.com/',
        'https://x.com/AlertChannel/status/1',
        'https://washingtonpost.ltd/',
      ],
      { now: NOW },
    );
    expect(out.map((t) => [t.href, t.level, t.campaign?.id])).toEqual([
      ['https://washingtonpost.pm/x', 'high', 'doppelganger'],
      ['https://049122.com/', 'low', 'doppelganger'],
      ['https://x.com/AlertChannel/status/1', 'medium', 'storm-1516'],
    ]);
    expect(out[0]?.summary).toBe('Listed by Meta and US Department of Justice as a Doppelganger site imitating a real outlet');
    expect(out[1]?.summary).toContain('(reported long ago)');
  });
  it('never throws', () => {
    expect(engine.flagged(null as unknown as string[])).toEqual([]);
    expect(engine.flagged([undefined, 1, 'x'.repeat(100000)] as unknown as string[])).toEqual([]);
  });
});

describe('links: the shared parse cache is transparent and bounded', () => {
  it('flags the same hrefs the same way across 3,000 distinct links, twice, and across engines', () => {
    const listed = 'https://washingtonpost.pm/politics/';
    const hrefs = Array.from({ length: 3000 }, (_, i) => (i % 500 === 0 ? `${listed}?n=${i}` : `https://site${i}.example/p`));
    const first = engine.flagged(hrefs, { now: NOW }).map((f) => f.href);
    const second = engine.flagged(hrefs, { now: NOW }).map((f) => f.href);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    // The cache holds parses, never list answers: the same href under a page judged again is still found.
    const v = engine.judge('https://news.example/', { links: hrefs.slice(0, 300) }, { now: NOW });
    expect(reasons(v)).toContain('info:links-to-flagged');
  });
});

describe('flagged(): a listed site links to its own pages', () => {
  it('leaves them out given the page, as the info finding does; other listed links stay', () => {
    const hrefs = ['https://washingtonpost.pm/politics/other-story/', 'https://www.washingtonpost.com/', 'https://ferbanio.shop/x'];
    const all = engine.flagged(hrefs, { now: NOW }).map((f) => f.href);
    expect(all).toContain('https://washingtonpost.pm/politics/other-story/');
    const onSpoof = engine.flagged(hrefs, { now: NOW }, 'https://washingtonpost.pm/politics/a-story/').map((f) => f.href);
    expect(onSpoof).not.toContain('https://washingtonpost.pm/politics/other-story/');
    expect(onSpoof).toEqual(all.filter((h) => !h.startsWith('https://washingtonpost.pm/')));
    // On a research page the same links are all kept.
    expect(engine.flagged(hrefs, { now: NOW }, 'https://dfrlab.org/x').map((f) => f.href)).toEqual(all);
  });
});
