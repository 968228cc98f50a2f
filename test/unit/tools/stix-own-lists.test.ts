/**
 * STIX export of findings from a person's own lists (custom lists): never presented as Unmask's
 * intelligence. What only a list says is created by an identity for that list (not Unmask's), is
 * marked `x_unmask_lists`, and says "From your list “NAME”"; Unmask's campaigns, actors and
 * indicators stay Unmask's, and the bundle stays valid under our STIX 2.1 rules (test/support/stix-validate.ts).
 *
 * The findings come from the real engine over real list files (test/unit/ui/own-list-fixtures.ts):
 * spiegel.ltd only through the docs example list, on Unmask's `doppelganger`; washingtonpost.pm
 * Unmask's; custom-list-only.example on a campaign only the test fixture list defines. For an
 * `attributed-to` from such a campaign, this test gives the fixture list's campaign an attribution
 * to "Fixture Actor", an actor added to the test index here: both are invented for the test, so
 * no real actor is tied to an invented campaign.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import type { Actor, CompiledLists, Finding } from '../../../src/core/types';
import { bundledContext, mergeCustomLists, parseCustomList } from '../../../src/lists/custom';
import { runBulk } from '../../../src/tools/bulk-run';
import type { BulkRow } from '../../../src/tools/bulk-rows';
import { parseBulkInput } from '../../../src/tools/bulk-input';
import { toStixBundle, toStixJson, type StixObject } from '../../../src/tools/export/stix';
import { indexLists } from '../../../src/ui/lists';
import { BUNDLED, EXAMPLE_LIST } from '../ui/own-list-fixtures';
import { validateBundle } from '../../support/stix-validate';

const NOW = new Date(Date.UTC(2026, 10, 21, 9, 0, 0));
const EXAMPLE_NAME = 'Doppelganger clones (example from Unmask lists)';
const FIXTURE_NAME = 'Test fixture list';

const FIXTURE_ACTOR: Actor = { id: 'fixture-actor', name: 'Fixture Actor', aliases: [], country: 'XX', kind: 'group', sources: [] };
const INDEX: CompiledLists = { ...BUNDLED, actors: [...BUNDLED.actors, FIXTURE_ACTOR] };

function fixtureListWithAttribution() {
  const data = JSON.parse(readFileSync(new URL('../../fixtures/custom-lists/test-list.json', import.meta.url), 'utf8'));
  data.campaigns[0].attribution = [
    { actor: FIXTURE_ACTOR.id, by: 'Unmask test fixtures', confidence: 'reported', sources: ['test-fixture-source'] },
  ];
  const result = parseCustomList(data, bundledContext(INDEX), NOW);
  if (!result.ok) throw new Error(`${result.error} ${result.problems.join('; ')}`);
  return { ...result.list, id: 'test-fixture-list' };
}

const MERGED = mergeCustomLists(INDEX, [EXAMPLE_LIST, fixtureListWithAttribution()]);
const LISTS = indexLists(MERGED);

async function rows(targets: string[]): Promise<BulkRow[]> {
  const input = parseBulkInput(targets.join('\n'));
  return (await runBulk(createEngine(MERGED), input.targets, { yieldNow: async () => undefined })).rows;
}

const TARGETS = ['washingtonpost.pm', 'https://spiegel.ltd/politik', 'custom-list-only.example'];

describe('STIX export with a person’s own lists', () => {
  it('is valid; what only a list says is created by that list, marked and worded as the list’s', async () => {
    const bundle = toStixBundle(await rows(TARGETS), LISTS, { now: NOW });
    expect(validateBundle(bundle)).toEqual([]);
    const of = (type: string, name: string) => bundle.objects.find((o) => o.type === type && o.name === name)!;
    const identities = bundle.objects.filter((o) => o.type === 'identity');
    const unmask = of('identity', 'Unmask');
    const exampleList = identities.find((o) => o.x_unmask_list === EXAMPLE_NAME)!;
    const fixtureList = identities.find((o) => o.x_unmask_list === FIXTURE_NAME)!;
    expect(identities).toHaveLength(3);
    expect(exampleList).toMatchObject({ name: `“${EXAMPLE_NAME}” (a person's own list imported into Unmask)`, identity_class: 'unknown' });
    expect(String(exampleList.description)).toContain("It is not one of Unmask's lists");

    // Unmask's clone: Unmask's, as before.
    const wapo = of('indicator', 'washingtonpost.pm');
    expect(wapo.created_by_ref).toBe(unmask.id);
    expect(wapo.x_unmask_lists).toBeUndefined();
    expect(String(wapo.description)).not.toContain('your list');

    // The person's clone of Doppelganger: the list's indicator and `indicates`; Doppelganger stays Unmask's.
    const spiegel = of('indicator', 'spiegel.ltd');
    expect(spiegel).toMatchObject({
      created_by_ref: exampleList.id,
      x_unmask_lists: [EXAMPLE_NAME],
      pattern: "[domain-name:value = 'spiegel.ltd']",
    });
    expect(String(spiegel.description)).toMatch(
      /^From your list “Doppelganger clones \(example from Unmask lists\)”: Meta lists spiegel\.ltd /,
    );
    expect(
      (spiegel.external_references as { description: string }[]).every((r) =>
        r.description.endsWith(`cited in your list “${EXAMPLE_NAME}”`),
      ),
    ).toBe(true);
    const doppelganger = of('campaign', 'Doppelganger');
    expect(doppelganger.created_by_ref).toBe(unmask.id);
    expect(doppelganger.x_unmask_lists).toBeUndefined();
    const indicates = (from: StixObject) => bundle.objects.find((o) => o.type === 'relationship' && o.source_ref === from.id)!;
    expect(indicates(spiegel)).toMatchObject({
      target_ref: doppelganger.id,
      created_by_ref: exampleList.id,
      x_unmask_lists: [EXAMPLE_NAME],
      description: spiegel.description,
    });
    expect(indicates(wapo)).toMatchObject({ target_ref: doppelganger.id, created_by_ref: unmask.id });
    expect(indicates(wapo).x_unmask_lists).toBeUndefined();

    // A campaign only the fixture list defines: the list's, with its attribution; the actor is the index's.
    const own = of('indicator', 'custom-list-only.example');
    const fixtureCampaign = of('campaign', 'Fixture Campaign');
    expect(own).toMatchObject({ created_by_ref: fixtureList.id, x_unmask_lists: [FIXTURE_NAME] });
    expect(fixtureCampaign).toMatchObject({ created_by_ref: fixtureList.id, x_unmask_lists: [FIXTURE_NAME] });
    expect(fixtureCampaign.description).toBe(
      `From your list “${FIXTURE_NAME}”: A campaign that exists only in Unmask's test fixtures; it names no real operation.`,
    );
    expect(indicates(own)).toMatchObject({ target_ref: fixtureCampaign.id, created_by_ref: fixtureList.id });
    const actor = of('threat-actor', 'Fixture Actor');
    expect(actor.created_by_ref).toBe(unmask.id);
    expect(indicates(fixtureCampaign)).toMatchObject({
      relationship_type: 'attributed-to',
      target_ref: actor.id,
      created_by_ref: fixtureList.id,
      x_unmask_lists: [FIXTURE_NAME],
      description: `From your list “${FIXTURE_NAME}”: Attributed by Unmask test fixtures (reported).`,
    });
    // Doppelganger's attribution is Unmask's.
    expect(indicates(doppelganger)).toMatchObject({ relationship_type: 'attributed-to', created_by_ref: unmask.id });
  });

  it('nothing Unmask creates names a person’s list; everything that does is created by that list', async () => {
    const bundle = toStixBundle(await rows(TARGETS), LISTS, { now: NOW });
    const unmask = bundle.objects.find((o) => o.type === 'identity' && o.name === 'Unmask')!;
    const listIds = new Set(bundle.objects.filter((o) => o.type === 'identity' && o !== unmask).map((o) => o.id));
    const names = /Doppelganger clones \(example|Test fixture list|Fixture Campaign|your list/i;
    const byUnmask = bundle.objects.filter((o) => o.created_by_ref === unmask.id);
    const byLists = bundle.objects.filter((o) => listIds.has(String(o.created_by_ref)));
    expect(byUnmask.length).toBeGreaterThan(0);
    // spiegel.ltd and custom-list-only.example, their `indicates`, Fixture Campaign and its `attributed-to`.
    expect(byLists.map((o) => o.type).sort()).toEqual([
      'campaign',
      'indicator',
      'indicator',
      'relationship',
      'relationship',
      'relationship',
    ]);
    for (const o of byUnmask) {
      expect(JSON.stringify(o)).not.toMatch(names);
      expect(o.x_unmask_lists).toBeUndefined();
    }
    for (const o of byLists) expect(o.x_unmask_lists).toEqual([expect.any(String)]);
    // Every other object names no list either (the list identities themselves aside).
    for (const o of bundle.objects) if (!byLists.includes(o) && !listIds.has(o.id)) expect(JSON.stringify(o)).not.toMatch(names);
  });

  it('the same findings give the same bundle, whatever the row order', async () => {
    const a = await rows(TARGETS);
    expect(toStixJson([...a].reverse(), LISTS, { now: NOW })).toBe(toStixJson(a, LISTS, { now: NOW }));
  });

  it('a list’s indicator never merges into Unmask’s indicator for the same address', async () => {
    // Unmask's own lookalike finding for washingtonpost.example (no list), and a list's listing of it.
    const unmaskRow = (await rows(['washingtonpost.example']))[0]!;
    const lookalike = unmaskRow.verdict!.findings[0]!;
    expect(lookalike).toMatchObject({ reason: 'lookalike-domain', sources: [] });
    const listed: Finding = {
      ...lookalike,
      reason: 'listed-domain',
      level: 'high',
      summary: `From your list “${FIXTURE_NAME}”: Unmask test fixtures lists washingtonpost.example as a Fixture Campaign site imitating The Washington Post (washingtonpost.com).`,
      sources: [{ ...MERGED.sources.find((s) => s.list === FIXTURE_NAME)! }],
    };
    const listRow: BulkRow = {
      line: 2,
      target: 'washingtonpost.example',
      verdict: { target: 'washingtonpost.example', level: 'high', findings: [listed] },
    };
    const bundle = toStixBundle([unmaskRow, listRow], LISTS, { now: NOW });
    expect(validateBundle(bundle)).toEqual([]);
    const indicators = bundle.objects.filter((o) => o.type === 'indicator');
    expect(indicators).toHaveLength(2);
    expect(new Set(indicators.map((o) => o.pattern))).toEqual(new Set(["[domain-name:value = 'washingtonpost.example']"]));
    const unmask = bundle.objects.find((o) => o.type === 'identity' && o.name === 'Unmask')!;
    expect(indicators.find((o) => o.created_by_ref === unmask.id)).toMatchObject({
      indicator_types: ['anomalous-activity'],
      x_unmask_reason: 'lookalike-domain',
    });
    expect(indicators.find((o) => o.created_by_ref !== unmask.id)).toMatchObject({
      x_unmask_lists: [FIXTURE_NAME],
      x_unmask_reason: 'listed-domain',
    });
  });
});
