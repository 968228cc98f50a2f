/**
 * Levels have one home (src/core/levels.ts): their order, their words and their colours. The
 * badge, the popup's CSS, the link markers, the warning bar and the bulk table read from it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trustingEntryOf } from '../../../src/core/allowlist';
import { atLeast, LEVEL_COLOURS, levelMessageKey, levelRank } from '../../../src/core/levels';
import { LEVELS, type Finding } from '../../../src/core/types';
import { BADGE } from '../../../src/extension/background/badge';
import { rowLevelRank } from '../../../src/tools/bulk-rows';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const finding = (f: Partial<Finding>) => ({ reason: 'listed-domain', ...f }) as Pick<Finding, 'reason' | 'role'>;

describe('levels in one place', () => {
  it('the toolbar badge and the pages use the same colour for each level', () => {
    const css = read('src/ui/styles/base.css');
    for (const level of ['high', 'medium', 'low', 'info'] as const) {
      const m = new RegExp(`--level-${level}-bg:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
      expect(m?.[1]?.toLowerCase(), level).toBe(LEVEL_COLOURS[level].background);
      expect(BADGE[level].background.toLowerCase(), level).toBe(LEVEL_COLOURS[level].background);
    }
  });

  it('low is a colour of its own, not a toolbar grey', () => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(BADGE.low.background.slice(i, i + 2), 16));
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeGreaterThan(40);
    expect(BADGE.low.text).not.toBe('·');
  });

  it('ranks grow with severity everywhere, the bulk table included', () => {
    const ranks = LEVELS.map(levelRank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(LEVELS.map(rowLevelRank)).toEqual(ranks);
    expect(rowLevelRank('error')).toBeLessThan(rowLevelRank('none'));
    expect(atLeast('high', 'medium') && !atLeast('low', 'medium')).toBe(true);
  });

  it('names the undocumented high and the amplifier by what the source says', () => {
    expect(levelMessageKey('high', finding({ reason: 'lookalike-domain' }))).toBe('levelHighImitation');
    expect(levelMessageKey('medium', finding({ reason: 'listed-account', role: 'amplifier' }))).toBe('levelAmplifier');
    expect(levelMessageKey('info', finding({ reason: 'links-to-flagged', role: 'amplifier' }))).toBe('levelInfo');
    expect(levelMessageKey('high', finding({ role: 'operated-outlet' }))).toBe('levelHigh');
  });

  it('nothing below the UI imports from ui/ for level words', () => {
    for (const file of ['src/extension/background/badge.ts', 'src/extension/background/page-marks.ts']) {
      expect(read(file), file).not.toMatch(/from '\.\.\/\.\.\/ui\//);
    }
    for (const file of ['src/extension/background/page-marks.ts', 'src/extension/content/markers.ts', 'src/tools/bulk-rows.ts']) {
      expect(read(file), file).not.toMatch(/const RANK|LEVEL_KEYS|'levelHigh'/);
    }
  });

  it('one allowlist rule: a trusted account is trusted for the CLI as for the engine', () => {
    expect(trustingEntryOf('https://x.com/someone/status/1', ['https://x.com/someone'])).toBe('https://x.com/someone');
    expect(trustingEntryOf('https://x.com/other', ['https://x.com/someone'])).toBeNull();
    expect(trustingEntryOf('https://news.example.org/a', ['example.org'])).toBe('example.org');
    expect(read('src/core/hosts.ts')).not.toMatch(/export function isAllowlisted/);
  });
});
