/**
 * The background's check of a stored own list (src/lists/own-lists.ts `bundledConflict`), held to
 * the full checks of an import (src/lists/custom.ts `parseCustomList`, with validate.ts):
 * - a list that passes the full checks against Unmask's lists, with those lists changed the ways
 *   a list update or a release can change them (a protected outlet added on a host the list names,
 *   a campaign, actor or outlet it cites dropped, a campaign of its own id added), one change at a
 *   time and in random combinations: the background uses it exactly when the full checks would
 *   still accept it;
 * - lists the full checks refuse because of the tables in the code (the Public Suffix List, the
 *   platforms, the account formats), as after an update of those tables: the background refuses
 *   them too;
 * - `ownListsInUse` takes only lists that are switched on, of the stored shape, with unique ids.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProtectedOutlet } from '../../../src/core/types';
import { hostOfUrl } from '../../../src/core/hosts';
import { parseCompiled } from '../../../src/lists/compiled';
import { CUSTOM_LIST_MARK, CUSTOM_LIST_VERSION, parseCustomList } from '../../../src/lists/custom';
import { bundledConflict, bundledContext, ownListsInUse, type BundledContext, type CustomListData } from '../../../src/lists/own-lists';

const ROOT = process.cwd();
const INDEX = parseCompiled(readFileSync(join(ROOT, 'public/unmask-index.json'), 'utf8'));
const CTX = bundledContext(INDEX);
const NOW = new Date('2026-11-21T00:00:00Z');
const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/custom-lists/test-list.json'), 'utf8')) as Record<string, any>;
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'docs/examples/custom-list.json'), 'utf8')) as Record<string, any>;
const ACTOR = INDEX.actors[0]!.id;

/** A list that cites every kind of thing Unmask's lists define, and holds every kind of indicator. */
const FILE = {
  ...FIXTURE,
  sources: [...FIXTURE.sources, ...EXAMPLE.sources],
  campaigns: [
    {
      ...FIXTURE.campaigns[0],
      attribution: [{ actor: ACTOR, by: 'Unmask test fixtures', confidence: 'reported', sources: ['test-fixture-source'] }],
    },
  ],
  indicators: [
    ...FIXTURE.indicators,
    ...EXAMPLE.indicators,
    { ...FIXTURE.indicators[0], value: 'news.fixture-site.example', note: undefined },
    { ...FIXTURE.indicators[0], kind: 'url', value: 'https://url-host.example/article/1', role: 'amplifier', note: undefined },
    { ...FIXTURE.indicators[0], kind: 'url', value: 'https://placed-host.example/story', role: 'placed-article', note: undefined },
    { ...FIXTURE.indicators[0], kind: 'handle', platform: 'telegram', value: 'https://t.me/fixture_channel', role: 'persona', note: undefined },
  ],
};

function checked(file: unknown, ctx: BundledContext): CustomListData {
  const result = parseCustomList(file, ctx, NOW);
  if (!result.ok) throw new Error(`${result.error} ${result.problems.join('; ')}`);
  return result.list;
}
const LIST = checked(FILE, CTX);

/** The list as a file again (what the full checks read). */
function asFile(list: CustomListData): unknown {
  return { unmask: CUSTOM_LIST_MARK, version: CUSTOM_LIST_VERSION, ...list };
}

function fullChecksAccept(list: CustomListData, ctx: BundledContext): boolean {
  return parseCustomList(asFile(list), ctx, NOW).ok;
}

/** Hosts the list names where an outlet's official domain would make it wrong. */
const NAMED_HOSTS = [
  ...LIST.indicators.filter((i) => i.kind === 'domain').map((i) => i.value),
  'fixture-site.example',
  ...LIST.indicators.filter((i) => i.kind === 'url').map((i) => hostOfUrl(i.value)!),
];

type Change =
  | { kind: 'outlet'; domain: string }
  | { kind: 'drop-campaign'; id: string }
  | { kind: 'drop-actor'; id: string }
  | { kind: 'drop-outlet'; id: string }
  | { kind: 'own-campaign-bundled'; id: string };

const CHANGES: Change[] = [
  ...NAMED_HOSTS.map((domain): Change => ({ kind: 'outlet', domain })),
  { kind: 'outlet', domain: 'unrelated-host.example' },
  ...[...new Set(LIST.indicators.map((i) => i.campaign))].filter((id) => CTX.campaigns.has(id)).map((id): Change => ({ kind: 'drop-campaign', id })),
  { kind: 'drop-campaign', id: INDEX.campaigns.find((c) => !LIST.indicators.some((i) => i.campaign === c.id))!.id },
  { kind: 'drop-actor', id: ACTOR },
  { kind: 'drop-actor', id: INDEX.actors[1]!.id },
  ...LIST.indicators.flatMap((i): Change[] => (i.impersonates ? [{ kind: 'drop-outlet', id: i.impersonates }] : [])),
  { kind: 'drop-outlet', id: INDEX.outlets.find((o) => !LIST.indicators.some((i) => i.impersonates === o.id))!.id },
  ...LIST.campaigns.map((c): Change => ({ kind: 'own-campaign-bundled', id: c.id })),
];

function changed(changes: readonly Change[]): BundledContext {
  const campaigns = new Set(CTX.campaigns);
  const actors = new Set(CTX.actors);
  let outlets: ProtectedOutlet[] = [...CTX.outlets];
  changes.forEach((c, n) => {
    if (c.kind === 'outlet') outlets.push({ id: `new-outlet-${n}`, name: `New Outlet ${n}`, names: [], domains: [c.domain], country: 'US', kind: 'news' } as ProtectedOutlet);
    else if (c.kind === 'drop-campaign') campaigns.delete(c.id);
    else if (c.kind === 'drop-actor') actors.delete(c.id);
    else if (c.kind === 'drop-outlet') outlets = outlets.filter((o) => o.id !== c.id);
    else campaigns.add(c.id);
  });
  return { campaigns, actors, outlets };
}

describe("the background's check of a stored own list", () => {
  it('the list passes both as it is', () => {
    expect(bundledConflict(LIST, CTX)).toBeNull();
    expect(fullChecksAccept(LIST, CTX)).toBe(true);
    expect(CHANGES.length).toBeGreaterThan(10);
  });

  it.each(CHANGES.map((c) => [JSON.stringify(c), c] as const))('one change of Unmask\'s lists (%s): the same answer as the full checks', (_, change) => {
    const ctx = changed([change]);
    const accepted = fullChecksAccept(LIST, ctx);
    const conflict = bundledConflict(LIST, ctx);
    expect(conflict === null, `full checks ${accepted ? 'accept' : 'refuse'}; background: ${conflict}`).toBe(accepted);
  });

  it('each kind of change can make a list unusable, and the outlet rule spares a placed article', () => {
    expect(bundledConflict(LIST, changed([{ kind: 'outlet', domain: 'custom-list-only.example' }]))).toMatch(/official domain of a protected outlet/);
    expect(bundledConflict(LIST, changed([{ kind: 'outlet', domain: 'fixture-site.example' }]))).toMatch(/"news\.fixture-site\.example" is on "fixture-site\.example"/);
    expect(bundledConflict(LIST, changed([{ kind: 'outlet', domain: 'placed-host.example' }]))).toBeNull();
    expect(bundledConflict(LIST, changed([{ kind: 'outlet', domain: 'url-host.example' }]))).toMatch(/url-host\.example/);
    expect(bundledConflict(LIST, changed([{ kind: 'drop-campaign', id: 'doppelganger' }]))).toMatch(/campaign "doppelganger"/);
    expect(bundledConflict(LIST, changed([{ kind: 'drop-actor', id: ACTOR }]))).toMatch(/actor/);
    expect(bundledConflict(LIST, changed([{ kind: 'drop-outlet', id: 'washington-post' }]))).toMatch(/outlet "washington-post"/);
    expect(bundledConflict(LIST, changed([{ kind: 'own-campaign-bundled', id: 'fixture-campaign' }]))).toMatch(/"fixture-campaign" is now a campaign/);
  });

  it('random combinations of changes: the same answer as the full checks', () => {
    fc.assert(
      fc.property(fc.subarray(CHANGES, { maxLength: 4 }), (changes) => {
        const ctx = changed(changes);
        expect(bundledConflict(LIST, ctx) === null).toBe(fullChecksAccept(LIST, ctx));
      }),
      { numRuns: 300 },
    );
  });

  it("entries the full checks refuse because of the code's own tables are refused too", () => {
    const base = FIXTURE.indicators[0];
    const refused = [
      { ...base, value: 'github.io' }, // a public suffix (private section)
      { ...base, value: 'blogspot.com' },
      { ...base, value: 'facebook.com' }, // a platform itself
      { ...base, value: 'm.facebook.com' },
      { ...base, kind: 'handle', platform: 'x', value: 'https://x.com/', role: 'persona' }, // no account
      { ...base, kind: 'handle', platform: 'telegram', value: 'http://t.me/fixture_channel', role: 'persona' },
    ];
    for (const indicator of refused) {
      const list = { ...LIST, indicators: [indicator] } as CustomListData;
      expect(fullChecksAccept(list, CTX), indicator.value).toBe(false);
      expect(bundledConflict(list, CTX), indicator.value).not.toBeNull();
    }
  });
});

describe('ownListsInUse', () => {
  const stored = (over: Record<string, unknown> = {}) => ({ id: 'test-fixture-list', importedAt: '2026-11-21T00:00:00.000Z', enabled: true, ...LIST, ...over });

  it('takes the lists that are switched on, of the stored shape, with unique ids, and no conflict', () => {
    const lists = ownListsInUse(
      {
        version: 1,
        lists: [
          stored(),
          stored({ id: 'off', enabled: false }),
          stored({ id: 'test-fixture-list', name: 'Same id' }),
          stored({ id: 'Bad Id' }),
          stored({ id: 'no-sources', sources: undefined }),
          stored({ id: 'bad-indicator', indicators: [{ ...LIST.indicators[0], campaign: 7 }] }),
          stored({ id: 'bad-campaign', campaigns: [{ ...LIST.campaigns[0], attribution: [{ actor: ACTOR }] }] }),
          stored({ id: 'conflict', indicators: [{ ...LIST.indicators[0], value: 'washingtonpost.com' }] }),
          stored({ id: 'unknown-kind', indicators: [{ ...LIST.indicators[0], kind: 'email' }] }),
          null,
          'x',
        ],
      },
      CTX,
    );
    expect(lists.map((l) => [l.id, l.name])).toEqual([['test-fixture-list', LIST.name]]);
    expect(Object.keys(lists[0]!).sort()).toEqual(['campaigns', 'id', 'indicators', 'name', 'sources']);
  });

  it('anything else stored is no lists, never a throw', () => {
    for (const raw of [undefined, null, 'x', 5, [], { version: 2, lists: [stored()] }, { version: 1 }, { version: 1, lists: {} }]) {
      expect(ownListsInUse(raw, CTX)).toEqual([]);
    }
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(Array.isArray(ownListsInUse({ version: 1, lists: [raw] }, CTX))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
