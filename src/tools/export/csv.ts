/**
 * CSV export (RFC 4180: CRLF line ends, every field quoted when it holds a quote, a delimiter or a
 * line break). Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula, and
 * targets and page-derived names are attacker-chosen text: such cells get a leading `'` (OWASP's
 * CSV-injection advice), which shows as text and is visible, never silently changed.
 */
import { type BulkRow, rowSummary } from '../bulk-rows';

export const CSV_COLUMNS = ['target', 'level', 'campaign', 'actor', 'reason', 'sources', 'source_urls', 'line'] as const;

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
      s.sources.map((src) => `${src.publisher}: ${src.title}${src.date ? ` (${src.date})` : ''}`).join(' | '),
      s.sources.map((src) => src.url).join(' '),
      String(row.line),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
