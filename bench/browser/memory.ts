/** Section 6: worker memory (shipped lists, synthetic 100k). */
import { readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseCompiled, serializeCompiled } from '../../src/lists/compiled';
import { synthetic } from '../engine';
import { CLEAN, Launched, Ports, copyBuild, ensureBuild, launchChromium, openHelper, sleep, tabIdOf, table, waitFor } from './common';

// ------------------------------------------------------------------------------------------------
// 6. Worker memory
// ------------------------------------------------------------------------------------------------

let shippedJson: string | null = null;
function shippedIndex(): string {
  shippedJson ??= gunzipSync(readFileSync(join(ensureBuild('chrome'), 'unmask-index.json.gz'))).toString('utf8');
  return shippedJson;
}
export function syntheticIndex(count: number): string {
  return serializeCompiled(synthetic(parseCompiled(shippedIndex()), count));
}

async function workerHeap(l: Launched): Promise<{ used: number; total: number }> {
  // Playwright cannot open a CDP session on a worker: connect puppeteer-core to the same browser
  // (--remote-debugging-port) just for this, then disconnect.
  const port = Number(readFileSync(join(l.profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url() === `${l.origin}/background.js`, {
      timeout: 10_000,
    });
    const cdp = await target.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return { used: usedSize, total: totalSize };
  } finally {
    await browser.disconnect();
  }
}

export async function section6(ports: Ports): Promise<void> {
  const rows: string[][] = [];
  for (const [label, index] of [
    ['shipped lists', undefined],
    ['synthetic 100k indicators', syntheticIndex(100_000)],
  ] as const) {
    const ext = copyBuild(index);
    const json = index ?? shippedIndex();
    const count = parseCompiled(json).indicators.length;
    const l = await launchChromium(ports, ext, true);
    try {
      await sleep(1000); // let the install-time sweep (blank tabs only) settle
      const idle = await workerHeap(l);
      const helper = await openHelper(l, ext.origin);
      const page = await l.context.newPage();
      await page.goto(CLEAN, { waitUntil: 'load' });
      const tabId = await tabIdOf(helper, CLEAN);
      await waitFor(
        () =>
          helper.evaluate(
            async (key: string) => (await (globalThis as any).chrome.storage.session.get(key))[key]?.phase === 'page' || null,
            `tab:${tabId}`,
          ),
        15_000,
        'page verdict',
      );
      const loaded = await workerHeap(l);
      rows.push([
        label,
        `${count.toLocaleString('en')} indicators, ${(json.length / 1024 / 1024).toFixed(2)} MiB JSON`,
        `${(idle.used / 1024 / 1024).toFixed(2)} MiB`,
        `**${(loaded.used / 1024 / 1024).toFixed(2)} MiB**`,
        `${((loaded.used - idle.used) / 1024 / 1024).toFixed(2)} MiB`,
        `${(loaded.total / 1024 / 1024).toFixed(2)} MiB`,
      ]);
      await page.close();
      await helper.close();
    } finally {
      await l.close();
      rmSync(join(ext.dir, '..'), { recursive: true, force: true });
    }
  }
  table(
    '6. Background (service worker) JS heap',
    [
      'Lists',
      'Index',
      'Worker heap before any verdict (index read and its head parsed as background.js loads)',
      'After a page verdict (engine loaded)',
      'Engine built from it',
      'Heap total (allocated)',
    ],
    rows,
    [
      'CDP `Runtime.getHeapUsage` on the service-worker target after `HeapProfiler.collectGarbage` (x3). "Before any verdict": right after install (the install-time sweep saw only blank tabs, so no verdict was made; the index is already read and its head parsed, since background.js requests it as it loads: src/extension/background/prefetch.ts). The synthetic list is the shipped one with 100,000 generated indicators (bench/engine.ts `synthetic`), put in a private copy of the build.',
    ],
  );
}
