/**
 * Turning a raw value from the shared data into an indicator value (types.ts `Indicator.value`):
 *
 * - domain: `normalizeHost` (lower-case, punycode, no `www.`), never a public suffix.
 * - url: the URL as the WHATWG parser serialises it (so it compares equal to what a browser
 *   reports), scheme kept as published, fragment dropped.
 * - handle: the canonical profile URL of its platform (`https://x.com/name`, `https://t.me/name`,
 *   `https://www.youtube.com/@name`, ...) or a hosted sub-domain kept as a bare host
 *   (`name.medium.com`). A handle row that is really one post (a Telegram message, an invite link)
 *   becomes kind `url`, because it names one item, not an account.
 *
 * Every refusal comes back with a reason that the importer logs: nothing is dropped silently.
 */
import type { IndicatorKind, Platform } from '../../src/core/types';
import { isPublicSuffix, normalizeHost } from '../../src/core/hosts';

export type Normalised =
  | { ok: true; value: string; kind: IndicatorKind; platform: Platform; fixes: string[] }
  | { ok: false; reason: string };

/** The shared data's platform names mapped onto types.ts `Platform`; the rest are `other`. */
const PLATFORM_NAMES: Record<string, Platform> = {
  web: 'web',
  x: 'x',
  twitter: 'x',
  telegram: 'telegram',
  youtube: 'youtube',
  tiktok: 'tiktok',
  facebook: 'facebook',
  instagram: 'instagram',
  threads: 'threads',
  bluesky: 'bluesky',
  reddit: 'reddit',
  medium: 'medium',
  substack: 'substack',
  vk: 'vk',
  rumble: 'rumble',
  pinterest: 'pinterest',
  tumblr: 'tumblr',
  quora: 'quora',
  linkedin: 'linkedin',
};

export function platformOf(name: string): Platform {
  return PLATFORM_NAMES[name.trim().toLowerCase()] ?? 'other';
}

/** Which platform a URL's host belongs to (for url rows whose platform column says `web`). */
export function platformOfHost(host: string): Platform | null {
  const table: [RegExp, Platform][] = [
    [/(^|\.)(x|twitter)\.com$/, 'x'],
    [/(^|\.)(t|telegram)\.me$/, 'telegram'],
    [/(^|\.)youtube\.com$|^youtu\.be$/, 'youtube'],
    [/(^|\.)tiktok\.com$/, 'tiktok'],
    [/(^|\.)(facebook|fb)\.com$/, 'facebook'],
    [/(^|\.)instagram\.com$/, 'instagram'],
    [/(^|\.)reddit\.com$/, 'reddit'],
    [/(^|\.)medium\.com$/, 'medium'],
    [/(^|\.)substack\.com$/, 'substack'],
    [/(^|\.)vk\.(com|ru)$/, 'vk'],
    [/(^|\.)rumble\.com$/, 'rumble'],
    [/(^|\.)pinterest\.[a-z.]+$/, 'pinterest'],
    [/(^|\.)tumblr\.com$/, 'tumblr'],
    [/(^|\.)quora\.com$/, 'quora'],
    [/(^|\.)linkedin\.com$/, 'linkedin'],
  ];
  for (const [re, p] of table) if (re.test(host)) return p;
  return null;
}

export function normaliseDomain(raw: string): Normalised {
  const trimmed = raw.trim();
  // "ahtribune,com" style typos are fixed by the caller's explicit table, never guessed here.
  const host = normalizeHost(trimmed.replace(/^https?:\/\//i, '').replace(/\/.*$/, ''));
  if (host === null) return { ok: false, reason: `"${raw}" is not a host name` };
  if (isPublicSuffix(host)) {
    return { ok: false, reason: `"${host}" is a public suffix (PSL incl. private section): it would flag every site under it` };
  }
  const fixes = host !== trimmed ? [`normalised "${trimmed}" to "${host}"`] : [];
  return { ok: true, value: host, kind: 'domain', platform: 'web', fixes };
}

function parseUrl(raw: string): URL | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  try {
    const u = new URL(withScheme);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

export function normaliseUrl(raw: string, platformName: string): Normalised {
  const u = parseUrl(raw.trim());
  if (u === null) return { ok: false, reason: `"${raw}" is not an http(s) URL` };
  const host = normalizeHost(u.hostname);
  if (host === null) return { ok: false, reason: `"${raw}" has no DNS host` };
  u.hash = '';
  const platform = platformOfHost(host) ?? platformOf(platformName);
  // The root page of a hosted account site (`https://name.medium.com/`) is the account itself.
  if ((u.pathname === '/' || u.pathname === '') && u.search === '' && HOSTED.test(host) && !isPublicSuffix(host)) {
    return { ok: true, value: host, kind: 'handle', platform, fixes: [`the root of the hosted account site ${host} listed as that account`] };
  }
  // A url row that is exactly an account's profile page on a known platform is that account.
  if (platformOfHost(host) !== null) {
    const asHandle = normaliseHandle(raw, platform);
    if (asHandle.ok && asHandle.kind === 'handle') {
      return { ...asHandle, fixes: [...asHandle.fixes, 'a profile page listed as a URL: listed as that account'] };
    }
  }
  return { ok: true, value: u.href, kind: 'url', platform: platform === 'web' ? 'other' : platform, fixes: [] };
}

/** Platforms whose accounts are sites of their own on a sub-domain. */
const HOSTED = /^[a-z0-9][a-z0-9-]*\.(medium|substack|tumblr|quora)\.com$/;

/** A hosted sub-domain account (`name.medium.com`, `x.blogspot.com`) kept as a bare host. */
function hostedHandle(host: string, platform: Platform): Normalised {
  if (isPublicSuffix(host)) return { ok: false, reason: `"${host}" is a public suffix, not an account's site` };
  return { ok: true, value: host, kind: 'handle', platform, fixes: [] };
}

/**
 * The canonical profile URL of a handle row. `platformName` is the shared data's platform column.
 */
export function normaliseHandle(raw: string, platformName: string): Normalised {
  const trimmed = raw.trim();
  let platform = platformOf(platformName);
  if (!trimmed.includes('/')) {
    const host = normalizeHost(trimmed);
    if (host === null) return { ok: false, reason: `"${raw}" is neither a profile URL nor a host` };
    const p = platformOfHost(host) ?? platform;
    return hostedHandle(host, p === 'web' ? 'other' : p);
  }
  const u = parseUrl(trimmed);
  if (u === null) return { ok: false, reason: `"${raw}" is not a URL` };
  const host = normalizeHost(u.hostname);
  if (host === null) return { ok: false, reason: `"${raw}" has no DNS host` };
  platform = platformOfHost(host) ?? platform;
  const segs = u.pathname.split('/').filter((s) => s !== '');
  const fixes: string[] = [];
  const first = segs[0] ?? '';
  const fromHttp = u.protocol === 'http:' ? ['profile URL written with https'] : [];

  if (segs.length === 0 || (HOSTED.test(host) && !/^(www|[a-z]{2})\./.test(host))) {
    // `https://name.medium.com/` is the account's hosted site; a handle row that points at a post
    // on such a site names the account, which is the site.
    if (segs.length > 0) fixes.push(`a handle row on the hosted account site ${host}: listed as that account`);
    return { ...(hostedHandle(host, platform === 'web' ? 'other' : platform) as Normalised & { ok: true }), fixes: [...fixes] };
  }
  const ok = (value: string, p: Platform, extra: string[] = []): Normalised => ({
    ok: true,
    value,
    kind: 'handle',
    platform: p,
    fixes: [...fromHttp, ...extra, ...fixes],
  });
  const asUrl = (why: string): Normalised => {
    u.hash = '';
    return { ok: true, value: u.href, kind: 'url', platform: platform === 'web' ? 'other' : platform, fixes: [why] };
  };

  switch (platform) {
    case 'x':
      if (segs.length !== 1) return asUrl('an X URL with a path beyond the account is one item');
      return ok(`https://x.com/${first}`, 'x', host !== 'x.com' ? ['twitter.com written as x.com'] : []);
    case 'telegram': {
      const name = first === 's' ? segs[1] : first;
      if (name === undefined) return { ok: false, reason: `"${raw}" has no Telegram channel name` };
      if (name.startsWith('+') || name === 'joinchat') return asUrl('a Telegram invite link is one link, not a public channel name');
      if ((first === 's' && segs.length > 2) || (first !== 's' && segs.length > 1)) {
        return asUrl('a Telegram message link is one item');
      }
      return ok(`https://t.me/${name}`, 'telegram', first === 's' ? ['t.me/s/ preview written as the channel'] : []);
    }
    case 'youtube':
      if (first.startsWith('@') && segs.length === 1) return ok(`https://www.youtube.com/${first}`, 'youtube');
      if ((first === 'channel' || first === 'c' || first === 'user') && segs.length === 2) {
        return ok(`https://www.youtube.com/${first}/${segs[1]}`, 'youtube');
      }
      return asUrl('a YouTube URL that is not a channel is one item');
    case 'tiktok':
      if (segs.length !== 1) return asUrl('a TikTok URL beyond the account is one item');
      if (!first.startsWith('@')) {
        return ok(`https://www.tiktok.com/@${first}`, 'tiktok', [`TikTok profile path written with "@" ("/${first}" in the source)`]);
      }
      return ok(`https://www.tiktok.com/${first}`, 'tiktok');
    case 'facebook':
      if (first === 'profile.php') {
        const id = u.searchParams.get('id');
        if (id === null) return { ok: false, reason: `"${raw}" is a profile.php URL without id` };
        return ok(`https://www.facebook.com/profile.php?id=${id}`, 'facebook');
      }
      if (segs.length !== 1) return asUrl('a Facebook URL beyond the account is one item');
      return ok(`https://www.facebook.com/${first}`, 'facebook');
    case 'instagram':
      if (segs.length !== 1) return asUrl('an Instagram URL beyond the account is one item');
      return ok(`https://www.instagram.com/${first}`, 'instagram');
    case 'reddit':
      if ((first === 'user' || first === 'u') && segs.length === 2) return ok(`https://www.reddit.com/user/${segs[1]}`, 'reddit');
      return asUrl('a Reddit URL beyond the account is one item');
    case 'pinterest':
      if (segs.length !== 1 || first === 'pin') return asUrl('a Pinterest URL beyond the account is one item');
      return ok(`https://www.pinterest.com/${first}`, 'pinterest', host !== 'pinterest.com' ? [`${host} written as www.pinterest.com`] : []);
    case 'medium':
      if (host !== 'medium.com') return segs.length === 0 ? hostedHandle(host, 'medium') : asUrl('one Medium post');
      if (segs.length !== 1) return asUrl('one Medium post');
      return ok(`https://medium.com/${first}`, 'medium');
    case 'tumblr':
      if (host !== 'tumblr.com') return asUrl('one Tumblr post');
      if (segs.length !== 1) return asUrl('one Tumblr post');
      return ok(`https://www.tumblr.com/${first}`, 'tumblr');
    case 'vk':
      if (segs.length !== 1) return asUrl('one VK item');
      return ok(`https://vk.com/${first}`, 'vk');
    case 'linkedin':
      if (segs.length === 2 && (first === 'in' || first === 'company')) {
        return ok(`https://www.linkedin.com/${first}/${segs[1]}`, 'linkedin');
      }
      return asUrl('a LinkedIn URL that is not a profile');
    case 'rumble':
      if (segs.length === 2 && (first === 'c' || first === 'user')) return ok(`https://rumble.com/${first}/${segs[1]}`, 'rumble');
      return asUrl('one Rumble item');
    case 'quora':
      if (/^[a-z]{2}\.quora\.com$/.test(host)) return asUrl('a profile on a language edition of Quora, kept as published');
      if (host !== 'quora.com') return segs.length === 0 ? hostedHandle(host, 'quora') : asUrl('one Quora post');
      if (first === 'profile' && segs.length >= 2) return ok(`https://www.quora.com/profile/${segs[1]}`, 'quora');
      return asUrl('a Quora URL that is not a profile');
    case 'substack':
      return segs.length === 0 ? hostedHandle(host, 'substack') : asUrl('one Substack post');
    default: {
      // Platforms without a canonical profile form here (nairaland, pixiv, soundcloud, ...): the
      // profile URL as published, on https, without query or trailing slash.
      u.hash = '';
      u.search = '';
      u.protocol = 'https:';
      const value = u.href.replace(/\/+$/, '');
      return { ok: true, value, kind: 'handle', platform: 'other', fixes: [...fromHttp] };
    }
  }
}
