/**
 * The first-run page, opened once at install: what Unmask does, what each level of the
 * toolbar icon means, where the lists come from, and whether to keep the lists fresh. The two
 * answers are equal buttons; until one is pressed nothing is downloaded (the setting is off).
 */
import type { Level } from '../../core/types';
import { t, type MessageKey } from '../i18n';
import { levelName } from '../view-model';
import { LevelIcon } from './LevelBadge';

const LEVELS: { level: Level; meaning: MessageKey }[] = [
  { level: 'high', meaning: 'welcomeLevelHigh' },
  { level: 'medium', meaning: 'welcomeLevelMedium' },
  { level: 'low', meaning: 'welcomeLevelLow' },
  { level: 'info', meaning: 'welcomeLevelInfo' },
  { level: 'none', meaning: 'welcomeLevelNone' },
];

export type WelcomeChoice = 'on' | 'off' | 'failed' | null;

export interface WelcomeProps {
  /** False when this build names no mirror: the question is not asked. */
  hasMirrors: boolean;
  choice: WelcomeChoice;
  onChoose(on: boolean): void;
}

export function WelcomeView({ hasMirrors, choice, onChoose }: WelcomeProps) {
  return (
    <main id="welcome" class="options">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p>{t('welcomeWhat')}</p>
      </header>
      <section aria-labelledby="welcome-levels-h">
        <h2 id="welcome-levels-h">{t('welcomeBadgeHeading')}</h2>
        <ul class="welcome-levels">
          {LEVELS.map(({ level, meaning }) => (
            <li key={level} class={`level-${level}`}>
              <LevelIcon level={level} /> <strong>{levelName(level)}</strong>: {t(meaning)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="welcome-lists-h">
        <h2 id="welcome-lists-h">{t('welcomeListsHeading')}</h2>
        <p>{t('welcomeLists')}</p>
      </section>
      {hasMirrors ? (
        <section aria-labelledby="welcome-choice-h">
          <h2 id="welcome-choice-h">{t('welcomeChoiceHeading')}</h2>
          <p id="welcome-choice-text">{t('listUpdatesIntro')}</p>
          <div class="welcome-choice" role="group" aria-labelledby="welcome-choice-h" aria-describedby="welcome-choice-text">
            <button type="button" class="button-secondary" id="welcome-yes" aria-pressed={choice === 'on'} onClick={() => onChoose(true)}>
              {t('listUpdatesSwitch')}
            </button>
            <button type="button" class="button-secondary" id="welcome-no" aria-pressed={choice === 'off'} onClick={() => onChoose(false)}>
              {t('welcomeNo')}
            </button>
          </div>
          <p role="status" id="welcome-status">
            {choice === 'on' ? t('welcomeChosenOn') : choice === 'off' ? t('welcomeChosenOff') : ''}
          </p>
          <p role="alert" class="note error">
            {choice === 'failed' ? t('welcomeSaveFailed') : ''}
          </p>
        </section>
      ) : null}
    </main>
  );
}
