/**
 * Social profile URLs -> a canonical account key.
 *
 * Lists publish accounts as profile URLs in every spelling the platforms allow
 * (`http://twitter.com/Name`, `https://x.com/name/`, `https://mobile.twitter.com/name/status/1`),
 * and pages link to them in more. Both sides go through `parseProfile`, so an account is one Map
 * key whatever the spelling: `x:name`, `telegram:name`, `youtube:@name`, `youtube:channel:UC...`.
 *
 * Rules, per platform, and why:
 * - Host aliases: twitter.com = x.com; `www.`, `mobile.`, `m.` (and a few platform-specific
 *   prefixes: `old.reddit.com`, `ca.pinterest.com`, `uk.linkedin.com`) are the same site.
 * - Case: folded where the platform treats names case-insensitively (X, Telegram, Instagram,
 *   TikTok, Reddit, YouTube handles and custom URLs...). YouTube channel ids (`UC...`) and
 *   Facebook numeric ids are kept as they are: channel ids are case-sensitive.
 * - Reserved paths (`x.com/home`, `/search`, `/intent`, `facebook.com/groups`, `t.me/share`,
 *   `reddit.com/r/...`) are never accounts: a list entry can never make them match, and a page
 *   that links to `x.com/search` does not "show an account".
 * - A post belongs to its author: `x.com/name/status/123` is account `name`, `t.me/name/45` is
 *   channel `name`.
 * - Hosted sub-domains (`name.substack.com`, `name.medium.com`, `name.tumblr.com`) are parsed too,
 *   but the listed-host detector also matches them as hosts (they are sites of their own).
 *
 * Cost: one `new URL()` plus a few string operations; no regular expression is built
 * per call.
 */
import type { Platform } from './types';
import { PLATFORM_HOSTS } from './platform-hosts';

export interface ProfileRef {
  platform: Platform;
  /** The handle as written in the URL (case kept), without `@`. */
  handle: string;
  /** Canonical, comparable key: `<platform>:<namespace?><handle>`. */
  key: string;
}

const X_RESERVED = new Set([
  'home',
  'search',
  'explore',
  'intent',
  'share',
  'hashtag',
  'i',
  'settings',
  'messages',
  'notifications',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'compose',
  'account',
  'about',
  'jobs',
  'download',
  'rules',
  'help',
  'who_to_follow',
  'following',
  'followers',
  'lists',
  'topics',
  'communities',
  'bookmarks',
  'premium',
  'verified',
  'jobs',
  'en',
  'oauth',
  'sw.js',
  'manifest.json',
  'robots.txt',
  'favicon.ico',
  '404',
  'web',
  'x',
  'twitter',
  'status',
]);

const TELEGRAM_RESERVED = new Set([
  'share',
  'addstickers',
  'addemoji',
  'addlist',
  'addtheme',
  'joinchat',
  'proxy',
  'socks',
  'login',
  'iv',
  'c',
  'setlanguage',
  'confirmphone',
  'contact',
  'bg',
  'boost',
  'invoice',
  'giftcode',
  'k',
  'a',
  'z',
  'blog',
  'apps',
  'faq',
  'privacy',
  'tos',
  'dl',
  'js',
  'css',
  'img',
]);

const FACEBOOK_RESERVED = new Set([
  'groups',
  'events',
  'watch',
  'marketplace',
  'sharer',
  'sharer.php',
  'share',
  'share.php',
  'login',
  'login.php',
  'help',
  'gaming',
  'photo',
  'photo.php',
  'photos',
  'story.php',
  'permalink.php',
  'hashtag',
  'search',
  'settings',
  'messages',
  'notifications',
  'friends',
  'bookmarks',
  'reel',
  'reels',
  'stories',
  'ads',
  'business',
  'policies',
  'privacy',
  'legal',
  'dialog',
  'plugins',
  'l.php',
  'video.php',
  'videos',
  'home.php',
  'media',
  'fundraisers',
  'places',
  'memories',
  'saved',
  'live',
  'recover',
  'checkpoint',
  'terms',
  'about',
  'tr',
  'profile.php',
  'pages',
  'people',
  'pg',
  'public',
  'careers',
  'directory',
  'lite',
  'messenger',
  'campaign',
  'donate',
  'feeds',
  'games',
  'jobs',
  'instantgames',
  'security',
  'composer',
]);

const INSTAGRAM_RESERVED = new Set([
  'p',
  'reel',
  'reels',
  'explore',
  'stories',
  'accounts',
  'direct',
  'tv',
  'about',
  'legal',
  'developer',
  'web',
  'emails',
  'challenge',
  'privacy',
  'terms',
  'session',
  'login',
  'signup',
  'ar',
  'topics',
  'directory',
  'create',
  'static',
]);

const TIKTOK_RESERVED = new Set([
  'discover',
  'explore',
  'tag',
  'music',
  'foryou',
  'following',
  'friends',
  'live',
  'login',
  'signup',
  'search',
  'upload',
  'video',
  'embed',
  'legal',
  'about',
  't',
  'business',
  'creators',
  'channel',
  'setting',
  'messages',
  'inbox',
  'coin',
  'feedback',
  'privacy',
  'community-guidelines',
  'download',
  'trending',
  'place',
  'effect',
  'share',
  'v',
  'node',
  'api',
  'shop',
  'topics',
]);

const VK_RESERVED = new Set([
  'feed',
  'im',
  'friends',
  'groups',
  'video',
  'videos',
  'audio',
  'audios',
  'music',
  'search',
  'settings',
  'login',
  'away.php',
  'share.php',
  'apps',
  'market',
  'docs',
  'clips',
  'support',
  'about',
  'terms',
  'privacy',
  'dev',
  'jobs',
  'photos',
  'albums',
  'notifications',
  'bookmarks',
  'services',
  'wall',
  'login.php',
  'blog',
  'legal',
  'games',
  'stickers',
  'mail',
  'id',
]);

const PINTEREST_RESERVED = new Set([
  'pin',
  'search',
  'ideas',
  'today',
  'explore',
  'business',
  'settings',
  'login',
  '_',
  'about',
  'categories',
  'topics',
  'password',
  'news_hub',
  'homefeed',
  'shopping',
  'signup',
  'logout',
  'resource',
  'oauth',
  'secure',
  'help',
  'privacy',
  'terms',
  'video',
  'board',
  'pinterest',
]);

const TUMBLR_RESERVED = new Set([
  'dashboard',
  'explore',
  'tagged',
  'search',
  'settings',
  'login',
  'register',
  'likes',
  'following',
  'inbox',
  'new',
  'help',
  'about',
  'policy',
  'privacy',
  'docs',
  'apps',
  'tumblr',
  'logout',
  'blog',
  'communities',
  'activity',
  'messages',
  'tags',
  'reblog',
  'post',
  'support',
  'www',
  'assets',
  'static',
  'api',
  'embed',
  'oauth',
  'developers',
  'jobs',
  'business',
  'abuse',
]);

/** Sub-domains of hosting platforms that are the platform itself, not someone's site. */
const HOSTED_RESERVED = new Set([
  'www',
  'm',
  'mobile',
  'api',
  'cdn',
  'help',
  'support',
  'blog',
  'policy',
  'about',
  'on',
  'open',
  'static',
  'assets',
  'login',
  'auth',
  'mail',
  'email',
  'docs',
  'status',
  'jobs',
  'careers',
  'press',
  'business',
  'shop',
  'store',
  'read',
  'reader',
  'substackcdn',
  'developers',
  'en',
  'link',
]);

/** Host prefixes that are the same site as the bare platform domain. */
const SAME_SITE_PREFIXES = ['www.', 'mobile.', 'm.'];

function stripPrefixes(host: string): string {
  for (let again = true; again;) {
    again = false;
    for (const prefix of SAME_SITE_PREFIXES) {
      if (host.startsWith(prefix) && host.length > prefix.length + 3) {
        host = host.slice(prefix.length);
        again = true;
      }
    }
  }
  return host;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function ref(platform: Platform, handle: string, key: string): ProfileRef {
  return { platform, handle, key: `${platform}:${key}` };
}

const X_NAME = /^[A-Za-z0-9_]{1,20}$/;
const TELEGRAM_NAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const UNICODE_NAME = /^[\p{L}\p{N}_.-]{1,100}$/u;
const ASCII_NAME = /^[A-Za-z0-9_.-]{1,100}$/;
/** Letters, digits, `_`, `.`, `-`; the Unicode expression only when ASCII fails (cold-start cost). */
const GENERIC_NAME = { test: (name: string): boolean => ASCII_NAME.test(name) || UNICODE_NAME.test(name) };
const YT_CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
const DIGITS = /^\d{1,25}$/;

/**
 * Platform of each host a profile URL can be on: the shared table's registrable domains
 * (src/core/platform-hosts.ts), plus the sub-domains that are the platform itself.
 */
const HOST_PLATFORM = new Map<string, Platform>([
  ...(Object.entries(PLATFORM_HOSTS) as [Platform, readonly string[]][]).flatMap(([platform, hosts]) =>
    hosts.map((h) => [h, platform] as [string, Platform]),
  ),
  ['web.facebook.com', 'facebook'],
  ['mbasic.facebook.com', 'facebook'],
  ['touch.facebook.com', 'facebook'],
  ['old.reddit.com', 'reddit'],
  ['new.reddit.com', 'reddit'],
  ['np.reddit.com', 'reddit'],
]);

const PINTEREST_HOST = /^pinterest\.(?:[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** The platform a normalised (prefix-stripped) host belongs to, with the sub-domain if hosted. */
function platformOfHost(host: string): { platform: Platform; sub?: string } | null {
  const known = HOST_PLATFORM.get(host);
  if (known !== undefined) return { platform: known };
  const dot = host.indexOf('.');
  if (dot <= 0) return null;
  const sub = host.slice(0, dot);
  const parent = host.slice(dot + 1);
  // Most hosts a page links to are no platform: one Map lookup says so (every parent below is a
  // platform host in the table, except Pinterest's country domains).
  const pinterest = host.includes('pinterest.');
  if (!pinterest && !HOST_PLATFORM.has(parent)) return null;
  // Pinterest serves every country on a sub-domain (ca., tr., uk.) and on its own ccTLDs.
  if (pinterest && (parent === 'pinterest.com' || PINTEREST_HOST.test(host))) return { platform: 'pinterest' };
  if (pinterest && PINTEREST_HOST.test(parent) && /^[a-z]{2}$/.test(sub)) return { platform: 'pinterest' };
  // LinkedIn and Quora serve countries and languages on two-letter sub-domains (uk., jp., es.).
  if ((parent === 'linkedin.com' || parent === 'quora.com') && /^[a-z]{2}$/.test(sub)) {
    return { platform: parent === 'linkedin.com' ? 'linkedin' : 'quora' };
  }
  if (sub.includes('.') || HOSTED_RESERVED.has(sub)) return null;
  switch (parent) {
    case 'substack.com':
      return { platform: 'substack', sub };
    case 'medium.com':
      return { platform: 'medium', sub };
    case 'tumblr.com':
      return { platform: 'tumblr', sub };
    case 'quora.com':
      return { platform: 'quora', sub };
    default:
      return null;
  }
}

/**
 * Parses a profile (or post) URL into its account. Accepts `https://`, `http://` and scheme-less
 * input (`x.com/name`, `name.substack.com`). Returns null for anything that is not an account of a
 * known platform, including reserved paths.
 */
export function parseProfile(input: string): ProfileRef | null {
  if (typeof input !== 'string') return null;
  let text = input.trim();
  if (text === '' || text.length > 2048) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return profileOfUrl(url);
}

/** True when a (normalised) host belongs to a platform whose profile URLs we parse. */
export function isProfileHost(host: string): boolean {
  return platformOfHost(stripPrefixes(host)) !== null;
}

/**
 * The index shard key (src/lists/compiled.ts) of the accounts of the platform a (normalised) host
 * belongs to, or null: every account a URL on that host can match is under this one key, whatever
 * host its list value was written with (`twitter.com/name` for a page on x.com).
 */
export function accountsShardKey(host: string): string | null {
  const where = platformOfHost(stripPrefixes(host));
  return where === null ? null : accountsKeyOf(where.platform);
}

/** The shard key of one platform's accounts. */
export function accountsKeyOf(platform: Platform): string {
  return `accounts:${platform}`;
}

/** The first three path segments, decoded: enough for every platform rule above. */
function pathSegments(pathname: string): string[] {
  const out: string[] = [];
  let start = 1;
  while (out.length < 3 && start <= pathname.length) {
    let end = pathname.indexOf('/', start);
    if (end < 0) end = pathname.length;
    if (end > start) out.push(safeDecode(pathname.slice(start, end)));
    start = end + 1;
  }
  return out;
}

/** `parseProfile` for an already parsed URL (the engine parses each URL once). */
export function profileOfUrl(url: URL): ProfileRef | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = stripPrefixes(url.hostname.toLowerCase().replace(/\.$/, ''));
  const where = platformOfHost(host);
  if (where === null) return null;
  const segments = pathSegments(url.pathname);
  const first = segments[0] ?? '';
  const second = segments[1] ?? '';
  const { platform, sub } = where;

  if (sub !== undefined) {
    // A hosted sub-domain is the account, whatever the path.
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(sub)) return null;
    if (platform === 'quora') return ref('quora', sub, `space:${sub}`);
    return ref(platform, sub, sub);
  }

  switch (platform) {
    case 'x': {
      if (!X_NAME.test(first) || X_RESERVED.has(first.toLowerCase())) return null;
      return ref('x', first, first.toLowerCase());
    }
    case 'telegram': {
      const name = first === 's' ? second : first;
      if (!TELEGRAM_NAME.test(name) || TELEGRAM_RESERVED.has(name.toLowerCase())) return null;
      return ref('telegram', name, name.toLowerCase());
    }
    case 'youtube': {
      if (first.startsWith('@') && first.length > 1) {
        const name = first.slice(1);
        if (!GENERIC_NAME.test(name)) return null;
        return ref('youtube', name, `@${name.toLowerCase()}`);
      }
      if (first === 'channel' && YT_CHANNEL_ID.test(second)) return ref('youtube', second, `channel:${second}`);
      if ((first === 'c' || first === 'user') && GENERIC_NAME.test(second)) {
        return ref('youtube', second, `${first}:${second.toLowerCase()}`);
      }
      return null;
    }
    case 'tiktok': {
      const name = first.startsWith('@') ? first.slice(1) : first;
      if (name === '' || !GENERIC_NAME.test(name)) return null;
      if (!first.startsWith('@') && TIKTOK_RESERVED.has(name.toLowerCase())) return null;
      return ref('tiktok', name, name.toLowerCase());
    }
    case 'facebook': {
      if (first === 'profile.php') {
        const id = url.searchParams.get('id') ?? '';
        return DIGITS.test(id) ? ref('facebook', id, `id:${id}`) : null;
      }
      // /people/Name/12345 and the legacy /pages/Name/12345 carry the numeric id.
      if ((first === 'people' || first === 'pages') && DIGITS.test(segments[2] ?? '')) {
        const id = segments[2] as string;
        return ref('facebook', id, `id:${id}`);
      }
      const name = first === 'pg' ? second : first;
      if (!GENERIC_NAME.test(name) || FACEBOOK_RESERVED.has(name.toLowerCase())) return null;
      if (DIGITS.test(name)) return ref('facebook', name, `id:${name}`);
      return ref('facebook', name, name.toLowerCase());
    }
    case 'instagram': {
      if (!/^[A-Za-z0-9._]{1,30}$/.test(first) || INSTAGRAM_RESERVED.has(first.toLowerCase())) return null;
      return ref('instagram', first, first.toLowerCase());
    }
    case 'threads': {
      if (!first.startsWith('@') || !/^@[A-Za-z0-9._]{1,30}$/.test(first)) return null;
      return ref('threads', first.slice(1), first.slice(1).toLowerCase());
    }
    case 'bluesky': {
      if (first !== 'profile' || !/^[A-Za-z0-9.:_-]{3,253}$/.test(second)) return null;
      return ref('bluesky', second, second.toLowerCase());
    }
    case 'reddit': {
      // r/ is a community, not a user.
      if ((first === 'user' || first === 'u') && /^[A-Za-z0-9_-]{3,20}$/.test(second)) {
        return ref('reddit', second, second.toLowerCase());
      }
      return null;
    }
    case 'medium': {
      if (!first.startsWith('@') || !GENERIC_NAME.test(first.slice(1))) return null;
      return ref('medium', first.slice(1), first.slice(1).toLowerCase());
    }
    case 'substack': {
      if (!first.startsWith('@') || !GENERIC_NAME.test(first.slice(1))) return null;
      return ref('substack', first.slice(1), `@${first.slice(1).toLowerCase()}`);
    }
    case 'vk': {
      if (!GENERIC_NAME.test(first) || VK_RESERVED.has(first.toLowerCase()) || first.includes('.php')) return null;
      return ref('vk', first, first.toLowerCase());
    }
    case 'rumble': {
      if ((first === 'c' || first === 'user') && GENERIC_NAME.test(second)) {
        return ref('rumble', second, `${first}:${second.toLowerCase()}`);
      }
      return null;
    }
    case 'pinterest': {
      if (!GENERIC_NAME.test(first) || PINTEREST_RESERVED.has(first.toLowerCase())) return null;
      return ref('pinterest', first, first.toLowerCase());
    }
    case 'tumblr': {
      const name = first === 'blog' && second === 'view' ? (segments[2] ?? '') : first;
      if (!/^[A-Za-z0-9-]{1,64}$/.test(name) || TUMBLR_RESERVED.has(name.toLowerCase())) return null;
      return ref('tumblr', name, name.toLowerCase());
    }
    case 'linkedin': {
      if ((first === 'in' || first === 'company') && GENERIC_NAME.test(second)) {
        return ref('linkedin', second, `${first}:${second.toLowerCase()}`);
      }
      return null;
    }
    case 'quora': {
      if (first === 'profile' && GENERIC_NAME.test(second)) return ref('quora', second, second.toLowerCase());
      return null;
    }
    default:
      return null;
  }
}

/**
 * The canonical profile URL of an account, with the handle as written: what a person's allowlist
 * stores for "trust this account" (settings.ts), so that an exported settings file reads as
 * addresses. `parseProfile(profileUrl(ref)).key === ref.key` for every account `parseProfile`
 * returns (test/unit/core/handles.test.ts), which is what the engine compares.
 */
export function profileUrl(ref: ProfileRef): string {
  const h = encodeURIComponent(ref.handle);
  const ns = ref.key.slice(ref.platform.length + 1);
  switch (ref.platform) {
    case 'x':
      return `https://x.com/${h}`;
    case 'telegram':
      return `https://t.me/${h}`;
    case 'youtube':
      if (ns.startsWith('@')) return `https://www.youtube.com/@${h}`;
      if (ns.startsWith('channel:')) return `https://www.youtube.com/channel/${h}`;
      return `https://www.youtube.com/${ns.startsWith('c:') ? 'c' : 'user'}/${h}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${h}`;
    case 'facebook':
      return ns.startsWith('id:') ? `https://www.facebook.com/profile.php?id=${h}` : `https://www.facebook.com/${h}`;
    case 'instagram':
      return `https://www.instagram.com/${h}`;
    case 'threads':
      return `https://www.threads.net/@${h}`;
    case 'bluesky':
      return `https://bsky.app/profile/${h}`;
    case 'reddit':
      return `https://www.reddit.com/user/${h}`;
    case 'medium':
      return `https://medium.com/@${h}`;
    case 'substack':
      return ns.startsWith('@') ? `https://substack.com/@${h}` : `https://${ref.handle}.substack.com/`;
    case 'vk':
      return `https://vk.com/${h}`;
    case 'rumble':
      return `https://rumble.com/${ns.startsWith('c:') ? 'c' : 'user'}/${h}`;
    case 'pinterest':
      return `https://www.pinterest.com/${h}`;
    case 'tumblr':
      return `https://www.tumblr.com/${h}`;
    case 'linkedin':
      return `https://www.linkedin.com/${ns.startsWith('company:') ? 'company' : 'in'}/${h}`;
    case 'quora':
      return ns.startsWith('space:') ? `https://${ref.handle}.quora.com/` : `https://www.quora.com/profile/${h}`;
    default:
      return `https://${ref.platform}/${h}`;
  }
}
