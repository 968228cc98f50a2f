/**
 * One row of the bulk table and of every export: a target as typed, and what the engine said
 * about it (or why it could not be judged). `rowSummary` is the single place that reduces a verdict
 * to table columns, so the table, the CSV and the Markdown never disagree.
 */
import type { Actor, Campaign, Finding, Level, Source, SourceRef, Verdict } from '../core/types';
import { contextSources, evidenceSources } from '../core/finding-sources';
import { levelRank } from '../core/levels';
import { findingSentence, tryRender } from '../core/i18n/render';
import type { SummaryMessage } from '../core/i18n/types';

export interface BulkRow {
  /** 1-based line in the input. */
  line: number;
  target: string;
  verdict?: Verdict;
  /** Why the target could not be judged (the engine's TargetError message, English). */
  error?: string;
  /** The same as data, rendered in the reader's language (TargetError.sentence). */
  errorSentence?: SummaryMessage;
}

/** What exports need from the index: names, attributions and sources. `UiLists` satisfies it. */
export interface ExportLists {
  version: string;
  campaigns: ReadonlyMap<string, Campaign>;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
}

export type RowLevel = Level | 'error';

export interface RowSummary {
  level: RowLevel;
  /** The top finding: the one the columns describe. */
  finding?: Finding;
  campaign: string;
  campaignId?: string;
  actor: string;
  /** The top finding's sentence, or the parse error. */
  reason: string;
  /** Sources of every finding about the target itself, in order, without repeats. */
  sources: SourceRef[];
  /**
   * Reports that an imitated outlet was impersonated before (core/finding-sources.ts): context for
   * a lookalike Unmask found itself, never a source of the finding. Not repeated from `sources`.
   */
  context: SourceRef[];
  /** How many findings the verdict has. */
  findings: number;
}

/** `lang`: the language of `reason` (the table's is the page's; exports pass theirs). */
export function rowSummary(row: BulkRow, lang = 'en'): RowSummary {
  if (!row.verdict) {
    return {
      level: 'error',
      campaign: '',
      actor: '',
      reason: tryRender(lang, row.errorSentence) ?? row.error ?? '',
      sources: [],
      context: [],
      findings: 0,
    };
  }
  const top = row.verdict.findings[0];
  const seen = new Set<string>();
  const sources: SourceRef[] = [];
  for (const f of row.verdict.findings) {
    for (const s of evidenceSources(f)) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      sources.push(s);
    }
  }
  const context: SourceRef[] = [];
  for (const f of row.verdict.findings) {
    for (const s of contextSources(f)) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      context.push(s);
    }
  }
  return {
    level: row.verdict.level,
    finding: top,
    campaign: top?.campaign?.name ?? '',
    campaignId: top?.campaign?.id,
    actor: top?.actor?.name ?? '',
    reason: top ? findingSentence(top, lang) : '',
    sources,
    context,
    findings: row.verdict.findings.length,
  };
}

/**
 * A row's level as a number that grows with severity (core/levels.ts `levelRank`); a target that
 * could not be judged is below `none`.
 */
export function rowLevelRank(level: RowLevel): number {
  return level === 'error' ? -1 : levelRank(level);
}
