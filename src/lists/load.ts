/**
 * Reading list files from disk and from git (Node only; everything else in src/lists is pure).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListSnapshot } from './changelog';
import type { ListFileInput } from './validate';
import { NON_LIST_FILES } from './schema';

/**
 * Every file under a lists directory (names relative to it, `/`-separated, sorted), except
 * README.md, CHANGELOG.md and dot-files. Unexpected files are included so the validator can name them.
 */
export function readListTree(dir: string): ListFileInput[] {
  const out: ListFileInput[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const name = sub === '' ? entry.name : `${sub}/${entry.name}`;
      if (entry.isDirectory()) walk(name);
      else if (!NON_LIST_FILES.includes(name)) out.push({ name, text: readFileSync(join(dir, name), 'utf8') });
    }
  };
  walk('');
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The list files as they are at a git revision (`HEAD` by default): `git ls-tree` + `git show`.
 * Files that do not exist at that revision are simply absent (a new file counts as all added).
 * `listsPath` is the lists directory relative to the repository root.
 */
export function readListTreeAtGit(repoRoot: string, listsPath = 'lists', rev = 'HEAD'): ListFileInput[] {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  let names: string[];
  try {
    names = git('ls-tree', '-r', '--name-only', rev, '--', `${listsPath}/`)
      .split('\n')
      .filter((line) => line !== '');
  } catch {
    return []; // no commit yet, or no lists at that revision
  }
  const out: ListFileInput[] = [];
  for (const path of names) {
    const name = path.slice(listsPath.length + 1);
    if (NON_LIST_FILES.includes(name) || name.split('/').some((part) => part.startsWith('.'))) continue;
    out.push({ name, text: git('show', `${rev}:${path}`) });
  }
  return out;
}

/** File name -> entries, for the changelog diff. Files that do not parse as arrays are skipped. */
export function snapshotOf(files: readonly ListFileInput[]): ListSnapshot {
  const snapshot = new Map<string, unknown[]>();
  for (const file of files) {
    let data = file.data;
    if (data === undefined && file.text !== undefined) {
      try {
        data = JSON.parse(file.text);
      } catch {
        continue;
      }
    }
    if (Array.isArray(data)) snapshot.set(file.name, data);
  }
  return snapshot;
}
