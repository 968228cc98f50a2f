/**
 * A person's own indicator lists ("custom lists"): reading and checking one imported file, in the
 * options page (the merge into the engine's index, and what the background checks again of a
 * stored list, are own-lists.ts, which the background loads instead of this module). Pure
 * TypeScript: no browser APIs, no I/O.
 *
 * Journalists and researchers get indicators from a new report before Unmask's lists are updated.
 * Their file uses exactly the bundled list format (src/core/types.ts, src/lists/schema.ts; see
 * docs/custom-lists.md):
 *
 *   { "unmask": "custom-list", "version": 1, "name": "…",
 *     "sources": [Source…], "campaigns"?: [Campaign…], "indicators": [Indicator…] }
 *
 * and gets exactly the bundled lists' checks (`validateEntries` of validate.ts, no rule copied):
 * schema, unknown keys, enumerations, real dates, https sources, references, normalised hosts, no
 * public suffix, never a whole platform, never an official domain of a protected outlet, duplicates
 * and contradictions, unused sources. Indicators may cite Unmask's campaigns (`doppelganger`) or
 * the file's own; sources are the file's own. Hostile input (huge, deep, `__proto__`, not JSON,
 * wrong types) is refused with a message naming the place, never a throw.
 *
 * Ids cannot collide with Unmask's: when merged, the file's source and campaign ids become
 * `user:<list id>:<id>` (a colon never appears in a bundled kebab-case id), and each source carries
 * the list's name (`Source.list`), so every finding from it says "From your list “NAME”".
 */
import type { Campaign, CompiledLists, Indicator, Source } from '../core/types';
import { canonicalEntries } from './format';
import { ID_PATTERN } from './primitives';
import { indicatorKey, type BundledContext, type CustomListData } from './own-lists';
import { isPlainObject, typeName, validateEntries, type EntriesContext, type RefKind } from './validate';

export {
  bundledContext,
  isOwnListId,
  mergeCustomLists,
  namespacedId,
  type BundledContext,
  type CustomList,
  type CustomListData,
} from './own-lists';

/** The value of `"unmask"` that marks a file as a custom list (a settings file has none). */
export const CUSTOM_LIST_MARK = 'custom-list';
export const CUSTOM_LIST_VERSION = 1;

/** Limits (a list is data a person chose to import, but the file may come from anyone). */
export const CUSTOM_LIMITS = {
  /** Characters of the file's text (about 2 MB); a real report's IOC list is far smaller. */
  textChars: 2_000_000,
  indicators: 10_000,
  sources: 500,
  campaigns: 100,
  /** The list's name, as shown in every finding from it. */
  nameChars: 80,
  /** Nesting of arrays and objects; the format itself needs 5. */
  depth: 12,
  /** Problems shown for a refused file (the rest are counted). */
  problemsShown: 10,
} as const;

export type CustomListResult =
  | { ok: true; list: CustomListData }
  | {
      ok: false;
      /** One sentence: what is wrong, or how many problems there are. */
      error: string;
      /** The first problems, each naming its place (`indicators[3]: …`). */
      problems: string[];
    };

const TOP_KEYS = ['unmask', 'version', 'name', 'sources', 'campaigns', 'indicators'] as const;
/** Keys that mean something to JavaScript objects; never data in a list. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function refused(problems: string[], total = problems.length): CustomListResult {
  const shown = problems.slice(0, CUSTOM_LIMITS.problemsShown);
  if (total > shown.length) shown.push(`… and ${total - shown.length} more`);
  const first = problems[0] ?? '';
  const error =
    total === 1
      ? `This list was not imported: ${first}${/[.!?]$/.test(first) ? '' : '.'}`
      : `This list was not imported: ${total} problems, listed below. Fix them and import it again.`;
  return { ok: false, error, problems: shown };
}

/**
 * Reads the text of an imported file. A leading byte-order mark (Windows editors write one) is
 * allowed, as JSON (RFC 8259) lets parsers do; anything else that is not JSON is refused.
 */
export function parseCustomListText(text: string, bundled: BundledContext, now: Date = new Date()): CustomListResult {
  if (typeof text !== 'string') return refused(['the file could not be read as text']);
  if (text.length > CUSTOM_LIMITS.textChars) {
    return refused([
      `the file is too large (${Math.round(text.length / 1000).toLocaleString('en')} kB; at most ${CUSTOM_LIMITS.textChars / 1_000_000} MB): split it into several lists`,
    ]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refused(['the file is empty']);
  // Depth before parsing: a file of a million "[" is refused without building it.
  const depth = textDepth(body);
  if (depth > CUSTOM_LIMITS.depth) {
    return refused([`the file is nested ${depth > 1000 ? 'more than 1,000' : depth} levels deep; a custom list needs at most ${CUSTOM_LIMITS.depth}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return refused([`the file is not valid JSON (${why.slice(0, 160)})`]);
  }
  return parseCustomList(data, bundled, now);
}

/** The deepest nesting of `[`/`{` outside strings (stops counting past 1,001). */
function textDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
      if (max > 1000) return max;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/**
 * Forbidden keys and nesting, anywhere in the value (iteratively: a deep value cannot overflow the
 * stack). Returns the problems with their paths.
 */
function structureProblems(value: unknown): string[] {
  const problems: string[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && problems.length < CUSTOM_LIMITS.problemsShown) {
    const { value: v, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof v !== 'object' || v === null) continue;
    if (++visited > 2_000_000) {
      problems.push('the file holds too many values');
      break;
    }
    if (depth >= CUSTOM_LIMITS.depth) {
      problems.push(`${path || 'the file'}: nested deeper than ${CUSTOM_LIMITS.depth} levels`);
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const at = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(`${at}: the key "${key}" is not allowed in a list`);
        continue;
      }
      stack.push({ value: (v as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return problems;
}

/** Checks an already-parsed value (the text reader's second half). Never throws. */
export function parseCustomList(data: unknown, bundled: BundledContext, now: Date = new Date()): CustomListResult {
  try {
    return check(data, bundled, now);
  } catch (error) {
    // Not expected (every check is total); a bug here must refuse the file, not break the page.
    return refused([`the file could not be checked (${error instanceof Error ? error.message : String(error)})`]);
  }
}

function check(data: unknown, bundled: BundledContext, now: Date): CustomListResult {
  if (!isPlainObject(data)) {
    return refused([`a custom list is a JSON object with "unmask": "${CUSTOM_LIST_MARK}", not ${typeName(data)} (see docs/custom-lists.md)`]);
  }
  const structure = structureProblems(data);
  if (structure.length > 0) return refused(structure);

  const problems: string[] = [];
  if (data.unmask !== CUSTOM_LIST_MARK) {
    return refused([
      data.unmask === undefined
        ? `this is not an Unmask custom list: it has no "unmask": "${CUSTOM_LIST_MARK}" (a settings file is imported under "Import and export")`
        : `"unmask" must be "${CUSTOM_LIST_MARK}", not ${JSON.stringify(data.unmask)?.slice(0, 60)}`,
    ]);
  }
  for (const key of Object.keys(data)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) {
      problems.push(`unknown field "${key.slice(0, 60)}": a custom list has ${TOP_KEYS.map((k) => `"${k}"`).join(', ')}`);
    }
  }
  if (data.version !== CUSTOM_LIST_VERSION) {
    problems.push(`"version" must be ${CUSTOM_LIST_VERSION} (this version of Unmask reads custom lists of version ${CUSTOM_LIST_VERSION}), not ${JSON.stringify(data.version)?.slice(0, 40) ?? 'missing'}`);
  }
  const name = data.name;
  if (typeof name !== 'string' || name.trim() === '') {
    problems.push('"name" must be the list\'s name, a non-empty string (findings from it say "From your list “NAME”")');
  } else if (name.length > CUSTOM_LIMITS.nameChars) {
    problems.push(`"name" is ${name.length} characters long; at most ${CUSTOM_LIMITS.nameChars}`);
  } else if (name.trim() !== name) {
    problems.push('"name" has leading or trailing whitespace');
    // eslint-disable-next-line no-control-regex
  } else if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name)) {
    problems.push('"name" contains control characters or line breaks');
  }
  const arrays: [key: 'sources' | 'campaigns' | 'indicators', limit: number, required: boolean][] = [
    ['sources', CUSTOM_LIMITS.sources, true],
    ['campaigns', CUSTOM_LIMITS.campaigns, false],
    ['indicators', CUSTOM_LIMITS.indicators, true],
  ];
  for (const [key, limit, required] of arrays) {
    const value = data[key];
    if (value === undefined) {
      if (required) problems.push(`missing "${key}": ${key === 'sources' ? 'every indicator cites a source defined in the file' : 'a list holds at least one indicator'}`);
      continue;
    }
    if (!Array.isArray(value)) problems.push(`"${key}" must be an array, not ${typeName(value)}`);
    else if (value.length > limit) problems.push(`"${key}" has ${value.length.toLocaleString('en')} entries; a custom list holds at most ${limit.toLocaleString('en')}: split it`);
    else if (required && value.length === 0) problems.push(`"${key}" is empty`);
  }
  if (problems.length > 0) return refused(problems);

  const sources = data.sources as unknown[];
  const campaigns = (data.campaigns ?? []) as unknown[];
  const indicators = data.indicators as unknown[];

  // A campaign of the file must not take the id of one of Unmask's: an indicator citing
  // `doppelganger` must mean Unmask's Doppelganger, and nobody can redefine it.
  campaigns.forEach((campaign, i) => {
    if (isPlainObject(campaign) && typeof campaign.id === 'string' && bundled.campaigns.has(campaign.id)) {
      problems.push(
        `campaigns[${i}].id: "${campaign.id}" is a campaign in Unmask's lists: cite it from your indicators without defining it here, or give yours another id`,
      );
    }
  });

  const label = (kind: string) => (_entry: unknown, index: number) => `${kind}[${index}]`;
  const context: EntriesContext = {
    now,
    external: { campaigns: bundled.campaigns, actors: bundled.actors, outlets: bundled.outlets },
    where: (place) => (place.file === 'bundled' || place.file === 'protected-outlets.json' ? `Unmask's lists (${place.entry})` : place.entry),
    missingRef: (kind: RefKind) => MISSING_REF[kind],
  };
  const result = validateEntries(
    [
      { kind: 'sources', file: 'sources', entries: sources, label: label('sources') },
      { kind: 'campaigns', file: 'campaigns', entries: campaigns, label: label('campaigns') },
      { kind: 'indicators', file: 'indicators', entries: indicators, label: label('indicators') },
    ],
    context,
  );
  const found = result.problems.map((p) => (p.entry === undefined ? p.message : `${p.entry}: ${p.message}`));
  // In file order (sources, campaigns, indicators, each by position): the checks run by kind of
  // rule, but a person fixes a file from the top.
  problems.push(...found.map((text, i) => ({ text, i })).sort((a, b) => placeOrder(a.text) - placeOrder(b.text) || a.i - b.i).map((p) => p.text));
  if (problems.length > 0) return refused(problems);

  return {
    ok: true,
    list: {
      name: name as string,
      sources: canonicalEntries<Source>('sources', sources),
      campaigns: canonicalEntries<Campaign>('campaigns', campaigns),
      indicators: canonicalEntries<Indicator>('indicators', indicators),
    },
  };
}

const KIND_ORDER: Record<string, number> = { sources: 0, campaigns: 1, indicators: 2 };

/** A sort key for a problem from the place it starts with (`indicators[3]: …`). */
function placeOrder(problem: string): number {
  const m = /^(sources|campaigns|indicators)\[(\d+)\]/.exec(problem);
  return m === null ? -1 : (KIND_ORDER[m[1] as string] as number) * 1_000_000 + Number(m[2]);
}

const MISSING_REF: Record<RefKind, string> = {
  source: `not a source of this file: define it in "sources"`,
  campaign: `neither a campaign of this file nor one of Unmask's lists`,
  actor: `not an actor in Unmask's lists`,
  outlet: `not a protected outlet in Unmask's lists`,
};

// ---------------------------------------------------------------------------------------------
// Ids and merging
// ---------------------------------------------------------------------------------------------

/** A kebab-case id from a list's name ("Meta Q3 2026 report" -> `meta-q3-2026-report`). */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug !== '' && ID_PATTERN.test(slug) ? slug : 'list';
}

/** `slugOf(name)`, made unique among `taken` with `-2`, `-3`, ... */
export function uniqueListId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugOf(name);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** How many of a list's indicators are already in Unmask's lists (shown next to the list). */
export function alreadyBundled(bundled: CompiledLists, list: CustomListData): number {
  const keys = new Set(bundled.indicators.map(indicatorKey));
  return list.indicators.filter((i) => keys.has(indicatorKey(i))).length;
}
