/**
 * Compiles validated lists into the index the engine, the extension and the CLI load
 * (`public/unmask-index.json`): a `CompiledLists` in memory, written in the compact format 4 of
 * `src/lists/compiled.ts` (notes, kinds, roles, campaign ids and source id lists stored once and
 * referenced by index, indicators as fixed-position arrays in shards). Readers
 * decode it with `parseCompiled` or `readIndex` from that file, never with a bare JSON.parse.
 *
 * Nothing is stripped: every field is something the engine matches on or the UI shows (notes,
 * brands, licences, DISARM names for attribution). What the compiler adds is determinism: entries
 * in canonical form and order, whatever the file order or key order on disk, so that the same
 * lists always give the same bytes (reproducible builds, meaningful diffs of the index).
 */
import type { CompiledLists, ListsData } from '../core/types';
import { canonicalEntries } from './format';
import { serializeCompiled } from './compiled';

/** The bytes written to disk: see src/lists/compiled.ts. */
export { serializeCompiled };

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
