/**
 * Detector 3: lookalikes of protected outlets.
 *
 * We check the visited host against the protected outlets, never a pre-generated list of
 * permutations: permutation tools miss the real Doppelganger domains (`washingtonpost.pm`,
 * `spiegel.ltd`, `bild.work`) because their ending dictionaries lack `pm`, `ltd` and `work`.
 *
 * Structures, built once in `createEngine`:
 * - `official`: every official registrable domain of every outlet. A host under one of them is
 *   never a lookalike of anything.
 * - `byLabel`: protected label (the name before the public suffix: `washingtonpost`, `spiegel`,
 *   `bbc`, and outlets' long names written as one word) -> outlets. Same label on another suffix
 *   is the main Doppelganger signature; browsers ignore it because brands own many endings, which
 *   is why each outlet lists ALL its domains.
 * - `bySkeleton`: UTS #39 skeleton of each label (+ diacritics, + rn/vv/cl/0/1) -> outlets, for
 *   `wаshingtonpost.com` with a Cyrillic "а" (`xn--wshingtonpost-w1k.com`).
 * - `editLabels` + deletions per first character (SymSpell): "within one edit" is a few Map
 *   lookups (lookalike/edits.ts).
 * - `names`: each outlet's normalised names, to see whether the page claims to be it.
 * Order of checks: other suffix, confusable, hyphenation, edit, embedded; the first that matches
 * an outlet wins for that outlet.
 *
 * Levels (detectLookalikes), from the evidence:
 * - a distinctive label on another ending, a confusable, a typo, a hyphenation or an embedding:
 *   `medium`;
 * - a weak label (a common word or short name, src/lists/weak-labels.ts): `low`, and the sentence
 *   says the name is a common word. Edits of weak labels count only as a doubled letter or, for
 *   labels longer than SHORT_EDIT_LABEL, any one edit; a weak label inside a longer address only
 *   beside a country code, a letter or a news word (`bbc-uk.news`);
 * - the page claims the outlet: `high`; the page names itself as something else: a weak hit is
 *   dropped, a distinctive one is `low`.
 */
import { type Steps, runAll, stepDue } from '../slices';
import type { ClaimedName, Evidence, Finding, ProtectedOutlet } from '../types';
import { type DeletionEntry, type EditKind, MIN_EDIT_LABEL, deletions, findEdits, shapeKey } from '../lookalike/edits';
import { skeleton, toUnicodeHost } from '../lookalike/skeleton';
import { hasCyrillic, latinize } from '../lookalike/latin';
import { lookalikeSummary, type LookalikeWording } from '../summaries';
import { lookalikeMessage } from '../i18n/build';
import { type Catalog, sourceRefs } from './catalog';
import { type SiteClaim, isDistinctiveName, isGenericName, normalizeName } from './names';
import { type HostInfo, hostInfo, tokenRuns } from './target';

export interface OutletLabel {
  outlet: ProtectedOutlet;
  label: string;
  weak: boolean;
}

export interface LookalikeIndex {
  official: Set<string>;
  byLabel: Map<string, OutletLabel[]>;
  bySkeleton: Map<string, OutletLabel[]>;
  editLabels: Map<string, OutletLabel[]>;
  /**
   * Single deletions of the edit labels, one Map per first character, built on first need: a
   * deletion never removes the first character and an edit never changes it, so a visited label
   * only ever needs the Map of its own first character (a cold start builds one or none).
   */
  deletionsByFirst: Map<string, Map<string, DeletionEntry[]>>;
  /** First character + length of each edit label (see lookalike/edits.ts `findEdits`). */
  editShapes: Set<string>;
  /** Outlet id -> its normalised names (built on first read). */
  readonly names: Map<string, Set<string>>;
  /** Outlets' long names written as one word, also in `byLabel`. */
  nameLabels: Map<string, OutletLabel[]>;
  /** Lengths of labels long enough to be looked for inside a longer label. */
  substringLengths: Set<number>;
}

/**
 * Registrable domains that show other sites' pages under their own host (translation proxies, AMP
 * caches, web archives): `www-washingtonpost-com.translate.goog` is The Washington Post seen
 * through Google, not a lookalike of it.
 */
export const PROXY_DOMAINS = new Set([
  'translate.goog',
  'ampproject.org',
  'ampproject.net',
  'googleusercontent.com',
  'archive.org',
  'archive.ph',
  'archive.is',
  'archive.today',
  'archive.li',
  'archive.md',
  'archive.vn',
  'ghostarchive.org',
]);

/**
 * Platforms where a name is an account anyone (the outlet included) can open: developer pages and
 * blog hosts. `nytimes.github.io` is The New York Times' own open-source site; a label on one of
 * these proves nothing by itself, so hits there are treated like weak labels: only with a claim.
 * Matched against the public suffix (github.io is one, in the PSL's private section) and against
 * the registrable domain (substack.com is not).
 */
export const HOSTING_PLATFORMS = new Set([
  'github.io',
  'gitlab.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'web.app',
  'firebaseapp.com',
  'herokuapp.com',
  'blogspot.com',
  'wordpress.com',
  'substack.com',
  'medium.com',
  'tumblr.com',
  'wixsite.com',
  'weebly.com',
  'livejournal.com',
  'telegra.ph',
]);

/**
 * True on hosting platforms (a name there may be anyone's account) and under endings only the
 * entitled can register: no address-only resemblance counts there.
 */
export function isHostedOrEntitled(info: HostInfo): boolean {
  return HOSTING_PLATFORMS.has(info.suffix) || HOSTING_PLATFORMS.has(info.domain) || isEntitledSuffix(info.suffix);
}

/** True when the host is under a proxy or archive domain (whatever the PSL says it is). */
export function isProxyHost(host: string): boolean {
  for (let i = -1; i < host.length; i = host.indexOf('.', i + 1)) {
    if (PROXY_DOMAINS.has(host.slice(i + 1))) return true;
    if (host.indexOf('.', i + 1) < 0) break;
  }
  return false;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * The label before the public suffix of an outlet's domain: `washingtonpost.com` ->
 * `washingtonpost`. `ProtectedOutlet.domains` are registrable domains (types.ts; every one is
 * checked against the Public Suffix List by src/lists/validate.ts), so the label is the first one
 * and no PSL lookup is needed, which keeps them out of a worker's cold-start indexing.
 */
export function labelOf(domain: string): { label: string; suffix: string } | null {
  const dot = domain.indexOf('.');
  if (dot <= 0 || dot === domain.length - 1) return null;
  return { label: domain.slice(0, dot), suffix: domain.slice(dot + 1) };
}

export function buildLookalikeIndex(
  outlets: readonly ProtectedOutlet[],
  /** `outletNameLabels(outlets)`, as `npm run lists` ships it; computed here when absent or unusable. */
  shippedNameLabels?: readonly (readonly [string, number])[],
): LookalikeIndex {
  const builder = lookalikeIndexBuilder(outlets, shippedNameLabels);
  for (const outlet of outlets) builder.add(outlet);
  return builder.finish();
}

/**
 * `buildLookalikeIndex` in parts: `add` each of the outlets in their order, then `finish`, so that
 * a running worker can build the index over several tasks (core/engine.ts `createEngineInSteps`).
 */
export function lookalikeIndexBuilder(
  outlets: readonly ProtectedOutlet[],
  shippedNameLabels?: readonly (readonly [string, number])[],
): {
  add(outlet: ProtectedOutlet): void;
  finish(outletNamesBuilt?: Map<string, Set<string>>): LookalikeIndex;
  finishing(outletNamesBuilt?: Map<string, Set<string>>): Steps<LookalikeIndex>;
} {
  // Outlet names are normalised on first use (a page that claims a name): a verdict from an
  // address alone never reads them.
  let names: Map<string, Set<string>> | null = null;
  const index: LookalikeIndex = {
    official: new Set(),
    byLabel: new Map(),
    bySkeleton: new Map(),
    editLabels: new Map(),
    deletionsByFirst: new Map(),
    editShapes: new Set(),
    nameLabels: new Map(),
    substringLengths: new Set(),
    get names() {
      return (names ??= outletNames(outlets));
    },
  };
  // Per outlet, plain arrays rather than Sets: an outlet has a handful of domains, and a worker's
  // cold start pays for every object made here.
  const seen: string[] = [];
  function add(outlet: ProtectedOutlet): void {
    if (!outlet || !Array.isArray(outlet.domains)) return;
    const weakLabels = Array.isArray(outlet.weakLabels) ? outlet.weakLabels : [];
    seen.length = 0;
    for (const domain of outlet.domains) {
      if (typeof domain !== 'string') continue;
      const lower = domain.toLowerCase();
      index.official.add(lower);
      const parts = labelOf(lower);
      if (parts === null || seen.includes(parts.label)) continue;
      seen.push(parts.label);
      const entry: OutletLabel = { outlet, label: parts.label, weak: weakLabels.includes(parts.label) };
      push(index.byLabel, parts.label, entry);
      push(index.bySkeleton, skeleton(parts.label), entry);
      if (parts.label.length >= MIN_EDIT_LABEL) {
        push(index.editLabels, parts.label, entry);
        index.editShapes.add(shapeKey(parts.label[0] as string, parts.label.length));
      }
    }
  }
  /** `outletNamesBuilt`: `names` already made (`addOutletNames` over every outlet, in order). */
  function* finishing(outletNamesBuilt?: Map<string, Set<string>>): Steps<LookalikeIndex> {
    if (outletNamesBuilt !== undefined) names = outletNamesBuilt;
    const nameLabels = usableNameLabels(shippedNameLabels, outlets) ?? outletNameLabels(outlets);
    yield;
    let i = 0;
    for (const [label, at] of nameLabels) {
      if (stepDue(i++)) yield;
      if (index.byLabel.has(label)) continue;
      push(index.nameLabels, label, { outlet: outlets[at] as ProtectedOutlet, label, weak: label.length <= SHORT_NAME_LABEL });
    }
    for (const [label, entries] of index.nameLabels) index.byLabel.set(label, entries);
    for (const label of index.byLabel.keys()) if (label.length >= SUBSTRING_MIN) index.substringLengths.add(label.length);
    return index;
  }
  return { add, finish: (built) => runAll(finishing(built)), finishing };
}

/**
 * Outlets' names written as one word ("losangelestimes", "nrchandelsblad"), with the outlet's
 * position in `outlets`: clones use them as addresses as often as the outlet's own domain label.
 * Only long names of two or more words (Cyrillic ones transliterated) and Cyrillic acronyms, and
 * never where they are some outlet's domain label
 * already. `npm run lists` ships them in the index, so that a worker does not normalise every
 * outlet name as it starts.
 */
export function outletNameLabels(outlets: readonly ProtectedOutlet[]): [string, number][] {
  const domainLabels = new Set<string>();
  for (const outlet of outlets) {
    if (!outlet || !Array.isArray(outlet.domains)) continue;
    for (const domain of outlet.domains) {
      const parts = typeof domain === 'string' ? labelOf(domain.toLowerCase()) : null;
      if (parts !== null) domainLabels.add(parts.label);
    }
  }
  const out: [string, number][] = [];
  outlets.forEach((outlet, at) => {
    if (!outlet || !Array.isArray(outlet.domains)) return;
    const labels = new Set<string>();
    for (const name of [outlet.name, ...(outlet.names ?? [])]) {
      if (typeof name !== 'string') continue;
      // Only news outlets' acronyms are brands (РБК); a ministry's or a court's (СБУ, ЦИК) are
      // shared by bodies of many countries and by as many universities and firms.
      for (const acronym of outlet.kind === 'news' ? cyrillicAcronyms(name) : []) {
        if (domainLabels.has(acronym) || labels.has(acronym)) continue;
        labels.add(acronym);
        out.push([acronym, at]);
      }
      const normalized = nameAsLabelWords(name);
      const compact = normalized.replace(/ /g, '');
      if (!normalized.includes(' ') || compact.length < NAME_LABEL_MIN || !/^[a-z0-9]+$/.test(compact) || domainLabels.has(compact))
        continue;
      if (labels.has(compact)) continue;
      labels.add(compact);
      out.push([compact, at]);
    }
  });
  return out;
}

/** Shipped name labels when they fit these outlets (an index from another build is recomputed). */
function usableNameLabels(
  shipped: readonly (readonly [string, number])[] | undefined,
  outlets: readonly ProtectedOutlet[],
): readonly (readonly [string, number])[] | null {
  if (!Array.isArray(shipped)) return null;
  for (const row of shipped) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || !Number.isInteger(row[1]) || outlets[row[1]] === undefined) return null;
  }
  return shipped;
}

/**
 * A name's three-letter acronyms in Cyrillic capitals (РБК), as Latin addresses spell them (`rbk`):
 * a short name, so a weak sign only (see SHORT_NAME_LABEL).
 */
function cyrillicAcronyms(name: string): string[] {
  if (!hasCyrillic(name)) return [];
  const out: string[] = [];
  for (const word of name.split(/[^\p{L}]+/u)) {
    // Three capitals: longer capitalised words are as often a name in capitals (ЛІГА) as an acronym.
    if (word.length !== 3 || !hasCyrillic(word) || word !== word.toUpperCase()) continue;
    const latin = latinize(word);
    if (/^[a-z]+$/.test(latin)) out.push(latin);
  }
  return out;
}

/**
 * A name's words as an address would spell them: lower case, Cyrillic in Latin letters, accents
 * dropped, anything but ASCII letters and digits a space, a leading "the" dropped. Cheaper than
 * normalizeName (no confusable folding, which a name the outlet itself writes does not need) and
 * run for every outlet name as a worker starts.
 */
function nameAsLabelWords(name: string): string {
  let text = latinize(name);
  if (!/^[\x20-\x7e]*$/.test(text)) text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  text = text
    .replace(/['`\u2019]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return text.startsWith('the ') ? text.slice(4) : text;
}

/**
 * A name label this short is weak, as a domain label of at most this many letters is
 * (src/lists/weak-labels.ts, SHORT_LABEL_MAX): the acronyms of cyrillicAcronyms.
 */
export const SHORT_NAME_LABEL = 4;
/** Names of outlets as one-word labels need this many letters (see buildLookalikeIndex). */
const NAME_LABEL_MIN = 10;
/** A protected label this long is looked for inside longer labels too (`dertagesspiegel`). */
const SUBSTRING_MIN = 8;
/** Embedded in a longer address without a claim: labels this long only (`asahi-kasei` is not Asahi). */
const EMBEDDED_MIN = 6;
/**
 * Shorter labels and common words count as a weak sign when they stand as whole parts of an
 * address (`bbc-uk.news`, `pravda-ua.com`), from this length: one- and two-letter parts are
 * everywhere.
 */
const TOKEN_MIN = 3;

/**
 * Words that clones put beside an outlet's name to make a new address. Anything else beside a
 * short name or common word (`app-medulin`, `money-heaven`, `state-of-the-web`) makes another name.
 */
const NEWS_AFFIXES = new Set([
  'news',
  'online',
  'live',
  'today',
  'info',
  'daily',
  'media',
  'press',
  'tv',
  'aktuell',
  'actu',
  'noticias',
  'notizie',
  'novosti',
  'nachrichten',
]);

/** True when every token outside tokens[from..to] is a country code, a letter, a number or a news word. */
function onlyAffixesBesides(tokens: readonly string[], from: number, to: number): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (k >= from && k <= to) continue;
    const t = tokens[k] as string;
    if (t.length > 2 && !NEWS_AFFIXES.has(t) && !/^\d+$/.test(t)) return false;
  }
  return true;
}

/**
 * Parts that clones write together with an outlet's name, with no separator (`ukguardiannet`,
 * `tvfrance2`). Before the name: a country code of the campaigns' targets or a news word; after it:
 * a news word, `net` or a number. Country codes after a name are left out: there they make other
 * words (`guardianes`).
 */
const JOINED_PREFIXES = new Set([
  ...NEWS_AFFIXES,
  'uk',
  'us',
  'eu',
  'gb',
  'de',
  'fr',
  'ua',
  'pl',
  'il',
  'ru',
  'md',
  'ro',
  'lv',
  'lt',
  'ee',
  'ge',
  'at',
  'ch',
]);
const JOINED_SUFFIXES = new Set([...NEWS_AFFIXES, 'net']);
const JOINED_PART_MAX = 11;
/** A joined name needs this many letters: shorter ones are everywhere inside words. */
const JOINED_MIN = 4;

/** True when `text` is wholly made of the given parts (and, for suffixes, numbers). */
function madeOfParts(text: string, parts: ReadonlySet<string>, digits: boolean): boolean {
  if (text === '') return true;
  if (digits && /^\d+$/.test(text)) return true;
  for (let n = Math.min(JOINED_PART_MAX, text.length); n >= 2; n--) {
    if (parts.has(text.slice(0, n)) && madeOfParts(text.slice(n), parts, digits)) return true;
  }
  return false;
}

/**
 * A protected label written together with affixes only (`ukguardiannet` = uk + guardian + net):
 * the outlets' entries of each such label.
 */
function joinedWithAffixes(index: LookalikeIndex, plain: string): OutletLabel[][] {
  const out: OutletLabel[][] = [];
  for (let i = 0; i < plain.length - JOINED_MIN; i++) {
    if (!madeOfParts(plain.slice(0, i), JOINED_PREFIXES, false)) continue;
    for (let j = plain.length; j - i >= JOINED_MIN; j--) {
      if (i === 0 && j === plain.length) continue;
      const part = plain.slice(i, j);
      const entries = index.byLabel.get(part);
      if (entries === undefined || JOINED_SUFFIXES.has(part) || !madeOfParts(plain.slice(j), JOINED_SUFFIXES, true)) continue;
      // A common word or short name with one affix makes another name as often as a clone
      // (`cybernet`, `starmedia`, `unina2`): it needs one on each side (`ukguardiannet`).
      const bothSides = i > 0 && j < plain.length;
      const kept = bothSides ? entries : entries.filter((e) => !e.weak && part.length >= EMBEDDED_MIN);
      if (kept.length > 0) out.push(kept);
    }
  }
  return out;
}

function outletNames(outlets: readonly ProtectedOutlet[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const outlet of outlets) addOutletNames(out, outlet);
  return out;
}

/** One outlet's normalised names into `out`, as `LookalikeIndex.names` holds them (a build in slices calls it in turn). */
export function addOutletNames(out: Map<string, Set<string>>, outlet: ProtectedOutlet): void {
  if (!outlet || !Array.isArray(outlet.domains)) return;
  const names = new Set<string>();
  for (const name of [outlet.name, ...(outlet.names ?? [])]) {
    const n = typeof name === 'string' ? normalizeName(name) : '';
    if (n !== '') names.add(n);
  }
  out.set(outlet.id, names);
}

/** The deletion Map for labels starting with `first` (see LookalikeIndex.deletionsByFirst). */
function deletionsFor(index: LookalikeIndex, first: string): Map<string, DeletionEntry[]> {
  let bucket = index.deletionsByFirst.get(first);
  if (bucket === undefined) {
    bucket = new Map();
    for (const label of index.editLabels.keys()) {
      if (label[0] !== first) continue;
      for (const d of deletions(label)) push(bucket, d.text, { label, pos: d.pos });
    }
    index.deletionsByFirst.set(first, bucket);
  }
  return bucket;
}

/** True when the host is an official domain (or a sub-domain of one) of any protected outlet. */
export function isOfficialHost(index: LookalikeIndex, info: HostInfo): boolean {
  for (const candidate of info.candidates) if (index.official.has(candidate)) return true;
  return false;
}

/** The site claim (if any) that names this outlet exactly. */
export function claimFor(index: LookalikeIndex, outlet: ProtectedOutlet, claims: readonly SiteClaim[]): SiteClaim | undefined {
  if (claims.length === 0) return undefined;
  const names = index.names.get(outlet.id);
  if (names === undefined) return undefined;
  // A short name in a title segment ("ECI - École de commerce") is too weak to be a claim.
  return claims.find((c) => names.has(c.normalized) && (c.claim.source !== 'title' || isDistinctiveName(c.normalized)));
}

export type LookalikeKind = NonNullable<Evidence['lookalike']>;

export interface LookalikeHit {
  outlet: ProtectedOutlet;
  kind: LookalikeKind;
  edit?: EditKind;
  claimed?: ClaimedName;
  /** The outlet's label is a common word or short name (src/lists/weak-labels.ts). */
  weak: boolean;
  /** On a hosting platform: counts only with a claim (see HOSTING_PLATFORMS). */
  hosted: boolean;
  /** The protected label that matched. */
  label: string;
  /**
   * Embedded as whole parts of the address, the rest only a country code, a letter or a news word
   * (`bbc-uk.news`, `pravda-ua.com`, `news.spiegel-online.click`).
   */
  token?: true;
}

interface HitContext {
  index: LookalikeIndex;
  claims: readonly SiteClaim[];
  hits: Map<string, LookalikeHit>;
  /** On a hosting platform every hit needs a claim (see HOSTING_PLATFORMS). */
  hosted: boolean;
}

/** Records the first hit per outlet, with the page's claim of that outlet if it makes one. */
function addHits(ctx: HitContext, entries: readonly OutletLabel[] | undefined, kind: LookalikeKind, edit?: EditKind, token?: true): void {
  if (entries === undefined) return;
  for (const e of entries) {
    if (ctx.hits.has(e.outlet.id)) continue;
    const hit: LookalikeHit = { outlet: e.outlet, kind, weak: e.weak, hosted: ctx.hosted, label: e.label };
    if (edit !== undefined) hit.edit = edit;
    if (token) hit.token = true;
    const claim = claimFor(ctx.index, e.outlet, ctx.claims);
    if (claim !== undefined) hit.claimed = claim.claim;
    ctx.hits.set(e.outlet.id, hit);
  }
}

/** All lookalike hits for a normalised host (before weak-label filtering). */
export function findLookalikes(index: LookalikeIndex, host: string, claims: readonly SiteClaim[]): LookalikeHit[] {
  const info = hostInfo(host);
  return info === null ? [] : findLookalikesFor(index, info, claims);
}

/**
 * Public-suffix labels that only the entitled can register under (`gov.pl`, `ac.uk`, `edu.au`,
 * `gouv.fr`, `gob.mx`, `go.jp`, `mil.*`, US school districts under `k12`; the `.gov`, `.edu`, `.mil`
 * and `.int` endings): a site
 * there is a government body, a university or the like, never a lookalike of anything.
 */
const ENTITLED_SUFFIX_LABELS = new Set([
  'k12',
  'gov',
  'gouv',
  'gob',
  'govt',
  'go',
  'gv',
  'edu',
  'ac',
  'mil',
  'int',
  'police',
  'parliament',
  'government',
]);

export function isEntitledSuffix(suffix: string): boolean {
  for (const label of suffix.split('.')) if (ENTITLED_SUFFIX_LABELS.has(label)) return true;
  return false;
}

/**
 * Protected labels this short (`delfi`, `unian`, `axios`) are one edit away from many real
 * words and names (`delft`, `unina`, `axis`): an edit alone says nothing; with the page's claim
 * of the outlet it does.
 */
export const SHORT_EDIT_LABEL = 6;

export function findLookalikesFor(index: LookalikeIndex, info: HostInfo, claims: readonly SiteClaim[]): LookalikeHit[] {
  if (index.byLabel.size === 0 || isOfficialHost(index, info) || isProxyHost(info.host) || isEntitledSuffix(info.suffix)) return [];
  const { host, label, suffix } = info;
  const hits = new Map<string, LookalikeHit>();
  const hosted = HOSTING_PLATFORMS.has(suffix) || HOSTING_PLATFORMS.has(info.domain);
  const ctx: HitContext = { index, claims, hits, hosted };
  // 1. The same label on another suffix.
  addHits(ctx, index.byLabel.get(label), 'other-suffix');
  // 2. Confusable characters (only when the label is not literally a protected one).
  if (!index.byLabel.has(label)) {
    const sk = skeleton(label);
    addHits(
      ctx,
      index.bySkeleton.get(sk)?.filter((e) => e.label !== label),
      'confusable',
    );
    // 3. Hyphenation: `washington-post`, `fox-news`.
    if (label.includes('-')) {
      const joined = label.replace(/-/g, '');
      addHits(ctx, index.byLabel.get(joined), 'hyphenation');
      if (!index.byLabel.has(joined)) addHits(ctx, index.bySkeleton.get(skeleton(joined)), 'hyphenation');
    }
    // 4. One small edit away (guards in lookalike/edits.ts).
    for (const m of findEdits(label, index.editLabels, deletionsFor(index, label[0] ?? ''), index.editShapes))
      addHits(ctx, index.editLabels.get(m.label), 'edit', m.edit);
  }
  // 5. Embedded in a longer host: `washingtonpost.com-news.ru`, `spiegel-online.info`. Tokens are
  //    split on dots and hyphens; 1 to 3 consecutive tokens are joined and looked up. Labels under
  //    TOKEN_MIN characters only with the page's claim of the outlet (detectLookalikes weighs the
  //    rest).
  const rest = host.slice(0, host.length - suffix.length - 1);
  if (rest !== label || label.includes('-')) {
    for (const { tokens, from, to, joined } of tokenRuns(info)) {
      if (joined === label) continue;
      const entries = index.byLabel.get(joined);
      if (entries === undefined) continue;
      // A short name or common word only beside affixes, or claimed: elsewhere it is part of
      // another name, and must not take the place of a stronger hit on the same outlet.
      const affixed = joined.length >= TOKEN_MIN && onlyAffixesBesides(tokens, from, to) ? true : undefined;
      const strong = joined.length >= EMBEDDED_MIN;
      addHits(
        ctx,
        entries.filter((e) => (strong && !e.weak) || affixed || claimFor(index, e.outlet, claims) !== undefined),
        'embedded',
        undefined,
        affixed,
      );
    }
  }
  // 6. A protected label written together with nothing but affixes (`ukguardiannet`, `tvfrance2`):
  //    as strong a sign as the same parts written apart (step 5's `uk-guardian-net`).
  const plain = label.replace(/-/g, '');
  if (!label.includes('-') && plain.length > JOINED_MIN)
    for (const entries of joinedWithAffixes(index, plain)) addHits(ctx, entries, 'embedded', undefined, true);
  // 7. A long protected label inside a longer label without a separator: `dertagesspiegel`,
  //    `losangelestimesnet`.
  if (plain.length > SUBSTRING_MIN) {
    for (const length of index.substringLengths) {
      if (length >= plain.length) continue;
      for (let at = 0; at + length <= plain.length; at++) {
        const part = plain.slice(at, at + length);
        if (part === plain) continue;
        // An outlet's name written as one word counts only at the start (`losangelestimesnet`);
        // inside a word it is too often a coincidence (`daymailonline`).
        if (at === 0 || !index.nameLabels.has(part)) addHits(ctx, index.byLabel.get(part), 'embedded');
      }
    }
  }
  return [...hits.values()];
}

/**
 * Hits for a host without claimed names, kept per index: a site is judged again at every
 * navigation within it, and on a listed lookalike domain this search was a large part of the
 * verdict. The hits depend only on the host (HostInfo is derived from it); nothing here is
 * handed out (findings are built fresh from them). Bounded: cleared when full.
 */
const hostHitCaches = new WeakMap<LookalikeIndex, Map<string, readonly LookalikeHit[]>>();
const HOST_HIT_CACHE = 512;

function hitsFor(index: LookalikeIndex, info: HostInfo, claims: readonly SiteClaim[]): readonly LookalikeHit[] {
  if (claims.length > 0) return findLookalikesFor(index, info, claims);
  let cache = hostHitCaches.get(index);
  if (cache === undefined) {
    cache = new Map();
    hostHitCaches.set(index, cache);
  }
  let hits = cache.get(info.host);
  if (hits === undefined) {
    hits = findLookalikesFor(index, info, claims);
    if (cache.size >= HOST_HIT_CACHE) cache.clear();
    cache.set(info.host, hits);
  }
  return hits;
}

/**
 * The name the page gives itself when it is not this outlet's: a distinctive site name that is
 * none of the outlet's names. Clones show the real outlet's exact name (they copy its pages); a
 * real site shows its own ("Bild.hu", "Guardian Nigeria").
 */
export function namesItselfOtherwise(index: LookalikeIndex, outlet: ProtectedOutlet, claims: readonly SiteClaim[]): SiteClaim | undefined {
  if (claims.length === 0) return undefined;
  const names = index.names.get(outlet.id);
  let other: SiteClaim | undefined;
  for (const c of claims) {
    if (names?.has(c.normalized)) {
      // A short name in a title segment ("ECI - École de commerce") is not the page calling itself
      // that outlet (claimFor weighs it alike): the rest of the title may still name it otherwise.
      if (c.claim.source !== 'title' || isDistinctiveName(c.normalized)) return undefined;
      continue;
    }
    if (other === undefined && !isGenericName(c.normalized)) other = c;
  }
  return other;
}

/**
 * Findings for a host (levels in the file comment). `pageSeen`: the page's own signals were read,
 * so a page without a claim of the outlet has had its say.
 */
export function detectLookalikes(
  index: LookalikeIndex,
  catalog: Catalog,
  info: HostInfo,
  claims: readonly SiteClaim[],
  pageSeen = claims.length > 0,
): { finding: Finding; outletId: string }[] {
  const out: { finding: Finding; outletId: string }[] = [];
  const host = info.host;
  for (const hit of hitsFor(index, info, claims)) {
    const claimed = hit.claimed !== undefined;
    if (!claimed && hit.hosted) continue;
    // A short label's edit counts without a claim only as a doubled letter of a common word
    // (`bildd`, `weltt`, `fazz`: Doppelganger's own pattern), and then as a weak sign.
    if (!claimed && hit.kind === 'edit' && hit.label.length <= SHORT_EDIT_LABEL && !(hit.weak && hit.edit === 'repetition')) continue;
    // A short name or common word inside a longer address: a weak sign when it stands as a whole
    // part of the address (`bbc-uk.news`, `ukguardiannet`), none inside a word (`guardianship`).
    const weakPart = !claimed && hit.kind === 'embedded' && (hit.label.length < EMBEDDED_MIN || hit.weak);
    if (weakPart && !hit.token) continue;
    // A common word's edits, other than a doubled letter, are other words (`avaaz`, `telegrams`).
    if (!claimed && hit.kind === 'edit' && hit.weak && hit.edit !== 'repetition' && !(hit.label.length > SHORT_EDIT_LABEL)) continue;
    const other = !claimed && pageSeen ? namesItselfOtherwise(index, hit.outlet, claims) : undefined;
    const weak = hit.weak || weakPart;
    if (other !== undefined && weak) continue;
    const level: Finding['level'] = claimed ? 'high' : other !== undefined || weak ? 'low' : 'medium';
    const outletDomain = hit.outlet.domains[0] ?? '';
    // A label made from the outlet's name (`losangelestimes`, `rbk` for РБК-Україна) is not its
    // address's name: the sentence names the outlet.
    const fromName = !hit.outlet.domains.some((d) => labelOf(d.toLowerCase())?.label === hit.label);
    const evidence: Evidence = { subject: host, lookalike: hit.kind };
    if (hit.edit !== undefined) evidence.edit = hit.edit;
    if (hit.claimed !== undefined) evidence.claimedName = hit.claimed;
    if (!claimed && weak) evidence.commonName = true;
    const wording: LookalikeWording = {
      host,
      display: toUnicodeHost(host),
      kind: hit.kind,
      ...(hit.edit !== undefined ? { edit: hit.edit } : {}),
      suffix: info.suffix,
      outletDomain: fromName ? hit.outlet.name : outletDomain,
      outletName: hit.outlet.name,
      ...(hit.claimed !== undefined ? { claimed: hit.claimed } : {}),
      ...(other !== undefined ? { namedOtherwise: other.text } : {}),
      ...(!claimed && other === undefined && weak ? { commonWord: true, label: hit.label } : {}),
    };
    const finding: Finding = {
      reason: 'lookalike-domain',
      level,
      summary: lookalikeSummary(wording),
      message: lookalikeMessage(wording),
      indicator: host,
      impersonates: outletDomain,
      outlet: hit.outlet.name,
      evidence,
      sources: sourceRefs(catalog, hit.outlet.impersonatedIn),
    };
    out.push({ finding, outletId: hit.outlet.id });
  }
  return out;
}
