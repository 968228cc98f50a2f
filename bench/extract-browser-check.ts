/**
 * Cross-check: extractSignals as a content script in real Chromium (isolated world, MV3) and
 * Firefox (Xrays, MV2 temporary add-on) gives the same signals as the CLI's happy-dom loader, for
 * every fixture page, served from a local server (no other network). Prints one line per page and
 * browser, and exits 1 on any difference.
 * Run: npx tsx bench/extract-browser-check.ts   (after nothing: it bundles extract.ts itself)
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { documentFromHtml } from '../src/cli/html';
import { extractSignals } from '../src/signals/extract';

const PAGES = new URL('../test/fixtures/pages/', import.meta.url).pathname;
const pages = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort();

const dir = mkdtempSync(join(tmpdir(), 'unmask-signals-check-'));
const bundle = (
  await build({
    entryPoints: [new URL('../src/signals/extract.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'UnmaskSignals',
    write: false,
  })
).outputFiles[0]!.text;
// The page's own `document.documentElement` may be clobbered (clobber.html): reach <html> safely.
const content = `try { const s = UnmaskSignals.extractSignals(document, location.href);
  Document.prototype.querySelector.call(document, 'html').setAttribute('data-unmask-signals', JSON.stringify(s));
} catch (e) { Document.prototype.querySelector.call(document, 'html').setAttribute('data-unmask-signals', 'ERROR ' + e); }`;
for (const [name, mv] of [
  ['chrome', 3],
  ['firefox', 2],
] as const) {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, 'extract.js'), bundle);
  writeFileSync(join(dir, name, 'content.js'), content);
  writeFileSync(
    join(dir, name, 'manifest.json'),
    JSON.stringify({
      manifest_version: mv,
      name: 'unmask signals check',
      version: '0.0.1',
      ...(name === 'firefox' ? { browser_specific_settings: { gecko: { id: 'signals-check@unmask.invalid' } } } : {}),
      content_scripts: [{ matches: ['<all_urls>'], js: ['extract.js', 'content.js'], run_at: 'document_idle' }],
    }),
  );
}

const server = createServer((req, res) => {
  const file = (req.url ?? '/').slice(1);
  if (!pages.includes(file)) {
    res.statusCode = 404;
    res.end();
    return;
  }
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(readFileSync(join(PAGES, file)));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const H = `Document.prototype.querySelector.call(document, 'html')`;
let failures = 0;
function compare(browser: string, file: string, got: string): void {
  const page = documentFromHtml(readFileSync(join(PAGES, file), 'utf8'), `${origin}/${file}`);
  const want = JSON.stringify(extractSignals(page.document, `${origin}/${file}`));
  void page.close();
  const same = got === want;
  if (!same) failures++;
  console.log(`${same ? 'same' : 'DIFFERENT'}  ${browser.padEnd(8)} ${file}`);
  if (!same) console.log(`  browser:   ${got}\n  happy-dom: ${want}`);
}

try {
  const ctx = await chromium.launchPersistentContext(join(dir, 'chrome-profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${join(dir, 'chrome')}`,
      `--load-extension=${join(dir, 'chrome')}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const page = await ctx.newPage();
    for (const file of pages) {
      await page.goto(`${origin}/${file}`);
      await page.waitForFunction(`${H}.hasAttribute('data-unmask-signals')`, undefined, { timeout: 15_000 });
      compare('chromium', file, (await page.evaluate(`${H}.getAttribute('data-unmask-signals')`)) as string);
    }
  } finally {
    await ctx.close();
  }

  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
  });
  try {
    await ff.installExtension(join(dir, 'firefox'));
    const page = await ff.newPage();
    for (const file of pages) {
      await page.goto(`${origin}/${file}`);
      await page.waitForFunction(`${H}.hasAttribute('data-unmask-signals')`, { timeout: 15_000 });
      compare('firefox', file, (await page.evaluate(`${H}.getAttribute('data-unmask-signals')`)) as string);
    }
  } finally {
    await ff.close();
  }
} finally {
  server.close();
}
console.log(failures === 0 ? 'all the same' : `${failures} different`);
process.exitCode = failures === 0 ? 0 : 1;
