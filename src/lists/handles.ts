/**
 * A basic check of account (handle) indicator values, and the key under which two spellings of the
 * same account count as one (for duplicate detection).
 *
 * This is deliberately not the engine's profile-URL parser: it only makes sure that a list entry
 * is a plausible profile URL of its platform (or a hosted sub-domain like `name.substack.com`), so
 * that a typo or a pasted post URL is caught at review time. The engine does the full matching.
 */
import type { Platform } from '../core/types';
import { hostOfUrl, isPublicSuffix, normalizeHost } from '../core/hosts';

/** Registrable domains of each platform; the first is the canonical one. */
export const PLATFORM_DOMAINS: Partial<Record<Platform, readonly string[]>> = {
  x: ['x.com', 'twitter.com'],
  telegram: ['t.me', 'telegram.me'],
  youtube: ['youtube.com'],
  tiktok: ['tiktok.com'],
  facebook: ['facebook.com', 'fb.com'],
  instagram: ['instagram.com'],
  threads: ['threads.net', 'threads.com'],
  bluesky: ['bsky.app'],
  reddit: ['reddit.com'],
  medium: ['medium.com'],
  substack: ['substack.com'],
  vk: ['vk.com', 'vk.ru'],
  rumble: ['rumble.com'],
  pinterest: ['pinterest.com'],
  tumblr: ['tumblr.com'],
  quora: ['quora.com'],
  linkedin: ['linkedin.com'],
};

/** Sub-domains that are the platform's own front doors, not an account's hosted site. */
const FRONT_DOORS = /^(?:www|m|mobile|old|new|web)\./;

/** First path segments that are platform pages, never an account. */
const RESERVED = new Set([
  'home',
  'search',
  'explore',
  'intent',
  'share',
  'sharer',
  'sharer.php',
  'hashtag',
  'hashtags',
  'i',
  'login',
  'signup',
  'settings',
  'notifications',
  'messages',
  'watch',
  'results',
  'feed',
  'groups',
  'events',
  'pages',
  'tag',
  'tags',
  'topics',
  'trending',
  'about',
  'help',
  'privacy',
  'terms',
  'policies',
  'joinchat',
  'addstickers',
]);

/**
 * Path shapes of a profile, per platform. Each is a regular expression over the path (without the
 * trailing slash). Platforms not listed accept any single-segment path.
 */
const PROFILE_PATHS: Partial<Record<Platform, RegExp>> = {
  x: /^\/[A-Za-z0-9_]{1,15}$/,
  telegram: /^\/(?:s\/)?[A-Za-z0-9_]{3,64}$/,
  youtube: /^\/(?:@[\p{L}\p{N}_.-]{1,100}|channel\/UC[\w-]{22}|c\/[^/]+|user\/[^/]+)$/u,
  tiktok: /^\/@[\w.]{1,64}$/,
  facebook: /^\/(?:[A-Za-z0-9.-]{2,}|profile\.php|people\/[^/]+\/\d+)$/,
  instagram: /^\/[A-Za-z0-9_.]{1,30}$/,
  threads: /^\/@[A-Za-z0-9_.]{1,30}$/,
  bluesky: /^\/profile\/[^/]+$/,
  // r/ is a community, not an account (the engine never matches it).
  reddit: /^\/(?:user|u)\/[A-Za-z0-9_-]{2,32}$/,
  medium: /^\/@?[^/]+$/,
  substack: /^\/@[^/]+$/,
  vk: /^\/[A-Za-z0-9_.]{2,}$/,
  rumble: /^\/(?:c\/|user\/)?[A-Za-z0-9_-]+$/,
  pinterest: /^\/[A-Za-z0-9_]{3,30}$/,
  tumblr: /^\/(?:blog\/view\/)?[A-Za-z0-9-]+$/,
  quora: /^\/profile\/[^/]+$/,
  linkedin: /^\/(?:in|company|pub)\/[^/]+$/,
};

/** Platforms whose account names are case-insensitive (so `X.com/Foo` and `x.com/foo` are one). */
const CASE_INSENSITIVE: ReadonlySet<Platform> = new Set<Platform>([
  'x',
  'telegram',
  'tiktok',
  'facebook',
  'instagram',
  'threads',
  'bluesky',
  'reddit',
  'medium',
  'substack',
  'vk',
  'pinterest',
  'tumblr',
  'linkedin',
]);

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export interface HandleCheck {
  /** A message a maintainer can act on, or null when the value is acceptable. */
  problem: string | null;
  /** A key equal for two spellings of the same account (for duplicate detection). */
  key: string;
}

function platformDomainOf(host: string, platform: Platform): string | null {
  for (const d of PLATFORM_DOMAINS[platform] ?? []) {
    if (host === d || host.endsWith(`.${d}`)) return d;
  }
  // Pinterest also serves every country on its own ccTLD (pinterest.co.uk, pinterest.de).
  if (platform === 'pinterest' && /(?:^|\.)pinterest\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(host)) return 'pinterest.com';
  return null;
}

function hostedSubdomain(host: string, platform: Platform): HandleCheck {
  if (isPublicSuffix(host)) {
    return { problem: `"${host}" is a public suffix, not an account's site`, key: `host:${host}` };
  }
  const domains = PLATFORM_DOMAINS[platform];
  if (domains !== undefined && platformDomainOf(host, platform) === null) {
    return {
      problem: `"${host}" is not on ${domains.join(' or ')}, the platform "${platform}": fix the platform or the value`,
      key: `host:${host}`,
    };
  }
  if (domains !== undefined && (domains.includes(host) || FRONT_DOORS.test(`${host.split('.')[0]}.`))) {
    return {
      problem: `"${host}" is the platform itself, not an account: give the profile URL`,
      key: `host:${host}`,
    };
  }
  return { problem: null, key: `host:${host}` };
}

/** Checks one handle value for its platform. */
export function checkHandle(value: string, platform: Platform): HandleCheck {
  if (platform === 'web') {
    return {
      problem: 'a handle needs its platform ("x", "telegram", ... or "other"), not "web"',
      key: `raw:${value}`,
    };
  }
  if (!value.includes('://')) {
    // A hosted sub-domain such as `name.substack.com`, written as a bare host.
    const host = normalizeHost(value);
    if (host === null) {
      return { problem: 'is neither a profile URL (https://...) nor a host name', key: `raw:${value}` };
    }
    if (host !== value) return { problem: `write the host normalised: "${host}"`, key: `host:${host}` };
    return hostedSubdomain(host, platform);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: 'is not a valid URL', key: `raw:${value}` };
  }
  if (url.protocol !== 'https:') return { problem: 'a profile URL must start with https://', key: `raw:${value}` };
  const host = hostOfUrl(value);
  if (host === null) return { problem: 'has no valid host name', key: `raw:${value}` };
  if (url.hash !== '') return { problem: `drop the fragment "${url.hash}"`, key: `raw:${value}` };
  // Percent-decoded, so that `/@All%C3%B4Afrique` is checked (and keyed) as `/@AllôAfrique`.
  const path = safeDecode(url.pathname).replace(/\/+$/, '');
  if (path === '') return hostedSubdomain(host, platform);

  const domain = platformDomainOf(host, platform);
  const domains = PLATFORM_DOMAINS[platform];
  if (domains !== undefined && domain === null) {
    return {
      problem: `"${host}" is not a host of the platform "${platform}" (${domains.join(', ')}): fix the platform or the value`,
      key: `raw:${value}`,
    };
  }
  const first = path.split('/')[1] ?? '';
  if (RESERVED.has(first.toLowerCase())) {
    return { problem: `"/${first}" is a page of the platform, not an account`, key: `raw:${value}` };
  }
  const shape = PROFILE_PATHS[platform];
  if (shape !== undefined && !shape.test(path)) {
    return { problem: `"${path}" is not a profile path on ${platform}: give the account's profile URL`, key: `raw:${value}` };
  }
  const allowQuery = platform === 'facebook' && path === '/profile.php' && /^\?id=\d+$/.test(url.search);
  if (url.search !== '' && !allowQuery) {
    return { problem: `drop the query "${url.search}" (a profile URL has none)`, key: `raw:${value}` };
  }
  if (platform === 'facebook' && path === '/profile.php' && !allowQuery) {
    return { problem: 'a profile.php URL needs its numeric ?id=', key: `raw:${value}` };
  }

  // The key: the platform's canonical domain (or the host for `other`), the path without the
  // `/s/` preview prefix of Telegram, lower-cased where the platform ignores case (YouTube channel
  // ids are case-sensitive, so YouTube keeps its case).
  let keyPath = platform === 'telegram' ? path.replace(/^\/s\//, '/') : path;
  if (CASE_INSENSITIVE.has(platform)) keyPath = keyPath.toLowerCase();
  const keyHost = domains?.[0] ?? host;
  return { problem: null, key: `profile:${keyHost}${keyPath}${url.search}` };
}
