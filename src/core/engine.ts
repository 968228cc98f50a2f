/**
 * The verdict engine: `createEngine(compiled)` builds every index once; `judge` then answers with
 * Map lookups and a few bounded string passes. Pure TypeScript: no browser API, no network.
 *
 *   URL ─► parsed once (detectors/target.ts): host, eTLD+1, parents ─┬─► 1 listed-host    Map<host>, one lookup per label
 *     │                                                              ├─► 3 lookalike      Maps by label / skeleton / deletion
 *     │                                                              └─► 4 claimed names  Map<normalised name> (+ tiny Fuse)
 *     ├─► URL key, only on hosts that carry URL indicators ──────────────► 1 listed-url     Map<url key>
 *     └─► profile key, only on platform hosts (handles.ts) ──────────────► 2 listed-account Map<account key>
 *   signals.text (300 KB, lower-cased once) ──────────────────────────────► 5 rewrite artifacts, one regex per phrase
 *   signals.links / handles (500 each) ──► 1 + 2 only, never lookalike ───► 6 one `info` finding each
 *
 * What each structure matches, why, what it costs:
 * - Listed hosts (`detectors/listed-host.ts`): Map from host to indicators; a visited host and its
 *   parents up to the registrable domain (PSL with its private section) are looked up, one Map
 *   lookup per label, whatever the number of hosts (uBlock Origin's approach; a plain sourced
 *   Map is both faster and more explainable than bloom filters, which were shown to be poisonable).
 * - Listed URLs: `url` indicators are items PLACED on sites the campaign does not control; they
 *   match the exact URL only (normalised key), never the host. A real outlet that carried one
 *   placed article stays `none` on every other page. Hosts without URL indicators skip the key.
 * - Listed accounts (`detectors/listed-account.ts`, `handles.ts`): Map from canonical account key.
 * - Lookalikes (`detectors/lookalike.ts`): the visited label against protected outlets (label,
 *   skeleton and SymSpell deletion Maps, with a first-character + length quick reject), never
 *   against pre-generated permutations; never on official domains, proxies or archives.
 * - Claimed identity (`detectors/claimed-identity.ts`): exact normalised names first; fuse.js only
 *   for the few claimed names, over a small candidate set. Built on first use (the first page
 *   with claimed names), since a verdict from a URL alone never needs it.
 * - Text artifacts (`detectors/rewrite-artifacts.ts`): lower-case once, one regex per phrase.
 * - Links (`detectors/links.ts`): documented indicators only, `info` at most.
 * Figures: `npm run bench` (bench/engine.ts) and docs/benchmarks/. Repeat visits are the common
 * case (every navigation within a site): the lookalike hits of a host (lookalike.ts) and the built
 * finding of an indicator (listed.ts, copied for each caller) are kept; the first verdict on a host
 * pays the full search.
 *
 * Bounds (a hostile page controls every signal): 500 links, 500 handles, 300 KB of text, 20 claimed
 * names of 300 characters, URLs over 8 KB are judged by their host only. `judge` never throws, and
 * fails closed: the address is judged first, and a page-signal part (3-6) that throws is dropped
 * on its own, keeping the address's findings; only an error in judging the address itself gives
 * `none`.
 *
 * Trust: a site or account the person trusts (`allowlist`, src/core/allowlist.ts) is judged all
 * the same, then answered `none` with no findings and what was found kept in `Verdict.trusted`, so
 * that the popup can say "You trust this site. Unmask knows it as ..." and not "Nothing known".
 *
 * Levels: see types.ts `Level` and `detectors/listed.ts`. The verdict level is the highest finding
 * level; findings are sorted highest first. All English wording is in `summaries.ts`; each finding's
 * `message` carries the same sentence as data for the other languages (`i18n/`).
 */
import type {
  CompiledLists,
  Engine,
  FlaggedTarget,
  Finding,
  Indicator,
  JudgeOptions,
  OfficialAddress,
  PageSignals,
  Sensitivity,
  Verdict,
  ProtectedOutlet,
} from './types';
import { hostOfUrl } from './hosts';
import { trustingEntry } from './allowlist';
import { accountsShardKey, isProfileHost, parseProfile, profileOfUrl } from './handles';
import { describeProfile, unreadableTargetSummary, urlSubject } from './summaries';
import { profileSubject } from './i18n/build';
import type { SummaryMessage, Subject } from './i18n/types';
import { sortFindings, verdictLevel } from './levels';
import { buildCatalog, indicatorEnabled } from './detectors/catalog';
import { listedFinding } from './detectors/listed';
import {
  addToHostIndex,
  addUrlIndicator,
  buildHostIndex,
  emptyHostIndex,
  hostedHandleHost,
  matchCandidates,
  matchParsedUrl,
} from './detectors/listed-host';
import { type AccountIndex, buildAccountIndex, matchParsedAccount } from './detectors/listed-account';
import {
  buildLookalikeIndex,
  detectLookalikes,
  isHostedOrEntitled,
  isOfficialHost,
  isProxyHost,
  addOutletNames,
  lookalikeIndexBuilder,
} from './detectors/lookalike';
import { runInSlices, slices, stepDue } from './slices';
import { buildClaimIndex, claimIndexBuilder, detectClaimedIdentity } from './detectors/claimed-identity';
import { type SuccessorIndex, buildSuccessorIndex, detectSuccessors, successorIndexSteps } from './detectors/successor';
import { buildArtifactIndex, detectArtifacts } from './detectors/rewrite-artifacts';
import { type ListedIndexes, detectLinks, flaggedTargets } from './detectors/links';
import { compactName, isGenericName, siteClaims } from './detectors/names';
import { type HostInfo, parseTarget } from './detectors/target';
import { toUnicodeHost } from './lookalike/skeleton';

/** Thrown by `judgeTarget` for input a person typed that is not a URL, a domain or a profile URL. */
export class TargetError extends Error {
  /** The same sentence as data, for the reader's language (src/core/i18n `target.unreadable`). */
  readonly sentence?: SummaryMessage;
  constructor(message: string, sentence?: SummaryMessage) {
    super(message);
    this.name = 'TargetError';
    if (sentence !== undefined) this.sentence = sentence;
  }
}

const MAX_URL = 8192;
const SENSITIVITIES: readonly Sensitivity[] = ['documented', 'lookalikes', 'text'];

interface Settings extends JudgeOptions {
  sensitivity: Sensitivity;
  /** Left out when not given: time-bound findings read the clock only when they need it. */
  now?: Date;
  allowlist: readonly string[];
}

/** Options from callers we do not control (messages, settings storage) made safe to read. */
const NO_STRINGS: readonly string[] = [];

function settings(options: JudgeOptions | undefined): Settings {
  // The common call: no options at all.
  if (options === undefined) return { sensitivity: 'lookalikes', allowlist: NO_STRINGS };
  const o = options !== null && typeof options === 'object' ? options : {};
  const out: Settings = {
    sensitivity: SENSITIVITIES.includes(o.sensitivity as Sensitivity) ? (o.sensitivity as Sensitivity) : 'lookalikes',
    allowlist: stringArray(o.allowlist) ?? NO_STRINGS,
  };
  // An invalid date would make every time-bound indicator "stale" or "recent" by accident.
  if (o.now instanceof Date && !Number.isNaN(o.now.getTime())) out.now = o.now;
  const campaigns = stringArray(o.disabledCampaigns);
  if (campaigns) out.disabledCampaigns = campaigns;
  const roles = stringArray(o.disabledRoles);
  if (roles) out.disabledRoles = roles as Settings['disabledRoles'];
  return out;
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

interface ListedState {
  findings: Finding[];
  seen: Indicator[];
  /** Campaigns of the listed findings (claimed brands of these add nothing). */
  campaigns: string[];
  /** Outlets the listed indicators say they imitate (lookalike findings would repeat them). */
  outlets: string[];
}

/**
 * A host as people should read it in a summary: an IDN host is shown in Unicode AND in punycode,
 * because its Unicode form is built to look like another address.
 */
function displayHost(host: string): string {
  const unicode = toUnicodeHost(host);
  return unicode === host ? host : `${unicode} (${host})`;
}

/**
 * The account a page belongs to (its profile or one of its posts), by account key: links and
 * shown accounts that are this same account say nothing new about it (a profile page links to
 * itself and shows its own posts' author).
 */
function ownAccountKey(url: URL): string | null {
  return profileOfUrl(url)?.key ?? null;
}

function none(target: string): Verdict {
  return { target, level: 'none', findings: [] };
}

/** The indexes `createEngine` builds before its first verdict, each one step of `createEngineInSteps`. */
interface EngineParts {
  catalog: ReturnType<typeof buildCatalog>;
  hosts: ReturnType<typeof buildHostIndex>;
  handleHosts: Set<string>;
  lookalikes: ReturnType<typeof buildLookalikeIndex>;
  /** Indexes otherwise built on first need, already built (`createEngineInSteps` with `warm`). */
  claims?: ReturnType<typeof buildClaimIndex>;
  successors?: SuccessorIndex;
}

function indicatorsOf(compiled: CompiledLists): Indicator[] {
  return Array.isArray(compiled?.indicators) ? compiled.indicators : [];
}

/**
 * The same engine as `createEngine`, its indexes built in slices of a few milliseconds with
 * `pause()` awaited between them (slices.ts), so that a running worker swapping in new lists (a
 * list update, the person's own lists) keeps answering events between the slices instead of
 * being held for the whole build. The host and lookalike indexes are filled item by item, in
 * the order `createEngine` fills them: the same indexes. `warm` builds the indexes that
 * `createEngine` leaves to their first need as well (see below).
 */
export async function createEngineInSteps(
  compiled: CompiledLists,
  pause: () => Promise<void>,
  options: { warm?: boolean } = {},
): Promise<Engine> {
  const slice = slices(pause);
  const catalog = buildCatalog(compiled);
  await pause();
  const handleHosts = new Set<string>();
  const hosts = emptyHostIndex();
  const indicators = indicatorsOf(compiled);
  for (let i = 0; i < indicators.length; i++) {
    addToHostIndex(hosts, indicators[i]!, handleHosts);
    if (stepDue(i, 128)) await slice.maybePause();
  }
  await pause();
  const outlets = Array.isArray(compiled?.outlets) ? compiled.outlets : [];
  const builder = lookalikeIndexBuilder(outlets, compiled?.nameLabels);
  for (let i = 0; i < outlets.length; i++) {
    builder.add(outlets[i]!);
    if (stepDue(i)) await slice.maybePause();
  }
  await pause();
  if (!options.warm) return createEngine(compiled, { catalog, hosts, handleHosts, lookalikes: builder.finish() });
  // `warm`: the indexes the engine otherwise builds on its first verdict (successors) or its
  // first page with claimed names (the outlets' names, the claim index), in slices too. An engine
  // that replaces another in a running worker is asked for them at once, when every open tab is
  // judged again, and would build each in one task.
  const names = new Map<string, Set<string>>();
  for (let i = 0; i < outlets.length; i++) {
    addOutletNames(names, outlets[i]!);
    if (stepDue(i, 16)) await slice.maybePause();
  }
  const lookalikes = await runInSlices(builder.finishing(names), slice);
  await pause();
  const claimBuilder = claimIndexBuilder(names);
  for (let i = 0; i < outlets.length; i++) {
    claimBuilder.addOutlet(outlets[i]!);
    if (stepDue(i)) await slice.maybePause();
  }
  for (let i = 0; i < indicators.length; i++) {
    claimBuilder.addIndicator(indicators[i]!);
    if (stepDue(i)) await slice.maybePause();
  }
  await pause();
  const claims = await runInSlices(claimBuilder.finishing(indicators, compiled?.campaignLabels), slice);
  await pause();
  const successors = await runInSlices(successorIndexSteps(indicators, compiled?.campaignLabels, lookalikes.byLabel), slice);
  await pause();
  return createEngine(compiled, { catalog, hosts, handleHosts, lookalikes, claims, successors });
}

// Over 150 lines on purpose: the verdict's steps are closures over the indexes built here, so that
// each is built once per engine; each detector's judgement lives in its own module (detectors/).
// eslint-disable-next-line max-lines-per-function
export function createEngine(compiled: CompiledLists, built?: EngineParts): Engine {
  const indicators = indicatorsOf(compiled);
  const outlets = Array.isArray(compiled?.outlets) ? compiled.outlets : [];
  const catalog = built?.catalog ?? buildCatalog(compiled);
  // Accounts are indexed on first need (parsing every profile URL is a cost a worker's cold start
  // need not pay, and a verdict from a news site's address never needs them): when the visited host is a
  // platform, or a host some handle indicator names (`handleHosts`: a cheap text pass, no URL
  // parsing, filled by the host index's one pass), or a page shows links or accounts.
  const handleHosts = built?.handleHosts ?? new Set<string>();
  const hosts = built?.hosts ?? buildHostIndex(indicators, handleHosts);
  let accountIndex: AccountIndex | null = null;
  const accounts = (): AccountIndex => {
    if (accountIndex !== null) return accountIndex;
    accountIndex = buildAccountIndex(indicators);
    // Handles on platforms we do not parse: their exact profile URL (hosted ones are hosts already).
    for (const indicator of accountIndex.unparsed) {
      if (hostedHandleHost(indicator.value) === null) addUrlIndicator(hosts, indicator);
    }
    return accountIndex;
  };
  const needsAccounts = (info: HostInfo): boolean =>
    accountIndex === null && (isProfileHost(info.host) || info.candidates.some((c) => handleHosts.has(c)));
  const lookalikes = built?.lookalikes ?? buildLookalikeIndex(outlets, compiled?.nameLabels);
  // Built on the first page that shows claimed names: a service worker woken by a tab's URL alone
  // does not pay for it.
  let claimIndex: ReturnType<typeof buildClaimIndex> | null = built?.claims ?? null;
  const claimsIndex = (): ReturnType<typeof buildClaimIndex> =>
    (claimIndex ??= buildClaimIndex(outlets, indicators, lookalikes.names, compiled?.campaignLabels));
  // Built on first need like the claim index: labels of campaign-run outlets (detectors/successor.ts).
  let successorIndex: SuccessorIndex | null = built?.successors ?? null;
  const successors = (): SuccessorIndex =>
    (successorIndex ??= buildSuccessorIndex(indicators, compiled?.campaignLabels, lookalikes.byLabel));
  const artifacts = buildArtifactIndex(Array.isArray(compiled?.artifacts) ? compiled.artifacts : []);
  const listed: ListedIndexes = {
    hosts,
    get accounts() {
      return accounts();
    },
    catalog,
    hrefIndicators: new Map(),
  };

  // Official domains to their outlet, built on the first visit to one (a verdict on any other
  // site only asks the lookalike index's Set whether the host is official).
  // The outlet's name is read only for the domain found: reading it makes a format-4 index parse
  // every outlet's record (src/lists/compiled.ts).
  let officialDomains: Map<string, ProtectedOutlet> | null = null;
  function officialAddress(candidates: readonly string[]): OfficialAddress | undefined {
    if (officialDomains === null) {
      officialDomains = new Map();
      for (const outlet of outlets) {
        if (!outlet || !Array.isArray(outlet.domains)) continue;
        for (const domain of outlet.domains) {
          const key = typeof domain === 'string' ? domain.toLowerCase() : '';
          if (key !== '' && !officialDomains.has(key)) officialDomains.set(key, outlet);
        }
      }
    }
    for (const candidate of candidates) {
      const found = officialDomains.get(candidate);
      if (found) return { outlet: found.name, domain: candidate };
    }
    return undefined;
  }

  /** Adds the finding for a matched indicator once, if the user's settings keep it. */
  function addListed(state: ListedState, indicator: Indicator, subject: string, display: string, opts: Settings, shown?: Subject): void {
    if (state.seen.includes(indicator) || !indicatorEnabled(indicator, opts)) return;
    state.seen.push(indicator);
    state.campaigns.push(indicator.campaign);
    if (indicator.impersonates) state.outlets.push(indicator.impersonates);
    state.findings.push(listedFinding(catalog, indicator, subject, display, opts, shown));
  }

  function judgeUnsafe(url: string, signals: PageSignals | undefined, options: JudgeOptions | undefined): Verdict {
    const target = url;
    if (typeof url !== 'string') return none(shownValue(url));
    const opts = settings(options);
    // An over-long URL is still judged by its host; its path is not parsed.
    const long = url.length > MAX_URL;
    const parsed = parseTarget(long ? url.slice(0, MAX_URL) : url);
    if (parsed === null) return none(target);
    const { info } = parsed;
    const host = info.host;
    // A trusted site or account is judged all the same (the verdict stays pure and the popup can say
    // what the lists know about it); `trust` then turns the result into the person's choice.
    const trustedBy = trustingEntry(parsed.url, info.candidates, opts.allowlist);
    const trust = (verdict: Verdict): Verdict =>
      trustedBy === null
        ? verdict
        : { target, level: 'none', findings: [], trusted: { entry: trustedBy, level: verdict.level, findings: verdict.findings } };
    const sig: PageSignals = signals !== null && typeof signals === 'object' ? signals : {};
    // Reading a signal is page data too: it may fail like any page-signal part (below).
    const has = (key: 'links' | 'handles'): boolean => {
      try {
        return sig[key] !== undefined;
      } catch {
        return false;
      }
    };
    if (needsAccounts(info) || has('links') || has('handles')) accounts();

    const findings: Finding[] = [];
    // Plain arrays: a page matches zero, one or two indicators; Sets would cost more than scans.
    const state: ListedState = { findings, seen: [], campaigns: [], outlets: [] };

    // 1. Listed hosts (and hosted handles), then the exact URL.
    for (const m of matchCandidates(hosts, info.candidates)) addListed(state, m.indicator, host, displayHost(host), opts);
    if (!long) {
      for (const indicator of matchParsedUrl(hosts, parsed.url, host)) {
        const account = indicator.kind === 'handle' || indicator.role === 'persona' || indicator.role === 'amplifier';
        addListed(state, indicator, url, urlSubject(account), opts, { kind: account ? 'account' : 'page' });
      }
    }
    // 2. The account this URL belongs to.
    const account = long || accountIndex === null ? null : matchParsedAccount(accountIndex, parsed.url, host);
    if (account !== null) {
      const display = describeProfile(account.profile);
      const shown = profileSubject(account.profile);
      for (const indicator of account.indicators) addListed(state, indicator, url, display, opts, shown);
    }
    const listedCampaigns = state.campaigns;
    const namedOutlets = state.outlets;

    // Fail closed: the address findings above stand whatever the page sent. Each part below reads
    // page signals (attacker-chosen, and the most complex code here); one that throws is dropped
    // on its own, so that a page cannot turn a listed address into "nothing known" by sending
    // something no detector expected. Nothing is logged: a content script's console is the page's.
    const pagePart = (run: () => void): void => {
      try {
        run();
      } catch {
        // This part gives no findings for this page.
      }
    };
    if (opts.sensitivity !== 'documented')
      pagePart(() => {
        const claims = siteClaims(sig.claimedNames);
        // The page's own signals were read (the content script sends claimedNames, even empty).
        const pageSeen = Array.isArray(sig.claimedNames);
        // 3. Lookalikes, unless a listed indicator already names the same imitated outlet. Not for
        // a host that is itself a public suffix (`government.aero`, `krym.ua`): its "label" is part
        // of a registry's or platform's namespace, which nobody registered to look like an outlet.
        //    On an address the lists hold, a weak sign (a common word in it) adds nothing to what a
        //    source documents, and would read as a second, vaguer accusation (`pravda-fr.com`, run by
        //    Portal Kombat, is not "maybe imitating Pravda.sk").
        const listedHere = findings.length > 0;
        const covered = namedOutlets.slice();
        const lookalikeFindings = info.isSuffix ? [] : detectLookalikes(lookalikes, catalog, info, claims, pageSeen);
        for (const { finding, outletId } of lookalikeFindings) {
          covered.push(outletId);
          if (!namedOutlets.includes(outletId) && !(listedHere && finding.evidence.commonName === true)) findings.push(finding);
        }
        // 4. Claimed names.
        const claimedCampaigns = new Set(listedCampaigns);
        if (claims.length > 0) {
          const ctx = { info, listedCampaigns: new Set(listedCampaigns), coveredOutlets: new Set(covered), options: opts };
          for (const f of detectClaimedIdentity(claimsIndex(), lookalikes, catalog, claims, ctx)) {
            findings.push(f);
            if (f.campaign) claimedCampaigns.add(f.campaign.id);
          }
        }
        // 4b. A documented campaign outlet's name in an address the lists do not hold, unless a
        //     listed finding or the page's claim of that brand already names the campaign, or a
        //     lookalike finding already names the outlet its clone imitated. Not on an official
        //     domain or a proxy.
        if (!info.isSuffix && !isOfficialHost(lookalikes, info) && !isProxyHost(host) && !isHostedOrEntitled(info)) {
          const claimedCompacts = claims.map((c) => compactName(c.normalized));
          const sctx = {
            info,
            listedCampaigns: claimedCampaigns,
            coveredOutlets: new Set(covered),
            options: opts,
            claimsLabel: (label: string) => claimedCompacts.includes(label),
            namesItselfOtherwise: (label: string) =>
              pageSeen && !claimedCompacts.includes(label) && claims.some((c) => !isGenericName(c.normalized)),
          };
          for (const f of detectSuccessors(successors(), catalog, sctx)) if (!(listedHere && f.level === 'low')) findings.push(f);
        }
      });
    // 5. Machine-rewrite leftovers.
    if (opts.sensitivity === 'text') pagePart(() => findings.push(...detectArtifacts(artifacts, catalog, sig.text, opts)));
    // 6. Links and accounts shown: info only.
    if (has('links') || has('handles')) {
      pagePart(() => findings.push(...detectLinks(listed, info.domain, sig.links, sig.handles, opts, ownAccountKey(parsed.url))));
    }

    const official = isOfficialHost(lookalikes, info) ? officialAddress(info.candidates) : undefined;
    if (findings.length === 0) return trust(official ? { ...none(target), official } : none(target));
    const sorted = sortFindings(findings);
    return trust({ target, level: verdictLevel(sorted), findings: sorted, ...(official ? { official } : {}) });
  }

  function judge(url: string, signals?: PageSignals, options?: JudgeOptions): Verdict {
    try {
      return judgeUnsafe(url, signals, options);
    } catch {
      return none(shownValue(url));
    }
  }

  function judgeTarget(target: string, options?: JudgeOptions): Verdict {
    const url = targetUrl(target);
    const verdict = judge(url, undefined, options);
    return { ...verdict, target };
  }

  function flagged(hrefs: readonly string[], options?: JudgeOptions, pageUrl?: string): FlaggedTarget[] {
    try {
      accounts();
      const page = typeof pageUrl === 'string' ? parseTarget(pageUrl) : null;
      return flaggedTargets(listed, hrefs, settings(options), page?.info.domain ?? null, page ? ownAccountKey(page.url) : null);
    } catch {
      return [];
    }
  }

  return { lists: compiled, judge, judgeTarget, flagged };
}

/**
 * The index shard keys (src/lists/compiled.ts) of every indicator a verdict on this URL from its
 * address alone can match: its registrable domain, or the host itself when it is a public suffix
 * (hosts.ts `siteDomain`; `domain` and `url` indicators, and accounts the parser cannot read, sit
 * under it) and, on a social platform, that platform's accounts. Empty when `judge` finds nothing
 * there whatever the lists (not http(s), no DNS host).
 */
export function judgedShardKeys(url: string): string[] {
  if (typeof url !== 'string') return [];
  const parsed = parseTarget(url.length > MAX_URL ? url.slice(0, MAX_URL) : url);
  if (parsed === null) return [];
  const accounts = accountsShardKey(parsed.info.host);
  return accounts === null ? [parsed.info.domain] : [parsed.info.domain, accounts];
}

/**
 * A target as text, without calling anything of its own: `String()` throws on an object whose
 * `toString` is not a function (`{"toString": ""}` from JSON).
 */
function shownValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return value !== null && (typeof value === 'object' || typeof value === 'function')
    ? Object.prototype.toString.call(value)
    : String(value);
}

/**
 * The URL to judge for a target a person typed: a URL (http/https), a bare host
 * (`washingtonpost.pm` -> `https://washingtonpost.pm/`), a host with a path, or a profile URL
 * without scheme (`x.com/name`). `@name` alone is ambiguous (which platform?) and rejected.
 */
export function targetUrl(target: string): string {
  const fail = (why: 'handle' | 'scheme' | null = null): never => {
    const shown = typeof target === 'string' ? (target.length > 200 ? `${target.slice(0, 200)}...` : target) : shownValue(target);
    const params = { target: shown, why };
    throw new TargetError(unreadableTargetSummary(params), { key: 'target.unreadable', params });
  };
  if (typeof target !== 'string') return fail();
  const text = target.trim();
  if (text === '' || text.length > MAX_URL || /\s/.test(text)) return fail();
  if (text.startsWith('@')) return fail('handle');
  let url: string;
  if (/^https?:\/\//i.test(text)) {
    url = text;
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return fail('scheme');
  } else {
    url = `https://${text}`;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail();
  }
  // A host that is itself a public suffix (`gov.uk`, `myshopify.com`) is a site like any other.
  const host = hostOfUrl(url);
  if (host === null || parsed.username !== '' || parsed.password !== '') return fail();
  // A bare host is judged as its home page; a profile stays as typed (parseProfile accepts both).
  if (parseProfile(url) !== null) return url;
  return parsed.href;
}
