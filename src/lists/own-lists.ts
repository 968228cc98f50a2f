/**
 * A person's own lists once imported: their shape, how they merge into Unmask's index, and the
 * checks the background runs again each time it builds an engine. Pure TypeScript: no browser
 * APIs, no I/O.
 *
 * A list is checked in full when it is imported (src/lists/custom.ts with validate.ts: schema,
 * references, public suffixes, platforms, protected outlets, duplicates), in the options page,
 * and stored where only the extension's own pages and background can write
 * (src/extension/own-lists-store.ts). What can make a stored list wrong later without the list
 * changing is Unmask's side: its lists (a list update or a new release can add a protected outlet
 * the list names, or drop a campaign it cites) and the tables in its code (the Public Suffix List,
 * the platforms, the account formats). `bundledConflict` checks exactly that again, so
 * the background (which never loads the full checks: they are most of a list's code) uses only
 * lists that the full checks would still accept on those points. The options page runs the full
 * checks whenever it shows the lists, and says why a list is not used.
 * test/unit/lists/own-lists.test.ts holds `bundledConflict` to the full checks.
 */
import { hostCandidates, hostOfUrl, registrableDomain } from '../core/hosts';
import type { Campaign, CompiledLists, Indicator, Platform, ProtectedOutlet, Source } from '../core/types';
import { checkHandle, platformSiteProblem } from './handles';
import { ID_PATTERN, isPlainObject } from './primitives';

/** What a list holds once read and checked (entries in canonical form). */
export interface CustomListData {
  name: string;
  sources: Source[];
  campaigns: Campaign[];
  indicators: Indicator[];
}

/** A stored list: the data with the id its merged ids are namespaced by. */
export interface CustomList extends CustomListData {
  /** A slug of the name, unique among the person's lists (`my-report`, `my-report-2`). */
  id: string;
}

/** What a custom list may cite from Unmask's own lists: built once per index. */
export interface BundledContext {
  campaigns: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  outlets: readonly ProtectedOutlet[];
}

export function bundledContext(compiled: CompiledLists): BundledContext {
  return {
    campaigns: new Set(compiled.campaigns.map((c) => c.id)),
    actors: new Set(compiled.actors.map((a) => a.id)),
    outlets: compiled.outlets,
  };
}

// ---------------------------------------------------------------------------------------------
// What the background checks again
// ---------------------------------------------------------------------------------------------

/** What the checks look up in Unmask's lists, built once for all stored lists. */
interface Lookups {
  /** The protected outlets' official domains. */
  official: ReadonlySet<string>;
  /**
   * The protected outlets' ids, built on first call: only an indicator that names the outlet it
   * impersonates needs them, and in a compiled index an outlet's id is in the outlets' line
   * (src/lists/compiled.ts), which a cold worker otherwise parses only for a verdict that needs it.
   */
  outletIds(): ReadonlySet<string>;
}

function lookupsOf(bundled: BundledContext): Lookups {
  let ids: ReadonlySet<string> | null = null;
  return {
    official: new Set(bundled.outlets.flatMap((o) => o.domains)),
    outletIds: () => (ids ??= new Set(bundled.outlets.map((o) => o.id))),
  };
}

function officialOf(candidates: readonly string[], official: ReadonlySet<string>): string | null {
  for (const candidate of candidates) if (official.has(candidate)) return candidate;
  return null;
}

/**
 * Why a list that passed the full checks when imported would not pass them against these lists
 * and this version's tables, in words for people; null when nothing changed that matters. Reads
 * only the fields those checks read, so it never throws on a list of the stored shape.
 */
export function bundledConflict(list: CustomListData, bundled: BundledContext, lookups: Lookups = lookupsOf(bundled)): string | null {
  const { official, outletIds } = lookups;
  const own = new Set<string>();
  for (const campaign of list.campaigns) {
    if (bundled.campaigns.has(campaign.id)) return `its campaign "${campaign.id}" is now a campaign in Unmask's lists`;
    own.add(campaign.id);
    for (const a of campaign.attribution) {
      if (!bundled.actors.has(a.actor)) return `its campaign "${campaign.id}" cites the actor "${a.actor}", no longer in Unmask's lists`;
    }
  }
  for (const indicator of list.indicators) {
    const { value, kind, role } = indicator;
    if (!own.has(indicator.campaign) && !bundled.campaigns.has(indicator.campaign)) {
      return `"${value}" cites the campaign "${indicator.campaign}", no longer in Unmask's lists`;
    }
    if (indicator.impersonates !== undefined && !outletIds().has(indicator.impersonates)) {
      return `"${value}" names the outlet "${indicator.impersonates}", no longer in Unmask's lists`;
    }
    if (kind === 'domain') {
      const registrable = registrableDomain(value);
      if (registrable === null) return `"${value}" is a public suffix`;
      const platform = platformSiteProblem(value);
      if (platform !== null) return platform;
      const domain = officialOf(hostCandidates(value, registrable), official);
      if (domain !== null) return `"${value}" is on "${domain}", an official domain of a protected outlet`;
    } else if (kind === 'url') {
      const host = hostOfUrl(value);
      if (host === null) return `"${value}" has no valid host name`;
      const domain = role === 'placed-article' ? null : officialOf(hostCandidates(host), official);
      if (domain !== null) return `"${value}" is on "${domain}", an official domain of a protected outlet`;
    } else if (kind === 'handle') {
      const problem = checkHandle(value, indicator.platform as Platform).problem;
      if (problem !== null) return `the account "${value}": ${problem}`;
    } else {
      return `"${value}" is of a kind this version does not know ("${kind}")`;
    }
  }
  return null;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
const objects = (v: unknown, each: (o: Record<string, unknown>) => boolean): boolean => Array.isArray(v) && v.every((o) => isPlainObject(o) && each(o));

/**
 * The stored shape, as far as the merge and `bundledConflict` read it: what only a change of
 * Unmask's stored format (or a hand edit in the browser's developer tools) could break.
 */
function storedShape(entry: Record<string, unknown>): boolean {
  return (
    isString(entry.id) &&
    ID_PATTERN.test(entry.id) &&
    isString(entry.name) &&
    objects(entry.sources, (s) => isString(s.id)) &&
    objects(
      entry.campaigns,
      (c) =>
        isString(c.id) &&
        strings(c.sources) &&
        objects(c.attribution, (a) => isString(a.actor) && strings(a.sources)) &&
        (c.events === undefined || objects(c.events, (e) => strings(e.sources))),
    ) &&
    objects(
      entry.indicators,
      (i) =>
        isString(i.value) &&
        isString(i.kind) &&
        isString(i.role) &&
        isString(i.platform) &&
        isString(i.campaign) &&
        strings(i.sources) &&
        (i.impersonates === undefined || isString(i.impersonates)),
    )
  );
}

/**
 * The stored lists the background merges (`{ version: 1, lists: [...] }`, own-lists-store.ts):
 * switched on, of the stored shape, and with no `bundledConflict`. Lenient: anything else is left
 * out, never thrown; the options page says why.
 */
export function ownListsInUse(raw: unknown, bundled: BundledContext): CustomList[] {
  if (!isPlainObject(raw) || raw.version !== 1 || !Array.isArray(raw.lists)) return [];
  const lookups = lookupsOf(bundled);
  const ids = new Set<string>();
  const lists: CustomList[] = [];
  for (const entry of raw.lists as unknown[]) {
    if (!isPlainObject(entry) || entry.enabled !== true || !storedShape(entry) || ids.has(entry.id as string)) continue;
    const list = entry as unknown as CustomList;
    if (bundledConflict(list, bundled, lookups) !== null) continue;
    ids.add(list.id);
    lists.push({ id: list.id, name: list.name, sources: list.sources, campaigns: list.campaigns, indicators: list.indicators });
  }
  return lists;
}

// ---------------------------------------------------------------------------------------------
// Ids and merging
// ---------------------------------------------------------------------------------------------

/** The merged id of a file's own source or campaign: never equal to a bundled (kebab-case) id. */
export function namespacedId(listId: string, id: string): string {
  return `user:${listId}:${id}`;
}

/**
 * True for a merged id from a person's own list (a source or campaign id made by `namespacedId`):
 * e.g. for a UI that must not link such a campaign to the explorer, which shows Unmask's lists only.
 */
export function isOwnListId(id: string): boolean {
  return id.startsWith('user:');
}

export function indicatorKey(i: Pick<Indicator, 'kind' | 'value'>): string {
  return `${i.kind} ${i.value}`;
}

/**
 * Unmask's index with the person's lists added, for `createEngine`. Pure; the bundled index is not
 * changed (with no lists it is returned as it is).
 *
 * - Sources and the file's own campaigns get namespaced ids (`user:<list>:<id>`), and sources the
 *   list's name, so findings say where they came from; references to Unmask's campaigns stay.
 * - An indicator Unmask's lists (or an earlier custom list) already hold, same kind and value, is
 *   left out: the curated entry and its citation win, and a site is not flagged twice.
 * - Levels follow the bundled rules (the engine applies them; nothing here sets a level).
 */
export function mergeCustomLists(bundled: CompiledLists, lists: readonly CustomList[]): CompiledLists {
  if (lists.length === 0) return bundled;
  const sources = [...bundled.sources];
  const campaigns = [...bundled.campaigns];
  const indicators = [...bundled.indicators];
  const seen = new Set(bundled.indicators.map(indicatorKey));
  for (const list of lists) {
    const sourceId = (id: string) => namespacedId(list.id, id);
    const own = new Set(list.campaigns.map((c) => c.id));
    const campaignId = (id: string) => (own.has(id) ? namespacedId(list.id, id) : id);
    for (const s of list.sources) sources.push({ ...s, id: sourceId(s.id), list: list.name });
    for (const c of list.campaigns) {
      const campaign: Campaign = {
        ...c,
        id: campaignId(c.id),
        attribution: c.attribution.map((a) => ({ ...a, sources: a.sources.map(sourceId) })),
        sources: c.sources.map(sourceId),
      };
      if (c.events !== undefined) campaign.events = c.events.map((e) => ({ ...e, sources: e.sources.map(sourceId) }));
      campaigns.push(campaign);
    }
    for (const i of list.indicators) {
      const key = indicatorKey(i);
      if (seen.has(key)) continue;
      seen.add(key);
      indicators.push({ ...i, campaign: campaignId(i.campaign), sources: i.sources.map(sourceId) });
    }
  }
  return { ...bundled, sources, campaigns, indicators };
}
