/**
 * First-run page wiring (opened by the background at install): the person's answer is saved as
 * the `listUpdates` setting; a yes makes the first check at once, as "Update now" would.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { listUpdateConfig } from '../../src/extension/list-update-config';
import { browserUpdateEnv } from '../../src/extension/list-update-env';
import { updateFromMirrors } from '../../src/extension/list-updates';
import { WelcomeView, type WelcomeChoice } from '../../src/ui/components/WelcomeView';
import { updateSettings } from '../../src/ui/extension-api';
import { initI18n, t } from '../../src/ui/i18n';
import '../../src/ui/styles/base.css';
import '../../src/ui/styles/options.css';

function Welcome() {
  const [choice, setChoice] = useState<WelcomeChoice>(null);
  async function choose(on: boolean) {
    const ok = await updateSettings((s) => ({ ...s, listUpdates: on }));
    setChoice(ok ? (on ? 'on' : 'off') : 'failed');
    if (ok && on) void updateFromMirrors(browserUpdateEnv());
  }
  return <WelcomeView hasMirrors={listUpdateConfig().mirrors.length > 0} choice={choice} onChoose={(on) => void choose(on)} />;
}

// The chosen language (options) is loaded before the first word is rendered.
void initI18n().then(() => {
  document.title = t('welcomeTitle');
  render(<Welcome />, document.getElementById('app')!);
});
