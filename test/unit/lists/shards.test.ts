/**
 * The index's shards (src/lists/compiled.ts, format 4), on the REAL compiled lists: a cold worker
 * judges its first URL with an engine over the head and that URL's shards only
 * (background/engine-provider.ts `engineForUrl`). That is safe only if such an engine gives, for every URL
 * with those shard keys, exactly the verdict of the engine over every list: checked here on every
 * listed host (and sub-domains, `www.`, ports, odd forms), every listed URL and profile (and the
 * same profile on the platform's other hosts), every protected outlet and lookalikes of it, and
 * the legitimate-sites corpus, at all three sensitivities.
 *
 * Needs `npm run lists` (public/unmask-index.json); scripts/test-all.sh runs it first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, judgedShardKeys } from '../../../src/core/engine';
import type { Engine, Sensitivity } from '../../../src/core/types';
import { campaignOutletLabel } from '../../../src/core/detectors/successor';
import { INDEX_SHARDS, indicatorShardKey, readIndex, shardOf } from '../../../src/lists/compiled';

const TEXT = readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8');
const reader = readIndex(TEXT);
const full = reader.lists();
const fullEngine = createEngine(full);

const ALIASES: [string, string[]][] = [
  ['//x.com/', ['//twitter.com/', '//mobile.twitter.com/', '//m.x.com/']],
  ['//twitter.com/', ['//x.com/', '//www.x.com/']],
  ['//t.me/', ['//telegram.me/', '//telegram.dog/']],
  ['//www.facebook.com/', ['//m.facebook.com/', '//fb.com/']],
  ['//facebook.com/', ['//m.facebook.com/']],
  ['//www.youtube.com/', ['//m.youtube.com/']],
  ['//www.tiktok.com/', ['//m.tiktok.com/']],
  ['//vk.com/', ['//vk.ru/', '//m.vk.com/']],
];

/** URLs that exercise every detector a verdict from an address alone runs. */
function urls(): string[] {
  const out = new Set<string>();
  for (const i of full.indicators) {
    if (i.kind === 'domain') {
      for (const u of [`https://${i.value}/`, `http://www.${i.value}/a?b=1`, `https://a.b.${i.value}:8443/x`, `https://${i.value.toUpperCase()}./`]) out.add(u);
    } else {
      const v = /^https?:\/\//i.test(i.value) ? i.value : `https://${i.value}`;
      out.add(v);
      out.add(`${v.replace(/\/$/, '')}/?ref=1`);
      out.add(v.replace(/^https:/i, 'http:'));
      // The same account on the platform's other hosts and sub-domains.
      for (const [from, to] of ALIASES) if (v.includes(from)) for (const t of to) out.add(v.replace(from, t));
    }
  }
  for (const o of full.outlets) {
    for (const d of o.domains) {
      const dot = d.indexOf('.');
      const label = dot < 0 ? d : d.slice(0, dot);
      for (const u of [`https://${d}/`, `https://${label}.pm/`, `https://${label}.ltd/news`, `https://${label}-news.com/`, `https://www.${label}s.co/`])
        out.add(u);
    }
  }
  for (const line of readFileSync(new URL('../../fixtures/corpus/legitimate-sites.txt', import.meta.url), 'utf8').split('\n')) {
    const host = line.trim();
    if (host !== '' && !host.startsWith('#')) out.add(`https://${host}/`);
  }
  for (const odd of ['https://localhost/', 'https://127.0.0.1/', 'https://co.uk/', 'https://blogspot.com/', 'https://www.parliament.nz/', 'https://myshopify.com/a', 'https://gov.uk/', 'https://www.gov.uk/', 'file:///etc/hosts', 'https://xn--80ak6aa92e.com/', `https://${'a'.repeat(9000)}.com/`])
    out.add(odd);
  return [...out];
}

describe('index shards: the first verdict of a cold worker', () => {
  it('is the full verdict, for every URL tested, at every sensitivity', () => {
    const list = urls();
    expect(list.length).toBeGreaterThan(20_000);
    // One engine per set of shards (URLs with keys in the same shards get the same lists).
    const engines = new Map<string, Engine>();
    const partialFor = (keys: string[]): Engine => {
      const id = [...new Set(keys.map((k) => shardOf(k, INDEX_SHARDS)))].sort((a, b) => a - b).join(' ');
      let engine = engines.get(id);
      if (engine === undefined) engines.set(id, (engine = createEngine(reader.lists(keys))));
      return engine;
    };
    const differ: string[] = [];
    let flagged = 0;
    for (const sensitivity of ['documented', 'lookalikes', 'text'] as Sensitivity[]) {
      for (const url of list) {
        const expected = fullEngine.judge(url, undefined, { sensitivity });
        if (expected.level !== 'none') flagged++;
        const got = partialFor(judgedShardKeys(url)).judge(url, undefined, { sensitivity });
        if (JSON.stringify(got) !== JSON.stringify(expected)) differ.push(`${sensitivity} ${url}: ${got.level} vs ${expected.level}`);
      }
    }
    expect(differ.slice(0, 20)).toEqual([]);
    // Not vacuous: most of these URLs are flagged, every shard was used, and platform pages
    // loaded their platform's accounts beside their domain's shard.
    expect(flagged).toBeGreaterThan(list.length);
    const used = new Set([...engines.keys()].flatMap((id) => id.split(' ')).filter(Boolean));
    expect(used.size).toBe(INDEX_SHARDS);
    expect([...engines.keys()].some((id) => id.includes(' '))).toBe(true);
  }, 120_000);

  it('decodes a small part of the index: the head and one shard, in the full order', () => {
    const partial = reader.lists(['washingtonpost.pm']);
    expect(partial.indicators.some((i) => i.value === 'washingtonpost.pm')).toBe(true);
    expect(partial.indicators.length).toBeLessThan(full.indicators.length / 5);
    // Everything but the indicators is the same; the indicators are a subsequence of the full list.
    expect({ ...partial, indicators: [] }).toEqual({ ...full, indicators: [] });
    const position = new Map(full.indicators.map((i, n) => [`${i.kind} ${i.value} ${i.campaign}`, n]));
    const at = partial.indicators.map((i) => position.get(`${i.kind} ${i.value} ${i.campaign}`) ?? -1);
    expect(at.every((n, k) => n >= 0 && (k === 0 || n > at[k - 1]!))).toBe(true);
    // Every indicator is in the head or in exactly one shard: the one its key hashes to.
    const keyOf = new Map<number, string>();
    for (const i of full.indicators) {
      const key = indicatorShardKey(i, full.campaignLabels);
      if (key !== null && !keyOf.has(shardOf(key, INDEX_SHARDS))) keyOf.set(shardOf(key, INDEX_SHARDS), key);
    }
    expect(keyOf.size).toBe(INDEX_SHARDS);
    const seen = new Map<string, number>();
    const id = (i: { kind: string; value: string; campaign: string }) => `${i.kind} ${i.value} ${i.campaign}`;
    for (const key of keyOf.values()) for (const i of reader.lists([key]).indicators) seen.set(id(i), (seen.get(id(i)) ?? 0) + 1);
    const head = reader.lists([]).indicators.length;
    // The head holds the campaign-run outlets and clones (every address may carry their names,
    // detectors/successor.ts) and the few indicators without a key: a small part of the lists.
    // Outlets whose name is too generic to look for in other addresses go to their domain's shard.
    const generic = (v: string) => full.campaignLabels?.[campaignOutletLabel(v) ?? ''] === 'generic';
    const named = full.indicators.filter((i) => i.kind === 'domain' && (i.role === 'operated-outlet' || i.role === 'impersonation') && !generic(i.value)).length;
    expect(full.indicators.some((i) => i.kind === 'domain' && i.role === 'operated-outlet' && generic(i.value))).toBe(true);
    expect(head).toBeGreaterThanOrEqual(named);
    expect(head).toBeLessThan(named + full.indicators.length / 50);
    expect(seen.size).toBe(full.indicators.length);
    expect([...seen.values()].filter((n) => n === INDEX_SHARDS)).toHaveLength(head);
    expect([...seen.values()].every((n) => n === 1 || n === INDEX_SHARDS)).toBe(true);
    // Accounts sit under their platform's key, whatever host their value was written with.
    const x = full.indicators.filter((i) => i.kind === 'handle' && /\/\/(?:www\.)?(?:x|twitter)\.com\//.test(i.value));
    expect(x.length).toBeGreaterThan(1);
    expect(new Set(x.map((i) => indicatorShardKey(i)))).toEqual(new Set(['accounts:x']));
  });
});
