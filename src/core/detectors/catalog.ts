/**
 * The catalog: sources, campaigns, actors and outlets by id, built once in `createEngine`, so
 * that a finding resolves its citations with a few Map lookups. Indicators stay as they are in the
 * lists (nothing is copied per indicator at load: 100k indicators cost only their Map entries);
 * they are resolved here only when they match.
 */
import type { Actor, Campaign, CompiledLists, Finding, Indicator, JudgeOptions, ProtectedOutlet, SourceRef, Tier } from '../types';

export interface Catalog {
  sources: ReadonlyMap<string, SourceRef>;
  campaigns: ReadonlyMap<string, Campaign>;
  actors: ReadonlyMap<string, Actor>;
  outlets: ReadonlyMap<string, ProtectedOutlet>;
}

const TIER_ORDER: Record<Tier, number> = { 'primary-indicator-file': 0, 'primary-report': 1, secondary: 2 };

function arrayOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function buildCatalog(lists: CompiledLists): Catalog {
  const sources = new Map<string, SourceRef>();
  for (const s of arrayOf<CompiledLists['sources'][number]>(lists.sources)) {
    if (!s || typeof s.id !== 'string') continue;
    const ref: SourceRef = { id: s.id, publisher: s.publisher, title: s.title, url: s.url, tier: s.tier };
    if (s.date !== undefined) ref.date = s.date;
    if (s.via !== undefined) ref.via = s.via;
    // A person's own list (custom.ts): the UI and the summary say where the citation came from.
    if (typeof s.list === 'string') ref.list = s.list;
    sources.set(s.id, ref);
  }
  const campaigns = new Map<string, Campaign>();
  for (const c of arrayOf<Campaign>(lists.campaigns)) if (c && typeof c.id === 'string') campaigns.set(c.id, c);
  const actors = new Map<string, Actor>();
  for (const a of arrayOf<Actor>(lists.actors)) if (a && typeof a.id === 'string') actors.set(a.id, a);
  // Outlets by id on first need (a listed site that impersonates one): reading an outlet's id
  // makes a format-4 index parse every outlet's record (src/lists/compiled.ts), which a verdict
  // on an unrelated address never needs.
  let outlets: Map<string, ProtectedOutlet> | null = null;
  const outletList = arrayOf<ProtectedOutlet>(lists.outlets);
  return {
    sources,
    campaigns,
    actors,
    get outlets() {
      if (outlets === null) {
        outlets = new Map();
        for (const o of outletList) if (o && typeof o.id === 'string') outlets.set(o.id, o);
      }
      return outlets;
    },
  };
}

/** Source refs for ids, most authoritative tier first; unknown ids are skipped. */
export function sourceRefs(catalog: Catalog, ids: readonly string[] | undefined): SourceRef[] {
  const out: SourceRef[] = [];
  for (const id of ids ?? []) {
    const ref = catalog.sources.get(id);
    if (ref !== undefined && !out.includes(ref)) out.push(ref);
  }
  return out.sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier]);
}

export function isPrimary(refs: readonly SourceRef[]): boolean {
  return refs.some((r) => r.tier === 'primary-indicator-file' || r.tier === 'primary-report');
}

export function campaignRef(catalog: Catalog, id: string): { id: string; name: string } {
  const campaign = catalog.campaigns.get(id);
  return { id, name: campaign?.name ?? id };
}

/** The actor of a campaign's first attribution, when it resolves. */
export function actorRef(catalog: Catalog, campaignId: string): Finding['actor'] {
  const actorId = catalog.campaigns.get(campaignId)?.attribution?.[0]?.actor;
  if (actorId === undefined) return undefined;
  const actor = catalog.actors.get(actorId);
  if (actor === undefined) return undefined;
  return { id: actor.id, name: actor.name, country: actor.country };
}

/** Whether the user's settings leave this indicator in play. */
export function indicatorEnabled(indicator: Indicator, options: JudgeOptions): boolean {
  if (options.disabledCampaigns?.includes(indicator.campaign)) return false;
  if (options.disabledRoles?.includes(indicator.role)) return false;
  return true;
}

/** Adds the campaign and actor of `campaignId` to a finding (only the keys that resolve). */
export function withCampaign(catalog: Catalog, finding: Finding, campaignId: string): Finding {
  finding.campaign = campaignRef(catalog, campaignId);
  const actor = actorRef(catalog, campaignId);
  if (actor !== undefined) finding.actor = actor;
  return finding;
}
