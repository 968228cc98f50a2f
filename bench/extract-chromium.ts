/**
 * Times extractSignals in real headless Chromium (Debian's /usr/bin/chromium) on the generated
 * heavy page: the module is bundled with esbuild as the content script would bundle it, and run
 * in the page (main world; an isolated world runs the same DOM code). No network: the page is
 * served by a route handler.
 * Run: npx tsx bench/extract-chromium.ts
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { heavyPageHtml } from '../test/support/heavy-page';

const bundle = await build({
  entryPoints: [new URL('../src/signals/extract.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'UnmaskSignals',
  write: false,
  target: 'es2022',
});
const code = bundle.outputFiles[0]!.text;
console.log(`bundle: ${code.length} bytes minified`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [label, html] of [
    ['heavy page', heavyPageHtml()],
    ['worst case (5,000 distinct same-site links)', heavyPageHtml({ oneHost: true })],
  ] as const) {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith('https://heavy.example.com/')
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    await page.goto('https://heavy.example.com/');
    await page.addScriptTag({ content: code });
    // A string, not a function: tsx's transform would inject helpers the page does not have.
    const r = (await page.evaluate(`(() => {
      const run = () => UnmaskSignals.extractSignals(document, location.href);
      let out = run(); // warm-up
      const times = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        out = run();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return {
        links: document.links.length,
        chars: document.body.textContent.length,
        median: times[15], p90: times[27], min: times[0],
        out: { links: out.links && out.links.length, handles: out.handles && out.handles.length, text: out.text && out.text.length },
      };
    })()`)) as { links: number; chars: number; median: number; p90: number; min: number; out: unknown };
    console.log(`${label}: ${r.links} links, ${r.chars} characters of body text`);
    console.log(
      `  extractSignals in Chromium ${browser.version()}: median ${r.median.toFixed(2)} ms, p90 ${r.p90.toFixed(2)} ms, min ${r.min.toFixed(2)} ms over 30 runs`,
    );
    console.log(`  out: ${JSON.stringify(r.out)}`);
    await page.close();
  }
} finally {
  await browser.close();
}
