/**
 * The browser behind list updates (src/extension/list-updates.ts): storage.local, fetch, the
 * extension's own index file and version, and this build's mirrors and keys. Used by the
 * background's alarm and by the options page alike.
 */
import { browser } from 'wxt/browser';
import { BUNDLED_INDEX_PATH, bundledIndexText } from '../lists/bundled-index';
import { listUpdateConfig } from './list-update-config';
import type { UpdateEnv } from './list-updates';

export async function readBundledIndexText(): Promise<string> {
  return bundledIndexText(await fetch((browser.runtime.getURL as (path: string) => string)(BUNDLED_INDEX_PATH)));
}

export function browserUpdateEnv(): UpdateEnv {
  const config = listUpdateConfig();
  return {
    get: (keys) => browser.storage.local.get(keys) as Promise<Record<string, unknown>>,
    set: (items) => browser.storage.local.set(items),
    fetch: (url, init) => fetch(url, init),
    bundledIndexText: readBundledIndexText,
    extensionVersion: browser.runtime.getManifest().version,
    trustedKeys: config.keys,
    mirrors: config.mirrors,
    timeoutMs: config.timeoutMs,
    now: () => new Date(),
  };
}
