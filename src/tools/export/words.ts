/**
 * The words of the CSV and Markdown exports (column headings, level words, the context and
 * citation sentences) in the reader's language. The finding sentences come from src/core/i18n
 * (`lang`); everything else is a UI message (`public/_locales/<lang>/messages.json`, keys
 * `export…`), which the bulk page reads through its `t` so that the exports follow the Language
 * setting as the page does.
 *
 * The STIX export is not here: it is a machine format whose property names and vocabulary the
 * standard fixes in English.
 *
 * Pure: Node callers (tests, scripts) that give no language get English, the same words as the
 * English catalogue (held equal by test/unit/tools/export-language.test.ts).
 */
import type { Level } from '../../core/types';
import { formatMessage } from '../../extension/ui-language';

export const EXPORT_ENGLISH = {
  exportCsvColTarget: 'target',
  exportCsvColLevel: 'level',
  exportCsvColCampaign: 'campaign',
  exportCsvColActor: 'actor',
  exportCsvColReason: 'reason',
  exportCsvColSources: 'sources',
  exportCsvColSourceUrls: 'source_urls',
  exportCsvColLine: 'line',
  exportCsvColContext: 'context',
  exportCsvContext: 'Context, not about this target: the imitated outlet was impersonated in $1',
  exportLevelHigh: 'high',
  exportLevelMedium: 'medium',
  exportLevelLow: 'low',
  exportLevelInfo: 'info',
  exportLevelNone: 'none',
  exportLevelError: 'error',
  exportMdColTarget: 'Target',
  exportMdColLevel: 'Level',
  exportMdColCampaign: 'Campaign',
  exportMdColActor: 'Actor',
  exportMdColReason: 'What the source says',
  exportMdColSources: 'Sources',
  exportMdNothing: '(nothing flagged)',
  exportMdContextRefs: 'context $1',
  exportMdSources: 'Sources:',
  exportMdContextNote: 'Context, not about the targets: a report that the imitated outlet was impersonated before.',
  exportMdIntro: 'Checked with Unmask (lists $1) on $2.',
} as const;

export type ExportKey = keyof typeof EXPORT_ENGLISH;

/** The reader's language for an export: the finding sentences' language tag, and the UI messages. */
export interface ExportLanguage {
  /** A language tag for src/core/i18n (`uiLang()` on the bulk page). */
  lang: string;
  /** A message in that language, `$1`.. substituted (the page's `t`). */
  t: (key: ExportKey, ...subs: string[]) => string;
}

export const ENGLISH_EXPORT: ExportLanguage = {
  lang: 'en',
  t: (key, ...subs) => formatMessage(EXPORT_ENGLISH[key], subs),
};

const LEVEL_KEYS = {
  high: 'exportLevelHigh',
  medium: 'exportLevelMedium',
  low: 'exportLevelLow',
  info: 'exportLevelInfo',
  none: 'exportLevelNone',
  error: 'exportLevelError',
} as const satisfies Record<Level | 'error', ExportKey>;

/** A row's level as the level column writes it. */
export function levelWord(level: Level | 'error', language: ExportLanguage): string {
  return language.t(LEVEL_KEYS[level]);
}
