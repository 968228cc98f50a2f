/** Pieces shared by the popup and the report. */
import type { Finding, Level } from '../../core/types';
import type { TabState } from '../../extension/messages';
import type { UiLists } from '../lists';
import { t } from '../i18n';
import { checkedItems, levelName, type Advice } from '../view-model';
import { LevelIcon } from './LevelBadge';

/** What a page of ours is showing: the tab's state once it is known, or why there is none. */
export type PageView =
  | { kind: 'loading' }
  /** chrome://, about:, extension stores, file pages: Unmask is not allowed to look. */
  | { kind: 'unavailable'; url?: string }
  /** A web page the background has not judged (yet). */
  | { kind: 'not-judged'; url?: string }
  | { kind: 'state'; state: TabState };

/**
 * The level as a banner: icon shape + words on the level colour. It is a live status region, so a
 * screen reader announces the verdict when it arrives, with the words spelled out.
 */
export function LevelBanner({ level, subject, finding }: { level: Level; subject?: string; finding?: Finding }) {
  return (
    <div class={`level-banner level-${level}`} role="status" aria-live="polite">
      <LevelIcon level={level} />
      <span class="visually-hidden">{t('levelAnnounce')} </span>
      <span class="level-words">{levelName(level, finding)}</span>
      {subject ? <span class="level-subject">{subject}</span> : null}
    </div>
  );
}

/**
 * The banner of a site or account the person trusts: their choice, not a verdict, so neither a
 * level's colour nor the "nothing known" check (a shield, on a neutral colour).
 */
export function TrustedBanner({ account, subject }: { account: boolean; subject?: string }) {
  return (
    <div class="level-banner level-trusted" role="status" aria-live="polite">
      <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="level-icon">
        <path d="M10 1.5 17.5 4.5V10c0 4-3.3 7.2-7.5 8.5C5.8 17.2 2.5 14 2.5 10V4.5Z" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <span class="visually-hidden">{t('levelAnnounce')} </span>
      <span class="level-words">{account ? t('levelTrustedAccount') : t('levelTrusted')}</span>
      {subject ? <span class="level-subject">{subject}</span> : null}
    </div>
  );
}

export function AdviceList({ advice }: { advice: readonly Advice[] }) {
  if (advice.length === 0) return null;
  return (
    <ul class="advice">
      {advice.map((a) => (
        <li key={a.text}>
          {a.text}
          {a.href ? (
            <>
              {' '}
              <a href={a.href} target="_blank" rel="noopener noreferrer">
                {a.linkText ?? a.href}
                <span class="print-url">{` (${a.href})`}</span>
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function CheckedList({ state, lists }: { state: TabState; lists: UiLists | null }) {
  return (
    <ul class="checked">
      {checkedItems(state, lists).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Plain words for the pages Unmask cannot see or has not seen. */
export function NoStateMessage({ view }: { view: Extract<PageView, { kind: 'unavailable' | 'not-judged' | 'loading' }> }) {
  if (view.kind === 'loading') return <p class="muted">{t('loading')}</p>;
  if (view.kind === 'unavailable') {
    return (
      <>
        <p class="headline-text">{t('unavailableTitle')}</p>
        <p>{t('unavailableBody')}</p>
      </>
    );
  }
  return (
    <>
      <p class="headline-text">{t('notJudgedTitle')}</p>
      <p>{t('notJudgedBody')}</p>
    </>
  );
}
