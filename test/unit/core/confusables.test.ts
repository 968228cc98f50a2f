/**
 * The confusables subset (src/core/lookalike/confusables.ts) is generated, and is only right while
 * every protected outlet's domain is ASCII: these checks keep both true.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import table from 'unhomoglyph/data.json';
import { asciiSubset, confusablesSource } from '../../../scripts/confusables';
import { skeleton, foldConfusable } from '../../../src/core/lookalike/skeleton';
import { parseCompiled } from '../../../src/lists/compiled';

const full = table as Record<string, string>;

describe('the confusables subset', () => {
  it('is what scripts/confusables.ts writes from the installed unhomoglyph (not edited by hand, not stale)', () => {
    const file = readFileSync(new URL('../../../src/core/lookalike/confusables.ts', import.meta.url), 'utf8');
    expect(file).toBe(confusablesSource());
  });

  it('keeps exactly the characters whose skeleton is ASCII, with the same targets', () => {
    const subset = asciiSubset(full);
    const kept = new Map<string, string>();
    for (const [target, chars] of Object.entries(subset)) for (const ch of chars) kept.set(ch, target);
    for (const [ch, target] of Object.entries(full)) {
      const ascii = /^[A-Za-z0-9-]+$/.test(target.normalize('NFD').replace(/\p{M}/gu, ''));
      expect(kept.get(ch), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(ascii ? target : undefined);
    }
    expect(kept.size).toBeGreaterThan(1500);
  });

  it('is enough because every protected outlet domain is ASCII', () => {
    const lists = parseCompiled(readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8'));
    const domains = lists.outlets.flatMap((o) => o.domains);
    expect(domains.length).toBeGreaterThan(500);
    expect(domains.filter((d) => /[^a-z0-9.-]/.test(d) || d.includes('xn--'))).toEqual([]);
  });

  it('gives the same skeleton as the full table for every look-alike of an ASCII letter or digit', () => {
    for (const [ch, target] of Object.entries(full)) {
      const folded = target.normalize('NFD').replace(/\p{M}/gu, '');
      if (!/^[A-Za-z0-9-]+$/.test(folded)) continue;
      // skeleton.ts overrides these three (palochka reads as l, kappa and ka as k).
      if (['\u04CF', '\u03BA', '\u043A'].includes(ch)) continue;
      const label = `wash${ch}ngton`;
      // UTS #39 with the FULL table (NFD, map, NFD, drop marks), then skeleton's ASCII folds.
      const mapped = [...label.normalize('NFD')].map((c) => full[c] ?? c).join('');
      const expected = skeleton(mapped.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
      expect(skeleton(label), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(expected);
    }
    expect(foldConfusable('\u0430')).toBe('a'); // Cyrillic а
    expect(foldConfusable('a')).toBe('a');
  });
});
