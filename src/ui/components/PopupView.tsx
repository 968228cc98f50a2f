/**
 * The popup: the verdict for the current tab in a few lines a voter reads in ten seconds (level,
 * headline, why, who, what to do), then the details a journalist checks (sources, tactics), then the
 * actions. It renders what it is given; `entrypoints/popup/main.tsx` does the browser work.
 */
import type { ComponentChildren } from 'preact';
import type { Finding } from '../../core/types';
import type { UiLists } from '../lists';
import { t } from '../i18n';
import { adviceForAll, canReportMistake, canTrustSite, evidenceText, headline, isExplorableCampaign, sourcesHeading } from '../view-model';
import { actorOf, CampaignDetails, campaignOf } from './CampaignDetails';
import { AdviceList, CheckedList, LevelBanner, NoStateMessage, type PageView } from './common';
import { LevelBadge } from './LevelBadge';
import { TrainingNote } from './TrainingNote';
import { SourceList } from './SourceList';

export interface TrustProps {
  /** The registrable domain "trust this site" would add; null for pages without one. */
  domain: string | null;
  /** The user just trusted it from this popup (shown before the background has re-judged). */
  trustedNow: boolean;
  error?: string;
  onTrust: () => void;
  onUntrust: () => void;
}

export interface PopupProps {
  view: PageView;
  lists: UiLists | null;
  trust: TrustProps;
  /** Prefilled issue URL, or null when there is nothing to report. */
  mistakeHref: string | null;
  onOpenReport: (() => void) | null;
  onOpenOptions: () => void;
  /** "Check a source" (SourceCheck), shown under the verdict whatever the tab is. */
  sourceCheck?: ComponentChildren;
  /**
   * Opens the campaign explorer on a campaign ("Explore <campaign>"). A button, like "Full report":
   * every link in the popup is an https link out, and extension pages open in a tab of their own.
   */
  onOpenExplorer?: (campaignId: string) => void;
}

function TopFinding({ finding, lists }: { finding: Finding; lists: UiLists | null }) {
  const evidence = evidenceText(finding);
  return (
    <>
      <h1 class="headline">{headline(finding, campaignOf(finding, lists), actorOf(finding, lists))}</h1>
      {evidence.length > 0 ? (
        <section aria-labelledby="why-h">
          <h2 id="why-h">{t('sectionWhy')}</h2>
          <ul class="evidence">
            {evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function PopupView({ view, lists, trust, mistakeHref, onOpenReport, onOpenOptions, sourceCheck, onOpenExplorer }: PopupProps) {
  const state = view.kind === 'state' ? view.state : null;
  const level = state ? state.verdict.level : 'none';
  const findings = state?.verdict.findings ?? [];
  const top = findings[0];
  const trusted = Boolean(state?.allowlisted) || trust.trustedNow;
  // A training demo's state: its address is simulated, so "trust this site" and "report a mistake"
  // would act on a site the person never visited.
  const training = Boolean(state?.training);

  return (
    <main id="popup" class="popup" data-level={state ? (trusted ? 'none' : level) : undefined} aria-busy={view.kind === 'loading'}>
      <header class="popup-header">
        <span class="brand">{t('extName')}</span>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          {t('openOptions')}
        </button>
      </header>

      <TrainingNote state={state} />

      {!state ? (
        <>
          <h1 class="visually-hidden">{t('popupTitle')}</h1>
          <NoStateMessage view={view as Exclude<PageView, { kind: 'state' }>} />
        </>
      ) : trusted ? (
        <>
          <LevelBanner level="none" subject={trust.domain ?? undefined} />
          <h1 class="headline">{t('trustedTitle', trust.domain ?? '')}</h1>
          <p>{t('trustedBody')}</p>
          <p>
            <button type="button" id="untrust-site" class="button-secondary" onClick={trust.onUntrust}>
              {trust.trustedNow ? t('trustUndo') : t('trustStop')}
            </button>
          </p>
        </>
      ) : !top ? (
        <>
          <LevelBanner level="none" subject={trust.domain ?? undefined} />
          <h1 class="headline">{t('cleanTitle')}</h1>
          <p>{t('cleanBody')}</p>
          <section aria-labelledby="checked-h">
            <h2 id="checked-h">{t('sectionChecked')}</h2>
            <CheckedList state={state} lists={lists} />
          </section>
        </>
      ) : (
        <>
          <LevelBanner level={level} subject={trust.domain ?? undefined} finding={top} />
          <TopFinding finding={top} lists={lists} />
          <section aria-labelledby="todo-h">
            <h2 id="todo-h">{t('sectionWhatToDo')}</h2>
            <AdviceList advice={adviceForAll(findings)} />
          </section>
          <CampaignDetails finding={top} lists={lists} headingLevel={2} compact />
          {/* The explorer shows Unmask's lists only: a campaign of the person's own list is not there. */}
          {onOpenExplorer && isExplorableCampaign(top.campaign) ? (
            <p>
              <button type="button" id="explore-campaign" class="link-button" onClick={() => onOpenExplorer(top.campaign!.id)}>
                {t('exploreCampaign', top.campaign.name)}
              </button>
            </p>
          ) : null}
          <section aria-labelledby="sources-h">
            <h2 id="sources-h">{sourcesHeading(top)}</h2>
            <SourceList sources={top.sources} />
          </section>
          {findings.length > 1 ? (
            <section aria-labelledby="more-h">
              <h2 id="more-h">{t('sectionMoreFindings', findings.length - 1)}</h2>
              <ul class="more-findings">
                {findings.slice(1, 6).map((f, i) => (
                  <li key={i}>
                    <LevelBadge level={f.level} finding={f} /> {headline(f, campaignOf(f, lists), actorOf(f, lists))}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}

      {trust.error ? (
        <p class="error" role="alert">
          {trust.error}
        </p>
      ) : null}

      {state ? (
        <footer class="actions">
          {onOpenReport ? (
            <button type="button" id="open-report" class="button-primary" onClick={onOpenReport}>
              {t('openReport')}
            </button>
          ) : null}
          {!training && !trusted && top && trust.domain && canTrustSite(findings) ? (
            <button type="button" id="trust-site" class="button-secondary" onClick={trust.onTrust}>
              {t('trustSite', trust.domain)}
            </button>
          ) : null}
          {/* Unmask's maintainers cannot fix a finding only from the person's own list (and the public
              issue would name the list): no "Report a mistake" for a page with only those. */}
          {mistakeHref && top && !training && canReportMistake(findings) ? (
            <a id="report-mistake" class="button-link" href={mistakeHref} target="_blank" rel="noopener noreferrer">
              {t('reportMistake')}
            </a>
          ) : null}
        </footer>
      ) : null}
      {sourceCheck}
    </main>
  );
}
