/**
 * The checks that treat `lists/` like code. Pure: it works on file names and
 * their parsed contents (or text), so tests can feed it small in-memory trees.
 *
 * Every problem names the file and the entry (its id, or for an indicator its value) and says what
 * to do, because the reader is a list maintainer looking at a failed build.
 *
 * Order of checks: files and shapes, the schema of each entry, ids, references, then the rules that
 * protect users from a false accusation (normalised hosts, public suffixes, protected outlets,
 * placed articles, duplicates and contradictions), then unused sources, then formatting.
 */
import type {
  Actor,
  Campaign,
  Indicator,
  ListsData,
  ProtectedOutlet,
  Source,
  TextArtifact,
} from '../core/types';
import { CAMPAIGN_I18N_DIR, CAMPAIGN_LANGUAGES, checkCampaignTranslations } from './campaign-i18n';
import { checkNoteTranslations, englishNotes } from './note-i18n';
import { hostCandidates, hostOfUrl, isPublicSuffix, normalizeHost, registrableDomain } from '../core/hosts';
import { firstDifferentLine, formatList } from './format';
import { checkHandle, platformSiteProblem } from './handles';
import { citationProblems } from './citations';
import { isPlainObject } from './primitives';

export { isPlainObject };
import {
  FIELDS_BY_KIND,
  FIXED_FILES,
  ID_PATTERN,
  INDICATORS_DIR,
  NON_LIST_FILES,
  PLATFORMS,
  ROLE_VALUES,
  listKindOf,
  type Field,
  type FieldType,
  type ListKind,
  type StringFormat,
} from './schema';

export interface ListFileInput {
  /** Path relative to `lists/`, with `/` separators: `sources.json`, `indicators/doppelganger.json`. */
  name: string;
  /** The file's text; parsed when `data` is not given, and checked for canonical formatting. */
  text?: string;
  /** The parsed JSON, when the caller already has it. */
  data?: unknown;
}

export interface Problem {
  /** Path relative to `lists/`. */
  file: string;
  /** The entry's id, or an indicator's value; absent for problems with the whole file. */
  entry?: string;
  message: string;
}

export interface ValidateOptions {
  /** "Today", for the not-in-the-future date check; defaults to the current date. */
  now?: Date;
  /** Check that each file with `text` is canonically formatted (default true). */
  checkFormat?: boolean;
}

export interface ValidationResult {
  problems: Problem[];
  /** The entries that were objects, whether or not they passed (compile only when no problems). */
  lists: ListsData;
}

/** `lists/<file>: <entry>: <message>`, the line a maintainer sees. */
export function formatProblem(p: Problem): string {
  return p.entry === undefined ? `lists/${p.file}: ${p.message}` : `lists/${p.file}: ${p.entry}: ${p.message}`;
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** How a value's type reads in a message: "an array", "null", "a string". */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(key: string, known: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = levenshtein(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  if (best !== null && bestDistance <= Math.max(2, Math.floor(key.length / 3))) return ` (did you mean "${best}"?)`;
  // Abbreviations (`langs` for `languages`, `desc` for `description`).
  const prefix = key.length >= 3 ? known.find((k) => k.toLowerCase().startsWith(key.toLowerCase().replace(/s$/, ''))) : undefined;
  return prefix !== undefined ? ` (did you mean "${prefix}"?)` : '';
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Null when the date is a real YYYY, YYYY-MM or YYYY-MM-DD date not after `now`; else why not. */
export function dateProblem(value: string, now: Date): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return 'is not a date: write YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < 1900) return 'is not a real date (year before 1900)';
  if (month !== null && (month < 1 || month > 12)) return 'is not a real date (no such month)';
  if (month !== null && day !== null) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
    if (day < 1 || day > max) return 'is not a real date (no such day in that month)';
  }
  const today = now.toISOString().slice(0, 10);
  if (value > today.slice(0, value.length)) return `is in the future (today is ${today})`;
  return null;
}

const COUNTRY = /^[A-Z]{2}$/;
const DISARM = /^T\d{4}(?:\.\d{3})?$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** What is wrong with a host written in a list, as a maintainer would fix it; null when fine. */
export function hostSpellingProblem(value: string): string | null {
  if (value.includes('://')) {
    const host = hostOfUrl(value);
    return `must be a bare host without a scheme${host ? `: write "${host}"` : ''}`;
  }
  if (/[/?#]/.test(value)) {
    const host = normalizeHost(value.split(/[/?#]/)[0] ?? '');
    return `must be a bare host without a path${host ? `: write "${host}"` : ''}`;
  }
  const host = normalizeHost(value);
  if (host === null) return 'is not a valid host name';
  if (host === value) return null;
  const why: string[] = [];
  if (/^www\./i.test(value)) why.push('starts with "www."');
  if (/[A-Z]/.test(value)) why.push('has upper-case letters');
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(value)) why.push('is not punycode');
  if (value.endsWith('.')) why.push('ends with a dot');
  if (value.trim() !== value) why.push('has surrounding spaces');
  return `is not normalised${why.length ? ` (${why.join(', ')})` : ''}: write "${host}"`;
}

// ---------------------------------------------------------------------------------------------
// The validator
// ---------------------------------------------------------------------------------------------

export type RefKind = 'source' | 'actor' | 'campaign' | 'outlet';
interface Ref {
  kind: RefKind;
  id: string;
  file: string;
  entry: string;
  path: string;
}

interface Place {
  file: string;
  entry: string;
}

const REF_FILES: Record<RefKind, string> = {
  source: FIXED_FILES.sources,
  actor: FIXED_FILES.actors,
  campaign: FIXED_FILES.campaigns,
  outlet: FIXED_FILES.outlets,
};

const LIST_KEY: Record<ListKind, keyof ListsData> = {
  sources: 'sources',
  actors: 'actors',
  campaigns: 'campaigns',
  outlets: 'outlets',
  artifacts: 'artifacts',
  indicators: 'indicators',
};

/**
 * How the checks of entries name places outside the entry they are about. The bundled lists use
 * the defaults (`lists/<file>`); a person's own list (src/lists/custom.ts) names its entries by
 * position and resolves references to Unmask's campaigns, actors and outlets as well as its own.
 */
export interface EntriesContext {
  /** "Today", for the not-in-the-future date check. */
  now: Date;
  /**
   * Defined outside these entries and citable by them: campaign, actor and outlet ids, and the
   * protected outlets whose official domains no indicator may name (their own checks ran where they
   * were defined).
   */
  external?: { campaigns?: Iterable<string>; actors?: Iterable<string>; outlets?: readonly ProtectedOutlet[] };
  /** How a message names another entry's place; `lists/<file>` by default. */
  where?: (place: { file: string; entry: string }) => string;
  /** Says where an unknown reference was looked for; `not in lists/<file>` by default. */
  missingRef?: (kind: RefKind) => string;
}

/** One kind of entries, as parsed (anything), with the file name problems name. */
export interface EntryGroup {
  kind: ListKind;
  file: string;
  entries: readonly unknown[];
  /** How problems name an entry; by default its id (an indicator's value) or `entry #N`. */
  label?: (entry: unknown, index: number) => string;
}

/**
 * The checks of `validateLists` after the files are read: each entry against the schema, unique
 * ids, references, the protections against a false accusation (normalised hosts, public suffixes,
 * whole platforms, official domains of protected outlets, placed articles), duplicates and
 * contradictions, unused sources. Problems come in the order of the checks, not sorted.
 */
export function validateEntries(groups: readonly EntryGroup[], context: EntriesContext): ValidationResult {
  const state = newState(context.now);
  for (const group of groups) {
    group.entries.forEach((entry, index) => {
      const label = group.label ? group.label(entry, index) : entryLabel(group.kind, entry, index);
      addEntry(state, group.kind, group.file, label, entry);
    });
  }
  crossCheck(state, context);
  return { problems: state.problems, lists: state.lists };
}

interface State {
  now: Date;
  problems: Problem[];
  add: Add;
  lists: ListsData;
  refs: Ref[];
  /** Where each entry of each kind came from, parallel to `lists[kind]`. */
  places: Record<ListKind, Place[]>;
}

function newState(now: Date): State {
  const problems: Problem[] = [];
  return {
    now,
    problems,
    add: (file, entry, message) => {
      problems.push(entry === undefined ? { file, message } : { file, entry, message });
    },
    lists: { sources: [], actors: [], campaigns: [], indicators: [], outlets: [], artifacts: [] },
    refs: [],
    places: { sources: [], actors: [], campaigns: [], outlets: [], artifacts: [], indicators: [] },
  };
}

/** Checks one entry against its schema and keeps it (when it is an object) for the cross-checks. */
function addEntry(state: State, kind: ListKind, file: string, label: string, entry: unknown): entry is Record<string, unknown> {
  if (!isPlainObject(entry)) {
    state.add(file, label, `must be an object, not ${typeName(entry)}`);
    return false;
  }
  checkObject(FIELDS_BY_KIND[kind], entry, '', file, label, state.add, state.refs, state.now);
  (state.lists[LIST_KEY[kind]] as unknown[]).push(entry);
  state.places[kind].push({ file, entry: label });
  return true;
}

export function validateLists(files: readonly ListFileInput[], options: ValidateOptions = {}): ValidationResult {
  const now = options.now ?? new Date();
  const checkFormat = options.checkFormat ?? true;
  const state = newState(now);
  const { problems, add } = state;
  /** Indicator files and the campaign their name declares. */
  const indicatorFiles: { file: string; campaign: string }[] = [];
  /** Formatting comes last in each file's problems: fix the content first, then format. */
  const formatProblems: Problem[] = [];

  // --- Files and schema -----------------------------------------------------------------------
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seenNames = new Set(sorted.map((f) => f.name));
  for (const [kind, name] of Object.entries(FIXED_FILES)) {
    if (!seenNames.has(name)) add(name, undefined, `missing: lists/ must hold ${name} (the ${kind}); an empty list is []`);
  }

  /** Campaign translations (lists/i18n/), checked once the campaigns are known. */
  const translationFiles: ListFileInput[] = [];
  for (const file of sorted) {
    if (NON_LIST_FILES.includes(file.name)) continue;
    if (file.name.startsWith(`${CAMPAIGN_I18N_DIR}/`)) {
      translationFiles.push(file);
      continue;
    }
    const which = listKindOf(file.name);
    if (which === null) {
      add(
        file.name,
        undefined,
        `not a list file: lists/ holds ${Object.values(FIXED_FILES).join(', ')} and ${INDICATORS_DIR}/<campaign-id>.json`,
      );
      continue;
    }
    if (which.campaign !== undefined) {
      if (!ID_PATTERN.test(which.campaign)) {
        add(file.name, undefined, `file name must be <campaign-id>.json with a kebab-case campaign id`);
      }
      indicatorFiles.push({ file: file.name, campaign: which.campaign });
    }
    let data = file.data;
    if (data === undefined) {
      if (file.text === undefined) {
        add(file.name, undefined, 'no content given');
        continue;
      }
      try {
        data = JSON.parse(file.text);
      } catch (err) {
        add(file.name, undefined, `not valid JSON: ${(err as Error).message}`);
        continue;
      }
    }
    if (!Array.isArray(data)) {
      add(file.name, undefined, `must be a JSON array of entries, not ${typeName(data)}`);
      continue;
    }
    data.forEach((entry: unknown, index) => {
      const label = entryLabel(which.kind, entry, index);
      if (!addEntry(state, which.kind, file.name, label, entry)) return;
      if (which.campaign !== undefined && typeof entry.campaign === 'string' && entry.campaign !== which.campaign) {
        add(
          file.name,
          label,
          `campaign "${entry.campaign}" does not match the file's campaign "${which.campaign}": move the entry to lists/${INDICATORS_DIR}/${entry.campaign}.json or fix its campaign`,
        );
      }
    });
    if (checkFormat && file.text !== undefined) {
      const canonical = formatList(which.kind, data);
      const line = firstDifferentLine(file.text, canonical);
      if (line !== null) {
        formatProblems.push({
          file: file.name,
          message: `not in canonical format (first difference at line ${line}): run \`npm run lists:format\``,
        });
      }
    }
  }

  const ids = crossCheck(state, { now });

  // --- Citation health (bundled lists only) ------------------------------------------------------
  // A person's own list may cite what it likes; a bundled citation must be followable and fixed.
  state.lists.sources.forEach((source, i) => {
    const place = state.places.sources[i] as Place;
    for (const message of citationProblems(source)) add(place.file, place.entry, message);
  });
  for (const { file, campaign } of indicatorFiles) {
    if (ID_PATTERN.test(campaign) && !ids.campaign.has(campaign)) {
      add(file, undefined, `no campaign "${campaign}" in lists/${FIXED_FILES.campaigns}: add the campaign first, or rename the file`);
    }
  }

  for (const file of translationFiles) {
    const [, kind, lang] = /^i18n\/(campaigns|notes)\.([a-z]{2})\.json$/.exec(file.name) ?? [];
    if (lang === undefined || !(CAMPAIGN_LANGUAGES as readonly string[]).includes(lang)) {
      add(
        file.name,
        undefined,
        `not a translation file: lists/${CAMPAIGN_I18N_DIR}/ holds campaigns.<${CAMPAIGN_LANGUAGES.join('|')}>.json and notes.<lang>.json`,
      );
      continue;
    }
    let data: unknown = file.data;
    try {
      data ??= JSON.parse(file.text ?? '');
    } catch (err) {
      add(file.name, undefined, `not valid JSON: ${(err as Error).message}`);
      continue;
    }
    const check = kind === 'notes' ? checkNoteTranslations(data, englishNotes(state.lists)) : checkCampaignTranslations(data, state.lists.campaigns);
    for (const message of check.problems) add(file.name, undefined, message);
  }

  problems.push(...formatProblems);
  // Grouped by file (a stable sort keeps the order of the checks within a file).
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { problems, lists: state.lists };
}

/** Everything after the schema of each entry; returns the ids defined (own and external). */
function crossCheck(state: State, context: EntriesContext): Record<RefKind | 'artifact', Map<string, Place>> {
  const { add, lists, places, refs } = state;
  const where = context.where ?? ((place: Place) => `lists/${place.file}`);
  const missingRef = context.missingRef ?? ((kind: RefKind) => `not in lists/${REF_FILES[kind]}`);
  // --- Unique ids -------------------------------------------------------------------------------
  const ids: Record<RefKind | 'artifact', Map<string, Place>> = {
    source: uniqueIds(lists.sources, places.sources, 'source', add, where),
    actor: uniqueIds(lists.actors, places.actors, 'actor', add, where),
    campaign: uniqueIds(lists.campaigns, places.campaigns, 'campaign', add, where),
    outlet: uniqueIds(lists.outlets, places.outlets, 'outlet', add, where),
    artifact: uniqueIds(lists.artifacts, places.artifacts, 'text artifact', add, where),
  };

  const external = context.external;
  const externalPlace = (id: string): Place => ({ file: 'bundled', entry: id });
  for (const id of external?.campaigns ?? []) if (!ids.campaign.has(id)) ids.campaign.set(id, externalPlace(id));
  for (const id of external?.actors ?? []) if (!ids.actor.has(id)) ids.actor.set(id, externalPlace(id));
  for (const outlet of external?.outlets ?? []) if (!ids.outlet.has(outlet.id)) ids.outlet.set(outlet.id, externalPlace(outlet.id));

  // --- References -------------------------------------------------------------------------------
  const usedSources = new Set<string>();
  for (const ref of refs) {
    if (ref.kind === 'source') usedSources.add(ref.id);
    if (!ids[ref.kind].has(ref.id)) {
      add(ref.file, ref.entry, `${ref.path}: unknown ${ref.kind} "${ref.id}" (${missingRef(ref.kind)})`);
    }
  }

  // --- Outlets: official domains ---------------------------------------------------------------
  const officialDomains = new Map<string, { outlet: ProtectedOutlet; place: Place }>();
  for (const outlet of context.external?.outlets ?? []) {
    for (const domain of outlet.domains) officialDomains.set(domain, { outlet, place: { file: FIXED_FILES.outlets, entry: outlet.id } });
  }
  lists.outlets.forEach((outlet, i) => {
    const place = places.outlets[i] as Place;
    if (!Array.isArray(outlet.domains)) return;
    outlet.domains.forEach((domain, j) => {
      if (typeof domain !== 'string') return;
      const path = `domains[${j}]`;
      const spelling = hostSpellingProblem(domain);
      if (spelling !== null) {
        add(place.file, place.entry, `${path} "${domain}" ${spelling}`);
        return;
      }
      if (isPublicSuffix(domain)) {
        add(place.file, place.entry, `${path} "${domain}" is a public suffix: an outlet's domain must be a registrable domain`);
        return;
      }
      const registrable = registrableDomain(domain);
      if (registrable !== domain) {
        add(
          place.file,
          place.entry,
          `${path} "${domain}" is not a registrable domain: list "${registrable}" (its sub-domains are covered)`,
        );
        return;
      }
      const other = officialDomains.get(domain);
      if (other !== undefined && other.outlet !== outlet) {
        add(place.file, place.entry, `${path} "${domain}" is also an official domain of outlet "${other.place.entry}": a domain belongs to one outlet`);
        return;
      }
      officialDomains.set(domain, { outlet, place });
    });
  });

  // --- Outlets: weak labels are generated; overrides name a label of their own domains -----------
  // `npm run lists` decides which labels are weak (src/lists/weak-labels.ts). A hand-written list
  // would bypass the rule; an override of a label the outlet does not have is a typo.
  lists.outlets.forEach((outlet, i) => {
    const place = places.outlets[i] as Place;
    if (!Array.isArray(outlet.domains)) return;
    if (outlet.weakLabels !== undefined) {
      add(place.file, place.entry, 'weakLabels is generated by `npm run lists` from the weak-label rule: remove it, and write a labelOverrides entry with a reason where the rule is wrong');
    }
    if (!Array.isArray(outlet.labelOverrides)) return;
    const labels = new Set(outlet.domains.filter((d) => typeof d === 'string').map((d) => d.split('.')[0]));
    outlet.labelOverrides.forEach((o, j) => {
      const label = o?.label;
      if (typeof label === 'string' && LABEL.test(label) && !labels.has(label)) {
        add(place.file, place.entry, `labelOverrides[${j}] "${label}" is not the name part of any of its domains (${[...labels].join(', ')})`);
      }
    });
  });

  // --- Indicators -------------------------------------------------------------------------------
  checkIndicators(lists.indicators, places.indicators, officialDomains, add, where);

  // --- Indicators: an earlier first-seen date goes with the reported date -------------------------
  lists.indicators.forEach((indicator, i) => {
    const place = places.indicators[i] as Place;
    const seen = indicator.firstSeen;
    if (typeof seen !== 'string') return;
    const reported = indicator.firstReported;
    if (typeof reported !== 'string') {
      add(place.file, place.entry, `firstSeen "${seen}" without firstReported: give the date of the first public report that names it too`);
      return;
    }
    const n = Math.min(seen.length, reported.length);
    // At the precision both share: "2023" against "2023-05" may still be earlier, so it stays.
    if (seen === reported || seen.slice(0, n) > reported.slice(0, n)) {
      add(
        place.file,
        place.entry,
        `firstSeen "${seen}" is not before firstReported "${reported}": firstSeen is only for an earlier documented date; remove it`,
      );
    }
  });

  // --- Text artifacts: one entry per phrase --------------------------------------------------------
  const phrases = new Map<string, Place>();
  lists.artifacts.forEach((artifact, i) => {
    const place = places.artifacts[i] as Place;
    if (typeof artifact.phrase !== 'string') return;
    const key = artifact.phrase.toLowerCase().replace(/\s+/g, ' ').trim();
    const other = phrases.get(key);
    if (other !== undefined) add(place.file, place.entry, `phrase is the same as artifact "${other.entry}" (matching ignores case and spacing): keep one`);
    else phrases.set(key, place);
  });

  // --- Campaigns: active period in order ---------------------------------------------------------
  lists.campaigns.forEach((campaign, i) => {
    const place = places.campaigns[i] as Place;
    const { from, to } = isPlainObject(campaign.active) ? campaign.active : {};
    if (typeof from === 'string' && typeof to === 'string') {
      const n = Math.min(from.length, to.length);
      if (from.slice(0, n) > to.slice(0, n)) add(place.file, place.entry, `active.from "${from}" is after active.to "${to}"`);
    }
  });

  // --- Sources nobody cites ------------------------------------------------------------------------
  // An error, not a warning: a source nothing cites is either a forgotten citation (the entry that
  // should cite it is missing its evidence) or dead weight shipped to every user. Both are cheap to
  // fix and easy to miss in review, and a warning nobody reads would let them pile up.
  lists.sources.forEach((source, i) => {
    const place = places.sources[i] as Place;
    if (typeof source.id === 'string' && !usedSources.has(source.id)) {
      add(place.file, place.entry, 'not cited by any entry: cite it where it is the evidence, or remove it');
    }
  });

  return ids;
}

function entryLabel(kind: ListKind, entry: unknown, index: number): string {
  const key = kind === 'indicators' ? 'value' : 'id';
  if (isPlainObject(entry) && typeof entry[key] === 'string' && entry[key] !== '') return entry[key];
  return `entry #${index + 1}`;
}

type Add = (file: string, entry: string | undefined, message: string) => void;

function uniqueIds(
  entries: readonly (Source | Actor | Campaign | ProtectedOutlet | TextArtifact)[],
  places: readonly Place[],
  what: string,
  add: Add,
  where: (place: Place) => string,
): Map<string, Place> {
  const seen = new Map<string, Place>();
  entries.forEach((entry, i) => {
    const place = places[i] as Place;
    if (typeof entry.id !== 'string') return;
    const other = seen.get(entry.id);
    if (other !== undefined) add(place.file, place.entry, `duplicate ${what} id (first defined in ${where(other)}): ids must be unique`);
    else seen.set(entry.id, place);
  });
  return seen;
}

const REF_OF: Partial<Record<StringFormat, RefKind>> = {
  'ref-source': 'source',
  'ref-actor': 'actor',
  'ref-campaign': 'campaign',
  'ref-outlet': 'outlet',
};

function checkObject(
  fields: readonly Field[],
  value: Record<string, unknown>,
  prefix: string,
  file: string,
  entry: string,
  add: Add,
  refs: Ref[],
  now: Date,
): void {
  const known = fields.map((f) => f.key);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) add(file, entry, `unknown field "${prefix}${key}"${suggestion(key, known)}`);
  }
  for (const field of fields) {
    const path = `${prefix}${field.key}`;
    if (!Object.hasOwn(value, field.key) || value[field.key] === undefined) {
      if (!field.optional) add(file, entry, `missing required field "${path}"`);
      continue;
    }
    checkValue(field.spec, value[field.key], path, file, entry, add, refs, now);
  }
}

function checkValue(
  spec: FieldType,
  value: unknown,
  path: string,
  file: string,
  entry: string,
  add: Add,
  refs: Ref[],
  now: Date,
): void {
  switch (spec.type) {
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        add(file, entry, `${path} ${JSON.stringify(value)} is not one of: ${spec.values.join(', ')}`);
      }
      return;
    case 'object':
      if (!isPlainObject(value)) {
        add(file, entry, `${path} must be an object, not ${typeName(value)}`);
        return;
      }
      checkObject(spec.fields, value, `${path}.`, file, entry, add, refs, now);
      return;
    case 'array': {
      if (!Array.isArray(value)) {
        add(file, entry, `${path} must be an array, not ${typeName(value)}`);
        return;
      }
      if (spec.nonEmpty && value.length === 0) {
        add(file, entry, path.endsWith('sources') ? `${path} is empty: cite at least one source` : `${path} must not be empty`);
      }
      const seen = new Set<string>();
      value.forEach((item, i) => {
        if (spec.unique && typeof item === 'string') {
          if (seen.has(item)) add(file, entry, `${path}: "${item}" is listed twice`);
          seen.add(item);
        }
        checkValue(spec.of, item, `${path}[${i}]`, file, entry, add, refs, now);
      });
      return;
    }
    case 'string': {
      if (typeof value !== 'string') {
        add(file, entry, `${path} must be a string, not ${typeName(value)}`);
        return;
      }
      if (value.trim() === '') {
        add(file, entry, `${path} must not be empty`);
        return;
      }
      if (value.trim() !== value) {
        add(file, entry, `${path} has leading or trailing whitespace`);
        return;
      }
      const problem = stringProblem(spec.format, value, now);
      if (problem !== null) add(file, entry, `${path} ${JSON.stringify(value)} ${problem}`);
      const refKind = REF_OF[spec.format];
      if (refKind !== undefined) refs.push({ kind: refKind, id: value, file, entry, path });
      return;
    }
  }
}

function stringProblem(format: StringFormat, value: string, now: Date): string | null {
  switch (format) {
    case 'id':
    case 'ref-source':
    case 'ref-actor':
    case 'ref-campaign':
    case 'ref-outlet':
      return ID_PATTERN.test(value) ? null : 'must be kebab-case (a-z, 0-9, single hyphens)';
    case 'country':
      return COUNTRY.test(value) ? null : 'must be an ISO 3166-1 alpha-2 code in upper case (e.g. "US")';
    case 'outlet-country':
      return COUNTRY.test(value) || value === 'INT'
        ? null
        : 'must be an ISO 3166-1 alpha-2 code in upper case (e.g. "US"), or "INT"';
    case 'https-url': {
      if (!value.startsWith('https://')) return 'must start with https://';
      try {
        new URL(value);
        return null;
      } catch {
        return 'is not a valid URL';
      }
    }
    case 'disarm':
      return DISARM.test(value) ? null : 'is not a DISARM technique id (T0000 or T0000.000)';
    case 'lang':
      return LANG.test(value) ? null : 'is not a BCP 47 language tag (e.g. "en", "de", "zh-Hant")';
    case 'date':
      return dateProblem(value, now);
    case 'label':
      return LABEL.test(value) ? null : 'must be a lower-case DNS label (a-z, 0-9, hyphens)';
    case 'domain':
    case 'value':
    case 'text':
      return null; // domains and values are checked with their context below
  }
}

// ---------------------------------------------------------------------------------------------
// Indicators: values, public suffixes, protected outlets, duplicates, contradictions
// ---------------------------------------------------------------------------------------------

interface Seen {
  indicator: Indicator;
  place: Place;
}

function describeKind(kind: string): string {
  return kind === 'handle' ? 'account' : kind;
}

// Over 150 lines on purpose: one pass over the indicators, one check after
// another, each reading the same per-indicator context: split, it would only pass that context around.
// eslint-disable-next-line max-lines-per-function
function checkIndicators(
  indicators: readonly Indicator[],
  places: readonly Place[],
  officialDomains: ReadonlyMap<string, { outlet: ProtectedOutlet; place: Place }>,
  add: Add,
  where: (place: Place) => string,
): void {
  const byKey = new Map<string, Seen>();
  /** Domain indicators by campaign, for the url-on-listed-domain check. */
  const domainsByCampaign = new Map<string, Map<string, Place>>();
  const urls: { indicator: Indicator; place: Place; candidates: string[] }[] = [];

  const outletOf = (candidates: readonly string[]): { domain: string; outlet: ProtectedOutlet } | null => {
    for (const candidate of candidates) {
      const hit = officialDomains.get(candidate);
      if (hit !== undefined) return { domain: candidate, outlet: hit.outlet };
    }
    return null;
  };
  const outletName = (o: ProtectedOutlet): string => `"${o.id}" (${o.name})`;

  indicators.forEach((indicator, i) => {
    const place = places[i] as Place;
    const { value, kind, role } = indicator;
    if (typeof value !== 'string' || value.trim() !== value || value === '') return;

    if (role === 'placed-article' && kind !== 'url') {
      add(place.file, place.entry, `role "placed-article" needs kind "url": flag that one URL, never the whole site or account`);
    }
    // Redirectors and phishing hosts are judged by age ("while recent", types.ts Level): without a
    // date the engine cannot tell a live one from one re-registered by someone else years later.
    if ((role === 'redirector' || role === 'phishing') && indicator.firstReported === undefined) {
      add(
        place.file,
        place.entry,
        `role "${role}" is time-bound: give "firstReported" (when the source first reported it; the source's own date if it gives none)`,
      );
    }
    if (indicator.impersonates !== undefined && role !== 'impersonation' && ROLE_VALUES.includes(role)) {
      add(place.file, place.entry, `"impersonates" is only for role "impersonation" (this one is "${String(role)}")`);
    }

    let keys: string[] = [];
    if (kind === 'domain') {
      const spelling = hostSpellingProblem(value);
      if (spelling !== null) {
        add(place.file, place.entry, `domain ${spelling}`);
        return;
      }
      // Only a known platform here: the schema check reports any other value (which may not even
      // turn into a string: `{"toString": ""}`).
      if (indicator.platform !== 'web' && PLATFORMS.includes(indicator.platform)) {
        add(place.file, place.entry, `platform "${indicator.platform}": a domain's platform is "web" (use kind "handle" for an account's hosted sub-domain)`);
      }
      // One PSL lookup per domain (this runs for thousands of them): the registrable domain says
      // whether it is a public suffix and gives the candidates for the protected-outlet lookup.
      const registrable = registrableDomain(value);
      if (registrable === null) {
        add(
          place.file,
          place.entry,
          `"${value}" is a public suffix (Public Suffix List, private section included): it would flag every site under it; list the one site's host instead (e.g. name.${value})`,
        );
        return;
      }
      const candidates = hostCandidates(value, registrable);
      const platformSite = platformSiteProblem(value);
      if (platformSite !== null) {
        add(
          place.file,
          place.entry,
          `${platformSite}: listing it would flag everyone there; list the account (kind "handle") or the one URL (kind "url")`,
        );
        return;
      }
      const official = outletOf(candidates);
      if (official !== null) {
        add(
          place.file,
          place.entry,
          `${official.domain === value ? `"${value}" is` : `"${value}" is under "${official.domain}",`} an official domain of the protected outlet ${outletName(official.outlet)}: never list a real outlet; list the lookalike domain, or the placed item's exact URL as kind "url" with role "placed-article"`,
        );
        return;
      }
      // Same key space as hosted-sub-domain accounts: one host is one site, whatever the kind.
      keys = [`host:${value}`];
      if (typeof indicator.campaign === 'string') {
        let set = domainsByCampaign.get(indicator.campaign);
        if (set === undefined) domainsByCampaign.set(indicator.campaign, (set = new Map()));
        set.set(value, place);
      }
    } else if (kind === 'url') {
      let url: URL | null = null;
      try {
        url = new URL(value);
      } catch {
        url = null;
      }
      if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        add(place.file, place.entry, 'a url indicator must be an absolute http:// or https:// URL');
        return;
      }
      const host = hostOfUrl(value);
      if (host === null) {
        add(place.file, place.entry, 'the URL has no valid host name');
        return;
      }
      if (url.hash !== '') {
        add(place.file, place.entry, `drop the fragment "${url.hash}": a url indicator is matched without it`);
        return;
      }
      const candidates = hostCandidates(host);
      const official = outletOf(candidates);
      if (official !== null && role !== 'placed-article') {
        add(
          place.file,
          place.entry,
          `is on "${official.domain}", an official domain of the protected outlet ${outletName(official.outlet)}: a URL on a real outlet can only be role "placed-article"`,
        );
      }
      urls.push({ indicator, place, candidates });
      keys = [`url:${value}`];
    } else if (kind === 'handle') {
      if (!PLATFORMS.includes(indicator.platform)) return; // the schema check reports it
      const check = checkHandle(value, indicator.platform);
      if (check.problem !== null) {
        add(place.file, place.entry, `account ${check.problem}`);
        return;
      }
      keys = check.keys;
    }
    const other = keys.map((k) => byKey.get(k)).find((seen) => seen !== undefined);
    if (other === undefined) {
      for (const k of keys) byKey.set(k, { indicator, place });
      return;
    }
    const sameValue = other.indicator.value === value && other.indicator.kind === kind;
    const what = sameValue
      ? `the same ${describeKind(kind)}`
      : other.indicator.kind === kind
        ? `the same ${describeKind(kind)} ("${other.indicator.value}")`
        : `the same host ("${other.indicator.value}", kind "${other.indicator.kind}")`;
    if (other.indicator.campaign === indicator.campaign && other.indicator.role === role) {
      add(place.file, place.entry, `duplicate: ${what} is already listed in ${where(other.place)}: keep one entry`);
    } else {
      add(
        place.file,
        place.entry,
        `contradiction: ${where(other.place)} lists ${what} for campaign "${other.indicator.campaign}" as "${other.indicator.role}", here it is campaign "${indicator.campaign}" as "${role}": a value has one campaign and one role; keep the one its source supports`,
      );
    }
  });

  // A url entry says "one item on a host the operator does not control"; a domain entry of the
  // same campaign says the host is the operator's. Both cannot be right, and the domain already
  // flags every URL on it (parent-domain match), so point the maintainer at both.
  for (const { indicator, place, candidates } of urls) {
    const domains = domainsByCampaign.get(indicator.campaign);
    if (domains === undefined) continue;
    for (const candidate of candidates) {
      const domainPlace = domains.get(candidate);
      if (domainPlace !== undefined) {
        add(
          place.file,
          place.entry,
          `its host is covered by the domain "${candidate}" of the same campaign (${where(domainPlace)}): a url entry means the operator does not control the host; remove the url entry or the domain entry`,
        );
        break;
      }
    }
  }
}
