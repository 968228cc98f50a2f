/**
 * Browser benchmarks: the BUILT extension in Debian's Chromium,
 * headless, on pages served by a local server under their real host names. Scripts, not tests:
 * they print one markdown table per section, with the machine, the command and N, and assert
 * nothing (figures depend on the machine; run on an idle one).
 *
 *   npm run bench -- --browser [--runs=15]      (or: npx tsx bench/browser.ts [--runs=15])
 *
 * Sections, one file each in bench/browser/ (common.ts holds what they share):
 *   1 content-script size                                         sizes.ts
 *   2 main-thread script time on a heavy page, with vs without it  page-cost.ts
 *  2i the same page's reading injected, whole and by part (--only=2i)  page-cost.ts
 *   3 navigation to badge; 4 background verdict for a page         verdicts.ts
 *   5 worker cold start to the first verdict (5c: no debugger)     cold-start.ts
 *   6 worker memory (shipped lists, synthetic 100k)                memory.ts
 *   8 a list update's swap in the worker                          swap.ts
 *   P CPU profiles of the worker (--only=P)                        profile.ts
 *   7 scaling (Node)                                               bench/scaling.ts
 *
 * How it observes the extension without production hooks:
 * - The build is COPIED to a temporary directory first (other people rebuild .output while this
 *   runs), with one extra blank page `bench-blank.html` (no script): an extension page from which
 *   `chrome.action.getBadgeText` can be polled without waking the worker.
 * - In a running (warm) worker, the bench wraps `chrome.action.setBadgeText` and adds one more
 *   `runtime.onMessage` listener (it answers nothing) through the DevTools protocol, to stamp when
 *   a badge is set and when a page's signals arrive. webextension-polyfill looks the function up
 *   on `chrome.action` at each call, so the wrapper sees every badge. A stopped worker loses both.
 * - Times across processes are wall-clock, `performance.timeOrigin + performance.now()`.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer, type SiteServer } from '../test/e2e/server';
import { runBundled } from './bundled';
import { BUILDS, arg, ensureBuild, snapshots, startHeavyServer } from './browser/common';
import { section1 } from './browser/sizes';
import { section2, section2i } from './browser/page-cost';
import { section3and4 } from './browser/verdicts';
import { section5, section5c } from './browser/cold-start';
import { sectionProfile } from './browser/profile';
import { section6 } from './browser/memory';
import { section8 } from './browser/swap';

export async function runBrowser(): Promise<void> {
  const runs = arg('runs', 15);
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const chromiumVersion = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.split('=')[1]
    ?.split(',');
  const want = (n: string) => !only || only.includes(n);
  console.log(`## Browser benchmarks\n`);
  console.log(
    `Command: \`${process.argv.includes('--browser') ? 'npm run bench -- --browser' : 'npx tsx bench/browser.ts'}${process.argv
      .filter((a) => a.startsWith('--runs=') || a.startsWith('--only='))
      .map((a) => ` ${a}`)
      .join('')}\`  `,
  );
  console.log(
    `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, nproc ${os.cpus().length}, load average at start ${load}; ${chromiumVersion} headless; Node ${process.version}; N = ${runs}.`,
  );
  ensureBuild('chrome');
  ensureBuild('firefox');
  let built = 'unknown';
  try {
    built = statSync(join(BUILDS.chrome, 'manifest.json')).mtime.toISOString();
  } catch {
    // rebuilt by someone meanwhile
  }
  console.log(
    `Build: ${BUILDS.chrome} and ${BUILDS.firefox}, copied once at the start (chrome build of ${built}); each browser launch gets its own copy of that copy.`,
  );

  if (want('1')) await section1();
  const sites: SiteServer = await startServer();
  const heavy = await startHeavyServer();
  const ports = { sites: sites.port, heavy: heavy.port };
  try {
    if (want('2')) await section2(ports, runs, heavy.bytes);
    // Parts of the page's reading, injected: a design question, run only when asked by name.
    if (only?.includes('2i')) await section2i(ports, runs);
    if (want('3') || want('4')) await section3and4(ports, runs);
    if (want('5')) await section5(ports, runs);
    else if (only?.includes('5c')) await section5c(ports, runs);
    if (want('6')) await section6(ports);
    if (want('8')) await section8(ports, Math.min(runs, 7));
    // Profiles only when asked for by name: a tool for speed work, not a figure for the README.
    if (only?.includes('P')) await sectionProfile(ports, Math.min(runs, 10));
  } finally {
    await sites.close();
    await new Promise<void>((ok) => {
      heavy.server.closeAllConnections();
      heavy.server.close(() => ok());
    });
  }
  for (const snap of snapshots.values()) rmSync(join(snap, '..'), { recursive: true, force: true });
  // Node, from one bundle in a fresh process, as the engine ships (bench/bundled.ts).
  if (want('7')) await runBundled('scaling.ts', ['--section']);
  console.log(
    `\nLoad average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}.`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runBrowser().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
