/**
 * Options wiring: settings from storage.local (read leniently with repairSettings), saved whole on
 * every change; kept in step when another page (the popup's "trust this site") changes them.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { repairSettings, SETTINGS_KEY, type Settings } from '../../src/extension/settings';
import { OptionsView } from '../../src/ui/components/OptionsView';
import { loadLists, loadSettings, saveSettings } from '../../src/ui/extension-api';
import { t, uiLang } from '../../src/ui/i18n';
import type { UiLists } from '../../src/ui/lists';
import { exportSettingsText } from '../../src/ui/options-model';
import '../../src/ui/styles/base.css';
import '../../src/ui/styles/options.css';

function exportFile(settings: Settings) {
  const blob = new Blob([exportSettingsText(settings)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'unmask-settings.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [lists, setLists] = useState<UiLists | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadLists().then(setLists);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) setSettings(repairSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  if (!settings) return <main id="options" class="options" aria-busy="true" />;
  return (
    <OptionsView
      settings={settings}
      lists={lists}
      onChange={async (next) => {
        const ok = await saveSettings(next);
        if (ok) setSettings(next);
        return ok;
      }}
      onExport={exportFile}
    />
  );
}

document.documentElement.lang = uiLang();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
