/**
 * The confusables subset (src/core/lookalike/confusables.ts) is generated, and is only right while
 * every protected outlet's domain is ASCII: these checks keep both true.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import table from 'unhomoglyph/data.json';
import { asciiSubset, canBeInHost, canBeInName, confusablesSource } from '../../../scripts/confusables';
import { normalizeName } from '../../../src/core/detectors/names';
import { normalizeHost } from '../../../src/core/hosts';
import { skeleton, foldConfusable, toUnicodeHost } from '../../../src/core/lookalike/skeleton';
import { parseCompiled } from '../../../src/lists/compiled';

const full = table as Record<string, string>;
/** The table before it was cut to what a host or a name can hold: every character with an ASCII skeleton. */
const asciiTargets: Record<string, string> = Object.fromEntries(
  Object.entries(full).filter(([, target]) => /^[A-Za-z0-9-]+$/.test(target.normalize('NFD').replace(/\p{M}/gu, ''))),
);

describe('the confusables subset', () => {
  it('is what scripts/confusables.ts writes from the installed unhomoglyph (not edited by hand, not stale)', () => {
    const file = readFileSync(new URL('../../../src/core/lookalike/confusables.ts', import.meta.url), 'utf8');
    expect(file).toBe(confusablesSource());
  });

  it('keeps exactly the characters whose skeleton is ASCII and that a host or a name can hold, with the same targets', () => {
    const subset = asciiSubset(full);
    const kept = new Map<string, string>();
    for (const [target, chars] of Object.entries(subset)) for (const ch of chars) kept.set(ch, target);
    for (const [ch, target] of Object.entries(full)) {
      const ascii = /^[A-Za-z0-9-]+$/.test(target.normalize('NFD').replace(/\p{M}/gu, ''));
      const reachable = canBeInHost(ch) || canBeInName(ch);
      expect(kept.get(ch), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(ascii && reachable ? target : undefined);
    }
    expect(kept.size).toBeGreaterThan(400);
    // Cyrillic а and Greek ο are in hosts; capital А, full-width ａ and mathematical 𝐚 are mapped
    // to plain letters by the URL parser (and by NFKC in names) before any lookup.
    expect(['\u0430', '\u03BF'].map((ch) => kept.has(ch))).toEqual([true, true]);
    expect(['\u0410', '\uFF41', '\u{1D41A}'].map((ch) => kept.has(ch))).toEqual([false, false, false]);
    expect(foldConfusable('\u0430')).toBe('a'); // Cyrillic а
    expect(foldConfusable('a')).toBe('a');
  });

  it('gives every host the skeleton the table of all ASCII look-alikes gives it, whatever character of the full table it holds', () => {
    const fullSkeleton = (label: string): string => {
      const mapped = [...toUnicodeHost(label).normalize('NFD')]
        .map((c) => ({ '\u04CF': 'l', '\u03BA': 'k', '\u043A': 'k' })[c] ?? asciiTargets[c] ?? c)
        .join('');
      // Then skeleton's ASCII folds, as skeleton.ts applies them (no second pass through the table).
      return mapped
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/m/g, 'rn')
        .replace(/0/g, 'o')
        .replace(/1/g, 'l')
        .replace(/vv/g, 'w')
        .replace(/cl/g, 'd');
    };
    let hosts = 0;
    for (const ch of Object.keys(full)) {
      for (const written of [`wash${ch}ngton.com`, `${ch}.com`]) {
        const host = normalizeHost(written);
        if (host === null) continue;
        hosts += 1;
        const label = host.split('.')[0]!;
        expect(skeleton(label), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(fullSkeleton(label));
      }
    }
    expect(hosts).toBeGreaterThan(3000);
  });

  it('folds every name as the table of all ASCII look-alikes folds it, whatever character of the full table it holds', () => {
    // names.ts' normalisation of a name that is not printable ASCII, with the table of all ASCII look-alikes.
    const fullFold = (input: string): string => {
      let text = input.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      text = [...text].map((c) => (c.charCodeAt(0) < 0x80 ? c : (asciiTargets[c]?.toLowerCase() ?? c))).join('');
      text = text
        .replace(/['\u2019`]s\b/g, 's')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .replace(/\s+/g, ' ');
      return text.startsWith('the ') ? text.slice(4) : text;
    };
    for (const ch of Object.keys(full)) {
      const name = `Washin${ch}ton P${ch}st`;
      expect(normalizeName(name), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(fullFold(name));
    }
  });

  it('is enough because every protected outlet domain is ASCII', () => {
    const lists = parseCompiled(readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8'));
    const domains = lists.outlets.flatMap((o) => o.domains);
    expect(domains.length).toBeGreaterThan(500);
    expect(domains.filter((d) => /[^a-z0-9.-]/.test(d) || d.includes('xn--'))).toEqual([]);
  });
});
