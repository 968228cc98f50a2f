/**
 * User settings: their shape, defaults, and the two ways of reading untrusted settings.
 *
 * - `parseSettings` is strict: for imports typed or dropped by a person. Anything invalid is
 *   rejected with a message that says what is wrong, and nothing changes.
 * - `repairSettings` is lenient: for what we read back from storage, which may be from an older
 *   version or corrupted. Every readable field is kept; the rest falls back to its default.
 *
 * Pure: no browser APIs. Stored in `storage.local` under SETTINGS_KEY.
 */
import { ROLES, type JudgeOptions, type Role, type Sensitivity } from '../core/types';
import { parseAllowEntry } from '../core/allowlist';
import { isLanguageSetting, LANGUAGE_SETTINGS, type LanguageSetting } from './ui-language';

export { SETTINGS_KEY } from './storage-keys';

export type WarningBarLevel = 'off' | 'high' | 'medium';

export interface Settings {
  version: 1;
  /** documented / + lookalikes and claimed names (default) / + text heuristics. */
  sensitivity: Sensitivity;
  disabledCampaigns: string[];
  disabledRoles: Role[];
  /** Show the in-page warning bar for pages at or above this level. */
  warningBar: WarningBarLevel;
  /** Mark links to flagged sites and posts of flagged accounts in pages. */
  linkMarkers: boolean;
  /**
   * Badge only: never change a page (no warning bar, no link markers, whatever the two settings
   * above say), so that no site can see that its visitor runs Unmask.
   */
  badgeOnly: boolean;
  /**
   * Bars and markers also for findings that come only from the person's own lists. Off by default:
   * a site that sees the bar or a marker learns that it is on one of their lists.
   */
  ownListsOnPages: boolean;
  /**
   * Sites and accounts the person trusts: domains (`example.org`) and profile URLs
   * (`https://t.me/name`), as src/core/allowlist.ts reads them.
   */
  allowlist: string[];
  /** Training mode: bundled demo pages of each tactic. */
  trainingMode: boolean;
  /**
   * Download the signed public lists about once a day (docs/list-updates.md). Off until the person chooses:
   * with it off, the extension makes no request at all.
   */
  listUpdates: boolean;
  /** The language of Unmask's words: `auto` follows the browser's UI language. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  sensitivity: 'lookalikes',
  disabledCampaigns: [],
  disabledRoles: [],
  warningBar: 'high',
  linkMarkers: false,
  badgeOnly: false,
  ownListsOnPages: false,
  allowlist: [],
  trainingMode: false,
  listUpdates: false,
  language: 'auto',
});

const SENSITIVITIES: readonly Sensitivity[] = ['documented', 'lookalikes', 'text'];
const WARNING_LEVELS: readonly WarningBarLevel[] = ['off', 'high', 'medium'];
const MAX_LIST = 10_000;
const MAX_ITEM = 253;
const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export type ParseResult = { ok: true; settings: Settings } | { ok: false; error: string };

function isStringList(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.length <= MAX_LIST && value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_ITEM)
  );
}

/** Checks one field; returns an error message, or null when the value is valid. */
function fieldError(key: keyof Settings, value: unknown): string | null {
  switch (key) {
    case 'version':
      return value === 1 ? null : '"version" must be 1';
    case 'sensitivity':
      return SENSITIVITIES.includes(value as Sensitivity) ? null : `"sensitivity" must be one of ${SENSITIVITIES.join(', ')}`;
    case 'warningBar':
      return WARNING_LEVELS.includes(value as WarningBarLevel) ? null : `"warningBar" must be one of ${WARNING_LEVELS.join(', ')}`;
    case 'language':
      return isLanguageSetting(value) ? null : `"language" must be one of ${LANGUAGE_SETTINGS.join(', ')}`;
    case 'linkMarkers':
    case 'badgeOnly':
    case 'ownListsOnPages':
    case 'trainingMode':
    case 'listUpdates':
      return typeof value === 'boolean' ? null : `"${key}" must be true or false`;
    case 'disabledRoles':
      return isStringList(value) && value.every((r) => ROLES.includes(r as Role))
        ? null
        : `"disabledRoles" must be a list of roles (${ROLES.join(', ')})`;
    case 'disabledCampaigns':
      return isStringList(value) ? null : '"disabledCampaigns" must be a list of campaign ids';
    case 'allowlist':
      return Array.isArray(value) && value.length <= MAX_LIST && value.every((v) => parseAllowEntry(v) !== null)
        ? null
        : '"allowlist" must be a list of domain names and profile addresses (https://t.me/name)';
  }
}

/** Strict: every key known, every value valid, or an error that names the problem. */
export function parseSettings(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'Settings must be a JSON object.' };
  }
  const record = input as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !KEYS.includes(k as keyof Settings));
  if (unknown.length > 0) {
    return { ok: false, error: `Unknown setting${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 5).join(', ')}.` };
  }
  const settings = { ...DEFAULT_SETTINGS } as Settings;
  for (const key of KEYS) {
    if (!(key in record)) continue;
    const error = fieldError(key, record[key]);
    if (error) return { ok: false, error: `${error}.` };
    (settings as unknown as Record<string, unknown>)[key] = structuredClone(record[key]);
  }
  return { ok: true, settings };
}

/** Lenient: keeps every readable field of stored settings, defaults the rest. Never throws. */
export function repairSettings(input: unknown): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return settings;
  const record = input as Record<string, unknown>;
  for (const key of KEYS) {
    if (key in record && fieldError(key, record[key]) === null) {
      (settings as unknown as Record<string, unknown>)[key] = structuredClone(record[key]);
    }
  }
  return settings;
}

/** The engine options these settings ask for. */
export function judgeOptions(settings: Settings, now?: Date): JudgeOptions {
  return {
    sensitivity: settings.sensitivity,
    disabledCampaigns: settings.disabledCampaigns,
    disabledRoles: settings.disabledRoles,
    allowlist: settings.allowlist,
    ...(now ? { now } : {}),
  };
}

/**
 * Whether a page's own text is read for these settings: only when the text heuristics are on,
 * the site is not trusted, and the lists have a phrase to look for. By default a page's prose is
 * neither read nor sent. The background asks the content script for the text sample on this
 * answer (cs-bg-signals `wantText`); the CLI reads a saved page's text on the same answer.
 */
export function wantsPageText(settings: Settings, allowlisted: boolean, artifacts: number): boolean {
  return settings.sensitivity === 'text' && !allowlisted && artifacts > 0;
}
