/**
 * A finding's sentence as data: a message key and typed parameters, rendered in the reader's
 * language at the edge (popup, report, warning bar, exports, CLI) by `render.ts`.
 *
 * Parameters are plain JSON (they travel in runtime messages and in the CLI's `--json`): names
 * (publishers, campaigns, outlets, platforms, the person's list names) are never translated;
 * dates stay as precise as the source gives them (YYYY, YYYY-MM, YYYY-MM-DD) and each language
 * formats them with Intl; counts are numbers, each language picks its plural form with
 * Intl.PluralRules. Page-derived text (claimed names, phrases) is already shortened and stays
 * text.
 *
 * Pure types: no runtime code.
 */

/** The languages the finding sentences are written in. */
export type Lang = 'en' | 'de' | 'fr' | 'uk' | 'pl' | 'ru';

/** A publisher as a finding names it. */
export interface Publisher {
  name: string;
  /** Read only through a secondary compilation. */
  secondary?: true;
  /** The secondary compilation's name, when it says whom it cites (`name` is then the cited one). */
  via?: string;
}

/** Who says it: the publishers named (primary ones when there are any), deduplicated. Empty: none named. */
export interface Who {
  names: Publisher[];
}

/** The person's own lists a finding's sources came from (names shortened, never quoted). */
export interface OwnList {
  names: string[];
  /** Some of the sources are Unmask's own. */
  partly: boolean;
}

/** What a listed finding is about, as the sentence names it. */
export type Subject =
  /** A host as people should read it (an IDN host in Unicode with its punycode form). */
  | { kind: 'host'; host: string }
  /** An account: `@name` (or `name`) and the platform's name. */
  | { kind: 'profile'; handle: string; platform: string }
  /** The page itself (an exactly listed URL). */
  | { kind: 'page' }
  /** The account itself (an exactly listed profile URL on a platform we do not parse). */
  | { kind: 'account' };

export interface Status {
  state: 'seized' | 'defunct';
  by?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
}

export interface ListedParams {
  who: Who;
  subject: Subject;
  /** What kind of indicator: site (domain), page (url) or account (handle). */
  kind: 'domain' | 'url' | 'handle';
  campaign: string;
  status?: Status;
  ownList?: OwnList;
}

export interface ImpersonationParams extends ListedParams {
  /** The imitated outlet, when the source names it. */
  outlet?: { name: string; domain: string };
}

export interface TimeBoundParams extends ListedParams {
  /** Reported long ago: the year it was first reported, or null when undated. */
  stale?: { year: string | null };
}

export type LookalikeAlso =
  /** The page presents itself under this name. */
  | { kind: 'claimed'; name: string }
  /** The page presents itself under another name than the outlet's. */
  | { kind: 'namedOtherwise'; name: string }
  /** The outlet's label is a common word or a short name. */
  | { kind: 'commonWord'; label: string };

export interface LookalikeParams {
  /** The address, as written (punycode for IDN). */
  host: string;
  /** The address as people read it (Unicode for IDN); equal to `host` for ASCII. */
  display: string;
  outletDomain: string;
  outletName: string;
  also?: LookalikeAlso;
}

export type EditWord = 'omission' | 'repetition' | 'insertion' | 'replacement' | 'transposition';

export interface SuccessorParams {
  host: string;
  /** The listed campaign outlet's address. */
  outletDomain: string;
  who: Who;
  campaign: string;
  /** `claimed`: the page uses that name too; `commonWords`: the name is made of common words. */
  sign: 'claimed' | 'commonWords' | 'plain';
  ownList?: OwnList;
}

export interface FlaggedParams {
  /** The indicator's role (types.ts `Role`); an unknown one is said as "linked to". */
  role: string;
  who: Who;
  campaign: string;
  stale: boolean;
  ownList?: OwnList;
}

/** Every message key and its parameters. */
export interface SummaryParamsByKey {
  'listed.operatedOutlet': ListedParams;
  'listed.impersonation': ImpersonationParams;
  'listed.redirector': TimeBoundParams;
  'listed.phishing': TimeBoundParams;
  'listed.persona': ListedParams;
  'listed.amplifier': ListedParams;
  'listed.placedArticle': ListedParams;
  'listed.infrastructure': ListedParams;
  'listed.other': ListedParams;
  'lookalike.otherSuffix': LookalikeParams & { suffix: string };
  'lookalike.confusable': LookalikeParams;
  'lookalike.edit': LookalikeParams & { edit: EditWord };
  'lookalike.hyphenation': LookalikeParams;
  'lookalike.embedded': LookalikeParams;
  successor: SuccessorParams;
  'claims.outlet': { claimed: string; outletName: string; outletDomain: string; fuzzy: boolean };
  'claims.brand': { claimed: string; brand: string; who: Who; campaign: string; fuzzy: boolean; ownList?: OwnList };
  /** A name read from a listed address rather than a documented brand. */
  'claims.listedName': { claimed: string; address: string; who: Who; campaign: string; ownList?: OwnList };
  /** `campaign` null: the artifact is not tied to a campaign ("influence operation"). */
  artifact: { phrase: string; campaign: string | null; who: Who };
  links: { count: number; campaigns: string[] };
  accounts: { count: number; campaigns: string[] };
  /** A flagged link's short line (in-page markers, the report's list of flagged links). */
  flagged: FlaggedParams;
  /** "From your list “NAME”", the label a headline starts with when the finding is the person's list's. */
  ownList: OwnList;
  /** A target the bulk check or the CLI cannot read (`target` shortened): an `@name` alone, not http(s), or else. */
  'target.unreadable': { target: string; why: 'handle' | 'scheme' | null };
}

export type SummaryKey = keyof SummaryParamsByKey;

/** A sentence as data. */
export type SummaryMessage = { [K in SummaryKey]: { key: K; params: SummaryParamsByKey[K] } }[SummaryKey];

/** One language: a function per key. `tsc` checks that every language has every key, with its parameters. */
export type Catalogue = { [K in SummaryKey]: (params: SummaryParamsByKey[K]) => string };
