/**
 * The popup: the verdict for the current tab on one screen (Chrome caps a popup at 600 px): the
 * level, the headline, why, what to do and the actions (Full report, Copy citation, Report a
 * mistake, Trust), then, on a page that links to listed sites, which links. Who is behind it, the
 * sources and the other findings fold under a summary; the full report has them all. It renders what
 * it is given; `entrypoints/popup/main.tsx` does the browser work.
 */
import type { Freshness } from '../freshness';
import { ListsFreshness } from './ListsFreshness';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../core/types';
import type { UiLists } from '../lists';
import { t } from '../i18n';
import { hostOfUrl } from '../../core/hosts';
import {
  accountNameOf,
  adviceForAll,
  canReportMistake,
  canTrust,
  citationText,
  cleanLines,
  describeTrustEntry,
  evidenceText,
  findingCitation,
  headline,
  isAboutLinks,
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
  /** Copies a plain-text citation (the top finding with its sources, or one source); true when copied. */
  onCopyCitation?: (text: string) => Promise<boolean>;
  /** Opens one of Unmask's tools in a tab: the campaign explorer or the list checker. */
  onOpenTool?: (tool: 'explorer' | 'bulk') => void;
  /** How old the lists in use are (freshness.ts). */
  freshness?: Freshness | null;
}

/** "Copy citation" with its outcome said in words (a live region), for one finding or one source. */
function CopyButton(props: { id?: string; text: string; label: string; describe?: string; onCopy: (text: string) => Promise<boolean> }) {
  const [done, setDone] = useState<boolean | null>(null);
  return (
    <>
      <button
        type="button"
        id={props.id}
        class={props.id ? 'button-secondary' : 'link-button copy-source'}
        aria-label={props.describe}
        onClick={async () => setDone(await props.onCopy(props.text))}
      >
        {props.label}
      </button>
      <span class="copy-note" role="status">
        {done === null ? '' : done ? t('copyCitationDone') : t('copyCitationFailed')}
      </span>
    </>
  );
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

/** Flagged links named in the popup; the full report lists them all. */
const FLAGGED_SHOWN = 5;

// Over 150 lines on purpose: a Preact view: its markup is most of its length; what it says is
// decided in src/ui/view-model.ts.
// eslint-disable-next-line max-lines-per-function
export function PopupView({
  view,
  lists,
  trust,
  mistakeHref,
  onOpenReport,
  onOpenOptions,
  sourceCheck,
  onOpenExplorer,
  onCopyCitation,
  onOpenTool,
  freshness,
}: PopupProps) {
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
  // Trusting a documented site or account asks first.
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
      // The lists (campaign details, notes in the page's language) arrive after the verdict.
      data-lists={lists ? 'loaded' : undefined}
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
          <h1 class="headline">{cleanLines(state.verdict).title}</h1>
          <p>{cleanLines(state.verdict).body}</p>
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
        <div class="actions" role="group" aria-label={t('popupActions')}>
          {onOpenReport ? (
            <button type="button" id="open-report" class="button-primary" onClick={onOpenReport}>
              {t('openReport')}
            </button>
          ) : null}
          {top && !trusted && onCopyCitation ? (
            <CopyButton id="copy-citation" text={findingCitation(top, state.url)} label={t('copyCitation')} onCopy={onCopyCitation} />
          ) : null}
          {/* Unmask's maintainers cannot fix a finding only from the person's own list (and the public
              issue would name the list): no "Report a mistake" for a page with only those. */}
          {mistakeHref && top && !training && !trusted && canReportMistake(findings) ? (
            <a id="report-mistake" class="button-link" href={mistakeHref} target="_blank" rel="noopener noreferrer">
              {t('reportMistake')}
            </a>
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
        </div>
      ) : null}

      {state && top && !trusted && state.flagged.length > 0 && isAboutLinks(top) ? (
        <section aria-labelledby="flagged-h">
          <h2 id="flagged-h">{t('sectionFlaggedLinks', state.flagged.length)}</h2>
          <ul class="flagged-links">
            {state.flagged.slice(0, FLAGGED_SHOWN).map((f) => (
              <li key={f.href}>
                <LevelBadge level={f.level} /> <span class="url">{accountNameOf(f.href) ?? hostOfUrl(f.href) ?? f.href}</span>
                {f.campaign ? <span class="muted">{` ${lists?.campaigns.get(f.campaign.id)?.name ?? f.campaign.name}`}</span> : null}
              </li>
            ))}
          </ul>
          {state.flagged.length > FLAGGED_SHOWN ? (
            <p class="muted">{t('flaggedMoreInReport', state.flagged.length - FLAGGED_SHOWN)}</p>
          ) : null}
        </section>
      ) : null}

      {state && top && !trusted ? (
        <details class="popup-more">
          <summary>
            <h2 class="summary-heading">{isAboutLinks(top) ? t('sectionWhoIsBehindLinks') : t('popupMoreDetails')}</h2>
          </summary>
          <CampaignDetails finding={top} lists={lists} headingLevel={3} compact />
          {/* The explorer shows Unmask's lists only: a campaign of the person's own list is not there. */}
          {onOpenExplorer && isExplorableCampaign(top.campaign) ? (
            <p>
              <button type="button" id="explore-campaign" class="link-button" onClick={() => onOpenExplorer(top.campaign!.id)}>
                {t('exploreCampaign', campaignOf(top, lists)?.name ?? top.campaign.name)}
              </button>
            </p>
          ) : null}
          <section aria-labelledby="sources-h">
            <h3 id="sources-h">{sourcesHeading(top)}</h3>
            <SourceList
              sources={top.sources}
              lists={lists}
              copy={
                onCopyCitation
                  ? (source) => (
                      <CopyButton
                        text={citationText(source)}
                        label={t('copyCitation')}
                        describe={t('copyCitationOf', source.publisher)}
                        onCopy={onCopyCitation}
                      />
                    )
                  : undefined
              }
            />
          </section>
          {findings.length > 1 ? (
            <section aria-labelledby="more-h">
              <h3 id="more-h">{t('sectionMoreFindings', findings.length - 1)}</h3>
              <ul class="more-findings">
                {findings.slice(1, 6).map((f, i) => (
                  <li key={i}>
                    <LevelBadge level={f.level} finding={f} /> {headline(f, campaignOf(f, lists), actorOf(f, lists))}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </details>
      ) : null}

      {onOpenTool ? (
        <nav class="popup-tools" aria-label={t('popupTools')}>
          <button type="button" id="open-explorer" class="link-button" onClick={() => onOpenTool('explorer')}>
            {t('openExplorer')}
          </button>
          <button type="button" id="open-bulk" class="link-button" onClick={() => onOpenTool('bulk')}>
            {t('openBulk')}
          </button>
        </nav>
      ) : null}
      {sourceCheck}
      <ListsFreshness freshness={freshness} />
    </main>
  );
}
