/**
 * Pure view-model helpers: they turn a Finding (and, when loaded, the campaign and actor from the
 * index) into the sentences the popup and the report show. No DOM, no storage: only `t()` for the
 * words, so that unit tests pin every wording.
 *
 * Wording rule (Principle 1, data/README "Cautions"): say exactly what the source says, by role.
 * A site is "run by" an operation only for `operated-outlet`/`persona`; an amplifier is "named as
 * spreading" and never "run by"; a placed article flags that article, never the outlet it sits on;
 * redirectors and phishing hosts were "reported as", because they are time-bound. Headlines are calm:
 * facts first, no exclamation marks, no "danger".
 */
import type { Actor, Campaign, ClaimSource, Finding, Level, PartialDate, Platform, Role, Source, SourceRef, Verdict } from '../core/types';
import { hostOfUrl, httpUrl, registrableDomain } from '../core/hosts';
import { parseAllowEntry, trustEntryFor } from '../core/allowlist';
import { contextSources, evidenceSources, isOwnListFinding, sourcesAreContext } from '../core/finding-sources';
import { isAboutLinks, levelMessageKey } from '../core/levels';
import { parseProfile, type ProfileRef } from '../core/handles';
import { PLATFORM_NAMES } from '../core/summaries';
import { ownListOf } from '../core/i18n/build';
import { findingSentence, renderMessage } from '../core/i18n/render';
import type { TabState } from '../extension/messages';
import { isOwnListId } from '../lists/custom';
import type { UiLists } from './lists';
import { t, uiLang, type MessageKey } from './i18n';

/** The project's issue tracker: the one place "report a mistake" points to. */
export const PROJECT_REPO_URL = 'https://github.com/unmask-project/unmask';

export { isAboutLinks, isAmplifier, isHeuristic } from '../core/levels';

/** The level in words, for a verdict whose top finding is `finding` (core/levels.ts `levelMessageKey`). */
export function levelName(level: Level, finding?: Finding): string {
  return t(levelMessageKey(level, finding));
}

/** How each platform's accounts are written: `@name` where the platform shows an @, `u/` on Reddit. */
const ACCOUNT_PREFIX: Partial<Record<Platform, string>> = {
  x: '@',
  tiktok: '@',
  instagram: '@',
  threads: '@',
  bluesky: '@',
  medium: '@',
  reddit: 'u/',
};

/** An account as people write it: "@name on X", "name on Telegram", "u/name on Reddit", "@name on YouTube". */
export function accountName(profile: ProfileRef): string {
  const numeric = /^\d+$/.test(profile.handle);
  const prefix =
    profile.platform === 'youtube'
      ? profile.key.startsWith('youtube:@')
        ? '@'
        : ''
      : profile.platform === 'substack' && profile.key.startsWith('substack:@')
        ? '@'
        : numeric
          ? ''
          : (ACCOUNT_PREFIX[profile.platform] ?? '');
  return t('accountOnPlatform', `${prefix}${profile.handle}`, PLATFORM_NAMES[profile.platform] ?? profile.platform);
}

/** The account of a profile or post URL in words, or null when the URL is no account's. */
export function accountNameOf(url: string | undefined): string | null {
  if (!url) return null;
  const profile = parseProfile(url);
  return profile === null ? null : accountName(profile);
}

/**
 * What a page is, for the banner under the level: its account ("@name on X") on a platform, its
 * registrable domain elsewhere. A post is shown as its author's account, since that is what the
 * lists (and trust) are about; the platform's domain alone says nothing.
 */
export function pageSubject(url: string): string | null {
  return accountNameOf(url) ?? trustDomainOf(url);
}

/** "Russia" for `RU`, in the UI language; the code itself when Intl does not know it (`INT`). */
export function countryName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  try {
    const name = new Intl.DisplayNames([uiLang()], { type: 'region', fallback: 'none' }).of(code.toUpperCase());
    return name ?? code;
  } catch {
    return code;
  }
}

/** Joins names the way the UI language does: "Meta and US Department of Justice". */
export function joinList(items: readonly string[]): string {
  const unique = [...new Set(items)];
  try {
    return new Intl.ListFormat(uiLang(), { type: 'conjunction' }).format(unique);
  } catch {
    return unique.join(', ');
  }
}

/**
 * The heading over a finding's sources: they describe the linked sites for link findings, and
 * earlier imitations of the outlet for a lookalike no campaign is known to own.
 */
export function sourcesHeading(finding: Finding): string {
  if (isAboutLinks(finding)) return t('sectionSourcesLinks');
  if (sourcesAreContext(finding)) return t('sectionContextSources');
  return t('sectionSources');
}

/** A campaign's other names: its own name is often among its aliases (as one vendor's name). */
export function otherNames(campaign: Pick<Campaign, 'name' | 'aliases'>): Campaign['aliases'] {
  const own = campaign.name.toLowerCase();
  const seen = new Set<string>();
  return campaign.aliases.filter((a) => {
    const key = a.name.toLowerCase();
    if (key === own || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Who uses an alias, written without nested parentheses: "Microsoft (MISP galaxy)" -> "Microsoft, MISP galaxy". */
function aliasUser(by: string | undefined): { own: boolean; by?: string } {
  const text = (by ?? '').trim();
  if (text === '') return { own: false };
  // Lists write a campaign's self-chosen names as "the campaign itself (...)".
  if (/^the campaign itself\b/i.test(text)) return { own: true };
  return {
    own: false,
    by: text
      .replace(/\s*\(([^()]*)\)/g, ', $1')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

export interface AliasGroup {
  names: string[];
  /** Who uses these names; absent when the lists do not say. */
  by?: string;
  /** The campaign's own names for itself. */
  own: boolean;
}

/** A campaign's other names, each once, grouped by who uses them, in the lists' order. */
export function aliasGroups(campaign: Pick<Campaign, 'name' | 'aliases'>): AliasGroup[] {
  const groups: AliasGroup[] = [];
  for (const alias of otherNames(campaign)) {
    const user = aliasUser(alias.by);
    const group = groups.find((g) => g.own === user.own && g.by === user.by);
    if (group) group.names.push(alias.name);
    else groups.push({ names: [alias.name], own: user.own, ...(user.by !== undefined ? { by: user.by } : {}) });
  }
  return groups;
}

/** "RRN and Reliable Recent News (its own names); Storm-1099 (Microsoft, MISP galaxy)". */
export function aliasLine(campaign: Pick<Campaign, 'name' | 'aliases'>): string {
  return aliasGroups(campaign)
    .map((g) => {
      const names = joinList(g.names);
      if (g.own) return t('aliasGroupBy', names, g.names.length === 1 ? t('aliasOwnName') : t('aliasOwnNames'));
      return g.by ? t('aliasGroupBy', names, g.by) : names;
    })
    .join('; ');
}

/**
 * What "trust" would add for a page and how to name it: its account on a platform (that account
 * only, never the platform: src/core/allowlist.ts), its registrable domain elsewhere; null for a
 * platform page of no account and for pages without a host.
 */
export interface TrustTarget {
  /** The allowlist entry: a domain or a profile URL. */
  entry: string;
  kind: 'site' | 'account';
  /** "washingtonpost.pm", "@name on X". */
  label: string;
}

export function trustTargetOf(url: string): TrustTarget | null {
  const entry = trustEntryFor(url);
  return entry === null ? null : describeTrustEntry(entry);
}

/** An allowlist entry in words (options page, popup); null for an entry that is neither kind. */
export function describeTrustEntry(entry: string): TrustTarget | null {
  const parsed = parseAllowEntry(entry);
  if (parsed === null) return null;
  return parsed.kind === 'account'
    ? { entry, kind: 'account', label: accountName(parsed.profile) }
    : { entry, kind: 'site', label: parsed.domain };
}

/**
 * Whether "trust" makes sense for these findings on this target. An account is always trusted on
 * its own. A site is not when the findings are about an account on it: that is a platform whose
 * accounts Unmask cannot tell apart by URL, and trusting its domain would silence every listed
 * account there.
 */
export function canTrust(target: TrustTarget | null, findings: readonly Finding[]): target is TrustTarget {
  if (target === null) return false;
  if (target.kind === 'account') return true;
  return !findings.some(
    (f) => f.reason === 'listed-account' || f.reason === 'shows-flagged-account' || f.role === 'persona' || f.role === 'amplifier',
  );
}

/**
 * What the popup and the report say about a trusted site or account: the person's choice first,
 * then what the lists know about it (Verdict.trusted), never "nothing known" when something is.
 */
export interface TrustedView {
  /** The entry that covers the page (to remove on "stop trusting"). */
  entry: string;
  /** The level and findings the page would have without the person's choice. */
  level: Level;
  findings: Finding[];
}

export function trustedViewOf(verdict: Verdict): TrustedView | null {
  const trusted = verdict.trusted;
  if (!trusted || typeof trusted.entry !== 'string') return null;
  return { entry: trusted.entry, level: trusted.level, findings: Array.isArray(trusted.findings) ? trusted.findings : [] };
}

/**
 * "Unmask knows it as “Documented influence operation”: <headline>" and "Documented by Meta and
 * US Department of Justice." for the top finding of a trusted page; empty when nothing is known.
 */
export function trustedKnownLines(known: { level: Level; findings: readonly Finding[] }, campaign?: Campaign, actor?: Actor): string[] {
  const top = known.findings[0];
  if (!top || known.level === 'none') return [t('trustedNothingKnown')];
  const lines = [t('trustedKnownAs', levelName(known.level, top), headline(top, campaign, actor))];
  const who = isAboutLinks(top) ? '' : publishers(top.sources);
  if (who) lines.push(t('trustedDocumentedBy', who));
  return lines;
}

/**
 * What the popup and the report say when nothing is known: never a verdict of safety. On an
 * official address of a protected outlet, the one positive fact Unmask has.
 */
export function cleanLines(verdict: Pick<Verdict, 'official'>): { title: string; body: string } {
  const official = verdict.official;
  if (official && typeof official.outlet === 'string' && official.outlet !== '') {
    return { title: t('cleanOfficial', official.outlet), body: t('cleanOfficialBody') };
  }
  return { title: t('cleanTitle'), body: t('cleanBody') };
}

/** The highest finding: the verdict's findings are sorted highest first by the engine. */
export function topFinding(findings: readonly Finding[]): Finding | undefined {
  return findings[0];
}

/**
 * Where the operation is from: the finding's actor's country, else every origin the campaign lists
 * ("Belarus and Russia"), so that a two-country network is not reduced to one.
 */
function originCountry(finding: Finding, campaign?: Campaign, actor?: Actor): string | undefined {
  const single = finding.actor?.country ?? actor?.country;
  if (single) return countryName(single);
  const origins = (campaign?.origin ?? []).map((code) => countryName(code)).filter((c): c is string => Boolean(c));
  return origins.length > 0 ? joinList(origins) : undefined;
}

/** "Doppelganger, an influence operation from Russia". */
export function operationPhrase(finding: Finding, campaign?: Campaign, actor?: Actor): string {
  // The lists' own entry is in the page's language (lists/i18n); the finding's name is English.
  const name = campaign?.name ?? finding.campaign?.name;
  if (!name) return t('operationUnnamed');
  const country = originCountry(finding, campaign, actor);
  return country ? t('operationWithCountry', name, country) : t('operationNoCountry', name);
}

function claimedValue(finding: Finding): string | undefined {
  return finding.evidence.claimedName?.value;
}

/**
 * One or two calm sentences from the top finding. `campaign` and `actor` come from the index when
 * it is loaded; without them the finding's own campaign and actor fields are enough.
 */
export function headline(finding: Finding, campaign?: Campaign, actor?: Actor): string {
  // A finding only from the person's own lists says so first, whatever the list calls itself or
  // cites: its claims are the list's, not Unmask's (the sentence itself carries the same label).
  const ownList = ownListOf(finding.sources);
  const own = ownList === undefined ? null : renderMessage(uiLang(), { key: 'ownList', params: ownList });
  const text = unlabelledHeadline(finding, campaign, actor);
  return own !== null && isOwnListFinding(finding) && !text.startsWith(own) ? `${own}: ${text}` : text;
}

/**
 * A finding's sentence in the page's language (src/core/i18n): the engine's message rendered, or
 * its English `summary` when it carries none.
 */
export function findingText(finding: Pick<Finding, 'summary' | 'message' | 'campaign'>, campaign?: Pick<Campaign, 'id' | 'name'>): string {
  // The engine names the operation in English; the lists' entry (`campaign`, lists/i18n) has the
  // page's language.
  const english = finding.campaign?.name;
  const params = finding.message?.params as { campaign?: unknown } | undefined;
  if (finding.message && campaign && campaign.id === finding.campaign?.id && campaign.name !== english && params?.campaign === english) {
    const message = { ...finding.message, params: { ...params, campaign: campaign.name } } as typeof finding.message;
    return findingSentence({ summary: finding.summary, message }, uiLang());
  }
  return findingSentence(finding, uiLang());
}

function unlabelledHeadline(finding: Finding, campaign?: Campaign, actor?: Actor): string {
  const op = operationPhrase(finding, campaign, actor);
  const campaignName = campaign?.name ?? finding.campaign?.name;
  const outlet = finding.outlet ?? finding.impersonates;
  const byRole: Partial<Record<Role, () => string>> = {
    impersonation: () => (outlet ? t('headlineImpersonation', outlet, op) : t('headlineImpersonationUnnamed', op)),
    'operated-outlet': () => t('headlineOperated', op),
    redirector: () => (finding.evidence.stale ? t('headlineRedirectorStale', op) : t('headlineRedirector', op)),
    phishing: () => {
      const country = originCountry(finding, campaign, actor);
      const who = campaignName ? (country ? t('nameWithCountry', campaignName, country) : campaignName) : t('operationUnnamed');
      return t('headlinePhishing', who);
    },
    persona: () => t('headlinePersona', op),
    amplifier: () => {
      const publisher = finding.sources[0]?.publisher;
      return publisher
        ? t('headlineAmplifier', publisher, campaignName ?? t('operationUnnamed'))
        : t('headlineAmplifierUnnamed', campaignName ?? t('operationUnnamed'));
    },
    'placed-article': () => t('headlinePlacedArticle', op),
    infrastructure: () => t('headlineInfrastructure', op),
  };
  if (finding.role && byRole[finding.role]) return byRole[finding.role]!();

  const claimed = claimedValue(finding);
  switch (finding.reason) {
    case 'lookalike-domain':
      if (finding.level === 'high' && claimed && finding.impersonates) {
        return t('headlineLookalikeClaims', outlet ?? claimed, finding.impersonates);
      }
      if (finding.level === 'low') {
        return finding.evidence.commonName && finding.impersonates
          ? t('headlineLookalikeCommonName', finding.impersonates)
          : findingText(finding, campaign);
      }
      return finding.impersonates ? t('headlineLookalike', finding.impersonates) : findingText(finding, campaign);
    case 'successor-domain':
      return finding.evidence.successorOf ? t('headlineSuccessor', finding.evidence.successorOf, op) : findingText(finding, campaign);
    case 'claims-outlet-name':
      return outlet && finding.impersonates ? t('headlineClaimsOutlet', outlet, finding.impersonates) : findingText(finding, campaign);
    case 'claims-campaign-brand':
      return claimed ? t('headlineClaimsBrand', claimed, op) : findingText(finding, campaign);
    case 'rewrite-artifact':
      return campaignName ? t('headlineRewrite', campaignName) : t('headlineRewriteUnnamed');
    case 'links-to-flagged': {
      const n = finding.evidence.targets?.length ?? 1;
      return n === 1 ? t('headlineLinksToFlaggedOne') : t('headlineLinksToFlagged', n);
    }
    case 'shows-flagged-account': {
      const n = finding.evidence.targets?.length ?? 1;
      return n === 1 ? t('headlineShowsFlaggedOne') : t('headlineShowsFlagged', n);
    }
    case 'listed-domain':
    case 'listed-url':
    case 'listed-account':
      return campaignName ? t('headlineListed', op) : findingText(finding, campaign);
  }
  return findingText(finding, campaign);
}

const CLAIM_SOURCE_KEYS: Record<ClaimSource, MessageKey> = {
  title: 'claimSourceTitle',
  'og:site_name': 'claimSourceOgSiteName',
  'application-name': 'claimSourceApplicationName',
  'ld+json': 'claimSourceLdJson',
  'logo-alt': 'claimSourceLogoAlt',
  copyright: 'claimSourceCopyright',
};

export function claimSourceName(source: ClaimSource): string {
  return CLAIM_SOURCE_KEYS[source] ? t(CLAIM_SOURCE_KEYS[source]) : source;
}

const EDIT_KEYS: Record<string, MessageKey> = {
  omission: 'editOmission',
  repetition: 'editRepetition',
  transposition: 'editTransposition',
  replacement: 'editReplacement',
  insertion: 'editInsertion',
};

function publishers(sources: readonly SourceRef[]): string {
  return joinList(sources.map((s) => s.publisher));
}

/** Why the finding matched, in words: one sentence per piece of evidence. */
export function evidenceText(finding: Finding): string[] {
  const out: string[] = [];
  const ev = finding.evidence;
  const subject = ev.subject ?? finding.indicator ?? '';
  const who = publishers(finding.sources);
  // A person's own list (Source.list): said first, so nobody reads it as Unmask's documentation.
  const own = [...new Set(finding.sources.flatMap((s) => (typeof s.list === 'string' ? [s.list] : [])))];
  if (own.length > 0) out.push(t('evidenceFromYourList', own.join('”, “')));
  switch (finding.reason) {
    case 'listed-domain':
      if (subject) out.push(who ? t('evidenceListedDomain', subject, who) : t('evidenceListedDomainNoSource', subject));
      break;
    case 'listed-url':
      out.push(t('evidenceListedUrl', who || t('operationUnnamed')));
      break;
    case 'listed-account': {
      // The account in words, not its URL (the URL is in the full report's evidence).
      const account = accountNameOf(subject) ?? subject;
      if (account) out.push(who ? t('evidenceListedAccount', account, who) : t('evidenceListedAccountNoSource', account));
      break;
    }
    default:
      break;
  }
  if (ev.lookalike && subject && finding.impersonates) {
    const real = finding.impersonates;
    switch (ev.lookalike) {
      case 'other-suffix':
        out.push(t('evidenceOtherSuffix', subject, real));
        break;
      case 'confusable':
        out.push(t('evidenceConfusable', subject, real));
        break;
      case 'edit': {
        const key = ev.edit ? EDIT_KEYS[ev.edit] : undefined;
        out.push(key ? t('evidenceEditKind', subject, real, t(key)) : t('evidenceEdit', subject, real));
        break;
      }
      case 'embedded':
        out.push(t('evidenceEmbedded', subject, real));
        break;
      case 'hyphenation':
        out.push(t('evidenceHyphenation', subject, real));
        break;
    }
  }
  if (ev.claimedName) {
    out.push(t('evidenceClaimedName', ev.claimedName.value, claimSourceName(ev.claimedName.source)));
  }
  if (ev.phrase) out.push(t('evidencePhrase', ev.phrase));
  if (ev.targets && ev.targets.length > 0 && (finding.reason === 'links-to-flagged' || finding.reason === 'shows-flagged-account')) {
    out.push(ev.targets.length === 1 ? t('evidenceTargetsOne') : t('evidenceTargets', ev.targets.length));
  }
  if (ev.stale) out.push(t('evidenceStale'));
  if (finding.sources.length > 0 && finding.sources.every((s) => s.tier === 'secondary')) {
    out.push(t('evidenceSecondaryOnly', who));
  }
  return out;
}

export interface Advice {
  text: string;
  /** An https link the advice points to (the real outlet's official domain). */
  href?: string;
  linkText?: string;
}

/** What to do, from one finding. */
export function adviceFor(finding: Finding): Advice[] {
  const out: Advice[] = [];
  if (finding.impersonates) {
    const href = safeHttpsUrl(`https://${finding.impersonates}/`);
    if (href) {
      out.push({
        text: t('adviceOfficialSite', finding.outlet ?? finding.impersonates),
        href,
        linkText: finding.impersonates,
      });
    }
  }
  const role = finding.role;
  if (role === 'phishing') out.push({ text: t('advicePhishing') });
  if (role === 'persona' || role === 'amplifier' || finding.reason === 'listed-account' || finding.reason === 'shows-flagged-account') {
    out.push({ text: t('adviceCheckAccount') });
  }
  if (role === 'redirector') out.push({ text: t('adviceRedirector') });
  if (role === 'placed-article') out.push({ text: t('advicePlacedArticle') });
  if (finding.reason === 'links-to-flagged') out.push({ text: t('adviceLinks') });
  if (finding.reason === 'rewrite-artifact') out.push({ text: t('adviceWeakSignal') });
  if (
    role === 'operated-outlet' ||
    role === 'impersonation' ||
    role === 'infrastructure' ||
    finding.reason === 'claims-campaign-brand' ||
    finding.reason === 'successor-domain' ||
    finding.reason === 'claims-outlet-name' ||
    finding.reason === 'lookalike-domain'
  ) {
    out.push({ text: t('adviceCompare') });
  }
  const seen = new Set<string>();
  return out.filter((a) => (seen.has(a.text) ? false : (seen.add(a.text), true)));
}

/** Advice for a whole verdict: the top finding's first, then any other finding's, without repeats. */
export function adviceForAll(findings: readonly Finding[]): Advice[] {
  const seen = new Set<string>();
  const out: Advice[] = [];
  for (const finding of findings) {
    for (const advice of adviceFor(finding)) {
      if (seen.has(advice.text)) continue;
      seen.add(advice.text);
      out.push(advice);
    }
  }
  return out;
}

/** The URL only when it is https: page- or list-derived links never become `javascript:` anchors. */
export function safeHttpsUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "2024-09-04" -> "4 September 2024"; "2024-09" -> "September 2024"; "2024" stays. */
export function formatPartialDate(date: PartialDate | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  try {
    const value = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
    const options: Intl.DateTimeFormatOptions = d
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(uiLang(), options).format(value);
  } catch {
    return date;
  }
}

export function formatTime(ms: number): string {
  try {
    return new Intl.DateTimeFormat(uiLang(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}

export function formatCount(n: number): string {
  try {
    return new Intl.NumberFormat(uiLang()).format(n);
  } catch {
    return String(n);
  }
}

const TIER_ORDER: Record<SourceRef['tier'], number> = { 'primary-indicator-file': 0, 'primary-report': 1, secondary: 2 };

/** Sources with primary ones (indicator files, then reports) first; stable within a tier. */
export function primaryFirst<T extends Pick<SourceRef, 'tier'>>(sources: readonly T[]): T[] {
  return sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (TIER_ORDER[a.s.tier] ?? 3) - (TIER_ORDER[b.s.tier] ?? 3) || a.i - b.i)
    .map(({ s }) => s);
}

/** A plain-text citation a journalist can paste: publisher, title, date, URL, and how we read it. */
export function citationText(source: SourceRef): string {
  const parts = [source.publisher, `"${source.title}"`];
  if (source.date) parts.push(source.date);
  let text = `${parts.join(', ')}. ${source.url}`;
  // After a dash, not in parentheses: the notes hold parentheses of their own.
  if (source.via) text += ` — ${source.via}`;
  return text;
}

/**
 * A page's address as Unmask copies it out of the browser (a citation, a mistake report): by
 * default without what the person may not mean to share. The query and fragment can carry session
 * tokens, search terms or personal data; the path says which article or account the person read.
 * - `site`: the origin only (a public mistake report: the findings already name what matched);
 * - `page`: origin and path, no query or fragment (a citation: the page, not the visit);
 * - `full`: the address as it is, when the person asks for it.
 */
export type AddressDetail = 'site' | 'page' | 'full';

export function shareableAddress(url: string, detail: AddressDetail): string {
  if (detail === 'full') return url;
  const parsed = httpUrl(url);
  if (parsed === null) return url.replace(/[?#].*$/s, '').slice(0, 200);
  return detail === 'site' ? `${parsed.origin}/` : `${parsed.origin}${parsed.pathname}`;
}

/**
 * A finding with its evidence's sources as plain text, for "copy citation" (the address: `page`
 * unless the person asks for `full`); an imitated outlet's earlier reports follow as context.
 */
export function findingCitation(finding: Finding, url: string, detail: AddressDetail = 'page'): string {
  const lines = [`${finding.summary}`, `Page: ${shareableAddress(url, detail)}`];
  for (const source of primaryFirst(evidenceSources(finding))) lines.push(`- ${citationText(source)}`);
  const context = contextSources(finding);
  if (context.length > 0) lines.push('Context, not about this page: reports that the imitated outlet was impersonated before.');
  for (const source of primaryFirst(context)) lines.push(`- ${citationText(source)}`);
  return lines.join('\n');
}

/**
 * A campaign as plain text for "copy citation": its names across vendors, what it is, who
 * attributes it to whom (with the attributor's confidence), and every source with its link. English,
 * like `findingCitation`: it is pasted into articles and notes, and the sources' titles are English.
 */
export function campaignCitation(
  campaign: Campaign,
  lists: { actors: ReadonlyMap<string, Actor>; sources: ReadonlyMap<string, Source> },
  link?: string,
): string {
  const aliases = aliasGroups(campaign).map((g) => {
    const names = g.names.join(', ');
    return g.own ? `${names}, its own name${g.names.length === 1 ? '' : 's'}` : g.by ? `${names}, by ${g.by}` : names;
  });
  const lines = [aliases.length > 0 ? `${campaign.name}, also known as ${aliases.join('; ')}` : campaign.name];
  if (campaign.summary) lines.push(campaign.summary);
  for (const a of campaign.attribution) {
    const actor = lists.actors.get(a.actor)?.name ?? a.actor;
    lines.push(`Attributed to ${actor} by ${a.by} (${a.confidence}).`);
  }
  if (campaign.active.from || campaign.active.to) {
    // No end date means the sources give none, not that it is still running.
    lines.push(
      campaign.active.to ? `Active from ${campaign.active.from ?? '?'} to ${campaign.active.to}.` : `Active since ${campaign.active.from}.`,
    );
  }
  const sources = campaign.sources.flatMap((id) => {
    const s = lists.sources.get(id);
    return s ? [s] : [];
  });
  if (sources.length > 0) lines.push('Sources:');
  for (const s of sources) lines.push(`- ${citationText(s)}`);
  if (link) lines.push(`Listed in Unmask: ${link}`);
  return lines.join('\n');
}

export { isOwnListFinding } from '../core/finding-sources';

/**
 * Whether "Report a mistake" has anything for Unmask's maintainers: a finding not only from the
 * person's own lists. For the rest the issue could only publish the person's list and its claims.
 */
export function canReportMistake(findings: readonly Finding[]): boolean {
  return findings.some((f) => !isOwnListFinding(f));
}

/**
 * Whether the campaign explorer can show a finding's campaign: it shows Unmask's lists only, so a
 * campaign defined in the person's own list (a `user:` id) would be "not found" there. A bundled
 * campaign stays explorable when the person's list adds indicators to it.
 */
export function isExplorableCampaign(campaign: Finding['campaign']): campaign is NonNullable<Finding['campaign']> {
  return campaign !== undefined && !isOwnListId(campaign.id);
}

/** The registrable domain "trust this site" adds, or null for pages that have none. */
export function trustDomainOf(url: string): string | null {
  const host = hostOfUrl(url);
  return host ? registrableDomain(host) : null;
}

/**
 * A prefilled "new issue" URL on the project tracker. The issue text is in English on purpose: it
 * is read by the maintainers, not shown in the extension.
 *
 * The issue is public and about Unmask's lists, so nothing of the person's own lists goes in it:
 * findings only from them are left out (and counted), and a finding that also cites them is given
 * without its sentence, which names the list and may name a campaign only the list defines.
 */
export function reportMistakeUrl(state: TabState, extensionVersion?: string, detail: AddressDetail = 'site'): string {
  // The issue is public: by default the site only (shareableAddress); nothing is sent, the person
  // sees the prefilled issue, can edit it, and can ask for the full address in the report.
  const page = shareableAddress(state.url, detail);
  const host = hostOfUrl(state.url) ?? page;
  const reportable = state.verdict.findings.filter((f) => !isOwnListFinding(f));
  const leftOut = state.verdict.findings.length - reportable.length;
  // Findings come highest level first: the first one left is the level this issue is about.
  const level = leftOut > 0 ? (reportable[0]?.level ?? 'none') : state.verdict.level;
  const lines = [
    `Page: ${page}${detail === 'site' ? ' (path left out)' : ''}`,
    `Level shown: ${state.verdict.level}`,
    `Lists version: ${state.listsVersion}`,
    ...(extensionVersion ? [`Unmask version: ${extensionVersion}`] : []),
    '',
    'Reasons shown:',
    ...reportable.slice(0, 10).map((f) => {
      const own = f.sources.some((s) => typeof s.list === 'string');
      const sources = f.sources
        .filter((s) => typeof s.list !== 'string')
        .map((s) => s.publisher)
        .join(', ');
      const said = own ? "(also from the reporter's own list, not shown)" : f.summary;
      return `- ${f.reason} (${f.level})${f.indicator ? ` ${f.indicator}` : ''}: ${said}${sources ? ` [${sources}]` : ''}`;
    }),
    ...(leftOut > 0 ? [`Left out: ${leftOut} finding${leftOut === 1 ? '' : 's'} from the reporter's own lists (not Unmask's lists).`] : []),
    '',
    'What is wrong (please explain, and link a source if you have one):',
    '',
  ];
  const title = `Possible mistake: ${level} on ${host}`;
  const body = lines.join('\n').slice(0, 4000);
  const params = new URLSearchParams({ title, body, labels: 'false-positive' });
  return `${PROJECT_REPO_URL}/issues/new?${params.toString()}`;
}

/** "What Unmask checked" for a page with nothing known: one sentence per check actually made. */
export function checkedItems(state: TabState, lists: UiLists | null): string[] {
  const out: string[] = [];
  if (lists) {
    out.push(t('checkedAddress', formatCount(lists.counts.sites), formatCount(lists.counts.accounts)));
    out.push(t('checkedLookalikes', formatCount(lists.counts.outlets)));
  } else {
    out.push(t('checkedAddressNoCounts'));
  }
  const checked = state.checked;
  if (state.phase === 'page' && checked) {
    const names = (checked.claimedNames ?? []).map((c) => c.value);
    out.push(names.length > 0 ? t('checkedClaimedNames', joinList(names.slice(0, 3))) : t('checkedNoClaimedName'));
    out.push(checked.links === 1 ? t('checkedLinksOne') : t('checkedLinks', formatCount(checked.links)));
    if (checked.handles > 0) out.push(checked.handles === 1 ? t('checkedHandlesOne') : t('checkedHandles', formatCount(checked.handles)));
  } else {
    out.push(t('checkedAddressOnly'));
  }
  out.push(t('checkedListsVersion', state.listsVersion));
  return out;
}

/** Whether Unmask can look at a page with this address at all (not chrome://, about:, stores). */
export function isCheckableUrl(url: string | undefined): boolean {
  if (!url) return false;
  const host = hostOfUrl(url);
  if (!host) return false;
  // Browsers forbid extensions from running on their own stores, so Unmask never sees those pages.
  const stores = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
  if (stores.some((store) => host === store || host.endsWith(`.${store}`))) return false;
  return !(host === 'chrome.google.com' && new URL(url).pathname.startsWith('/webstore'));
}
