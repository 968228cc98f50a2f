/**
 * CSV export (RFC 4180: CRLF line ends, every field quoted when it holds a quote or a line break).
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula, and targets and
 * page-derived names are attacker-chosen text: such cells get a leading `'` (OWASP's CSV-injection
 * advice), which shows as text and is visible, never silently changed.
 *
 * The file is written with commas, but a spreadsheet may open it with its locale's separator
 * (`;` in most of Europe, a tab when pasted), and then `x.com;=1+2` becomes two cells, the second a
 * formula. So a field holding any of those separators is quoted, and every piece it would split
 * into is guarded as a cell of its own.
 */
import type { SourceRef } from '../../core/types';
import { type BulkRow, rowSummary } from '../bulk-rows';
import { ENGLISH_EXPORT, levelWord, type ExportKey, type ExportLanguage } from './words';

/**
 * The columns' headings, as message keys (English: target, level, campaign, actor, reason, sources,
 * source_urls, line, context). `sources` are the finding's evidence only; `context` holds the
 * reports that an imitated outlet was impersonated before (core/finding-sources.ts), labelled as
 * such, for a lookalike no source documents.
 */
export const CSV_COLUMNS = [
  'exportCsvColTarget',
  'exportCsvColLevel',
  'exportCsvColCampaign',
  'exportCsvColActor',
  'exportCsvColReason',
  'exportCsvColSources',
  'exportCsvColSourceUrls',
  'exportCsvColLine',
  'exportCsvColContext',
] as const satisfies readonly ExportKey[];

const cite = (src: SourceRef) => `${src.publisher}: ${src.title}${src.date ? ` (${src.date})` : ''}`;

/** Field separators of the common spreadsheet locales: comma, semicolon, tab. */
const SEPARATOR = /([,;\t])/;
/** A formula trigger at the start of a cell, after any spaces a spreadsheet may trim. */
const TRIGGER = /^[ \u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** Neutralises formula triggers in the field and in every piece a separator would cut it into, then quotes. */
export function csvCell(value: string): string {
  const pieces = value.split(SEPARATOR);
  // split() with a capture group keeps the separators at odd indexes; a tab is both a separator
  // and a trigger, so a field starting with one is guarded too.
  const guarded = pieces.map((piece, i) => (i % 2 === 0 && TRIGGER.test(piece) ? `'${piece}` : piece));
  if (value.startsWith('\t')) guarded.unshift("'");
  const v = guarded.join('');
  return /[",;\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * `language`: the reader's, for the headings, the level words and the sentences (English by
 * default). Names, titles and addresses are written as the lists and the input have them.
 */
export function toCsv(rows: readonly BulkRow[], language: ExportLanguage = ENGLISH_EXPORT): string {
  const lines = [CSV_COLUMNS.map((key) => csvCell(language.t(key))).join(',')];
  for (const row of rows) {
    const s = rowSummary(row, language.lang);
    const cells = [
      row.target,
      levelWord(s.level, language),
      s.campaign,
      s.actor,
      s.reason,
      s.sources.map(cite).join(' | '),
      s.sources.map((src) => src.url).join(' '),
      String(row.line),
      s.context.length > 0 ? language.t('exportCsvContext', s.context.map((src) => `${cite(src)} ${src.url}`).join(' | ')) : '',
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
