/**
 * CSV export (RFC 4180: CRLF line ends, every field quoted when it holds a quote, a delimiter or a
 * line break). Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula, and
 * targets and page-derived names are attacker-chosen text: such cells get a leading `'` (OWASP's
 * CSV-injection advice), which shows as text and is visible, never silently changed.
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

/** Neutralises formula triggers, then quotes per RFC 4180. */
export function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: readonly BulkRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const s = rowSummary(row);
    const cells = [
      row.target,
      s.level,
      s.campaign,
      s.actor,
      s.reason,
      s.sources.map(cite).join(' | '),
      s.sources.map((src) => src.url).join(' '),
      String(row.line),
      s.context.length > 0 ? `Context, not about this target: the imitated outlet was impersonated in ${s.context.map((src) => `${cite(src)} ${src.url}`).join(' | ')}` : '',
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
