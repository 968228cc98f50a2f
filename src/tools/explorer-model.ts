/**
 * The campaign explorer's data, built once from the compiled index: indicators per campaign,
 * counts by role, the report timeline, and the search. Pure (fuse.js runs in Node too), so the
 * search is tested on the real lists.
 *
 * Search has two parts, so that it stays instant over thousands of indicators:
 * - domains, URLs and handles: an exact Map lookup, then a prefix scan of the sorted keys (binary
 *   search); a handle is found by its profile URL, by `x.com/name`, by `name` and by `@name`;
 * - campaigns, actors and outlet brand names (a few hundred documents): fuse.js, fuzzy.
 */
import Fuse from 'fuse.js/basic';
import type { Actor, Campaign, CompiledLists, Indicator, PartialDate, Role, Source } from '../core/types';
import { ROLES } from '../core/types';

export type SearchHit =
  | { kind: 'campaign'; id: string; label: string; matched: string }
  | { kind: 'actor'; id: string; label: string; matched: string }
  | { kind: 'indicator'; id: string; label: string; matched: string; campaign: string; role: Role };

interface FuzzyDoc {
  kind: 'campaign' | 'actor' | 'brand';
  /** Campaign or actor id; for a brand, the indicator value. */
  id: string;
  label: string;
  names: string[];
  campaign?: string;
  role?: Role;
}

export interface ExplorerModel {
  lists: CompiledLists;
  campaigns: readonly Campaign[];
  campaignById: ReadonlyMap<string, Campaign>;
  actorById: ReadonlyMap<string, Actor>;
  sourceById: ReadonlyMap<string, Source>;
  indicatorsByCampaign: ReadonlyMap<string, readonly Indicator[]>;
  /** Campaigns attributed to each actor. */
  campaignsByActor: ReadonlyMap<string, readonly Campaign[]>;
  keys: readonly string[];
  byKey: ReadonlyMap<string, readonly Indicator[]>;
  fuse: Fuse<FuzzyDoc>;
}

/** The form a typed query and an indicator value are compared in: no scheme, no www., no trailing /. */
export function searchKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

function keysOf(indicator: Indicator): string[] {
  const main = searchKey(indicator.value);
  const out = [main];
  if (indicator.kind === 'handle') {
    // x.com/name, t.me/name, youtube.com/@name -> name and @name.
    const slash = main.indexOf('/');
    if (slash > 0) {
      const name = main.slice(main.lastIndexOf('/') + 1).replace(/^@/, '');
      if (name) out.push(name, `@${name}`);
    } else {
      // name.substack.com: the account name is the first label.
      const label = main.split('.')[0];
      if (label) out.push(label);
    }
  }
  return out;
}

export function buildExplorerModel(lists: CompiledLists): ExplorerModel {
  const campaigns = [...lists.campaigns].sort((a, b) => a.name.localeCompare(b.name));
  const indicatorsByCampaign = new Map<string, Indicator[]>();
  const byKey = new Map<string, Indicator[]>();
  const docs: FuzzyDoc[] = [];
  const brandDocs = new Map<string, FuzzyDoc>();
  for (const indicator of lists.indicators) {
    const list = indicatorsByCampaign.get(indicator.campaign) ?? [];
    list.push(indicator);
    indicatorsByCampaign.set(indicator.campaign, list);
    for (const key of keysOf(indicator)) {
      const at = byKey.get(key) ?? [];
      at.push(indicator);
      byKey.set(key, at);
    }
    for (const brand of indicator.brands ?? []) {
      const key = `${brand.toLowerCase()}|${indicator.campaign}`;
      if (brandDocs.has(key)) continue;
      const doc: FuzzyDoc = {
        kind: 'brand',
        id: indicator.value,
        label: brand,
        names: [brand],
        campaign: indicator.campaign,
        role: indicator.role,
      };
      brandDocs.set(key, doc);
    }
  }
  for (const c of campaigns)
    docs.push({ kind: 'campaign', id: c.id, label: c.name, names: [c.name, c.id, ...c.aliases.map((a) => a.name)] });
  for (const a of lists.actors) docs.push({ kind: 'actor', id: a.id, label: a.name, names: [a.name, ...a.aliases] });
  docs.push(...brandDocs.values());
  const campaignsByActor = new Map<string, Campaign[]>();
  for (const c of campaigns) {
    for (const a of new Set(c.attribution.map((x) => x.actor))) campaignsByActor.set(a, [...(campaignsByActor.get(a) ?? []), c]);
  }
  return {
    lists,
    campaigns,
    campaignById: new Map(campaigns.map((c) => [c.id, c])),
    actorById: new Map(lists.actors.map((a) => [a.id, a])),
    sourceById: new Map(lists.sources.map((s) => [s.id, s])),
    indicatorsByCampaign,
    campaignsByActor,
    keys: [...byKey.keys()].sort(),
    byKey,
    fuse: new Fuse(docs, { keys: ['names'], threshold: 0.3, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 }),
  };
}

function lowerBound(keys: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indicatorHit(indicator: Indicator, matched: string): SearchHit {
  return { kind: 'indicator', id: indicator.value, label: indicator.value, matched, campaign: indicator.campaign, role: indicator.role };
}

/**
 * Campaigns, actors and brands first when the query is a name; exact indicator matches first when
 * it is an address. At most `limit` hits, without repeats.
 */
export function searchExplorer(model: ExplorerModel, query: string, limit = 30): SearchHit[] {
  const key = searchKey(query);
  if (key.length < 2) return [];
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const push = (hit: SearchHit) => {
    const id = `${hit.kind}:${hit.id}`;
    if (seen.has(id) || hits.length >= limit) return;
    seen.add(id);
    hits.push(hit);
  };
  for (const indicator of model.byKey.get(key) ?? []) push(indicatorHit(indicator, key));
  const fuzzy = model.fuse.search(query.trim(), { limit });
  for (const result of fuzzy) {
    const doc = result.item;
    if (doc.kind === 'brand') {
      push({ kind: 'indicator', id: doc.id, label: doc.id, matched: doc.label, campaign: doc.campaign!, role: doc.role! });
    } else {
      push({ kind: doc.kind, id: doc.id, label: doc.label, matched: doc.names.find((n) => n.toLowerCase().includes(key)) ?? doc.label });
    }
  }
  // Prefix matches of addresses and handles, in key order, after the names.
  for (let i = lowerBound(model.keys, key); i < model.keys.length && hits.length < limit; i++) {
    const k = model.keys[i]!;
    if (!k.startsWith(key)) break;
    for (const indicator of model.byKey.get(k) ?? []) push(indicatorHit(indicator, k));
  }
  return hits;
}

/** How many indicators of each role a campaign has, in ROLES order, zero counts left out. */
export function roleCounts(indicators: readonly Indicator[]): { role: Role; count: number }[] {
  const counts = new Map<Role, number>();
  for (const i of indicators) counts.set(i.role, (counts.get(i.role) ?? 0) + 1);
  return ROLES.filter((r) => counts.has(r)).map((role) => ({ role, count: counts.get(role)! }));
}

export interface TimelineEntry {
  date?: string;
  source: Source;
}

/**
 * The campaign's reports by date: its own sources, its attributions' and events', and the sources
 * of its indicators. Undated sources come last, by publisher.
 */
export function campaignTimeline(model: ExplorerModel, campaign: Campaign): TimelineEntry[] {
  const ids = new Set<string>(campaign.sources);
  for (const a of campaign.attribution) for (const s of a.sources) ids.add(s);
  for (const e of campaign.events ?? []) for (const s of e.sources) ids.add(s);
  for (const i of model.indicatorsByCampaign.get(campaign.id) ?? []) for (const s of i.sources) ids.add(s);
  const out: TimelineEntry[] = [];
  for (const id of ids) {
    const source = model.sourceById.get(id);
    if (source) out.push({ date: source.date, source });
  }
  return out.sort((a, b) => {
    if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : a.source.publisher.localeCompare(b.source.publisher);
    if (a.date) return -1;
    if (b.date) return 1;
    return a.source.publisher.localeCompare(b.source.publisher);
  });
}

/**
 * The dates the explorer shows for an indicator: when a public report first named it, and, where a
 * source documents an earlier date (a registration, a first post), when it was first seen. A first
 * seen that is not earlier than the first report says nothing more (the bundled lists refuse one;
 * a person's own list may still hold one), so it is left out.
 */
export function indicatorDates(indicator: Pick<Indicator, 'firstReported' | 'firstSeen'>): {
  reported?: PartialDate;
  seen?: PartialDate;
} {
  const { firstReported: reported, firstSeen: seen } = indicator;
  // The list checks' rule (src/lists/validate.ts): compared at the precision both share, so that
  // "2023" against "2023-05" may still be earlier and stays.
  const n = Math.min(seen?.length ?? 0, reported?.length ?? 0);
  const earlier = seen !== undefined && (reported === undefined || (seen !== reported && seen.slice(0, n) <= reported.slice(0, n)));
  return { ...(reported !== undefined ? { reported } : {}), ...(earlier ? { seen } : {}) };
}

/** The coverage page `npm run lists` writes: every campaign's figures, newest report, sources and gaps. */
export const COVERAGE_FILE = 'lists/COVERAGE.md';

/** Where the coverage page is read: the file on the project repository's main branch. */
export function coverageUrl(repoUrl: string): string {
  return `${repoUrl.replace(/\/+$/, '')}/blob/main/${COVERAGE_FILE}`;
}

export const PAGE_SIZE = 100;

/** One page of a campaign's indicators, optionally filtered by role and by text. */
export function indicatorPage(
  indicators: readonly Indicator[],
  page: number,
  filter: { role?: Role | ''; text?: string } = {},
  pageSize = PAGE_SIZE,
): { items: Indicator[]; total: number; page: number; pages: number } {
  const text = filter.text ? searchKey(filter.text) : '';
  const matching = indicators.filter(
    (i) =>
      (!filter.role || i.role === filter.role) &&
      (!text || searchKey(i.value).includes(text) || (i.brands ?? []).some((b) => b.toLowerCase().includes(text))),
  );
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: matching.slice(p * pageSize, (p + 1) * pageSize), total: matching.length, page: p, pages };
}

/** `#campaign=<id>` / `#actor=<id>` in the explorer's address. */
export function parseExplorerHash(hash: string): { campaign?: string; actor?: string; indicator?: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const campaign = params.get('campaign') ?? undefined;
  const actor = params.get('actor') ?? undefined;
  const indicator = params.get('indicator') ?? undefined;
  const valid = (v: string | undefined) => (v && /^[a-z0-9][a-z0-9-]{0,80}$/.test(v) ? v : undefined);
  // The indicator only pre-fills a text filter (rendered as text): any short string will do.
  return { campaign: valid(campaign), actor: valid(actor), indicator: indicator && indicator.length <= 500 ? indicator : undefined };
}
