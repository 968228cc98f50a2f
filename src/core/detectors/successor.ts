/**
 * Detector: possible successors of campaign-run outlets.
 *
 * Campaigns bring a seized or burned outlet back on a new address under the same name
 * (`dcweekly.org` -> `dc-weekly.news`, `niothinker.com` -> `niothinker-us.com`). The lists only
 * learn the new address when a report names it, so this detector looks for a documented
 * campaign outlet's NAME inside an address the lists do not hold:
 * - the same label on another ending, the label written with hyphens, or the label as 1 to 3
 *   consecutive tokens of a longer address (tokens split on dots and hyphens, like the embedded
 *   lookalikes of protected outlets);
 * - labels are the registrable domains' name parts of `operated-outlet` and `impersonation` domain
 *   indicators (a clone's own address, `spiegeli.life`, comes back as `spiegeli.today`), compared
 *   without hyphens.
 *
 * Which labels, and how strongly (classified by `npm run lists` with the dictionaries of the
 * weak-label rule, src/lists/weak-labels.ts, and shipped as `CompiledLists.campaignLabels`):
 * - `generic` (short, or one common word: `news`, `today`, `daily`): never looked for;
 * - `words` (made of common words or place names: `bostontimes`): `low`, saying so;
 * - distinctive (`niothinker`, `dcweekly`): `medium`. Never `high` on its own: the address is a
 *   resemblance, not a report.
 * Never on an official domain of a protected outlet (campaigns pick names that real newspapers
 * also use, and those are protected with all their domains), on proxies and archives, or on the
 * outlet's own listed address (the listed finding says more). A page that names itself as
 * something else (see lookalike.ts `namesItselfOtherwise`) lowers `words` to nothing and
 * distinctive to `low`.
 */
import { type Steps, runAll, stepDue } from '../slices';
import type { Finding, Indicator, JudgeOptions } from '../types';
import { registrableDomain, registrableDomainOfNormalHost } from '../hosts';
import { successorSummary } from '../summaries';
import { successorMessage } from '../i18n/build';
import { type Catalog, indicatorEnabled, sourceRefs, withCampaign } from './catalog';
import { type HostInfo, tokenRuns } from './target';

/** Campaign-controlled sites with a name of their own: outlets and lookalike copies of outlets. */
export const SUCCESSOR_ROLES: ReadonlySet<string> = new Set(['operated-outlet', 'impersonation']);

export type CampaignLabelKind = 'generic' | 'words' | 'distinctive';

interface SuccessorEntry {
  label: string;
  kind: Exclude<CampaignLabelKind, 'generic'>;
  indicators: Indicator[];
}

export interface SuccessorIndex {
  byLabel: Map<string, SuccessorEntry>;
}

/** Lower-case ASCII labels, two or more, with a letter somewhere (no IP address). */
const NORMAL_HOST = /^(?=[^]*[a-z])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/;

/** The name part of a domain indicator's registrable domain, hyphens removed; null if none. */
export function campaignOutletLabel(value: string): string | null {
  const lower = value.toLowerCase();
  let domain: string | null;
  if (NORMAL_HOST.test(lower)) {
    // Listed domains are normalised hosts and never a public suffix (the list checks refuse
    // both). With two labels such a host is its own registrable domain, so most need no Public
    // Suffix List lookup, which a cold worker makes for every campaign outlet to build this index;
    // the others skip re-validating the host. test/unit/core/real-index.test.ts holds this to the
    // full lookup on every shipped domain.
    const dot = lower.indexOf('.');
    domain = lower.indexOf('.', dot + 1) < 0 ? lower : registrableDomainOfNormalHost(lower);
  } else {
    domain = registrableDomain(lower);
  }
  if (domain === null) return null;
  const dot = domain.indexOf('.');
  if (dot <= 0) return null;
  return domain.slice(0, dot).replace(/-/g, '');
}

export function buildSuccessorIndex(
  indicators: readonly Indicator[],
  campaignLabels: Readonly<Record<string, 'generic' | 'words'>> | undefined,
  /** Names of protected outlets (their labels): a clone on `washingtonpost.pm` is a lookalike, not a new brand. */
  protectedLabels?: ReadonlyMap<string, unknown>,
): SuccessorIndex {
  return runAll(successorIndexSteps(indicators, campaignLabels, protectedLabels));
}

/** `buildSuccessorIndex`, yielding every few indicators (slices.ts). */
export function* successorIndexSteps(
  indicators: readonly Indicator[],
  campaignLabels: Readonly<Record<string, 'generic' | 'words'>> | undefined,
  protectedLabels?: ReadonlyMap<string, unknown>,
): Steps<SuccessorIndex> {
  const byLabel = new Map<string, SuccessorEntry>();
  let i = 0;
  for (const indicator of indicators) {
    if (stepDue(i++)) yield;
    if (!indicator || indicator.kind !== 'domain' || !SUCCESSOR_ROLES.has(indicator.role)) continue;
    if (typeof indicator.value !== 'string') continue;
    const label = campaignOutletLabel(indicator.value);
    if (label === null || protectedLabels?.has(label)) continue;
    // Without the compiled classification (hand-written test lists), only long labels count.
    const kind: CampaignLabelKind =
      campaignLabels?.[label] ?? (campaignLabels === undefined && label.length < 8 ? 'generic' : 'distinctive');
    if (kind === 'generic') continue;
    const entry = byLabel.get(label);
    if (entry === undefined) byLabel.set(label, { label, kind, indicators: [indicator] });
    else entry.indicators.push(indicator);
  }
  return { byLabel };
}

export interface SuccessorHit {
  entry: SuccessorEntry;
  how: 'other-suffix' | 'hyphenation' | 'embedded';
}

/** Campaign outlets whose label this host carries (at most one hit per label). */
export function findSuccessors(index: SuccessorIndex, info: HostInfo): SuccessorHit[] {
  if (index.byLabel.size === 0) return [];
  const hits: SuccessorHit[] = [];
  const seen = new Set<string>();
  const plainLabel = info.label.replace(/-/g, '');
  for (const { joined } of tokenRuns(info)) {
    if (seen.has(joined)) continue;
    const entry = index.byLabel.get(joined);
    if (entry === undefined) continue;
    seen.add(joined);
    const how = joined === info.label ? 'other-suffix' : joined === plainLabel ? 'hyphenation' : 'embedded';
    hits.push({ entry, how });
  }
  return hits;
}

export interface SuccessorContext {
  info: HostInfo;
  /** Campaigns already named by a listed finding or a brand claim for this address. */
  listedCampaigns: ReadonlySet<string>;
  /** Protected outlets a lookalike finding already names (a clone's name adds nothing then). */
  coveredOutlets: ReadonlySet<string>;
  options: JudgeOptions;
  /** True when the page names itself, and not as this campaign outlet. */
  namesItselfOtherwise: (label: string) => boolean;
  /** True when the page claims this label's name (its compact form). */
  claimsLabel: (label: string) => boolean;
}

export function detectSuccessors(index: SuccessorIndex, catalog: Catalog, ctx: SuccessorContext): Finding[] {
  const out: Finding[] = [];
  for (const hit of findSuccessors(index, ctx.info)) {
    const enabled = hit.entry.indicators.filter(
      (i) =>
        indicatorEnabled(i, ctx.options) &&
        !ctx.info.candidates.includes(i.value) &&
        !ctx.listedCampaigns.has(i.campaign) &&
        !(i.impersonates !== undefined && ctx.coveredOutlets.has(i.impersonates)),
    );
    const first = enabled[0];
    if (first === undefined) continue;
    const claimed = ctx.claimsLabel(hit.entry.label);
    let level: Finding['level'] = hit.entry.kind === 'words' ? 'low' : 'medium';
    if (claimed) level = 'medium';
    else if (ctx.namesItselfOtherwise(hit.entry.label)) {
      if (hit.entry.kind === 'words') continue;
      level = 'low';
    }
    const same = enabled.filter((i) => i.campaign === first.campaign);
    const ids = new Set<string>();
    for (const i of same) for (const s of i.sources) ids.add(s);
    const sources = sourceRefs(catalog, [...ids]);
    const wording = {
      host: ctx.info.host,
      outletDomain: first.value,
      campaignName: catalog.campaigns.get(first.campaign)?.name ?? first.campaign,
      sources,
      commonWords: hit.entry.kind === 'words',
      claimed,
    };
    const finding: Finding = {
      reason: 'successor-domain',
      level,
      summary: successorSummary(wording),
      message: successorMessage(wording),
      indicator: ctx.info.host,
      evidence: { subject: ctx.info.host, successorOf: first.value, ...(hit.entry.kind === 'words' ? { commonName: true } : {}) },
      sources,
    };
    out.push(withCampaign(catalog, finding, first.campaign));
  }
  return out;
}
