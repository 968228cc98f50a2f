/**
 * Shared helpers for the list tooling tests: the good fixture tree, and a way to seed one mistake
 * into a copy of it.
 */
import { join } from 'node:path';
import { readListTree } from '../../../src/lists/load';
import { formatProblem, validateLists, type ListFileInput } from '../../../src/lists/validate';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'lists');
export const GOOD = join(FIXTURES, 'good');
export const REPO = join(__dirname, '..', '..', '..');

/** A fixed "today", so that date checks do not depend on when the tests run. */
export const NOW = new Date('2026-11-21T12:00:00Z');

export type Tree = Record<string, unknown[]>;

/** The good fixture tree as parsed data: file name -> entries. */
export function goodTree(): Tree {
  const tree: Tree = {};
  for (const file of readListTree(GOOD)) tree[file.name] = JSON.parse(file.text ?? 'null') as unknown[];
  return tree;
}

export type Entry = Record<string, unknown>;

/** The entry with this id (or indicator value) in a file of the tree, for seeding a mistake. */
export function entry(tree: Tree, file: string, idOrValue: string): Entry {
  const found = (tree[file] ?? []).find(
    (e) => (e as Entry).id === idOrValue || (e as Entry).value === idOrValue,
  );
  if (found === undefined) throw new Error(`fixture has no ${idOrValue} in ${file}`);
  return found as Entry;
}

export function filesOf(tree: Tree): ListFileInput[] {
  return Object.entries(tree).map(([name, data]) => ({ name, data }));
}

/** The problem lines a maintainer would see for this tree. */
export function problemsOf(tree: Tree): string[] {
  return validateLists(filesOf(tree), { now: NOW }).problems.map(formatProblem);
}
