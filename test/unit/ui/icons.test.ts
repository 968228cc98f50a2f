/**
 * The icon set: drawn as SVG in assets/icon/, rasterised by `npm run icons` to
 * public/icon/<size>.png, listed in the manifest and given to the toolbar action; legible on a
 * light and on a dark toolbar.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url));

/** An 8-bit RGBA, non-interlaced PNG (what Chromium's screenshots are) as width, height and pixels. */
function decodePng(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => [number, number, number, number] } {
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString();
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9], data[12]]).toEqual([8, 6, 0]);
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? out[y * stride + i - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? out[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!;
      out[y * stride + i] = (x + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => [...out.subarray(y * stride + x * 4, y * stride + x * 4 + 4)] as [number, number, number, number],
  };
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (h: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(h.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const hex = ([r, g, b]: number[]) => `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
// Chrome's light and dark toolbar colours.
const TOOLBARS = { light: '#f1f3f4', dark: '#35363a' };

describe('icons', () => {
  it.each([16, 32, 48, 128])('public/icon/%i.png is that size and drawn from the SVG', (size) => {
    const png = decodePng(read(`public/icon/${size}.png`));
    expect([png.width, png.height]).toEqual([size, size]);
    // The corners are transparent (a rounded tile), the centre is opaque.
    expect(png.pixel(0, 0)[3]).toBeLessThan(128);
    expect(png.pixel(size >> 1, size >> 1)[3]).toBe(255);
    expect(read(`assets/icon/${size <= 32 ? 'unmask-small' : 'unmask'}.svg`).toString()).toContain('<svg');
  });

  it.each([16, 32])('the %i px icon has pixels that stand out from a light and from a dark toolbar', (size) => {
    const png = decodePng(read(`public/icon/${size}.png`));
    for (const [name, toolbar] of Object.entries(TOOLBARS)) {
      let best = 0;
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          const p = png.pixel(x, y);
          if (p[3] === 255) best = Math.max(best, contrast(hex(p), toolbar));
        }
      }
      expect(best, name).toBeGreaterThanOrEqual(3);
    }
  });

  it('the manifest gives the toolbar action its icon', () => {
    const config = read('wxt.config.ts').toString();
    expect(config).toMatch(/default_icon: \{ 16: 'icon\/16\.png', 32: 'icon\/32\.png' \}/);
  });
});
