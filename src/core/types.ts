/**
 * The shared vocabulary of Unmask: the list format (what `lists/` holds), the compiled index
 * (what `npm run lists` writes and the engine loads), the page signals a content script collects,
 * and the Verdict the engine returns.
 *
 * This file is pure types: no runtime code, no browser APIs. Everything else depends on it, so
 * change it with care and update `lists/README.md` and the README's "Lists" section with it.
 */

import type { SummaryMessage } from './i18n/types';

// ---------------------------------------------------------------------------------------------
// Levels
// ---------------------------------------------------------------------------------------------

/**
 * - `high`: the site or account itself is documented by a primary source as run by a campaign (or
 *   as its redirector or phishing host, while recent), or a lookalike of a protected outlet that
 *   also claims to be that outlet.
 * - `medium`: a lookalike of a protected outlet with a distinctive name; an address that carries a
 *   documented campaign outlet's distinctive name (a possible successor); a page claiming a
 *   protected outlet's name or a campaign outlet's brand on a domain that is not theirs; documented
 *   only by a secondary source; a single placed item; a named amplifier.
 * - `low`: weak or stale signals: an address that resembles an outlet whose name is a common word
 *   (`bild.work`: "bild" is also a word), a lookalike or successor address whose page names itself
 *   as something else, machine-rewrite leftovers, a redirector reported long ago.
 * - `info`: not flagged itself, but links to or shows flagged sites or accounts.
 * - `none`: nothing known.
 */
export type Level = 'high' | 'medium' | 'low' | 'info' | 'none';

/** Highest first. */
export const LEVELS: readonly Level[] = ['high', 'medium', 'low', 'info', 'none'];

// ---------------------------------------------------------------------------------------------
// The list format (files in lists/)
// ---------------------------------------------------------------------------------------------

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

/**
 * - `primary-indicator-file`: a structured IOC file published by the reporting organisation.
 * - `primary-report`: the organisation's own report or statement (also when read via press
 *   coverage that quotes it verbatim; `via` then names the coverage).
 * - `secondary`: a third-party compilation citing the primary (DIMA, research compilations).
 */
export type Tier = 'primary-indicator-file' | 'primary-report' | 'secondary';

export interface Source {
  /** Stable id, kebab-case, e.g. `meta-q2-2023-doppelganger-iocs`. */
  id: string;
  publisher: string;
  title: string;
  date?: PartialDate;
  /** Always https. */
  url: string;
  tier: Tier;
  /** How we read it when not directly, e.g. "as quoted by CNews, 12 Feb 2024". */
  via?: string;
  /** Licence of the data as published, e.g. "MIT", "Apache-2.0 (DIMA, M82 Project)", "not stated". */
  licence: string;
  /**
   * When someone last opened `url` and found in it what is cited (YYYY-MM-DD), and how: a source
   * whose citation nobody has checked for a year is listed by the citation-health test
   * (src/lists/citations.ts). Absent: never checked since it was added.
   */
  verified?: SourceVerification;
  /**
   * The name of the person's own list this source came from (custom lists, src/lists/custom.ts),
   * set when that list is merged into the index. Never written in a list file (the validator
   * refuses the key): a bundled source has none.
   */
  list?: string;
}

export interface SourceVerification {
  date: PartialDate;
  /** What was checked and where, e.g. "file read at the pinned commit; every value citing it found". */
  how: string;
}

export type ActorKind = 'state-agency' | 'state-directed-company' | 'contractor' | 'individual' | 'group';

export interface Actor {
  /** Stable id, kebab-case, e.g. `social-design-agency`. */
  id: string;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the country the actor is based in or attributed to. */
  country: string;
  kind: ActorKind;
  /** One or two sentences in our own words. */
  description?: string;
  sources: string[];
}

export type Confidence = 'confirmed' | 'high' | 'medium' | 'low' | 'reported';

export interface Attribution {
  actor: string;
  /** Who made the attribution, as they are known (e.g. "US Department of Justice"). */
  by: string;
  confidence: Confidence;
  /** Exactly what the attributing source says, in our words. */
  note?: string;
  sources: string[];
}

export interface CampaignAlias {
  name: string;
  /** Who uses this name, e.g. "Microsoft", "Recorded Future", "EU DisinfoLab". */
  by?: string;
}

export interface Tactic {
  /** DISARM technique id, e.g. `T0149.003`. */
  id: string;
  /** DISARM technique name (CC BY-SA 4.0, DISARM Foundation). */
  name: string;
  /** Our one-line explanation of how this campaign uses it. */
  note: string;
  /** `disarm-incident`, `graphika-stix`, or `mapping` (our reading). */
  basis: 'disarm-incident' | 'graphika-stix' | 'mapping';
}

export type CampaignStatus = 'active' | 'disrupted' | 'dormant' | 'unknown';

export interface Campaign {
  /** Stable id, kebab-case, e.g. `doppelganger`. */
  id: string;
  name: string;
  aliases: CampaignAlias[];
  attribution: Attribution[];
  /** ISO 3166-1 alpha-2 code(s) of origin. */
  origin: string[];
  targets: { countries: string[]; languages: string[] };
  active: { from?: PartialDate; to?: PartialDate };
  status: CampaignStatus;
  /** Two or three sentences for voters, in our own words. */
  summary: string;
  tactics: Tactic[];
  sources: string[];
  /**
   * What the lists are known to lack for this campaign, in one sentence (no citable indicator,
   * families a report names that are not transcribed yet). Shown in lists/COVERAGE.md and the
   * explorer, so that an empty or thin campaign says why.
   */
  gaps?: string;
  /** Documented events with no citable indicator yet (seizures, indictments). */
  events?: { date: PartialDate; what: string; sources: string[] }[];
}

export type IndicatorKind = 'domain' | 'url' | 'handle';

/**
 * - `operated-outlet`: a site or brand the campaign runs under its own name.
 * - `impersonation`: a site that imitates a named real outlet or institution (`impersonates`).
 * - `redirector`: a first hop of a link-redirect chain; time-bound.
 * - `phishing`: a credential-phishing host; time-bound.
 * - `persona`: an account the campaign runs.
 * - `amplifier`: a real account a source names as spreading the campaign's content; not "run by".
 * - `placed-article`: one item the campaign placed on a site it does not control; that URL only.
 * - `infrastructure`: other operator-controlled hosts (PR/paid-placement platforms, apps).
 */
export type Role =
  'operated-outlet' | 'impersonation' | 'redirector' | 'phishing' | 'persona' | 'amplifier' | 'placed-article' | 'infrastructure';

export const ROLES: readonly Role[] = [
  'operated-outlet',
  'impersonation',
  'redirector',
  'phishing',
  'persona',
  'amplifier',
  'placed-article',
  'infrastructure',
];

export type IndicatorState = 'active' | 'seized' | 'defunct' | 'unknown';

/** Platforms whose profile URLs we parse. `web` is for domains and plain URLs. */
export type Platform =
  | 'web'
  | 'x'
  | 'telegram'
  | 'youtube'
  | 'tiktok'
  | 'facebook'
  | 'instagram'
  | 'threads'
  | 'bluesky'
  | 'reddit'
  | 'medium'
  | 'substack'
  | 'vk'
  | 'rumble'
  | 'pinterest'
  | 'tumblr'
  | 'quora'
  | 'linkedin'
  | 'other';

export interface Indicator {
  /**
   * - domain: registrable domain or host, lower-case, punycode, no scheme, no `www.`.
   * - url: the exact URL (scheme https/http kept as published, fragment dropped).
   * - handle: the canonical profile URL, `https://x.com/name`, `https://t.me/name`,
   *   `https://www.youtube.com/@name`; or a hosted sub-domain (`name.substack.com`).
   */
  value: string;
  kind: IndicatorKind;
  platform: Platform;
  role: Role;
  campaign: string;
  /** Names the site or account presents itself under ("Nio Thinker"), for clone recognition. */
  brands?: string[];
  /** For `impersonation`: the protected outlet id it imitates, when the source names it. */
  impersonates?: string;
  firstReported?: PartialDate;
  /**
   * An earlier first-seen date (registration, first post) that a source documents, when it is
   * before `firstReported`: both are kept, the reported date for when the public knew, this one
   * for how long the operation had run. Only what a cited source states.
   */
  firstSeen?: PartialDate;
  status?: { state: IndicatorState; date?: PartialDate; by?: string };
  sources: string[];
  /** A short English note in our own words (never copied text). */
  note?: string;
}

export type OutletKind = 'news' | 'government' | 'international' | 'fact-checker' | 'research' | 'other';

export interface ProtectedOutlet {
  /** Stable id, kebab-case, e.g. `washington-post`. */
  id: string;
  /** The name it presents, e.g. "The Washington Post". */
  name: string;
  /** Other names and spellings it presents (for claimed-name matching). */
  names: string[];
  /**
   * ALL its official registrable domains (ccTLDs, short links, regional editions), lower-case,
   * punycode. The first is its main domain: the one we send users to.
   */
  domains: string[];
  /** ISO 3166-1 alpha-2, or `INT` for international organisations. */
  country: string;
  kind: OutletKind;
  /**
   * Labels (the name part of its domains) that are common words or very short (`bild`, `geo`,
   * `forward`): the same name on another ending is only a weak sign (`low`) until the page claims
   * the outlet. GENERATED by `npm run lists` (src/lists/weak-labels.ts, lists/weak-labels.json) into
   * the compiled index; never written in lists/.
   */
  weakLabels?: string[];
  /** In lists/ only: a written decision against the weak-label rule for one of its labels. */
  labelOverrides?: LabelOverride[];
  /** Sources where the outlet was impersonated, if any. */
  impersonatedIn?: string[];
}

export interface LabelOverride {
  label: string;
  is: 'weak' | 'distinctive';
  /** Why the rule is wrong for this label, for the next reader. */
  reason: string;
}

export interface TextArtifact {
  /** Stable id, kebab-case. */
  id: string;
  /** The phrase, matched case-insensitively on normalised whitespace. */
  phrase: string;
  /** BCP 47 language tag. */
  lang: string;
  /** What it gives away, in our words. */
  note: string;
  campaigns: string[];
  sources: string[];
}

/** The whole dataset as it is held in `lists/` and as the compiler emits it. */
export interface ListsData {
  sources: Source[];
  actors: Actor[];
  campaigns: Campaign[];
  indicators: Indicator[];
  outlets: ProtectedOutlet[];
  artifacts: TextArtifact[];
}

/** What `npm run lists` writes to `generated/index.json` and the engine loads. */
export interface CompiledLists extends ListsData {
  format: 1;
  /** The lists' version from `lists/CHANGELOG.md`. */
  version: string;
  /**
   * Labels of campaign-run outlets that are not distinctive (generated by `npm run lists`, see
   * src/lists/weak-labels.ts): `generic` ones are never looked for in new addresses, `words` ones
   * only as a weak sign. A label that is absent is distinctive.
   */
  campaignLabels?: Record<string, 'generic' | 'words'>;
  /**
   * Protected outlets' long names written as one word, with the outlet's position in `outlets`
   * (generated by `npm run lists`: `outletNameLabels` in src/core/detectors/lookalike.ts).
   */
  nameLabels?: [string, number][];
}

// ---------------------------------------------------------------------------------------------
// Page signals (collected by the content script, or from an HTML file by the CLI)
// ---------------------------------------------------------------------------------------------

export type ClaimSource = 'title' | 'og:site_name' | 'application-name' | 'ld+json' | 'logo-alt' | 'copyright';

export interface ClaimedName {
  source: ClaimSource;
  value: string;
}

export interface PageSignals {
  claimedNames?: ClaimedName[];
  bylines?: string[];
  /** Absolute link targets, deduplicated, at most a few hundred. */
  links?: string[];
  /** Profile URLs of accounts shown on the page (post authors on social platforms). */
  handles?: string[];
  /** A bounded sample of the page's own text (quotes and code excluded). */
  text?: string;
}

// ---------------------------------------------------------------------------------------------
// Verdicts
// ---------------------------------------------------------------------------------------------

export type ReasonCode =
  | 'listed-domain'
  | 'listed-url'
  | 'listed-account'
  | 'lookalike-domain'
  | 'claims-outlet-name'
  | 'claims-campaign-brand'
  | 'successor-domain'
  | 'rewrite-artifact'
  | 'links-to-flagged'
  | 'shows-flagged-account';

export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  url: string;
  date?: PartialDate;
  tier: Tier;
  via?: string;
  /** Set when the citation comes from the person's own list (Source.list): its name. */
  list?: string;
}

/** Why a finding matched, as data, so that the UI never re-derives it. */
export interface Evidence {
  /** The host or URL that was examined. */
  subject?: string;
  /** Lookalike kind. */
  lookalike?: 'other-suffix' | 'confusable' | 'edit' | 'embedded' | 'hyphenation';
  /** The edit, when `lookalike` is `edit`: e.g. "omission", "transposition". */
  edit?: string;
  /** The claimed name as the page shows it, and where it was found. */
  claimedName?: ClaimedName;
  /** Text artifact phrase found. */
  phrase?: string;
  /** Flagged link targets or handles found on the page (for `info`). */
  targets?: string[];
  /** Whether the indicator is stale (time-bound role reported long ago). */
  stale?: boolean;
  /**
   * A lookalike or successor whose name is a common word or made of common words (`bild`,
   * `bostontimes`): a weak sign that the page's own name settles (the background waits for it).
   */
  commonName?: boolean;
  /** `successor-domain`: the listed campaign outlet whose name this address carries. */
  successorOf?: string;
}

export interface Finding {
  reason: ReasonCode;
  level: Exclude<Level, 'none'>;
  /** One sentence for people, in calm words that say exactly what the source says (English). */
  summary: string;
  /**
   * The same sentence as data (a message key and its parameters), for rendering in the reader's
   * language (src/core/i18n/render.ts `findingSentence`). Set by the engine on every finding.
   */
  message?: SummaryMessage;
  /** The matched indicator value (for listed findings) or the offending host. */
  indicator?: string;
  role?: Role;
  campaign?: { id: string; name: string };
  actor?: { id: string; name: string; country: string };
  /** The official main domain of the outlet being imitated or claimed. */
  impersonates?: string;
  /** The protected outlet's display name, when relevant. */
  outlet?: string;
  evidence: Evidence;
  sources: SourceRef[];
}

export interface Verdict {
  /** The URL (or target) judged, as given. */
  target: string;
  level: Level;
  /** Highest level first. */
  findings: Finding[];
  /**
   * Set when the person trusts this site or account (`JudgeOptions.allowlist`). The verdict is then
   * `none` with no findings, as they chose: no badge, no warning bar, no markers. What the lists
   * say about it is kept here, only so that the popup and the report can say it truthfully
   * ("You trust this site. Unmask knows it as ...") instead of "Nothing known".
   */
  trusted?: TrustedVerdict;
  /**
   * Set when the target is an official address of a protected outlet (one of its `domains`, or a
   * sub-domain of one): the one positive fact Unmask has about a site ("This is the official
   * address of The Washington Post."). It says nothing about the page's links or content.
   */
  official?: OfficialAddress;
}

export interface OfficialAddress {
  /** The outlet's name as it presents itself. */
  outlet: string;
  /** The official registrable domain the target is under. */
  domain: string;
}

export interface TrustedVerdict {
  /** The allowlist entry that covers the target, as stored (a domain or a profile URL). */
  entry: string;
  /** The level and findings the target would have without that entry. */
  level: Level;
  findings: Finding[];
}

// ---------------------------------------------------------------------------------------------
// User settings that change judgement
// ---------------------------------------------------------------------------------------------

/**
 * - `documented`: listed indicators only.
 * - `lookalikes` (default): plus lookalikes of protected outlets and claimed names.
 * - `text`: plus machine-rewrite artifacts in the page text.
 */
export type Sensitivity = 'documented' | 'lookalikes' | 'text';

export interface JudgeOptions {
  sensitivity?: Sensitivity;
  disabledCampaigns?: readonly string[];
  disabledRoles?: readonly Role[];
  /**
   * Sites (domains) and accounts (profile URLs) the person trusts (src/core/allowlist.ts): judged
   * `none`, with what the lists say kept in `Verdict.trusted`.
   */
  allowlist?: readonly string[];
  /** "Now", for time-bound roles; defaults to the current date. */
  now?: Date;
}

// ---------------------------------------------------------------------------------------------
// The engine (implemented in src/core/engine.ts: `createEngine(compiled: CompiledLists): Engine`)
// ---------------------------------------------------------------------------------------------

/** A flagged link or account among a page's links, for `info` findings and in-page markers. */
export interface FlaggedTarget {
  /** The href as given. */
  href: string;
  level: Exclude<Level, 'none' | 'info'>;
  campaign?: { id: string; name: string };
  /** One short sentence, e.g. "Listed by Meta as a Doppelganger redirector" (English). */
  summary: string;
  /** The same sentence as data (src/core/i18n/render.ts `flaggedSentence`). */
  message?: SummaryMessage;
  /**
   * Every source of the match is from the person's own lists (Source.list): pages get no marker
   * for it unless the person opted in, since the marker would tell the page what their list holds.
   */
  ownList?: true;
}

export interface Engine {
  readonly lists: CompiledLists;
  /** Judges a page (its URL and, optionally, what it shows). Never throws on any input. */
  judge(url: string, signals?: PageSignals, options?: JudgeOptions): Verdict;
  /**
   * Judges a target typed by a person: a URL, a bare host, or a profile URL (`@name` alone is
   * ambiguous and rejected). Throws `TargetError` with a message a person can act on when the
   * target cannot be parsed.
   */
  judgeTarget(target: string, options?: JudgeOptions): Verdict;
  /**
   * Which of these hrefs point at flagged sites or accounts (for markers and the report). With
   * `pageUrl`, links into that page's own site are left out when only the site itself is listed
   * (a listed site's links to its own pages say nothing new, as in the `info` finding).
   */
  flagged(hrefs: readonly string[], options?: JudgeOptions, pageUrl?: string): FlaggedTarget[];
}
