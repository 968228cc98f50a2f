/**
 * The training index (`training.html`): what training mode is, then one section per demo with its
 * simulated address, a link to open it, and the trainer's script (what to point out, what Unmask
 * says and why, a question for the audience, and the real-world sources from the lists). Printable:
 * the print stylesheet keeps the scripts and drops the buttons.
 */
import type { Source } from '../../core/types';
import { TRAINING_DEMO_IDS, TRAINING_DEMOS, type TrainingDemoId } from '../../training/demos';
import { t, type MessageKey } from '../i18n';
import type { UiLists } from '../lists';
import { SourceList } from './SourceList';

type ScriptKeys = { name: MessageKey; pointOut: MessageKey; says: MessageKey; question: MessageKey };

/** The i18n keys of each demo's script (typed: a missing string fails tsc). */
export const SCRIPT_KEYS: Readonly<Record<TrainingDemoId, ScriptKeys>> = {
  clone: {
    name: 'trainingDemoCloneName',
    pointOut: 'trainingDemoClonePointOut',
    says: 'trainingDemoCloneSays',
    question: 'trainingDemoCloneQuestion',
  },
  brand: {
    name: 'trainingDemoBrandName',
    pointOut: 'trainingDemoBrandPointOut',
    says: 'trainingDemoBrandSays',
    question: 'trainingDemoBrandQuestion',
  },
  artifacts: {
    name: 'trainingDemoArtifactsName',
    pointOut: 'trainingDemoArtifactsPointOut',
    says: 'trainingDemoArtifactsSays',
    question: 'trainingDemoArtifactsQuestion',
  },
  persona: {
    name: 'trainingDemoPersonaName',
    pointOut: 'trainingDemoPersonaPointOut',
    says: 'trainingDemoPersonaSays',
    question: 'trainingDemoPersonaQuestion',
  },
  redirect: {
    name: 'trainingDemoRedirectName',
    pointOut: 'trainingDemoRedirectPointOut',
    says: 'trainingDemoRedirectSays',
    question: 'trainingDemoRedirectQuestion',
  },
  phishing: {
    name: 'trainingDemoPhishingName',
    pointOut: 'trainingDemoPhishingPointOut',
    says: 'trainingDemoPhishingSays',
    question: 'trainingDemoPhishingQuestion',
  },
};

export interface TrainingIndexProps {
  lists: UiLists | null;
  onPrint: () => void;
}

function citedSources(id: TrainingDemoId, lists: UiLists | null): Source[] {
  if (!lists) return [];
  return TRAINING_DEMOS[id].sources.map((s) => lists.sources.get(s)).filter((s): s is Source => s !== undefined);
}

export function TrainingScript({ id, lists }: { id: TrainingDemoId; lists: UiLists | null }) {
  const keys = SCRIPT_KEYS[id];
  const demo = TRAINING_DEMOS[id];
  return (
    <section class="training-script" id={`script-${id}`} aria-labelledby={`script-${id}-h`}>
      <h2 id={`script-${id}-h`}>{t(keys.name)}</h2>
      <p class="training-simulates">
        {t('trainingSimulates')} <code>{demo.url}</code>
      </p>
      <p class="no-print">
        <a class="button-primary training-open" id={`open-demo-${id}`} href={`training.html?demo=${id}`}>
          {t('trainingOpenDemo', t(keys.name))}
        </a>
      </p>
      <h3>{t('trainingScriptPointOut')}</h3>
      <p>{t(keys.pointOut)}</p>
      <h3>{t('trainingScriptSays')}</h3>
      <p>{t(keys.says)}</p>
      <h3>{t('trainingScriptQuestion')}</h3>
      <p class="training-question">{t(keys.question)}</p>
      <h3>{t('trainingScriptSources')}</h3>
      {lists ? <SourceList sources={citedSources(id, lists)} /> : <p class="muted">{TRAINING_DEMOS[id].sources.join(', ')}</p>}
    </section>
  );
}

export function TrainingIndex({ lists, onPrint }: TrainingIndexProps) {
  return (
    <main id="training" class="training training-index" data-view="index">
      <header>
        <p class="training-banner-inline">{t('trainingBanner')}</p>
        <h1>{t('trainingTitle')}</h1>
        <p>{t('trainingIntro')}</p>
        <p>{t('trainingHowTo')}</p>
        <p class="no-print">
          <button type="button" id="print-scripts" class="button-secondary" onClick={onPrint}>
            {t('trainingPrint')}
          </button>
        </p>
      </header>
      <nav class="training-toc no-print" aria-label={t('trainingScriptsHeading')}>
        <ol>
          {TRAINING_DEMO_IDS.map((id) => (
            <li key={id}>
              <a href={`#script-${id}`}>{t(SCRIPT_KEYS[id].name)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {TRAINING_DEMO_IDS.map((id) => (
        <TrainingScript key={id} id={id} lists={lists} />
      ))}
    </main>
  );
}
