/**
 * Detector 1: listed hosts and listed URLs.
 *
 * Hosts: a Map from normalised host to its indicators. A visited host matches itself and every
 * parent up to its registrable domain (`hostCandidates`: `a.b.example.co.uk` -> `a.b.example.co.uk`,
 * `b.example.co.uk`, `example.co.uk`), one Map lookup per label: uBlock Origin's approach, whose
 * cost hardly grows with the number of hosts listed. The walk stops at
 * the registrable domain of the Public Suffix List *with its private section*, so no entry can ever
 * match a whole suffix (`blogspot.com`) and `name.blogspot.com` is a site of its own.
 * Hosted sub-domain handles (`name.substack.com`, `name.medium.com`) are hosts too.
 *
 * URLs: `url` indicators are one item on a host the campaign does NOT control (an article placed on
 * a real outlet, a petition): they match that exact URL only, NEVER their host (data README,
 * "Cautions"). Both sides are reduced to a key by `urlKey`: host normalised (lower-case, IDN to
 * punycode, no `www.`), http = https, fragment dropped, trailing slash ignored, percent-escapes in
 * upper case, query kept (it can be what identifies the item: `profile.php?id=`).
 */
import type { Indicator } from '../types';
import { hostCandidates, normalizeHost } from '../hosts';

export interface HostIndex {
  hosts: Map<string, Indicator[]>;
  urls: Map<string, Indicator[]>;
  /** Hosts that have at least one URL indicator: other pages skip the URL key entirely. */
  urlHosts: Set<string>;
  /** The longest URL key, so that a longer page URL skips the URL lookup. */
  maxUrlKey: number;
  /**
   * URL indicators not keyed yet: keying every URL indicator (a URL parse each) is left to the first lookup
   * on a host they name (`pendingHosts`, from a plain text pass: each indicator's host and its
   * parents), so a worker's first verdict does not pay for it.
   */
  pendingUrls: Indicator[];
  pendingHosts: Set<string>;
}

const PLAIN_HOST = /^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

function push(map: Map<string, Indicator[]>, key: string, indicator: Indicator): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [indicator]);
  else if (!list.includes(indicator)) list.push(indicator);
}

/** The comparable key of a URL (see the design comment); null when it is not http(s). */
export function urlKey(input: string): string | null {
  if (typeof input !== 'string' || input.length > 8192) return null;
  let text = input.trim();
  if (!/^https?:\/\//i.test(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null;
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = normalizeHost(url.hostname);
  if (host === null) return null;
  return urlKeyOf(url, host);
}

/** `urlKey` for an already parsed URL and its normalised host. */
export function urlKeyOf(url: URL, host: string): string {
  let path = url.pathname.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
  if (path.endsWith('/')) path = path.slice(0, -1);
  const search = url.search.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
  return `${host}${path}${search}`;
}

/** The host of a handle value when it is a hosted sub-domain with no path (`name.substack.com`). */
export function hostedHandleHost(value: string): string | null {
  // Most handles are profile paths (`https://x.com/name`): no need to parse them to know.
  const rest = value.replace(/^https?:\/\//i, '');
  const slash = rest.indexOf('/');
  if (slash >= 0 && slash < rest.length - 1) return null;
  const text = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.pathname !== '/' && url.pathname !== '') return null;
  if (url.search !== '') return null;
  const host = normalizeHost(url.hostname);
  if (host === null) return null;
  // Only a sub-domain (name.platform.tld) stands for an account; a bare platform host never does.
  // `name.blogspot.com` is its own registrable domain (PSL private section), hence the label count.
  return hostCandidates(host).length > 1 || host.split('.').length >= 3 ? host : null;
}

/**
 * One pass over the indicators (a cold worker's first verdict waits for it). `handleHosts`, when
 * given, receives the host each handle indicator names and its parents (`addValueHosts`).
 */
export function buildHostIndex(indicators: readonly Indicator[], handleHosts?: Set<string>): HostIndex {
  const index = emptyHostIndex();
  for (const indicator of indicators) addToHostIndex(index, indicator, handleHosts);
  return index;
}

export function emptyHostIndex(): HostIndex {
  return { hosts: new Map(), urls: new Map(), urlHosts: new Set(), maxUrlKey: 0, pendingUrls: [], pendingHosts: new Set() };
}

/** One indicator into the index, as `buildHostIndex` adds each (a build in slices calls it in turn). */
export function addToHostIndex(index: HostIndex, indicator: Indicator, handleHosts?: Set<string>): void {
  if (indicator === null || typeof indicator !== 'object') return;
  const value = indicator.value;
  if (typeof value !== 'string') return;
  const kind = indicator.kind;
  if (kind === 'domain') {
    const host = PLAIN_HOST.test(value) ? value : normalizeHost(value);
    if (host === null) return;
    // `push`, by hand: this runs once per host indicator, thousands of times in a row.
    const list = index.hosts.get(host);
    if (list === undefined) index.hosts.set(host, [indicator]);
    else if (!list.includes(indicator)) list.push(indicator);
  } else if (kind === 'url') {
    index.pendingUrls.push(indicator);
    addValueHosts(value, index.pendingHosts);
  } else if (kind === 'handle') {
    if (handleHosts !== undefined) addValueHosts(value, handleHosts);
    const host = hostedHandleHost(value);
    if (host !== null) push(index.hosts, host, indicator);
  }
}

/**
 * Adds the host a list value names (`https://host/...` or `host/...`, read as text: no URL parse)
 * and its parents to `out`: the cheap gate of the indexes built on first need.
 */
export function addValueHosts(value: string, out: Set<string>): void {
  // A character scan, not a regular expression and a split: this runs for every handle and URL
  // indicator while a cold worker builds its engine.
  const text = value.trim();
  let start = 0;
  if (text.charCodeAt(4) === 58 /* : */ || text.charCodeAt(5) === 58) {
    const scheme = text.slice(0, 8).toLowerCase();
    if (scheme.startsWith('https://')) start = 8;
    else if (scheme.startsWith('http://')) start = 7;
  }
  let end = start;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */ || c === 58 /* : */) break;
  }
  if (end === start) return;
  let host = text.slice(start, end).toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  // The host and each parent: `a.b.example` -> `a.b.example`, `b.example`, `example`.
  for (;;) {
    out.add(host);
    const dot = host.indexOf('.');
    if (dot < 0) return;
    host = host.slice(dot + 1);
  }
}

/** Keys the pending URL indicators (see HostIndex.pendingUrls). */
function keyPending(index: HostIndex): void {
  const pending = index.pendingUrls;
  if (pending.length === 0) return;
  index.pendingUrls = [];
  for (const indicator of pending) addUrlIndicator(index, indicator);
}

/** The host part of a `urlKey`. */
export function hostOfKey(key: string): string {
  const cut = key.search(/[/?]/);
  return cut < 0 ? key : key.slice(0, cut);
}

/** Adds an unparseable handle (a profile on a platform we do not parse) as an exact URL. */
export function addUrlIndicator(index: HostIndex, indicator: Indicator): void {
  const key = urlKey(indicator.value);
  if (key === null) return;
  push(index.urls, key, indicator);
  index.urlHosts.add(hostOfKey(key));
  index.maxUrlKey = Math.max(index.maxUrlKey, key.length);
}

export interface HostMatch {
  indicator: Indicator;
  /** The host or parent domain that matched. */
  matched: string;
}

/** Indicators listed for a normalised host or one of its parents, most specific first. */
export function matchHost(index: HostIndex, host: string): HostMatch[] {
  return matchCandidates(index, hostCandidates(host));
}

/** `matchHost` over precomputed candidates (detectors/target.ts). */
export function matchCandidates(index: HostIndex, candidates: readonly string[]): HostMatch[] {
  const out: HostMatch[] = [];
  for (const candidate of candidates) {
    const list = index.hosts.get(candidate);
    if (list !== undefined) for (const indicator of list) out.push({ indicator, matched: candidate });
  }
  return out;
}

/** Indicators listed for exactly this parsed URL (no work unless its host has URL indicators). */
export function matchParsedUrl(index: HostIndex, url: URL, host: string): Indicator[] {
  if (index.pendingUrls.length > 0 && index.pendingHosts.has(host)) keyPending(index);
  if (!index.urlHosts.has(host)) return [];
  return index.urls.get(urlKeyOf(url, host)) ?? [];
}

/** Indicators listed for exactly this URL. */
export function matchUrl(index: HostIndex, url: string): Indicator[] {
  keyPending(index);
  if (index.urls.size === 0) return [];
  const hash = url.indexOf('#');
  // A URL longer than every key (plus `https://www.`) cannot be one of them: skip the parse.
  if ((hash >= 0 ? hash : url.length) > index.maxUrlKey + 16) return [];
  const key = urlKey(url);
  return key === null ? [] : (index.urls.get(key) ?? []);
}
