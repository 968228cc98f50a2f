/**
 * Campaign names and summaries in the other languages of the UI, kept beside the lists
 * as `lists/i18n/campaigns.<lang>.json` and checked with them:
 *
 *   { "doppelganger": { "name": "Doppelganger", "summary": "…", "source": "3f2a9c10" },
 *     "baybridge": "en" }
 *
 * Every campaign of lists/campaigns.json appears in every language file: translated, or `"en"`
 * (shown in English, and the explorer says so). `source` is a fingerprint of the English name and
 * summary the translation was made from: when the English changes, the translation is stale and
 * is not shown (English is, marked as such) until a translator updates it. The fingerprint is
 * checked again where it is used, so a list update that rewords a summary never shows a
 * translation of the old words.
 *
 * Pure: no file access (scripts/lists.ts reads and writes the files).
 */
import { UI_LANGUAGES, type UiLanguage } from '../extension/ui-language';

/** The languages that get campaign translations: every UI language but English. */
export const CAMPAIGN_LANGUAGES = UI_LANGUAGES.filter((l): l is Exclude<UiLanguage, 'en'> => l !== 'en');
export const CAMPAIGN_I18N_DIR = 'i18n';
export const campaignI18nFile = (lang: string) => `${CAMPAIGN_I18N_DIR}/campaigns.${lang}.json`;

export interface CampaignTranslation {
  name: string;
  summary: string;
  source: string;
}
/** A language's file: a translation, or "en" (shown in English). */
export type CampaignTranslationFile = Record<string, CampaignTranslation | 'en'>;
/** What the pages read: the fresh translations only. */
export type CompiledCampaignTranslations = Record<string, CampaignTranslation>;

/** FNV-1a (32 bit) of the English name and summary, as 8 hex digits: a change detector, not a secret. */
export function campaignSource(campaign: { name: string; summary: string }): string {
  let hash = 0x811c9dc5;
  const text = `${campaign.name}\n${campaign.summary}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export interface TranslationCheck {
  /** Problems that fail `npm run lists`: the file's shape, unknown or missing campaigns. */
  problems: string[];
  /** Translated from older English: not shown until updated (said, not failed). */
  stale: string[];
  compiled: CompiledCampaignTranslations;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v === v.trim();

/** Checks one language file against the campaigns. */
export function checkCampaignTranslations(
  data: unknown,
  campaigns: readonly { id: string; name: string; summary: string }[],
): TranslationCheck {
  const problems: string[] = [];
  const stale: string[] = [];
  const compiled: CompiledCampaignTranslations = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: ['must be a JSON object: campaign id -> { name, summary, source } or "en"'], stale, compiled };
  }
  const record = data as Record<string, unknown>;
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  for (const id of Object.keys(record)) {
    if (!byId.has(id)) problems.push(`${id}: no campaign "${id}" in lists/campaigns.json: remove it or fix the id`);
  }
  for (const campaign of campaigns) {
    if (!Object.hasOwn(record, campaign.id)) {
      problems.push(`${campaign.id}: missing: add its translation, or "en" to show it in English`);
      continue;
    }
    const entry = record[campaign.id];
    if (entry === 'en') continue;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${campaign.id}: must be { "name", "summary", "source" } or "en"`);
      continue;
    }
    const { name, summary, source, ...rest } = entry as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) problems.push(`${campaign.id}: unknown field${extra.length > 1 ? 's' : ''}: ${extra.join(', ')}`);
    if (!isText(name)) problems.push(`${campaign.id}: "name" must be non-empty text without surrounding spaces`);
    if (!isText(summary)) problems.push(`${campaign.id}: "summary" must be non-empty text without surrounding spaces`);
    if (typeof source !== 'string' || !/^[0-9a-f]{8}$/.test(source)) {
      problems.push(`${campaign.id}: "source" must be the fingerprint of the English it translates (${campaignSource(campaign)} today)`);
      continue;
    }
    if (!isText(name) || !isText(summary)) continue;
    if (source !== campaignSource(campaign)) {
      stale.push(campaign.id);
      continue;
    }
    compiled[campaign.id] = { name, summary, source };
  }
  return { problems, stale, compiled };
}

/**
 * A campaign as a page shows it in `lang`: translated when a fresh translation exists, else the
 * English, flagged so the page can say so (and mark it `lang="en"`).
 */
export function localizeCampaign<C extends { id: string; name: string; summary: string }>(
  campaign: C,
  translations: CompiledCampaignTranslations | null,
): { campaign: C; inEnglish: boolean } {
  const own = translations && Object.hasOwn(translations, campaign.id) ? translations[campaign.id] : undefined;
  if (!own || own.source !== campaignSource(campaign)) return { campaign, inEnglish: true };
  return { campaign: { ...campaign, name: own.name, summary: own.summary }, inEnglish: false };
}
