/**
 * Markdown for an article: a table of the flagged targets (level, campaign, actor, what the source
 * says) with numbered citations, then the numbered list of sources (publisher, title, date, URL).
 * Targets are in code spans so that a pasted article never turns a propaganda domain into a link.
 * Every cell is escaped: table pipes, line breaks and Markdown's own markup characters.
 */
import type { SourceRef } from '../../core/types';
import { type BulkRow, rowSummary } from '../bulk-rows';

/** Text in a table cell: no line breaks, pipes and markup escaped. */
export function mdCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1')
    .trim();
}

/** A code span that survives any backticks inside (CommonMark: a longer fence, padded). */
export function mdCode(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '%7C');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

function citation(source: SourceRef): string {
  const parts = [mdCell(source.publisher), `"${mdCell(source.title)}"`];
  if (source.date) parts.push(source.date);
  // The URL is a list's https link; angle brackets make it an autolink whatever it contains.
  const url = /^https:\/\/[^\s<>]+$/.test(source.url) ? `<${source.url}>` : mdCell(source.url);
  // The note after a dash: notes hold parentheses of their own.
  return `${parts.join(', ')}. ${url}${source.via ? ` — ${mdCell(source.via)}` : ''}`;
}

export interface MarkdownOptions {
  /** A line above the table, e.g. "Checked with Unmask, lists 2026.11.1, on 21 November 2026." */
  intro?: string;
  /** Leave out rows with nothing known (default true): an article lists what was found. */
  flaggedOnly?: boolean;
}

export function toMarkdown(rows: readonly BulkRow[], options: MarkdownOptions = {}): string {
  const flaggedOnly = options.flaggedOnly ?? true;
  const numbers = new Map<string, number>();
  const ordered: SourceRef[] = [];
  // Sources cited only as context (an imitated outlet's earlier impersonations), never as evidence.
  const contextOnly = new Set<string>();
  const evidence = new Set<string>();
  const body: string[] = [];
  const ref = (src: SourceRef): string => {
    let n = numbers.get(src.id);
    if (n === undefined) {
      n = ordered.length + 1;
      numbers.set(src.id, n);
      ordered.push(src);
    }
    return `[${n}]`;
  };
  for (const row of rows) {
    const s = rowSummary(row);
    if (flaggedOnly && (s.level === 'none' || s.level === 'error')) continue;
    const refs = s.sources.map((src) => (evidence.add(src.id), ref(src)));
    const context = s.context.map((src) => (contextOnly.add(src.id), ref(src)));
    const cell = [...refs, ...(context.length > 0 ? [`context ${context.join(' ')}`] : [])].join(' ');
    body.push(`| ${mdCode(row.target)} | ${s.level} | ${mdCell(s.campaign)} | ${mdCell(s.actor)} | ${mdCell(s.reason)} | ${cell} |`);
  }
  const out: string[] = [];
  if (options.intro) out.push(options.intro.replace(/[\r\n]+/g, ' '), '');
  out.push('| Target | Level | Campaign | Actor | What the source says | Sources |', '|---|---|---|---|---|---|', ...body);
  if (body.length === 0) out.push('| (nothing flagged) | | | | | |');
  if (ordered.length > 0) {
    out.push('', 'Sources:', '');
    ordered.forEach((src, i) => {
      const context = contextOnly.has(src.id) && !evidence.has(src.id);
      out.push(`${i + 1}. ${context ? 'Context, not about the targets: a report that the imitated outlet was impersonated before. ' : ''}${citation(src)}`);
    });
  }
  return `${out.join('\n')}\n`;
}
