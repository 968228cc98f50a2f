/**
 * Host names: parsing, normalisation and the Public Suffix List.
 *
 * Every comparison in Unmask happens on normalised hosts: lower-case, ASCII (punycode for IDN), no
 * trailing dot, no `www.`. The registrable domain comes from the Public Suffix List *including its
 * private section*, so `bild.eu.com`, `x.blogspot.com` and `x.github.io` are sites of their own,
 * never their platform.
 *
 * The list is tldts' packed-hash build (`tldts-experimental`: the suffixes stored as sorted 32-bit
 * hashes instead of a trie), and only its lookup: Unmask reads hosts, never URLs, through the
 * browser's own URL parser, so the library's URL extraction, hostname validation and IP detection
 * (most of its code) are left out of background.js. A hash can collide, so a host that is not a
 * public suffix could be taken for one: test/unit/core/psl-variant.test.ts checks that it agrees
 * with the exact `tldts` on every listed host, outlet domain and corpus site, so a list entry that
 * collides fails the tests before release. On hosts nobody lists, a collision (mostly on short
 * labels: `gov.de`, `0w.net`) takes one more label of the host for its suffix, so that its
 * sub-domains are sites of their own.
 */
import suffixLookup from 'tldts-experimental/dist/es6/src/packed-hashes.js';

/** Both sections of the list; the lookup writes its answer into `SUFFIX`. */
const LOOKUP_OPTIONS = { allowIcannDomains: true, allowPrivateDomains: true };
const SUFFIX: { isIcann: boolean | null; isPrivate: boolean | null; publicSuffix: string | null } = {
  isIcann: null,
  isPrivate: null,
  publicSuffix: null,
};

/** The public suffix of a host in the form below (`asciiHost`), as the list's longest matching rule says. */
function suffixOfAsciiHost(host: string): string {
  SUFFIX.publicSuffix = null;
  suffixLookup(host, LOOKUP_OPTIONS, SUFFIX);
  return SUFFIX.publicSuffix ?? host;
}

/** The registrable domain of a host in the form below: the suffix and one more label, or null when the host is a suffix. */
function domainOfAsciiHost(host: string): string | null {
  const suffix = suffixOfAsciiHost(host);
  if (suffix.length >= host.length) return null;
  const dot = host.lastIndexOf('.', host.length - suffix.length - 2);
  return dot < 0 ? host : host.slice(dot + 1);
}

/** Lower-case ASCII labels of 1 to 63 characters, the last not all digits: already in the form `asciiHost` gives. */
const ASCII_HOST = /^(?:[a-z0-9_-]{1,63}\.)*(?=[a-z0-9_-]*[a-z_-])[a-z0-9_-]{1,63}$/;

/**
 * A host name as the URL parser reads it (lower-case, IDN to punycode, UTS #46 mapping), without
 * trailing dots; null for an IP address and for anything that is no DNS host (an empty or too long
 * label, a URL). Unlike `normalizeHost` it keeps a leading `www.` and single labels.
 */
function asciiHost(input: string): string | null {
  if (typeof input !== 'string' || input.length > 253 + 10) return null;
  if (input.length <= 253 && ASCII_HOST.test(input)) return input;
  const text = input.trim();
  if (text === '' || /[\s/?#@\\:]/.test(text)) return null;
  let host: string;
  try {
    host = new URL(`http://${text}/`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.+$/, '');
  return host.length <= 253 && ASCII_HOST.test(host) ? host : null;
}

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

/**
 * The registrable domain (eTLD+1, private PSL section included) of a host: `news.bbc.co.uk` gives
 * `bbc.co.uk`. The host is read as the URL parser reads it (`Example.COM.` is `example.com`, an
 * IDN gives its punycode form); null for a public suffix, an IP address or anything that is no host.
 */
export function registrableDomain(host: string): string | null {
  const ascii = asciiHost(host);
  return ascii === null ? null : domainOfAsciiHost(ascii);
}

/**
 * `registrableDomain` for a host that is ALREADY normalised (`normalizeHost`: lower-case ASCII, no
 * IP address, valid labels), without reading it again: the engine's calls at a worker's cold
 * start. Same answers for such hosts (test/unit/core/hosts-fast.test.ts); anything else must use
 * `registrableDomain`.
 */
export function registrableDomainOfNormalHost(host: string): string | null {
  return domainOfAsciiHost(host);
}

/** The public suffix of a host (private section included), read as `registrableDomain` reads it; null when it is no host. */
export function publicSuffix(host: string): string | null {
  const ascii = asciiHost(host);
  return ascii === null ? null : suffixOfAsciiHost(ascii);
}

/**
 * True when the host is itself a public suffix (`com`, `co.uk`, `blogspot.com`, `github.io`), or
 * no host at all: it has no registrable domain. (A host whose public suffix is itself never has one.)
 */
export function isPublicSuffix(host: string): boolean {
  return registrableDomain(host) === null;
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
