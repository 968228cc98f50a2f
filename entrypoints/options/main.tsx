/**
 * Options wiring: settings from storage.local (read leniently with repairSettings), saved whole on
 * every change; kept in step when another page (the popup's "trust this site") changes them.
 * The person's own lists (stored by src/extension/own-lists-store.ts) are read with the full checks
 * of src/extension/custom-lists.ts against Unmask's index (fetched from the extension's own files),
 * and changed only through the pure rules of src/ui/custom-lists-model.ts: a refused file stores
 * nothing.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { repairSettings, SETTINGS_KEY, type Settings } from '../../src/extension/settings';
import {
  legacyListsToStore,
  withBrokenSwitchedOff,
  withEnabled,
  withoutList,
  type StoredCustomLists,
} from '../../src/extension/custom-lists';
import {
  OWN_LISTS_KEY,
  readLegacyLists,
  readStoredForChange,
  removeLegacyLists,
  saveStoredCustomLists,
} from '../../src/extension/own-lists-store';
import { CustomListsSection, type ImportReply } from '../../src/ui/components/CustomListsSection';
import { OptionsView } from '../../src/ui/components/OptionsView';
import { bundledFor, customListsView, importCustomListText, MAX_LIST_FILE_BYTES, type Bundled } from '../../src/ui/custom-lists-model';
import { fetchBundledLists, listsInUse, loadLists, loadSettings, saveSettings, updateSettings } from '../../src/ui/extension-api';
import { ListUpdatesSection } from '../../src/ui/components/ListUpdatesSection';
import type { ListsDate } from '../../src/ui/freshness';
import { listUpdateConfig } from '../../src/extension/list-update-config';
import { browserUpdateEnv, readBundledIndexText } from '../../src/extension/list-update-env';
import {
  LIST_UPDATE_STATUS_KEY,
  LISTS_IN_USE_KEY,
  MAX_OFFLINE_FILE_BYTES,
  settleInterruptedUpdate,
  updateFromFile,
  updateFromMirrors,
  type UpdateStatus,
} from '../../src/extension/list-updates';
import { readIndex } from '../../src/lists/compiled';
import { initI18n, t } from '../../src/ui/i18n';
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

/** Unmask's full index (custom lists are checked against its campaigns, actors and outlets). */
async function loadBundled(): Promise<Bundled> {
  return bundledFor(await fetchBundledLists());
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [lists, setLists] = useState<UiLists | null>(null);
  const [bundled, setBundled] = useState<Bundled | null>(null);
  const [bundledFailed, setBundledFailed] = useState(false);
  const [stored, setStored] = useState<{ raw: unknown } | null>(null);
  const [inUse, setInUse] = useState<ListsDate | null>(null);
  const [updateStatus, setUpdateStatus] = useState<UpdateStatus | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadLists().then(setLists);
    void loadBundled().then(setBundled, () => setBundledFailed(true));
    const readOwnLists = () => void readStoredForChange().then((current) => setStored({ raw: current?.raw }));
    readOwnLists();
    // The version and date of the lists in use, and what the last update attempt did.
    const bundledVersion = readBundledIndexText().then(
      (text) => readIndex(text).version,
      () => null,
    );
    const refreshInUse = () => void bundledVersion.then(listsInUse).then(setInUse, () => undefined);
    refreshInUse();
    void browser.storage.local
      .get(LIST_UPDATE_STATUS_KEY)
      .then((got) => setUpdateStatus((got[LIST_UPDATE_STATUS_KEY] as UpdateStatus | undefined) ?? null));
    // An attempt left "started" by a stopped worker or page is said to be interrupted (once no attempt runs).
    void settleInterruptedUpdate(browserUpdateEnv());
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (changes[LISTS_IN_USE_KEY]) refreshInUse();
      if (changes[LIST_UPDATE_STATUS_KEY]) setUpdateStatus((changes[LIST_UPDATE_STATUS_KEY].newValue as UpdateStatus | undefined) ?? null);
      if (changes[SETTINGS_KEY]) setSettings(repairSettings(changes[SETTINGS_KEY].newValue));
      if (changes[OWN_LISTS_KEY]) readOwnLists();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  // Lists an earlier version kept in storage.local: what passes the full checks moves to the database.
  useEffect(() => {
    if (bundled === null) return;
    void (async () => {
      const legacy = await readLegacyLists();
      if (legacy === undefined) return;
      const current = await readStoredForChange();
      if (current === null) return;
      if (current.raw !== undefined) return removeLegacyLists();
      const next = legacyListsToStore(legacy, bundled.context);
      if (await saveStoredCustomLists(next)) setStored({ raw: next ?? undefined });
    })();
  }, [bundled]);

  const view = useMemo(() => (bundled && stored ? customListsView(stored.raw, bundled) : null), [bundled, stored]);

  // A list the full checks refuse today is shown as not used: the background must not use it either.
  useEffect(() => {
    if (view === null || stored === null) return;
    const next = withBrokenSwitchedOff(stored.raw, view.broken);
    if (next !== null) void save(next);
  }, [view]);

  async function save(next: StoredCustomLists | null): Promise<boolean> {
    const ok = await saveStoredCustomLists(next);
    if (ok) setStored({ raw: next ?? undefined });
    return ok;
  }

  async function onImport(text: string): Promise<ImportReply> {
    const current = await readStoredForChange();
    if (!bundled || current === null) return { ok: false, error: t('customListsUnavailable'), problems: [] };
    const outcome = importCustomListText(text, bundled, current.raw);
    if (!outcome.ok) return outcome;
    // Shown first; saved only when the person presses Import, against the lists stored then.
    return { ok: true, message: outcome.message, review: { ...outcome.review, apply: () => applyImport(text) } };
  }

  async function applyImport(text: string): Promise<ImportReply> {
    const current = await readStoredForChange();
    if (!bundled || current === null) return { ok: false, error: t('customListsUnavailable'), problems: [] };
    const outcome = importCustomListText(text, bundled, current.raw);
    if (!outcome.ok) return outcome;
    if (!(await save(outcome.next))) return { ok: false, error: t('customListsSaveFailed'), problems: [] };
    return { ok: true, message: outcome.message };
  }

  async function onRemove(index: number): Promise<(() => Promise<boolean>) | null> {
    const current = await readStoredForChange();
    if (current === null) return null;
    const previous = current.raw;
    // index -1: the whole stored value is unreadable; removing it is removing the key.
    if (!(await save(index < 0 ? null : withoutList(previous, index)))) return null;
    return () => save((previous ?? null) as StoredCustomLists | null);
  }

  async function onToggle(index: number, enabled: boolean): Promise<boolean> {
    const current = await readStoredForChange();
    const next = current === null ? null : withEnabled(current.raw, index, enabled);
    return next !== null && save(next);
  }

  if (!settings) return <main id="options" class="options" aria-busy="true" />;
  return (
    <OptionsView
      settings={settings}
      lists={lists}
      onChange={async (next) => {
        const ok = await saveSettings(next);
        if (ok) setSettings(next);
        // Another language (chosen, or in an imported file): the page renders again in it.
        if (ok && next.language !== settings.language) location.reload();
        return ok;
      }}
      onExport={exportFile}
      listUpdates={
        <ListUpdatesSection
          on={settings.listUpdates}
          hasMirrors={listUpdateConfig().mirrors.length > 0}
          inUse={inUse}
          status={updateStatus}
          maxFileBytes={MAX_OFFLINE_FILE_BYTES}
          onSwitch={async (on) => {
            const ok = await updateSettings((s) => ({ ...s, listUpdates: on }));
            // Switched on here: the first check now, the person having just asked for it.
            if (ok && on) void updateFromMirrors(browserUpdateEnv());
            return ok;
          }}
          onUpdateNow={async () => {
            setUpdateStatus(await updateFromMirrors(browserUpdateEnv()));
          }}
          onFile={async (text) => {
            setUpdateStatus(await updateFromFile(browserUpdateEnv(), text));
          }}
        />
      }
      customLists={
        <CustomListsSection
          view={view}
          unavailable={bundledFailed}
          onImport={onImport}
          onRemove={onRemove}
          onToggle={onToggle}
          maxBytes={MAX_LIST_FILE_BYTES}
        />
      }
    />
  );
}

// The chosen language (options) is loaded before the first word is rendered.
void initI18n().then(() => {
  document.title = t('optionsTitle');
  render(<Options />, document.getElementById('app')!);
});
