/**
 * Every sentence a finding shows to people, in one place.
 *
 * Rules (from the founders' principles and the data README's cautions):
 * - One calm sentence that says exactly what the source says, with the source's role word:
 *   "lists ... as a site run by", "imitating", "redirect domain", "credential-phishing domain",
 *   "named ... as an amplifier". Never "propaganda", "fake", "malicious" or any adjective the
 *   source did not use.
 * - Say who says it (the publisher), and say when we only read it through a secondary compilation.
 * - Our own heuristics say what we saw ("This address uses the name of ..."), never what the site
 *   is.
 * - Time-bound roles reported long ago say so, and that the domain may have changed hands.
 */
import type { ClaimedName, Indicator, IndicatorKind, Platform, Role, SourceRef } from './types';
import type { ProfileRef } from './handles';
import type { EditKind } from './lookalike/edits';
import type { SummaryParamsByKey } from './i18n/types';

// ---------------------------------------------------------------------------------------------
// Who says it
// ---------------------------------------------------------------------------------------------

/**
 * Who says it: "Meta", "Meta and US Department of Justice", "VIGINUM (via a secondary
 * compilation)". A secondary compilation whose title says whom it cites ("DIMA (M82 Project)
 * compilation citing VIGINUM's Storm-1516 report") is named after that source, then the
 * compilation: "VIGINUM (via DIMA, a secondary compilation)".
 */
export function publisherPhrase(sources: readonly SourceRef[]): string {
  const primary = sources.filter((s) => s.tier !== 'secondary');
  const chosen = primary.length > 0 ? primary : sources;
  const names: string[] = [];
  for (const s of chosen) {
    const name = primary.length > 0 ? s.publisher : secondaryName(s);
    if (name && !names.includes(name)) names.push(name);
  }
  if (names.length === 0) return 'A cited source';
  if (names.length === 1) return names[0] as string;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]}, ${names[1]} and others`;
}

/**
 * "From your list “NAME”" when every cited source of a finding came from the person's own lists
 * (SourceRef.list, set by src/lists/custom.ts), "Partly from your list “NAME”" when some did;
 * null for Unmask's own lists alone. People must see at a glance that the claim is their list's,
 * not Unmask's curated one.
 */
export function fromYourList(sources: readonly SourceRef[]): string | null {
  const names: string[] = [];
  for (const s of sources) if (typeof s.list === 'string' && !names.includes(s.list)) names.push(s.list);
  if (names.length === 0) return null;
  const quoted = names.map((n) => `“${listLabel(n)}”`);
  // A finding that sums up several links can cite Unmask's sources and a list's together.
  const from = sources.every((s) => typeof s.list === 'string') ? 'From' : 'Partly from';
  return names.length === 1
    ? `${from} your list ${quoted[0]}`
    : `${from} your lists ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/**
 * A list's name as shown between quotes: whatever the file calls itself, it cannot close the quotes
 * and go on as Unmask's own words (“x”. Verified by Unmask: “y”), nor reorder the sentence with
 * bidirectional or invisible characters. Quotation marks and control/format characters are dropped,
 * and the name is shortened.
 */
export function listLabel(name: string): string {
  const clean = short(name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"“”„‟«»‹›「」『』〝〞＂]/gu, ' '));
  return clean === '' ? '?' : clean;
}

/** The sentence, after "From your list “NAME”: " when it came from the person's own list. */
function ownListFirst(text: string, sources: readonly SourceRef[]): string {
  const own = fromYourList(sources);
  return own === null ? text : `${own}: ${text}`;
}

function secondaryName(source: SourceRef): string {
  const cited = /\bciting (.+)$/i.exec(source.title ?? '')?.[1];
  if (cited) {
    const who = cited.split(/'s |, | \(|: | "/)[0]?.trim();
    const compilation = source.publisher.replace(/\s*\([^)]*\)/g, '').trim();
    if (who) return `${who} (via ${compilation}, a secondary compilation)`;
  }
  return `${source.publisher} (via a secondary compilation)`;
}

/** "a Doppelganger site", "an IUVM site", "an FSB site". */
export function withArticle(word: string): string {
  // Vowels, and initialisms whose first letter is read with a vowel sound ("an FSB", "an RT").
  const an = (/^[aeio]/i.test(word) && !/^(?:eu|one)/i.test(word)) || /^[FHLMNRSX][A-Z]/.test(word);
  return an ? `an ${word}` : `a ${word}`;
}

/** Capitalises the first letter ("the US Department of Justice lists" at a sentence start). */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(sources: readonly SourceRef[]): boolean {
  const primary = sources.filter((s) => s.tier !== 'secondary');
  const chosen = primary.length > 0 ? primary : sources;
  return new Set(chosen.map((s) => s.publisher)).size > 1;
}

// ---------------------------------------------------------------------------------------------
// Listed indicators
// ---------------------------------------------------------------------------------------------

export interface ListedWording {
  indicator: Indicator;
  /** What is shown: a host, an account or "this page". */
  subject: string;
  kind: IndicatorKind;
  role: Role;
  campaignName: string;
  sources: readonly SourceRef[];
  /** "The Washington Post (washingtonpost.com)" when the indicator names the imitated outlet. */
  outlet?: { name: string; domain: string };
  stale: boolean;
}

function noun(kind: IndicatorKind): string {
  return kind === 'domain' ? 'site' : kind === 'handle' ? 'account' : 'page';
}

function yearOf(date: string | undefined): string | undefined {
  return date === undefined ? undefined : date.slice(0, 4);
}

function statusClause(indicator: Indicator): string {
  const status = indicator.status;
  if (status === undefined) return '';
  const by = status.by ? ` by ${status.by}` : '';
  // "on 2024-09-04" for a day, "in 2024-09" or "in 2024" for a month or a year.
  const when = status.date ? ` ${status.date.length === 10 ? 'on' : 'in'} ${status.date}` : '';
  if (status.state === 'seized') return `; it was seized${by}${when}`;
  if (status.state === 'defunct') return `; it has been reported offline${when}`;
  return '';
}

export function listedSummary(w: ListedWording): string {
  return ownListFirst(sentence(listedSentence(w)), w.sources);
}

function listedSentence(w: ListedWording): string {
  const who = publisherPhrase(w.sources);
  const lists = plural(w.sources) ? 'list' : 'lists';
  const listed = 'listed';
  const c = w.campaignName;
  const s = w.subject;
  const status = statusClause(w.indicator);
  const year = yearOf(w.indicator.firstReported);
  const thing = w.kind === 'url' ? 'link' : 'domain';
  const changed = w.kind === 'url' ? 'the page may have changed since' : 'the domain may have changed hands since';
  const longAgo = year ? ` in ${year}; that was long ago and ${changed}` : ` without a date; it may be old and ${changed}`;
  switch (w.role) {
    case 'operated-outlet':
      return `${who} ${lists} ${s} as a ${noun(w.kind)} run by ${c}${status}.`;
    case 'impersonation':
      return w.outlet
        ? `${who} ${lists} ${s} as ${withArticle(c)} site imitating ${w.outlet.name} (${w.outlet.domain})${status}.`
        : `${who} ${lists} ${s} as ${withArticle(c)} site imitating a real outlet${status}.`;
    case 'redirector':
      return w.stale
        ? `${who} ${listed} ${s} as a redirect ${thing} used by ${c}${longAgo}${status}.`
        : `${who} ${lists} ${s} as a redirect ${thing} used by ${c}${status}.`;
    case 'phishing':
      return w.stale
        ? `${who} ${listed} ${s} as a credential-phishing ${thing} used by ${c}${longAgo}${status}.`
        : `${who} ${lists} ${s} as a credential-phishing ${thing} used by ${c}; do not enter passwords there${status}.`;
    case 'persona':
      return `${who} ${lists} ${s} as an account run by ${c}${status}.`;
    case 'amplifier':
      return `Named by ${who} as an amplifier of ${c} narratives${status}.`;
    case 'placed-article':
      return `${who} ${lists} this page as an item placed by ${c}; the site itself is not listed${status}.`;
    case 'infrastructure':
      return `${who} ${lists} ${s} as infrastructure used by ${c}${status}.`;
    default:
      return `${who} ${lists} ${s} in connection with ${c}${status}.`;
  }
}

/** The short line for an in-page marker on a flagged link. */
export function flaggedTargetSummary(role: Role, campaignName: string, sources: readonly SourceRef[], stale: boolean): string {
  const who = publisherPhrase(sources);
  const what: Record<Role, string> = {
    'operated-outlet': `a site run by ${campaignName}`,
    impersonation: `${withArticle(campaignName)} site imitating a real outlet`,
    redirector: `${withArticle(campaignName)} redirect domain`,
    phishing: `${withArticle(campaignName)} credential-phishing domain`,
    persona: `an account run by ${campaignName}`,
    amplifier: `an amplifier of ${campaignName} narratives`,
    'placed-article': `an item placed by ${campaignName}`,
    infrastructure: `infrastructure used by ${campaignName}`,
  };
  const own = fromYourList(sources);
  return `Listed by ${who} as ${what[role] ?? `linked to ${campaignName}`}${stale ? ' (reported long ago)' : ''}${own === null ? '' : ` (${own.charAt(0).toLowerCase()}${own.slice(1)})`}`;
}

// ---------------------------------------------------------------------------------------------
// Lookalikes (our heuristic: say what we saw)
// ---------------------------------------------------------------------------------------------

const EDIT_WORDS: Record<EditKind, string> = {
  omission: 'a letter left out',
  repetition: 'a letter repeated',
  insertion: 'a letter added',
  replacement: 'a letter changed',
  transposition: 'two letters swapped',
};

export interface LookalikeWording {
  host: string;
  /** The host as people read it (Unicode for IDN). */
  display: string;
  kind: 'other-suffix' | 'confusable' | 'edit' | 'embedded' | 'hyphenation';
  edit?: EditKind;
  suffix: string;
  outletDomain: string;
  outletName: string;
  claimed?: ClaimedName;
  /** The outlet's label, when it is a common word or short name (said in the sentence). */
  commonWord?: boolean;
  label?: string;
  /** The name the page gives itself, when it is not the outlet's. */
  namedOtherwise?: string;
}

export function lookalikeSummary(w: LookalikeWording): string {
  let base: string;
  switch (w.kind) {
    case 'other-suffix':
      base = `This address uses the name of ${w.outletDomain} with another domain ending (.${w.suffix})`;
      break;
    case 'confusable':
      base =
        w.display === w.host
          ? `This address (${w.host}) imitates ${w.outletDomain} with look-alike characters`
          : `This address (${w.display}, written ${w.host}) imitates ${w.outletDomain} with look-alike characters`;
      break;
    case 'edit':
      base = `This address (${w.host}) differs from the name of ${w.outletDomain} by ${EDIT_WORDS[w.edit ?? 'replacement']}`;
      break;
    case 'hyphenation':
      base = `This address (${w.host}) writes the name of ${w.outletDomain} with a hyphen`;
      break;
    case 'embedded':
      base = `This address (${w.host}) contains the name of ${w.outletDomain} inside a longer address`;
      break;
  }
  if (w.claimed) return `${base}, and the page presents itself as “${short(w.claimed.value)}”.`;
  if (w.namedOtherwise !== undefined) {
    return `${base}, but the page presents itself as “${short(w.namedOtherwise)}”, not as ${w.outletName}: a weak sign on its own.`;
  }
  if (w.commonWord) {
    return `${base}; “${w.label}” is also a common word or short name: check whether the page claims to be ${w.outletName}.`;
  }
  return `${base}.`;
}

export interface SuccessorWording {
  host: string;
  /** The listed campaign outlet's address. */
  outletDomain: string;
  campaignName: string;
  sources: readonly SourceRef[];
  /** The name is made of common words or place names. */
  commonWords: boolean;
  /** The page also calls itself by that name. */
  claimed: boolean;
}

/** A possible new address of a documented campaign outlet (detectors/successor.ts). */
export function successorSummary(w: SuccessorWording): string {
  const who = publisherPhrase(w.sources);
  const base = `This address (${w.host}) carries the name of ${w.outletDomain}, a site ${who} documents as run by ${w.campaignName}; this address itself is not in the lists`;
  if (w.claimed) return ownListFirst(`${base}, and the page uses that name too: it may be a new address of the same site.`, w.sources);
  if (w.commonWords)
    return ownListFirst(`${base}. The name is made of common words, so this is a weak sign: check what the page calls itself.`, w.sources);
  return ownListFirst(`${base}: it may be a new address of the same site.`, w.sources);
}

// ---------------------------------------------------------------------------------------------
// Claimed identity
// ---------------------------------------------------------------------------------------------

function short(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function claimsOutletSummary(claimedText: string, outletName: string, outletDomain: string, fuzzy: boolean): string {
  return fuzzy
    ? `This page presents itself under a name close to ${outletName} (“${short(claimedText)}”), but it is not on ${outletDomain} or any other address of that outlet.`
    : `This page presents itself as ${outletName}, but it is not on ${outletDomain} or any other address of that outlet.`;
}

export function claimsBrandSummary(
  claimedText: string,
  brand: string,
  campaignName: string,
  sources: readonly SourceRef[],
  fuzzy: boolean,
  /** For a name read from a listed address rather than a documented brand: that address. */
  listedAddress?: string,
): string {
  const who = publisherPhrase(sources);
  if (listedAddress !== undefined) {
    return ownListFirst(
      `This page presents itself as “${short(claimedText)}”, the name of ${listedAddress}, a site ${who} documents as run by ${campaignName}; this address is not in the lists.`,
      sources,
    );
  }
  const text = fuzzy
    ? `This page presents itself under a name close to “${brand}” (“${short(claimedText)}”), a site ${who} ties to ${campaignName}; this address is not in the lists.`
    : `This page presents itself as “${brand}”, the name of a site ${who} ties to ${campaignName}; this address is not in the lists.`;
  return ownListFirst(text, sources);
}

// ---------------------------------------------------------------------------------------------
// Text artifacts, links, accounts
// ---------------------------------------------------------------------------------------------

export function artifactSummary(phrase: string, campaignName: string, sources: readonly SourceRef[]): string {
  return `The page text contains “${short(phrase)}”, a leftover of machine rewriting that ${publisherPhrase(sources)} found on ${campaignName} sites; on its own this is a weak sign.`;
}

export function linksSummary(count: number, campaigns: readonly string[]): string {
  const which = campaigns.length > 0 ? ` (${campaigns.slice(0, 3).join(', ')}${campaigns.length > 3 ? ', ...' : ''})` : '';
  return count === 1
    ? `This page links to a site or account in the lists${which}; the page itself is not listed.`
    : `This page links to ${count} sites or accounts in the lists${which}; the page itself is not listed.`;
}

export function handlesSummary(count: number, campaigns: readonly string[]): string {
  const which = campaigns.length > 0 ? ` (${campaigns.slice(0, 3).join(', ')}${campaigns.length > 3 ? ', ...' : ''})` : '';
  return count === 1
    ? `This page shows an account in the lists${which}; the page itself is not listed.`
    : `This page shows ${count} accounts in the lists${which}; the page itself is not listed.`;
}

// ---------------------------------------------------------------------------------------------
// How subjects are named
// ---------------------------------------------------------------------------------------------

export const PLATFORM_NAMES: Partial<Record<Platform, string>> = {
  x: 'X',
  telegram: 'Telegram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  bluesky: 'Bluesky',
  reddit: 'Reddit',
  medium: 'Medium',
  substack: 'Substack',
  vk: 'VK',
  rumble: 'Rumble',
  pinterest: 'Pinterest',
  tumblr: 'Tumblr',
  quora: 'Quora',
  linkedin: 'LinkedIn',
};

/** Platforms whose people write handles with `@`. */
const AT_PLATFORMS = new Set<Platform>(['x', 'tiktok', 'instagram', 'threads', 'bluesky', 'medium']);

/** An account as people write it: `@name on X`, `name on Telegram`, `@name on YouTube`. */
export function describeProfile(profile: ProfileRef): string {
  const at =
    profile.platform === 'youtube'
      ? profile.key.startsWith('youtube:@')
        ? '@'
        : ''
      : AT_PLATFORMS.has(profile.platform) && !/^\d+$/.test(profile.handle)
        ? '@'
        : '';
  return `${at}${profile.handle} on ${PLATFORM_NAMES[profile.platform] ?? profile.platform}`;
}

/** How an exactly matched URL is named: an account (a profile on a platform we do not parse) or a page. */
export function urlSubject(isAccount: boolean): string {
  return isAccount ? 'this account' : 'this page';
}

/** A target the bulk check or the CLI cannot read: the engine's TargetError message, and en.ts's `target.unreadable`. */
export function unreadableTargetSummary(p: SummaryParamsByKey['target.unreadable']): string {
  const why =
    p.why === 'handle'
      ? ' (a handle alone is ambiguous: give its profile URL, e.g. https://x.com/name)'
      : p.why === 'scheme'
        ? ' (only http and https addresses can be checked)'
        : '';
  return `cannot parse "${p.target}": expected a URL, a domain or a profile URL${why}`;
}
