/**
 * The compiled index: a CompiledLists with format 1 and the changelog's version, compact,
 * deterministic whatever the input order, and with nothing stripped.
 */
import { describe, expect, it } from 'vitest';
import type { ListsData } from '../../../src/core/types';
import { compileLists, countBy, serializeCompiled } from '../../../src/lists/compile';
import { INDEX_SHARDS, parseCompiled } from '../../../src/lists/compiled';
import { readListTree } from '../../../src/lists/load';
import { validateLists } from '../../../src/lists/validate';
import { GOOD, NOW } from './helpers';

function fixtureLists(): ListsData {
  const { problems, lists } = validateLists(readListTree(GOOD), { now: NOW });
  expect(problems).toEqual([]);
  return lists;
}

describe('compileLists', () => {
  it('has the CompiledLists shape: format 1, the version, every list, top-level keys in order', () => {
    const compiled = compileLists(fixtureLists(), '1.2.3');
    expect(Object.keys(compiled)).toEqual(['format', 'version', 'sources', 'actors', 'campaigns', 'indicators', 'outlets', 'artifacts']);
    expect(compiled.format).toBe(1);
    expect(compiled.version).toBe('1.2.3');
    expect(compiled.indicators.map((i) => i.value)).toEqual([
      'bild.work',
      'http://ca.pinterest.com/pin/1097048790475624510',
      'https://ca.pinterest.com/franolcadriw',
      'spiegel.ltd',
    ]);
  });

  it('strips nothing the engine or the UI needs: every field of every entry survives', () => {
    const lists = fixtureLists();
    const compiled = parseCompiled(serializeCompiled(compileLists(lists, '1.0.0')));
    for (const key of ['sources', 'actors', 'campaigns', 'indicators', 'outlets', 'artifacts'] as const) {
      expect(new Set(compiled[key].map((e) => JSON.stringify(e)))).toEqual(new Set(lists[key].map((e) => JSON.stringify(e))));
    }
    const bild = compiled.indicators.find((i) => i.value === 'bild.work');
    expect(bild).toMatchObject({ brands: ['BILD'], impersonates: 'bild', status: { state: 'defunct' } });
    const pin = compiled.indicators.find((i) => i.kind === 'url');
    expect(pin?.note).toBe('A pin on a platform the operator does not control.');
  });

  it('is compact and deterministic: same bytes whatever the order of entries and keys on input', () => {
    const lists = fixtureLists();
    const text = serializeCompiled(compileLists(lists, '1.0.0'));
    // src/lists/compiled.ts, format 4: one JSON array, the head, one line per shard and the outlets' line.
    expect(text.split('\n')).toHaveLength(1 + INDEX_SHARDS + 1);
    expect(text).not.toMatch(/": /);
    const shuffled: ListsData = {
      sources: [...lists.sources].reverse(),
      actors: lists.actors.map((a) => Object.fromEntries(Object.entries(a).reverse()) as typeof a),
      campaigns: [...lists.campaigns],
      indicators: [...lists.indicators].reverse().map((i) => Object.fromEntries(Object.entries(i).reverse()) as typeof i),
      outlets: [...lists.outlets].reverse(),
      artifacts: [...lists.artifacts],
    };
    expect(serializeCompiled(compileLists(shuffled, '1.0.0'))).toBe(text);
  });

  it('counts indicators by campaign and role for summaries', () => {
    const lists = fixtureLists();
    expect(countBy(lists, 'campaign')).toEqual([['doppelganger', 4]]);
    expect(countBy(lists, 'role')).toEqual([
      ['impersonation', 2],
      ['persona', 1],
      ['placed-article', 1],
    ]);
  });
});
