/**
 * The canonical list format: key order from types.ts, empty optional keys dropped, unknown keys
 * kept, entries sorted, indicators one per line, and a round trip that changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDifferentLine, formatList, formatListText } from '../../../src/lists/format';
import { readListTree } from '../../../src/lists/load';
import { INDICATOR_KINDS, PLATFORMS, ROLE_VALUES, listKindOf } from '../../../src/lists/schema';
import { GOOD } from './helpers';

describe('formatList', () => {
  it('writes keys in the order of the interfaces, drops empty optional keys, keeps unknown keys last', () => {
    const text = formatList('sources', [
      { licence: 'MIT', tier: 'secondary', url: 'https://e.org/r', title: 'T', via: '', date: '', publisher: 'P', id: 'b' },
      { typo: 1, id: 'a', publisher: 'P', title: 'T', url: 'https://e.org/a', tier: 'secondary', licence: 'MIT' },
    ]);
    expect(text).toBe(
      [
        '[',
        '  {',
        '    "id": "a",',
        '    "publisher": "P",',
        '    "title": "T",',
        '    "url": "https://e.org/a",',
        '    "tier": "secondary",',
        '    "licence": "MIT",',
        '    "typo": 1',
        '  },',
        '  {',
        '    "id": "b",',
        '    "publisher": "P",',
        '    "title": "T",',
        '    "url": "https://e.org/r",',
        '    "tier": "secondary",',
        '    "licence": "MIT"',
        '  }',
        ']',
        '',
      ].join('\n'),
    );
  });

  it('keeps required empty arrays and orders nested objects (campaign targets, active, tactics)', () => {
    const text = formatList('campaigns', [
      {
        sources: ['s'],
        tactics: [{ basis: 'mapping', note: 'n', name: 'Lookalike Domain', id: 'T0149.003' }],
        summary: 'S.',
        status: 'unknown',
        active: { to: '2024', from: '2022' },
        targets: { languages: [], countries: ['DE'] },
        origin: ['RU'],
        attribution: [],
        aliases: [{ by: '', name: 'RRN' }],
        name: 'Doppelganger',
        id: 'doppelganger',
        events: [],
      },
    ]);
    const parsed = JSON.parse(text) as [Record<string, unknown>];
    expect(Object.keys(parsed[0])).toEqual([
      'id',
      'name',
      'aliases',
      'attribution',
      'origin',
      'targets',
      'active',
      'status',
      'summary',
      'tactics',
      'sources',
    ]);
    expect(parsed[0].aliases).toEqual([{ name: 'RRN' }]);
    expect(JSON.stringify(parsed[0].targets)).toBe('{"countries":["DE"],"languages":[]}');
    expect(JSON.stringify(parsed[0].active)).toBe('{"from":"2022","to":"2024"}');
    expect(Object.keys((parsed[0].tactics as object[])[0]!)).toEqual(['id', 'name', 'note', 'basis']);
  });

  it('writes one indicator per line, sorted by value, then kind, then platform', () => {
    const base = { role: 'persona', campaign: 'c', sources: ['s'] };
    const text = formatList('indicators', [
      { ...base, value: 'b.com', kind: 'domain', platform: 'web' },
      { ...base, platform: 'x', kind: 'handle', value: 'https://x.com/a' },
      { ...base, value: 'a.com', kind: 'domain', platform: 'web', brands: [], status: {} },
    ]);
    expect(text).toBe(
      '[\n' +
        '  {"value":"a.com","kind":"domain","platform":"web","role":"persona","campaign":"c","sources":["s"]},\n' +
        '  {"value":"b.com","kind":"domain","platform":"web","role":"persona","campaign":"c","sources":["s"]},\n' +
        '  {"value":"https://x.com/a","kind":"handle","platform":"x","role":"persona","campaign":"c","sources":["s"]}\n' +
        ']\n',
    );
  });

  it('sorts by UTF-16 code units, not by locale', () => {
    const text = formatList('actors', [{ id: 'b' }, { id: 'B' }, { id: 'a' }]);
    expect((JSON.parse(text) as { id: string }[]).map((a) => a.id)).toEqual(['B', 'a', 'b']);
  });

  it('keeps an unknown key named __proto__ as a key, so the validator can report it', () => {
    const text = formatList('actors', JSON.parse('[{"id":"a","__proto__":{"x":1}}]') as unknown[]);
    expect(text).toContain('"__proto__": {');
  });

  it('writes an empty list as []', () => {
    expect(formatList('indicators', [])).toBe('[]\n');
  });

  it('refuses text that is not a JSON array', () => {
    expect(() => formatListText('sources', '{"id": "x"}', 'lists/sources.json')).toThrow(
      'lists/sources.json: must be a JSON array of entries',
    );
    expect(() => formatListText('sources', '[', 'lists/sources.json')).toThrow(/^lists\/sources\.json: not valid JSON/);
  });
});

describe('round trip', () => {
  it('every fixture file is canonical: format(x) === x, and parse(format(x)) deep-equals x', () => {
    for (const file of readListTree(GOOD)) {
      const kind = listKindOf(file.name)!.kind;
      const text = file.text ?? '';
      expect(formatListText(kind, text), file.name).toBe(text);
      expect(JSON.parse(formatListText(kind, text))).toEqual(JSON.parse(text));
    }
  });

  const indicator = fc.record(
    {
      value: fc.stringMatching(/^[a-z0-9]{1,8}\.(com|pm|ltd)$/),
      kind: fc.constantFrom(...INDICATOR_KINDS),
      platform: fc.constantFrom(...PLATFORMS),
      role: fc.constantFrom(...ROLE_VALUES),
      campaign: fc.constant('doppelganger'),
      brands: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 2 }),
      firstReported: fc.constantFrom(undefined, '2023', '2023-05', '2023-05-01', ''),
      sources: fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 2 }),
      note: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    },
    { requiredKeys: ['value', 'kind', 'platform', 'role', 'campaign', 'sources'] },
  );

  it('format(format(x)) === format(x), and parse(format(x)) keeps every non-empty value (property)', () => {
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 30 }), (entries) => {
        const once = formatList('indicators', entries);
        const parsed = JSON.parse(once) as Record<string, unknown>[];
        expect(formatList('indicators', parsed)).toBe(once);
        expect(parsed).toHaveLength(entries.length);
        // Nothing but empty optional values is lost: compare as multisets of cleaned entries.
        const clean = (e: Record<string, unknown>): string =>
          JSON.stringify(
            Object.fromEntries(
              Object.entries(e)
                .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
                .sort(([a], [b]) => (a < b ? -1 : 1)),
            ),
          );
        expect(parsed.map(clean).sort()).toEqual(entries.map((e) => clean(e as Record<string, unknown>)).sort());
      }),
      { numRuns: 200 },
    );
  });

  it('parse(format(x)) deep-equals x when x is already canonical (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(indicator, { selector: (e) => e.value, maxLength: 30 }), (entries) => {
        const canonical = JSON.parse(formatList('indicators', entries)) as unknown[];
        expect(JSON.parse(formatList('indicators', canonical))).toEqual(canonical);
      }),
      { numRuns: 100 },
    );
  });
});

describe('firstDifferentLine', () => {
  it('names the first line that differs, or null', () => {
    expect(firstDifferentLine('a\nb\n', 'a\nb\n')).toBeNull();
    expect(firstDifferentLine('a\nx\n', 'a\nb\n')).toBe(2);
    expect(firstDifferentLine('a\nb', 'a\nb\n')).toBe(3);
  });
});
