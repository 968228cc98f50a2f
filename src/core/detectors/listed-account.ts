/**
 * Detector 2: listed social accounts.
 *
 * A Map from canonical account key (`handles.ts`: `x:name`, `telegram:name`,
 * `youtube:channel:UC...`) to indicators. Lists and pages spell accounts differently
 * (`http://twitter.com/Name`, `https://x.com/name/status/1`); both go through `parseProfile`, so a
 * match is one parse and one Map lookup. Handles on platforms we do not parse (nairaland,
 * pixiv, soundcloud...) fall back to an exact-URL match in the host index.
 */
import type { Indicator } from '../types';
import { type ProfileRef, isProfileHost, parseProfile, profileOfUrl } from '../handles';

export interface AccountIndex {
  accounts: Map<string, Indicator[]>;
  /** Handle indicators we could not parse into an account (matched as exact URLs instead). */
  unparsed: Indicator[];
}

export function buildAccountIndex(indicators: readonly Indicator[]): AccountIndex {
  const accounts = new Map<string, Indicator[]>();
  const unparsed: Indicator[] = [];
  for (const indicator of indicators) {
    if (indicator === null || typeof indicator !== 'object' || indicator.kind !== 'handle') continue;
    if (typeof indicator.value !== 'string') continue;
    const profile = parseProfile(indicator.value);
    if (profile === null) {
      unparsed.push(indicator);
      continue;
    }
    const list = accounts.get(profile.key);
    if (list === undefined) accounts.set(profile.key, [indicator]);
    else if (!list.includes(indicator)) list.push(indicator);
  }
  return { accounts, unparsed };
}

export interface AccountMatch {
  profile: ProfileRef;
  indicators: Indicator[];
}

/** The listed account a URL belongs to (a profile, or a post of that account), if any. */
export function matchAccount(index: AccountIndex, url: string): AccountMatch | null {
  if (index.accounts.size === 0) return null;
  const profile = parseProfile(url);
  if (profile === null) return null;
  const indicators = index.accounts.get(profile.key);
  return indicators === undefined ? null : { profile, indicators };
}

/** `matchAccount` for an already parsed URL: no work at all unless the host is a platform. */
export function matchParsedAccount(index: AccountIndex, url: URL, host: string): AccountMatch | null {
  if (index.accounts.size === 0 || !isProfileHost(host)) return null;
  const profile = profileOfUrl(url);
  if (profile === null) return null;
  const indicators = index.accounts.get(profile.key);
  return indicators === undefined ? null : { profile, indicators };
}
