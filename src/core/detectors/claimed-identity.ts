/**
 * Detector 4: claimed identity.
 *
 * A clone on a new, unlisted domain still calls itself "The Washington Post" or "Nio Thinker". We
 * compare the names a page gives ITSELF (`names.ts` `siteClaims`: og:site_name, application-name,
 * ld+json publisher, logo alt, copyright, and only the name part of a title) with:
 * - protected outlets' names -> `claims-outlet-name` (medium), unless the host is an official
 *   domain of any outlet (syndication between real outlets is not impersonation) or a proxy or
 *   archive that shows other sites' pages;
 * - brands of campaign sites (`Indicator.brands`) -> `claims-campaign-brand` (medium), unless
 *   the host is itself listed (the listed finding already says it).
 *
 * Structures, built once in `createEngine`:
 * - `exact`: normalised name -> targets. Exact match first: one Map lookup per claim.
 * - `byWord`: the first four letters of each distinctive word of each name -> entries. A claim
 *   that missed the exact Map gets a SMALL candidate set (entries sharing such a word start with
 *   it; a typo is rarely in the first letters), and only those are ranked by fuse.js's Bitap score
 *   (`bitap.ts`, the part of fuse.js this uses; Bitap is linear in entries: a search over every
 *   outlet name is far too much per page), then go through a bounded edit distance guard: names of 8+ letters
 *   only, at most 1 edit under 12 letters, 2 from 12, same first letter, Fuse score <= 0.2. Fuzzy
 *   matching never runs on page text, only on the (at most 20) claimed names.
 * Generic names ("News", "The Times", "Daily") never match by themselves: a name must have two
 * words or six letters and not be in a small stoplist (`isDistinctiveName`).
 */
import { type Steps, runAll, stepDue } from '../slices';
import { rankNames } from './bitap';
import type { Finding, Indicator, JudgeOptions, ProtectedOutlet } from '../types';
import { claimsBrandSummary, claimsOutletSummary } from '../summaries';
import { claimsBrandMessage, claimsOutletMessage } from '../i18n/build';
import { type Catalog, campaignRef, indicatorEnabled, sourceRefs, withCampaign } from './catalog';
import { type LookalikeIndex, isEntitledSuffix, isOfficialHost, isProxyHost } from './lookalike';
import { isProfileHost } from '../handles';
import { type SiteClaim, compactName, isDistinctiveName, normalizeName } from './names';
import type { HostInfo } from './target';
import { campaignOutletLabel } from './successor';

export type ClaimTarget =
  { kind: 'outlet'; outlet: ProtectedOutlet; name: string } | { kind: 'brand'; brand: string; indicators: Indicator[]; derived?: boolean };

interface NameEntry {
  normalized: string;
  targets: ClaimTarget[];
}

export interface ClaimIndex {
  exact: Map<string, NameEntry>;
  byWord: Map<string, NameEntry[]>;
  /**
   * Campaign outlets without a documented brand, by their domain's name part (hyphens removed):
   * a page calling itself "DC Weekly" names `dcweekly.org`. Generic labels are left out.
   */
  byLabel: Map<string, NameEntry>;
}

const STOP_WORDS = new Set(['news', 'daily', 'times', 'post', 'world', 'online', 'today', 'the', 'and', 'der', 'die', 'das', 'les', 'the']);

/** Candidate keys of a name: the first four letters of each word that is not a stop word. */
function wordsOf(normalized: string): string[] {
  return normalized
    .split(' ')
    .filter((w) => w.length >= 4 && !STOP_WORDS.has(w))
    .map((w) => w.slice(0, 4));
}

/**
 * `outletNames` are the outlets' normalised names as the lookalike index already computed them
 * (outlet id -> names), so that a cold start normalises each name once.
 */
export function buildClaimIndex(
  outlets: readonly ProtectedOutlet[],
  indicators: readonly Indicator[],
  outletNames?: ReadonlyMap<string, ReadonlySet<string>>,
  campaignLabels?: Readonly<Record<string, 'generic' | 'words'>>,
): ClaimIndex {
  const builder = claimIndexBuilder(outletNames);
  for (const outlet of outlets) builder.addOutlet(outlet);
  for (const indicator of indicators) builder.addIndicator(indicator);
  return builder.finish(indicators, campaignLabels);
}

/**
 * `buildClaimIndex` in parts: `addOutlet` each outlet, `addIndicator` each indicator, in their
 * order, then `finish`, so that a running worker can build it over several tasks.
 */
export function claimIndexBuilder(outletNames?: ReadonlyMap<string, ReadonlySet<string>>): {
  addOutlet(outlet: ProtectedOutlet): void;
  addIndicator(indicator: Indicator): void;
  finish(indicators: readonly Indicator[], campaignLabels?: Readonly<Record<string, 'generic' | 'words'>>): ClaimIndex;
  finishing(indicators: readonly Indicator[], campaignLabels?: Readonly<Record<string, 'generic' | 'words'>>): Steps<ClaimIndex>;
} {
  const exact = new Map<string, NameEntry>();
  const add = (normalized: string, target: ClaimTarget): void => {
    if (!isDistinctiveName(normalized)) return;
    let entry = exact.get(normalized);
    if (entry === undefined) {
      entry = { normalized, targets: [] };
      exact.set(normalized, entry);
    }
    if (target.kind === 'brand') {
      const existing = entry.targets.find((t) => t.kind === 'brand');
      if (existing !== undefined && existing.kind === 'brand') {
        for (const i of target.indicators) if (!existing.indicators.includes(i)) existing.indicators.push(i);
        return;
      }
    } else if (entry.targets.some((t) => t.kind === 'outlet' && t.outlet === target.outlet)) {
      return;
    }
    entry.targets.push(target);
  };
  function addOutlet(outlet: ProtectedOutlet): void {
    if (!outlet || typeof outlet.name !== 'string') return;
    const known = outletNames?.get(outlet.id);
    const names = known ?? [outlet.name, ...(outlet.names ?? [])].filter((n): n is string => typeof n === 'string').map(normalizeName);
    for (const normalized of names) add(normalized, { kind: 'outlet', outlet, name: outlet.name });
  }
  function addIndicator(indicator: Indicator): void {
    if (!indicator || !Array.isArray(indicator.brands)) return;
    for (const brand of indicator.brands) {
      if (typeof brand === 'string') add(normalizeName(brand), { kind: 'brand', brand, indicators: [indicator] });
    }
  }
  function* finishing(indicators: readonly Indicator[], campaignLabels?: Readonly<Record<string, 'generic' | 'words'>>): Steps<ClaimIndex> {
    const byWord = new Map<string, NameEntry[]>();
    let i = 0;
    for (const entry of exact.values()) {
      if (stepDue(i++)) yield;
      for (const word of new Set(wordsOf(entry.normalized))) {
        const list = byWord.get(word);
        if (list === undefined) byWord.set(word, [entry]);
        else list.push(entry);
      }
    }
    const byLabel = new Map<string, NameEntry>();
    i = 0;
    for (const indicator of indicators) {
      if (stepDue(i++)) yield;
      if (!indicator || indicator.kind !== 'domain' || indicator.role !== 'operated-outlet' || typeof indicator.value !== 'string')
        continue;
      const label = campaignOutletLabel(indicator.value);
      if (label === null || label.length < 6) continue;
      if (campaignLabels !== undefined ? campaignLabels[label] === 'generic' : label.length < 8) continue;
      const entry = byLabel.get(label);
      if (entry === undefined)
        byLabel.set(label, {
          normalized: label,
          targets: [{ kind: 'brand', brand: indicator.value, indicators: [indicator], derived: true }],
        });
      else {
        const target = entry.targets[0];
        if (target?.kind === 'brand') target.indicators.push(indicator);
      }
    }
    return { exact, byWord, byLabel };
  }
  return { addOutlet, addIndicator, finish: (indicators, campaignLabels) => runAll(finishing(indicators, campaignLabels)), finishing };
}

/** Damerau-Levenshtein distance with an early exit above `max` (strings are short). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

const FUSE_THRESHOLD = 0.2;
/** Short names change meaning with one letter ("Le Mond"): fuzzy only from 8 letters. */
const FUZZY_MIN = 8;

/** The entry a claim names, exactly or (guarded) approximately. */
function lookup(index: ClaimIndex, claim: SiteClaim): { entry: NameEntry; fuzzy: boolean } | null {
  const hit = index.exact.get(claim.normalized);
  if (hit !== undefined) return { entry: hit, fuzzy: false };
  const compact = compactName(claim.normalized);
  const derived = index.byLabel.get(compact);
  if (derived !== undefined && isDistinctiveName(claim.normalized)) return { entry: derived, fuzzy: false };
  if (compact.length < FUZZY_MIN || claim.normalized.length > 64 || !isDistinctiveName(claim.normalized)) return null;
  // A digit is a different name, not a typo ("mail4 online" is not "Mail Online").
  if (/\d/.test(compact)) return null;
  const candidates = new Set<NameEntry>();
  for (const word of wordsOf(claim.normalized)) for (const e of index.byWord.get(word) ?? []) candidates.add(e);
  if (candidates.size === 0) return null;
  const entries = [...candidates].slice(0, 50);
  const ranked = rankNames(
    claim.normalized,
    entries.map((e) => e.normalized),
    FUSE_THRESHOLD,
    3,
  );
  for (const { index, score } of ranked) {
    const entry = entries[index] as NameEntry;
    const name = entry.normalized;
    const max = compact.length < 12 ? 1 : 2;
    if (score > FUSE_THRESHOLD || name[0] !== claim.normalized[0]) continue;
    if (boundedDistance(claim.normalized, name, max) <= max) return { entry, fuzzy: true };
  }
  return null;
}

export interface ClaimContext {
  info: HostInfo;
  /** Campaign ids of indicators already listed for this host (brand claims add nothing then). */
  listedCampaigns: ReadonlySet<string>;
  /** Outlet ids already covered by a lookalike finding for this host. */
  coveredOutlets: ReadonlySet<string>;
  options: JudgeOptions;
}

export function detectClaimedIdentity(
  index: ClaimIndex,
  lookalikes: LookalikeIndex,
  catalog: Catalog,
  claims: readonly SiteClaim[],
  ctx: ClaimContext,
): Finding[] {
  if (claims.length === 0 || index.exact.size === 0) return [];
  const host = ctx.info.host;
  // Proxies show other sites' pages; universities and government bodies (entitled endings) name
  // themselves after institutions freely and cannot be registered by a campaign.
  if (isProxyHost(host) || isEntitledSuffix(ctx.info.suffix)) return [];
  const official = isOfficialHost(lookalikes, ctx.info);
  // On a social platform the page's site name is the platform's ("Telegram" on t.me) and its title
  // an account's: neither says the page is an outlet's site, and real outlets have accounts there.
  const onPlatform = isProfileHost(host);
  const candidates = ctx.info.candidates;
  const out: Finding[] = [];
  const doneOutlets = new Set<string>(ctx.coveredOutlets);
  const doneCampaigns = new Set<string>(ctx.listedCampaigns);
  for (const claim of claims) {
    const found = lookup(index, claim);
    if (found === null) continue;
    for (const target of found.entry.targets) {
      if (target.kind === 'outlet') {
        if (official || onPlatform || doneOutlets.has(target.outlet.id)) continue;
        doneOutlets.add(target.outlet.id);
        const domain = target.outlet.domains[0] ?? '';
        out.push({
          reason: 'claims-outlet-name',
          level: 'medium',
          summary: claimsOutletSummary(claim.text, target.outlet.name, domain, found.fuzzy),
          message: claimsOutletMessage(claim.text, target.outlet.name, domain, found.fuzzy),
          indicator: host,
          impersonates: domain,
          outlet: target.outlet.name,
          evidence: { subject: host, claimedName: { source: claim.claim.source, value: claim.text } },
          sources: sourceRefs(catalog, target.outlet.impersonatedIn),
        });
      } else {
        // The brand's own sites are listed: a claim there is no news. Elsewhere it is (but never on
        // a protected outlet's own domain).
        if (official) continue;
        const enabled = target.indicators.filter(
          (i) => indicatorEnabled(i, ctx.options) && !candidates.includes(i.value) && !doneCampaigns.has(i.campaign),
        );
        const first = enabled[0];
        if (first === undefined) continue;
        doneCampaigns.add(first.campaign);
        const ids = new Set<string>();
        for (const i of enabled) if (i.campaign === first.campaign) for (const s of i.sources) ids.add(s);
        const sources = sourceRefs(catalog, [...ids]);
        const campaignName = campaignRef(catalog, first.campaign).name;
        const brand = target.derived ? claim.text : target.brand;
        const fuzzy = target.derived ? false : found.fuzzy;
        const listedAddress = target.derived ? first.value : undefined;
        const finding: Finding = {
          reason: 'claims-campaign-brand',
          level: 'medium',
          summary: claimsBrandSummary(claim.text, brand, campaignName, sources, fuzzy, listedAddress),
          message: claimsBrandMessage(claim.text, brand, campaignName, sources, fuzzy, listedAddress),
          indicator: host,
          evidence: { subject: host, claimedName: { source: claim.claim.source, value: claim.text } },
          sources,
        };
        out.push(withCampaign(catalog, finding, first.campaign));
      }
    }
  }
  return out;
}
