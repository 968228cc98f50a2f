/**
 * The worker ranks claimed names with fuse.js's scoring copied into src/core/detectors/bitap.ts:
 * here it is held to fuse.js itself, as claimed-identity.ts used it, on every name in the lists
 * (with the typos a clone makes) and on random strings, long patterns (chunked) included.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { bitapScore, fieldNorm, rankNames } from '../../../src/core/detectors/bitap';
import { normalizeName } from '../../../src/core/detectors/names';

const LISTS = fileURLToPath(new URL('../../../lists/', import.meta.url));

/** Every outlet name and campaign brand in lists/, normalised as the claim index keeps them. */
function listedNames(): string[] {
  const raw: string[] = [];
  const outlets = JSON.parse(readFileSync(join(LISTS, 'protected-outlets.json'), 'utf8')) as { name: string; names?: string[] }[];
  for (const o of outlets) raw.push(o.name, ...(o.names ?? []));
  for (const file of readdirSync(join(LISTS, 'indicators'))) {
    const indicators = JSON.parse(readFileSync(join(LISTS, 'indicators', file), 'utf8')) as { brands?: string[] }[];
    for (const i of indicators) raw.push(...(i.brands ?? []));
  }
  return [...new Set(raw.map(normalizeName).filter((n) => n !== ''))];
}

/** What claimed-identity.ts asked fuse.js for: the `limit` best of `names` for a pattern. */
function fuseOver(names: readonly string[], threshold: number) {
  const fuse = new Fuse(
    names.map((normalized) => ({ normalized })),
    { keys: ['normalized'], includeScore: true, threshold, ignoreLocation: true, isCaseSensitive: true },
  );
  return (pattern: string, limit: number) => fuse.search(pattern, { limit }).map((r) => ({ index: r.refIndex, score: r.score as number }));
}

function viaFuse(pattern: string, names: readonly string[], threshold: number, limit: number): { index: number; score: number }[] {
  return fuseOver(names, threshold)(pattern, limit);
}

/** A clone's typos: a letter dropped, doubled, swapped with the next, replaced; a word dropped or added. */
function typos(name: string): string[] {
  const out = new Set<string>();
  for (const at of [1, Math.floor(name.length / 2), name.length - 1]) {
    if (at < 0 || at >= name.length) continue;
    out.add(name.slice(0, at) + name.slice(at + 1));
    out.add(name.slice(0, at) + (name[at] as string) + name.slice(at));
    if (at + 1 < name.length) out.add(name.slice(0, at) + (name[at + 1] as string) + (name[at] as string) + name.slice(at + 2));
    out.add(`${name.slice(0, at)}x${name.slice(at + 1)}`);
  }
  const words = name.split(' ');
  if (words.length > 1) out.add(words.slice(1).join(' '));
  out.add(`${name} news`);
  out.add(`the ${name}`);
  out.delete(name);
  return [...out];
}

describe('bitap.ts ranks names as fuse.js does', () => {
  const names = listedNames();

  it('reads the lists (a guard on the fixture itself)', () => {
    expect(names.length).toBeGreaterThan(1000);
    expect(names).toContain(normalizeName('The Washington Post'));
  });

  it("gives fuse.js's ranking for every listed name and its typos, among their neighbours in the lists", () => {
    let compared = 0;
    let matched = 0;
    const differ: string[] = [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      // The detector's candidates (up to 50 entries sharing a word's start); here 30 neighbours.
      const window = names.slice(Math.max(0, i - 15), i + 15);
      const search = fuseOver(window, 0.2);
      // Every name, and the typos of every other one (a run costs seconds as it is).
      for (const pattern of i % 2 === 0 ? [name, ...typos(name)] : [name]) {
        // A blank pattern (a one-letter name without its letter) is never a claim.
        if (pattern.trim() === '') continue;
        const expected = JSON.stringify(search(pattern, 3));
        if (JSON.stringify(rankNames(pattern, window, 0.2, 3)) !== expected) differ.push(pattern);
        compared++;
        if (expected !== '[]') matched++;
      }
    }
    expect(differ).toEqual([]);
    // Not vacuous: most patterns match something, and many names were compared.
    expect(compared).toBeGreaterThan(25_000);
    expect(matched).toBeGreaterThan(compared / 2);
  }, 120_000);

  it("gives fuse.js's ranking on random strings, thresholds and limits", () => {
    const text = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'n', 'o', ' ', 'é', 'ж'), maxLength: max });
    fc.assert(
      fc.property(
        text(70),
        fc.array(text(60), { maxLength: 50 }),
        fc.constantFrom(0.1, 0.2, 0.4, 0.6),
        fc.integer({ min: 1, max: 5 }),
        (pattern, pool, threshold, limit) => {
          expect(rankNames(pattern, pool, threshold, limit)).toEqual(pattern.trim() === '' ? [] : viaFuse(pattern, pool, threshold, limit));
        },
      ),
      { numRuns: 3000, seed: 20261206 },
    );
  });

  it('averages a pattern of more than 32 characters over its chunks, as fuse.js does', () => {
    const long = normalizeName('The Financial Times of London and the Home Counties');
    expect(long.length).toBeGreaterThan(32);
    const pool = [long, `${long.slice(0, 20)}x${long.slice(21)}`, long.slice(0, 40), 'financial times'];
    // One chunk found exactly (0.001), the other not (1): the pattern matches, with their average,
    // above the threshold (why claimed-identity.ts checks the score again).
    const half = `${long.slice(0, 34)} qqqq wwww zzzz`;
    expect(bitapScore(half, long, 0.2)).toBeCloseTo(0.5005, 10);
    for (const pattern of [long, long.slice(1), `${long} daily`, long.replace('london', 'lndon'), half]) {
      expect(rankNames(pattern, pool, 0.2, 4)).toEqual(viaFuse(pattern, pool, 0.2, 4));
      expect(rankNames(pattern, pool, 0.6, 4)).toEqual(viaFuse(pattern, pool, 0.6, 4));
    }
  });

  it('scores exact, near and unrelated names in the order the detector relies on', () => {
    expect(bitapScore('nio thinker', 'nio thinker', 0.2)).toBe(0);
    expect(bitapScore('nio thinkr', 'nio thinker', 0.2)).toBeCloseTo(0.1, 10);
    expect(bitapScore('savannah time', 'nio thinker', 0.2)).toBeNull();
    expect(fieldNorm('nio thinker')).toBe(0.707);
    expect(fieldNorm('westland')).toBe(1);
    const ranked = rankNames('westland sun', ['westland sunday', 'westland sun', 'eastland sun', 'nio thinker'], 0.2, 3);
    expect(ranked.map((r) => r.index)).toEqual([1, 0, 2]);
  });
});
