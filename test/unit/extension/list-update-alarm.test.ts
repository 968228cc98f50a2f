/**
 * The background's list-update alarm (src/extension/background/list-updates.ts) with the real
 * background against WXT's fakeBrowser: no alarm (so no request) while updates are off, the
 * default; one about a day away once they are switched on; none again once switched off. And the
 * first-run page opens at install only.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createEngine } from '../../../src/core/engine';
import { startBackground } from '../../../src/extension/background';
import { LIST_UPDATE_ALARM, nextDelayMinutes } from '../../../src/extension/background/list-updates';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/extension/settings';

const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the list-update alarm', () => {
  it('is off by default: no alarm at start', async () => {
    expect(DEFAULT_SETTINGS.listUpdates).toBe(false);
    startBackground({ createEngine });
    await settle();
    expect(await fakeBrowser.alarms.get(LIST_UPDATE_ALARM)).toBeUndefined();
  });

  it('follows the switch: on makes one alarm about a day away, off clears it', async () => {
    startBackground({ createEngine });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, listUpdates: true } });
    await settle();
    const alarm = await fakeBrowser.alarms.get(LIST_UPDATE_ALARM);
    expect(alarm).toBeDefined();
    const minutes = (alarm!.scheduledTime - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(23 * 60 - 1);
    expect(minutes).toBeLessThan(25 * 60 + 1);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, listUpdates: false } });
    await settle();
    expect(await fakeBrowser.alarms.get(LIST_UPDATE_ALARM)).toBeUndefined();
  });

  it('spreads checks over two hours around a day', () => {
    expect(nextDelayMinutes(() => 0)).toBe(24 * 60 - 60);
    expect(nextDelayMinutes(() => 0.999999)).toBeCloseTo(24 * 60 + 60, 3);
  });
});

describe('the first-run page', () => {
  it('opens at install, not at an update of the extension', async () => {
    startBackground({ createEngine });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false } as never);
    await settle();
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContain(fakeBrowser.runtime.getURL('/welcome.html' as never));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    await settle();
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/welcome.html' as never));
  });
});
