/**
 * Pure rules of the options page: reading a typed site or account for the allowlist and reading an imported
 * settings file. Both are strict and never change anything on bad input: they return an error a
 * person can act on, and the page shows it.
 */
import { hostOfUrl, isPublicSuffix, normalizeHost, registrableDomain } from '../core/hosts';
import type { Role } from '../core/types';
import { isProfileHost } from '../core/handles';
import { parseSettings, type Settings } from '../extension/settings';
import { LANGUAGE_NAMES, type LanguageSetting } from '../extension/ui-language';
import { t, type MessageKey, type Translate } from './i18n';
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

/** How a settings import summary names what it changes (the options page passes its labels). */
export interface SummaryNames {
  campaign: (id: string) => string;
  role: (role: Role) => string;
}

const SENSITIVITY_KEYS: Record<Settings['sensitivity'], MessageKey> = {
  documented: 'sensitivityDocumented',
  lookalikes: 'sensitivityLookalikes',
  text: 'sensitivityText',
};
const WARNING_KEYS: Record<Settings['warningBar'], MessageKey> = {
  off: 'warningBarOff',
  high: 'warningBarHigh',
  medium: 'warningBarMedium',
};
const SWITCHES: [keyof Settings, MessageKey][] = [
  ['linkMarkers', 'linkMarkersLabel'],
  ['badgeOnly', 'badgeOnlyLabel'],
  ['ownListsOnPages', 'ownListsOnPagesLabel'],
  ['trainingMode', 'trainingModeLabel'],
];
function languageName(language: LanguageSetting, message: Translate): string {
  return language === 'auto' ? message('languageAuto') : LANGUAGE_NAMES[language];
}
/** Entries named in a summary line; the rest are counted. */
const SHOWN = 5;

function named(values: readonly string[], name: (v: string) => string): string {
  const shown = values.slice(0, SHOWN).map(name).join(', ');
  return values.length > SHOWN ? t('importChangeMore', shown, values.length - SHOWN) : shown;
}

/**
 * What importing `next` over `current` would change, one line each, for the person to read before
 * it is applied: a settings file may come from anyone, and one that trusts ten thousand sites or
 * turns the bar off must not do so silently. Empty when nothing would change.
 */
export function settingsImportSummary(current: Settings, next: Settings, names: SummaryNames, message: Translate = t): string[] {
  const lines: string[] = [];
  const change = (label: MessageKey, from: string, to: string) => lines.push(message('importChange', message(label), from, to));
  if (current.sensitivity !== next.sensitivity)
    change('sensitivityLegend', message(SENSITIVITY_KEYS[current.sensitivity]), message(SENSITIVITY_KEYS[next.sensitivity]));
  if (current.language !== next.language)
    change('languageLabel', languageName(current.language, message), languageName(next.language, message));
  if (current.warningBar !== next.warningBar)
    change('warningBarLegend', message(WARNING_KEYS[current.warningBar]), message(WARNING_KEYS[next.warningBar]));
  for (const [key, label] of SWITCHES) {
    if (current[key] !== next[key])
      change(label, message(current[key] ? 'importOn' : 'importOff'), message(next[key] ? 'importOn' : 'importOff'));
  }
  const diff = <T extends string>(from: readonly T[], to: readonly T[]) => ({
    added: to.filter((v) => !from.includes(v)),
    removed: from.filter((v) => !to.includes(v)),
  });
  const trust = diff(current.allowlist, next.allowlist);
  if (trust.added.length)
    lines.push(
      message(
        'importTrustAdded',
        String(trust.added.length),
        named(trust.added, (v) => v),
      ),
    );
  if (trust.removed.length)
    lines.push(
      message(
        'importTrustRemoved',
        String(trust.removed.length),
        named(trust.removed, (v) => v),
      ),
    );
  const campaigns = diff(current.disabledCampaigns, next.disabledCampaigns);
  if (campaigns.added.length)
    lines.push(message('importCampaignsOff', String(campaigns.added.length), named(campaigns.added, names.campaign)));
  if (campaigns.removed.length)
    lines.push(message('importCampaignsOn', String(campaigns.removed.length), named(campaigns.removed, names.campaign)));
  const roles = diff(current.disabledRoles, next.disabledRoles);
  if (roles.added.length)
    lines.push(
      message(
        'importRolesOff',
        named(roles.added, (r) => names.role(r as Role)),
      ),
    );
  if (roles.removed.length)
    lines.push(
      message(
        'importRolesOn',
        named(roles.removed, (r) => names.role(r as Role)),
      ),
    );
  return lines;
}
