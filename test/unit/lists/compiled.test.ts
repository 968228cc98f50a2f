/**
 * The compact index encoding (src/lists/compiled.ts): what `npm run lists` writes must decode to
 * exactly the CompiledLists it was made from, on the real lists and on the hand-built fixture;
 * format 1 (plain CompiledLists JSON, the fixtures) is still read; anything else is refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CompiledLists } from '../../../src/core/types';
import { compileLists } from '../../../src/lists/compile';
import { decodeCompiled, parseCompiled, serializeCompiled } from '../../../src/lists/compiled';
import { readListTree } from '../../../src/lists/load';
import { validateLists } from '../../../src/lists/validate';

const FIXTURE_TEXT = readFileSync(new URL('../../fixtures/engine/lists.json', import.meta.url), 'utf8');
const REAL_LISTS = new URL('../../../lists', import.meta.url).pathname;

function realCompiled(): CompiledLists {
  const { lists } = validateLists(readListTree(REAL_LISTS), { now: new Date('2026-11-21T00:00:00Z') });
  expect(lists.indicators.length).toBeGreaterThan(1000);
  return compileLists(lists, '9.9.9');
}

describe('serializeCompiled / parseCompiled', () => {
  it('round-trips the real lists exactly, keys in the same order, and is much smaller than format 1', () => {
    const compiled = realCompiled();
    const text = serializeCompiled(compiled);
    const back = parseCompiled(text);
    expect(back).toEqual(compiled);
    // Same bytes as format 1 once decoded: same keys, same order, nothing added or lost.
    expect(JSON.stringify(back)).toBe(JSON.stringify(compiled));
    expect(JSON.parse(text).format).toBe(2);
    expect(text.length).toBeLessThan(JSON.stringify(compiled).length * 0.6);
  });

  it('round-trips the hand-built fixture (optional fields, statuses, brands, missing notes)', () => {
    const fixture = JSON.parse(FIXTURE_TEXT) as CompiledLists;
    expect(fixture.indicators.some((i) => i.note === undefined || i.status !== undefined || i.brands !== undefined)).toBe(true);
    const back = parseCompiled(serializeCompiled(fixture));
    // Deep-equal only: the hand-written fixture does not keep the compiler's key order (its
    // `status` comes before `firstReported`); decoding always gives the canonical order.
    expect(back).toEqual(fixture);
  });

  it('shares each distinct sources list, frozen (no caller can change one indicator through another)', () => {
    const back = parseCompiled(serializeCompiled(realCompiled()));
    const [a, b] = back.indicators.filter((i) => JSON.stringify(i.sources) === JSON.stringify(back.indicators[0]?.sources));
    expect(a && b).toBeTruthy();
    expect(Object.isFrozen(a?.sources)).toBe(true);
    expect(() => (a!.sources as string[]).push('another-source')).toThrow(TypeError);
    expect(b?.sources).toEqual(back.indicators[0]?.sources);
  });

  it('still reads format 1 (plain CompiledLists JSON): the fixture file as it is', () => {
    const parsed = parseCompiled(FIXTURE_TEXT);
    expect(parsed.format).toBe(1);
    expect(parsed).toEqual(JSON.parse(FIXTURE_TEXT));
  });

  it('refuses any other format with a clear error', () => {
    expect(() => parseCompiled('{"format":3,"indicators":[]}')).toThrow(/unsupported format 3 \(this build reads formats 1 and 2/);
    expect(() => parseCompiled('{"indicators":[]}')).toThrow(/unsupported format undefined/);
    expect(() => parseCompiled('[]')).toThrow(/unsupported format/);
    expect(() => decodeCompiled(null)).toThrow(/unsupported format/);
    expect(() => parseCompiled('{"format":2}')).toThrow(/format 2 without its indicators/);
    expect(() => parseCompiled('{')).toThrow(SyntaxError);
  });

  it('refuses to encode a field it would drop', () => {
    const fixture = JSON.parse(FIXTURE_TEXT) as CompiledLists;
    (fixture.indicators[0] as unknown as Record<string, unknown>).extra = 1;
    expect(() => serializeCompiled(fixture)).toThrow(/a field the index format does not know: extra/);
  });
});
