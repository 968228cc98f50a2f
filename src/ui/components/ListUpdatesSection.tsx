/**
 * The options' "Fresh lists" section (docs/list-updates.md): the list-update switch, "Update now", the version
 * and date of the lists in use, what the last attempt did, and the update from a file. Renders what
 * it is given; every action is a callback that resolves to the attempt's status.
 */
import { useState } from 'preact/hooks';
import type { UpdateStatus } from '../../extension/list-updates';
import { t, uiLang } from '../i18n';
import { formatListsDate, type ListsDate } from '../freshness';

export interface ListUpdatesProps {
  on: boolean;
  /** False when this build names no mirror: the switch and "Update now" are not offered. */
  hasMirrors: boolean;
  inUse: ListsDate | null;
  status: UpdateStatus | null;
  onSwitch(on: boolean): Promise<boolean>;
  onUpdateNow(): Promise<void>;
  /** The offline file's text. */
  onFile(text: string): Promise<void>;
  maxFileBytes: number;
}

function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const lang = uiLang() === 'en' ? 'en-GB' : uiLang();
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  } catch {
    return iso;
  }
}

export function statusText(status: UpdateStatus | null): string {
  if (status === null) return t('listUpdatesNever');
  if (status.outcome === 'updated') return t('listUpdatesLastUpdated', when(status.at), status.version ?? '');
  if (status.outcome === 'current') return t('listUpdatesLastCurrent', when(status.at));
  if (status.outcome === 'started') return t('listUpdatesRunning', when(status.at));
  if (status.outcome === 'interrupted') return t('listUpdatesLastInterrupted', when(status.at));
  return t('listUpdatesLastFailed', when(status.at), status.reason ?? '');
}

export function ListUpdatesSection({ on, hasMirrors, inUse, status, onSwitch, onUpdateNow, onFile, maxFileBytes }: ListUpdatesProps) {
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState('');

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  async function pickFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (file.size > maxFileBytes) {
      setFileError(t('listUpdatesFileTooLarge'));
      return;
    }
    setFileError('');
    await run(async () => onFile(await file.text()));
  }

  const date = inUse?.date ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(inUse.date) ? `${inUse.date}T00:00:00Z` : inUse.date) : null;
  const dateText = date && !Number.isNaN(date.getTime()) ? formatListsDate(date, uiLang()) : '?';
  return (
    <section aria-labelledby="list-updates-h" id="list-updates">
      <h2 id="list-updates-h">{t('listUpdatesHeading')}</h2>
      {inUse ? (
        <p id="lists-in-use">
          {inUse.updated ? t('listUpdatesInUse', inUse.version, dateText) : t('listUpdatesInUseBundled', inUse.version, dateText)}
        </p>
      ) : null}
      {hasMirrors ? (
        <>
          <div class="choice">
            <input
              id="list-updates-switch"
              type="checkbox"
              checked={on}
              aria-describedby="list-updates-help"
              onChange={(e) => void onSwitch((e.currentTarget as HTMLInputElement).checked)}
            />
            <label for="list-updates-switch">{t('listUpdatesSwitch')}</label>
            <p class="help" id="list-updates-help">
              {t('listUpdatesIntro')}
            </p>
          </div>
          <p>
            <button type="button" class="button-secondary" id="list-updates-now" disabled={busy} onClick={() => void run(onUpdateNow)}>
              {busy ? t('listUpdatesChecking') : t('listUpdatesNow')}
            </button>
          </p>
        </>
      ) : (
        <p class="muted">{t('listUpdatesNoMirror')}</p>
      )}
      <p id="list-updates-status" role="status">
        {statusText(status)}
      </p>
      <div class="field">
        <label for="list-updates-file">{t('listUpdatesFromFile')}</label>
        <input
          id="list-updates-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="list-updates-file-help"
          disabled={busy}
          onChange={(e) => void pickFile(e)}
        />
        <p class="help" id="list-updates-file-help">
          {t('listUpdatesFromFileHelp')}
        </p>
        <p class="note error" role="alert">
          {fileError}
        </p>
      </div>
    </section>
  );
}
