/**
 * What this build was given for list updates (wxt.config.ts defines `__UNMASK_LIST_UPDATES__`
 * from src/lists/updates/mirrors.ts, the pinned keys and lists/CHANGELOG.md). Outside a build
 * (unit tests, the CLI) the committed defaults apply.
 */
import { PINNED_LIST_KEYS } from '../lists/updates/keys';
import { LIST_MIRRORS } from '../lists/updates/mirrors';

export interface ListUpdateConfig {
  mirrors: readonly string[];
  keys: readonly string[];
  timeoutMs: number;
  /** The date (YYYY-MM-DD) of the bundled lists' version in lists/CHANGELOG.md; null if unknown. */
  bundledDate: string | null;
  /** That version (the one the bundled index carries); null if unknown. */
  bundledVersion: string | null;
}

declare const __UNMASK_LIST_UPDATES__: Partial<ListUpdateConfig> | undefined;

const DEFAULT_TIMEOUT_MS = 30_000;

export function listUpdateConfig(): ListUpdateConfig {
  const given = typeof __UNMASK_LIST_UPDATES__ === 'object' && __UNMASK_LIST_UPDATES__ !== null ? __UNMASK_LIST_UPDATES__ : {};
  return {
    mirrors: given.mirrors ?? LIST_MIRRORS,
    keys: given.keys ?? PINNED_LIST_KEYS,
    timeoutMs: given.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    bundledDate: given.bundledDate ?? null,
    bundledVersion: given.bundledVersion ?? null,
  };
}
