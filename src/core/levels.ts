/**
 * Levels, in one place: their order, their words (as i18n message keys) and their colours. `LEVELS`
 * in types.ts is the single source of the order (highest first); these helpers only read it, so
 * that a new level cannot be ranked, named or coloured differently in two places. The toolbar
 * badge, the popup, the report, the link markers and the warning bar all read from here.
 */
import { LEVELS, type Finding, type Level } from './types';

// Pure: a bundle that only needs the colours or words (the link markers) leaves the ranks out.
const RANK: ReadonlyMap<Level, number> = /* @__PURE__ */ new Map(/* @__PURE__ */ LEVELS.map((level, i) => [level, LEVELS.length - i]));

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

/** The i18n message key of each level's words ("Documented influence operation", ...). */
export const LEVEL_MESSAGE_KEYS = {
  high: 'levelHigh',
  medium: 'levelMedium',
  low: 'levelLow',
  info: 'levelInfo',
  none: 'levelNone',
} as const satisfies Record<Level, string>;

export type LevelMessageKey = (typeof LEVEL_MESSAGE_KEYS)[Level] | 'levelHighImitation' | 'levelAmplifier';

/** Findings from Unmask's own detection (lookalikes, claimed names), not from a listed indicator. */
export function isHeuristic(finding: Pick<Finding, 'reason'>): boolean {
  return (
    finding.reason === 'lookalike-domain' ||
    finding.reason === 'claims-outlet-name' ||
    finding.reason === 'claims-campaign-brand' ||
    finding.reason === 'successor-domain' ||
    finding.reason === 'rewrite-artifact'
  );
}

/**
 * Findings about what a page links to or shows, not about the page itself: their campaign and
 * sources describe the linked sites (a research article that links to spoofs is not the spoofs'
 * operation).
 */
export function isAboutLinks(finding: Pick<Finding, 'reason'>): boolean {
  return finding.reason === 'links-to-flagged' || finding.reason === 'shows-flagged-account';
}

/** A finding about an account a source names as spreading a campaign's content, not run by it. */
export function isAmplifier(finding: Pick<Finding, 'reason' | 'role'>): boolean {
  return finding.role === 'amplifier' && !isAboutLinks(finding);
}

/**
 * The message key of a level's words for a verdict whose top finding is `finding`. `high` is named
 * "Documented influence operation", which is wrong for the one `high` that no source documents (an
 * unlisted lookalike that also claims to be the outlet): that gets its own name. A named amplifier
 * is a real account a source says spread a campaign's content: "likely imitation" and "documented
 * influence operation" would both say more than the source.
 */
export function levelMessageKey(level: Level, finding?: Pick<Finding, 'reason' | 'role'>): LevelMessageKey {
  if (level === 'high' && finding && isHeuristic(finding)) return 'levelHighImitation';
  if (finding && isAmplifier(finding) && (level === 'high' || level === 'medium')) return 'levelAmplifier';
  return LEVEL_MESSAGE_KEYS[level] ?? LEVEL_MESSAGE_KEYS.none;
}

export interface LevelColour {
  /** The level's colour: the badge's background, the banner's, the link marker's sign. */
  background: string;
  /** Text on `background`, at least 4.5:1 (test/unit/ui/contrast.test.ts). */
  text: string;
}

/**
 * One colour per level, for the toolbar badge, the popup and the pages (base.css repeats them as
 * custom properties; test/unit/ui/contrast.test.ts holds the two equal). Each is dark enough for
 * white text and distinct from the toolbar's own greys on light and dark toolbars, so `low` is
 * seen. `none` has no colour of its own: nothing known is not a verdict of safety, so it takes the
 * page's neutral panel (and the badge shows no text at all).
 */
export const LEVEL_COLOURS: Readonly<Record<Exclude<Level, 'none'>, LevelColour>> = {
  high: { background: '#a4161a', text: '#ffffff' },
  medium: { background: '#8a4500', text: '#ffffff' },
  low: { background: '#665300', text: '#ffffff' },
  info: { background: '#1d4f91', text: '#ffffff' },
};
