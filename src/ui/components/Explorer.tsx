/**
 * The campaign explorer (explorer.html): every campaign and actor in the lists, with names across
 * vendors, attribution, period, status, targets, DISARM tactics, indicator counts by role, the
 * reports by date, and the indicators themselves with their dates (first reported and, where a
 * source documents an earlier one, first seen) and sources (100 per page: Doppelganger has
 * thousands). The overview and each campaign link the full coverage page (lists/COVERAGE.md). Search is instant: the model (src/tools/explorer-model.ts) is built once per page.
 *
 * Deep links: `#campaign=<id>`, `#actor=<id>`, optionally `&indicator=<value>` to filter the
 * indicators. Everything from the lists is rendered as text; links are https only (SourceLink).
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Actor, Campaign, Indicator, Role, SourceRef } from '../../core/types';
import { ROLES } from '../../core/types';
import {
  campaignTimeline,
  COVERAGE_FILE,
  coverageUrl,
  indicatorDates,
  indicatorPage,
  roleCounts,
  searchExplorer,
  type ExplorerModel,
  type SearchHit,
} from '../../tools/explorer-model';
import type { UiLists } from '../lists';
import { t, type MessageKey } from '../i18n';
import {
  campaignCitation,
  countryName,
  findingCitation,
  formatCount,
  formatPartialDate,
  joinList,
  otherNames,
  aliasLine,
  PROJECT_REPO_URL,
} from '../view-model';
import { SourceLink, SourceList } from './SourceList';
import { SourceCheck, type CheckReply } from './SourceCheck';
import { TacticList } from './TacticList';

export const ROLE_NAMES: Record<Role, MessageKey> = {
  'operated-outlet': 'roleOperatedOutlet',
  impersonation: 'roleImpersonation',
  redirector: 'roleRedirector',
  phishing: 'rolePhishing',
  persona: 'rolePersona',
  amplifier: 'roleAmplifier',
  'placed-article': 'rolePlacedArticle',
  infrastructure: 'roleInfrastructure',
};
const CONFIDENCE: Record<string, MessageKey> = {
  confirmed: 'confidenceConfirmed',
  high: 'confidenceHigh',
  medium: 'confidenceMedium',
  low: 'confidenceLow',
  reported: 'confidenceReported',
};
const STATUS: Record<string, MessageKey> = {
  active: 'explorerStatusActive',
  disrupted: 'explorerStatusDisrupted',
  dormant: 'explorerStatusDormant',
  unknown: 'explorerStatusUnknown',
};

const ACTOR_KINDS: Record<string, MessageKey> = {
  'state-agency': 'actorKindStateAgency',
  'state-directed-company': 'actorKindStateDirectedCompany',
  contractor: 'actorKindContractor',
  individual: 'actorKindIndividual',
  group: 'actorKindGroup',
};
const INDICATOR_STATES: Record<string, MessageKey> = {
  active: 'indicatorStateActive',
  seized: 'indicatorStateSeized',
  defunct: 'indicatorStateDefunct',
  unknown: 'indicatorStateUnknown',
};

/** "seized (4 September 2024, US Department of Justice)": the state, when, and who says so. */
function indicatorStatus(status: Indicator['status']): string {
  if (!status) return '';
  const state = INDICATOR_STATES[status.state] ? t(INDICATOR_STATES[status.state]!) : status.state;
  const detail = [formatPartialDate(status.date), status.by].filter(Boolean).join(', ');
  return detail ? `${state} (${detail})` : state;
}

/** "Copy citation" with its own "Copied" status. */
export function CopyButton({
  id,
  text,
  onCopy,
  label,
}: {
  id?: string;
  text: () => string;
  onCopy: (text: string) => Promise<boolean>;
  label?: string;
}) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <span class="copy-row">
      <button id={id} type="button" class="button-secondary" onClick={async () => setState((await onCopy(text())) ? 'done' : 'failed')}>
        {label ?? t('copyCitation')}
      </button>{' '}
      <span role="status" class="copy-status">
        {state === 'done' ? t('copied') : state === 'failed' ? t('copyCitationFailed') : ''}
      </span>
    </span>
  );
}

function countries(codes: readonly string[]): string {
  return joinList(codes.map((c) => countryName(c) ?? c));
}

function sourceRef(model: ExplorerModel, id: string): SourceRef[] {
  const s = model.sourceById.get(id);
  return s ? [{ id: s.id, publisher: s.publisher, title: s.title, url: s.url, date: s.date, tier: s.tier, via: s.via }] : [];
}

function Facts({ items }: { items: [string, ComponentChildren][] }) {
  return (
    <dl class="facts">
      {items.map(([k, v]) => (
        <Fragment key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function IndicatorTable({ model, campaign, initialText }: { model: ExplorerModel; campaign: Campaign; initialText: string }) {
  const all = model.indicatorsByCampaign.get(campaign.id) ?? [];
  const [page, setPage] = useState(0);
  const [role, setRole] = useState<Role | ''>('');
  // Fresh state per campaign and deep link: the caller keys this component by both, so a filter
  // typed on one campaign never shows (even for one frame) on the next.
  const [text, setText] = useState(initialText);
  const view = useMemo(() => indicatorPage(all, page, { role, text }), [all, page, role, text]);
  if (all.length === 0) return <p class="muted">{t('explorerNoIndicators')}</p>;
  const present = ROLES.filter((r) => all.some((i) => i.role === r));
  return (
    <div class="indicator-table">
      <div class="filters">
        <label>
          {t('explorerFilterRole')}{' '}
          <select
            id="indicator-role"
            value={role}
            onChange={(e) => (setRole((e.target as HTMLSelectElement).value as Role | ''), setPage(0))}
          >
            <option value="">{t('explorerAllRoles')}</option>
            {present.map((r) => (
              <option key={r} value={r}>
                {t(ROLE_NAMES[r])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('explorerFilterText')}{' '}
          <input
            id="indicator-filter"
            type="search"
            value={text}
            onInput={(e) => (setText((e.target as HTMLInputElement).value), setPage(0))}
          />
        </label>
      </div>
      <p class="muted" role="status" id="indicator-count">
        {t(
          'explorerIndicatorRange',
          formatCount(view.total === 0 ? 0 : view.page * 100 + 1),
          formatCount(Math.min(view.total, (view.page + 1) * 100)),
          formatCount(view.total),
        )}
      </p>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('explorerColIndicator')}</th>
            <th scope="col">{t('explorerColRole')}</th>
            <th scope="col">{t('explorerColReported')}</th>
            <th scope="col">{t('explorerColStatus')}</th>
            <th scope="col">{t('explorerColSources')}</th>
          </tr>
        </thead>
        <tbody>
          {view.items.map((i: Indicator) => (
            <tr key={i.value}>
              <td>
                <code class="indicator-value">{i.value}</code>
                {i.brands && i.brands.length > 0 ? <span class="brands">{` “${i.brands.join('”, “')}”`}</span> : null}
                {i.note ? <span class="indicator-note">{i.note}</span> : null}
              </td>
              <td>{t(ROLE_NAMES[i.role])}</td>
              <td>
                <IndicatorDates indicator={i} />
              </td>
              <td>{indicatorStatus(i.status)}</td>
              <td>
                {i.sources
                  .flatMap((id) => sourceRef(model, id))
                  .map((s, n) => (
                    <span key={s.id} title={s.title}>
                      {n > 0 ? '; ' : ''}
                      <SourceLink url={s.url}>{s.date ? `${s.publisher} (${s.date})` : s.publisher}</SourceLink>
                    </span>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.pages > 1 ? (
        <nav class="pager" aria-label={t('explorerPager')}>
          <button type="button" id="page-prev" class="button-secondary" disabled={view.page === 0} onClick={() => setPage(view.page - 1)}>
            {t('explorerPrev')}
          </button>
          <span>{t('explorerPageOf', view.page + 1, view.pages)}</span>
          <button
            type="button"
            id="page-next"
            class="button-secondary"
            disabled={view.page >= view.pages - 1}
            onClick={() => setPage(view.page + 1)}
          >
            {t('explorerNext')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}

function CampaignView({
  model,
  campaign,
  indicator,
  onCopy,
  link,
  inEnglish,
}: {
  model: ExplorerModel;
  /** No translation of its name and summary in the page's language: said, and marked lang="en". */
  inEnglish: boolean;
  campaign: Campaign;
  indicator: string;
  onCopy: (text: string) => Promise<boolean>;
  link: string;
}) {
  const indicators = model.indicatorsByCampaign.get(campaign.id) ?? [];
  const counts = roleCounts(indicators);
  const timeline = useMemo(() => campaignTimeline(model, campaign), [model, campaign]);
  const aliases = otherNames(campaign);
  return (
    <article id="campaign-view" class="explorer-detail" data-campaign={campaign.id} aria-labelledby="detail-h">
      <h2 id="detail-h" tabIndex={-1} lang={inEnglish ? 'en' : undefined}>
        {campaign.name}
      </h2>
      {inEnglish ? (
        <p class="muted campaign-in-english" id="campaign-in-english">
          {t('campaignInEnglish')}
        </p>
      ) : null}
      {aliases.length > 0 ? (
        <p class="campaign-aliases">
          {t('alsoKnownAs')} {aliasLine(campaign)}
        </p>
      ) : null}
      <p lang={inEnglish ? 'en' : undefined}>{campaign.summary}</p>
      <p>
        <CopyButton
          id="copy-campaign-citation"
          text={() => campaignCitation(campaign, { actors: model.actorById, sources: model.sourceById }, link)}
          onCopy={onCopy}
        />
      </p>
      <Facts
        items={[
          [t('explorerOrigin'), countries(campaign.origin)],
          [
            t('explorerPeriod'),
            campaign.active.to
              ? t('activeFromTo', formatPartialDate(campaign.active.from) || '?', formatPartialDate(campaign.active.to))
              : campaign.active.from
                ? t('activeSince', formatPartialDate(campaign.active.from))
                : t('explorerUnknown'),
          ],
          [t('explorerStatus'), t(STATUS[campaign.status] ?? 'explorerStatusUnknown')],
          [
            t('explorerTargets'),
            [
              countries(campaign.targets.countries),
              campaign.targets.languages.length > 0 ? t('explorerLanguages', campaign.targets.languages.join(', ')) : '',
            ]
              .filter(Boolean)
              .join('; ') || t('explorerUnknown'),
          ],
        ]}
      />
      <h3>{t('explorerAttribution')}</h3>
      {campaign.attribution.length === 0 ? (
        <p class="muted">{t('explorerNoAttribution')}</p>
      ) : (
        <ul class="attributions">
          {campaign.attribution.map((a) => {
            const actor = model.actorById.get(a.actor);
            return (
              <li key={`${a.actor}|${a.by}`}>
                {t('explorerAttributedTo')} <a href={`#actor=${a.actor}`}>{actor?.name ?? a.actor}</a>
                {actor ? ` (${countryName(actor.country) ?? actor.country})` : ''} {t('explorerBy', a.by)}{' '}
                <span class="confidence">({t(CONFIDENCE[a.confidence] ?? 'confidenceReported')})</span>
                {a.note ? <span class="attribution-note-text">{a.note}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      {campaign.tactics.length > 0 ? (
        <>
          <h3>{t('sectionTactics')}</h3>
          <TacticList tactics={campaign.tactics} />
        </>
      ) : null}
      {campaign.events && campaign.events.length > 0 ? (
        <>
          <h3>{t('explorerEvents')}</h3>
          <ul>
            {campaign.events.map((e) => (
              <li key={`${e.date}${e.what}`}>
                <span class="date">{formatPartialDate(e.date)}</span>: {e.what}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('explorerCounts', formatCount(indicators.length))}</h3>
      {counts.length > 0 ? (
        <table id="role-counts" class="data-table counts">
          <tbody>
            {counts.map((c) => (
              <tr key={c.role}>
                <th scope="row">{t(ROLE_NAMES[c.role])}</th>
                <td>{formatCount(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {campaign.gaps ? (
        <p id="campaign-gaps">
          <strong>{t('explorerGaps')}</strong> {campaign.gaps}
        </p>
      ) : null}
      <CoverageLink id="campaign-coverage" />
      <h3>{t('explorerTimeline')}</h3>
      <ol id="timeline" class="timeline">
        {timeline.map((e) => (
          <li key={e.source.id}>
            <span class="date">{e.date ? formatPartialDate(e.date) : t('explorerUndated')}</span>{' '}
            <span class="source-publisher">{e.source.publisher}</span>
            {': '}
            <SourceLink url={e.source.url}>{e.source.title}</SourceLink>
          </li>
        ))}
      </ol>
      <h3>{t('explorerIndicators')}</h3>
      <IndicatorTable key={`${campaign.id}|${indicator}`} model={model} campaign={campaign} initialText={indicator} />
    </article>
  );
}

function ActorView({ model, actor }: { model: ExplorerModel; actor: Actor }) {
  const campaigns = model.campaignsByActor.get(actor.id) ?? [];
  return (
    <article id="actor-view" class="explorer-detail" data-actor={actor.id} aria-labelledby="detail-h">
      <h2 id="detail-h" tabIndex={-1}>
        {actor.name}
      </h2>
      {actor.aliases.length > 0 ? (
        <p class="campaign-aliases">
          {t('alsoKnownAs')} {joinList(actor.aliases)}
        </p>
      ) : null}
      {actor.description ? <p>{actor.description}</p> : null}
      <Facts
        items={[
          [t('explorerCountry'), countryName(actor.country) ?? actor.country],
          [t('explorerKind'), ACTOR_KINDS[actor.kind] ? t(ACTOR_KINDS[actor.kind]!) : actor.kind],
        ]}
      />
      <h3>{t('explorerActorCampaigns')}</h3>
      <ul>
        {campaigns.map((c) => (
          <li key={c.id}>
            <a href={`#campaign=${c.id}`}>{c.name}</a>
            {` (${joinList(c.attribution.filter((a) => a.actor === actor.id).map((a) => a.by))})`}
          </li>
        ))}
      </ul>
      <h3>{t('sectionSources')}</h3>
      <SourceList sources={actor.sources.flatMap((id) => sourceRef(model, id))} />
    </article>
  );
}

/** The first report's date and, under it, an earlier documented first-seen date when there is one. */
function IndicatorDates({ indicator }: { indicator: Indicator }) {
  const { reported, seen } = indicatorDates(indicator);
  return (
    <>
      {formatPartialDate(reported)}
      {seen ? <span class="first-seen">{t('explorerFirstSeen', formatPartialDate(seen))}</span> : null}
    </>
  );
}

/** Where every campaign's figures are: the coverage page `npm run lists` writes. */
function CoverageLink({ id }: { id: string }) {
  return (
    <p id={id} class="coverage-link">
      {t('explorerCoverage')} <SourceLink url={coverageUrl(PROJECT_REPO_URL)}>{COVERAGE_FILE}</SourceLink>
    </p>
  );
}

function Overview({ model }: { model: ExplorerModel }) {
  return (
    <section id="overview" class="explorer-detail" aria-labelledby="detail-h">
      <h2 id="detail-h" tabIndex={-1}>
        {t('explorerAllCampaigns', model.campaigns.length)}
      </h2>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('explorerColCampaign')}</th>
            <th scope="col">{t('explorerOrigin')}</th>
            <th scope="col">{t('explorerPeriod')}</th>
            <th scope="col">{t('explorerStatus')}</th>
            <th scope="col">{t('explorerColIndicators')}</th>
          </tr>
        </thead>
        <tbody>
          {model.campaigns.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={`#campaign=${c.id}`}>{c.name}</a>
              </td>
              <td>{countries(c.origin)}</td>
              <td>{[c.active.from, c.active.to].filter(Boolean).join(' – ')}</td>
              <td>{t(STATUS[c.status] ?? 'explorerStatusUnknown')}</td>
              <td>{formatCount(model.indicatorsByCampaign.get(c.id)?.length ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CoverageLink id="overview-coverage" />
      <h2>{t('explorerAllActors', model.lists.actors.length)}</h2>
      <ul class="actor-list">
        {[...model.lists.actors]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((a) => (
            <li key={a.id}>
              <a href={`#actor=${a.id}`}>{a.name}</a> ({countryName(a.country) ?? a.country})
            </li>
          ))}
      </ul>
    </section>
  );
}

function hitHref(hit: SearchHit): string {
  if (hit.kind === 'campaign') return `#campaign=${hit.id}`;
  if (hit.kind === 'actor') return `#actor=${hit.id}`;
  return `#${new URLSearchParams({ campaign: hit.campaign, indicator: hit.id }).toString()}`;
}

function SearchBox({ model }: { model: ExplorerModel }) {
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setDebounced(query), 120);
    return () => clearTimeout(timer.current);
  }, [query]);
  const hits = useMemo(() => searchExplorer(model, debounced, 30), [model, debounced]);
  return (
    <div class="explorer-search" role="search">
      <label for="explorer-search">{t('explorerSearchLabel')}</label>
      <input
        id="explorer-search"
        type="search"
        autoComplete="off"
        spellcheck={false}
        value={query}
        aria-describedby="search-count"
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <p id="search-count" class="muted" role="status">
        {debounced.trim().length >= 2 ? (hits.length === 0 ? t('explorerNoResults') : t('explorerResults', hits.length)) : ''}
      </p>
      {hits.length > 0 ? (
        <ul id="search-results" class="search-results">
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`} data-kind={hit.kind}>
              <span class="hit-kind">
                {t(hit.kind === 'campaign' ? 'explorerKindCampaign' : hit.kind === 'actor' ? 'explorerKindActor' : 'explorerKindIndicator')}
              </span>{' '}
              <a href={hitHref(hit)}>
                <span class="hit-label">{hit.label}</span>
              </a>
              {hit.kind === 'indicator' ? (
                <span class="hit-meta">{` ${t(ROLE_NAMES[hit.role])} · ${model.campaignById.get(hit.campaign)?.name ?? hit.campaign}${hit.matched !== hit.label && !hit.label.toLowerCase().includes(hit.matched) ? ` · “${hit.matched}”` : ''}`}</span>
              ) : hit.matched !== hit.label ? (
                <span class="hit-meta">{` “${hit.matched}”`}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export interface ExplorerProps {
  model: ExplorerModel | null;
  uiLists: UiLists | null;
  error?: string;
  route: { campaign?: string; actor?: string; indicator?: string };
  onCheck: (target: string) => Promise<CheckReply>;
  onCopy: (text: string) => Promise<boolean>;
  /** The explorer's own address for a campaign (in citations). */
  campaignLink: (id: string) => string;
}

export function ExplorerView({ model, uiLists, error, route, onCheck, onCopy, campaignLink }: ExplorerProps) {
  const campaign = route.campaign ? model?.campaignById.get(route.campaign) : undefined;
  const actor = route.actor ? model?.actorById.get(route.actor) : undefined;
  useEffect(() => {
    // Moving to a campaign from a link: focus its heading so keyboard and screen-reader users land on it.
    if (route.campaign || route.actor) document.getElementById('detail-h')?.focus();
  }, [route.campaign, route.actor]);
  return (
    <main id="explorer" class="explorer" aria-busy={!model && !error} data-ready={model ? 'true' : undefined}>
      <header class="explorer-header">
        <h1>
          <a href="#">{t('explorerTitle')}</a>
        </h1>
        <p class="muted">{t('explorerIntro')}</p>
      </header>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : !model ? (
        <p class="muted">{t('loadingLists')}</p>
      ) : (
        <div class="explorer-layout">
          <aside class="explorer-side">
            <SearchBox model={model} />
            <SourceCheck
              onCheck={onCheck}
              lists={uiLists}
              explorerHref={(id) => `#campaign=${id}`}
              onCopyCitation={(f, target) => onCopy(findingCitation(f, target))}
            />
          </aside>
          <div class="explorer-main">
            {campaign ? (
              <CampaignView
                model={model}
                campaign={campaign}
                indicator={route.indicator ?? ''}
                onCopy={onCopy}
                link={campaignLink(campaign.id)}
                inEnglish={uiLists?.inEnglish?.has(campaign.id) ?? false}
              />
            ) : actor ? (
              <ActorView model={model} actor={actor} />
            ) : (
              <>
                {route.campaign || route.actor ? (
                  <p class="error" role="alert">
                    {t('explorerNotFound')}
                  </p>
                ) : null}
                <Overview model={model} />
              </>
            )}
          </div>
        </div>
      )}
    </main>
  );
}
