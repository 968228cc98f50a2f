/**
 * One finding: its level, the sentence that says what it is, why it matched, who is behind it and
 * the sources. Every string that came from a page (claimed names, subjects, link targets) is rendered
 * as text; Preact escapes it, and nothing here uses innerHTML.
 */
import { useState } from 'preact/hooks';
import type { Finding } from '../../core/types';
import type { UiLists } from '../lists';
import { t } from '../i18n';
import { evidenceText, findingText, headline, sourcesHeading } from '../view-model';
import { actorOf, CampaignDetails, campaignOf } from './CampaignDetails';
import { LevelBadge } from './LevelBadge';
import { SourceList } from './SourceList';

interface Props {
  finding: Finding;
  lists: UiLists | null;
  /** Used for ids, so that several cards on one page keep unique headings. */
  index: number;
  headingLevel?: 2 | 3;
  /** Report: the campaign block and its sources too. */
  detailed?: boolean;
  /** Report: copies a plain-text citation; resolves false when the clipboard refused. */
  onCopyCitation?: (finding: Finding) => Promise<boolean>;
}

export function FindingCard({ finding, lists, index, headingLevel = 2, detailed = false, onCopyCitation }: Props) {
  const H = `h${headingLevel}` as 'h2';
  const SubH = `h${headingLevel + 1}` as 'h3';
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const evidence = evidenceText(finding);
  const campaign = campaignOf(finding, lists);
  const actor = actorOf(finding, lists);
  const headingId = `finding-${index}-h`;
  return (
    <article class={`finding finding-${finding.level}`} aria-labelledby={headingId} data-reason={finding.reason}>
      <LevelBadge level={finding.level} finding={finding} />
      <H id={headingId} class="finding-headline">
        {headline(finding, campaign, actor)}
      </H>
      {finding.summary ? <p class="finding-summary">{findingText(finding, campaign)}</p> : null}
      {evidence.length > 0 ? (
        <>
          <SubH>{t('sectionWhy')}</SubH>
          <ul class="evidence">
            {evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {detailed && finding.evidence.targets && finding.evidence.targets.length > 0 ? (
        <>
          <SubH>{t('sectionMatchedTargets')}</SubH>
          <ul class="targets">
            {finding.evidence.targets.map((target) => (
              <li key={target}>
                <code>{target}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <SubH>{sourcesHeading(finding)}</SubH>
      <SourceList sources={finding.sources} lists={lists} />
      {detailed ? (
        <CampaignDetails
          finding={finding}
          lists={lists}
          headingLevel={(headingLevel + 1) as 3 | 4}
          showCampaignSources
          idKey={String(index)}
        />
      ) : null}
      {onCopyCitation ? (
        <p class="no-print copy-row">
          <button
            type="button"
            class="button-secondary"
            onClick={async () => setCopied((await onCopyCitation(finding)) ? 'done' : 'failed')}
          >
            {t('copyCitation')}
          </button>{' '}
          <span role="status" class="copy-status">
            {copied === 'done' ? t('copyCitationDone') : copied === 'failed' ? t('copyCitationFailed') : ''}
          </span>
        </p>
      ) : null}
    </article>
  );
}
