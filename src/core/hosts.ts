/**
 * Host names: parsing, normalisation and the Public Suffix List.
 *
 * Every comparison in Unmask happens on normalised hosts: lower-case, ASCII (punycode for IDN), no
 * trailing dot, no `www.`. The registrable domain comes from the Public Suffix List *including its
 * private section* (tldts `allowPrivateDomains`), so `bild.eu.com`, `x.blogspot.com` and
 * `x.github.io` are sites of their own, never their platform.
 *
 * The library is tldts' packed-hash build (`tldts-experimental`: same API and rules as `tldts`, the
 * list stored as sorted 32-bit hashes of the suffixes instead of a trie). It is a fifth smaller in
 * background.js and costs far less to evaluate when the worker starts; lookups take the same time.
 * A hash can collide, so a host that is not a public suffix could be taken for one:
 * test/unit/core/psl-variant.test.ts checks that it agrees with the exact `tldts` on every listed
 * host, outlet domain and corpus site, so a list entry that collides fails the tests before release.
 * On hosts nobody lists, a collision (mostly on short labels: `gov.de`, `0w.net`) takes one more
 * label of the host for its suffix, so that its sub-domains are sites of their own.
 */
import { getDomain, getPublicSuffix } from 'tldts-experimental';

const PSL_OPTIONS = { allowPrivateDomains: true } as const;

/**
 * Normalises a host name: lower-case, IDN to punycode (through the WHATWG URL parser, which also
 * applies UTS #46 mapping), no trailing dot, no leading `www.` (all of them). Returns null for anything that is
 * not a plausible DNS host (IP addresses included: they never match a list).
 */
export function normalizeHost(input: string): string | null {
  if (typeof input !== 'string') return null;
  let host = input.trim();
  if (host === '' || host.length > 253 + 10) return null;
  if (/[\s/?#@\\]/.test(host)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
  host = ascii.replace(/\.$/, '');
  // Every leading `www.`, so that normalising twice changes nothing (`www.www.example.com`), but
  // never down to a public suffix: `www.gov.uk` and `www.gov.pl` are sites, `gov.uk` is not.
  while (host.startsWith('www.') && !isPublicSuffix(host.slice(4))) host = host.slice(4);
  if (!host.includes('.') || host.startsWith('[') || /^[\d.]+$/.test(host)) return null;
  if (host.split('.').some((label) => label === '' || label.length > 63)) return null;
  return host;
}

/** The URL parsed, when it is an http(s) URL; null for anything else. */
export function httpUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}

/**
 * The host of a URL, normalised as above; null when the URL is not http(s) or has no DNS host.
 */
export function hostOfUrl(url: string): string | null {
  const parsed = httpUrl(url);
  return parsed === null ? null : normalizeHost(parsed.hostname);
}

/** The registrable domain (eTLD+1, private PSL section included) of a normalised host. */
export function registrableDomain(host: string): string | null {
  return getDomain(host, PSL_OPTIONS);
}

/** The public suffix of a normalised host (private section included). */
/**
 * `registrableDomain` for a host that is ALREADY normalised (`normalizeHost`: lower-case ASCII, no
 * IP address, valid labels): tldts skips extracting, validating and IP-testing it, which was most
 * of the cost of the engine's first calls at a worker's cold start. Same answers for such hosts
 * (test/unit/core/hosts-fast.test.ts); anything else must use `registrableDomain`.
 */
const NORMAL_HOST_OPTIONS = {
  allowPrivateDomains: true,
  detectIp: false,
  extractHostname: false,
  mixedInputs: false,
  validateHostname: false,
} as const;

export function registrableDomainOfNormalHost(host: string): string | null {
  return getDomain(host, NORMAL_HOST_OPTIONS);
}

export function publicSuffix(host: string): string | null {
  return getPublicSuffix(host, PSL_OPTIONS);
}

/** True when the host is itself a public suffix (`com`, `co.uk`, `blogspot.com`, `github.io`). */
export function isPublicSuffix(host: string): boolean {
  return publicSuffix(host) === host || registrableDomain(host) === null;
}

/**
 * The domain a normalised host is matched and sharded under: its registrable domain, or the host
 * itself when it is a public suffix. Such a host is a real site (`gov.uk`, `parliament.nz`) or a
 * platform's own home (`myshopify.com`, `blogspot.com`): it is
 * judged like any site, as a domain of its own with no parents. No list entry can be such a host
 * (the list checks refuse public suffixes), so normally it is judged `none`; what matters is that
 * it is judged, never refused, and that its sub-sites are never matched through it.
 */
export function siteDomain(host: string): string {
  return registrableDomain(host) ?? host;
}

/**
 * The candidates for a parent-domain match, most specific first: `a.b.example.co.uk` gives
 * `a.b.example.co.uk`, `b.example.co.uk`, `example.co.uk` and stops at the registrable domain, so
 * that no list entry can ever match a whole public suffix. A host that is itself a public suffix
 * (`blogspot.com`) gives only itself (`siteDomain`). Cost: one PSL lookup plus one slice per
 * label (uBlock Origin's approach). A caller that has
 * already looked up the domain passes it as `domain`, so the PSL is not asked twice.
 */
export function hostCandidates(host: string, domain: string = siteDomain(host)): string[] {
  const out: string[] = [];
  let current = host;
  while (current.length >= domain.length) {
    out.push(current);
    if (current === domain) break;
    const dot = current.indexOf('.');
    if (dot < 0) break;
    current = current.slice(dot + 1);
  }
  return out;
}
