/**
 * Sources as a reader checks them: primary ones first; publisher, title (the live link) and date on
 * the first line, the tier and how we read it on a line of their own, so that a long note never
 * pushes the link aside. Only https
 * URLs become links (opened in a new tab, with no opener and no referrer, so the source never learns
 * where the reader came from); anything else stays text.
 */
import type { ComponentChildren } from 'preact';
import type { SourceRef } from '../../core/types';
import type { UiLists } from '../lists';
import { listLabel } from '../../core/summaries';
import { t } from '../i18n';
import { formatPartialDate, primaryFirst, safeHttpsUrl } from '../view-model';

const TIER_KEYS = {
  'primary-indicator-file': 'tierPrimaryFile',
  'primary-report': 'tierPrimaryReport',
  secondary: 'tierSecondary',
} as const;

export function SourceLink({ url, children }: { url: string; children: ComponentChildren }) {
  const href = safeHttpsUrl(url);
  if (!href) return <span class="source-title">{children}</span>;
  return (
    <a class="source-title" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="print-url"> ({href})</span>
    </a>
  );
}

/**
 * How a source was read, in the page's language: a finding carries the engine's English note; the
 * page's lists (localised, src/ui/extension-api.ts) have it translated. A source of the person's own
 * list keeps its own words.
 */
function viaOf(source: SourceRef, lists: Pick<UiLists, 'sources'> | null | undefined): string | undefined {
  if (source.list || !source.via) return source.via;
  return lists?.sources.get(source.id)?.via ?? source.via;
}

/** `copy`: a control per source (the popup's "Copy citation"), shown after its note. */
export function SourceList({
  sources,
  copy,
  lists,
}: {
  sources: readonly SourceRef[];
  copy?: (source: SourceRef) => ComponentChildren;
  /** The page's lists, for the sources' notes in its language. */
  lists?: Pick<UiLists, 'sources'> | null;
}) {
  if (sources.length === 0) return <p class="muted">{t('sourcesNone')}</p>;
  return (
    <ul class="source-list">
      {primaryFirst(sources).map((source) => {
        const via = viaOf(source, lists);
        return (
          <li key={source.id} class="source">
            <span class="source-publisher">{source.publisher}</span>
            {': '}
            <SourceLink url={source.url}>{source.title}</SourceLink>
            {source.date ? <span class="source-date">{` (${formatPartialDate(source.date)})`}</span> : null}
            <span class="source-meta">
              {t(TIER_KEYS[source.tier] ?? 'tierSecondary')}
              {via ? ` · ${via}` : ''}
            </span>
            {/* A citation from the person's own list (Source.list), never Unmask's curated one. */}
            {source.list ? <span class="source-own-list">{` · ${t('sourceFromYourList', listLabel(source.list))}`}</span> : null}
            {copy ? <span class="source-copy">{copy(source)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
