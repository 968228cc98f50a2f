/**
 * The on-disk encoding of the compiled index (`public/unmask-index.json`), and its one decoder.
 * Every reader of that file (background, UI pages, CLI, bench, tests) goes through
 * `parseCompiled`; `serializeCompiled` is what `npm run lists` writes. Pure: no I/O.
 *
 * Format 2 (what the compiler writes) is plain JSON with the repeated parts of indicators
 * interned, because per-indicator notes (~250 distinct texts) and source id lists (~90 distinct)
 * were more than half of the 3.2 MB format-1 file, and JSON.parse time follows size:
 *
 *   { "format": 2, "version", "sources", "actors", "campaigns", "outlets", "artifacts",  (as in format 1)
 *     "strings":     [ "...", ... ],       kinds, platforms, roles, campaign ids and notes, each once
 *     "sourceLists": [ ["src-a", "src-b"], ... ],   each distinct `sources` list once
 *     "indicators":  [ row, ... ] }
 *   row = [value, kind, platform, role, campaign, sourceList, note, firstReported?, impersonates?, brands?, status?]
 *     kind, platform, role, campaign, note: indexes into `strings` (note -1 when absent);
 *     sourceList: index into `sourceLists`; the optional tail: null when absent, trailing nulls dropped.
 *
 * Decoding gives exactly the `CompiledLists` of format 1 (types.ts; its `format` stays 1, the
 * shape the engine knows): the same keys in the same order; indicators with the same sources
 * share one frozen `sources` array, so no caller can change one indicator through another.
 *
 * Format 1 (a `CompiledLists` written as plain JSON) is still accepted: the hand-built fixture
 * lists (test/fixtures/engine/lists.json, read by tests and by the CLI through UNMASK_INDEX) stay
 * readable and editable as they are. Any other format is refused with a clear error rather than
 * guessed at: an index the engine misreads would give wrong verdicts silently.
 */
import type { CompiledLists, Indicator } from '../core/types';

export const COMPACT_FORMAT = 2;

type Row = [string, number, number, number, number, number, number, ...unknown[]];

interface CompactIndex {
  format: typeof COMPACT_FORMAT;
  version: string;
  sources: CompiledLists['sources'];
  actors: CompiledLists['actors'];
  campaigns: CompiledLists['campaigns'];
  outlets: CompiledLists['outlets'];
  artifacts: CompiledLists['artifacts'];
  strings: string[];
  sourceLists: string[][];
  indicators: Row[];
}

/** Indicator keys in canonical order (src/lists/format.ts); anything else cannot be encoded. */
const INDICATOR_KEYS = new Set([
  'value',
  'kind',
  'platform',
  'role',
  'campaign',
  'brands',
  'impersonates',
  'firstReported',
  'status',
  'sources',
  'note',
]);

/** Compact JSON in format 2 (no indentation), the bytes `npm run lists` writes. */
export function serializeCompiled(compiled: CompiledLists): string {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const str = (s: string): number => {
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      stringIds.set(s, id);
    }
    return id;
  };
  const sourceLists: string[][] = [];
  const listIds = new Map<string, number>();
  const rows: Row[] = compiled.indicators.map((indicator) => {
    for (const key of Object.keys(indicator)) {
      if (!INDICATOR_KEYS.has(key)) throw new Error(`serializeCompiled: indicator ${indicator.value} has a field the index format does not know: ${key}`);
    }
    const listKey = JSON.stringify(indicator.sources);
    let list = listIds.get(listKey);
    if (list === undefined) {
      list = sourceLists.length;
      sourceLists.push(indicator.sources);
      listIds.set(listKey, list);
    }
    const row: Row = [
      indicator.value,
      str(indicator.kind),
      str(indicator.platform),
      str(indicator.role),
      str(indicator.campaign),
      list,
      indicator.note === undefined ? -1 : str(indicator.note),
      indicator.firstReported ?? null,
      indicator.impersonates ?? null,
      indicator.brands ?? null,
      indicator.status ?? null,
    ];
    while (row.length > 7 && row[row.length - 1] === null) row.pop();
    return row;
  });
  const out: CompactIndex = {
    format: COMPACT_FORMAT,
    version: compiled.version,
    sources: compiled.sources,
    actors: compiled.actors,
    campaigns: compiled.campaigns,
    outlets: compiled.outlets,
    artifacts: compiled.artifacts,
    strings,
    sourceLists,
    indicators: rows,
  };
  return JSON.stringify(out);
}

/** The index from the text of `unmask-index.json` (format 2, or format 1 plain JSON). */
export function parseCompiled(text: string): CompiledLists {
  return decodeCompiled(JSON.parse(text) as unknown);
}

/** The same, for JSON already parsed (e.g. `await response.json()`). */
export function decodeCompiled(data: unknown): CompiledLists {
  const format = data !== null && typeof data === 'object' ? (data as { format?: unknown }).format : undefined;
  if (format === 1) return data as CompiledLists;
  if (format !== COMPACT_FORMAT) {
    throw new Error(
      `unmask index: unsupported format ${JSON.stringify(format) ?? 'undefined'} (this build reads formats 1 and 2; rebuild the index with \`npm run lists\`)`,
    );
  }
  const c = data as CompactIndex;
  if (!Array.isArray(c.indicators) || !Array.isArray(c.strings) || !Array.isArray(c.sourceLists)) {
    throw new Error('unmask index: format 2 without its indicators, strings or sourceLists tables');
  }
  const { strings, sourceLists } = c;
  // Each distinct source list once, frozen and shared by its indicators: no caller can change one
  // indicator through another, and a cold worker does not copy ~8,000 small arrays.
  for (const list of sourceLists) if (Array.isArray(list)) Object.freeze(list);
  const indicators: Indicator[] = new Array<Indicator>(c.indicators.length);
  for (let i = 0; i < c.indicators.length; i++) {
    const row = c.indicators[i] as Row;
    const indicator = {
      value: row[0],
      kind: strings[row[1]],
      platform: strings[row[2]],
      role: strings[row[3]],
      campaign: strings[row[4]],
    } as Indicator;
    const brands = row[9];
    if (brands != null) indicator.brands = brands as string[];
    const impersonates = row[8];
    if (impersonates != null) indicator.impersonates = impersonates as string;
    const firstReported = row[7];
    if (firstReported != null) indicator.firstReported = firstReported as string;
    const status = row[10];
    if (status != null) indicator.status = status as Indicator['status'] & object;
    const list = sourceLists[row[5]];
    if (list === undefined) throw new Error(`unmask index: indicator ${row[0]} refers to a missing source list ${row[5]}`);
    indicator.sources = list;
    if (row[6] >= 0) indicator.note = strings[row[6]] as string;
    indicators[i] = indicator;
  }
  return {
    format: 1,
    version: c.version,
    sources: c.sources,
    actors: c.actors,
    campaigns: c.campaigns,
    indicators,
    outlets: c.outlets,
    artifacts: c.artifacts,
  };
}
