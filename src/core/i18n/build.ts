/**
 * From what a detector knows to a sentence as data (types.ts): the same inputs as the English
 * wording functions in ../summaries.ts, so that a detector builds both from one object. The
 * choices the English sentence makes (which publishers are named, whether the finding is stale,
 * which tail a lookalike sentence gets) are made here once, and every language renders them.
 *
 * test/unit/core/i18n.test.ts renders each message in English and compares it with `summary`,
 * over every finding kind of the fixture and the shipped lists: a change of wording in
 * summaries.ts that is not made in i18n/en.ts fails there.
 */
import type { Indicator, IndicatorKind, Role, SourceRef } from '../types';
import type { ProfileRef } from '../handles';
import { PLATFORM_NAMES, listLabel, type ListedWording, type LookalikeWording, type SuccessorWording } from '../summaries';
import type { EditWord, OwnList, Publisher, Status, Subject, SummaryMessage, Who } from './types';

/** Who says it (summaries.ts `publisherPhrase`, as data). */
export function whoOf(sources: readonly SourceRef[]): Who {
  const primary = sources.filter((s) => s.tier !== 'secondary');
  const chosen = primary.length > 0 ? primary : sources;
  const names: Publisher[] = [];
  const seen: string[] = [];
  for (const s of chosen) {
    const p: Publisher = primary.length > 0 ? { name: s.publisher } : secondaryPublisher(s);
    const key = `${p.name}\u0000${p.secondary ? 1 : 0}\u0000${p.via ?? ''}`;
    if (p.name && !seen.includes(key)) {
      seen.push(key);
      names.push(p);
    }
  }
  return { names };
}

function secondaryPublisher(source: SourceRef): Publisher {
  const cited = /\bciting (.+)$/i.exec(source.title ?? '')?.[1];
  if (cited) {
    const who = cited.split(/'s |, | \(|: | "/)[0]?.trim();
    const compilation = source.publisher.replace(/\s*\([^)]*\)/g, '').trim();
    if (who) return { name: who, secondary: true, via: compilation };
  }
  return { name: source.publisher, secondary: true };
}

/** The person's own lists (summaries.ts `fromYourList`, as data); undefined for Unmask's lists alone. */
export function ownListOf(sources: readonly SourceRef[]): OwnList | undefined {
  const names: string[] = [];
  for (const s of sources) if (typeof s.list === 'string' && !names.includes(s.list)) names.push(s.list);
  if (names.length === 0) return undefined;
  return { names: names.map(listLabel), partly: !sources.every((s) => typeof s.list === 'string') };
}

function withOwn<T extends object>(params: T, sources: readonly SourceRef[]): T & { ownList?: OwnList } {
  const own = ownListOf(sources);
  return own === undefined ? params : { ...params, ownList: own };
}

/** Page-derived text as the sentence quotes it: one line, at most 80 characters. */
export function shortText(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// Platforms whose people write handles with `@` (summaries.ts `describeProfile`).
const AT_PLATFORMS = new Set(['x', 'tiktok', 'instagram', 'threads', 'bluesky', 'medium']);

/** An account as people write it, as data: `@name` and the platform's name. */
export function profileSubject(profile: ProfileRef): Subject {
  const at =
    profile.platform === 'youtube'
      ? profile.key.startsWith('youtube:@')
        ? '@'
        : ''
      : AT_PLATFORMS.has(profile.platform) && !/^\d+$/.test(profile.handle)
        ? '@'
        : '';
  return { kind: 'profile', handle: `${at}${profile.handle}`, platform: PLATFORM_NAMES[profile.platform] ?? profile.platform };
}

function statusOf(indicator: Indicator): Status | undefined {
  const status = indicator.status;
  if (status === undefined || (status.state !== 'seized' && status.state !== 'defunct')) return undefined;
  const out: Status = { state: status.state };
  if (status.state === 'seized' && status.by) out.by = status.by;
  if (status.date) out.date = status.date;
  return out;
}

const LISTED_KEYS: Record<Role, SummaryMessage['key']> = {
  'operated-outlet': 'listed.operatedOutlet',
  impersonation: 'listed.impersonation',
  redirector: 'listed.redirector',
  phishing: 'listed.phishing',
  persona: 'listed.persona',
  amplifier: 'listed.amplifier',
  'placed-article': 'listed.placedArticle',
  infrastructure: 'listed.infrastructure',
};

/** A listed indicator (summaries.ts `listedSummary`); `subject` names what `w.subject` shows. */
export function listedMessage(w: ListedWording, subject: Subject): SummaryMessage {
  const status = statusOf(w.indicator);
  const base = withOwn(
    { who: whoOf(w.sources), subject, kind: kindOf(w.kind), campaign: w.campaignName, ...(status ? { status } : {}) },
    w.sources,
  );
  const key = LISTED_KEYS[w.role] ?? 'listed.other';
  if (key === 'listed.impersonation') {
    return { key, params: w.outlet ? { ...base, outlet: { name: w.outlet.name, domain: w.outlet.domain } } : base };
  }
  if (key === 'listed.redirector' || key === 'listed.phishing') {
    return { key, params: w.stale ? { ...base, stale: { year: w.indicator.firstReported?.slice(0, 4) ?? null } } : base };
  }
  return { key, params: base } as SummaryMessage;
}

function kindOf(kind: IndicatorKind): 'domain' | 'url' | 'handle' {
  return kind === 'url' || kind === 'handle' ? kind : 'domain';
}

/** A flagged link's short line (summaries.ts `flaggedTargetSummary`). */
export function flaggedMessage(role: Role, campaignName: string, sources: readonly SourceRef[], stale: boolean): SummaryMessage {
  return { key: 'flagged', params: withOwn({ role, who: whoOf(sources), campaign: campaignName, stale }, sources) };
}

const LOOKALIKE_KEYS = {
  'other-suffix': 'lookalike.otherSuffix',
  confusable: 'lookalike.confusable',
  edit: 'lookalike.edit',
  hyphenation: 'lookalike.hyphenation',
  embedded: 'lookalike.embedded',
} as const;

/** A lookalike address (summaries.ts `lookalikeSummary`). */
export function lookalikeMessage(w: LookalikeWording): SummaryMessage {
  const params = {
    host: w.host,
    display: w.display,
    outletDomain: w.outletDomain,
    outletName: w.outletName,
    ...(w.claimed
      ? { also: { kind: 'claimed' as const, name: shortText(w.claimed.value) } }
      : w.namedOtherwise !== undefined
        ? { also: { kind: 'namedOtherwise' as const, name: shortText(w.namedOtherwise) } }
        : w.commonWord
          ? { also: { kind: 'commonWord' as const, label: w.label ?? '' } }
          : {}),
  };
  const key = LOOKALIKE_KEYS[w.kind];
  if (key === 'lookalike.otherSuffix') return { key, params: { ...params, suffix: w.suffix } };
  if (key === 'lookalike.edit') return { key, params: { ...params, edit: (w.edit ?? 'replacement') as EditWord } };
  return { key, params };
}

/** A possible new address of a documented campaign outlet (summaries.ts `successorSummary`). */
export function successorMessage(w: SuccessorWording): SummaryMessage {
  const sign = w.claimed ? 'claimed' : w.commonWords ? 'commonWords' : 'plain';
  return {
    key: 'successor',
    params: withOwn({ host: w.host, outletDomain: w.outletDomain, who: whoOf(w.sources), campaign: w.campaignName, sign }, w.sources),
  };
}

/** A page presenting itself as a protected outlet (summaries.ts `claimsOutletSummary`). */
export function claimsOutletMessage(claimedText: string, outletName: string, outletDomain: string, fuzzy: boolean): SummaryMessage {
  return { key: 'claims.outlet', params: { claimed: shortText(claimedText), outletName, outletDomain, fuzzy } };
}

/** A page presenting itself as a campaign outlet's brand (summaries.ts `claimsBrandSummary`). */
export function claimsBrandMessage(
  claimedText: string,
  brand: string,
  campaignName: string,
  sources: readonly SourceRef[],
  fuzzy: boolean,
  listedAddress?: string,
): SummaryMessage {
  const who = whoOf(sources);
  if (listedAddress !== undefined) {
    return {
      key: 'claims.listedName',
      params: withOwn({ claimed: shortText(claimedText), address: listedAddress, who, campaign: campaignName }, sources),
    };
  }
  return { key: 'claims.brand', params: withOwn({ claimed: shortText(claimedText), brand, who, campaign: campaignName, fuzzy }, sources) };
}

/** A machine-rewrite leftover (summaries.ts `artifactSummary`); `campaignName` null when untied. */
export function artifactMessage(phrase: string, campaignName: string | null, sources: readonly SourceRef[]): SummaryMessage {
  return { key: 'artifact', params: { phrase: shortText(phrase), campaign: campaignName, who: whoOf(sources) } };
}

/** Links to, or accounts shown from, the lists (summaries.ts `linksSummary`, `handlesSummary`). */
export function linksMessage(
  reason: 'links-to-flagged' | 'shows-flagged-account',
  count: number,
  campaigns: readonly string[],
): SummaryMessage {
  return { key: reason === 'links-to-flagged' ? 'links' : 'accounts', params: { count, campaigns: campaigns.slice() } };
}
