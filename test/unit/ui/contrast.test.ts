/**
 * WCAG 2.1 contrast of the colours in src/ui/styles/base.css, in the light theme and in the dark one
 * (`prefers-color-scheme: dark` overrides some variables): every text/background pair the pages use
 * is at least 4.5:1 (AA for normal text), borders of controls at least 3:1 (1.4.11).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../src/ui/styles/base.css', import.meta.url), 'utf8');
const DARK = '@media (prefers-color-scheme: dark)';
const varsOf = (text: string) => new Map([...text.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
const darkStart = css.indexOf(DARK);
const darkBlock = darkStart < 0 ? '' : css.slice(darkStart, css.indexOf('\n}\n', darkStart));
const light = varsOf(css.replace(darkBlock, ''));
const THEMES = { light, dark: new Map([...light, ...varsOf(darkBlock)]) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

let vars = light;
const color = (name: string) => {
  const value = vars.get(name);
  if (!value) throw new Error(`--${name} not found in base.css`);
  return value;
};

it('base.css has a dark theme that changes the page colours', () => {
  expect(darkBlock).not.toBe('');
  expect(THEMES.dark.get('bg')).not.toBe(THEMES.light.get('bg'));
  expect(THEMES.dark.get('text')).not.toBe(THEMES.light.get('text'));
});

describe.each(Object.entries(THEMES))('colour contrast (base.css, %s theme)', (_theme, themeVars) => {
  beforeEach(() => {
    vars = themeVars;
  });
  it('the formula matches known values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  const textPairs: [string, string][] = [
    ['text', 'bg'],
    ['muted', 'bg'],
    ['link', 'bg'],
    ['button-fg', 'button-bg'],
    ['button-bg', 'bg'],
    ['error', 'bg'],
    ['ok', 'bg'],
    ['text', 'panel'],
    ['muted', 'panel'],
    ...(['high', 'medium', 'low', 'info', 'none', 'trusted'] as const).map((l): [string, string] => [`level-${l}-fg`, `level-${l}-bg`]),
  ];
  it.each(textPairs)('--%s on --%s is at least 4.5:1', (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it('focus ring and control borders are at least 3:1 against the page', () => {
    expect(contrast(color('focus'), color('bg'))).toBeGreaterThanOrEqual(3);
    expect(contrast(color('border'), color('bg'))).toBeGreaterThanOrEqual(3);
  });

  it('level colours differ from each other (the icon and words carry the meaning too)', () => {
    const levels = ['high', 'medium', 'low', 'info', 'none', 'trusted'].map((l) => color(`level-${l}-bg`));
    expect(new Set(levels).size).toBe(6);
  });
});
