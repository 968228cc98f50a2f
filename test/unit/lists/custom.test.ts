/**
 * Custom lists (src/lists/custom.ts): a person's own file gets the bundled lists' checks, with
 * messages that name the place; hostile files are refused; merging adds the lists to Unmask's index
 * with ids that cannot collide, and findings from them say "From your list".
 *
 * Checked against the real compiled index (public/unmask-index.json): the protected outlets and
 * campaigns a person's list meets in the extension. The good files are the documentation's example
 * (real entries of lists/) and the test-only fixture (a reserved .example host).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import { parseCompiled } from '../../../src/lists/compiled';
import {
  alreadyBundled,
  bundledContext,
  CUSTOM_LIMITS,
  isOwnListId,
  mergeCustomLists,
  namespacedId,
  parseCustomList,
  parseCustomListText,
  slugOf,
  uniqueListId,
  type CustomList,
  type CustomListResult,
} from '../../../src/lists/custom';

const INDEX = parseCompiled(readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8'));
const CTX = bundledContext(INDEX);
const NOW = new Date('2026-11-21T00:00:00Z');
const EXAMPLE_TEXT = readFileSync(new URL('../../../docs/examples/custom-list.json', import.meta.url), 'utf8');
const FIXTURE_TEXT = readFileSync(new URL('../../fixtures/custom-lists/test-list.json', import.meta.url), 'utf8');

type Json = Record<string, any>;
const fixture = (): Json => JSON.parse(FIXTURE_TEXT) as Json;
const indicator = (over: Json = {}): Json => ({ ...fixture().indicators[0], ...over });

function parse(data: unknown): CustomListResult {
  return parseCustomList(data, CTX, NOW);
}

/** The single problem of a refused file (the error repeats it). */
function only(result: CustomListResult): string {
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.problems).toHaveLength(1);
  expect(result.error).toBe(`This list was not imported: ${result.problems[0]}.`);
  return result.problems[0] as string;
}

function problems(result: CustomListResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

function withIndicators(...indicators: Json[]): Json {
  return { ...fixture(), indicators };
}

describe('custom lists: good files', () => {
  it('accepts the documentation example (real lists/ entries) and the test fixture', () => {
    const example = parseCustomListText(EXAMPLE_TEXT, CTX, NOW);
    expect(example.ok, JSON.stringify(example)).toBe(true);
    if (example.ok) {
      expect(example.list.name).toBe('Doppelganger clones (example from Unmask lists)');
      expect(example.list.indicators.map((i) => i.value)).toEqual(['spiegel.ltd', 'washingtonpost.pm']);
      // Every entry of the example is a real entry of Unmask's lists, word for word (a source
      // without the maintainers' record of when its citation was last checked).
      for (const i of example.list.indicators) expect(INDEX.indicators.find((b) => b.value === i.value)).toEqual(i);
      for (const s of example.list.sources) {
        const { verified: _checked, ...bundled } = INDEX.sources.find((b) => b.id === s.id) ?? { id: '' };
        expect(bundled).toEqual(s);
      }
      expect(alreadyBundled(INDEX, example.list)).toBe(2);
    }
    const test = parseCustomListText(FIXTURE_TEXT, CTX, NOW);
    expect(test.ok, JSON.stringify(test)).toBe(true);
    if (test.ok) {
      expect(test.list.campaigns.map((c) => c.id)).toEqual(['fixture-campaign']);
      expect(alreadyBundled(INDEX, test.list)).toBe(0);
    }
  });

  it('allows a leading byte-order mark (Windows editors write one)', () => {
    expect(parseCustomListText(`\ufeff${FIXTURE_TEXT}`, CTX, NOW).ok).toBe(true);
  });

  it('returns fresh objects in canonical form, sharing nothing with the input', () => {
    const input = fixture();
    input.indicators[0] = { note: input.indicators[0].note, ...input.indicators[0] };
    const result = parse(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.list.indicators[0]!)).toEqual(['value', 'kind', 'platform', 'role', 'campaign', 'sources', 'note']);
    result.list.indicators[0]!.sources.push('changed');
    expect(input.indicators[0].sources).toEqual(['test-fixture-source']);
  });

  it('cites Unmask campaigns, actors and outlets by id', () => {
    const result = parse(
      withIndicators(
        indicator({ value: 'lookalike-of-wapo.example', role: 'impersonation', campaign: 'doppelganger', impersonates: 'washington-post' }),
        indicator(),
      ),
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });
});

describe('custom lists: refused files, each with its message', () => {
  it('not an object, not a custom list, wrong version, unknown or missing fields', () => {
    expect(only(parse([]))).toBe('a custom list is a JSON object with "unmask": "custom-list", not an array (see docs/custom-lists.md)');
    expect(only(parse('text'))).toBe('a custom list is a JSON object with "unmask": "custom-list", not a string (see docs/custom-lists.md)');
    expect(only(parse({ sensitivity: 'text' }))).toBe(
      'this is not an Unmask custom list: it has no "unmask": "custom-list" (a settings file is imported under "Import and export")',
    );
    expect(only(parse({ ...fixture(), unmask: 'settings' }))).toBe('"unmask" must be "custom-list", not "settings"');
    expect(only(parse({ ...fixture(), version: 2 }))).toBe(
      '"version" must be 1 (this version of Unmask reads custom lists of version 1), not 2',
    );
    expect(only(parse({ ...fixture(), actors: [] }))).toBe(
      'unknown field "actors": a custom list has "unmask", "version", "name", "sources", "campaigns", "indicators"',
    );
    const { sources: _s, ...noSources } = fixture();
    expect(only(parse(noSources))).toBe('missing "sources": every indicator cites a source defined in the file');
    expect(only(parse({ ...fixture(), indicators: [] }))).toBe('"indicators" is empty');
    expect(only(parse({ ...fixture(), indicators: 'custom-list-only.example' }))).toBe('"indicators" must be an array, not a string');
    expect(only(parse({ ...fixture(), name: '' }))).toBe(
      '"name" must be the list\'s name, a non-empty string (findings from it say "From your list “NAME”")',
    );
    expect(only(parse({ ...fixture(), name: 'x'.repeat(81) }))).toBe('"name" is 81 characters long; at most 80');
    expect(only(parse({ ...fixture(), name: 'two\nlines' }))).toBe('"name" contains control characters or line breaks');
  });

  it('hostile text: too large, not JSON, empty, too deep, prototype keys', () => {
    expect(only(parseCustomListText(' '.repeat(CUSTOM_LIMITS.textChars + 1), CTX, NOW))).toBe(
      'the file is too large (2,000 kB; at most 2 MB): split it into several lists',
    );
    expect(only(parseCustomListText('', CTX, NOW))).toBe('the file is empty');
    expect(only(parseCustomListText('{ "unmask": ', CTX, NOW))).toMatch(/^the file is not valid JSON \(.+\)$/);
    expect(only(parseCustomListText('['.repeat(500_000), CTX, NOW))).toBe(
      'the file is nested more than 1,000 levels deep; a custom list needs at most 12',
    );
    expect(only(parseCustomListText(`{"a":${'['.repeat(13)}${']'.repeat(13)}}`, CTX, NOW))).toBe(
      'the file is nested 14 levels deep; a custom list needs at most 12',
    );
    // Brackets inside strings are text, not nesting.
    const deepText = { ...fixture(), name: '[[[[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{ \\" [[[[' };
    expect(parseCustomListText(JSON.stringify(deepText), CTX, NOW).ok).toBe(true);
    expect(only(parseCustomListText('{"__proto__": {"polluted": true}, "unmask": "custom-list"}', CTX, NOW))).toBe(
      '__proto__: the key "__proto__" is not allowed in a list',
    );
    expect(({} as Json).polluted).toBeUndefined();
    const nested = fixture();
    nested.indicators[0] = JSON.parse(`{"constructor": 1, ${JSON.stringify(nested.indicators[0]).slice(1)}`);
    expect(only(parse(nested))).toBe('indicators[0].constructor: the key "constructor" is not allowed in a list');
    // Deep values handed over already parsed (no text to scan) are refused by the walk.
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(only(parse({ ...fixture(), indicators: deep }))).toBe('indicators[0][0][0][0][0][0][0][0][0][0][0]: nested deeper than 12 levels');
  });

  it('too many indicators, sources or campaigns', () => {
    const many = Array.from({ length: CUSTOM_LIMITS.indicators + 1 }, (_, i) => indicator({ value: `host-${i}.example` }));
    expect(only(parse(withIndicators(...many)))).toBe('"indicators" has 10,001 entries; a custom list holds at most 10,000: split it');
    const sources = Array.from({ length: CUSTOM_LIMITS.sources + 1 }, () => fixture().sources[0]);
    expect(only(parse({ ...fixture(), sources }))).toBe('"sources" has 501 entries; a custom list holds at most 500: split it');
  });

  it('an official domain of a protected outlet is refused, by name, and nothing else of the file is kept', () => {
    const result = parse(withIndicators(indicator(), indicator({ value: 'washingtonpost.com' })));
    expect(only(result)).toBe(
      'indicators[1]: "washingtonpost.com" is an official domain of the protected outlet "washington-post" (The Washington Post): never list a real outlet; list the lookalike domain, or the placed item\'s exact URL as kind "url" with role "placed-article"',
    );
    expect(only(parse(withIndicators(indicator({ value: 'www2.washingtonpost.com' }))))).toBe(
      'indicators[0]: "www2.washingtonpost.com" is under "washingtonpost.com", an official domain of the protected outlet "washington-post" (The Washington Post): never list a real outlet; list the lookalike domain, or the placed item\'s exact URL as kind "url" with role "placed-article"',
    );
    expect(only(parse(withIndicators(indicator({ kind: 'url', value: 'https://www.washingtonpost.com/a/story' }))))).toBe(
      'indicators[0]: is on "washingtonpost.com", an official domain of the protected outlet "washington-post" (The Washington Post): a URL on a real outlet can only be role "placed-article"',
    );
  });

  it('public suffixes, whole platforms, unnormalised hosts', () => {
    expect(only(parse(withIndicators(indicator({ value: 'github.io' }))))).toBe(
      'indicators[0]: "github.io" is a public suffix (Public Suffix List, private section included): it would flag every site under it; list the one site\'s host instead (e.g. name.github.io)',
    );
    expect(only(parse(withIndicators(indicator({ value: 't.me' }))))).toMatch(/^indicators\[0\]: "t\.me" is the platform telegram itself: listing it would flag everyone there/);
    expect(only(parse(withIndicators(indicator({ value: 'www.Custom-List-Only.example' }))))).toBe(
      'indicators[0]: domain is not normalised (starts with "www.", has upper-case letters): write "custom-list-only.example"',
    );
  });

  it('schema: enums, dates, https sources, unknown fields, references', () => {
    const bad = fixture();
    bad.sources[0].url = 'http://example.org/report';
    bad.indicators[0] = indicator({ role: 'propaganda', firstReported: '2027-01', extra: true, sources: ['test-fixture-source', 'missing'] });
    expect(problems(parse(bad))).toEqual([
      'sources[0]: url "http://example.org/report" must start with https://',
      'indicators[0]: unknown field "extra"',
      'indicators[0]: role "propaganda" is not one of: operated-outlet, impersonation, redirector, phishing, persona, amplifier, placed-article, infrastructure',
      'indicators[0]: firstReported "2027-01" is in the future (today is 2026-11-21)',
      'indicators[0]: sources[1]: unknown source "missing" (not a source of this file: define it in "sources")',
    ]);
    expect(only(parse(withIndicators(indicator({ campaign: 'doppelgangr' }))))).toBe(
      'indicators[0]: campaign: unknown campaign "doppelgangr" (neither a campaign of this file nor one of Unmask\'s lists)',
    );
  });

  it('duplicates and contradictions within the file; an unused source', () => {
    expect(only(parse(withIndicators(indicator(), indicator())))).toBe(
      'indicators[1]: duplicate: the same domain is already listed in indicators[0]: keep one entry',
    );
    expect(only(parse(withIndicators(indicator(), indicator({ role: 'infrastructure' }))))).toBe(
      'indicators[1]: contradiction: indicators[0] lists the same domain for campaign "fixture-campaign" as "operated-outlet", here it is campaign "fixture-campaign" as "infrastructure": a value has one campaign and one role; keep the one its source supports',
    );
    const unused = fixture();
    unused.sources.push({ ...unused.sources[0], id: 'never-cited' });
    expect(only(parse(unused))).toBe('sources[1]: not cited by any entry: cite it where it is the evidence, or remove it');
  });

  it('a campaign of the file may not take the id of one of Unmask\'s', () => {
    const clash = fixture();
    clash.campaigns[0].id = 'doppelganger';
    clash.indicators[0].campaign = 'doppelganger';
    expect(only(parse(clash))).toBe(
      'campaigns[0].id: "doppelganger" is a campaign in Unmask\'s lists: cite it from your indicators without defining it here, or give yours another id',
    );
  });

  it('shows the first ten problems in file order and counts the rest', () => {
    const many = Array.from({ length: 15 }, (_, i) => indicator({ value: `Host-${i}.example` }));
    const result = parse(withIndicators(...many));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('This list was not imported: 15 problems, listed below. Fix them and import it again.');
    expect(result.problems).toHaveLength(11);
    expect(result.problems[0]).toBe('indicators[0]: domain is not normalised (has upper-case letters): write "host-0.example"');
    expect(result.problems[9]).toMatch(/^indicators\[9\]: /);
    expect(result.problems[10]).toBe('… and 5 more');
  });
});

describe('custom lists: ids and merging', () => {
  const list = (over: Partial<CustomList> = {}): CustomList => {
    const result = parseCustomListText(FIXTURE_TEXT, CTX, NOW);
    if (!result.ok) throw new Error(result.error);
    return { ...result.list, id: 'test-fixture-list', ...over };
  };

  it('slugs and unique list ids', () => {
    expect(slugOf('Meta Q3 2026 report')).toBe('meta-q3-2026-report');
    expect(slugOf('Rapport VIGINUM — été 2026')).toBe('rapport-viginum-ete-2026');
    expect(slugOf('Доппельгангер')).toBe('list');
    expect(uniqueListId('My list', ['my-list', 'my-list-2'])).toBe('my-list-3');
    expect(namespacedId('my-list', 'doppelganger')).toBe('user:my-list:doppelganger');
    expect(isOwnListId(namespacedId('my-list', 'doppelganger'))).toBe(true);
    // No bundled id can look like one (kebab-case has no colon).
    expect(INDEX.campaigns.some((c) => isOwnListId(c.id)) || INDEX.sources.some((s) => isOwnListId(s.id))).toBe(false);
  });

  it('with no lists, the bundled index itself', () => {
    expect(mergeCustomLists(INDEX, [])).toBe(INDEX);
  });

  it('adds namespaced sources (with the list name) and campaigns; leaves the bundled index unchanged', () => {
    const counts = [INDEX.sources.length, INDEX.campaigns.length, INDEX.indicators.length];
    const merged = mergeCustomLists(INDEX, [list()]);
    expect([INDEX.sources.length, INDEX.campaigns.length, INDEX.indicators.length]).toEqual(counts);
    expect(merged.sources.at(-1)).toMatchObject({ id: 'user:test-fixture-list:test-fixture-source', list: 'Test fixture list' });
    expect(merged.campaigns.at(-1)).toMatchObject({ id: 'user:test-fixture-list:fixture-campaign', sources: ['user:test-fixture-list:test-fixture-source'] });
    expect(merged.indicators.at(-1)).toMatchObject({
      value: 'custom-list-only.example',
      campaign: 'user:test-fixture-list:fixture-campaign',
      sources: ['user:test-fixture-list:test-fixture-source'],
    });
    // Two lists with the same ids inside do not collide.
    const two = mergeCustomLists(INDEX, [list(), list({ id: 'other', name: 'Other', indicators: [{ ...list().indicators[0]!, value: 'second.example' }] })]);
    expect(new Set(two.sources.map((s) => s.id)).size).toBe(two.sources.length);
    expect(new Set(two.campaigns.map((c) => c.id)).size).toBe(two.campaigns.length);
  });

  it('a host only the list names is judged by the same rules, and the finding says it is from the list', () => {
    const engine = createEngine(mergeCustomLists(INDEX, [list()]));
    expect(createEngine(INDEX).judge('https://custom-list-only.example/').level).toBe('none');
    const verdict = engine.judge('https://custom-list-only.example/page');
    expect(verdict.level).toBe('high'); // operated-outlet with a primary source, as for Unmask's lists
    expect(verdict.findings[0]).toMatchObject({
      reason: 'listed-domain',
      summary: 'From your list “Test fixture list”: Unmask test fixtures lists custom-list-only.example as a site run by Fixture Campaign.',
      campaign: { id: 'user:test-fixture-list:fixture-campaign', name: 'Fixture Campaign' },
      sources: [{ id: 'user:test-fixture-list:test-fixture-source', list: 'Test fixture list', tier: 'primary-report' }],
    });
    expect(engine.flagged(['https://custom-list-only.example/x'])[0]?.summary).toBe(
      'Listed by Unmask test fixtures as a site run by Fixture Campaign (from your list “Test fixture list”)',
    );
    // Unmask's own findings carry no list name.
    const wapo = engine.judge('https://washingtonpost.pm/');
    expect(wapo.level).toBe('high');
    expect(wapo.findings[0]!.summary.startsWith('From your list')).toBe(false);
    expect(wapo.findings[0]!.sources.every((s) => s.list === undefined)).toBe(true);
  });

  it('levels follow the bundled rules: secondary only -> medium, an old redirector -> low (stale)', () => {
    const base = list();
    const secondary = { ...base, sources: base.sources.map((s) => ({ ...s, tier: 'secondary' as const })) };
    expect(createEngine(mergeCustomLists(INDEX, [secondary])).judge('https://custom-list-only.example/').level).toBe('medium');
    const redirector = { ...base, indicators: [{ ...base.indicators[0]!, role: 'redirector' as const, firstReported: '2020-01' }] };
    const v = createEngine(mergeCustomLists(INDEX, [redirector])).judge('https://custom-list-only.example/', undefined, { now: NOW });
    expect(v.level).toBe('low');
    expect(v.findings[0]!.evidence.stale).toBe(true);
  });

  it('an indicator Unmask already lists is left to Unmask (its citation wins; no double finding)', () => {
    const example = parseCustomListText(EXAMPLE_TEXT, CTX, NOW);
    if (!example.ok) throw new Error(example.error);
    const merged = mergeCustomLists(INDEX, [{ ...example.list, id: 'example' }]);
    expect(merged.indicators.length).toBe(INDEX.indicators.length);
    const verdict = createEngine(merged).judge('https://washingtonpost.pm/');
    expect(verdict.findings.filter((f) => f.reason === 'listed-domain')).toHaveLength(1);
    expect(verdict.findings[0]!.sources.every((s) => s.list === undefined)).toBe(true);
  });

  it('disabling a campaign of the list in the settings turns its findings off', () => {
    const engine = createEngine(mergeCustomLists(INDEX, [list()]));
    expect(engine.judge('https://custom-list-only.example/', undefined, { disabledCampaigns: ['user:test-fixture-list:fixture-campaign'] }).level).toBe('none');
  });
});
