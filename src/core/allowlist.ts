/**
 * The sites and accounts a person trusts (settings `allowlist`, engine `JudgeOptions.allowlist`).
 *
 * An entry is one of:
 * - a site: a domain (`example.org`), which trusts it and its sub-domains;
 * - an account: a profile URL (`https://t.me/name`, `https://name.substack.com/`), which trusts that
 *   one account, compared by its account key (handles.ts), whatever the spelling of the page's URL.
 *
 * Why accounts: on a platform the registrable domain (t.me, x.com, substack.com) is shared by every
 * account on it, so trusting the domain from one post silenced every listed channel there.
 * "Trust" from a page on a platform therefore stores the page's account (`trustEntryFor`), and a
 * platform page that belongs to no account (a feed, a search) offers no trust at all.
 *
 * A site entry never contains `/` and an account entry always does (it is a URL), so the two
 * cannot be confused: `normalizeHost` refuses `/`.
 */
import { hostCandidates, hostOfUrl, isPublicSuffix, normalizeHost, registrableDomain } from './hosts';
import { isProfileHost, parseProfile, profileOfUrl, profileUrl, type ProfileRef } from './handles';

export type AllowEntry = { kind: 'site'; domain: string } | { kind: 'account'; key: string; profile: ProfileRef };

/** Longest entry accepted (a domain is at most 253 characters; a profile URL is short too). */
export const MAX_ALLOW_ENTRY = 300;

/** Reads one stored or typed entry; null when it is neither a domain nor a profile URL. */
export function parseAllowEntry(entry: unknown): AllowEntry | null {
  if (typeof entry !== 'string' || entry.length === 0 || entry.length > MAX_ALLOW_ENTRY) return null;
  if (entry.includes('/')) {
    if (!/^https?:\/\//i.test(entry)) return null;
    const profile = parseProfile(entry);
    return profile === null ? null : { kind: 'account', key: profile.key, profile };
  }
  const domain = normalizeHost(entry);
  if (domain === null || isPublicSuffix(domain)) return null;
  return { kind: 'site', domain };
}

/**
 * What "trust" stores for a page: its account's profile URL on a platform, its registrable domain
 * elsewhere, or null (a platform page of no account, an address without a host).
 */
export function trustEntryFor(url: string): string | null {
  const host = hostOfUrl(url);
  if (host === null) return null;
  const profile = parseProfile(url);
  if (profile !== null) return profileUrl(profile);
  if (isProfileHost(host)) return null;
  return registrableDomain(host);
}

interface ParsedAllowlist {
  sites: Set<string>;
  /** Account key -> the entry as stored (so that "stop trusting" removes exactly it). */
  accounts: Map<string, string>;
  /** Normalised site -> the entry as stored. */
  siteEntries: Map<string, string>;
}

/**
 * Parsed allowlists by content, so that a long allowlist is not re-parsed on every verdict (one
 * `new URL` per entry). Keyed by the joined entries, not by array identity: a settings page may
 * change an array in place. Bounded: settings change rarely.
 */
const cache = new Map<string, ParsedAllowlist>();

function parsed(allowlist: readonly string[]): ParsedAllowlist {
  const key = allowlist.join('\n');
  let out = cache.get(key);
  if (out !== undefined) return out;
  out = { sites: new Set(), accounts: new Map(), siteEntries: new Map() };
  for (const entry of allowlist) {
    const e = parseAllowEntry(entry);
    if (e === null) continue;
    if (e.kind === 'site') {
      out.sites.add(e.domain);
      out.siteEntries.set(e.domain, entry);
    } else {
      out.accounts.set(e.key, entry);
    }
  }
  if (cache.size >= 16) cache.clear();
  cache.set(key, out);
  return out;
}

/**
 * The allowlist entry that covers a page, or null: a site entry for the page's host or one of its
 * parents, or an account entry for the account the page belongs to (a profile or one of its posts).
 * `candidates` are the host and its parents up to the registrable domain (detectors/target.ts).
 */
export function trustingEntry(url: URL, candidates: readonly string[], allowlist: readonly string[]): string | null {
  if (allowlist.length === 0) return null;
  const list = parsed(allowlist);
  for (const candidate of candidates) {
    if (list.sites.has(candidate)) return list.siteEntries.get(candidate) ?? candidate;
  }
  if (list.accounts.size > 0) {
    const profile = profileOfUrl(url);
    if (profile !== null) return list.accounts.get(profile.key) ?? null;
  }
  return null;
}

/**
 * `trustingEntry` for a URL as typed or stored (the CLI, tools): the one matching rule, so that an
 * account the person trusts is trusted everywhere, not only in the engine.
 */
export function trustingEntryOf(url: string, allowlist: readonly string[]): string | null {
  if (allowlist.length === 0) return null;
  const host = hostOfUrl(url);
  if (host === null) return null;
  try {
    return trustingEntry(new URL(url), hostCandidates(host), allowlist);
  } catch {
    return null;
  }
}
