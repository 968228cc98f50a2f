/**
 * What the background lets into a page: the warning bar's words and the link markers. Everything a
 * page shows can be seen by the page, so these rules decide what a flagged site
 * may learn from its visitor's browser:
 *
 * - `badgeOnly`: nothing. No bar, no marker; the toolbar badge and popup still say everything.
 * - Findings that come only from the person's own lists (every source is theirs: a private list of
 *   a journalist's) get no bar and no marker unless the person opted in (`ownListsOnPages`), with
 *   the options page's warning: the site would learn that it is on one of their lists. The bar
 *   then speaks of the highest finding that is Unmask's own, if any reaches the warning level.
 * - A marker carries the link and its level only (and the level's words in the chosen language);
 *   its sentence stays in the report.
 */
import { hostOfUrl } from '../../core/hosts';
import { atLeast } from '../../core/levels';
import type { FlaggedTarget, Finding, Level } from '../../core/types';
import { isOwnListFinding } from '../../core/finding-sources';
import type { PageMarker, TabState, WarningInfo } from '../messages';
import type { Settings } from '../settings';
import { levelWords } from './badge';
import { platform } from '../platform';
import { parseLang } from '../../core/i18n/langs';
import type { Lang } from '../../core/i18n/types';

function warningLevelReached(level: Level, set: Settings): boolean {
  if (set.warningBar === 'off') return false;
  return atLeast(level, set.warningBar);
}

/** The finding the bar may speak of: the first (highest) one the page may know about. */
function barFinding(findings: readonly Finding[], set: Settings): Finding | undefined {
  return set.ownListsOnPages ? findings[0] : findings.find((f) => !isOwnListFinding(f));
}

/**
 * The language the bar's sentence is rendered in when it is not English: the one the extension
 * speaks (its `uiLang` message, in the options' language when they chose one), or null.
 */
export function barLanguage(): Exclude<Lang, 'en'> | null {
  const lang = parseLang(platform.message('uiLang'));
  return lang === null || lang === 'en' ? null : lang;
}

/**
 * The script that gives the bar the sentences of `lang` (entrypoints/sentences-<lang>.ts),
 * injected before the bar's own: only the reader's language is brought into the page.
 */
export const sentenceScript = (lang: Exclude<Lang, 'en'>): string => `/sentences-${lang}.js`;

/** What the warning bar shows for a tab, or null for no bar. */
export function warningInfo(state: TabState, set: Settings, dismissedHosts: readonly string[]): WarningInfo | null {
  if (set.badgeOnly || state.allowlisted || state.verdict.level === 'none') return null;
  const top = barFinding(state.verdict.findings, set);
  if (!top) return null;
  const level = top === state.verdict.findings[0] ? state.verdict.level : top.level;
  if (!warningLevelReached(level, set)) return null;
  const host = hostOfUrl(state.url);
  if (host !== null && dismissedHosts.includes(host)) return null;
  const levelName = levelWords(level, top);
  // English is the finding's summary (the English catalogue renders every message as its summary);
  // another language is rendered by the bar with the one catalogue injected with it.
  const info: WarningInfo = { level, levelName, headline: top.summary };
  const lang = barLanguage();
  if (lang !== null && top.message !== undefined) info.sentence = { lang, message: top.message };
  if (platform.catalogues !== null) {
    const say = (key: string, subs?: string[]) => platform.message(key, subs);
    info.words = {
      warningBarLevel: say('warningBarLevel', [levelName]),
      warningBarOpenReport: say('warningBarOpenReport'),
      warningBarDismiss: say('warningBarDismiss'),
      warningBarLabel: say('warningBarLabel'),
    };
  }
  return info;
}

/** The markers for one batch of a page's links and accounts (`batch`: the hrefs it sent). */
export function pageMarkers(flagged: readonly FlaggedTarget[], batch: ReadonlySet<string>, set: Settings, max: number): PageMarker[] {
  if (set.badgeOnly || !set.linkMarkers) return [];
  const out: PageMarker[] = [];
  for (const f of flagged) {
    if (out.length >= max) break;
    if (!batch.has(f.href) || (f.ownList && !set.ownListsOnPages)) continue;
    // Words only when the options override the browser's language: else the content script's
    // own getMessage already speaks it, and the message stays as small as it was.
    out.push(
      platform.catalogues === null ? { href: f.href, level: f.level } : { href: f.href, level: f.level, words: levelWords(f.level) },
    );
  }
  return out;
}
