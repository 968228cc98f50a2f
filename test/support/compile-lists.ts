/**
 * vitest globalSetup for the unit tests: compiles lists/ into public/unmask-index.json (what
 * `npm run lists` does) when the index is missing or older than the lists or the code that
 * compiles them. Many unit tests judge pages against the real index, and a fresh clone has none:
 * without this they would fail, or skip, for want of a build step.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const INDEX = join(root, 'public/unmask-index.json');
/** What the index is made from. */
const INPUTS = ['lists', 'src/lists', 'src/core', 'scripts/lists.ts'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export default function setup(): void {
  if (existsSync(INDEX)) {
    const built = statSync(INDEX).mtimeMs;
    if (INPUTS.every((p) => newestMtime(join(root, p)) <= built)) return;
  }
  // The lists CLI prints every problem and exits 1 on invalid lists: then no unit test runs.
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/lists.ts'], { cwd: root, stdio: 'inherit' });
  // The CLI leaves an unchanged index untouched: mark it current so the next run skips the compile.
  const now = new Date();
  utimesSync(INDEX, now, now);
}
