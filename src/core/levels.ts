/**
 * Level ordering. `LEVELS` in types.ts is the single source of the order (highest first); these
 * helpers only read it, so that a new level cannot be ranked differently in two places.
 */
import { LEVELS, type Finding, type Level } from './types';

const RANK: ReadonlyMap<Level, number> = new Map(LEVELS.map((level, i) => [level, LEVELS.length - i]));

/** A number that grows with severity: `none` is the smallest. */
export function levelRank(level: Level): number {
  return RANK.get(level) ?? 0;
}

/** True when `a` is at least as severe as `b`. */
export function atLeast(a: Level, b: Level): boolean {
  return levelRank(a) >= levelRank(b);
}

/** The more severe of two levels. */
export function maxLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** The highest level among findings, `none` when there are none. */
export function verdictLevel(findings: readonly Pick<Finding, 'level'>[]): Level {
  let level: Level = 'none';
  for (const f of findings) level = maxLevel(level, f.level);
  return level;
}

/** Sorts findings highest level first; stable, so detector order breaks ties. */
export function sortFindings<T extends Pick<Finding, 'level'>>(findings: T[]): T[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => levelRank(b.f.level) - levelRank(a.f.level) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * True when a verdict from the address alone rests only on names that are common words (a weak
 * lookalike or successor: `bild.hu`, `bostontimes.net`). The page's own name settles those, so
 * the background shows no badge until the page has been read: a real site that shares a common
 * word never flickers a warning.
 */
export function awaitsPage(verdict: { level: Level; findings: readonly Pick<Finding, 'level' | 'evidence'>[] }): boolean {
  return verdict.level === 'low' && verdict.findings.every((f) => f.level !== 'low' || f.evidence.commonName === true);
}
