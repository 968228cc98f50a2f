/**
 * Runs a Node benchmark from one esbuild bundle, in a fresh process, as the extension ships its
 * engine: Vite puts background.js in one module scope, where a call into another module is a
 * plain call. `tsx` compiles each file on its own to CommonJS, where every imported function is
 * read through its module's export getter at each call: on the engine's hot paths that cost more
 * than the work measured, and changed from one process to the next.
 *
 * The bundle is written next to this file (`bench/.tmp-*.mjs`, ignored by git), so that the
 * benchmarks' paths relative to `import.meta.url` stay right, and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Bundles `entry` (a path under bench/) and runs it with `args`; returns its exit status. */
export async function runBundled(entry: string, args: readonly string[] = []): Promise<number> {
  const esbuild = await import('esbuild');
  const out = join(HERE, `.tmp-${basename(entry).replace(/\.ts$/, '')}-${process.pid}.mjs`);
  try {
    await esbuild.build({
      entryPoints: [resolve(HERE, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      logLevel: 'error',
      // Playwright and esbuild stay packages (the engine benchmarks use neither).
      external: ['playwright-core', 'esbuild'],
    });
    const run = spawnSync(process.execPath, [out, ...args], { stdio: 'inherit' });
    return run.status ?? 1;
  } finally {
    rmSync(out, { force: true });
  }
}
