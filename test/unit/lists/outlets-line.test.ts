/**
 * The protected outlets' own line of the index (src/lists/compiled.ts, format 4), on the REAL
 * compiled lists: the head carries only each outlet's domains and weak labels, and the records
 * (names, country, kind, sources) are parsed on first need. That is safe only if
 * - the outlets a reader decodes are the records the compiler wrote, field for field;
 * - every verdict is the one an engine over plain records gives (lookalikes, official domains,
 *   listed impersonations, claimed names), at every sensitivity;
 * - and it is worth it only if a verdict on an address that resembles no outlet never parses them.
 *
 * Needs `npm run lists` (public/unmask-index.json); scripts/test-all.sh runs it first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, judgedShardKeys } from '../../../src/core/engine';
import type { CompiledLists, PageSignals, Sensitivity } from '../../../src/core/types';
import { IndexedOutlet, readIndex } from '../../../src/lists/compiled';
import { bundledContext, ownListsInUse } from '../../../src/lists/own-lists';

const TEXT = readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8');
const reader = readIndex(TEXT);
const lazy = reader.lists();
/** The same lists with every outlet a plain object, as format 1 holds them. */
const plain = JSON.parse(JSON.stringify(lazy)) as CompiledLists;
const corpus = readFileSync(new URL('../../fixtures/corpus/legitimate-sites.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((l) => l.split(/\s/)[0]!);

/** The index with its outlets line replaced by one that cannot be parsed (framing intact). */
function withBrokenOutlets(text: string): string {
  const at = text.lastIndexOf('\n');
  return `${text.slice(0, at + 1)}[{"id": ]]`;
}

describe('the outlets line', () => {
  it('decodes to the records the compiler wrote, with domains and weak labels from the head', () => {
    const records = (JSON.parse(TEXT) as unknown[]).at(-1) as Record<string, unknown>[];
    expect(lazy.outlets.length).toBeGreaterThan(3000);
    expect(lazy.outlets).toHaveLength(records.length);
    lazy.outlets.forEach((outlet, at) => {
      expect(outlet).toBeInstanceOf(IndexedOutlet);
      const record = records[at]!;
      const read = {
        id: outlet.id,
        name: outlet.name,
        names: outlet.names,
        domains: outlet.domains,
        country: outlet.country,
        kind: outlet.kind,
        ...(outlet.weakLabels !== undefined ? { weakLabels: outlet.weakLabels } : {}),
        ...(outlet.impersonatedIn !== undefined ? { impersonatedIn: outlet.impersonatedIn } : {}),
      };
      expect(read, String(record.id)).toEqual(record);
      expect(JSON.stringify(outlet)).toBe(JSON.stringify(record));
    });
  });

  it('gives every verdict an engine over plain records gives, at every sensitivity', () => {
    const urls = new Set<string>();
    for (const o of plain.outlets.slice(0, 1500)) {
      for (const d of o.domains) {
        const label = d.slice(0, d.indexOf('.'));
        for (const u of [`https://${d}/`, `https://www.${d}/a`, `https://${label}.pm/`, `https://${label}-news.com/`, `https://${label}s.co/`]) urls.add(u);
      }
    }
    for (const i of plain.indicators) if (i.impersonates !== undefined && i.kind === 'domain') urls.add(`https://${i.value}/`);
    for (const host of corpus.slice(0, 1500)) urls.add(`https://${host}/`);
    const claims: (PageSignals | undefined)[] = [
      undefined,
      { claimedNames: [] },
      { claimedNames: [{ source: 'og:site_name', value: 'The Washington Post' }] },
      { claimedNames: [{ source: 'title', value: 'Der Spiegel - Nachrichten' }] },
    ];
    const lazyEngine = createEngine(lazy);
    const plainEngine = createEngine(plain);
    const differ: string[] = [];
    let lookalikes = 0;
    let n = 0;
    for (const url of urls) {
      const sensitivity = (['documented', 'lookalikes', 'text'] as Sensitivity[])[n % 3]!;
      const signals = claims[n++ % claims.length];
      const expected = plainEngine.judge(url, signals, { sensitivity });
      const got = lazyEngine.judge(url, signals, { sensitivity });
      if (expected.findings.some((f) => f.reason.startsWith('lookalike'))) lookalikes++;
      if (JSON.stringify(got) !== JSON.stringify(expected)) differ.push(`${url}: ${got.level} vs ${expected.level}`);
    }
    expect(differ.slice(0, 20)).toEqual([]);
    // Not vacuous: lookalikes, official domains and claims were all judged.
    expect(urls.size).toBeGreaterThan(5000);
    expect(lookalikes).toBeGreaterThan(1000);
  }, 120_000);

  it('is not parsed by a cold verdict on an address that resembles no outlet, and is parsed on a lookalike', () => {
    const broken = readIndex(withBrokenOutlets(TEXT));
    const full = createEngine(plain);
    const good = (url: string) => full.judge(url);
    // Sites of the legitimate corpus whose verdict involves no outlet: nothing found, and not an
    // outlet's own address (whose verdict names the outlet).
    const unrelated = corpus
      .map((host) => `https://${host}/`)
      .filter((url) => good(url).level === 'none' && good(url).official === undefined)
      .slice(0, 60);
    expect(unrelated.length).toBe(60);
    for (const url of ['https://www.example.com/', ...unrelated]) {
      // A fresh reader's first engine, as a cold worker builds it: the outlets line would throw.
      const cold = createEngine(readIndex(withBrokenOutlets(TEXT)).lists(judgedShardKeys(url)));
      expect(JSON.stringify(cold.judge(url)), url).toBe(JSON.stringify(good(url)));
    }
    // A lookalike needs the outlet's record: then the line is parsed (here it cannot be).
    expect(() => broken.lists().outlets[0]!.name).toThrow(SyntaxError);
    expect(good('https://washingtonpost.pm/').level).not.toBe('none');
    const hit = createEngine(readIndex(withBrokenOutlets(TEXT)).lists(judgedShardKeys('https://washingtonpost.pm/'))).judge(
      'https://washingtonpost.pm/',
    );
    expect(hit.findings.some((f) => f.reason.startsWith('lookalike'))).toBe(false);
  });

  it("is not parsed to check a person's own list again, unless an indicator names the outlet it impersonates", () => {
    const file = JSON.parse(readFileSync(new URL('../../fixtures/custom-lists/test-list.json', import.meta.url), 'utf8')) as Record<string, any>;
    const stored = (indicators: unknown[]) => ({
      version: 1,
      lists: [{ id: 'own', name: 'Own', importedAt: '2026-12-01T00:00:00.000Z', enabled: true, sources: file.sources, campaigns: file.campaigns, indicators }],
    });
    const url = 'https://own-list-host.example/';
    const cold = () => bundledContext(readIndex(withBrokenOutlets(TEXT)).lists(judgedShardKeys(url)));
    // The worker's check of a stored list (own-lists.ts): the outlets line would throw.
    expect(ownListsInUse(stored(file.indicators), cold()).map((l) => l.id)).toEqual(['own']);
    // Naming an outlet needs its id, which is in the line: then it is read.
    const naming = { ...file.indicators[0], impersonates: plain.outlets[0]!.id };
    expect(() => ownListsInUse(stored([naming]), cold())).toThrow(SyntaxError);
    expect(ownListsInUse(stored([naming]), bundledContext(reader.lists(judgedShardKeys(url)))).map((l) => l.id)).toEqual(['own']);
  });
});
