/**
 * The background's part of list updates (docs/list-updates.md): about once a day, when the person switched
 * updates on, check the mirrors (src/extension/list-updates.ts does the fetching, verifying and
 * swapping). Nothing is requested while the setting is off, which is the default.
 *
 * `alarms` and not a timer: an MV3 worker is stopped when idle. Each check schedules the next one
 * a day later, give or take an hour at random, so that installs do not all ask at the same
 * minute and the time of a request says nothing about when a person first turned updates on.
 * Chrome may drop alarms at a browser restart, so every start of the worker makes sure the alarm
 * exists. While a check runs, the background is kept from being stopped as idle (keep-alive.ts).
 * A new bundle reaches the engines through storage.onChanged (index.ts), in every
 * context that swapped it in.
 */
import { browser } from 'wxt/browser';
import { browserUpdateEnv } from '../list-update-env';
import { settleInterruptedUpdate, updateFromMirrors } from '../list-updates';
import { keptAlive } from './keep-alive';
import type { SettingsReader } from './settings-reader';

export const LIST_UPDATE_ALARM = 'unmask-list-update';
const DAY_MINUTES = 24 * 60;
const JITTER_MINUTES = 120;

export interface ListUpdates {
  /** An alarm fired (any alarm: others are ignored). */
  alarm(name: string): Promise<void>;
  /** The settings changed, or the worker started: the alarm follows the switch. */
  follow(): Promise<void>;
}

function alarms(): typeof browser.alarms | undefined {
  try {
    return browser.alarms;
  } catch {
    return undefined;
  }
}

/** A day from now, plus or minus an hour. */
export function nextDelayMinutes(random: () => number = Math.random): number {
  return DAY_MINUTES - JITTER_MINUTES / 2 + random() * JITTER_MINUTES;
}

export function createListUpdates(settingsReader: SettingsReader): ListUpdates {
  async function follow(): Promise<void> {
    // A check this worker's previous run was making when it was stopped: the options say so.
    void settleInterruptedUpdate({
      get: (keys) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>,
      set: (items) => browser.storage.local.set(items),
    }).catch(() => undefined);
    const api = alarms();
    if (!api) return;
    const on = (await settingsReader.settings()).listUpdates;
    if (!on) {
      await api.clear(LIST_UPDATE_ALARM);
      return;
    }
    // The first check after switching on is made by the page where the person chose (first-run
    // or options); from then on, the alarm.
    if ((await api.get(LIST_UPDATE_ALARM)) === undefined) api.create(LIST_UPDATE_ALARM, { delayInMinutes: nextDelayMinutes() });
  }

  async function alarm(name: string): Promise<void> {
    if (name !== LIST_UPDATE_ALARM) return;
    const api = alarms();
    if (!(await settingsReader.settings()).listUpdates) {
      await api?.clear(LIST_UPDATE_ALARM);
      return;
    }
    api?.create(LIST_UPDATE_ALARM, { delayInMinutes: nextDelayMinutes() });
    // Nobody waits on this check: without activity the browser would stop the background
    // mid-download (keep-alive.ts), and the update would never install.
    await keptAlive(() => updateFromMirrors(browserUpdateEnv()));
  }

  return { alarm, follow };
}
