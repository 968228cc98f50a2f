/**
 * `canonicalHttpHost`: the content script reads a link written exactly as the URL parser would
 * write it without parsing it (the URL parse was the costliest step of reading a page).
 * It must never disagree with the parser: when it answers, the link's text is its `href` (with or
 * without a base URL) and its answer is the `hostname`. The same samples run in real Chromium and
 * Firefox in test/e2e/hostile.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalHttpHost, extractSignals } from '../../../src/signals/extract';
import { documentFromHtml } from '../../../src/cli/html';
import { nearCanonicalUrls } from '../../support/url-samples';

function parsed(raw: string, base?: string): { href: string; hostname: string } | null {
  try {
    const u = new URL(raw, base);
    return { href: u.href, hostname: u.hostname };
  } catch {
    return null;
  }
}

describe('canonicalHttpHost', () => {
  it('answers for links in the parser’s own form, with their host', () => {
    expect(canonicalHttpHost('https://site1.example.org/article/1?ref=home')).toBe('site1.example.org');
    expect(canonicalHttpHost('http://t.me/s/channel')).toBe('t.me');
    expect(canonicalHttpHost('https://www.washingtonpost.com/')).toBe('www.washingtonpost.com');
    expect(canonicalHttpHost('https://a-b.example/x/y;z=1?q=a/b:c@d&e=(f)*+,$!~')).toBe('a-b.example');
    expect(canonicalHttpHost('https://example.com/a?x=/./y')).toBe('example.com'); // dots in a query stay
  });

  it.each([
    ['upper-case host', 'https://Example.com/'],
    ['upper-case scheme', 'HTTPS://example.com/'],
    ['no path', 'https://example.com'],
    ['query without a path', 'https://example.com?x'],
    ['a port', 'https://example.com:443/'],
    ['credentials', 'https://user@example.com/'],
    ['a fragment', 'https://example.com/#top'],
    ['a percent-escape', 'https://example.com/%41'],
    ['an escaped dot segment', 'https://example.com/a/%2e%2e/b'],
    ['a dot segment', 'https://example.com/a/../b'],
    ['a single-dot segment', 'https://example.com/./b'],
    ['a trailing dot segment', 'https://example.com/a/..'],
    ['a trailing-dot host', 'https://example.com./'],
    ['an IPv4 address', 'https://127.0.0.1/'],
    ['a hexadecimal last label', 'https://a.0x7f/'],
    ['punycode', 'https://xn--80ak6aa92e.com/'],
    ['punycode below the registrable domain', 'https://xn--80ak6aa92e.example.com/'],
    ['a non-ASCII host', 'https://ехаmple.com/'],
    ['an apostrophe (escaped in queries)', "https://example.com/?q='"],
    ['a space', 'https://example.com/a b'],
    ['a backslash', 'https://example.com\\a'],
    ['a tab', 'https://exam\tple.com/'],
    ['leading space', ' https://example.com/'],
    ['a 64-character label', `https://${'a'.repeat(64)}.com/`],
    ['a relative link', '/a/b'],
    ['a scheme-relative link', '//example.com/'],
    ['javascript:', 'javascript:alert(1)//example.com/'],
  ])('declines %s (the parser decides)', (_why, raw) => {
    expect(canonicalHttpHost(raw)).toBeNull();
  });

  it('never disagrees with the URL parser (generated near-canonical links, with and without a base)', () => {
    const samples = nearCanonicalUrls(20_000);
    let answered = 0;
    for (const raw of samples) {
      const host = canonicalHttpHost(raw);
      if (host === null) continue;
      answered++;
      expect(parsed(raw), raw).toEqual({ href: raw, hostname: host });
      expect(parsed(raw, 'https://base.example/dir/page?x#y'), raw).toEqual({ href: raw, hostname: host });
    }
    // The samples exercise the fast path, not only its refusals.
    expect(answered).toBeGreaterThan(1000);
    expect(answered).toBeLessThan(samples.length / 2);
  });

  it('never disagrees with the URL parser on arbitrary strings after an http(s) prefix', () => {
    fc.assert(
      fc.property(fc.constantFrom('https://', 'http://'), fc.string({ unit: 'binary-ascii', maxLength: 60 }), (scheme, rest) => {
        const raw = scheme + rest;
        const host = canonicalHttpHost(raw);
        if (host !== null) expect(parsed(raw)).toEqual({ href: raw, hostname: host });
      }),
      { numRuns: 5000 },
    );
  });

  it('is linear on long hostile inputs', () => {
    for (const raw of [
      `https://${'a.'.repeat(1000)}/`,
      `https://${'a'.repeat(2000)}`,
      `https://a.com/${'/.'.repeat(1000)}`,
      `https://${'-'.repeat(2040)}/`,
    ]) {
      expect(canonicalHttpHost(raw)).toBeNull();
    }
  });
});

describe('links read without a parse', () => {
  /** A page of links with these hrefs. */
  const pageWith = (hrefs: readonly string[]) =>
    `<html><head><title>t</title></head><body>${hrefs.map((h) => `<a href="${h.replace(/"/g, '&quot;')}">l</a>`).join('')}</body></html>`;

  it('give the same links and accounts as parsing every one (a page mixing both forms)', () => {
    const url = 'https://news.example/story';
    const hrefs = [
      'https://a.example/x',
      'https://A.example/y',
      'https://a.example/x#frag',
      'https://b.example/p?q=1',
      'https://x.com/someone',
      'https://X.com/Someone',
      'https://www.youtube.com/@channel',
      'http://t.me/s/chan',
      'https://user@c.example/',
      'https://d.example:443/',
      'https://e.example/a/../b',
      'https://e.example/b',
      '/local',
      'https://xn--80ak6aa92e.com/',
    ];
    const page = documentFromHtml(pageWith(hrefs), url);
    try {
      const s = extractSignals(page.document, url);
      // What parsing each link gives (the pre-fast-path behaviour), first link per host first.
      expect(s.links).toEqual([
        'https://a.example/x',
        'https://b.example/p?q=1',
        'https://x.com/someone',
        'https://x.com/Someone',
        'https://www.youtube.com/@channel',
        'http://t.me/s/chan',
        'https://c.example/',
        'https://d.example/',
        'https://e.example/b',
        'https://xn--80ak6aa92e.com/',
        'https://a.example/y',
        'https://news.example/local',
      ]);
      expect(s.handles).toEqual([
        'https://x.com/someone',
        'https://x.com/Someone',
        'https://www.youtube.com/@channel',
        'http://t.me/s/chan',
      ]);
    } finally {
      void page.close();
    }
  });

  /** URL objects made while `fn` runs (links.ts reads the global URL at each call). */
  function urlsMade(fn: () => void): number {
    const Real = globalThis.URL;
    let made = 0;
    globalThis.URL = class extends Real {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        made++;
      }
    } as typeof URL;
    try {
      fn();
    } finally {
      globalThis.URL = Real;
    }
    return made;
  }

  it('same-site paths on a base in the parser’s form and account links need no URL object, and read as the parser reads them', () => {
    const url = 'https://news.example/dir/story?x=1';
    const plain = [
      '/a',
      '/a/b?c=d',
      '/',
      '/dir/x.html?q=a:b@c',
      'https://x.com/someone',
      'https://www.facebook.com/profile.php?id=42&ref=x',
    ];
    // Each needs the parser: escapes, dot segments, another host, backslash, spaces, non-ASCII.
    const parsedOnes = ['/%41', '/a/./b', '/a/../c', '//other.example/p', '/\\other2.example/q', '/a b', ' /lead', '/ü', '/x#frag'];
    const empty = documentFromHtml(pageWith([]), url);
    const page = documentFromHtml(pageWith(plain), url);
    const mixed = documentFromHtml(pageWith([...plain, ...parsedOnes]), url);
    try {
      const baseline = urlsMade(() => extractSignals(empty.document, url));
      let s: ReturnType<typeof extractSignals> = {};
      expect(urlsMade(() => (s = extractSignals(page.document, url)))).toBe(baseline);
      const all = extractSignals(mixed.document, url);
      const expected = [...plain, ...parsedOnes].map((h) => {
        const u = new URL(h, url);
        u.hash = '';
        return u.href;
      });
      expect(new Set(all.links)).toEqual(new Set(expected));
      expect(all.links).toHaveLength(new Set(expected).size);
      expect(s.handles).toEqual(['https://x.com/someone', 'https://www.facebook.com/profile.php?id=42']);
    } finally {
      for (const p of [empty, page, mixed]) void p.close();
    }
  });

  it('a base with a port, credentials or a non-canonical host still resolves every path as the parser does', () => {
    for (const base of [
      'https://news.example:8443/a/',
      'https://user:pw@news.example/a/',
      'https://NEWS.example/a/',
      'https://xn--80ak6aa92e.com/a/',
      'http://192.168.0.1/a/',
    ]) {
      const hrefs = ['/p', '/p/q?r=s', 'rel', '../up'];
      const page = documentFromHtml(pageWith(hrefs), base);
      try {
        const expected = hrefs.map((h) => {
          const u = new URL(h, base);
          u.username = '';
          u.password = '';
          return u.href;
        });
        expect(new Set(extractSignals(page.document, base).links)).toEqual(new Set(expected));
      } finally {
        void page.close();
      }
    }
  });
});
