/**
 * The on-disk encoding of the compiled index (`public/unmask-index.json`), and its one decoder.
 * Every reader of that file (background, UI pages, CLI, bench, tests) goes through `readIndex` /
 * `parseCompiled`; `serializeCompiled` is what `npm run lists` writes. Pure: no I/O.
 *
 * Format 4 (what the compiler writes) is one JSON array written one element per line:
 * JSON.stringify never writes a raw newline, so each line, without the `[` that opens the file and
 * the `,` or `]` that ends the line, is a JSON text of its own, and a reader can parse the lines it
 * needs only. (The file as a whole stays valid JSON: browser stores and `web-ext lint` check it.)
 *
 *   [ the head, one line: { "format": 4, "version", "sources", "actors", "campaigns", "artifacts",
 *     "outletDomains": "d1 d2|w1\n...",   per protected outlet, in order, one line of this string:
 *                                          its domains, then after `|` its weak labels (space-separated)
 *     "strings":     [ "...", ... ],       kinds, platforms, roles, campaign ids and notes, each once
 *     "sourceLists": [ ["src-a", "src-b"], ... ],   each distinct `sources` list once
 *     "shards":      16,                   how many lines follow
 *     "order":       "0312...",            one character per indicator, in the compiled order: the
 *                                          section it is in ("0" the head, "1".."9", ":"... the shards)
 *     "indicators":  [ row, ... ] },       the head's own rows
 *     then one line per shard: [ row, ... ],   the rows of one shard
 *     then the protected outlets, whole: [ outlet, ... ] (the last line, ending with `]`) ]
 *   row = [value, kind, platform, role, campaign, sourceList, note, firstReported?, impersonates?, brands?, status?, firstSeen?]
 *     kind, platform, role, campaign, note: indexes into `strings` (note -1 when absent);
 *     sourceList: index into `sourceLists`; the optional tail: null when absent, trailing nulls dropped.
 *
 * Why shards: a cold service worker's first verdict is for one URL, and a URL can only match
 * `domain` and `url` indicators under its own registrable domain (the host index walks a host's
 * parents down to it; URL indicators match the exact URL), and accounts of its own platform. So
 * indicators are split by a hash of a shard key (`indicatorShardKey`: the registrable domain, or
 * `accounts:<platform>`), and `readIndex(text).lists(judgedShardKeys(url))` decodes the head and
 * one or two shards: a fraction of the text to parse and of the indicators to index.
 * What has no key stays in the head (values whose domain cannot be computed): a verdict on a URL
 * from the head plus its shards is the verdict from the whole index (test/unit/lists/shards.test.ts
 * checks this on the real lists). Why interned rows: per-indicator notes and source id lists repeat a
 * few hundred distinct values across thousands of indicators, and parse time follows size.
 *
 * Why the outlets are apart: the lookalike index that every verdict consults needs only their
 * domains and weak labels, which the head carries in one string; their names, countries and
 * sources (most of the index's text) are read only when something needs them: a lookalike hit, a
 * page that claims a name, a listed site that impersonates one, the pages that show them. A cold
 * worker judging an unrelated address never parses them. Decoded outlets are `IndexedOutlet`s:
 * the domains and weak labels their own, every other field read from that line on first access
 * (the same values: test/unit/lists/outlets-line.test.ts).
 *
 * Format 3 (the outlets whole in the head, no outlets line) is still read.
 *
 * Decoding gives exactly the `CompiledLists` of format 1 (types.ts; its `format` stays 1, the
 * shape the engine knows): the same keys in the same order, the indicators in the compiled order
 * (`order`); indicators with the same sources share one frozen `sources` array, so no caller can
 * change one indicator through another.
 *
 * Format 1 (a `CompiledLists` written as plain JSON) is still accepted: the hand-built fixture
 * lists (test/fixtures/engine/lists.json, read by tests and by the CLI through UNMASK_INDEX) stay
 * readable and editable as they are. Any other format is refused with a clear error rather than
 * guessed at: an index the engine misreads would give wrong verdicts silently.
 */
import type { CompiledLists, Indicator, OutletKind, ProtectedOutlet } from '../core/types';
import { normalizeHost, siteDomain } from '../core/hosts';
import { hostOfKey, urlKey } from '../core/detectors/listed-host';
import { accountsKeyOf, parseProfile } from '../core/handles';
import { campaignOutletLabel } from '../core/detectors/successor';
import { slices } from '../core/slices';

export const COMPACT_FORMAT = 4;
/** The earlier layout, still read: the outlets whole in the head. */
const FORMAT_OUTLETS_IN_HEAD = 3;
/** Shards `npm run lists` writes: each a small part of the index. */
export const INDEX_SHARDS = 24;
/** Most shards a head may declare (one character each in `order`, from "1"). */
const MAX_SHARDS = 64;
const ORDER_BASE = 48; // "0"

type Row = [string, number, number, number, number, number, number, ...unknown[]];

interface Head {
  format: typeof COMPACT_FORMAT | typeof FORMAT_OUTLETS_IN_HEAD;
  version: string;
  sources: CompiledLists['sources'];
  actors: CompiledLists['actors'];
  campaigns: CompiledLists['campaigns'];
  /** Format 3 only. */
  outlets?: CompiledLists['outlets'];
  /** Format 4: each outlet's domains and weak labels (see the format above). */
  outletDomains?: string;
  artifacts: CompiledLists['artifacts'];
  campaignLabels?: CompiledLists['campaignLabels'];
  nameLabels?: CompiledLists['nameLabels'];
  strings: string[];
  sourceLists: string[][];
  shards: number;
  order: string;
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
  'firstSeen',
  'status',
  'sources',
  'note',
]);

/**
 * The shard key of an indicator (null: it stays in the head), the same key `judgedShardKeys`
 * (core/engine.ts) gives every URL a verdict on which can match it: a `domain` indicator matches
 * its host and the host's sub-domains, a `url` indicator its exact URL, both under the host's
 * domain given here (hosts.ts `siteDomain`: the registrable domain, or the host itself when it is
 * a public suffix); an account the parser reads matches on its platform's hosts (x.com and
 * twitter.com, hosted sub-domains), under its platform's key; one it cannot read matches as its
 * exact URL, under that URL's host's domain.
 */
export function indicatorShardKey(
  indicator: Pick<Indicator, 'kind' | 'value'> & Partial<Pick<Indicator, 'role'>>,
  campaignLabels?: CompiledLists['campaignLabels'],
): string | null {
  const { kind, value } = indicator;
  if (typeof value !== 'string') return null;
  // Campaign-run outlets stay in the head: a verdict on ANY address may match their names
  // (detectors/successor.ts), so the first engine of a cold worker must hold them all. Except
  // those whose name the successor detector never looks for (a `generic` label, `best`, `news`):
  // only a verdict on their own domain can match them, so they go to that domain's shard.
  if (kind === 'domain' && (indicator.role === 'operated-outlet' || indicator.role === 'impersonation')) {
    const label = campaignOutletLabel(value);
    if (label === null || campaignLabels?.[label] !== 'generic') return null;
  }
  if (kind === 'handle') {
    const profile = parseProfile(value);
    if (profile !== null) return accountsKeyOf(profile.platform);
  }
  let host: string | null = null;
  if (kind === 'domain') {
    host = normalizeHost(value);
  } else if (kind === 'url' || kind === 'handle') {
    const key = urlKey(value);
    if (key !== null) host = hostOfKey(key);
  }
  return host === null ? null : siteDomain(host);
}

/**
 * The shard (1..shards) of a shard key: FNV-1a over its UTF-16 units, the same in the compiler and
 * the worker.
 */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return 1 + ((hash >>> 0) % shards);
}

/** Compact JSON in format 4 (no indentation, one line per part), the bytes `npm run lists` writes. */
export function serializeCompiled(compiled: CompiledLists, shards: number = INDEX_SHARDS): string {
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS) throw new Error(`serializeCompiled: shards must be 1..${MAX_SHARDS}`);
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
  const sections: Row[][] = Array.from({ length: shards + 1 }, () => []);
  let order = '';
  for (const indicator of compiled.indicators) {
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
      indicator.firstSeen ?? null,
    ];
    while (row.length > 7 && row[row.length - 1] === null) row.pop();
    const key = indicatorShardKey(indicator, compiled.campaignLabels);
    const section = key === null ? 0 : shardOf(key, shards);
    sections[section]!.push(row);
    order += String.fromCharCode(ORDER_BASE + section);
  }
  const head: Head = {
    format: COMPACT_FORMAT,
    version: compiled.version,
    sources: compiled.sources,
    actors: compiled.actors,
    campaigns: compiled.campaigns,
    outletDomains: compiled.outlets.map(outletDomainsLine).join('\n'),
    artifacts: compiled.artifacts,
    ...(compiled.campaignLabels !== undefined ? { campaignLabels: compiled.campaignLabels } : {}),
    ...(compiled.nameLabels !== undefined ? { nameLabels: compiled.nameLabels } : {}),
    strings,
    sourceLists,
    shards,
    order,
    indicators: sections[0]!,
  };
  const outlets = compiled.outlets.map((outlet) => (outlet instanceof IndexedOutlet ? outlet.toJSON() : outlet));
  const text = `[${[JSON.stringify(head), ...sections.slice(1).map((rows) => JSON.stringify(rows)), JSON.stringify(outlets)].join(',\n')}]`;
  return asciiJson(text);
}

/**
 * JSON text with every character beyond ASCII written as a `\uXXXX` escape (JSON.parse reads the
 * same strings). The index is ASCII but for a few thousand characters of outlet and campaign
 * names; with none, the browser decodes the file to a one-byte string, which takes less time to
 * decode and to parse than the two-byte string that one Cyrillic letter makes of all of it.
 */
function asciiJson(text: string): string {
  return text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One outlet's line of `outletDomains`: its domains, `|`, its weak labels. */
function outletDomainsLine(outlet: ProtectedOutlet): string {
  const words = [...outlet.domains, ...(outlet.weakLabels ?? [])];
  if (words.some((w) => typeof w !== 'string' || w === '' || /[\s|]/.test(w))) {
    throw new Error(`serializeCompiled: outlet ${outlet.id} has a domain or weak label the index format cannot hold`);
  }
  return `${outlet.domains.join(' ')}|${(outlet.weakLabels ?? []).join(' ')}`;
}

/**
 * A protected outlet of a format-4 index: its domains and weak labels (what the lookalike index
 * reads for every verdict) are its own; every other field comes from the index's outlets line,
 * parsed for all outlets on the first access to any of them. `toJSON` gives the whole record.
 */
export class IndexedOutlet implements ProtectedOutlet {
  readonly domains: string[];
  declare readonly weakLabels?: string[];
  readonly #at: number;
  readonly #records: () => readonly ProtectedOutlet[];

  constructor(domains: string[], weakLabels: string[] | undefined, at: number, records: () => readonly ProtectedOutlet[]) {
    this.domains = domains;
    if (weakLabels !== undefined) (this as { weakLabels?: string[] }).weakLabels = weakLabels;
    this.#at = at;
    this.#records = records;
  }

  #record(): ProtectedOutlet {
    return this.#records()[this.#at]!;
  }

  get id(): string {
    return this.#record().id;
  }

  get name(): string {
    return this.#record().name;
  }

  get names(): string[] {
    return this.#record().names;
  }

  get country(): string {
    return this.#record().country;
  }

  get kind(): OutletKind {
    return this.#record().kind;
  }

  get impersonatedIn(): string[] | undefined {
    return this.#record().impersonatedIn;
  }

  /** The whole record, as the lists hold it (JSON.stringify, a copy for another context). */
  toJSON(): ProtectedOutlet {
    return this.#record();
  }
}

/** A compiled index read from its text: the head parsed, the shards parsed when first needed. */
export interface IndexReader {
  readonly version: string;
  /** True when `lists(keys)` decodes less than the whole (formats 3 and 4). */
  readonly sharded: boolean;
  /**
   * The lists. With no argument: every indicator. Given the shard keys of the URLs to judge
   * (core/engine.ts `judgedShardKeys`): only the indicators a verdict on those URLs from their
   * address can match, plus every other part of the lists (a format-1 index has no shards: every
   * indicator).
   */
  lists(keys?: readonly string[]): CompiledLists;
  /** How many shards the index has (0: none). */
  readonly shards?: number;
  /**
   * `lists()` (every indicator) over several tasks: each shard parsed, then the rows decoded, in
   * slices of a few milliseconds with `pause()` awaited between them (core/slices.ts).
   */
  listsInSteps?(pause: () => Promise<void>): Promise<CompiledLists>;
}

/** Lists held whole (a format-1 index, or lists given in memory): no shards, every indicator. */
export function wholeIndex(lists: CompiledLists): IndexReader {
  return { version: lists.version, sharded: false, lists: () => lists };
}

/** The index from the text of `unmask-index.json` (format 4 or 3, or format 1 plain JSON): every indicator. */
export function parseCompiled(text: string): CompiledLists {
  return readIndex(text).lists();
}

/**
 * Reads the head of an index (format 4 or 3), or the whole of a format-1 index; refuses anything else
 * with a clear error. A malformed shard is refused when it is first read.
 */
export function readIndex(text: string): IndexReader {
  if (typeof text !== 'string') throw new Error('unmask index: not text');
  // Formats 3 and 4 as `serializeCompiled` writes them: `[` and the head make the first line.
  // Anything else is read as one JSON text (format 1 may be pretty-printed).
  const lined = text.startsWith(`[{"format":${COMPACT_FORMAT},`) || text.startsWith(`[{"format":${FORMAT_OUTLETS_IN_HEAD},`);
  const newline = lined ? text.indexOf('\n') : -1;
  const data: unknown = JSON.parse(newline < 0 ? text : lineText(text, 1, newline, ','));
  const format = data !== null && typeof data === 'object' ? (data as { format?: unknown }).format : undefined;
  if (format === 1) return wholeIndex(data as CompiledLists);
  if (format !== COMPACT_FORMAT && format !== FORMAT_OUTLETS_IN_HEAD) {
    throw new Error(
      `unmask index: unsupported format ${JSON.stringify(format) ?? 'undefined'} (this build reads formats 1, 3 and 4; rebuild the index with \`npm run lists\`)`,
    );
  }
  const head = data as Head;
  if (!Array.isArray(head.indicators) || !Array.isArray(head.strings) || !Array.isArray(head.sourceLists) || typeof head.order !== 'string') {
    throw new Error(`unmask index: format ${format} without its indicators, strings, sourceLists or order`);
  }
  const outletsLine = format === COMPACT_FORMAT;
  if (outletsLine ? typeof head.outletDomains !== 'string' : !Array.isArray(head.outlets)) {
    throw new Error(`unmask index: format ${format} without its ${outletsLine ? 'outletDomains' : 'outlets'}`);
  }
  const shards = head.shards;
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS) throw new Error(`unmask index: format ${format} with ${JSON.stringify(shards)} shards (1..${MAX_SHARDS})`);
  // Where each shard's line (and the outlets' line) starts and ends (one indexOf per line: no
  // copy, no parse).
  const lines = shards + (outletsLine ? 1 : 0);
  const bounds: [number, number][] = [];
  for (let at = newline; bounds.length < lines; ) {
    if (at < 0) throw new Error(`unmask index: format ${format} with ${shards} shards but ${bounds.length} lines after the head`);
    const next = text.indexOf('\n', at + 1);
    bounds.push([at + 1, next < 0 ? text.length : next]);
    at = next;
  }
  const lastEnd = bounds[bounds.length - 1]![1];
  if (lastEnd !== text.length && text.slice(lastEnd).trim() !== '') throw new Error(`unmask index: format ${format} with more than ${lines} lines after the head`);
  const parsed: Row[][] = [head.indicators];
  const rowsOf = (section: number): Row[] => {
    let rows = parsed[section];
    if (rows === undefined) {
      const [from, to] = bounds[section - 1]!;
      const value: unknown = JSON.parse(lineText(text, from, to, section === lines ? ']' : ','));
      if (!Array.isArray(value)) throw new Error(`unmask index: shard ${section} is not a list of rows`);
      rows = parsed[section] = value as Row[];
    }
    return rows;
  };
  // Format 4: the outlets from their line, decoded once for every `lists()` of this reader.
  let outlets: ProtectedOutlet[];
  if (outletsLine) {
    const [from, to] = bounds[lines - 1]!;
    let last = to - 1;
    while (last > from && (text.charCodeAt(last) === 13 || text.charCodeAt(last) === 32)) last--;
    // The outlets' list, then the file's `]`: checked now, parsed on first need.
    if (text[last] !== ']' || text[last - 1] !== ']') throw new Error('unmask index: the outlets line does not end the file');
    let records: ProtectedOutlet[] | null = null;
    const domainLines = head.outletDomains === '' ? [] : head.outletDomains!.split('\n');
    const readRecords = (): readonly ProtectedOutlet[] => {
      if (records !== null) return records;
      const value: unknown = JSON.parse(lineText(text, from, to, ']'));
      if (!Array.isArray(value) || value.length !== domainLines.length) throw new Error('unmask index: the outlets line does not match outletDomains');
      records = value as ProtectedOutlet[];
      return records;
    };
    outlets = domainLines.map((line, at) => {
      const bar = line.indexOf('|');
      if (bar < 0) throw new Error(`unmask index: outletDomains line ${at + 1} has no "|"`);
      const weak = bar === line.length - 1 ? undefined : line.slice(bar + 1).split(' ');
      return new IndexedOutlet(line.slice(0, bar).split(' '), weak, at, readRecords);
    });
  } else {
    outlets = head.outlets!;
  }
  // Each distinct source list once, frozen and shared by its indicators: no caller can change one
  // indicator through another, and a cold worker does not copy thousands of small arrays.
  for (const list of head.sourceLists) if (Array.isArray(list)) Object.freeze(list);
  return {
    version: head.version,
    sharded: true,
    shards,
    lists(keys) {
      const wanted = new Array<boolean>(shards + 1).fill(keys === undefined);
      wanted[0] = true;
      if (keys !== undefined) for (const key of keys) if (typeof key === 'string') wanted[shardOf(key, shards)] = true;
      return finished(decode(head, outlets, wanted, rowsOf));
    },
    async listsInSteps(pause) {
      for (let section = 1; section <= shards; section++) {
        await pause();
        rowsOf(section);
      }
      await pause();
      const slice = slices(pause);
      const steps = decode(head, outlets, new Array<boolean>(shards + 1).fill(true), rowsOf);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done === true) return step.value;
        await slice.maybePause();
      }
    },
  };
}

/** The outcome of a generator run to its end at once. */
function finished<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}

/** Rows decoded between two chances to pause (`listsInSteps`). */
const DECODE_BATCH = 256;

/** A line of a format-3 file without the character that must end it (`,` or the closing `]`). */
function lineText(text: string, from: number, to: number, end: ',' | ']'): string {
  let last = to - 1;
  while (last > from && (text.charCodeAt(last) === 13 || text.charCodeAt(last) === 32)) last--;
  if (text[last] !== end) throw new Error(`unmask index: a line of the index does not end with "${end}"`);
  return text.slice(from, last);
}

/** Decodes the wanted sections' rows; yields every `DECODE_BATCH` rows, so that a caller may pause there. */
function* decode(head: Head, outlets: ProtectedOutlet[], wanted: boolean[], rowsOf: (section: number) => Row[]): Generator<void, CompiledLists> {
  const { strings, sourceLists, order } = head;
  const sections: (Row[] | null)[] = wanted.map((w, section) => (w ? rowsOf(section) : null));
  const next = new Array<number>(wanted.length).fill(0);
  const indicators: Indicator[] = [];
  for (let i = 0; i < order.length; i++) {
    const section = order.charCodeAt(i) - ORDER_BASE;
    if (!(section >= 0 && section < wanted.length)) throw new Error(`unmask index: order names a section ${section} that does not exist`);
    const rows = sections[section];
    if (rows === null || rows === undefined) continue;
    const row = rows[next[section]!++];
    if (!Array.isArray(row)) throw new Error(`unmask index: section ${section} has fewer rows than its order says`);
    indicators.push(decodeRow(row as Row, strings, sourceLists));
    if (indicators.length % DECODE_BATCH === 0) yield;
  }
  sections.forEach((rows, section) => {
    if (rows && rows.length !== next[section]) throw new Error(`unmask index: section ${section} has ${rows.length} rows, its order says ${next[section]}`);
  });
  return {
    format: 1,
    version: head.version,
    sources: head.sources,
    actors: head.actors,
    campaigns: head.campaigns,
    indicators,
    outlets,
    artifacts: head.artifacts,
    ...(head.campaignLabels !== undefined && typeof head.campaignLabels === 'object' ? { campaignLabels: head.campaignLabels } : {}),
    // Checked where it is used (buildLookalikeIndex recomputes labels that do not fit the outlets).
    ...(Array.isArray(head.nameLabels) ? { nameLabels: head.nameLabels } : {}),
  };
}

function decodeRow(row: Row, strings: readonly string[], sourceLists: readonly string[][]): Indicator {
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
  const firstSeen = row[11];
  if (firstSeen != null) indicator.firstSeen = firstSeen as string;
  const status = row[10];
  if (status != null) indicator.status = status as Indicator['status'] & object;
  const list = sourceLists[row[5]];
  if (list === undefined) throw new Error(`unmask index: indicator ${row[0]} refers to a missing source list ${row[5]}`);
  indicator.sources = list;
  if (row[6] >= 0) indicator.note = strings[row[6]] as string;
  return indicator;
}
