/**
 * "Training example" note for the popup and the report: shown when the tab's state comes from a
 * training demo (TabState.training), so that no one mistakes a demo's verdict for a visited site.
 */
import type { TabState } from '../../extension/messages';
import { t } from '../i18n';

export function TrainingNote({ state }: { state: TabState | null }) {
  if (!state?.training) return null;
  return (
    // Inline style: the popup and the report do not load training.css. Black on yellow (14:1), as
    // the training pages' banner.
    <p
      id="training-note"
      class="training-note"
      role="note"
      style={{ color: '#1a1a1a', background: '#ffe066', border: '2px solid #1a1a1a', borderRadius: '6px', padding: '0.4em 0.6em' }}
    >
      <strong>{t('trainingBanner')}</strong> {t('trainingNote', state.url)}
    </p>
  );
}
