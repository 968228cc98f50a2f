import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHostIndex, matchHost, matchUrl, urlKey } from '../../../src/core/detectors/listed-host';
import { NOW, engine, lists, only, reasons } from './fixture';

const index = buildHostIndex(lists.indicators);
const hits = (host: string) => matchHost(index, host).map((m) => `${m.indicator.value}@${m.matched}`);

describe('listed-host detector (index level)', () => {
  it('matches a listed domain exactly and through its sub-domains', () => {
    expect(hits('washingtonpost.pm')).toEqual(['washingtonpost.pm@washingtonpost.pm']);
    expect(hits('news.washingtonpost.pm')).toEqual(['washingtonpost.pm@washingtonpost.pm']);
    expect(hits('a.b.c.spiegel.ltd')).toEqual(['spiegel.ltd@spiegel.ltd']);
  });
  it('does not match a host that merely ends with the same letters, or a parent suffix', () => {
    expect(hits('xwashingtonpost.pm')).toEqual([]);
    expect(hits('pm')).toEqual([]);
    expect(hits('washingtonpost.pm.example.com')).toEqual([]);
    expect(hits('washingtonpost.com')).toEqual([]);
  });
  it('matches hosted sub-domain handles as hosts, not their platform', () => {
    expect(hits('burkeinstitute.substack.com')).toEqual(['burkeinstitute.substack.com@burkeinstitute.substack.com']);
    expect(hits('substack.com')).toEqual([]);
    expect(hits('other.substack.com')).toEqual([]);
  });
  it('never indexes the host of a url indicator', () => {
    expect(hits('iol.co.za')).toEqual([]);
    expect(hits('www.iol.co.za')).toEqual([]);
  });
});

describe('urlKey', () => {
  it('normalises scheme, www, host case, fragment and trailing slash, and keeps the query', () => {
    const k = urlKey('https://www.iol.co.za/sundayindependent/analysis/2025-06-25-us-africa-business-summit-a-showdown-in-luanda/');
    for (const variant of [
      'http://iol.co.za/sundayindependent/analysis/2025-06-25-us-africa-business-summit-a-showdown-in-luanda',
      'HTTPS://WWW.IOL.CO.ZA/sundayindependent/analysis/2025-06-25-us-africa-business-summit-a-showdown-in-luanda/#comments',
    ]) {
      expect(urlKey(variant)).toBe(k);
    }
    expect(urlKey('https://example.com/a?id=1')).not.toBe(urlKey('https://example.com/a?id=2'));
    expect(urlKey('https://example.com/A')).not.toBe(urlKey('https://example.com/a'));
    expect(urlKey('https://example.com/%ef%bf%bc/')).toBe(urlKey('https://example.com/%EF%BF%BC'));
  });
  it('rejects non-http schemes', () => {
    expect(urlKey('ftp://example.com/a')).toBeNull();
    expect(urlKey('javascript:alert(1)')).toBeNull();
  });
  it('matches the placed URL only', () => {
    expect(
      matchUrl(index, 'https://iol.co.za/sundayindependent/analysis/2025-06-25-us-africa-business-summit-a-showdown-in-luanda').length,
    ).toBe(1);
    expect(matchUrl(index, 'https://www.iol.co.za/sundayindependent/analysis/').length).toBe(0);
    expect(matchUrl(index, 'https://www.iol.co.za/').length).toBe(0);
  });
});

describe('listed hosts through the engine', () => {
  it('washingtonpost.pm: high, Doppelganger, SDA, imitating washingtonpost.com, seized, cited', () => {
    const v = engine.judge('https://www.washingtonpost.pm/politics/2024/article.html', undefined, { now: NOW });
    expect(v.level).toBe('high');
    const f = only(v, 'listed-domain');
    expect(f).toMatchObject({
      level: 'high',
      indicator: 'washingtonpost.pm',
      role: 'impersonation',
      campaign: { id: 'doppelganger', name: 'Doppelganger' },
      actor: { id: 'social-design-agency', name: 'Social Design Agency', country: 'RU' },
      impersonates: 'washingtonpost.com',
      outlet: 'The Washington Post',
    });
    expect(f.summary).toBe(
      'Meta and US Department of Justice list washingtonpost.pm as a Doppelganger site imitating The Washington Post (washingtonpost.com); it was seized by the US Department of Justice on 2024-09-04.',
    );
    expect(f.sources.map((s) => s.id)).toEqual(['meta-q2-2023-doppelganger', 'doj-2024-09-04-doppelganger']);
    // The listed finding already names the outlet: no second, heuristic finding for it, even
    // when the page claims the name.
    expect(reasons(v)).toEqual(['high:listed-domain']);
    const claimed = engine.judge(
      'https://washingtonpost.pm/',
      { claimedNames: [{ source: 'og:site_name', value: 'The Washington Post' }] },
      { now: NOW },
    );
    expect(reasons(claimed)).toEqual(['high:listed-domain']);
  });
  it('host case and a trailing dot do not matter', () => {
    expect(engine.judge('https://WASHINGTONPOST.PM./', undefined, { now: NOW }).level).toBe('high');
  });
  it('IDN hosts are compared in punycode, whichever form the URL uses', () => {
    // xn--icrosoft-g89c.com (a Doppelganger redirector in Meta's file) is "ṃicrosoft.com".
    for (const url of ['https://xn--icrosoft-g89c.com/', 'https://\u1e43icrosoft.com/x', 'https://WWW.XN--ICROSOFT-G89C.COM']) {
      const f = only(engine.judge(url, undefined, { now: new Date('2024-06-01') }), 'listed-domain');
      expect(f.indicator, url).toBe('xn--icrosoft-g89c.com');
      expect(f.level).toBe('high');
    }
    expect(engine.judge('https://microsoft.com/', undefined, { now: NOW }).level).toBe('none');
    // Its summary shows both forms: the Unicode one alone would read as "microsoft.com".
    const f = only(engine.judge('https://xn--icrosoft-g89c.com/', undefined, { now: NOW }), 'listed-domain');
    expect(f.summary).toContain('\u1e43icrosoft.com (xn--icrosoft-g89c.com)');
  });
  it('own-brand outlet: high; secondary-only outlet: medium', () => {
    expect(engine.judge('https://rrn.media/', undefined, { now: NOW }).level).toBe('high');
    const nio = engine.judge('https://niothinker.com/', undefined, { now: NOW });
    expect(nio.level).toBe('medium');
    expect(only(nio, 'listed-domain').summary).toBe(
      'OpenAI (via a secondary compilation) lists niothinker.com as a site run by Storm-2035.',
    );
    const dima = engine.judge('https://aktuellde.de/', undefined, { now: NOW });
    expect(only(dima, 'listed-domain')).toMatchObject({ level: 'medium', campaign: { id: 'storm-1516' } });
    expect(only(dima, 'listed-domain').summary).toContain('VIGINUM (via a secondary compilation)');
  });
  it('a placed article: only that URL, as medium; the outlet itself is none', () => {
    const placed = engine.judge(
      'https://www.iol.co.za/sundayindependent/analysis/2025-06-25-us-africa-business-summit-a-showdown-in-luanda/?utm_source=x'.replace(
        '?utm_source=x',
        '',
      ),
      undefined,
      { now: NOW },
    );
    expect(only(placed, 'listed-url')).toMatchObject({ level: 'medium', role: 'placed-article' });
    expect(only(placed, 'listed-url').summary).toContain('the site itself is not listed');
    expect(engine.judge('https://www.iol.co.za/', undefined, { now: NOW }).level).toBe('none');
    expect(engine.judge('https://www.iol.co.za/sundayindependent/analysis/another-article', undefined, { now: NOW }).level).toBe('none');
  });
});

describe('time-bound roles', () => {
  it('a redirector is high while recent, low and stale once 24 months old', () => {
    const recent = engine.judge('https://0qrhv.top/r/abc', undefined, { now: NOW });
    expect(only(recent, 'listed-domain')).toMatchObject({ level: 'high', role: 'redirector' });
    const old = engine.judge('https://049122.com/', undefined, { now: NOW });
    const f = only(old, 'listed-domain');
    expect(f.level).toBe('low');
    expect(f.evidence.stale).toBe(true);
    expect(f.summary).toBe(
      'Meta listed 049122.com as a redirect domain used by Doppelganger in 2024; that was long ago and the domain may have changed hands since.',
    );
    // The same row, judged in 2024: recent.
    expect(engine.judge('https://049122.com/', undefined, { now: new Date('2024-06-01') }).level).toBe('high');
  });
  it('a phishing host says not to enter passwords while recent', () => {
    const recent = only(engine.judge('https://cache-dns.com/login', undefined, { now: new Date('2023-01-15') }), 'listed-domain');
    expect(recent.level).toBe('high');
    expect(recent.summary).toContain('do not enter passwords');
    const old = only(engine.judge('https://cache-dns.com/login', undefined, { now: NOW }), 'listed-domain');
    expect(old.level).toBe('low');
    expect(old.evidence.stale).toBe(true);
  });
  it('the 24-month boundary is exact', () => {
    // 0qrhv.top was first reported 2024-12-03.
    expect(engine.judge('https://0qrhv.top/', undefined, { now: new Date('2026-12-03T00:00:00Z') }).level).toBe('high');
    expect(engine.judge('https://0qrhv.top/', undefined, { now: new Date('2026-12-04T00:00:00Z') }).level).toBe('low');
  });
});

describe('listed hosts: properties', () => {
  it('any path, query, fragment, scheme, case, www or sub-domain of a listed domain still matches', () => {
    const domains = lists.indicators.filter((i) => i.kind === 'domain').map((i) => i.value);
    fc.assert(
      fc.property(
        fc.constantFrom(...domains),
        fc.constantFrom('http', 'https', 'HTTPS'),
        fc.constantFrom('', 'www.', 'news.', 'a.b.'),
        fc.webPath(),
        fc.webQueryParameters(),
        fc.webFragments(),
        fc.boolean(),
        (domain, scheme, prefix, path, query, fragment, upper) => {
          const host = `${prefix}${domain}`;
          const url = `${scheme}://${upper ? host.toUpperCase() : host}${path}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
          const v = engine.judge(url, undefined, { now: NOW, sensitivity: 'documented' });
          expect(
            v.findings.some((f) => f.reason === 'listed-domain' && f.indicator === domain),
            url,
          ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('other paths on the host of a placed URL never match', () => {
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        fc.pre(!path.startsWith('/sundayindependent/analysis/2025-06-25-us-africa-business-summit-a-showdown-in-luanda'));
        expect(engine.judge(`https://www.iol.co.za${path}`, undefined, { now: NOW }).level).toBe('none');
      }),
      { numRuns: 200 },
    );
  });
});
