/**
 * `registrableDomainOfNormalHost` (the list's lookup alone, the host not read again) must give the
 * same answer as `registrableDomain` for every normalised host the engine sees.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHost, registrableDomain, registrableDomainOfNormalHost } from '../../../src/core/hosts';
import { parseCompiled } from '../../../src/lists/compiled';
import { knownHosts } from '../../support/known-hosts';

const lists = parseCompiled(readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8'));

describe('registrableDomainOfNormalHost', () => {
  it('agrees with registrableDomain on every listed host, outlet domain and corpus site (normalised)', () => {
    const hosts = knownHosts();
    expect(hosts.size).toBeGreaterThan(7000);
    for (const h of hosts) expect(registrableDomainOfNormalHost(h), h).toBe(registrableDomain(h));
    // Private-section suffixes and sub-domains too.
    for (const h of [
      'name.blogspot.com',
      'a.b.github.io',
      'www.gov.uk',
      'news.bbc.co.uk',
      'xn--wshingtonpost-w1k.com',
      'co.uk',
      'blogspot.com',
    ]) {
      expect(registrableDomainOfNormalHost(h), h).toBe(registrableDomain(h));
    }
  });

  it('agrees on arbitrary hosts once normalised (property, 3,000 runs)', () => {
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
    const suffix = fc.constantFrom('com', 'co.uk', 'blogspot.com', 'github.io', 'gov.pl', 'pm', 'ltd', 'xn--p1ai', 'appspot.com', 'uk');
    fc.assert(
      fc.property(fc.array(label, { minLength: 0, maxLength: 3 }), suffix, (labels, sfx) => {
        const h = normalizeHost([...labels, sfx].join('.'));
        if (h === null) return;
        expect(registrableDomainOfNormalHost(h)).toBe(registrableDomain(h));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('outlet labels without a PSL lookup', () => {
  it('labelOf gives the registrable label and suffix of every shipped outlet domain, as the PSL does', async () => {
    const { labelOf } = await import('../../../src/core/detectors/lookalike');
    const { hostInfo } = await import('../../../src/core/detectors/target');
    for (const o of lists.outlets) {
      for (const d of o.domains) {
        const info = hostInfo(d)!;
        expect(labelOf(d), d).toEqual({ label: info.label, suffix: info.suffix });
      }
    }
  });
});
