/**
 * DISARM techniques the campaign is known to use, with our one-line explanation. DISARM names are
 * CC BY-SA 4.0 (DISARM Foundation): the attribution is shown wherever the names are.
 */
import type { Tactic } from '../../core/types';
import { t } from '../i18n';

const BASIS_KEYS = {
  'disarm-incident': 'tacticBasisIncident',
  'graphika-stix': 'tacticBasisGraphika',
  mapping: 'tacticBasisMapping',
} as const;

export const DISARM_URL = 'https://www.disarm.foundation/';
export const CC_BY_SA_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';

export function TacticList({ tactics }: { tactics: readonly Tactic[] }) {
  if (tactics.length === 0) return null;
  return (
    <div class="tactics">
      <ul class="tactic-list">
        {tactics.map((tactic) => (
          <li key={tactic.id} class="tactic">
            <span class="tactic-id">{tactic.id}</span> <span class="tactic-name">{tactic.name}</span>
            {tactic.note ? <span class="tactic-note">{`: ${tactic.note}`}</span> : null}
            <span class="tactic-basis">{` (${t(BASIS_KEYS[tactic.basis] ?? 'tacticBasisMapping')})`}</span>
          </li>
        ))}
      </ul>
      <p class="attribution-note">
        {t('disarmAttributionBefore')}{' '}
        <a href={DISARM_URL} target="_blank" rel="noopener noreferrer">
          {t('disarmFoundation')}
          <span class="print-url">{` (${DISARM_URL})`}</span>
        </a>
        {', '}
        <a href={CC_BY_SA_URL} target="_blank" rel="noopener noreferrer">
          CC BY-SA 4.0
          <span class="print-url">{` (${CC_BY_SA_URL})`}</span>
        </a>
      </p>
    </div>
  );
}
