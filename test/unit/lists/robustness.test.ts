/**
 * The checks must report, never crash, whatever a maintainer (or a bad merge) puts in a file: any
 * JSON value in any field of any entry, or any JSON as a whole file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatList } from '../../../src/lists/format';
import { listKindOf } from '../../../src/lists/schema';
import { validateLists } from '../../../src/lists/validate';
import { NOW, filesOf, goodTree, type Entry } from './helpers';

const tree = goodTree();
const slots: [string, number, string][] = [];
for (const [file, entries] of Object.entries(tree)) {
  entries.forEach((entry, i) => {
    for (const key of Object.keys(entry as Entry)) slots.push([file, i, key]);
  });
}

describe('robustness', () => {
  it('any JSON value in any field gives problems (or none), never an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...slots), fc.jsonValue({ maxDepth: 3 }), ([file, index, key], value) => {
        const copy = structuredClone(tree);
        (copy[file]![index] as Entry)[key] = value;
        const { problems } = validateLists(filesOf(copy), { now: NOW });
        expect(Array.isArray(problems)).toBe(true);
        // Formatting the broken file does not throw either.
        formatList(listKindOf(file)!.kind, copy[file]!);
      }),
      { numRuns: 300 },
    );
  });

  // JSON.parse makes such objects; `String(value)` and a template literal throw on them. Every
  // slot, not a sample: the property above met one in `platform` only now and then.
  it('a value that cannot become a string, in every field, gives problems, never an exception', () => {
    for (const value of [{ toString: '' }, { toString: 1, valueOf: 1 }]) {
      for (const [file, index, key] of slots) {
        const copy = structuredClone(tree);
        (copy[file]![index] as Entry)[key] = value;
        const { problems } = validateLists(filesOf(copy), { now: NOW });
        expect(problems.length, `${file} #${index} ${key}`).toBeGreaterThan(0);
        formatList(listKindOf(file)!.kind, copy[file]!);
      }
    }
  });

  it('any JSON as a whole file gives problems, never an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(tree)), fc.jsonValue({ maxDepth: 3 }), (file, value) => {
        const copy = structuredClone(tree) as Record<string, unknown>;
        copy[file] = value;
        const files = Object.entries(copy).map(([name, data]) => ({ name, data }));
        const { problems } = validateLists(files, { now: NOW });
        if (!Array.isArray(value)) expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
