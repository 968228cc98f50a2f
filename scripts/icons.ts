/**
 * Rasterises the icon drawings (assets/icon/*.svg) to the PNGs the manifest uses
 * (public/icon/<size>.png, which WXT lists as `icons` and the build gives the toolbar action), with
 * the headless Chromium the real-browser tests use. 16 and 32 px come from the small drawing (a
 * pixel-grid version with a thicker rim), 48 and 128 px from the full one.
 *
 *   npm run icons            (CHROMIUM=/path/to/chromium to use another browser)
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ICON_SIZES = [16, 32, 48, 128] as const;

const drawing = (size: number) => join(ROOT, 'assets/icon', size <= 32 ? 'unmask-small.svg' : 'unmask.svg');

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    mkdirSync(join(ROOT, 'public/icon'), { recursive: true });
    for (const size of ICON_SIZES) {
      const svg = readFileSync(drawing(size), 'utf8');
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img alt="" width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
      );
      await page.waitForFunction(() => document.images[0]?.complete === true);
      const out = join(ROOT, `public/icon/${size}.png`);
      await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
