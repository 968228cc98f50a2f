/**
 * Markdown for an article: a table of the flagged targets (level, campaign, actor, what the source
 * says) with numbered citations, then the numbered list of sources (publisher, title, date, URL).
 * Targets, and every host or address inside the prose (a reason naming the outlet a clone imitates,
 * a title, a list's own words), are in code spans: renderers that linkify bare domains would
 * otherwise turn a propaganda domain in a pasted article into a live link. Every cell is escaped:
 * table pipes, line breaks and Markdown's own markup characters.
 */
import type { SourceRef } from '../../core/types';
import { type BulkRow, rowSummary } from '../bulk-rows';
import { ENGLISH_EXPORT, levelWord, type ExportLanguage } from './words';

/** Text in a table cell: no line breaks, pipes and markup escaped. */
export function mdCell(text: string): string {
  return escapeOnly(text.replace(/[\r\n]+/g, ' ')).trim();
}

/**
 * A host or address in prose: an optional scheme, dot-separated labels ending in a label of two or
 * more letters (so "U.S." or "2.5" are not hosts), an optional path. Letters of any script: IDN
 * hosts linkify too.
 */
const HOST_IN_TEXT =
  /(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*[\p{L}\p{N}](?::\d+)?(?:[/?#][^\s|]*[^\s|.,;:!?)\]'"])?/giu;

/** Prose for a table cell or a citation: like `mdCell`, with every host or address as a code span. */
export function mdProse(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  let out = '';
  let last = 0;
  for (const m of clean.matchAll(HOST_IN_TEXT)) {
    out += escapeOnly(clean.slice(last, m.index)) + mdCode(m[0]);
    last = m.index + m[0].length;
  }
  return (out + escapeOnly(clean.slice(last))).trim();
}

/**
 * Our own words (the catalogue's headings and sentences, never page or list text): kept as written,
 * only made safe for a table row (no line break, no unescaped pipe).
 */
function own(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
}

/** `mdCell` without the trim (a piece between two code spans keeps its spaces). */
function escapeOnly(text: string): string {
  return text.replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
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
  const parts = [mdProse(source.publisher), `"${mdProse(source.title)}"`];
  if (source.date) parts.push(source.date);
  // The URL is a list's https link; angle brackets make it an autolink whatever it contains.
  const url = /^https:\/\/[^\s<>]+$/.test(source.url) ? `<${source.url}>` : mdCode(source.url);
  // The note after a dash: notes hold parentheses of their own.
  return `${parts.join(', ')}. ${url}${source.via ? ` — ${mdProse(source.via)}` : ''}`;
}

export interface MarkdownOptions {
  /** A line above the table, e.g. "Checked with Unmask, lists 2026.11.1, on 21 November 2026." */
  intro?: string;
  /** Leave out rows with nothing known (default true): an article lists what was found. */
  flaggedOnly?: boolean;
  /** The reader's language: headings, level words and sentences (default English). */
  language?: ExportLanguage;
}

export function toMarkdown(rows: readonly BulkRow[], options: MarkdownOptions = {}): string {
  const flaggedOnly = options.flaggedOnly ?? true;
  const language = options.language ?? ENGLISH_EXPORT;
  const say = language.t;
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
    const s = rowSummary(row, language.lang);
    if (flaggedOnly && (s.level === 'none' || s.level === 'error')) continue;
    const refs = s.sources.map((src) => (evidence.add(src.id), ref(src)));
    const context = s.context.map((src) => (contextOnly.add(src.id), ref(src)));
    const cell = [...refs, ...(context.length > 0 ? [own(say('exportMdContextRefs', context.join(' ')))] : [])].join(' ');
    const level = own(levelWord(s.level, language));
    body.push(`| ${mdCode(row.target)} | ${level} | ${mdProse(s.campaign)} | ${mdProse(s.actor)} | ${mdProse(s.reason)} | ${cell} |`);
  }
  const out: string[] = [];
  if (options.intro) out.push(options.intro.replace(/[\r\n]+/g, ' '), '');
  const headings = (
    ['exportMdColTarget', 'exportMdColLevel', 'exportMdColCampaign', 'exportMdColActor', 'exportMdColReason', 'exportMdColSources'] as const
  ).map((key) => mdCell(say(key)));
  out.push(`| ${headings.join(' | ')} |`, '|---|---|---|---|---|---|', ...body);
  if (body.length === 0) out.push(`| ${own(say('exportMdNothing'))} | | | | | |`);
  if (ordered.length > 0) {
    out.push('', own(say('exportMdSources')), '');
    ordered.forEach((src, i) => {
      const context = contextOnly.has(src.id) && !evidence.has(src.id);
      out.push(`${i + 1}. ${context ? `${own(say('exportMdContextNote'))} ` : ''}${citation(src)}`);
    });
  }
  return `${out.join('\n')}\n`;
}
