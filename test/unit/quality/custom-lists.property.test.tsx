// @vitest-environment happy-dom
/**
 * Custom-list import and storage on arbitrary input, thousands of runs each:
 * - `parseCustomList` / `parseCustomListText` never throw: ok with a list that passes again, or
 *   "This list was not imported: …" with at most ten problems and a count of the rest;
 * - mutations of a valid list (any field set to anything, deleted, an unknown key added, entries
 *   duplicated or hosts replaced by protected outlets' official domains) never throw, and whatever
 *   is accepted never names an official domain of a protected outlet;
 * - a refused import leaves the stored lists exactly as they were (`importCustomListText` never
 *   changes its input, and the options section stores nothing);
 * - whatever is in storage, `readCustomLists` and the merge never throw, and the engine built from
 *   them still judges Unmask's own entries;
 * - huge and deep inputs are refused quickly with the size or depth message.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createEngine } from '../../../src/core/engine';
import { hostCandidates, hostOfUrl } from '../../../src/core/hosts';
import { readCustomLists, withImported, type StoredCustomLists } from '../../../src/extension/custom-lists';
import { parseCompiled } from '../../../src/lists/compiled';
import { bundledContext, mergeCustomLists, parseCustomList, parseCustomListText, type CustomListResult } from '../../../src/lists/custom';
import { CustomListsSection } from '../../../src/ui/components/CustomListsSection';
import { bundledFor, customListsView, importCustomListText } from '../../../src/ui/custom-lists-model';
import { ownListsInUse } from '../../../src/lists/own-lists';
import { installMessages } from '../ui/messages';
import { useRenderContainer } from '../ui/render';

const RUNS = 2000;
/** The repository (vitest runs from it; happy-dom's import.meta.url is not a file URL). */
const ROOT = process.cwd();
const INDEX = parseCompiled(readFileSync(join(ROOT, 'public/unmask-index.json'), 'utf8'));
const CTX = bundledContext(INDEX);
const BUNDLED = bundledFor(INDEX);
const NOW = new Date('2026-11-21T00:00:00Z');
const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/custom-lists/test-list.json'), 'utf8')) as Record<string, any>;
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'docs/examples/custom-list.json'), 'utf8')) as Record<string, any>;

/** A valid list with more variety: the fixture's own campaign plus the example's real entries. */
const VALID = {
  ...FIXTURE,
  sources: [...FIXTURE.sources, ...EXAMPLE.sources],
  indicators: [...FIXTURE.indicators, ...EXAMPLE.indicators],
};
const OFFICIAL = new Set(INDEX.outlets.flatMap((o) => o.domains));
const OFFICIAL_LIST = [...OFFICIAL];

function expectClear(result: CustomListResult, input: unknown): void {
  if (result.ok) return;
  const what = JSON.stringify(input)?.slice(0, 200);
  expect(result.error.startsWith('This list was not imported: '), `${result.error} for ${what}`).toBe(true);
  expect(result.error.length).toBeLessThan(1200);
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(11);
  for (const p of result.problems) {
    expect(typeof p).toBe('string');
    expect(p.length, p).toBeGreaterThan(5);
    expect(p.length, p).toBeLessThan(1200);
  }
}

/** An accepted list passes again as it came out, and names no official domain of a protected outlet. */
function expectSound(result: CustomListResult): void {
  if (!result.ok) return;
  const again = parseCustomList(JSON.parse(JSON.stringify({ unmask: 'custom-list', version: 1, ...result.list })), CTX, NOW);
  expect(again.ok, JSON.stringify(again)).toBe(true);
  for (const i of result.list.indicators) {
    const host = i.kind === 'domain' ? i.value : hostOfUrl(i.value);
    if (host === null || i.role === 'placed-article') continue;
    for (const candidate of hostCandidates(host)) expect(OFFICIAL.has(candidate), `${i.value} names ${candidate}`).toBe(false);
  }
}

const key = fc.constantFrom('sources', 'campaigns', 'indicators', 'name', 'version', 'unmask');
const entryKey = fc.constantFrom(
  'value',
  'kind',
  'platform',
  'role',
  'campaign',
  'brands',
  'impersonates',
  'firstReported',
  'status',
  'sources',
  'note',
  'id',
  'publisher',
  'title',
  'date',
  'url',
  'tier',
  'via',
  'licence',
  'aliases',
  'attribution',
  'origin',
  'targets',
  'active',
  'summary',
  'tactics',
  '__proto__',
  'constructor',
  'extra',
);
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    '',
    'https://example.org/x',
    'http://example.org',
    'co.uk',
    'x.com',
    'doppelganger',
    'washington-post',
    '2031-01-01',
    'operated-outlet',
    [],
    {},
    ['test-fixture-source'],
  ),
  fc.constantFrom(...OFFICIAL_LIST.slice(0, 200)),
);

type Mutation =
  | { kind: 'top'; key: string; value: unknown }
  | { kind: 'delete-top'; key: string }
  | { kind: 'entry'; list: 'sources' | 'campaigns' | 'indicators'; index: number; key: string; value: unknown }
  | { kind: 'delete-entry-key'; list: 'sources' | 'campaigns' | 'indicators'; index: number; key: string }
  | { kind: 'duplicate'; list: 'sources' | 'campaigns' | 'indicators'; index: number }
  | { kind: 'official'; index: number; domain: string; sub: boolean };

const listName = fc.constantFrom('sources' as const, 'campaigns' as const, 'indicators' as const);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('top' as const), key, value: anyValue }),
  fc.record({ kind: fc.constant('delete-top' as const), key }),
  fc.record({ kind: fc.constant('entry' as const), list: listName, index: fc.nat(3), key: entryKey, value: anyValue }),
  fc.record({ kind: fc.constant('delete-entry-key' as const), list: listName, index: fc.nat(3), key: entryKey }),
  fc.record({ kind: fc.constant('duplicate' as const), list: listName, index: fc.nat(3) }),
  fc.record({ kind: fc.constant('official' as const), index: fc.nat(2), domain: fc.constantFrom(...OFFICIAL_LIST), sub: fc.boolean() }),
);

function mutate(base: Record<string, any>, mutations: readonly Mutation[]): Record<string, any> {
  const list = structuredClone(base);
  for (const m of mutations) {
    const entries = (name: string): any[] => (Array.isArray(list[name]) ? list[name] : []);
    switch (m.kind) {
      case 'top':
        Object.defineProperty(list, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      case 'delete-top':
        delete list[m.key];
        break;
      case 'entry': {
        const e = entries(m.list)[m.index];
        if (e && typeof e === 'object')
          Object.defineProperty(e, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      }
      case 'delete-entry-key': {
        const e = entries(m.list)[m.index];
        if (e && typeof e === 'object') delete e[m.key];
        break;
      }
      case 'duplicate': {
        const all = entries(m.list);
        if (all[m.index] !== undefined) all.push(structuredClone(all[m.index]));
        break;
      }
      case 'official': {
        const e = entries('indicators')[m.index];
        if (e && typeof e === 'object') e.value = m.sub ? `news.${m.domain}` : m.domain;
        break;
      }
    }
  }
  return list;
}

describe('parseCustomList on arbitrary input', () => {
  it('arbitrary values never throw: ok and sound, or a clear refusal', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.jsonValue(),
          fc.record(
            {
              unmask: fc.constant('custom-list'),
              version: fc.constant(1),
              name: fc.string(),
              sources: fc.anything(),
              indicators: fc.anything(),
            },
            { requiredKeys: [] },
          ),
        ),
        (input) => {
          const result = parseCustomList(input, CTX, NOW);
          expectClear(result, input);
          expectSound(result);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('arbitrary text never throws (JSON or not, with or without a BOM)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string().map((s) => `\ufeff${s}`),
          fc.constantFrom('{', '[', '"', '\\', '{"unmask":"custom-list"'),
        ),
        (text) => {
          const result = parseCustomListText(text, CTX, NOW);
          expectClear(result, text);
          expectSound(result);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('mutations of a valid list never throw; what is accepted never names an official domain of a protected outlet', () => {
    expect(parseCustomList(VALID, CTX, NOW).ok).toBe(true);
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const input = mutate(VALID, mutations);
        const result = parseCustomList(input, CTX, NOW);
        expectClear(result, mutations);
        expectSound(result);
        if (!result.ok) refused++;
        // Through the text reader too (what a file gives).
        const fromText = parseCustomListText(JSON.stringify(input), CTX, NOW);
        expect(fromText.ok).toBe(result.ok);
      }),
      { numRuns: RUNS },
    );
    // The mutations are not all harmless: most are refused (the property is not vacuous).
    expect(refused).toBeGreaterThan(RUNS / 2);
  });

  it('an official domain (or a host under one) in any position is always refused, naming the outlet', () => {
    fc.assert(
      fc.property(fc.nat(2), fc.constantFrom(...OFFICIAL_LIST), fc.boolean(), (index, domain, sub) => {
        const input = mutate(VALID, [{ kind: 'official', index, domain, sub }]);
        const result = parseCustomList(input, CTX, NOW);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.problems.join('\n')).toMatch(new RegExp(`indicators\\[${index}\\]: .*official domain of the protected outlet`));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('huge and deep inputs', () => {
  it('over 2 MB of text is refused from its length, before JSON.parse', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = JSON.stringify({ ...FIXTURE, indicators: Array(40_000).fill(FIXTURE.indicators[0]) });
    expect(huge.length).toBeGreaterThan(2_000_000);
    const result = parseCustomListText(huge, CTX, NOW);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^the file is too large \(\d[\d,]* kB; at most 2 MB\)/);
  });

  it('deep nesting in text or in a value is refused by depth, never a stack overflow', () => {
    for (const text of [
      '['.repeat(1_900_000),
      '{"a":'.repeat(300_000),
      `{"unmask":"custom-list","indicators":${'['.repeat(13)}${']'.repeat(13)}}`,
    ]) {
      const result = parseCustomListText(text, CTX, NOW);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]).toMatch(/nested (more than 1,000|\d+) levels deep/);
    }
    let deep: unknown = {};
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const result = parseCustomList({ ...FIXTURE, sources: [deep] }, CTX, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/nested deeper than 12 levels$/);
  });

  it('a list of 10,000 indicators (the limit) is checked in reasonable time', () => {
    // Without notes, so that 10,000 fit in the 2 MB of text (with them, the size limit comes first).
    const { note: _note, ...bare } = FIXTURE.indicators[0];
    const indicators = Array.from({ length: 10_000 }, (_, i) => ({ ...bare, value: `host-${i}.custom-list-only.example` }));
    const text = JSON.stringify({ ...FIXTURE, indicators });
    expect(text.length).toBeLessThan(2_000_000);
    const started = performance.now();
    const result = parseCustomListText(text, CTX, NOW);
    const ms = performance.now() - started;
    console.log(`checked a custom list of 10,000 indicators in ${ms.toFixed(0)} ms`);
    expect(result.ok).toBe(true);
    expect(ms).toBeLessThan(10_000);
  });
});

describe('stored lists: a refused import keeps the previous state; storage of any shape is safe', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });
  const good = parseCustomList(FIXTURE, CTX, NOW);
  if (!good.ok) throw new Error(good.error);
  const first = withImported(undefined, good.list, NOW);
  if (!first.ok) throw new Error(first.error);
  const stored: StoredCustomLists = first.next;

  it('importCustomListText never changes the stored value it is given, and refuses without a next value', () => {
    const before = JSON.stringify(stored);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, asText) => {
        const text = asText ? JSON.stringify(mutate(VALID, mutations)) : JSON.stringify(mutations).slice(0, 200);
        const outcome = importCustomListText(text, BUNDLED, stored, NOW);
        expect(JSON.stringify(stored)).toBe(before);
        if (outcome.ok) {
          expect(outcome.next.lists.length).toBeGreaterThanOrEqual(1);
          // The previous list is still there unless the new one has its name (a replacement).
          expect(outcome.next.lists.some((l) => l.name === 'Test fixture list')).toBe(true);
        } else {
          expect(outcome.error).toMatch(/Your lists are unchanged\.$/);
          expect('next' in outcome).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('readCustomLists and the merge never throw on any stored value; Unmask lists keep working', () => {
    const engineBase = createEngine(INDEX);
    const pm = engineBase.judge('https://washingtonpost.pm/').level;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ version: fc.constant(1), lists: fc.array(fc.anything(), { maxLength: 3 }) }),
          fc.array(mutation, { maxLength: 3 }).map((m) => ({
            version: 1,
            lists: [{ ...stored.lists[0], ...mutate(VALID, m), id: 'test-fixture-list', importedAt: NOW.toISOString(), enabled: true }],
          })),
        ),
        (raw) => {
          const read = readCustomLists(raw, CTX, NOW);
          for (const b of read.broken) expect(b.reason.length).toBeGreaterThan(10);
          // What the background merges (src/lists/own-lists.ts): never throws either.
          const usable = ownListsInUse(raw, CTX);
          const merged = mergeCustomLists(INDEX, usable);
          expect(merged.indicators.length).toBeGreaterThanOrEqual(INDEX.indicators.length);
          expect(customListsView(raw, BUNDLED, NOW).lists.length).toBe(read.lists.length);
        },
      ),
      { numRuns: RUNS },
    );
    // One engine build over a usable list: Unmask's own verdicts are unchanged.
    const engine = createEngine(mergeCustomLists(INDEX, ownListsInUse(stored, CTX)));
    expect(engine.judge('https://washingtonpost.pm/').level).toBe(pm);
    expect(engine.judge('https://custom-list-only.example/').level).toBe('high');
  });

  it('over the budget (20 lists, 20,000 indicators) an import is refused and nothing changes', () => {
    let raw: unknown = undefined;
    for (let i = 0; i < 20; i++) {
      const r = withImported(raw, { ...good.list, name: `List ${i}` }, NOW);
      if (!r.ok) throw new Error(r.error);
      raw = r.next;
    }
    const before = JSON.stringify(raw);
    expect(withImported(raw, { ...good.list, name: 'One more' }, NOW)).toEqual({
      ok: false,
      error: 'You have 20 lists already, the most Unmask keeps: remove one first.',
    });
    const big = { ...good.list, name: 'Big', indicators: Array(10_000).fill(good.list.indicators[0]) };
    const two = withImported(
      withImported(undefined, big, NOW).ok ? (withImported(undefined, big, NOW) as { next: StoredCustomLists }).next : undefined,
      { ...big, name: 'Big 2' },
      NOW,
    );
    expect(two.ok).toBe(true);
    const three = withImported((two as { next: StoredCustomLists }).next, { ...good.list, name: 'Small' }, NOW);
    expect(three).toEqual({
      ok: false,
      error: 'With this list you would have 20,001 indicators in your lists; Unmask keeps at most 20,000: remove a list first.',
    });
    expect(JSON.stringify(raw)).toBe(before);
    // A damaged store is never overwritten by an import.
    expect(withImported({ version: 1, lists: 'x' }, good.list, NOW)).toEqual({
      ok: false,
      error: 'Your saved lists are damaged: remove them first (below), then import again.',
    });
  });
});

describe('the options section stores nothing on a refused file', () => {
  let container: HTMLElement;
  useRenderContainer((el) => {
    container = el;
  });

  async function choose(file: File) {
    const input = container.querySelector('#custom-list-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 20));
    });
  }

  it('hostile files: the alert says why; the stored lists and the list shown are unchanged', async () => {
    const good = parseCustomList(FIXTURE, CTX, NOW);
    if (!good.ok) throw new Error(good.error);
    let raw: unknown = (withImported(undefined, good.list, NOW) as { next: StoredCustomLists }).next;
    const before = JSON.stringify(raw);
    const saves = vi.fn();
    const mount = () =>
      render(
        <CustomListsSection
          view={customListsView(raw, BUNDLED, NOW)}
          maxBytes={8_000_000}
          onImport={async (text) => {
            const outcome = importCustomListText(text, BUNDLED, raw, NOW);
            if (!outcome.ok) return outcome;
            saves(outcome.next);
            raw = outcome.next;
            return { ok: true, message: outcome.message };
          }}
          onRemove={async () => null}
          onToggle={async () => false}
        />,
        container,
      );
    mount();
    const alert = () => container.querySelector('#custom-list-note [role="alert"]')?.textContent ?? '';
    for (const [content, expected] of [
      ['{"__proto__":{"x":1},"unmask":"custom-list"}', /__proto__/],
      [
        JSON.stringify(mutate(VALID, [{ kind: 'official', index: 0, domain: 'bbc.co.uk', sub: false }])),
        /indicators\[0\]: "bbc\.co\.uk" is an official domain of the protected outlet/,
      ],
      ['['.repeat(200_000), /nested more than 1,000 levels/],
      ['{"unmask":', /not valid JSON/],
      ['{"sensitivity":"text"}', /not an Unmask custom list/],
    ] as const) {
      await choose(new File([content], 'list.json', { type: 'application/json' }));
      expect(alert(), content.slice(0, 40)).toMatch(expected);
      expect(alert()).toMatch(/Your lists are unchanged\./);
    }
    const huge = new File(['x'], 'list.json');
    Object.defineProperty(huge, 'size', { value: 50_000_000 });
    const text = vi.fn(async () => '{}');
    Object.defineProperty(huge, 'text', { value: text });
    await choose(huge);
    expect(text).not.toHaveBeenCalled();
    expect(alert()).toBe('This file is too large (more than 2 MB). Your lists are unchanged.');
    expect(saves).not.toHaveBeenCalled();
    expect(JSON.stringify(raw)).toBe(before);
    expect(container.querySelectorAll('li.custom-list')).toHaveLength(1);

    // A file dropped on the box is imported like a chosen one.
    const zone = container.querySelector('.dropzone')!;
    // Preact listens for "drop" where elements have an ondrop property (browsers), else for "Drop"
    // (happy-dom has none); the real-browser test drops a file for real.
    const drop = new Event('ondrop' in zone ? 'drop' : 'Drop', { bubbles: true, cancelable: true });
    const other = { ...FIXTURE, name: 'Dropped list' };
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [new File([JSON.stringify(other)], 'dropped.json')] } });
    await act(async () => {
      zone.dispatchEvent(drop);
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(saves).toHaveBeenCalledTimes(1);
    expect(drop.defaultPrevented).toBe(true);
    expect((raw as StoredCustomLists).lists.map((l) => l.name)).toEqual(['Test fixture list', 'Dropped list']);
    expect(container.querySelector('#custom-list-note [role="status"]')?.textContent).toBe(
      'Imported your list “Dropped list”. Indicators in it: 1.',
    );
  });
});
