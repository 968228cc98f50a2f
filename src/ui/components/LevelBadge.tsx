/**
 * The level in words, colour AND shape (WCAG 1.4.1: never colour alone): an octagon for high, a
 * triangle for medium, a circle with "!" for low, a circle with "i" for info, an empty
 * circle with a dash for none (nothing known is not a verdict of safety: never a check mark).
 * The shape is decorative (aria-hidden); the words are the accessible name.
 */
import type { Finding, Level } from '../../core/types';
import { levelName } from '../view-model';

export function LevelIcon({ level }: { level: Level }) {
  const common = {
    width: 20,
    height: 20,
    viewBox: '0 0 20 20',
    'aria-hidden': 'true' as const,
    focusable: 'false' as const,
    class: 'level-icon',
  };
  switch (level) {
    case 'high':
      return (
        <svg {...common}>
          <polygon points="6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6" fill="currentColor" />
          <rect x="9" y="5" width="2" height="6.5" fill="var(--level-icon-mark)" />
          <rect x="9" y="13" width="2" height="2" fill="var(--level-icon-mark)" />
        </svg>
      );
    case 'medium':
      return (
        <svg {...common}>
          <polygon points="10,1 19.5,18.5 0.5,18.5" fill="currentColor" />
          <rect x="9" y="7" width="2" height="6" fill="var(--level-icon-mark)" />
          <rect x="9" y="14.5" width="2" height="2" fill="var(--level-icon-mark)" />
        </svg>
      );
    case 'low':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="2" />
          <rect x="9" y="5" width="2" height="6.5" fill="currentColor" />
          <rect x="9" y="13" width="2" height="2" fill="currentColor" />
        </svg>
      );
    case 'info':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="2" />
          <rect x="9" y="8.5" width="2" height="6.5" fill="currentColor" />
          <rect x="9" y="5" width="2" height="2" fill="currentColor" />
        </svg>
      );
    case 'none':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="2" />
          <rect x="5.5" y="9" width="9" height="2" fill="currentColor" />
        </svg>
      );
  }
}

/** A compact badge for a finding or a flagged link. */
export function LevelBadge({ level, finding }: { level: Level; finding?: Finding }) {
  return (
    <span class={`level-badge level-${level}`} data-level={level}>
      <LevelIcon level={level} />
      <span class="level-words">{levelName(level, finding)}</span>
    </span>
  );
}
