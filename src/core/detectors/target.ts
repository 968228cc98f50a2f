/**
 * One parse per URL. Every detector needs the host, its registrable domain, its parents and
 * sometimes the parsed URL; computing them once and passing them down is what keeps a verdict
 * cheap: a URL parse and a Public Suffix List lookup each cost more than the Map lookups after them.
 *
 * `hostOfUrl` (hosts.ts) parses the URL, then `normalizeHost` parses the host again to apply the
 * same WHATWG rules to hosts typed without a URL. A hostname that comes out of the URL parser is
 * already lower-case punycode, so when it has none of the things `normalizeHost` changes or
 * rejects (trailing dot, a second `www.`, IP literal, no dot, empty or long labels) it is returned
 * as is (without its `www.`),
 * and only the other, rare hosts go through `normalizeHost`: the result is the same either way.
 * The one thing the fast path cannot see without the PSL is a `www.` in front of a public suffix
 * (`www.gov.uk`, `www.parliament.nz`: normalizeHost keeps that `www.`); such a host is normalised
 * again (`parseTarget`).
 *
 * A host that is itself a public suffix (`gov.uk`, `myshopify.com`) is a site too: its domain is
 * the host itself and it has no parents (hosts.ts `siteDomain`).
 */
import { hostCandidates, normalizeHost, registrableDomainOfNormalHost } from '../hosts';

export interface HostInfo {
  /** Normalised host (hosts.ts rules). */
  host: string;
  /**
   * Registrable domain (PSL, private section included), or the host itself when it is a public
   * suffix (hosts.ts `siteDomain`).
   */
  domain: string;
  /** The domain minus its first label (the public suffix, unless the host is one). */
  suffix: string;
  /** The label before the suffix: `washingtonpost` for `www.washingtonpost.com`. */
  label: string;
  /** The host and its parents up to the domain, most specific first (= hosts.ts `hostCandidates`). */
  candidates: string[];
  /**
   * Set when the host is itself a public suffix (`gov.uk`, `myshopify.com`): `domain` is the host,
   * and `label` and `suffix` are parts of a suffix, not a name someone registered under one.
   */
  isSuffix?: true;
}

export interface ParsedTarget {
  url: URL;
  info: HostInfo;
}

const SIMPLE_HOSTNAME = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const IPV4ISH = /^[\d.]+$/;
const LONG_LABEL = /[^.]{64}/;

function fromParserHostname(input: string): string | null {
  // `www.` is dropped exactly as normalizeHost drops it (the rest must still have a dot).
  const hostname = input.startsWith('www.') ? input.slice(4) : input;
  if (
    SIMPLE_HOSTNAME.test(hostname) &&
    !hostname.startsWith('www.') &&
    !IPV4ISH.test(hostname) &&
    (hostname.length < 64 || !LONG_LABEL.test(hostname)) &&
    hostname.length <= 253
  ) {
    return hostname;
  }
  return normalizeHost(input);
}

/** Host facts for a normalised host (hosts.ts rules); null only for a host without a dot. */
export function hostInfo(host: string): HostInfo | null {
  return infoOf(host, registrableDomainOfNormalHost(host));
}

function infoOf(host: string, registrable: string | null): HostInfo | null {
  const domain = registrable ?? host;
  const dot = domain.indexOf('.');
  if (dot <= 0) return null;
  // hosts.ts `hostCandidates`, given the domain computed above so that the PSL is asked once.
  const candidates = hostCandidates(host, domain);
  const info: HostInfo = { host, domain, suffix: domain.slice(dot + 1), label: domain.slice(0, dot), candidates };
  if (registrable === null) info.isSuffix = true;
  return info;
}

/** Parses an http(s) URL once; null for anything else or a host that is not a DNS name. */
export function parseTarget(input: unknown): ParsedTarget | null {
  if (typeof input !== 'string' || input.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  let host = fromParserHostname(url.hostname);
  if (host === null) return null;
  let domain = registrableDomainOfNormalHost(host);
  if (domain === null && host !== url.hostname && url.hostname.startsWith('www.')) {
    // The fast path dropped a `www.` in front of a public suffix: normalizeHost keeps it.
    host = normalizeHost(url.hostname);
    if (host === null) return null;
    domain = registrableDomainOfNormalHost(host);
  }
  const info = infoOf(host, domain);
  return info === null ? null : { url, info };
}

/** A run of consecutive parts of an address, written together (see `tokenRuns`). */
export interface TokenRun {
  tokens: readonly string[];
  /** First and last token of the run. */
  from: number;
  to: number;
  joined: string;
}

/**
 * The names an address spells from its parts: the host before its suffix, split on dots and
 * hyphens (`www` dropped), and every run of one to three consecutive parts written together
 * (`news.dc-weekly.com` gives `news`, `newsdc`, `newsdcweekly`, `dc`, `dcweekly`, `weekly`). A number
 * written apart (`local-news-24`) ends a run: only `news24` as one part makes a name with it.
 * Shared by the lookalike and successor detectors, so both read an address alike.
 */
export function* tokenRuns(info: HostInfo): Generator<TokenRun> {
  const rest = info.host.slice(0, info.host.length - info.suffix.length - 1);
  const tokens = rest.split(/[.-]/).filter((t) => t !== '' && t !== 'www');
  for (let from = 0; from < tokens.length; from++) {
    let joined = '';
    for (let to = from; to < Math.min(tokens.length, from + 3); to++) {
      if (to > from && /^\d+$/.test(tokens[to] as string)) break;
      joined += tokens[to];
      yield { tokens, from, to, joined };
    }
  }
}
