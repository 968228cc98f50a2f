/**
 * The toolbar badge: the one in-browser surface a page cannot cover or fake. Short text AND colour
 * per level (the text alone tells the levels apart, for people who do not see the colours), and a
 * title that says the level in words.
 */
import { browser } from 'wxt/browser';
import { LEVEL_COLOURS, LEVEL_MESSAGE_KEYS, levelMessageKey } from '../../core/levels';
import type { Finding, Level } from '../../core/types';
import { platform } from '../platform';

export interface BadgeStyle {
  text: string;
  background: string;
  /** Text colour chosen for contrast on `background` (>= 4.5:1). */
  color: string;
  /** i18n key of the level in words. */
  levelKey: string;
}

/** A level's badge: its colour is the popup's (core/levels.ts); `none` shows no text at all. */
function style(level: Exclude<Level, 'none'>, text: string): BadgeStyle {
  return { text, background: LEVEL_COLOURS[level].background, color: LEVEL_COLOURS[level].text, levelKey: LEVEL_MESSAGE_KEYS[level] };
}

export const BADGE: Readonly<Record<Level, BadgeStyle>> = {
  high: style('high', '!'),
  medium: style('medium', '?'),
  low: style('low', '~'),
  info: style('info', 'i'),
  none: { text: '', background: '#4a4f57', color: '#ffffff', levelKey: LEVEL_MESSAGE_KEYS.none },
};

/**
 * The level in words, exactly as the popup and report name it (one function for all three): a
 * `high` that no source documents (an unlisted lookalike claiming the outlet) is "Imitation of a
 * real outlet", never "Documented influence operation".
 */
export function levelWords(level: Level, top?: Finding): string {
  return platform.message(levelMessageKey(level, top));
}

/** Shows a tab's level; `null` (a page we do not judge: browser pages, files) clears it. */
export async function showBadge(tabId: number, level: Level | null, allowlisted = false, top?: Finding): Promise<void> {
  const style = BADGE[level ?? 'none'];
  const title =
    level === null
      ? platform.message('extName')
      : allowlisted
        ? platform.message('badgeTitleAllowlisted')
        : platform.message('badgeTitle', [levelWords(level, top)]);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: style.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: style.background }),
      // Firefox and Chrome 110+; the fake returns nothing.
      browser.action.setBadgeTextColor?.({ tabId, color: style.color }),
      browser.action.setTitle({ tabId, title }),
    ]);
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
