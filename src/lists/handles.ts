/**
 * The check of account (handle) indicator values, and the keys under which two spellings of the
 * same account count as one (for duplicate detection).
 *
 * Two questions, two authorities:
 * - "Is this entry a profile, and not a post or a platform page?" is answered here, by path shape:
 *   the engine reads `x.com/name/status/1` as the account `name` (a post belongs to its author), so
 *   a pasted post URL in the lists would flag the whole account. That must be caught at review.
 * - "Can the engine ever match this entry?" is answered by the engine's own parser
 *   (`parseProfile` in src/core/handles.ts): an entry it cannot read would silently never match.
 *   Its canonical key (`x:name`) is also the duplicate key, so `twitter.com/Name` and `x.com/name`
 *   are one account here exactly when they are one account to the engine.
 *
 * Platform `other` (LiveJournal, Nairaland, Blogspot sites...) has no parser: any https URL with a
 * path, or a hosted sub-domain, is accepted.
 */
import type { Platform } from '../core/types';
import { parseProfile } from '../core/handles';
import { PINTEREST_COUNTRY, PLATFORM_HOSTS } from '../core/platform-hosts';
import { hostOfUrl, isPublicSuffix, normalizeHost } from '../core/hosts';

/** Registrable domains of each platform, for the "wrong platform" message (the one shared table). */
export const PLATFORM_DOMAINS: Partial<Record<Platform, readonly string[]>> = PLATFORM_HOSTS;

/** First path segments that are platform pages on every platform, never an account. */
const RESERVED = new Set([
  'home',
  'search',
  'explore',
  'intent',
  'share',
  'sharer',
  'sharer.php',
  'hashtag',
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
  'joinchat',
  'addstickers',
]);

/**
 * The path of a profile (not a post), per platform, after percent-decoding and without the
 * trailing slash. Names are not checked here: the engine's parser decides what a valid name is.
 */
const PROFILE_PATHS: Partial<Record<Platform, RegExp>> = {
  x: /^\/[^/]+$/,
  telegram: /^\/(?:s\/)?[^/]+$/,
  youtube: /^\/(?:@[^/]+|(?:channel|c|user)\/[^/]+)$/,
  tiktok: /^\/@[^/]+$/,
  facebook: /^\/(?:[^/]+|(?:people|pages)\/[^/]+\/\d+|pg\/[^/]+)$/,
  instagram: /^\/[^/]+$/,
  threads: /^\/@[^/]+$/,
  bluesky: /^\/profile\/[^/]+$/,
  reddit: /^\/(?:user|u)\/[^/]+$/,
  medium: /^\/@[^/]+$/,
  substack: /^\/@[^/]+$/,
  vk: /^\/[^/]+$/,
  rumble: /^\/(?:c|user)\/[^/]+$/,
  pinterest: /^\/[^/]+$/,
  tumblr: /^\/(?:blog\/view\/)?[^/]+$/,
  quora: /^\/profile\/[^/]+$/,
  linkedin: /^\/(?:in|company)\/[^/]+$/,
};

/** An example of the profile URL form, for messages. */
const EXAMPLES: Partial<Record<Platform, string>> = {
  x: 'https://x.com/name',
  telegram: 'https://t.me/name',
  youtube: 'https://www.youtube.com/@name',
  tiktok: 'https://www.tiktok.com/@name',
  facebook: 'https://www.facebook.com/name',
  instagram: 'https://www.instagram.com/name',
  threads: 'https://www.threads.net/@name',
  bluesky: 'https://bsky.app/profile/name.bsky.social',
  reddit: 'https://www.reddit.com/user/name',
  medium: 'https://medium.com/@name or name.medium.com',
  substack: 'name.substack.com',
  vk: 'https://vk.com/name',
  rumble: 'https://rumble.com/c/name',
  pinterest: 'https://www.pinterest.com/name',
  tumblr: 'name.tumblr.com',
  quora: 'https://www.quora.com/profile/Name',
  linkedin: 'https://www.linkedin.com/in/name',
};

export interface HandleCheck {
  /** A message a maintainer can act on, or null when the value is acceptable. */
  problem: string | null;
  /** Keys equal for two spellings of the same account or site (for duplicate detection). */
  keys: string[];
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function onPlatform(host: string, platform: Platform): boolean {
  for (const d of PLATFORM_DOMAINS[platform] ?? []) {
    if (host === d || host.endsWith(`.${d}`)) return true;
  }
  // Pinterest also serves every country on its own ccTLD (pinterest.co.uk, pinterest.de).
  return platform === 'pinterest' && PINTEREST_COUNTRY.test(host);
}

function fail(problem: string, value: string): HandleCheck {
  return { problem, keys: [`raw:${value}`] };
}

/** The engine's reading of an account value: its key, or a problem when it cannot read it. */
function engineKeys(value: string, platform: Platform): HandleCheck | null {
  if (platform === 'other') return null;
  const profile = parseProfile(value);
  if (profile === null || profile.platform !== platform) {
    const example = EXAMPLES[platform];
    return fail(
      `cannot be read by the engine as a ${platform} account, so it would never match${example ? `: write it as ${example}` : ''}`,
      value,
    );
  }
  return { problem: null, keys: [profile.key] };
}

function hostedSubdomain(host: string, value: string, platform: Platform): HandleCheck {
  if (isPublicSuffix(host)) return fail(`"${host}" is a public suffix, not an account's site`, value);
  const domains = PLATFORM_DOMAINS[platform];
  if (domains !== undefined && !onPlatform(host, platform)) {
    return fail(`"${host}" is not on ${domains.join(' or ')}, the platform "${platform}": fix the platform or the value`, value);
  }
  if (domains?.includes(host)) return fail(`"${host}" is the platform itself, not an account: give the profile URL`, value);
  // A hosted sub-domain is also a site of its own: the same key as a domain entry of that host.
  const keys = [`host:${host}`];
  const engine = engineKeys(host, platform);
  if (engine?.problem) return engine;
  if (engine) keys.push(...engine.keys);
  return { problem: null, keys };
}

/** Checks one handle value for its platform. */
export function checkHandle(value: string, platform: Platform): HandleCheck {
  if (platform === 'web') {
    return fail('a handle needs its platform ("x", "telegram", ... or "other"), not "web"', value);
  }
  if (!value.includes('://')) {
    // A hosted sub-domain such as `name.substack.com`, written as a bare host.
    const host = normalizeHost(value);
    if (host === null) return fail('is neither a profile URL (https://...) nor a host name', value);
    if (host !== value) return fail(`write the host normalised: "${host}"`, value);
    return hostedSubdomain(host, value, platform);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('is not a valid URL', value);
  }
  if (url.protocol !== 'https:') return fail('a profile URL must start with https://', value);
  const host = hostOfUrl(value);
  if (host === null) return fail('has no valid host name', value);
  if (url.hash !== '') return fail(`drop the fragment "${url.hash}"`, value);
  const path = safeDecode(url.pathname).replace(/\/+$/, '');
  if (path === '' && url.search === '') return hostedSubdomain(host, value, platform);

  const domains = PLATFORM_DOMAINS[platform];
  if (domains !== undefined && !onPlatform(host, platform)) {
    return fail(`"${host}" is not a host of the platform "${platform}" (${domains.join(', ')}): fix the platform or the value`, value);
  }
  const first = path.split('/')[1] ?? '';
  if (RESERVED.has(first.toLowerCase())) return fail(`"/${first}" is a page of the platform, not an account`, value);
  const shape = PROFILE_PATHS[platform];
  if (shape !== undefined && !shape.test(path)) {
    return fail(`"${path}" is not a profile path on ${platform} (a post or a page?): give the account's profile URL`, value);
  }
  const profilePhp = platform === 'facebook' && path === '/profile.php';
  if (url.search !== '' && !(profilePhp && /^\?id=\d+$/.test(url.search))) {
    return fail(`drop the query "${url.search}" (a profile URL has none)`, value);
  }
  const engine = engineKeys(value, platform);
  if (engine !== null) return engine;
  return { problem: null, keys: [`profile:${host}${path.toLowerCase()}`] };
}

/**
 * Hosting and publishing platforms seen in the source data whose own domain must never be listed
 * whole (their users' sites and pages are listed one by one). The social platforms above are
 * covered too. Not exhaustive: a reviewer still reads every new domain.
 */
const SHARED_SITES: ReadonlySet<string> = new Set([
  '9gag.com',
  'avaaz.org',
  'blogger.com',
  'change.org',
  'dzen.ru',
  'fanfiction.net',
  'github.io',
  'linktr.ee',
  'livedoor.blog',
  'livejournal.com',
  'nairaland.com',
  'ok.ru',
  'pixiv.net',
  'scoop.it',
  'skyrock.com',
  'soundcloud.com',
  'telegra.ph',
  'tilda.ws',
  'vimeo.com',
  'wattpad.com',
  'wordpress.com',
  'youtu.be',
]);

/**
 * Why a domain indicator would flag a whole platform, or null when it is a site of its own. A
 * sub-domain of a social platform is allowed only when the engine reads it as a hosted account
 * (`name.substack.com`); `m.facebook.com` or `ca.pinterest.com` are the platform itself.
 */
export function platformSiteProblem(host: string): string | null {
  if (SHARED_SITES.has(host)) return `"${host}" is a platform that hosts other people's sites and pages`;
  // Walk up the labels (a few Map lookups: this runs for every domain indicator).
  for (let parent = host; ; ) {
    const platform = PLATFORM_BY_DOMAIN.get(parent);
    if (platform !== undefined) {
      if (parent === host) return `"${host}" is the platform ${platform} itself`;
      const profile = parseProfile(host);
      if (profile !== null && profile.platform === platform) return null;
      return `"${host}" is part of the platform ${platform} (${parent}), not a site of its own`;
    }
    const dot = parent.indexOf('.');
    if (dot < 0) break;
    parent = parent.slice(dot + 1);
  }
  // Pinterest also serves every country on its own ccTLD (pinterest.co.uk, pinterest.de).
  const pinterest = /(?:^|\.)(pinterest\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2}))$/.exec(host);
  if (pinterest !== null) {
    return pinterest[1] === host
      ? `"${host}" is the platform pinterest itself`
      : `"${host}" is part of the platform pinterest (${pinterest[1]}), not a site of its own`;
  }
  return null;
}

const PLATFORM_BY_DOMAIN: ReadonlyMap<string, Platform> = new Map(
  (Object.entries(PLATFORM_DOMAINS) as [Platform, readonly string[]][]).flatMap(([platform, domains]) =>
    domains.map((d): [string, Platform] => [d, platform]),
  ),
);
