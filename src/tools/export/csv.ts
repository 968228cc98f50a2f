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

/**
 * `sources` are the finding's evidence only; `context` holds the reports that an imitated outlet
 * was impersonated before (core/finding-sources.ts), labelled as such, for a lookalike no source
 * documents.
 */
export const CSV_COLUMNS = ['target', 'level', 'campaign', 'actor', 'reason', 'sources', 'source_urls', 'line', 'context'] as const;

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

/** `lang`: the language of the `reason` column (English by default, like the rest of the file). */
export function toCsv(rows: readonly BulkRow[], lang = 'en'): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const s = rowSummary(row, lang);
    const cells = [
      row.target,
      s.level,
      s.campaign,
      s.actor,
      s.reason,
      s.sources.map(cite).join(' | '),
      s.sources.map((src) => src.url).join(' '),
      String(row.line),
      s.context.length > 0
        ? `Context, not about this target: the imitated outlet was impersonated in ${s.context.map((src) => `${cite(src)} ${src.url}`).join(' | ')}`
        : '',
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
