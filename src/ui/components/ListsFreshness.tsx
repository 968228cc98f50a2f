/**
 * "Lists of 3 December 2026", and, for lists over two months old, one plain sentence more
 * (docs/list-updates.md). Shown by the popup and the report under the verdict.
 */
import type { Freshness } from '../freshness';
import { t } from '../i18n';

export function ListsFreshness({ freshness }: { freshness: Freshness | null | undefined }) {
  if (!freshness?.dateText) return null;
  return (
    <p class="muted lists-freshness" id="lists-freshness">
      {t('listsOf', freshness.dateText)}
      {freshness.old ? <> {t('listsOld')}</> : null}
    </p>
  );
}
