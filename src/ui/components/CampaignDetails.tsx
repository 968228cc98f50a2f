/**
 * The operation behind a finding: its names across vendors, who it is attributed to and by whom,
 * and its tactics. Everything here comes from the compiled index; when the index is not loaded the
 * finding's own campaign and actor names are shown, never guessed details.
 */
import type { Actor, Campaign, Finding, SourceRef } from '../../core/types';
import type { UiLists } from '../lists';
import { t } from '../i18n';
import { countryName, formatPartialDate, isAboutLinks, isAmplifier, joinList, otherNames, aliasLine } from '../view-model';
import { SourceList } from './SourceList';
import { TacticList } from './TacticList';

const CONFIDENCE_KEYS = {
  confirmed: 'confidenceConfirmed',
  high: 'confidenceHigh',
  medium: 'confidenceMedium',
  low: 'confidenceLow',
  reported: 'confidenceReported',
} as const;

function actorLabel(actor: Pick<Actor, 'name' | 'country'>): string {
  const country = countryName(actor.country);
  return country ? t('nameWithCountry', actor.name, country) : actor.name;
}

export function campaignOf(finding: Finding, lists: UiLists | null): Campaign | undefined {
  return finding.campaign ? lists?.campaigns.get(finding.campaign.id) : undefined;
}

export function actorOf(finding: Finding, lists: UiLists | null): Actor | undefined {
  return finding.actor ? lists?.actors.get(finding.actor.id) : undefined;
}

interface Props {
  finding: Finding;
  lists: UiLists | null;
  /** Heading level for the section title (the popup nests less deeply than the report). */
  headingLevel?: 2 | 3 | 4;
  /** The report also lists the campaign's own sources. */
  showCampaignSources?: boolean;
  /** Keeps heading ids unique when several findings show their campaign on one page. */
  idKey?: string;
  /** Popup: attributions grouped by who made them, tactics folded away. */
  compact?: boolean;
}

export function CampaignDetails({ finding, lists, headingLevel = 2, showCampaignSources = false, idKey = 'top', compact = false }: Props) {
  const campaign = campaignOf(finding, lists);
  const H = `h${headingLevel}` as 'h2';
  const SubH = `h${headingLevel + 1}` as 'h3';
  if (!campaign && !finding.campaign && !finding.actor) return null;
  const name = campaign?.name ?? finding.campaign?.name;
  // A named amplifier is not run by the operation: the campaign is the content it spread, and who
  // runs that operation is no "who is behind" this account.
  const amplifier = isAmplifier(finding);

  const attributions = (amplifier ? [] : (campaign?.attribution ?? [])).map((a) => {
    const actor = lists?.actors.get(a.actor);
    return {
      key: `${a.actor}|${a.by}`,
      actor: actor ? actorLabel(actor) : a.actor,
      by: a.by,
      confidence: t(CONFIDENCE_KEYS[a.confidence] ?? 'confidenceReported'),
      note: a.note,
    };
  });

  // Grouped by attributor: "US Department of Justice attributes it to A (Russia), B (Russia) and C (Russia)."
  const byAttributor = new Map<string, string[]>();
  for (const a of attributions) byAttributor.set(a.by, [...(byAttributor.get(a.by) ?? []), a.actor]);
  const aliases = campaign ? otherNames(campaign) : [];

  const campaignSources: SourceRef[] =
    showCampaignSources && campaign && lists
      ? campaign.sources.flatMap((id) => {
          // The finding's own sources are listed just above: only the others are added here.
          if (finding.sources.some((own) => own.id === id)) return [];
          const s = lists.sources.get(id);
          return s ? [{ id: s.id, publisher: s.publisher, title: s.title, url: s.url, date: s.date, tier: s.tier, via: s.via }] : [];
        })
      : [];

  return (
    <section class="campaign" aria-labelledby={`campaign-${idKey}-h`}>
      <H id={`campaign-${idKey}-h`}>
        {isAboutLinks(finding) ? t('sectionWhoIsBehindLinks') : amplifier ? t('sectionAmplifiedContent') : t('sectionWhoIsBehind')}
      </H>
      {name ? <p class="campaign-name">{name}</p> : null}
      {campaign && aliases.length > 0 ? (
        <p class="campaign-aliases">
          {t('alsoKnownAs')} {aliasLine(campaign)}
        </p>
      ) : null}
      {campaign?.summary ? (
        // Untranslated in the page's language: the reader's tools (and screen readers) are told it is English.
        <p class="campaign-summary" lang={lists?.inEnglish?.has(campaign.id) ? 'en' : undefined}>
          {campaign.summary}
        </p>
      ) : null}
      {attributions.length > 0 && compact ? (
        <ul class="attributions">
          {[...byAttributor].map(([by, actors]) => (
            <li key={by}>{t('attributedBy', by, joinList(actors))}</li>
          ))}
        </ul>
      ) : attributions.length > 0 ? (
        <ul class="attributions">
          {attributions.map((a) => (
            <li key={a.key}>
              {t('attributedTo', a.actor, a.by)} <span class="confidence">({a.confidence})</span>
              {a.note ? <span class="attribution-note-text">{a.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : finding.actor && !amplifier ? (
        <p class="actor">{t('actorLine', actorLabel(finding.actor))}</p>
      ) : null}
      {campaign && (campaign.active.from || campaign.active.to) ? (
        <p class="campaign-active">
          {campaign.active.to
            ? t('activeFromTo', formatPartialDate(campaign.active.from) || '?', formatPartialDate(campaign.active.to))
            : t('activeSince', formatPartialDate(campaign.active.from))}
        </p>
      ) : null}
      {campaign && campaign.tactics.length > 0 && compact ? (
        <details class="tactics-details">
          <summary>
            <SubH class="summary-heading">{t('sectionTacticsCount', campaign.tactics.length)}</SubH>
          </summary>
          <TacticList tactics={campaign.tactics} />
        </details>
      ) : campaign && campaign.tactics.length > 0 ? (
        <>
          <SubH>{t('sectionTactics')}</SubH>
          <TacticList tactics={campaign.tactics} />
        </>
      ) : null}
      {campaignSources.length > 0 ? (
        <>
          <SubH>{t('sectionCampaignSources')}</SubH>
          <SourceList sources={campaignSources} />
        </>
      ) : null}
    </section>
  );
}
