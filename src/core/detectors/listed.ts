/**
 * From a matched indicator to a Finding: the level rules for documented indicators, shared by
 * the listed-host, listed-URL and listed-account detectors (and by `flagged` for link markers).
 *
 * Levels (types.ts `Level`):
 * - operated-outlet, impersonation, persona, infrastructure with a primary source -> high;
 * - redirector, phishing with a primary source -> high while recent (first reported within 24
 *   months of `now`), else low and `evidence.stale`: Doppelganger's redirect domains were first
 *   hops that are often hijacked, expired or re-registered since (data README, "Cautions");
 * - amplifier -> medium (a real account named as spreading content, not "run by");
 * - placed-article -> medium (one item on a site the campaign does not control);
 * - only secondary-tier sources -> at most medium.
 * An indicator without a date is never "recent": we do not raise what we cannot date.
 */
import type { Finding, Indicator, JudgeOptions, Level, ReasonCode, SourceRef } from '../types';
import { listedSummary } from '../summaries';
import { listedMessage } from '../i18n/build';
import type { Subject } from '../i18n/types';
import { type Catalog, campaignRef, isPrimary, sourceRefs, withCampaign } from './catalog';

export const STALE_AFTER_MONTHS = 24;

/** The first day of a partial date (YYYY, YYYY-MM, YYYY-MM-DD) in UTC ms; NaN when unreadable. */
export function partialDateStart(date: string | undefined): number {
  if (typeof date !== 'string') return NaN;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (m === null) return NaN;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** True when the indicator was first reported within 24 months of `now`. */
export function isRecent(indicator: Indicator, now: Date): boolean {
  return startIsRecent(partialDateStart(indicator.firstReported), now);
}

/** `isRecent` for a first-reported day already read (`partialDateStart`). */
function startIsRecent(start: number, now: Date): boolean {
  if (Number.isNaN(start)) return false;
  const limit = new Date(now.getTime());
  limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
  return start >= limit.getTime();
}

export interface ListedLevel {
  level: Exclude<Level, 'none' | 'info'>;
  stale: boolean;
}

/** `start`: `partialDateStart(indicator.firstReported)` when the caller has it already. */
export function listedLevel(indicator: Indicator, primary: boolean, now: Date, start?: number): ListedLevel {
  switch (indicator.role) {
    case 'operated-outlet':
    case 'impersonation':
    case 'persona':
    case 'infrastructure':
      return { level: primary ? 'high' : 'medium', stale: false };
    case 'redirector':
    case 'phishing':
      if (!startIsRecent(start ?? partialDateStart(indicator.firstReported), now)) return { level: 'low', stale: true };
      return { level: primary ? 'high' : 'medium', stale: false };
    case 'amplifier':
    case 'placed-article':
      return { level: 'medium', stale: false };
    default:
      return { level: 'medium', stale: false };
  }
}

interface Resolved {
  sources: SourceRef[];
  primary: boolean;
  /** First reported, as `partialDateStart` reads it (NaN when undated). */
  start: number;
  /**
   * Findings already built for this indicator, by staleness, displayed and examined subject: a
   * template never handed out, only copied (see `copyFinding`).
   */
  findings: Template[];
}

interface Template {
  level: ListedLevel['level'];
  stale: boolean;
  display: string;
  subject: string;
  finding: Finding;
}

/**
 * Per-indicator citations and wording, resolved on first match and kept, per catalog (WeakMaps on
 * the catalog and the indicator, so an engine over other lists never sees them). A listed site is
 * judged again at every navigation within it; this keeps those verdicts to lookups and one object.
 */
const resolvedCaches = new WeakMap<Catalog, WeakMap<Indicator, Resolved>>();

function resolve(catalog: Catalog, indicator: Indicator): Resolved {
  let cache = resolvedCaches.get(catalog);
  if (cache === undefined) {
    cache = new WeakMap();
    resolvedCaches.set(catalog, cache);
  }
  let r = cache.get(indicator);
  if (r === undefined) {
    const sources = sourceRefs(catalog, indicator.sources);
    r = { sources, primary: isPrimary(sources), start: partialDateStart(indicator.firstReported), findings: [] };
    cache.set(indicator, r);
  }
  return r;
}

const REASON: Record<Indicator['kind'], ReasonCode> = {
  domain: 'listed-domain',
  url: 'listed-url',
  handle: 'listed-account',
};

/**
 * The finding for one matched indicator. `subject` is what was examined (a host, a URL, an
 * account), `display` how the summary names it, and `shown` the same as data for other languages
 * (a host when not given).
 */
export function listedFinding(
  catalog: Catalog,
  indicator: Indicator,
  subject: string,
  display: string,
  options: JudgeOptions,
  shown: Subject = { kind: 'host', host: display },
): Finding {
  const resolved = resolve(catalog, indicator);
  // Only redirectors and phishing hosts depend on the clock: the others never read it.
  const timeBound = indicator.role === 'redirector' || indicator.role === 'phishing';
  const { level, stale } = listedLevel(indicator, resolved.primary, timeBound ? (options.now ?? new Date()) : NO_DATE, resolved.start);
  // Everything else in the finding follows from the indicator, the staleness and the two subjects:
  // built once, then copied (rebuilding it was a large part of a listed-host verdict).
  // A short scan, not a Map: building a string key cost more than the few comparisons.
  for (const t of resolved.findings) {
    if (t.level === level && t.stale === stale && t.display === display && t.subject === subject) return copyFinding(t.finding);
  }
  const finding = buildFinding(catalog, indicator, resolved, subject, display, shown, level, stale);
  if (resolved.findings.length < 8) resolved.findings.push({ level, stale, display, subject, finding });
  return copyFinding(finding);
}

/** Never read: the level of an indicator that is not time-bound does not depend on the date. */
const NO_DATE = new Date(0);

/**
 * A copy a caller may change without touching the template or another verdict: every object of
 * the finding is new, except the SourceRefs (shared with the catalog, as they always were).
 */
function copyFinding(t: Finding): Finding {
  // The message is shared: nothing changes it after it is built.
  const f: Finding = { ...t, evidence: { ...t.evidence }, sources: t.sources.slice() };
  if (t.campaign !== undefined) f.campaign = { ...t.campaign };
  if (t.actor !== undefined) f.actor = { ...t.actor };
  return f;
}

function buildFinding(
  catalog: Catalog,
  indicator: Indicator,
  resolved: Resolved,
  subject: string,
  display: string,
  shown: Subject,
  level: ListedLevel['level'],
  stale: boolean,
): Finding {
  const sources = resolved.sources.slice();
  const outlet = indicator.impersonates ? catalog.outlets.get(indicator.impersonates) : undefined;
  const outletDomain = outlet?.domains?.[0];
  const wording = {
    indicator,
    subject: display,
    kind: indicator.kind,
    role: indicator.role,
    campaignName: campaignRef(catalog, indicator.campaign).name,
    sources,
    ...(outlet && outletDomain ? { outlet: { name: outlet.name, domain: outletDomain } } : {}),
    stale,
  };
  const finding: Finding = {
    reason: REASON[indicator.kind] ?? 'listed-domain',
    level,
    summary: listedSummary(wording),
    message: listedMessage(wording, shown),
    indicator: indicator.value,
    role: indicator.role,
    evidence: stale ? { subject, stale: true } : { subject },
    sources,
  };
  if (outlet && outletDomain) {
    finding.impersonates = outletDomain;
    finding.outlet = outlet.name;
  }
  withCampaign(catalog, finding, indicator.campaign);
  // An amplifier is a real account a source names as spreading a campaign's content, often a
  // person: printing the campaign's state actor next to it would read as "run by" (data README,
  // "People are not campaigns"). The campaign stays; the actor is on the campaign's own page.
  if (indicator.role === 'amplifier') delete finding.actor;
  return finding;
}
