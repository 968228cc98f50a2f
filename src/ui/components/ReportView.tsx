/**
 * The full report (`report.html?tab=<id>`): everything the popup shows and the rest a journalist
 * files: every finding with its sources and campaign, the page signals that matched, the flagged
 * links found on the page, the lists version and the time of judgement.
 *
 * CONTRACT (used by the real-browser tests): the root `<main id="report">` carries
 * `data-level="<level>"` once the state is known; `data-level="none"` with a message when there is
 * no state. While loading it has no `data-level` (tests wait for the attribute).
 */
import type { Freshness } from '../freshness';
import { ListsFreshness } from './ListsFreshness';
import type { Finding } from '../../core/types';
import type { UiLists } from '../lists';
import { t, uiLang } from '../i18n';
import { flaggedSentence } from '../../core/i18n/render';
import {
  adviceForAll,
  canReportMistake,
  claimSourceName,
  cleanLines,
  describeTrustEntry,
  formatCount,
  formatTime,
  headline,
  isAboutLinks,
  isExplorableCampaign,
  pageSubject,
  trustedKnownLines,
  trustedViewOf,
} from '../view-model';
import { actorOf, campaignOf } from './CampaignDetails';
import { TrainingNote } from './TrainingNote';
import { AdviceList, CheckedList, LevelBanner, NoStateMessage, TrustedBanner, type PageView } from './common';
import { FindingCard } from './FindingCard';
import { LevelBadge } from './LevelBadge';

export interface ReportProps {
  view: PageView;
  lists: UiLists | null;
  mistakeHref: string | null;
  onCopyCitation?: (finding: Finding) => Promise<boolean>;
  onPrint?: () => void;
  /** The campaign explorer's address for a campaign, for "Explore <campaign>". */
  explorerHref?: (campaignId: string) => string;
  /**
   * Whether citations and the mistake report carry the page's full address (path, query and
   * fragment); off by default (view-model.ts `shareableAddress`). The checkbox shows when given.
   */
  fullAddress?: boolean;
  onFullAddress?: (full: boolean) => void;
  /** How old the lists in use are (freshness.ts). */
  freshness?: Freshness | null;
}

export function ReportView({
  view,
  lists,
  mistakeHref,
  onCopyCitation,
  onPrint,
  explorerHref,
  fullAddress,
  onFullAddress,
  freshness,
}: ReportProps) {
  const state = view.kind === 'state' ? view.state : null;
  const dataLevel = view.kind === 'loading' ? undefined : (state?.verdict.level ?? 'none');
  return (
    <main id="report" class="report" data-level={dataLevel} aria-busy={view.kind === 'loading'}>
      <header class="report-header">
        <h1>{t('reportTitle')}</h1>
        {state ? (
          <p class="report-target">
            <span class="label">{t('reportPage')}</span> <code class="url">{state.url}</code>
          </p>
        ) : null}
        <TrainingNote state={state} />
      </header>

      {view.kind === 'loading' ? (
        <NoStateMessage view={view} />
      ) : !state ? (
        // The report is opened for a tab id: the tab may be gone or on a page Unmask cannot see.
        <>
          <p class="headline-text">{t('reportNoStateTitle')}</p>
          <p>{t('reportNoStateBody')}</p>
        </>
      ) : (
        <ReportBody state={state} lists={lists} onCopyCitation={onCopyCitation} explorerHref={explorerHref} />
      )}

      {state ? (
        <section class="report-about" aria-labelledby="about-h">
          <h2 id="about-h">{t('sectionAboutReport')}</h2>
          <dl class="facts">
            <dt>{t('reportJudgedAt')}</dt>
            <dd>{formatTime(state.judgedAt)}</dd>
            <dt>{t('reportJudgedFrom')}</dt>
            <dd>{state.phase === 'page' ? t('reportPhasePage') : t('reportPhaseUrl')}</dd>
            <dt>{t('reportListsVersion')}</dt>
            <dd>{state.listsVersion}</dd>
          </dl>
          <ListsFreshness freshness={freshness} />
          <p class="no-print actions">
            {onPrint ? (
              <button type="button" class="button-secondary" onClick={onPrint}>
                {t('printReport')}
              </button>
            ) : null}
            {/* Not for findings only from the person's own list: Unmask's maintainers cannot fix them. */}
            {mistakeHref && canReportMistake(state.verdict.findings) && !state.training ? (
              <a class="button-link" href={mistakeHref} target="_blank" rel="noopener noreferrer">
                {t('reportMistake')}
              </a>
            ) : null}
          </p>
          {onFullAddress ? (
            <p class="no-print">
              <label>
                <input
                  id="full-address"
                  type="checkbox"
                  checked={fullAddress === true}
                  onChange={(e) => onFullAddress(e.currentTarget.checked)}
                />{' '}
                {t('reportFullAddress')}
              </label>
            </p>
          ) : null}
        </section>
      ) : null}
    </main>
  );
}

function ReportBody({
  state,
  lists,
  onCopyCitation,
  explorerHref,
}: {
  state: NonNullable<Extract<PageView, { kind: 'state' }>['state']>;
  lists: UiLists | null;
  onCopyCitation?: (finding: Finding) => Promise<boolean>;
  explorerHref?: (campaignId: string) => string;
}) {
  const { verdict } = state;
  const top = verdict.findings[0];
  const claimed = state.checked?.claimedNames ?? [];
  // A trusted site or account: the person's choice, and what the lists know about it (never "nothing known").
  const trusted = trustedViewOf(verdict);
  const trustedTop = trusted?.findings[0];
  // A page that only links to listed sites (a research article): the links are what it is about,
  // so they come before the campaign they belong to.
  const linksFirst = top !== undefined && isAboutLinks(top);
  const flaggedLinks =
    state.flagged.length > 0 ? (
      <section aria-labelledby="flagged-h">
        <h2 id="flagged-h">{t('sectionFlaggedLinks', state.flagged.length)}</h2>
        <p class="muted">{t('flaggedLinksNote')}</p>
        <ul class="flagged">
          {state.flagged.map((f, i) => (
            <li key={i}>
              <LevelBadge level={f.level} /> <code class="url">{f.href}</code>
              <span class="flagged-summary">
                {f.campaign ? ` ${lists?.campaigns.get(f.campaign.id)?.name ?? f.campaign.name}: ` : ' '}
                {flaggedSentence(f, uiLang())}
              </span>
            </li>
          ))}
        </ul>
      </section>
    ) : null;
  return (
    <>
      <section class="report-summary" aria-labelledby="summary-h">
        <h2 id="summary-h" class="visually-hidden">
          {t('sectionVerdict')}
        </h2>
        {state.allowlisted || trusted ? (
          <>
            <TrustedBanner
              account={describeTrustEntry(trusted?.entry ?? '')?.kind === 'account'}
              subject={pageSubject(state.url) ?? undefined}
            />
            {trusted
              ? trustedKnownLines(trusted, trustedTop && campaignOf(trustedTop, lists), trustedTop && actorOf(trustedTop, lists)).map(
                  (line) => (
                    <p key={line} class="trusted-known">
                      {line}
                    </p>
                  ),
                )
              : null}
            <p class="headline">{t('reportAllowlisted')}</p>
          </>
        ) : (
          <LevelBanner level={verdict.level} finding={top} />
        )}
        {state.allowlisted || trusted ? null : top ? (
          <p class="headline">{headline(top, campaignOf(top, lists), actorOf(top, lists))}</p>
        ) : (
          <>
            <p class="headline">{cleanLines(verdict).title}</p>
            <p>{cleanLines(verdict).body}</p>
          </>
        )}
      </section>

      {top ? (
        <section aria-labelledby="todo-h">
          <h2 id="todo-h">{t('sectionWhatToDo')}</h2>
          <AdviceList advice={adviceForAll(verdict.findings)} />
        </section>
      ) : (
        <section aria-labelledby="checked-h">
          <h2 id="checked-h">{t('sectionChecked')}</h2>
          <CheckedList state={state} lists={lists} />
        </section>
      )}

      {linksFirst ? flaggedLinks : null}

      {verdict.findings.length > 0 ? (
        <section aria-labelledby="findings-h" class="findings">
          <h2 id="findings-h">{t('sectionFindings', verdict.findings.length)}</h2>
          {verdict.findings.map((finding, i) => (
            <FindingCard key={i} finding={finding} lists={lists} index={i} headingLevel={3} detailed onCopyCitation={onCopyCitation} />
          ))}
          {explorerHref ? (
            <ul class="explore-links no-print">
              {/* Not a campaign of the person's own list: the explorer shows Unmask's lists only. */}
              {[
                ...new Map(
                  verdict.findings
                    .filter((f) => isExplorableCampaign(f.campaign) && !isAboutLinks(f))
                    .map((f) => [f.campaign!.id, f.campaign!]),
                ).values(),
              ].map((c) => (
                <li key={c.id}>
                  <a class="explore-link" href={explorerHref(c.id)} target="_blank" rel="noopener">
                    {t('exploreCampaign', lists?.campaigns.get(c.id)?.name ?? c.name)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {state.phase === 'page' && state.checked ? (
        <section aria-labelledby="signals-h">
          <h2 id="signals-h">{t('sectionSignals')}</h2>
          {claimed.length > 0 ? (
            <ul class="signals">
              {claimed.map((c, i) => (
                <li key={i}>
                  {t('signalClaimedName', claimSourceName(c.source))} <q class="page-text">{c.value}</q>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('checkedNoClaimedName')}</p>
          )}
          <p>
            {state.checked.text > 0
              ? t('signalCounts', formatCount(state.checked.links), formatCount(state.checked.handles), formatCount(state.checked.text))
              : t('signalCountsNoText', formatCount(state.checked.links), formatCount(state.checked.handles))}
          </p>
        </section>
      ) : null}

      {linksFirst ? null : flaggedLinks}
    </>
  );
}
