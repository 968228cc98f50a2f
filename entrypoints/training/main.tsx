/**
 * Training page wiring: `training.html` is the index of demos and trainer's scripts,
 * `training.html?demo=<id>` one demo. Nothing is shown unless training mode is on in the options.
 * A demo asks the background to judge this very tab as the demo (`ui-bg-training-judge`: only the
 * id is sent; the background looks up the address and signals in its own table), then reads the
 * stored state back to show the level in the banner, worded as the popup words it.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Responses, TrainingJudgeRequest } from '../../src/extension/messages';
import { repairSettings, SETTINGS_KEY } from '../../src/extension/settings';
import { TrainingDemo, type DemoStatus } from '../../src/ui/components/TrainingDemo';
import { SCRIPT_KEYS, TrainingIndex } from '../../src/ui/components/TrainingIndex';
import { loadLists, loadSettings, requestTabState } from '../../src/ui/extension-api';
import { initI18n, t } from '../../src/ui/i18n';
import type { UiLists } from '../../src/ui/lists';
import { isTrainingDemoId, type TrainingDemoId } from '../../src/training/demos';
import '../../src/ui/styles/base.css';
import '../../src/ui/styles/training.css';

const param = new URLSearchParams(location.search).get('demo');
const demoId: TrainingDemoId | null = isTrainingDemoId(param) ? param : null;

async function judgeThisTab(demo: TrainingDemoId): Promise<DemoStatus> {
  const request: TrainingJudgeRequest = { type: 'ui-bg-training-judge', demo };
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Responses['ui-bg-training-judge'] | undefined;
    if (!reply?.ok) return { kind: 'failed' };
    const tab = await browser.tabs.getCurrent();
    const state = tab?.id !== undefined ? await requestTabState(tab.id) : null;
    return { kind: 'judged', level: reply.level, top: state?.training ? state.verdict.findings[0] : undefined };
  } catch {
    return { kind: 'failed' };
  }
}

function Training() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [lists, setLists] = useState<UiLists | null>(null);
  const [status, setStatus] = useState<DemoStatus>({ kind: 'pending' });

  useEffect(() => {
    void loadSettings().then((s) => setEnabled(s.trainingMode));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) setEnabled(repairSettings(changes[SETTINGS_KEY].newValue).trainingMode);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    if (demoId) {
      setStatus({ kind: 'pending' });
      void judgeThisTab(demoId).then(setStatus);
    } else {
      void loadLists().then(setLists);
    }
  }, [enabled]);

  if (enabled === null) return <main id="training" class="training" aria-busy="true" />;
  if (!enabled) {
    return (
      <main id="training" class="training" data-view="off">
        <h1>{t('trainingTitle')}</h1>
        <p>{t('trainingOff')}</p>
        <p>
          <button type="button" id="training-options" class="button-primary" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('trainingOpenOptions')}
          </button>
        </p>
      </main>
    );
  }
  if (param !== null && !demoId) {
    return (
      <main id="training" class="training" data-view="unknown">
        <h1>{t('trainingTitle')}</h1>
        <p>{t('trainingUnknownDemo')}</p>
        <p>
          <a href="training.html">{t('trainingBackToIndex')}</a>
        </p>
      </main>
    );
  }
  if (demoId) return <TrainingDemo id={demoId} status={status} />;
  return <TrainingIndex lists={lists} onPrint={() => window.print()} />;
}

// The chosen language (options) is loaded before the first word is rendered.
void initI18n().then(() => {
  document.title = demoId ? `${t('trainingBanner')}: ${t(SCRIPT_KEYS[demoId].name)}` : t('trainingTitle');
  render(<Training />, document.getElementById('app')!);
});
