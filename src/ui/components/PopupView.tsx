/**
 * The popup: the verdict for the current tab in a few lines a voter reads in ten seconds (level,
 * headline, why, who, what to do), then the details a journalist checks (sources, tactics), then the
 * actions. It renders what it is given; `entrypoints/popup/main.tsx` does the browser work.
 */
import type { Freshness } from '../freshness';
import { ListsFreshness } from './ListsFreshness';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../core/types';
import type { UiLists } from '../lists';
import { t } from '../i18n';
import {
  adviceForAll,
  canReportMistake,
  canTrust,
  describeTrustEntry,
  evidenceText,
  headline,
  isExplorableCampaign,
  levelName,
  pageSubject,
  sourcesHeading,
  trustedKnownLines,
  trustedViewOf,
  type TrustTarget,
} from '../view-model';
import { actorOf, CampaignDetails, campaignOf } from './CampaignDetails';
import { AdviceList, CheckedList, LevelBanner, NoStateMessage, TrustedBanner, type PageView } from './common';
import { LevelBadge } from './LevelBadge';
import { TrainingNote } from './TrainingNote';
import { SourceList } from './SourceList';

export interface TrustProps {
  /**
   * What "trust" would add for this page (view-model `trustTargetOf`): its account on a platform,
   * its registrable domain elsewhere; null when nothing can be trusted (a platform's feed).
   */
  target: TrustTarget | null;
  /** The user just trusted it from this popup (shown before the background has re-judged). */
  trustedNow: boolean;
  error?: string;
  onTrust: () => void;
  /** Removes this allowlist entry (the one that covers the page, as stored). */
  onUntrust: (entry: string) => void;
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
  /** How old the lists in use are (freshness.ts). */
  freshness?: Freshness | null;
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

/**
 * A trusted site or account: the person's choice first, then what the lists know about it (never
 * "nothing known" when something is), and the way back.
 */
function TrustedPage(props: {
  known: { level: Finding['level'] | 'none'; findings: readonly Finding[] };
  lists: UiLists | null;
  label: string;
  account: boolean;
  subject?: string;
  trustedNow: boolean;
  onUntrust?: () => void;
}) {
  const top = props.known.findings[0];
  const lines = trustedKnownLines(props.known, top && campaignOf(top, props.lists), top && actorOf(top, props.lists));
  return (
    <>
      <TrustedBanner account={props.account} subject={props.subject} />
      <h1 class="headline">{t('trustedTitle', props.label)}</h1>
      {lines.map((line) => (
        <p key={line} class="trusted-known">
          {line}
        </p>
      ))}
      <p>{t('trustedBody')}</p>
      {props.onUntrust ? (
        <p>
          <button type="button" id="untrust-site" class="button-secondary" onClick={props.onUntrust}>
            {props.trustedNow ? t('trustUndo') : props.account ? t('trustStopAccount') : t('trustStop')}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** "Unmask lists X as ... Trust it anyway?": focus goes to Cancel, the safe answer. */
function TrustConfirm({ question, onYes, onCancel }: { question: string; onYes: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <section id="trust-confirm" class="trust-confirm" role="group" aria-labelledby="trust-confirm-text">
      <p id="trust-confirm-text">{question}</p>
      <p class="actions">
        <button type="button" id="trust-confirm-yes" class="button-secondary" onClick={onYes}>
          {t('trustConfirmYes')}
        </button>
        <button type="button" id="trust-confirm-cancel" ref={cancel} class="button-primary" onClick={onCancel}>
          {t('trustConfirmCancel')}
        </button>
      </p>
    </section>
  );
}

export function PopupView({ view, lists, trust, mistakeHref, onOpenReport, onOpenOptions, sourceCheck, onOpenExplorer, freshness }: PopupProps) {
  const state = view.kind === 'state' ? view.state : null;
  const level = state ? state.verdict.level : 'none';
  const findings = state?.verdict.findings ?? [];
  const top = findings[0];
  const trustedView = state ? trustedViewOf(state.verdict) : null;
  const trusted = trustedView !== null || Boolean(state?.allowlisted) || trust.trustedNow;
  // The entry that covers the page: as the engine matched it, or the one just added here.
  const trustedEntry = trustedView?.entry ?? trust.target?.entry;
  const trustedAs = trustedEntry ? describeTrustEntry(trustedEntry) : null;
  const subject = state ? (pageSubject(state.url) ?? undefined) : undefined;
  // Trusting a documented site or account asks first (UI issue 15, item 1).
  const [confirming, setConfirming] = useState(false);
  // A training demo's state: its address is simulated, so "trust this site" and "report a mistake"
  // would act on a site the person never visited.
  const training = Boolean(state?.training);

  return (
    <main
      id="popup"
      class="popup"
      data-level={state ? (trusted ? 'none' : level) : undefined}
      data-trusted={trusted ? 'true' : undefined}
      aria-busy={view.kind === 'loading'}
    >
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
        <TrustedPage
          known={trustedView ?? { level, findings }}
          lists={lists}
          label={trustedAs?.label ?? subject ?? ''}
          account={trustedAs?.kind === 'account'}
          subject={subject}
          trustedNow={trust.trustedNow}
          onUntrust={trustedEntry ? () => trust.onUntrust(trustedEntry) : undefined}
        />
      ) : !top ? (
        <>
          <LevelBanner level="none" subject={subject} />
          <h1 class="headline">{t('cleanTitle')}</h1>
          <p>{t('cleanBody')}</p>
          <section aria-labelledby="checked-h">
            <h2 id="checked-h">{t('sectionChecked')}</h2>
            <CheckedList state={state} lists={lists} />
          </section>
        </>
      ) : (
        <>
          <LevelBanner level={level} subject={subject} finding={top} />
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

      {confirming && !trusted && top && trust.target ? (
        <TrustConfirm
          question={t('trustConfirm', trust.target.label, levelName(level, top))}
          onYes={() => {
            setConfirming(false);
            trust.onTrust();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}

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
          {!training && !trusted && !confirming && top && canTrust(trust.target, findings) ? (
            <button
              type="button"
              id="trust-site"
              class="button-secondary"
              onClick={level === 'high' ? () => setConfirming(true) : trust.onTrust}
            >
              {t('trustSite', trust.target!.label)}
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
      <ListsFreshness freshness={freshness} />
    </main>
  );
}
