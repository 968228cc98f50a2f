/**
 * The extension looks up the Public Suffix List through tldts' packed-hash build
 * (`tldts-experimental`, src/core/hosts.ts), which keeps 32-bit hashes of the suffixes instead of
 * the suffixes themselves. A hash collision would make an ordinary domain a public suffix: its
 * sub-domains would then be sites of their own and a list entry for it would never match them.
 * These tests hold it to the exact trie of `tldts` (a development dependency only) on every host
 * the lists know and on the cases where the two could part: private suffixes, wildcard and
 * exception rules, punycode, IP addresses, unusual input.
 */
import fc from 'fast-check';
import * as exact from 'tldts';
import { describe, expect, it } from 'vitest';
import { publicSuffix, registrableDomain, registrableDomainOfNormalHost } from '../../../src/core/hosts';
import { knownHosts } from '../../support/known-hosts';

const PRIVATE = { allowPrivateDomains: true } as const;

function expectSameAsExact(host: string): void {
  expect(registrableDomain(host), host).toBe(exact.getDomain(host, PRIVATE));
  expect(publicSuffix(host), host).toBe(exact.getPublicSuffix(host, PRIVATE));
}

describe('the packed-hash Public Suffix List', () => {
  it('agrees with the exact tldts on every listed host, outlet domain and corpus site, and one label below each', () => {
    const hosts = knownHosts();
    expect(hosts.size).toBeGreaterThan(7000);
    for (const h of hosts) {
      expectSameAsExact(h);
      expectSameAsExact(`news.${h}`);
      expect(registrableDomainOfNormalHost(`news.${h}`), h).toBe(exact.getDomain(`news.${h}`, PRIVATE));
    }
  });

  it('agrees on private suffixes, wildcard and exception rules, punycode, IP addresses and odd input', () => {
    for (const h of [
      'myshopify.com',
      'shop.myshopify.com',
      'github.io',
      'a.b.github.io',
      'blogspot.com',
      'name.blogspot.com',
      'bild.eu.com',
      'b.s3.amazonaws.com',
      'gov.uk',
      'www.gov.uk',
      'x.gov.uk',
      'gov.pl',
      'news.bbc.co.uk',
      'co.uk',
      'uk',
      'x.kawasaki.jp', // wildcard rule *.kawasaki.jp
      'a.x.kawasaki.jp',
      'city.kawasaki.jp', // exception rule !city.kawasaki.jp
      'www.city.kawasaki.jp',
      'foo.bar.ck',
      'www.ck',
      'xn--p1ai',
      'xn--d1acpjx3f.xn--p1ai',
      'xn--wshingtonpost-w1k.com',
      'Example.COM',
      'example.com.',
      'a.com..',
      '1.2.3.4',
      '192.168.0.1',
      '[::1]',
      'localhost',
      'com',
      '',
      'a.unknown-tld-zz',
      'EXAMPLE.co.uk.',
      'a_b.example.com',
      '0x7f.0.0.1',
      'exa mple.com',
      ' example.com',
      `${'a'.repeat(64)}.com`,
      `${'a'.repeat(63)}.com`,
    ]) {
      expectSameAsExact(h);
    }
  });

  // Unmask reads a host as the browser's URL parser does, not as tldts does: an IDN is its
  // punycode form; what the parser refuses or turns into an IP address, and a URL, are no host.
  it('reads an IDN as its punycode form, and what the URL parser refuses as no host', () => {
    for (const [host, ascii] of [
      ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
      ['news.ПРИМЕР.РФ', 'news.xn--e1afmkfd.xn--p1ai'],
      ['wаshingtonpost.com', 'xn--wshingtonpost-w1k.com'],
      ['ｅｘａｍｐｌｅ.com', 'example.com'],
    ]) {
      expect(registrableDomain(host!), host).toBe(exact.getDomain(ascii!, PRIVATE));
      expect(publicSuffix(host!), host).toBe(exact.getPublicSuffix(ascii!, PRIVATE));
    }
    for (const host of [
      'a.123',
      '0x7f.1',
      'http://example.com/',
      'example.com/path',
      'user@example.com',
      'example.com:80',
      '[::1]',
      '%zz.com',
    ]) {
      expect(registrableDomain(host), host).toBeNull();
      expect(publicSuffix(host), host).toBeNull();
    }
  });

  // On hosts nobody lists, the two can part: the packed list's hash (djb2) collides now and then
  // on short labels (`gov.de`, `0w.net`, `8r.gov.pl` are public suffixes to it). The property
  // is what such a collision can do, and no more: take one more label of the host for a suffix.
  it('on generated hosts agrees, or takes a longer suffix that ends with the exact one (property, 3,000 runs)', () => {
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
    const suffix = fc.constantFrom(
      'com',
      'co.uk',
      'blogspot.com',
      'github.io',
      'myshopify.com',
      'gov.pl',
      'pm',
      'ltd',
      'xn--p1ai',
      'appspot.com',
      'kawasaki.jp',
      'ck',
      'uk',
    );
    let runs = 0;
    let collisions = 0;
    fc.assert(
      fc.property(fc.array(label, { minLength: 0, maxLength: 3 }), suffix, (labels, sfx) => {
        const host = [...labels, sfx].join('.');
        runs += 1;
        const [packed, exactSuffix] = [publicSuffix(host), exact.getPublicSuffix(host, PRIVATE)];
        if (packed === exactSuffix) {
          expect(registrableDomain(host), host).toBe(exact.getDomain(host, PRIVATE));
          return;
        }
        collisions += 1;
        expect(packed?.endsWith(`.${exactSuffix}`), `${host}: ${packed} against ${exactSuffix}`).toBe(true);
        expect(host === packed || host.endsWith(`.${packed}`), host).toBe(true);
        const domain = registrableDomain(host);
        if (domain === null) expect(host).toBe(packed);
        else expect(domain.endsWith(`.${exact.getDomain(host, PRIVATE)}`), `${host}: ${domain}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // Rare: never a sizeable part of the runs.
    expect(collisions).toBeLessThan(runs / 100);
  });
});
