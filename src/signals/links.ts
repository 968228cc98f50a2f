/**
 * Links and handles: where a page links to (the first link to each host first), and which social
 * accounts it shows (the page itself when it is one). Reading thousands of anchors is the costliest
 * part of extraction, so the common cases skip the URL parser (see `canonicalHttpHost`,
 * `seenHostLink`).
 */
import { HOSTED_ACCOUNT_HOSTS, PLATFORM_HOSTS } from '../core/platform-hosts';
import type { Page } from './dom';

/**
 * Hosts whose URLs name accounts. Sub-domains count (`m.`, `www.`, `name.substack.com`);
 * `pinterest.*` is matched by label. The engine's handle parser is the authority on what a
 * profile is; this list only decides what is worth sending.
 */
const SOCIAL_HOSTS = new Set<string>(Object.values(PLATFORM_HOSTS).flat());
const PINTEREST = /(?:^|\.)pinterest\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;
/** Sub-domains that are the platform itself, not an account hosted on it. */
const PLATFORM_SUBDOMAINS = new Set(['www', 'm', 'mobile', 'web', 'old', 'new', 'np']);

/** The elements that are links (what `document.links` holds). */
export const LINK_SELECTOR = 'a[href], area[href]';

/** Longest link kept, resolved (percent-encoding can make a short href long). */
const MAX_URL = 2048;

function socialHost(host: string): boolean {
  if (host.includes('pinterest.') && PINTEREST.test(host)) return true;
  // Every platform host has exactly two labels (test/unit/core/platform-hosts.test.ts), so a
  // host's last two labels say it, sub-domains included: one lookup per link.
  const last = host.lastIndexOf('.');
  if (last <= 0) return false;
  const previous = host.lastIndexOf('.', last - 1);
  return SOCIAL_HOSTS.has(previous < 0 ? host : host.slice(previous + 1));
}

/**
 * A social URL worth sending as a handle: a path of one to three segments (`/name`, `/@name`,
 * `/s/name`, `/channel/id`), or any URL on an account's own sub-domain (`name.substack.com`).
 * Query strings go (tracking), except Facebook's `profile.php?id=`, where the id is the account.
 * `href` is as the URL parser writes it, without fragment or credentials (read as text: no URL
 * object for the many links whose text is already that); `host` is its host name.
 */
function asHandle(href: string, host: string): string | null {
  const pathStart = href.indexOf('/', href.indexOf('//') + 2);
  const query = href.indexOf('?');
  const pathname = href.slice(pathStart, query < 0 ? undefined : query);
  const path = pathname.replace(/\/+$/, '');
  const segments = path === '' ? 0 : path.split('/').length - 1;
  const labels = host.split('.');
  // `name.substack.com` is an account; `about.fb.com` or `m.x.com` is the platform itself.
  const accountHost =
    labels.length > 2 && !PLATFORM_SUBDOMAINS.has(labels[0] ?? '') && HOSTED_ACCOUNT_HOSTS.includes(labels.slice(-2).join('.'));
  if (!accountHost && (segments < 1 || segments > 3)) return null;
  const params = query >= 0 && /\/profile\.php$/.test(path) ? new URLSearchParams(href.slice(query)) : null;
  const id = params?.has('id') ? `?id=${encodeURIComponent(params.get('id') ?? '')}` : '';
  return href.slice(0, pathStart) + pathname + id;
}

/**
 * True when `raw` is `http://` or `https://` followed by exactly a host in `hosts` (hosts as the URL
 * parser wrote them, which it gives back unchanged) and then `/`, `?`, `#` or the end, and that host
 * is no social platform: parsing such a link could only tell that its host was seen. Any other
 * spelling (upper case, a port, `user@`, escapes, spaces) names no host in `hosts` as written, and
 * goes to the URL parser.
 */
function seenHostLink(raw: string, hosts: ReadonlySet<string>): boolean {
  const start = raw.startsWith('https://') ? 8 : raw.startsWith('http://') ? 7 : -1;
  if (start < 0) return false;
  let end = start;
  for (; end < raw.length; end++) {
    const c = raw.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
  }
  const host = raw.slice(start, end);
  return hosts.has(host) && !socialHost(host);
}

/**
 * An href without a scheme or authority ("/a", "a", "?q"): it stays on the base URL's host.
 * Tested after removing tabs and newlines, which the URL parser drops anywhere ("ht\ttps://x" is
 * https), and past leading controls and spaces, which it trims; `\` counts as `/`.
 */
// eslint-disable-next-line no-control-regex -- the URL parser trims C0 controls: so must this test
const RELATIVE = /^(?![\u0000-\u0020]*(?:[a-z][a-z0-9+.-]*:|[\\/]{2}))/i;

/**
 * An absolute http(s) URL written exactly as the URL parser writes one: lowercase scheme and host,
 * a host of ASCII labels whose last one starts with a letter (so no IPv4 or IDN processing), no
 * port, user, fragment or percent-escape, a path without dot segments, and only characters that
 * no parser escapes or rewrites in a path or query. Parsing such a link can only give it back.
 */
const CANONICAL_HTTP = /^https?:\/\/((?:[a-z0-9-]{1,63}\.)*[a-z][a-z0-9-]{0,62})\/[A-Za-z0-9\-._~!$&()*+,;=:@/?]*$/;
/** A `.` or `..` path segment (the URL parser resolves them). */
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)/;

/**
 * The host of `raw` when `raw` is already in the URL parser's own form (see CANONICAL_HTTP), so
 * that its text is its `href` and no parse is needed; otherwise null (the caller parses). Absolute
 * links are mostly written so; each one saves a URL object and its getters, which were the costliest
 * step of reading a page's links. Punycode (`xn--`) hosts always go to the parser, which validates
 * them. Checked against Node's URL parser here and Chromium's and Firefox's in the browser tests.
 */
export function canonicalHttpHost(raw: string): string | null {
  const m = CANONICAL_HTTP.exec(raw);
  const host = m?.[1];
  if (host === undefined || host.length > 253 || host.startsWith('xn--') || host.includes('.xn--')) return null;
  const query = raw.indexOf('?');
  return DOT_SEGMENT.test(query < 0 ? raw : raw.slice(0, query)) ? null : host;
}

function parseHttp(raw: string, base?: string): URL | null {
  try {
    const url = new URL(raw, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.hostname === '') return null;
    // Fragments name places in the same page; credentials are nobody's business. (Each setter
    // re-serialises the URL: only when there is something to remove.)
    if (url.hash !== '') url.hash = '';
    if (url.username !== '') url.username = '';
    if (url.password !== '') url.password = '';
    return url;
  } catch {
    return null;
  }
}

/**
 * The page's outgoing links and the social accounts it shows, within the limits: among `anchors`
 * when given (a feed's new posts), else among all of the document's links.
 */
export function readLinks({ dom, doc, lim }: Page, pageUrl: string, anchors?: ArrayLike<Element>): { links: string[]; handles: string[] } {
  // `baseURI` honours <base>, as a click would; happy-dom's `a.href` does not, so resolve here.
  let base = dom.get(doc, 'baseURI');
  if (typeof base !== 'string' || !/^https?:/i.test(base)) base = pageUrl;
  const page = parseHttp(pageUrl);
  const baseUrl = parseHttp(base as string);
  const baseSocial = baseUrl === null || socialHost(baseUrl.hostname);
  const pageHost = page?.hostname ?? '';
  const handles: string[] = [];
  const seenHandles = new Set<string>();
  const addHandle = (href: string, host: string): void => {
    if (handles.length >= lim.maxHandles) return;
    const h = asHandle(href, host);
    if (h !== null && !seenHandles.has(h)) {
      seenHandles.add(h);
      handles.push(h);
    }
  };
  if (page && socialHost(pageHost)) addHandle(page.href, pageHost);
  // A same-site path ("/a?b") joined to a base in the URL parser's own form (see
  // canonicalHttpHost) is the link's href when the whole is in that form too: no parse.
  const origin = baseUrl !== null && canonicalHttpHost(`${baseUrl.origin}/`) !== null ? baseUrl.origin : null;

  // The first link to each host comes first, and each new account on a social platform;
  // further links to hosts already seen (same-site links included) only fill the remaining room.
  const first: string[] = [];
  const rest: string[] = [];
  const seenRaw = new Set<string>();
  const seenUrl = new Set<string>();
  const hosts = new Set<string>([pageHost]);
  anchors ??= dom.get(doc, 'links') as ArrayLike<Element> | undefined;
  if (anchors === null || typeof anchors !== 'object') anchors = dom.all(doc, LINK_SELECTOR);
  // Never `anchors.length`: a live collection walks the whole page to count its links, and the
  // scan usually stops long before the end.
  for (let i = 0; i < lim.maxScan && first.length < lim.maxLinks; i++) {
    const a = anchors[i];
    if (!a) break;
    const raw = dom.attr(a, 'href');
    if (raw === null || raw === '' || raw.length > MAX_URL || raw.charCodeAt(0) === 35 /* # */) continue;
    if (seenRaw.has(raw)) continue;
    seenRaw.add(raw);
    // Once the overflow is full, a relative link (same host as the base) can add nothing
    // unless that host is a social platform: skip the URL parse, the costly step.
    if (rest.length >= lim.maxLinks) {
      if (!baseSocial && RELATIVE.test(raw.replace(/[\t\n\r]/g, ''))) continue;
      // Likewise an absolute link to a host already seen, when its text says so unambiguously.
      if (seenHostLink(raw, hosts)) continue;
    }
    // A link written as the parser would write it is its own href (no parse), and so is a
    // same-site path on such a base ("//" starts another host); others are parsed.
    let href = raw;
    let host = canonicalHttpHost(raw);
    if (host === null && origin !== null && raw.charCodeAt(0) === 47 /* / */ && raw.charCodeAt(1) !== 47) {
      href = origin + raw;
      host = canonicalHttpHost(href);
    }
    if (host === null) {
      const url = parseHttp(raw, base as string);
      if (url === null) continue;
      href = url.href;
      host = url.hostname;
    }
    // The background refuses longer URLs (and a whole message with them); none is a real link.
    if (href.length > MAX_URL || seenUrl.has(href)) continue;
    seenUrl.add(href);
    const before = handles.length;
    if (socialHost(host)) addHandle(href, host);
    if (!hosts.has(host)) {
      hosts.add(host);
      first.push(href);
    } else if (handles.length > before) {
      first.push(href);
    } else if (rest.length < lim.maxLinks) {
      rest.push(href);
    }
  }
  const links = first.concat(rest).slice(0, lim.maxLinks);
  return { links, handles };
}
