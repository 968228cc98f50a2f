/**
 * Compiles validated lists into the index the engine, the extension and the CLI load
 * (`public/unmask-index.json`, a `CompiledLists`).
 *
 * Nothing is stripped: every field is something the engine matches on or the UI shows (notes,
 * brands, licences, DISARM names for attribution). What the compiler adds is determinism: entries
 * in canonical form and order, whatever the file order or key order on disk, so that the same
 * lists always give the same bytes (reproducible builds, meaningful diffs of the index).
 */
import type { CompiledLists, ListsData } from '../core/types';
import { canonicalEntries } from './format';

export function compileLists(data: ListsData, version: string): CompiledLists {
  return {
    format: 1,
    version,
    sources: canonicalEntries(`sources`, data.sources),
    actors: canonicalEntries('actors', data.actors),
    campaigns: canonicalEntries('campaigns', data.campaigns),
    indicators: canonicalEntries('indicators', data.indicators),
    outlets: canonicalEntries('outlets', data.outlets),
    artifacts: canonicalEntries('artifacts', data.artifacts),
  };
}

/** Compact JSON (no indentation), the bytes written to disk. */
export function serializeCompiled(compiled: CompiledLists): string {
  return JSON.stringify(compiled);
}

/** Counts for the one-line summary and the changelog. */
export function countLists(data: ListsData): Record<keyof ListsData, number> {
  return {
    sources: data.sources.length,
    actors: data.actors.length,
    campaigns: data.campaigns.length,
    indicators: data.indicators.length,
    outlets: data.outlets.length,
    artifacts: data.artifacts.length,
  };
}

/** Indicator counts by a field (campaign, role, kind), largest first, for summaries. */
export function countBy(data: ListsData, key: 'campaign' | 'role' | 'kind' | 'platform'): [string, number][] {
  const counts = new Map<string, number>();
  for (const indicator of data.indicators) counts.set(indicator[key], (counts.get(indicator[key]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
