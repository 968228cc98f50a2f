import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TargetError, createEngine, targetUrl } from '../../../src/core/engine';
import type { CompiledLists, PageSignals } from '../../../src/core/types';
import { NOW, engine, lists, reasons } from './fixture';

describe('verdicts', () => {
  it('level is the highest finding level, findings sorted highest first', () => {
    const v = engine.judge(
      'https://0qrhv.top/r',
      { links: ['https://rrn.media/'], text: 'this article is written with the context provided by the text prompt' },
      { now: NOW, sensitivity: 'text' },
    );
    expect(reasons(v)).toEqual(['high:listed-domain', 'low:rewrite-artifact', 'info:links-to-flagged']);
    expect(v.level).toBe('high');
    expect(v.target).toBe('https://0qrhv.top/r');
  });
  it('an unknown site is none with no findings', () => {
    expect(engine.judge('https://example.com/', {}, { now: NOW })).toEqual({ target: 'https://example.com/', level: 'none', findings: [] });
  });
  it('every finding carries a summary, evidence and resolvable sources', () => {
    const ids = new Set(lists.sources.map((s) => s.id));
    const urls = [
      'https://washingtonpost.pm/',
      'https://rrn.media/',
      'https://niothinker.com/',
      'https://049122.com/',
      'https://cache-dns.com/',
      'https://x.com/bd_politico',
      'https://x.com/alertchannel',
      'https://washingtonpost.ltd/',
      'https://aktuellde.de/',
    ];
    for (const url of urls) {
      for (const f of engine.judge(url, undefined, { now: NOW }).findings) {
        expect(f.summary.length, url).toBeGreaterThan(20);
        expect(f.summary).not.toMatch(/propaganda|fake|malicious|evil/i);
        expect(f.evidence).toBeTypeOf('object');
        for (const s of f.sources) expect(ids.has(s.id)).toBe(true);
        if (f.reason.startsWith('listed-')) expect(f.sources.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('options', () => {
  it('sensitivity: documented = listed only; lookalikes adds lookalikes and claims; text adds artifacts', () => {
    const signals: PageSignals = {
      claimedNames: [{ source: 'og:site_name', value: 'The Washington Post' }],
      text: 'this article is written with the context provided by the text prompt',
    };
    expect(reasons(engine.judge('https://washingtonpost.ltd/', signals, { now: NOW, sensitivity: 'documented' }))).toEqual([]);
    expect(reasons(engine.judge('https://washingtonpost.ltd/', signals, { now: NOW }))).toEqual(['high:lookalike-domain']);
    expect(reasons(engine.judge('https://washingtonpost.ltd/', signals, { now: NOW, sensitivity: 'text' }))).toEqual([
      'high:lookalike-domain',
      'low:rewrite-artifact',
    ]);
    // Listed findings do not depend on sensitivity.
    expect(engine.judge('https://rrn.media/', undefined, { now: NOW, sensitivity: 'documented' }).level).toBe('high');
  });
  it('disabledCampaigns and disabledRoles remove listed findings', () => {
    expect(engine.judge('https://rrn.media/', undefined, { now: NOW, disabledCampaigns: ['doppelganger'] }).level).toBe('none');
    expect(engine.judge('https://0qrhv.top/', undefined, { now: NOW, disabledRoles: ['redirector'] }).level).toBe('none');
    expect(engine.judge('https://rrn.media/', undefined, { now: NOW, disabledRoles: ['redirector'] }).level).toBe('high');
    // With the listing disabled, the heuristics still speak for themselves.
    const v = engine.judge('https://washingtonpost.pm/', undefined, { now: NOW, disabledCampaigns: ['doppelganger'] });
    expect(reasons(v)).toEqual(['medium:lookalike-domain']);
  });
  it('allowlist: a trusted site is none with no findings (sub-domains included), and the verdict keeps what the lists say', () => {
    const v = engine.judge('https://rrn.media/', { links: ['https://spiegel.ltd/'] }, { now: NOW, allowlist: ['rrn.media'] });
    expect(v).toMatchObject({ target: 'https://rrn.media/', level: 'none', findings: [] });
    // What the popup needs to say "You trust this site. Unmask knows it as ...": the entry and the findings.
    expect(v.trusted?.entry).toBe('rrn.media');
    expect(v.trusted?.level).toBe('high');
    expect(v.trusted?.findings).toEqual(engine.judge('https://rrn.media/', { links: ['https://spiegel.ltd/'] }, { now: NOW }).findings);
    const sub = engine.judge('https://news.washingtonpost.ltd/', undefined, { allowlist: ['WashingtonPost.ltd'] });
    expect(sub.level).toBe('none');
    expect(sub.trusted).toMatchObject({ entry: 'WashingtonPost.ltd', level: 'medium' });
    expect(engine.judge('https://rrn.media/', undefined, { now: NOW, allowlist: ['media'] }).level).toBe('high');
    expect(engine.judge('https://rrn.media/', undefined, { now: NOW, allowlist: ['other.example'] }).level).toBe('high');
    // A trusted site with nothing known: still marked, so the popup says "You trust" and not "Nothing known".
    expect(engine.judge('https://example.com/', undefined, { allowlist: ['example.com'] }).trusted).toEqual({
      entry: 'example.com',
      level: 'none',
      findings: [],
    });
    expect(engine.judge('https://rrn.media/', undefined, { now: NOW }).trusted).toBeUndefined();
  });
  it('allowlist: a trusted account is that account only (its profile and posts), never its platform', () => {
    const opts = { now: NOW, allowlist: ['https://t.me/institute_ibi'] };
    const post = engine.judge('https://t.me/institute_ibi/45', undefined, opts);
    expect(post.level).toBe('none');
    expect(post.trusted).toMatchObject({ entry: 'https://t.me/institute_ibi', level: 'high' });
    expect(engine.judge('https://t.me/s/Institute_IBI', undefined, opts).level).toBe('none');
    // The same name on another platform is another account; other accounts on t.me stay flagged.
    expect(engine.judge('https://x.com/institute_ibi', undefined, opts).level).toBe('high');
    expect(engine.judge('https://x.com/bd_politico', undefined, { now: NOW, allowlist: ['https://x.com/institute_ibi'] }).level).toBe(
      'high',
    );
    // A page on the platform that is no account's, and its links, are not trusted by an account entry.
    const feed = engine.judge('https://t.me/', { links: ['https://rrn.media/'] }, opts);
    expect(feed.level).toBe('info');
    expect(feed.trusted).toBeUndefined();
    // Hosted accounts: the profile URL of a sub-domain account.
    expect(
      engine.judge('https://burkeinstitute.substack.com/p/a', undefined, { now: NOW, allowlist: ['https://burkeinstitute.substack.com/'] })
        .trusted?.level,
    ).toBe('high');
    // Entries that are neither a domain nor a profile URL trust nothing.
    for (const entry of ['t.me/institute_ibi', 'https://t.me/share', 'https://example.com/page']) {
      expect(engine.judge('https://t.me/institute_ibi/45', undefined, { now: NOW, allowlist: [entry] }).level, entry).toBe('high');
    }
  });
  it('bad option values fall back to defaults', () => {
    const bad = { sensitivity: 'everything', now: new Date('nope'), disabledCampaigns: 'doppelganger', allowlist: 5 } as unknown as object;
    expect(engine.judge('https://rrn.media/', undefined, bad).level).toBe('high');
    expect(engine.judge('https://washingtonpost.ltd/', undefined, bad).level).toBe('medium');
  });
});

describe('judgeTarget', () => {
  it('a bare host is judged as its home page', () => {
    expect(targetUrl('washingtonpost.pm')).toBe('https://washingtonpost.pm/');
    const v = engine.judgeTarget('washingtonpost.pm', { now: NOW });
    expect(v.target).toBe('washingtonpost.pm');
    expect(v.level).toBe('high');
  });
  it('URLs, hosts with paths, profile URLs with or without scheme', () => {
    expect(targetUrl('https://rrn.media/x?y=1#z')).toBe('https://rrn.media/x?y=1#z');
    expect(targetUrl('x.com/Institute_IBI')).toBe('https://x.com/Institute_IBI');
    expect(engine.judgeTarget('x.com/Institute_IBI', { now: NOW }).level).toBe('high');
    expect(engine.judgeTarget('https://t.me/s/institute_ibi', { now: NOW }).level).toBe('high');
    expect(engine.judgeTarget('  WWW.SPIEGEL.LTD  ', { now: NOW }).level).toBe('high');
    expect(engine.judgeTarget('ṃicrosoft.com', { now: new Date('2024-06-01') }).level).toBe('high');
    expect(engine.judgeTarget('example.com', { now: NOW }).level).toBe('none');
  });
  it('throws TargetError with an actionable message on unparseable input', () => {
    for (const bad of [
      '',
      '   ',
      '@institute_ibi',
      'not a domain',
      'localhost',
      'com',
      'ftp://rrn.media/',
      'javascript:alert(1)',
      'http://',
      'https://user:pw@rrn.media/',
      '127.0.0.1',
      'x'.repeat(9000),
    ]) {
      let error: unknown;
      try {
        engine.judgeTarget(bad);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(bad.slice(0, 30))).toBeInstanceOf(TargetError);
      expect((error as Error).message).toMatch(/^cannot parse ".*": expected a URL, a domain or a profile URL/s);
    }
    expect(() => engine.judgeTarget('@name')).toThrow(/a handle alone is ambiguous/);
    expect(() => engine.judgeTarget(undefined as unknown as string)).toThrow(TargetError);
  });
});

describe('robustness', () => {
  it('judge never throws, whatever the input', () => {
    const signals = fc.record(
      {
        claimedNames: fc.array(
          fc.record({
            source: fc.constantFrom('title', 'og:site_name', 'ld+json', 'copyright', 'x'),
            value: fc.string({ maxLength: 400 }),
          }),
          { maxLength: 30 },
        ),
        links: fc.array(fc.oneof(fc.webUrl(), fc.string()), { maxLength: 50 }),
        handles: fc.array(fc.oneof(fc.webUrl(), fc.string()), { maxLength: 20 }),
        text: fc.string({ maxLength: 2000 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.string({ unit: 'binary', maxLength: 300 })),
        signals,
        (url, sig) => {
          const v = engine.judge(url, sig as PageSignals, { now: NOW, sensitivity: 'text' });
          expect(['high', 'medium', 'low', 'info', 'none']).toContain(v.level);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('a target that cannot become a string (JSON\'s {"toString": ""}) is answered, never thrown', () => {
    const odd = JSON.parse('{"toString": ""}') as string;
    expect(engine.judge(odd).level).toBe('none');
    expect(engine.judge(odd).target).toBe('[object Object]');
    expect(() => targetUrl(odd)).toThrow(TargetError);
  });
  it('huge and hostile inputs are bounded', () => {
    const huge = `https://example.com/${'a'.repeat(2_000_000)}`;
    expect(engine.judge(huge).level).toBe('none');
    expect(engine.judge(`https://rrn.media/${'a'.repeat(2_000_000)}`, undefined, { now: NOW }).level).toBe('high');
    const hostile = {
      claimedNames: 'x',
      links: { length: 1e9 },
      handles: 7,
      text: {
        toLowerCase: () => {
          throw new Error('boom');
        },
      },
    };
    expect(engine.judge('https://example.org/', hostile as unknown as PageSignals, { sensitivity: 'text' }).level).toBe('none');
    expect(engine.judge(null as unknown as string).level).toBe('none');
    expect(engine.judge('https://example.org/', null as unknown as PageSignals, null as unknown as object).level).toBe('none');
  });
  it('fails closed: a listed address keeps its findings when a page-signal part throws', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const clean = engine.judge('https://washingtonpost.pm/', undefined, { now: NOW, sensitivity: 'text' });
    expect(clean.level).toBe('high');
    const thrower = (key: keyof PageSignals) => Object.defineProperty({}, key, { get: boom, enumerable: true }) as PageSignals;
    const hostile: PageSignals[] = [
      // A detector that reads a signal and meets what it never expected, one part at a time.
      {
        claimedNames: [
          {
            source: 'title',
            get value() {
              return boom();
            },
          },
        ] as unknown as PageSignals['claimedNames'],
      },
      { text: { toLowerCase: boom } as unknown as string },
      { links: new Proxy([], { get: boom }) as unknown as string[] },
      { handles: new Proxy([], { get: boom }) as unknown as string[] },
      thrower('claimedNames'),
      thrower('text'),
      thrower('links'),
      thrower('handles'),
    ];
    for (const sig of hostile) {
      const v = engine.judge('https://washingtonpost.pm/', sig, { now: NOW, sensitivity: 'text' });
      expect(v.level).toBe('high');
      expect(v.findings.filter((f) => f.reason === 'listed-domain')).toEqual(clean.findings.filter((f) => f.reason === 'listed-domain'));
    }
    // A listed account on a platform too.
    const account = engine.judge('https://x.com/bd_politico', undefined, { now: NOW });
    expect(account.level).not.toBe('none');
    expect(engine.judge('https://x.com/bd_politico', thrower('links'), { now: NOW }).level).toBe(account.level);
  });
  it('createEngine survives empty and partial lists', () => {
    const empty = createEngine({ format: 1, version: 'x' } as unknown as CompiledLists);
    expect(empty.judge('https://washingtonpost.pm/').level).toBe('none');
    const partial = createEngine({ ...lists, sources: [], campaigns: [], actors: [] });
    const v = partial.judge('https://rrn.media/', undefined, { now: NOW });
    // Without its sources an indicator is not primary: medium, and still says who... nobody.
    expect(v.level).toBe('medium');
    expect(v.findings[0]?.summary).toContain('A cited source');
  });
});
