/**
 * What the extension's pages need from the compiled index: campaigns (aliases, attribution,
 * tactics), actors, sources, and the counts behind "what Unmask checked". Built once per page from
 * `/unmask-index.json`; pure, so tests build it from a fixture.
 */
import type { Actor, Campaign, CompiledLists, Source } from '../core/types';

export interface UiLists {
  version: string;
  campaigns: ReadonlyMap<string, Campaign>;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** Campaigns in display order (by name), for the options page. */
  campaignList: readonly Campaign[];
  counts: {
    /** Listed domains and URLs. */
    sites: number;
    /** Listed accounts (handles). */
    accounts: number;
    /** Protected outlets whose lookalikes are checked. */
    outlets: number;
  };
}

/** Accepts only what looks like a compiled index; anything else is treated as "lists unavailable". */
export function isCompiledLists(value: unknown): value is CompiledLists {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === 1 &&
    typeof v.version === 'string' &&
    ['sources', 'actors', 'campaigns', 'indicators', 'outlets'].every((k) => Array.isArray(v[k]))
  );
}

export function indexLists(compiled: CompiledLists): UiLists {
  let sites = 0;
  let accounts = 0;
  for (const indicator of compiled.indicators) {
    if (indicator.kind === 'handle') accounts++;
    else sites++;
  }
  return {
    version: compiled.version,
    campaigns: new Map(compiled.campaigns.map((c) => [c.id, c])),
    actors: new Map(compiled.actors.map((a) => [a.id, a])),
    sources: new Map(compiled.sources.map((s) => [s.id, s])),
    campaignList: [...compiled.campaigns].sort((a, b) => a.name.localeCompare(b.name)),
    counts: { sites, accounts, outlets: compiled.outlets.length },
  };
}
