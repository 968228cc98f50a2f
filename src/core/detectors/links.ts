/**
 * Detector 6: links to, and accounts shown from, listed sites and accounts.
 *
 * A page that links to washingtonpost.pm is not washingtonpost.pm: a DFRLab article about
 * Doppelganger links to its domains by design. So this detector gives ONE `info` finding for links
 * (`links-to-flagged`) and one for accounts shown (`shows-flagged-account`), never more than
 * `info`, and it uses documented indicators only (detectors 1 and 2): no lookalike heuristics on
 * links, which would turn every media-literacy page into a warning.
 *
 * Cost: per href one `new URL` and one PSL walk; capped at 500 links and 500 handles per
 * page (`flagged` for in-page markers takes up to 5,000).
 */
import type { FlaggedTarget, Finding, Indicator, JudgeOptions, SourceRef } from '../types';
import { levelRank } from '../levels';
import { flaggedTargetSummary, handlesSummary, linksSummary } from '../summaries';
import { flaggedMessage, linksMessage } from '../i18n/build';
import { type Catalog, campaignRef, indicatorEnabled, isPrimary, sourceRefs, withCampaign } from './catalog';
import { type AccountIndex, matchParsedAccount } from './listed-account';
import { type HostIndex, matchCandidates, matchParsedUrl } from './listed-host';
import { type ParsedTarget, parseTarget } from './target';
import { profileOfUrl } from '../handles';
import { listedLevel } from './listed';

export const MAX_LINKS = 500;
export const MAX_HANDLES = 500;
export const MAX_FLAGGED = 5000;
const MAX_TARGETS_SHOWN = 20;

export interface ListedIndexes {
  hosts: HostIndex;
  accounts: AccountIndex;
  catalog: Catalog;
  /**
   * The indicators each href points at, per engine (they depend on its lists, not on settings):
   * the background asks for a page's links twice per verdict (the `info` finding, then the
   * per-link markers) and a feed sends the same links again. Bounded: cleared when full.
   */
  hrefIndicators: Map<string, readonly Indicator[]>;
}

export interface FlagResult {
  target: FlaggedTarget;
  indicator: Indicator;
  sources: SourceRef[];
  /** Registrable domain of the href. */
  domain: string;
  /** The parsed href (for the page's own account test). */
  url: URL;
}

/**
 * Parsed hrefs, shared by every engine (parsing depends on no list). Bounded: cleared when full.
 */
const PARSED = new Map<string, ParsedTarget | null>();
const PARSED_MAX = 1024;
const HREFS_MAX = 4096;
const NOTHING: readonly Indicator[] = [];

function parsedHref(href: string): ParsedTarget | null {
  let parsed = PARSED.get(href);
  if (parsed === undefined) {
    parsed = parseTarget(href);
    if (PARSED.size >= PARSED_MAX) PARSED.clear();
    PARSED.set(href, parsed);
  }
  return parsed;
}

/** Every listed indicator an href points at (host, exact URL or account), whatever the settings. */
function indicatorsOf(idx: ListedIndexes, href: string, target: ParsedTarget): readonly Indicator[] {
  let found = idx.hrefIndicators.get(href);
  if (found !== undefined) return found;
  const { url, info } = target;
  // The account index first: building it adds the handles it cannot parse to the exact URLs.
  const accounts = idx.accounts;
  const out: Indicator[] = [];
  for (const m of matchCandidates(idx.hosts, info.candidates)) out.push(m.indicator);
  for (const i of matchParsedUrl(idx.hosts, url, info.host)) out.push(i);
  const account = matchParsedAccount(accounts, url, info.host);
  if (account !== null) out.push(...account.indicators);
  found = out.length === 0 ? NOTHING : out;
  if (idx.hrefIndicators.size >= HREFS_MAX) idx.hrefIndicators.clear();
  idx.hrefIndicators.set(href, found);
  return found;
}

/** The most severe listed indicator an href points at (host, exact URL or account), if any. */
export function flagHref(idx: ListedIndexes, href: unknown, options: JudgeOptions): FlagResult | null {
  if (typeof href !== 'string') return null;
  const target = parsedHref(href);
  if (target === null) return null;
  const candidates = indicatorsOf(idx, href, target);
  if (candidates.length === 0) return null;
  let best: FlagResult | null = null;
  let bestRank = -1;
  const now = options.now ?? new Date();
  for (const indicator of candidates) {
    if (!indicatorEnabled(indicator, options)) continue;
    const sources = sourceRefs(idx.catalog, indicator.sources);
    const { level, stale } = listedLevel(indicator, isPrimary(sources), now);
    if (levelRank(level) <= bestRank) continue;
    bestRank = levelRank(level);
    const campaign = campaignRef(idx.catalog, indicator.campaign);
    best = {
      target: {
        href,
        level,
        campaign,
        summary: flaggedTargetSummary(indicator.role, campaign.name, sources, stale),
        message: flaggedMessage(indicator.role, campaign.name, sources, stale),
        ...(sources.length > 0 && sources.every((s) => typeof s.list === 'string') ? { ownList: true as const } : {}),
      },
      indicator,
      sources,
      domain: target.info.domain,
      url: target.url,
    };
  }
  return best;
}

/**
 * `flagged(hrefs)`: the per-href list for in-page markers and the report. Links into `ownDomain`
 * are skipped when the match is the site itself (as in `collect`): on a listed site, every link to
 * its own pages would be marked.
 */
export function flaggedTargets(
  idx: ListedIndexes,
  hrefs: readonly unknown[],
  options: JudgeOptions,
  ownDomain: string | null = null,
  ownAccount: string | null = null,
): FlaggedTarget[] {
  const out: FlaggedTarget[] = [];
  if (!Array.isArray(hrefs)) return out;
  const n = Math.min(hrefs.length, MAX_FLAGGED);
  for (let i = 0; i < n; i++) {
    const r = flagHref(idx, hrefs[i], options);
    if (r === null || ownLink(r, ownDomain) || ownAccountLink(r, ownAccount)) continue;
    out.push(r.target);
  }
  return out;
}

function ownLink(r: FlagResult, ownDomain: string | null): boolean {
  return ownDomain !== null && r.domain === ownDomain && r.indicator.kind === 'domain';
}

/**
 * A link to (or a shown post of) the page's own account: on a listed account's profile every post
 * links back to it, and "links to flagged accounts" would then be about the page itself (UI issue,
 * item 3). The account's own finding already says everything.
 */
function ownAccountLink(r: FlagResult, ownAccount: string | null): boolean {
  return ownAccount !== null && profileOfUrl(r.url)?.key === ownAccount;
}

function summarise(idx: ListedIndexes, results: FlagResult[], reason: 'links-to-flagged' | 'shows-flagged-account'): Finding {
  const campaignIds: string[] = [];
  const sources: SourceRef[] = [];
  for (const r of results) {
    if (!campaignIds.includes(r.indicator.campaign)) campaignIds.push(r.indicator.campaign);
    for (const s of r.sources) if (!sources.includes(s)) sources.push(s);
  }
  const names = campaignIds.map((id) => campaignRef(idx.catalog, id).name);
  const finding: Finding = {
    reason,
    level: 'info',
    summary: reason === 'links-to-flagged' ? linksSummary(results.length, names) : handlesSummary(results.length, names),
    message: linksMessage(reason, results.length, names),
    evidence: { targets: results.slice(0, MAX_TARGETS_SHOWN).map((r) => r.target.href) },
    sources: sources.slice(0, 10),
  };
  const only = campaignIds.length === 1 ? campaignIds[0] : undefined;
  return only !== undefined ? withCampaign(idx.catalog, finding, only) : finding;
}

/** Flagged hrefs of a list (deduplicated, capped); links into `ownDomain` are skipped. */
function collect(
  idx: ListedIndexes,
  list: unknown,
  max: number,
  ownDomain: string | null,
  ownAccount: string | null,
  options: JudgeOptions,
): FlagResult[] {
  const results: FlagResult[] = [];
  if (!Array.isArray(list)) return results;
  const seen = new Set<string>();
  const n = Math.min(list.length, max);
  for (let i = 0; i < n; i++) {
    const r = flagHref(idx, list[i], options);
    if (r === null || seen.has(r.target.href)) continue;
    if (ownLink(r, ownDomain) || ownAccountLink(r, ownAccount)) continue;
    seen.add(r.target.href);
    results.push(r);
  }
  return results;
}

/**
 * The `info` findings for a page's links and shown accounts. Links into the page's own site, and
 * links to and posts of the page's own account (`ownAccount`, an account key), are skipped: a
 * listed site or account pointing at itself says nothing new.
 */
export function detectLinks(
  idx: ListedIndexes,
  ownDomain: string | null,
  links: unknown,
  handles: unknown,
  options: JudgeOptions,
  ownAccount: string | null = null,
): Finding[] {
  const out: Finding[] = [];
  const linkResults = collect(idx, links, MAX_LINKS, ownDomain, ownAccount, options);
  if (linkResults.length > 0) out.push(summarise(idx, linkResults, 'links-to-flagged'));
  const handleResults = collect(idx, handles, MAX_HANDLES, null, ownAccount, options);
  if (handleResults.length > 0) out.push(summarise(idx, handleResults, 'shows-flagged-account'));
  return out;
}
