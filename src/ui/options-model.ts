/**
 * Pure rules of the options page: reading a typed site or account for the allowlist and reading an imported
 * settings file. Both are strict and never change anything on bad input: they return an error a
 * person can act on, and the page shows it.
 */
import { hostOfUrl, isPublicSuffix, normalizeHost, registrableDomain } from '../core/hosts';
import type { Role } from '../core/types';
import { isProfileHost } from '../core/handles';
import { parseSettings, type Settings } from '../extension/settings';
import { t, type Translate } from './i18n';
import { trustTargetOf } from './view-model';

export type TrustInputResult = { ok: true; entry: string; label: string } | { ok: false; error: string };

/**
 * A site or account typed by a person for the allowlist (src/core/allowlist.ts):
 * - a domain (`example.org`, `www.example.org`) or a pasted address (`https://news.example.org/a`):
 *   its registrable domain, so `news.example.co.uk` becomes `example.co.uk`; a bare public suffix
 *   (`co.uk`, `github.io`) is refused because trusting it would trust every site under it;
 * - a profile or post address on a platform (`https://t.me/name/45`): that account, stored as its
 *   profile URL. A platform itself (`x.com`, `https://t.me/`) is refused: it hosts every listed
 *   account there.
 */
export function parseTrustInput(input: string): TrustInputResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: t('domainErrorEmpty') };
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  const host = isUrl ? hostOfUrl(trimmed) : normalizeHost(trimmed);
  if (!host) return { ok: false, error: t('domainErrorInvalid', trimmed.slice(0, 80)) };
  const account = trustTargetOf(isUrl ? trimmed : `https://${trimmed}`);
  if (account?.kind === 'account') return { ok: true, entry: account.entry, label: account.label };
  if (isProfileHost(host)) return { ok: false, error: t('domainErrorPlatform', registrableDomain(host) ?? host) };
  if (isPublicSuffix(host)) return { ok: false, error: t('domainErrorSuffix', host) };
  const domain = registrableDomain(host);
  if (!domain) return { ok: false, error: t('domainErrorInvalid', trimmed.slice(0, 80)) };
  return { ok: true, entry: domain, label: domain };
}

/** Adds a site or account to the allowlist (sorted, no duplicates); a new object, the old one untouched. */
export function withAllowed(settings: Settings, entry: string): Settings {
  const allowlist = [...new Set([...settings.allowlist, entry])].sort();
  return { ...settings, allowlist };
}

export function withoutAllowed(settings: Settings, entry: string): Settings {
  return { ...settings, allowlist: settings.allowlist.filter((d) => d !== entry) };
}

export function withCampaign(settings: Settings, id: string, enabled: boolean): Settings {
  const off = new Set(settings.disabledCampaigns);
  if (enabled) off.delete(id);
  else off.add(id);
  return { ...settings, disabledCampaigns: [...off].sort() };
}

export function withRole(settings: Settings, role: Role, enabled: boolean): Settings {
  const off = new Set(settings.disabledRoles);
  if (enabled) off.delete(role);
  else off.add(role);
  return { ...settings, disabledRoles: [...off].sort() };
}

/** Imports are capped: a settings file is a few kilobytes; anything huge is a mistake. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

/**
 * Reads pasted or uploaded settings JSON. Invalid input gives an error and no settings. The CLI
 * (`check --settings FILE`) reads a file through this same function, with `message` reading the
 * English catalogue, since there is no browser to ask.
 */
export function importSettingsText(text: string, message: Translate = t): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: message('importErrorTooLarge') };
  if (text.trim() === '') return { ok: false, error: message('importErrorEmpty') };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: message('importErrorJson') };
  }
  const parsed = parseSettings(data);
  // parseSettings' messages name the field in English (they are shared with the CLI and tests);
  // they are wrapped in a translated sentence.
  return parsed.ok ? parsed : { ok: false, error: message('importErrorInvalid', parsed.error) };
}

/** The exported file: the settings as they are, pretty-printed, so people can read and edit them. */
export function exportSettingsText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
