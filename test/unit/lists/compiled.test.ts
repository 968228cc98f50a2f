/**
 * The compact index encoding (src/lists/compiled.ts): what `npm run lists` writes must decode to
 * exactly the CompiledLists it was made from, on the real lists and on the hand-built fixture;
 * format 1 (plain CompiledLists JSON, the fixtures) is still read; anything else, and a damaged
 * file, is refused with a clear error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CompiledLists } from '../../../src/core/types';
import { compileLists } from '../../../src/lists/compile';
import { INDEX_SHARDS, parseCompiled, readIndex, serializeCompiled } from '../../../src/lists/compiled';
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
  it('round-trips the real lists exactly, keys and indicators in the same order, and is much smaller than format 1', () => {
    const compiled = realCompiled();
    const text = serializeCompiled(compiled);
    const back = parseCompiled(text);
    // Decoded outlets read their records on first access (IndexedOutlet): compared as data.
    expect(JSON.parse(JSON.stringify(back))).toEqual(compiled);
    // Same bytes as format 1 once decoded: same keys, same order, nothing added or lost.
    expect(JSON.stringify(back)).toBe(JSON.stringify(compiled));
    // One line per part; the whole file is one valid JSON array (stores and `web-ext lint` check it).
    expect(text.split('\n')).toHaveLength(1 + INDEX_SHARDS + 1);
    const [head, ...rest] = JSON.parse(text) as [Record<string, any>, ...unknown[][]];
    const shardRows = rest.slice(0, INDEX_SHARDS);
    // The last line: the outlets, whole; the head has their domains and weak labels only.
    expect(rest[INDEX_SHARDS]).toEqual(compiled.outlets);
    expect(head.outlets).toBeUndefined();
    expect(head.outletDomains.split('\n')).toHaveLength(compiled.outlets.length);
    expect(head.format).toBe(4);
    expect(head.shards).toBe(INDEX_SHARDS);
    expect(head.order).toHaveLength(compiled.indicators.length);
    expect(shardRows).toHaveLength(INDEX_SHARDS);
    // The shards hold the domain and URL indicators, the head the rest.
    expect(head.indicators.length + shardRows.reduce((n, rows) => n + rows.length, 0)).toBe(compiled.indicators.length);
    expect(Math.max(...shardRows.map((rows) => rows.length))).toBeLessThan(compiled.indicators.length / 8);
    expect(text.length).toBeLessThan(JSON.stringify(compiled).length * 0.6);
  });

  it('round-trips the hand-built fixture (optional fields, statuses, brands, missing notes), with any shard count', () => {
    const fixture = JSON.parse(FIXTURE_TEXT) as CompiledLists;
    expect(fixture.indicators.some((i) => i.note === undefined || i.status !== undefined || i.brands !== undefined)).toBe(true);
    for (const shards of [1, 3, INDEX_SHARDS, 64]) {
      // Deep-equal only: the hand-written fixture does not keep the compiler's key order (its
      // `status` comes before `firstReported`); decoding always gives the canonical order.
      expect(JSON.parse(JSON.stringify(parseCompiled(serializeCompiled(fixture, shards))))).toEqual(fixture);
    }
    // No outlets at all (a person's lists alone, a synthetic index): an empty outlets line.
    const noOutlets = { ...fixture, outlets: [] };
    expect(JSON.parse(JSON.stringify(parseCompiled(serializeCompiled(noOutlets))))).toEqual(noOutlets);
    expect(() => serializeCompiled(fixture, 0)).toThrow(/shards must be 1\.\.64/);
    expect(() => serializeCompiled(fixture, 65)).toThrow(/shards must be 1\.\.64/);
  });

  it('keeps an earlier first-seen date next to the reported one, in canonical key order', () => {
    const compiled = realCompiled();
    const first = compiled.indicators[0]!;
    const { sources, note, ...head } = first;
    const withSeen = { ...head, firstReported: '2024-02-12', firstSeen: '2023-09', sources, ...(note === undefined ? {} : { note }) };
    const lists = { ...compiled, indicators: [withSeen, ...compiled.indicators.slice(1)] };
    const back = parseCompiled(serializeCompiled(lists));
    expect(back.indicators[0]!.firstSeen).toBe('2023-09');
    expect(JSON.stringify(back.indicators[0])).toBe(JSON.stringify(withSeen));
  });

  it('shares each distinct sources list, frozen (no caller can change one indicator through another)', () => {
    const back = parseCompiled(serializeCompiled(realCompiled()));
    const [a, b] = back.indicators.filter((i) => JSON.stringify(i.sources) === JSON.stringify(back.indicators[0]?.sources));
    expect(a && b).toBeTruthy();
    expect(Object.isFrozen(a?.sources)).toBe(true);
    expect(() => (a!.sources as string[]).push('another-source')).toThrow(TypeError);
    expect(b?.sources).toEqual(back.indicators[0]?.sources);
  });

  it('still reads format 1 (plain CompiledLists JSON): the fixture file as it is, pretty-printed or not', () => {
    const parsed = parseCompiled(FIXTURE_TEXT);
    expect(parsed.format).toBe(1);
    expect(parsed).toEqual(JSON.parse(FIXTURE_TEXT));
    expect(parseCompiled(JSON.stringify(JSON.parse(FIXTURE_TEXT)))).toEqual(parsed);
    expect(readIndex(FIXTURE_TEXT).sharded).toBe(false);
    expect(readIndex(FIXTURE_TEXT).lists(['washingtonpost.pm'])).toEqual(parsed);
  });

  it('refuses any other format, and a damaged format 3 file, with a clear error', () => {
    expect(() => parseCompiled('{"format":2,"indicators":[]}')).toThrow(/unsupported format 2 \(this build reads formats 1, 3 and 4/);
    expect(() => parseCompiled('{"indicators":[]}')).toThrow(/unsupported format undefined/);
    expect(() => parseCompiled('[]')).toThrow(/unsupported format/);
    expect(() => parseCompiled('null')).toThrow(/unsupported format/);
    expect(() => parseCompiled('{"format":3}')).toThrow(/format 3 without its indicators, strings, sourceLists or order/);
    expect(() => parseCompiled('{')).toThrow(SyntaxError);

    const fixture = JSON.parse(FIXTURE_TEXT) as CompiledLists;
    const good = serializeCompiled(fixture, 4);
    const [head, ...lines] = (JSON.parse(good) as unknown[]).map((part) => JSON.stringify(part));
    const shards = lines.slice(0, 4);
    const outletsLine = lines[4]!;
    const head0 = JSON.parse(head!);
    // The file as serializeCompiled frames it: `[`, one part per line, `,` between, `]`.
    const frame = (parts: string[]) => `[${parts.join(',\n')}]`;
    const withHead = (h: unknown, rest = [...shards, outletsLine]) => frame([JSON.stringify(h), ...rest]);
    expect(frame([head!, ...shards, outletsLine])).toBe(good);
    expect(JSON.stringify(parseCompiled(`${good}\n`))).toEqual(JSON.stringify(parseCompiled(good)));
    expect(() => parseCompiled(frame([head!, shards[0]!, shards[1]!]))).toThrow(/4 shards but 2 lines after the head/);
    expect(() => parseCompiled(frame([head!, ...shards, outletsLine, '[]']))).toThrow(/more than 5 lines after the head/);
    expect(() => parseCompiled(withHead({ ...head0, shards: 0 }))).toThrow(/format 4 with 0 shards/);
    expect(() => parseCompiled(withHead(head0, [shards[0]!, '{}', shards[2]!, shards[3]!, outletsLine]))).toThrow(/shard 2 is not a list of rows/);
    expect(() => parseCompiled(withHead(head0, [shards[0]!, '[', shards[2]!, shards[3]!, outletsLine]))).toThrow(SyntaxError);
    expect(() => parseCompiled(`${good.slice(0, -1)},`)).toThrow(/the outlets line does not end the file/);
    expect(() => parseCompiled(good.slice(0, -1))).toThrow(/the outlets line does not end the file/);
    expect(() => parseCompiled(good.replace(',\n', '\n'))).toThrow(/a line of the index does not end with ","/);
    // Format 4 without its outlets' domains, or with outlets in the head and no outlets line: refused.
    const { outletDomains, ...noDomains } = head0;
    expect(outletDomains).toEqual(expect.any(String));
    expect(() => parseCompiled(withHead(noDomains))).toThrow(/format 4 without its outletDomains/);
    expect(() => parseCompiled(withHead({ ...head0, order: `${head0.order}0` }))).toThrow(/section 0 has fewer rows than its order says/);
    expect(() => parseCompiled(withHead({ ...head0, order: head0.order.slice(1) }))).toThrow(/rows, its order says/);
    expect(() => parseCompiled(withHead({ ...head0, order: `${head0.order.slice(1)}9` }))).toThrow(/order names a section 9 that does not exist/);
  });

  it('refuses to encode a field it would drop', () => {
    const fixture = JSON.parse(FIXTURE_TEXT) as CompiledLists;
    (fixture.indicators[0] as unknown as Record<string, unknown>).extra = 1;
    expect(() => serializeCompiled(fixture)).toThrow(/a field the index format does not know: extra/);
  });
});
