/**
 * One training demo page (`training.html?demo=<id>`): a permanent banner that says it is a training
 * example, the address it simulates, then a mock of the page written by us (invented filler about a
 * fictional town). The page shows the same things the demo's signals declare (src/training/demos.ts):
 * the claimed names, the leftover phrase, the account, the links. Every text is rendered as text.
 *
 * The phishing mock has no working form on purpose: no action, every input and the button disabled.
 */
import type { Finding, Level } from '../../core/types';
import { ARTIFACT_PHRASE, TRAINING_DEMOS, type TrainingDemoId } from '../../training/demos';
import { t } from '../i18n';
import { LevelBadge } from './LevelBadge';
import { SCRIPT_KEYS } from './TrainingIndex';

export type DemoStatus = { kind: 'pending' } | { kind: 'failed' } | { kind: 'judged'; level: Level; top?: Finding };

export interface TrainingDemoProps {
  id: TrainingDemoId;
  status: DemoStatus;
}

function NewsArticle({ masthead, leftover }: { masthead: string; leftover?: string }) {
  return (
    <article class="mock-news">
      <p class="mock-masthead">{masthead}</p>
      {leftover ? (
        <p class="mock-leftover" lang="fr">
          {leftover}
        </p>
      ) : null}
      <h2 class="mock-headline">{t('trainingFillerHeadline')}</h2>
      <p class="mock-byline">{t('trainingFillerByline')}</p>
      <p>{t('trainingFillerBody1')}</p>
      <p>{t('trainingFillerBody2')}</p>
    </article>
  );
}

function Persona() {
  const handle = new URL(TRAINING_DEMOS.persona.url).pathname.slice(1);
  return (
    <article class="mock-profile">
      <p class="mock-profile-name">Allô Afrique</p>
      <p class="mock-profile-handle">@{handle}</p>
      <h2>{t('trainingPersonaPosts')}</h2>
      <ul class="mock-posts">
        <li>{t('trainingPersonaPost1')}</li>
        <li>{t('trainingPersonaPost2')}</li>
      </ul>
    </article>
  );
}

function Redirect() {
  const [clone] = TRAINING_DEMOS.redirect.signals.links ?? [];
  return (
    <article class="mock-redirect">
      <p>{t('trainingRedirectStep1')}</p>
      <p>
        <code>{TRAINING_DEMOS.redirect.url}</code>
      </p>
      <p>{t('trainingRedirectStep2')}</p>
      <p>
        <code>{clone}</code>
      </p>
      <p>{t('trainingRedirectStep3')}</p>
      <p class="muted">{t('trainingRedirectNoForward')}</p>
    </article>
  );
}

function Phishing() {
  return (
    <article class="mock-phishing">
      <h2>{t('trainingPhishHeading')}</h2>
      <p>{t('trainingPhishBody')}</p>
      {/* No action, no method, nothing enabled: this form cannot send anything anywhere. */}
      <form id="mock-signin" aria-describedby="mock-signin-off" onSubmit={(e) => e.preventDefault()}>
        <label for="mock-email">{t('trainingPhishEmail')}</label>
        <input id="mock-email" type="email" disabled autoComplete="off" />
        <label for="mock-password">{t('trainingPhishPassword')}</label>
        <input id="mock-password" type="password" disabled autoComplete="off" />
        <button type="button" disabled>
          {t('trainingPhishButton')}
        </button>
      </form>
      <p id="mock-signin-off" class="muted">
        {t('trainingPhishDisabled')}
      </p>
    </article>
  );
}

function MockPage({ id }: { id: TrainingDemoId }) {
  switch (id) {
    case 'clone':
      return <NewsArticle masthead="The Washington Post" />;
    case 'brand':
      return <NewsArticle masthead="Nio Thinker" />;
    case 'artifacts':
      return <NewsArticle masthead="Brookfield Courier" leftover={ARTIFACT_PHRASE} />;
    case 'persona':
      return <Persona />;
    case 'redirect':
      return <Redirect />;
    case 'phishing':
      return <Phishing />;
  }
}

export function TrainingDemo({ id, status }: TrainingDemoProps) {
  const demo = TRAINING_DEMOS[id];
  return (
    <main
      id="training"
      class="training training-demo"
      data-view="demo"
      data-demo={id}
      data-level={status.kind === 'judged' ? status.level : undefined}
    >
      <div class="training-banner" role="note" aria-labelledby="training-banner-title">
        <p id="training-banner-title" class="training-banner-title">
          {t('trainingBanner')}
        </p>
        <p>{t('trainingBannerDetail', demo.url)}</p>
        <p id="training-status" aria-live="polite">
          {status.kind === 'judged' ? (
            <>
              {t('trainingBannerJudged')} <LevelBadge level={status.level} finding={status.top} /> {t('trainingBannerHint')}
            </>
          ) : status.kind === 'failed' ? (
            t('trainingBannerFailed')
          ) : (
            ''
          )}
        </p>
        <p>
          <a id="training-back" href="training.html">
            {t('trainingBackToIndex')}
          </a>
        </p>
      </div>
      <h1 class="visually-hidden">{t(SCRIPT_KEYS[id].name)}</h1>
      <div class="mock-window">
        <p class="mock-address" aria-label={t('trainingAddressLabel')}>
          {demo.url}
        </p>
        <MockPage id={id} />
      </div>
    </main>
  );
}
