/**
 * The importer: builds lists/sources.json, actors.json, campaigns.json, text-artifacts.json and
 * lists/indicators/<campaign>.json from the shared source material (read-only), deterministically:
 * the same input gives the same bytes.
 *
 *   npx tsx scripts/import/shared.ts            (UNMASK_SHARED=/path/to/shared to override)
 *
 * Hand-curated knowledge lives in curated-*.ts; this file holds the rules. It never writes
 * lists/protected-outlets.json (another maintainer's file); it reads it to name the outlet an
 * impersonation imitates, and writes the impersonations it could not resolve to
 * /tmp/unresolved-impersonations.txt for that maintainer.
 *
 * ROLE RULES (what each source row becomes). The role says exactly what the source says:
 * - Meta 9.5.3 "Using redirect domains" -> redirector (time-bound; firstReported kept).
 * - Meta 0.6.2 with "Domains spoofing news or government sites" -> impersonation, naming the
 *   outlet when its domain label (or IMPERSONATION_OVERRIDES) identifies it. Exception: when the
 *   label equals one of the campaign's own brand domains in Meta's "Operation's websites and
 *   brands" (lebelligerant.io vs lebelligerant.com), the domain is a mirror of an own brand, not a
 *   copy of a real outlet -> operated-outlet, with a note saying Meta filed it as a spoof.
 * - Meta 0.6.2 "Operation's websites and brands", and 0.6.2 / "indicator type: Domain" in the
 *   other networks -> operated-outlet (a domain the network acquired for its own use).
 * - Meta 0.4.1 (company site) and app domains -> infrastructure.
 * - Meta 8.2.1 / 8.3.1 (sites the network claimed to have defaced or stolen from) -> refused:
 *   those are victims.
 * - Meta 0.9.x accounts, 6.2.4 amplifying fake accounts, "Social Media Account" -> persona; an
 *   account listed as a URL (forum profile, linktr.ee) is a persona of kind url.
 * - Meta single items (posts, pins, petitions, ads, hacked-material threads, articles placed on
 *   real outlets) -> placed-article, that URL only. 5.2.1 short links -> redirector.
 * - Meta Sept 2022 "<country>-targeting CIB domain" -> impersonation when the label identifies a
 *   protected outlet (bild.asia), otherwise infrastructure: Meta does not say what they hosted.
 * - Star Blizzard (Microsoft, Recorded Future) -> phishing (time-bound).
 * - Graphika Glass Onion: PR/paid-placement names -> infrastructure; news-like names ->
 *   operated-outlet; the four names that copy a real outlet -> impersonation. The split is our
 *   reading of the names (the CSV says so), not Graphika's.
 * - Graphika channels attributed to Spamouflage -> persona.
 * - Reports read through press or compilations (DOJ, OpenAI, VIGINUM, Citizen Lab) naming a
 *   campaign's own site -> operated-outlet; naming a copy of a real site -> impersonation.
 * - DIMA (secondary): see dimaRole(); named people are amplifiers, never "operated by".
 *
 * DEDUPLICATION: one indicator per value (handles compared as the validator does). Rows for the
 * same value merge their sources; the earliest firstReported wins; the role is the most specific
 * one a primary source gives (ROLE_PRIORITY). A DIMA entry for a value already listed from a
 * primary source adds its source only if it adds information (a brand name or the imitated
 * outlet the primary rows lack); otherwise it is skipped and counted.
 */
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDomain, getPublicSuffix } from 'tldts';
import type { Actor, Campaign, Indicator, ProtectedOutlet, Role, Source, TextArtifact, Tier } from '../../src/core/types';
import { hostCandidates, isPublicSuffix, normalizeHost } from '../../src/core/hosts';
import { formatList } from '../../src/lists/format';
import { NON_LIST_FILES } from '../../src/lists/schema';
import { checkHandle } from '../../src/lists/handles';
import { parseCsvObjects } from './csv';
import { normaliseDomain, normaliseHandle, normaliseUrl, type Normalised } from './normalize';
import { CSV_SOURCES, DIMA_SOURCES, EXTRA_SOURCES, META_DATE_OVERRIDES } from './curated-sources';
import { ACTORS } from './curated-actors';
import { CAMPAIGNS, type CuratedCampaign } from './curated-campaigns';
import { BRANDS, DIMA_IMITATES_UNLISTED, DIMA_REFUSED, IMPERSONATION_OVERRIDES, REFUSED_ROWS, VALUE_FIXES } from './curated-indicators';
import { ARTIFACTS } from './curated-artifacts';

// ---------------------------------------------------------------------------------------------
// Paths and logging
// ---------------------------------------------------------------------------------------------

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(process.env.UNMASK_SHARED ?? join(REPO, '../shared'));
const DATA = join(SHARED, 'data');
const LISTS = join(REPO, 'lists');
const UNRESOLVED_FILE = '/tmp/unresolved-impersonations.txt';

const log: string[] = [];
const note = (line: string): void => {
  log.push(line);
};

// ---------------------------------------------------------------------------------------------
// Protected outlets (read only) and impersonation targets
// ---------------------------------------------------------------------------------------------

function readOutlets(): ProtectedOutlet[] {
  try {
    return JSON.parse(readFileSync(join(LISTS, 'protected-outlets.json'), 'utf8')) as ProtectedOutlet[];
  } catch {
    note('protected-outlets.json not readable: impersonations get no outlet id');
    return [];
  }
}
const OUTLETS = readOutlets();
const OUTLET_BY_DOMAIN = new Map<string, ProtectedOutlet>();
for (const o of OUTLETS) for (const d of o.domains) OUTLET_BY_DOMAIN.set(d, o);

/** The second-level label of a host without hyphens: `t-online.de` -> `tonline`. */
function labelOf(host: string): string | null {
  const domain = getDomain(host, { allowPrivateDomains: true });
  const suffix = getPublicSuffix(host, { allowPrivateDomains: true });
  if (domain === null || suffix === null || domain.length <= suffix.length) return null;
  return domain.slice(0, domain.length - suffix.length - 1).replace(/-/g, '');
}

const OUTLETS_BY_LABEL = new Map<string, Set<ProtectedOutlet>>();
for (const o of OUTLETS) {
  for (const d of o.domains) {
    const l = labelOf(d);
    if (l === null) continue;
    if (!OUTLETS_BY_LABEL.has(l)) OUTLETS_BY_LABEL.set(l, new Set());
    OUTLETS_BY_LABEL.get(l)?.add(o);
  }
}

const unresolved = new Set<string>();

/** The protected outlet a lookalike imitates: the override table first, then a unique label match. */
function imitatedOutlet(value: string): ProtectedOutlet | null {
  const override = IMPERSONATION_OVERRIDES[value];
  if (override !== undefined) return OUTLET_BY_DOMAIN.get(override) ?? null;
  const l = labelOf(value);
  if (l === null) return null;
  const hits = OUTLETS_BY_LABEL.get(l);
  if (hits === undefined || hits.size !== 1) return null;
  return [...hits][0] ?? null;
}

/** Is this host an official domain (or under one) of a protected outlet? */
function officialOutlet(host: string): ProtectedOutlet | null {
  for (const c of hostCandidates(host)) {
    const o = OUTLET_BY_DOMAIN.get(c);
    if (o !== undefined) return o;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// DISARM
// ---------------------------------------------------------------------------------------------

function readDisarm(): Map<string, string> {
  const stix = JSON.parse(readFileSync(join(DATA, 'raw/disarm/DISARM_STIX/DISARM.json'), 'utf8')) as {
    objects: { type: string; name: string; external_references?: { source_name?: string; external_id?: string }[] }[];
  };
  const names = new Map<string, string>();
  for (const o of stix.objects) {
    if (o.type !== 'attack-pattern') continue;
    for (const r of o.external_references ?? []) {
      if (r.source_name === 'mitre-attack' && r.external_id !== undefined) names.set(r.external_id, o.name);
    }
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const sources = new Map<string, Source>();
function addSource(s: Source): string {
  const existing = sources.get(s.id);
  if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(s)) {
    throw new Error(`two different sources share the id ${s.id}`);
  }
  sources.set(s.id, s);
  return s.id;
}
for (const s of EXTRA_SOURCES) addSource(s);

const META_ID_OVERRIDES: Record<string, string> = {
  'meta-2022-09-removing-coordinated-inauthentic-behavior-from-china-and-russia': 'meta-2022-09-27-cib-china-russia',
  'meta-2022-04-metas-adversarial-threat-report-q1': 'meta-2022-04-adversarial-threat-report-q1',
};

/** A Meta IOC file as a source: id from its file name, title from the CSV, date from the title. */
function metaSource(url: string, title: string, earliest: string | undefined): Source {
  const file = decodeURIComponent(url).split('/').pop() ?? url;
  const md = file.endsWith('.md');
  let base = file.replace(/\.(csv|md)$/, '');
  if (base.includes(' - ')) base = base.split(' - ').pop() ?? base;
  base = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!base.startsWith('meta-')) base = `meta-${base}`;
  if (md) base = `${base}-page`;
  const id = META_ID_OVERRIDES[base] ?? base;
  const months: Record<string, string> = {
    Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
    Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
  };
  let date = META_DATE_OVERRIDES[url];
  const published = /published (\w{3}) (\d{4})/.exec(title);
  if (date === undefined && published !== null) date = `${published[2]}-${months[published[1] ?? ''] ?? '01'}`;
  // Otherwise only the year is certain: the file was committed that year (earliest row date), or
  // for undated H2 2026 pages the year in the title.
  if (date === undefined && earliest !== undefined && earliest !== '') date = earliest.slice(0, 4);
  if (date === undefined) date = /\b(20\d\d)\b/.exec(title)?.[1];
  const licence = url.includes('ThreatResearch-Team')
    ? 'MIT (Threat Research Team, Meta indicator pages)'
    : 'MIT (Meta Platforms, facebook/threat-research)';
  return {
    id,
    publisher: 'Meta',
    title: title.replace(/^Meta:? /, ''),
    ...(date !== undefined ? { date } : {}),
    url,
    tier: 'primary-indicator-file',
    licence,
  };
}

// ---------------------------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------------------------

/** Most specific first: the role a merged indicator keeps when its rows disagree. */
const ROLE_PRIORITY: Role[] = [
  'impersonation',
  'operated-outlet',
  'phishing',
  'infrastructure',
  'persona',
  'redirector',
  'amplifier',
  'placed-article',
];

interface Draft {
  ind: Indicator;
  /** The role came from a row that does not say what the host did (Meta's Sept 2022 list). */
  weak?: boolean;
  /** Notes by origin, primary first, joined at the end. */
  notes: string[];
  primary: boolean;
}

const drafts = new Map<string, Draft>();
const refused: { value: string; campaign: string; reason: string }[] = [];
const fixes: string[] = [];
let csvRows = 0;
let csvAccepted = 0;
let dimaSkippedDuplicate = 0;
let dimaSkippedCovered = 0;
let dimaAddedSourceOnly = 0;

/** Every key under which the validator would see this value (an account can have two). */
function keysOf(value: string, kind: Indicator['kind'], platform: Indicator['platform']): string[] {
  if (kind === 'handle') return checkHandle(value, platform).keys.map((k) => `handle ${k}`);
  return [`${kind} ${value}`];
}

/** key -> the key its draft is stored under. */
const keyIndex = new Map<string, string>();

function findDraft(keys: readonly string[]): Draft | undefined {
  for (const k of keys) {
    const at = keyIndex.get(k);
    if (at !== undefined) return drafts.get(at);
  }
  return undefined;
}

function storeDraft(keys: readonly string[], d: Draft): void {
  const main = keys[0] as string;
  drafts.set(main, d);
  for (const k of keys) if (!keyIndex.has(k)) keyIndex.set(k, main);
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || a === '') return b === '' ? undefined : b;
  if (b === undefined || b === '') return a;
  return a.localeCompare(b) <= 0 ? a : b;
}

function mergeInto(d: Draft, add: Indicator, noteText: string | undefined, primary: boolean, weak = false): void {
  const ind = d.ind;
  if (add.campaign !== ind.campaign) {
    note(`conflict: ${ind.value} is in ${ind.campaign} and ${add.campaign}; kept ${ind.campaign} (first primary row)`);
    return;
  }
  for (const s of add.sources) if (!ind.sources.includes(s)) ind.sources.push(s);
  if (primary && d.weak === true && !weak) {
    ind.role = add.role;
    d.weak = false;
    ind.firstReported = earlier(ind.firstReported, add.firstReported);
  } else if (primary && !weak) {
    if (ROLE_PRIORITY.indexOf(add.role) < ROLE_PRIORITY.indexOf(ind.role)) {
      note(`role: ${ind.value}: ${ind.role} -> ${add.role} (a more specific primary row)`);
      ind.role = add.role;
    }
    ind.firstReported = earlier(ind.firstReported, add.firstReported);
  } else if (primary) {
    ind.firstReported = earlier(ind.firstReported, add.firstReported);
  }
  if (add.impersonates !== undefined && ind.impersonates === undefined) ind.impersonates = add.impersonates;
  if (add.brands !== undefined) ind.brands = [...new Set([...(ind.brands ?? []), ...add.brands])];
  if (add.status !== undefined && ind.status === undefined) ind.status = add.status;
  if (noteText !== undefined && !d.notes.includes(noteText)) d.notes.push(noteText);
}

function put(ind: Indicator, noteText: string | undefined, primary: boolean, weak = false): void {
  const keys = keysOf(ind.value, ind.kind, ind.platform);
  const existing = findDraft(keys);
  if (existing === undefined) {
    storeDraft(keys, { ind, notes: noteText === undefined ? [] : [noteText], primary, weak });
    return;
  }
  mergeInto(existing, ind, noteText, primary, weak);
}

// ---------------------------------------------------------------------------------------------
// indicators.csv
// ---------------------------------------------------------------------------------------------

type Row = Record<string, string>;

const LABEL_TO_CAMPAIGN = new Map<string, string>();
for (const c of CAMPAIGNS) for (const l of c.labels) LABEL_TO_CAMPAIGN.set(l, c.id);

function procedureOf(notes: string): string | null {
  return /kill-chain procedure: ([\d.]+)/.exec(notes)?.[1] ?? null;
}

/** A URL that names one account (a profile page), rather than one item. */
function looksLikeProfile(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const segs = u.pathname.split('/').filter((s) => s !== '');
  const path = u.pathname.toLowerCase();
  if (/\/(comments|status|pin|p|watch|posts?|thread-[^/]*|showtopic[^/]*|poem|d|projects|petitions?|articles?|explainers)\//.test(`${path}/`)
    && !/^\/u\/[^/]+\/posts\/?$/.test(path)) {
    return false;
  }
  if (segs.length === 0) return true;
  const first = (segs[0] ?? '').toLowerCase();
  const second = (segs[1] ?? '').toLowerCase();
  const markers = /^(u|user|users|member|members|profile|author|by|id|people|channel|c|group|groups|topic|in|photos|r)$/;
  if (markers.test(first) || markers.test(second)) return true;
  if (/^(home|member)\.php$/.test(first) && /(uid|u)=/.test(u.search)) return true;
  // One path segment is an account name (vimeo.com/user1, github.com/name), unless it reads like
  // an article slug (long, or several hyphen-joined words).
  if (segs.length !== 1 || /\.(html?|php|aspx?)$/.test(first)) return false;
  let decoded = first;
  try {
    decoded = decodeURIComponent(first);
  } catch {
    // keep as is
  }
  return decoded.length <= 40 && (decoded.match(/-/g) ?? []).length < 3;
}

interface RowResult {
  role: Role;
  /** The row does not say what the host did: any other row's role wins. */
  weak?: boolean;
  note: string;
  impersonates?: string;
  status?: Indicator['status'];
}

function metaComment(notes: string): string {
  return /Meta comment: "?\s*([^";]*)/.exec(notes)?.[1]?.trim() ?? '';
}

/** Meta writes registration dates as M-D-YYYY, M/D/YYYY or "D Month YYYY"; we write ISO dates. */
function isoDate(text: string): string {
  const t = text.trim();
  const mdy = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(t);
  if (mdy !== null) return `${mdy[3]}-${(mdy[1] ?? '').padStart(2, '0')}-${(mdy[2] ?? '').padStart(2, '0')}`;
  const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const dmy = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  const m = dmy === null ? -1 : months.indexOf((dmy[2] ?? '').toLowerCase());
  if (dmy !== null && m >= 0) return `${dmy[3]}-${String(m + 1).padStart(2, '0')}-${(dmy[1] ?? '').padStart(2, '0')}`;
  return t;
}

function registration(notes: string): string {
  const reg = /Registration date: ([^,]+), Country likely targeted: ([A-Za-z ]+)/.exec(notes);
  if (reg === null) return '';
  const date = isoDate(reg[1] ?? '');
  const target = `Meta's likely target: ${reg[2]?.trim()}`;
  return /^\d{4}-\d\d-\d\d$/.test(date) ? ` (registered ${date}; ${target})` : ` (${target})`;
}

/** Doppelganger's own brand domains from Meta, by label, for the mirror rule. */
const OWN_BRAND_LABELS = new Set<string>();

function roleForRow(r: Row, n: Normalised & { ok: true }, campaign: string): RowResult | { refuse: string } {
  const notes = r.notes ?? '';
  const proc = procedureOf(notes);
  const comment = metaComment(notes);
  const publisher = r.source_publisher ?? '';
  const url = r.source_url ?? '';
  const v = n.value;
  const only = ' Only this URL is flagged, not the site it is on.';

  if (n.kind === 'url' && proc === '5.2.1') {
    return { role: 'redirector', note: 'Listed by Meta as a short link the network used to point people at its content; redirects are short-lived.' };
  }
  if (publisher === 'Meta') {
    if (proc === '8.2.1' || proc === '8.3.1') return { refuse: 'a victim site, not an asset of the network (Meta 8.2.1/8.3.1)' };
    if (proc === '9.5.3') {
      return {
        role: 'redirector',
        note: 'Listed by Meta as a redirect domain: a first hop that forwarded visitors to Doppelganger pages. Such domains are short-lived and may since have changed hands.',
      };
    }
    if (notes.includes('Domains spoofing news or government sites')) {
      const reg = registration(notes);
      const l = labelOf(v);
      if (l !== null && OWN_BRAND_LABELS.has(l)) {
        return {
          role: 'operated-outlet',
          note: `Listed by Meta among domains spoofing news or government sites${reg}; its name matches one of the operation's own brands, so we list it as a mirror of that brand.`,
        };
      }
      const outlet = imitatedOutlet(v);
      if (outlet === null) unresolved.add(v);
      const hosted = /Hosted a spoof of ([^;"]+)/.exec(notes)?.[1];
      return {
        role: 'impersonation',
        note: `Listed by Meta as a domain spoofing a news or government site${reg}${hosted !== undefined ? `; Meta says it hosted a spoof of ${hosted.trim()}` : ''}.`,
        ...(outlet !== null ? { impersonates: outlet.id } : {}),
      };
    }
    if (notes.includes('websites and brands')) {
      return { role: 'operated-outlet', note: `Listed by Meta among the operation's own websites and brands${registration(notes)}.` };
    }
    if (/indicator_type=domain_name/.test(notes)) {
      const sept2022 = url.includes('2022_09');
      const outlet = imitatedOutlet(v);
      if (sept2022 && outlet !== null) {
        return {
          role: 'impersonation',
          impersonates: outlet.id,
          note: `Listed by Meta in its Sept 2022 takedown as a ${comment.replace(/ CIB domain$/, '')} domain of the network; its name copies ${outlet.name}.`,
        };
      }
      if (sept2022) {
        return {
          role: 'infrastructure',
          weak: true,
          note: `Listed by Meta in its Sept 2022 takedown as a ${comment.replace(/ CIB domain$/, '')} domain of the network; that file does not say what it hosted.`,
        };
      }
      return { role: 'operated-outlet', note: 'Listed by Meta (Q1 2022) as a domain of the network.' };
    }
    if (/indicator_type=(cib_url|telegram_url)/.test(notes)) {
      if (n.kind === 'url') {
        return { role: 'placed-article', note: `Listed by Meta in its Sept 2022 takedown as ${/Petition/i.test(comment) ? 'a petition the network created' : 'an item the network posted'}.${only}` };
      }
      return { role: 'persona', note: 'Listed by Meta in its Sept 2022 takedown as an account or channel of the network.' };
    }
    if (proc === '0.6.2' || /Meta indicator type: Domain/.test(notes) || (r.notes ?? '').startsWith('IOC table read') && n.kind === 'domain') {
      return { role: 'operated-outlet', note: 'Listed by Meta as a domain the network acquired for its operation.' };
    }
    if (proc === '0.4.1') return { role: 'infrastructure', note: 'Listed by Meta as the website of a company the network registered.' };
    if (/Creating apps/.test(notes)) return { role: 'infrastructure', note: "Listed by Meta as a domain used for the network's app." };
    if (proc === '6.2.4') return { role: 'persona', note: 'Listed by Meta as a likely fake account used to amplify the network.' };
    if (proc === '9.2.3' || /Meta indicator type: URL/.test(notes)) {
      return {
        role: 'placed-article',
        note: `Listed by Meta as content the network spread; where it is an article on a real outlet, the outlet itself is not part of the operation.${only}`,
      };
    }
    if (proc === '7.5.1') {
      if (n.kind === 'url') return { role: 'placed-article', note: `Listed by Meta as a post used to send people to the operation's sites.${only}` };
      return { role: 'persona', note: "Listed by Meta as an account used to send people to the operation's sites." };
    }
    if (proc === '7.6.4') {
      if (looksLikeProfile(v)) return { role: 'persona', note: 'Listed by Meta as a persona used to post allegedly hacked material.' };
      return { role: 'placed-article', note: `Listed by Meta as a post offering allegedly hacked material.${only}` };
    }
    if (proc === '7.4.1') return { role: 'placed-article', note: `Listed by Meta as an advert the network posted for freelance writers.${only}` };
    if (proc === '7.4.2') return { role: 'placed-article', note: `Listed by Meta as a post advertising for paid protesters.${only}` };
    if (proc === '6.1.3') return { role: 'placed-article', note: `Listed by Meta as a blog post the network published.${only}` };
    if (/Creating online petitions/.test(notes) || /Petition/.test(comment)) {
      return { role: 'placed-article', note: `Listed by Meta as a petition the network created.${only}` };
    }
    if ((proc !== null && proc.startsWith('0.9.')) || /Social Media Account/.test(notes) || notes.startsWith('IOC table read')) {
      if (n.kind === 'url' && !looksLikeProfile(v)) {
        return { role: 'placed-article', note: `Listed by Meta as an item of the network.${only}` };
      }
      return { role: 'persona', note: 'Listed by Meta as an account the network ran.' };
    }
    return { refuse: `no role rule for this Meta row (${proc ?? 'no procedure'})` };
  }
  if (campaign === 'star-blizzard') {
    return url.includes('Azure-Sentinel')
      ? { role: 'phishing', note: 'Published by Microsoft (Aug 2022) as a Star Blizzard (SEABORGIUM) credential-phishing domain. Phishing domains are short-lived.' }
      : {
          role: 'phishing',
          note: `Published by Recorded Future as TAG-53/BlueCharlie credential-phishing infrastructure, which MISP and Microsoft map to Star Blizzard. Phishing domains are short-lived.`,
        };
  }
  if (publisher === 'Graphika') {
    if (n.kind === 'handle') {
      return { role: 'persona', note: 'Graphika attributes this account to Spamouflage; it shared a Glass Onion article (weeklytimesnet.com) in Sept-Oct 2025.' };
    }
    const linked = /linked by Graphika to: ([^;]+)/.exec(notes)?.[1]?.trim();
    const link = linked !== undefined ? ` Graphika links it to ${linked}.` : '';
    if (IMPERSONATION_OVERRIDES[v] !== undefined) {
      const outlet = imitatedOutlet(v);
      if (outlet === null) unresolved.add(v);
      return {
        role: 'impersonation',
        note: `Listed in Graphika's Glass Onion data; its name imitates ${outlet?.name ?? 'a real outlet'} (our reading of the name).${link}`,
        ...(outlet !== null ? { impersonates: outlet.id } : {}),
      };
    }
    if (notes.startsWith('PR / paid-placement')) {
      return { role: 'infrastructure', note: `Listed in Graphika's Glass Onion data; by its name a press-release or paid-placement platform (our reading, not Graphika's).${link}` };
    }
    return { role: 'operated-outlet', note: `Listed in Graphika's Glass Onion data as part of the network; a news-style site by its name (our reading).${link}` };
  }
  if (publisher === 'CheckFirst') {
    return url.endsWith('Pravda-links-extractor')
      ? { role: 'operated-outlet', note: "CheckFirst's tool for collecting Pravda-network articles uses this domain as its example." }
      : { role: 'operated-outlet', note: 'CheckFirst tracks this domain in its Pravda-network data collection.' };
  }
  if (url.includes('cnews.fr')) {
    return { role: 'operated-outlet', note: 'Named by VIGINUM as one of the five "Pravda ecosystem" portals (as reported by CNews, Feb 2024).' };
  }
  if (campaign === 'storm-1516') {
    if (v === 'france-soir.net') {
      const outlet = imitatedOutlet(v);
      if (outlet === null) unresolved.add(v);
      return {
        role: 'impersonation',
        note: 'A research compilation citing VIGINUM (Feb 2026) says it imitated France-Soir; registered 1 Feb 2026.',
        ...(outlet !== null ? { impersonates: outlet.id } : {}),
      };
    }
    if (v === 'ensemble-24.fr') {
      unresolved.add(v);
      return {
        role: 'impersonation',
        note: 'A research compilation citing VIGINUM describes it as a fake site of the Ensemble coalition offering a "Macron bonus" during the July 2024 snap election.',
      };
    }
    if (v === 'deepstateleaks.org') return { role: 'operated-outlet', note: 'A research compilation citing VIGINUM says it hosted faked Obama-Axelrod audio (Aug 2024).' };
    if (v === 'berliner-wochenzeitung.de') return { role: 'operated-outlet', note: 'A research compilation citing VIGINUM says it shared IP addresses with ensemble-24.fr.' };
    if (v === 'swanlandco.us') return { role: 'operated-outlet', note: 'A research compilation citing Alethea lists it as a Storm-1516 site, registered six days before its first post.' };
    return { role: 'operated-outlet', note: 'A research compilation citing VIGINUM names it as one of the early CopyCop sites.' };
  }
  if (campaign === 'storm-2035') {
    const site = /site "([^"]+)"/.exec(notes)?.[1] ?? '';
    return { role: 'operated-outlet', note: `OpenAI and Microsoft name the site "${site}" as part of Storm-2035; the domain spelling comes from a research compilation quoting OpenAI.` };
  }
  if (url.includes('justice.gov')) {
    return {
      role: 'impersonation',
      note: 'Named by the US Department of Justice as an example of the 32 domains it seized on 4 Sep 2024.',
      status: { state: 'seized', date: '2024-09-04', by: 'US Department of Justice' },
      ...(imitatedOutlet(v) !== null ? { impersonates: imitatedOutlet(v)?.id as string } : {}),
    };
  }
  if (url.includes('willkie.com')) {
    return {
      role: 'operated-outlet',
      note: 'The American Herald Tribune: the US Department of Justice said it seized this domain in Nov 2020 as one the IRGC used to target US audiences.',
      status: { state: 'seized', date: '2020-11-04', by: 'US Department of Justice' },
    };
  }
  if (url.includes('infodocket.com')) {
    const outlet = imitatedOutlet(v);
    if (outlet === null) unresolved.add(v);
    return {
      role: 'impersonation',
      note: 'Quoted from the Citizen Lab report as an Endless Mayfly typosquat of The Atlantic.',
      ...(outlet !== null ? { impersonates: outlet.id } : {}),
    };
  }
  if (url.includes('zerohedge.com')) {
    return { role: 'operated-outlet', note: 'Citizen Lab names it as the PAPERWALL site aimed at a US audience, first registered in July 2019 (as reported).' };
  }
  if (url.includes('openai.com')) {
    const what: Record<string, string> = {
      'franceeteu.today': 'OpenAI reported French articles generated for this site (May 2024)',
      'grenzezank.com': 'OpenAI reported German posts for a Facebook page named after this site (May 2024)',
      'rrn.media': 'OpenAI reported translations made for this site (May 2024)',
      'iuvmpress.co': 'OpenAI reported IUVM articles published on this site (May 2024)',
      'al-sarira.com': 'OpenAI (Feb 2025) reported articles written for this site, which it ties to Storm-2035, in its IUVM-linked findings',
      'critiquepolitique.com': 'OpenAI (Feb 2025) reported French texts written for this site in its IUVM-linked findings',
      'lalinearoja.net': 'OpenAI (Feb 2025) reported Spanish-language articles written for this site in its IUVM-linked findings',
      'revealscum.com': 'OpenAI describes it as a site labelling Chinese diaspora critics as traitors (May 2024)',
    };
    const lead = what[v] ?? (campaign === 'zero-zeno' ? 'OpenAI reported it as a front website of "Zero Zeno" (May 2024)' : 'OpenAI reported it as a "Stop News" fake news outlet (Oct 2024)');
    return { role: 'operated-outlet', note: `${lead}; read through a research compilation.` };
  }
  return { refuse: `no role rule for source ${publisher}` };
}

function readCsvRows(): void {
  const rows = parseCsvObjects(readFileSync(join(DATA, 'indicators.csv'), 'utf8'));
  // Earliest row date per source file, for Meta source dates.
  const earliestBySource = new Map<string, string>();
  for (const r of rows) {
    const fr = r.first_reported ?? '';
    const u = r.source_url ?? '';
    if (fr !== '') earliestBySource.set(u, earlier(earliestBySource.get(u), fr) ?? fr);
  }
  // Pass 1: Doppelganger's own brands (for the mirror rule).
  for (const r of rows) {
    if ((r.notes ?? '').includes('websites and brands')) {
      const l = labelOf(r.value ?? '');
      if (l !== null) OWN_BRAND_LABELS.add(l);
    }
  }
  csvRows = rows.length;
  for (const r of rows) {
    const label = r.campaign ?? '';
    const campaign = LABEL_TO_CAMPAIGN.get(label);
    if (campaign === undefined) throw new Error(`indicators.csv: no campaign maps the label "${label}"`);
    let raw = r.value ?? '';
    const fix = VALUE_FIXES[raw];
    if (fix !== undefined) {
      fixes.push(`${raw} -> ${fix.value}: ${fix.why}`);
      raw = fix.value;
    }
    const refusedWhy = REFUSED_ROWS[raw];
    if (refusedWhy !== undefined) {
      refused.push({ value: raw, campaign, reason: refusedWhy });
      continue;
    }
    const type = r.type ?? '';
    const n = type === 'domain' ? normaliseDomain(raw) : type === 'url' ? normaliseUrl(raw, r.platform ?? '') : normaliseHandle(raw, r.platform ?? '');
    if (!n.ok) {
      refused.push({ value: raw, campaign, reason: n.reason });
      continue;
    }
    for (const f of n.fixes) fixes.push(`${raw}: ${f}`);
    if (n.kind === 'domain') {
      const official = officialOutlet(n.value);
      if (official !== null) {
        refused.push({ value: raw, campaign, reason: `an official domain of the protected outlet ${official.id}` });
        continue;
      }
    }
    // Source
    const sourceUrl = r.source_url ?? '';
    const curated = CSV_SOURCES[sourceUrl];
    let sourceId: string;
    if (curated !== undefined) sourceId = addSource(curated);
    else if ((r.source_publisher ?? '') === 'Meta') sourceId = addSource(metaSource(sourceUrl, r.source_title ?? '', earliestBySource.get(sourceUrl)));
    else throw new Error(`no source curated for ${sourceUrl}`);

    const role = roleForRow(r, n, campaign);
    if ('refuse' in role) {
      refused.push({ value: raw, campaign, reason: role.refuse });
      continue;
    }
    const fr = r.first_reported ?? '';
    const brandsFromNote = campaign === 'storm-2035' ? /site "([^"]+)"/.exec(r.notes ?? '')?.[1] : undefined;
    const brands = [...(BRANDS[n.value] ?? []), ...(brandsFromNote !== undefined ? [brandsFromNote] : [])];
    const ind: Indicator = {
      value: n.value,
      kind: n.kind,
      platform: n.platform,
      role: role.role,
      campaign,
      ...(brands.length > 0 ? { brands: [...new Set(brands)] } : {}),
      ...(role.impersonates !== undefined ? { impersonates: role.impersonates } : {}),
      ...(fr !== '' ? { firstReported: fr } : {}),
      ...(role.status !== undefined ? { status: role.status } : {}),
      sources: [sourceId],
    };
    put(ind, role.note, true, role.weak === true);
    csvAccepted++;
    // Every accepted row must be findable afterwards (a merge may never lose a row).
    if (findDraft(keysOf(ind.value, ind.kind, ind.platform)) === undefined) throw new Error(`row ${raw} was lost`);
  }
}

// ---------------------------------------------------------------------------------------------
// DIMA (secondary)
// ---------------------------------------------------------------------------------------------

interface DimaDomain {
  domain: string;
  reason: string;
  source: string;
  reportUrl?: string;
  identifiedDate?: string;
  tags: string[];
}
interface DimaAccount {
  platform: string;
  handle?: string;
  url?: string;
  name?: string;
  role: string;
  description: string;
  tags: string[];
  source: string;
}

const DIMA_FILES: { file: string; key: string; campaign: string }[] = [
  { file: 'Doppelganger.json', key: 'doppelgangerDomains', campaign: 'doppelganger' },
  { file: 'RRN.json', key: 'domains', campaign: 'doppelganger' },
  { file: 'PortalKombat.json', key: 'portalKombatDomains', campaign: 'portal-kombat' },
  { file: 'Pravda.json', key: 'pravdaDomains', campaign: 'portal-kombat' },
  { file: 'Copycop.json', key: 'copycopDomains', campaign: 'storm-1516' },
  { file: 'Storm1516.json', key: 'storm1516Domains', campaign: 'storm-1516' },
  { file: 'Baybridge.json', key: 'baybridgeDomains', campaign: 'baybridge' },
];

function dimaSource(db: string, e: { reportUrl?: string | null; source: string }): { id: string; reportDate?: string } {
  const key = `${db}|${e.reportUrl ?? e.source}`;
  const spec = DIMA_SOURCES[key] ?? DIMA_SOURCES[`${db}|${e.source}`];
  if (spec === undefined) throw new Error(`no DIMA source curated for ${key}`);
  addSource(spec.source);
  return { id: spec.source.id, ...(spec.reportDate !== undefined ? { reportDate: spec.reportDate } : {}) };
}

/** Short English description of who the DIMA entry cites. */
function citing(db: string, e: DimaDomain): string {
  if (db === 'Doppelganger') {
    if (e.source.startsWith('Qurium')) return 'the DIMA compilation (citing Qurium)';
    if (e.source.startsWith('US Department of Justice')) return 'the DIMA compilation (citing the US DOJ)';
    return 'the DIMA compilation (citing EU DisinfoLab)';
  }
  if (db === 'RRN') return "the DIMA compilation (citing VIGINUM's June 2023 RRN report)";
  if (db === 'PortalKombat') return "the DIMA compilation (citing VIGINUM's Feb 2024 report)";
  if (db === 'Pravda') return `the DIMA compilation (citing ${e.source})`;
  if (db === 'Copycop') return 'the DIMA compilation (citing Recorded Future)';
  if (db === 'Storm1516') return "the DIMA compilation (citing VIGINUM's May 2025 report)";
  return 'the DIMA compilation (citing Tadaweb and Paul Charon)';
}

/**
 * DIMA role rules (descriptions are French; our notes are our own English):
 * - a clone or typosquat of a named real outlet ("Usurpation-Identité"/"typosquatting" with the
 *   outlet named, or an IMPERSONATION_OVERRIDES entry) -> impersonation;
 * - "redirecteur" tags -> redirector;
 * - commercial, hosting, LLM and content-distribution sites of the companies -> infrastructure;
 * - sites the compilation only calls "linked to the campaign" -> infrastructure;
 * - everything else the compilation describes as a site of the campaign -> operated-outlet.
 * Seizure claims are mentioned in the note, never turned into a status (README: DIMA's DOJ-seizure
 * claims could not be checked against the affidavit).
 */
function dimaRole(db: string, e: DimaDomain, value: string): { role: Role; note: string; impersonates?: string } {
  const tags = new Set(e.tags);
  const who = citing(db, e);
  const seized = tags.has('DOJ-Seizure') ? ' The compilation says the US DOJ seized it in Sept 2024; we could not check this against the court papers.' : '';
  const imitates = tags.has('Usurpation-Identité') || tags.has('typosquatting') || tags.has('Typosquatting') || tags.has('Média-Légitime-Imité');
  const overrideOutlet = IMPERSONATION_OVERRIDES[value] !== undefined;
  if (tags.has('redirecteur') || tags.has('redirecteur-jetable')) {
    return { role: 'redirector', note: `Listed in ${who} as a domain used to redirect visitors to RRN sites. Redirects are short-lived.` };
  }
  const unlisted = DIMA_IMITATES_UNLISTED[value];
  if (unlisted !== undefined) {
    unresolved.add(value);
    return { role: 'impersonation', note: `Listed in ${who} as a site imitating ${unlisted}.` };
  }
  if ((imitates && db !== 'Storm1516' && db !== 'Copycop' && db !== 'Baybridge') || overrideOutlet) {
    const outlet = imitatedOutlet(value);
    if (outlet === null) {
      unresolved.add(value);
      return { role: 'impersonation', note: `Listed in ${who} as a copy of a real outlet.${seized}` };
    }
    return { role: 'impersonation', impersonates: outlet.id, note: `Listed in ${who} as a copy of ${outlet.name}.${seized}` };
  }
  if (db === 'Baybridge') {
    if (tags.has('Infrastructure') || tags.has('Hébergement') || tags.has('Distribution-Contenu') || tags.has('Sites-Commerciaux')) {
      return { role: 'infrastructure', note: `Listed in ${who} as a commercial, hosting or content-distribution site of the companies behind the network.` };
    }
    return { role: 'operated-outlet', note: `Listed in ${who} as one of the network's end sites presented as local news.` };
  }
  if (db === 'Copycop' && (tags.has('Infrastructure') || tags.has('Dougan'))) {
    return { role: 'infrastructure', note: `Listed in ${who} as technical infrastructure of the network (login pages, self-hosted video or AI tools).` };
  }
  if (db === 'RRN' && /^Domaine lié/.test(e.reason)) {
    return { role: 'infrastructure', note: `Listed in ${who} as linked to the RRN campaign; the compilation does not say what it hosted.` };
  }
  if (db === 'PortalKombat' || db === 'Pravda') {
    return { role: 'operated-outlet', note: `Listed in ${who} as a portal of the Portal Kombat / Pravda network.` };
  }
  if (db === 'Copycop' || db === 'Storm1516') {
    return { role: 'operated-outlet', note: `Listed in ${who} as a site of the CopyCop / Storm-1516 network.` };
  }
  return { role: 'operated-outlet', note: `Listed in ${who} as a site of the campaign.${seized}` };
}

function readDima(): void {
  for (const spec of DIMA_FILES) {
    const db = spec.file.replace(/\.json$/, '');
    const data = JSON.parse(readFileSync(join(DATA, 'dima', spec.file), 'utf8')) as Record<string, unknown>;
    const entries = (data[spec.key] ?? []) as DimaDomain[];
    for (const e of entries) {
      const raw = e.domain;
      const refuse = DIMA_REFUSED[raw];
      if (refuse !== undefined) {
        refused.push({ value: raw, campaign: spec.campaign, reason: `DIMA: ${refuse}` });
        continue;
      }
      if (!raw.includes('.')) {
        refused.push({ value: raw, campaign: spec.campaign, reason: 'DIMA: not a domain name (a name pattern, not a host)' });
        continue;
      }
      const n = normaliseDomain(raw);
      if (!n.ok) {
        refused.push({ value: raw, campaign: spec.campaign, reason: `DIMA: ${n.reason}` });
        continue;
      }
      if (officialOutlet(n.value) !== null) {
        refused.push({ value: raw, campaign: spec.campaign, reason: 'DIMA: an official domain of a protected outlet' });
        continue;
      }
      const src = dimaSource(db, e);
      const role = dimaRole(db, e, n.value);
      const brands = BRANDS[n.value];
      const ind: Indicator = {
        value: n.value,
        kind: 'domain',
        platform: 'web',
        role: role.role,
        campaign: spec.campaign,
        ...(brands !== undefined ? { brands } : {}),
        ...(role.impersonates !== undefined ? { impersonates: role.impersonates } : {}),
        ...(src.reportDate !== undefined ? { firstReported: src.reportDate } : {}),
        sources: [src.id],
      };
      addDima(ind, role.note);
    }
    if (db === 'Storm1516') {
      for (const acc of (data.storm1516SocialAccounts ?? []) as DimaAccount[]) addDimaAccount(acc);
    }
  }
}

/** Dedup a DIMA entry against what the primary rows (and earlier DIMA rows) already hold. */
function addDima(ind: Indicator, noteText: string): void {
  const keys = keysOf(ind.value, ind.kind, ind.platform);
  const existing = findDraft(keys);
  if (existing === undefined) {
    // Covered by a listed parent domain of the same campaign: nothing new to flag.
    if (ind.kind === 'domain') {
      for (const c of hostCandidates(ind.value).slice(1)) {
        const parent = findDraft([`domain ${c}`]);
        if (parent !== undefined && parent.ind.campaign === ind.campaign) {
          dimaSkippedCovered++;
          note(`DIMA ${ind.value}: covered by ${c} of the same campaign; skipped`);
          return;
        }
      }
    }
    storeDraft(keys, { ind, notes: [noteText], primary: false });
    return;
  }
  const e = existing.ind;
  if (e.campaign !== ind.campaign) {
    dimaSkippedDuplicate++;
    note(`DIMA ${ind.value}: already listed under ${e.campaign} from another source; the DIMA entry (${ind.campaign}) is skipped`);
    return;
  }
  const addsOutlet = ind.impersonates !== undefined && e.impersonates === undefined && e.role === 'impersonation';
  const addsBrand = (ind.brands ?? []).some((b) => !(e.brands ?? []).includes(b));
  if (!addsOutlet && !addsBrand) {
    dimaSkippedDuplicate++;
    return;
  }
  dimaAddedSourceOnly++;
  if (!e.sources.includes(ind.sources[0] as string)) e.sources.push(ind.sources[0] as string);
  if (addsOutlet) e.impersonates = ind.impersonates;
  if (addsBrand) e.brands = [...new Set([...(e.brands ?? []), ...(ind.brands ?? [])])];
  existing.notes.push(noteText);
}

/**
 * DIMA's Storm-1516 social accounts. People get exactly the role the compilation gives them:
 * "amplification" -> amplifier ("named ... as an account that amplified Storm-1516 narratives"),
 * never "operated by". Throwaway accounts the compilation says were used to first publish an
 * operation, or set up to impersonate someone, are personas of the operation.
 */
function addDimaAccount(acc: DimaAccount): void {
  const raw = acc.url ?? '';
  if (DIMA_REFUSED[`https://www.${raw.replace(/^https?:\/\//, '')}`] !== undefined || raw.includes('ads/library')) {
    refused.push({ value: raw, campaign: 'storm-1516', reason: 'DIMA: an ad-library entry, not an account or a site' });
    return;
  }
  const platformName =
    acc.platform === 'X/Twitter' ? 'x' : acc.platform.toLowerCase();
  const n = normaliseHandle(raw, platformName);
  if (!n.ok || n.kind !== 'handle') {
    refused.push({ value: raw, campaign: 'storm-1516', reason: `DIMA account: ${n.ok ? 'not an account URL' : n.reason}` });
    return;
  }
  const src = dimaSource('Storm1516', { source: acc.source });
  const tags = new Set(acc.tags);
  const lakhta = tags.has('Projet-Lakhta') ? ' The compilation also links it to Project Lakhta.' : '';
  let role: Role = 'amplifier';
  let text = `Named in the DIMA compilation, citing VIGINUM's Storm-1516 report (May 2025), as an account that amplified Storm-1516 narratives.${lakhta}`;
  if (tags.has('Compte-Jetable')) {
    role = 'persona';
    text = "Named in the DIMA compilation, citing VIGINUM's Storm-1516 report (May 2025), as a throwaway account used to first publish a Storm-1516 story.";
  } else if (tags.has('Identité-Usurpée')) {
    role = 'persona';
    text = "Named in the DIMA compilation, citing VIGINUM's Storm-1516 report (May 2025), as an account set up in someone else's name to first publish a Storm-1516 video. The real person is not involved.";
  } else if (tags.has('CopyCop') && acc.platform === 'Rumble') {
    role = 'persona';
    text = "Named in the DIMA compilation, citing VIGINUM's Storm-1516 report (May 2025), as a channel tied to the CopyCop site patriotvoicenews.com that first published a Storm-1516 video.";
  } else if (tags.has('Primo-Diffusion')) {
    text = `Named in the DIMA compilation, citing VIGINUM's Storm-1516 report (May 2025), as an account that was among the first to spread, and then amplified, Storm-1516 narratives.${lakhta}`;
  }
  const ind: Indicator = {
    value: n.value,
    kind: 'handle',
    platform: n.platform,
    role,
    campaign: 'storm-1516',
    ...(src.reportDate !== undefined ? { firstReported: src.reportDate } : {}),
    sources: [src.id],
  };
  addDima(ind, text);
}

// ---------------------------------------------------------------------------------------------
// Campaigns, actors, artifacts
// ---------------------------------------------------------------------------------------------

function buildCampaigns(disarm: Map<string, string>, indicators: Indicator[]): Campaign[] {
  const byCampaign = new Map<string, Set<string>>();
  for (const i of indicators) {
    if (!byCampaign.has(i.campaign)) byCampaign.set(i.campaign, new Set());
    for (const s of i.sources) byCampaign.get(i.campaign)?.add(s);
  }
  return CAMPAIGNS.map((c: CuratedCampaign) => {
    const { labels: _labels, tactics, ...rest } = c;
    const all = new Set<string>([...c.sources, ...(byCampaign.get(c.id) ?? [])]);
    for (const at of c.attribution) for (const s of at.sources) all.add(s);
    for (const ev of c.events ?? []) for (const s of ev.sources) all.add(s);
    const campaign: Campaign = {
      ...rest,
      tactics: tactics.map((t) => {
        const name = disarm.get(t.id);
        if (name === undefined) throw new Error(`campaign ${c.id}: DISARM id ${t.id} is not in DISARM.json`);
        return { id: t.id, name, note: t.note, basis: t.basis };
      }),
      sources: [...all].sort(),
    };
    return campaign;
  });
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function main(): void {
  const disarm = readDisarm();
  readCsvRows();
  readDima();

  const indicators: Indicator[] = [...drafts.values()].map((d) => {
    const n = d.notes.slice(0, 3).join(' ');
    return { ...d.ind, sources: [...d.ind.sources].sort(), ...(n !== '' ? { note: n } : {}) };
  });
  const campaigns = buildCampaigns(disarm, indicators);
  const campaignIds = new Set(campaigns.map((c) => c.id));
  for (const i of indicators) if (!campaignIds.has(i.campaign)) throw new Error(`unknown campaign ${i.campaign}`);

  // Only sources something cites; the outlets file may cite ours too.
  const cited = new Set<string>();
  for (const i of indicators) for (const s of i.sources) cited.add(s);
  for (const c of campaigns) for (const s of c.sources) cited.add(s);
  for (const a of ACTORS) for (const s of a.sources) cited.add(s);
  for (const t of ARTIFACTS) for (const s of t.sources) cited.add(s);
  for (const o of OUTLETS) for (const s of o.impersonatedIn ?? []) cited.add(s);
  for (const id of cited) {
    if (!sources.has(id)) {
      const isOutletRef = OUTLETS.some((o) => (o.impersonatedIn ?? []).includes(id));
      if (isOutletRef) note(`protected-outlets.json cites source "${id}", which the importer does not produce`);
      else throw new Error(`a curated entry cites the unknown source "${id}"`);
    }
  }
  const sourceList = [...sources.values()].filter((s) => cited.has(s.id));
  for (const s of sources.values()) if (!cited.has(s.id)) note(`source ${s.id} is cited by nothing and left out`);

  // Write
  writeFileSync(join(LISTS, 'sources.json'), formatList('sources', sourceList));
  writeFileSync(join(LISTS, 'actors.json'), formatList('actors', ACTORS as Actor[]));
  writeFileSync(join(LISTS, 'campaigns.json'), formatList('campaigns', campaigns));
  writeFileSync(join(LISTS, 'text-artifacts.json'), formatList('artifacts', ARTIFACTS as TextArtifact[]));
  const dir = join(LISTS, 'indicators');
  mkdirSync(dir, { recursive: true });
  const byCampaign = new Map<string, Indicator[]>();
  for (const i of indicators) {
    if (!byCampaign.has(i.campaign)) byCampaign.set(i.campaign, []);
    byCampaign.get(i.campaign)?.push(i);
  }
  const written = new Set<string>();
  for (const [id, list] of byCampaign) {
    writeFileSync(join(dir, `${id}.json`), formatList('indicators', list));
    written.add(`${id}.json`);
  }
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.json') && !written.has(f)) {
      unlinkSync(join(dir, f));
      note(`removed stale lists/indicators/${f}`);
    }
  }
  writeFileSync(UNRESOLVED_FILE, [...unresolved].sort().map((d) => `${d}\n`).join(''));

  // Report
  const report = buildReport(indicators, campaigns, sourceList);
  // The report belongs in lists/, but only once the list checker accepts a non-list file of that
  // name there; until then it goes next to the importer so that `npm run lists` keeps passing.
  const reportPath = NON_LIST_FILES.includes('IMPORT-REPORT.md')
    ? join(LISTS, 'IMPORT-REPORT.md')
    : join(REPO, 'scripts/import/IMPORT-REPORT.md');
  writeFileSync(reportPath, report);
  if (!reportPath.startsWith(LISTS)) note(`report written to ${reportPath}: src/lists/schema.ts NON_LIST_FILES does not list IMPORT-REPORT.md yet`);
  process.stdout.write(report);
  process.stdout.write('\n## Log (not saved)\n\n');
  for (const f of fixes) process.stdout.write(`fix: ${f}\n`);
  for (const r of refused) process.stdout.write(`refused: ${r.value} (${r.campaign}): ${r.reason}\n`);
  for (const l of log) process.stdout.write(`${l}\n`);
  process.stdout.write(`unresolved impersonations: ${unresolved.size} (written to ${UNRESOLVED_FILE})\n`);
}

function count<T>(items: readonly T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function buildReport(indicators: Indicator[], campaigns: Campaign[], sourceList: Source[]): string {
  const tierOf = new Map<string, Tier>(sourceList.map((s) => [s.id, s.tier]));
  const order: Tier[] = ['primary-indicator-file', 'primary-report', 'secondary'];
  /** An indicator's tier is the best tier among its sources. */
  const best = (i: Indicator): Tier =>
    order.find((t) => i.sources.some((s) => tierOf.get(s) === t)) ?? 'secondary';
  const lines: string[] = [];
  lines.push('# Import report', '');
  lines.push('Generated by `npx tsx scripts/import/shared.ts` from the shared source material. Counts only.', '');
  lines.push(`- indicators: ${indicators.length}`);
  lines.push(`- campaigns: ${campaigns.length} (${campaigns.filter((c) => indicators.some((i) => i.campaign === c.id)).length} with indicators)`);
  lines.push(`- sources: ${sourceList.length}`);
  lines.push(`- actors: ${ACTORS.length}`);
  lines.push(`- text artifacts: ${ARTIFACTS.length}`);
  lines.push(`- indicators.csv rows: ${csvRows} (${csvAccepted} accepted, ${csvRows - csvAccepted} refused; accepted rows for the same value merge into one indicator)`);
  lines.push(`- rows refused in all (CSV and DIMA): ${refused.length}`);
  lines.push(`- DIMA entries skipped as duplicates of listed values: ${dimaSkippedDuplicate}`);
  lines.push(`- DIMA entries skipped as covered by a listed parent domain: ${dimaSkippedCovered}`);
  lines.push(`- DIMA entries that added their source to a listed value: ${dimaAddedSourceOnly}`);
  lines.push(`- impersonations without an identified outlet: ${unresolved.size}`, '');
  lines.push('## Indicators per campaign', '', '| campaign | indicators |', '|---|---:|');
  const names = new Map(campaigns.map((c) => [c.id, c.id]));
  for (const [c, n] of count(indicators, (i) => i.campaign)) lines.push(`| ${names.get(c) ?? c} | ${n} |`);
  for (const c of campaigns) if (!indicators.some((i) => i.campaign === c.id)) lines.push(`| ${c.id} | 0 |`);
  lines.push('', '## Indicators per role', '', '| role | indicators |', '|---|---:|');
  for (const [r, n] of count(indicators, (i) => i.role)) lines.push(`| ${r} | ${n} |`);
  lines.push('', '## Indicators per tier (best tier among the sources)', '', '| tier | indicators |', '|---|---:|');
  for (const [t, n] of count(indicators, best)) lines.push(`| ${t} | ${n} |`);
  lines.push('', '## Indicators per kind', '', '| kind | indicators |', '|---|---:|');
  for (const [k, n] of count(indicators, (i) => i.kind)) lines.push(`| ${k} | ${n} |`);
  lines.push('', '## Sources per tier', '', '| tier | sources |', '|---|---:|');
  for (const [t, n] of count(sourceList, (s) => s.tier)) lines.push(`| ${t} | ${n} |`);
  lines.push('');
  return `${lines.join('\n')}\n`;
}

main();
