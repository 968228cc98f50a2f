/**
 * Swapping in new lists in a running worker (a list update, the person's own lists:
 * engine-provider.ts `invalidate()`): the new engine is built in steps, one task each, and the
 * engine of the previous lists answers every verdict until the new one is ready.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createEngine, createEngineInSteps } from '../../../src/core/engine';
import type { CompiledLists, Engine, Sensitivity } from '../../../src/core/types';
import { createEngineProvider } from '../../../src/extension/background/engine-provider';
import { parseCompiled, readIndex } from '../../../src/lists/compiled';
import { serveIndex } from './serve-index';

const LISTS = parseCompiled(readFileSync(new URL('../../fixtures/engine/lists.json', import.meta.url), 'utf8'));
const ADDED = 'newly-listed.example';
const UPDATED: CompiledLists = {
  ...LISTS,
  version: '9.9.9',
  indicators: [...LISTS.indicators, { ...LISTS.indicators[0]!, value: ADDED, impersonates: undefined } as never],
};

beforeEach(() => {
  fakeBrowser.reset();
  serveIndex(LISTS);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('swapping in new lists', () => {
  it('answers with the previous engine until the new one is built, which it builds in steps that let other tasks run', async () => {
    let pauses = 0;
    const ticks: number[] = [];
    const provider = createEngineProvider(
      {
        createEngine,
        createEngineInSteps: (compiled, pause) =>
          createEngineInSteps(compiled, async () => {
            pauses++;
            await pause();
          }),
      },
      null,
    );
    const before = await provider.engine();
    expect(before.judge(`https://${ADDED}/`).level).toBe('none');

    serveIndex(UPDATED);
    provider.invalidate(true);
    // Another task (a message, a tab event) scheduled now runs between the steps of the build.
    const probe = (n: number): void => {
      ticks.push(n);
      if (n < 200) setTimeout(() => probe(n + 1), 0);
    };
    setTimeout(() => probe(0), 0);
    const during = await provider.engine();
    expect(during).toBe(before);
    expect((await provider.engineForUrl(`https://${ADDED}/`)).judge(`https://${ADDED}/`).level).toBe('none');

    const after = await provider.fresh();
    expect(after).not.toBe(before);
    expect(after.lists.version).toBe('9.9.9');
    expect(after.judge(`https://${ADDED}/`).level).not.toBe('none');
    expect(await provider.engine()).toBe(after);
    expect(await provider.engineForUrl('https://washingtonpost.pm/')).toBe(after);
    // Built in steps: the engine's own three, with the probe running in between.
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeGreaterThan(3);
  });

  it('keeps the last complete engine when the lists change again during a swap', async () => {
    const provider = createEngineProvider({ createEngine, createEngineInSteps }, null);
    const first = await provider.engine();
    serveIndex(UPDATED);
    provider.invalidate(true);
    provider.invalidate(true);
    expect(await provider.engine()).toBe(first);
    const next = await provider.fresh();
    expect(next.lists.version).toBe('9.9.9');
    expect(await provider.engine()).toBe(next);
  });

  it("waits for the new engine after the person's own change, still built in steps", async () => {
    let pauses = 0;
    const provider = createEngineProvider(
      { createEngine, createEngineInSteps: (c, pause) => createEngineInSteps(c, () => (pauses++, pause())) },
      null,
    );
    const first = await provider.engine();
    serveIndex(UPDATED);
    provider.invalidate();
    const next = await provider.engine();
    expect(next).not.toBe(first);
    expect(next.judge(`https://${ADDED}/`).level).not.toBe('none');
    expect(pauses).toBeGreaterThanOrEqual(3);
  });
});

describe('createEngineInSteps', () => {
  it('gives the verdicts createEngine gives, on the real index', async () => {
    const lists = readIndex(readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8')).lists();
    let pauses = 0;
    const stepped: Engine = await createEngineInSteps(lists, async () => void pauses++);
    const whole = createEngine(lists);
    expect(pauses).toBeGreaterThanOrEqual(4);
    const urls = [
      'https://washingtonpost.pm/',
      'https://www.spiegel.ltd/a',
      'https://xn--wshingtonpost-w1k.com/',
      'https://dcweekly.org/',
      'https://www.example.com/',
      'https://x.com/someone',
      'https://www.bbc.co.uk/news',
      ...lists.indicators.slice(0, 300).map((i) => (i.kind === 'domain' ? `https://${i.value}/` : i.value)),
    ];
    for (const sensitivity of ['documented', 'lookalikes', 'text'] as Sensitivity[]) {
      for (const url of urls) {
        const signals = { claimedNames: [{ source: 'og:site_name' as const, value: 'The Washington Post' }] };
        expect(JSON.stringify(stepped.judge(url, signals, { sensitivity })), url).toBe(
          JSON.stringify(whole.judge(url, signals, { sensitivity })),
        );
      }
    }
  });
});

describe('the swap in slices: no step holds the worker for the whole of a large part', () => {
  const text = readFileSync(new URL('../../../public/unmask-index.json', import.meta.url), 'utf8');

  /** A clock on which every reading is 10 ms after the last: every slice is used up at its first check. */
  function slowClock(): void {
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 10));
  }

  it('decodes every row over many steps, to exactly the lists lists() gives', async () => {
    const whole = readIndex(text).lists();
    slowClock();
    let pauses = 0;
    const stepped = await readIndex(text).listsInSteps!(async () => void pauses++);
    expect(JSON.stringify(stepped)).toBe(JSON.stringify(whole));
    // A pause per shard, and within the decoding of the rows.
    expect(pauses).toBeGreaterThan(24 + whole.indicators.length / 512);
  });

  it('pauses inside the host index and the lookalike index when a slice runs out, with the same verdicts', async () => {
    const lists = readIndex(text).lists();
    slowClock();
    let pauses = 0;
    const stepped = await createEngineInSteps(lists, async () => void pauses++);
    vi.restoreAllMocks();
    expect(pauses).toBeGreaterThan(lists.indicators.length / 128 + lists.outlets.length / 64);
    const whole = createEngine(lists);
    for (const url of [
      'https://washingtonpost.pm/',
      'https://xn--wshingtonpost-w1k.com/',
      'https://www.example.com/',
      'https://dcweekly.org/',
    ]) {
      expect(JSON.stringify(stepped.judge(url)), url).toBe(JSON.stringify(whole.judge(url)));
    }
  });

  it('warm: builds the claim and successor indexes in slices too, and judges pages with claimed names as createEngine does', async () => {
    const lists = readIndex(text).lists();
    let plain = 0;
    await createEngineInSteps(lists, async () => void plain++);
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 10));
    let pauses = 0;
    const warm = await createEngineInSteps(lists, async () => void pauses++, { warm: true });
    vi.restoreAllMocks();
    // A pause every 16 outlets' names, every 64 outlets and indicators of the claim index, and
    // every 64 of the name labels, claimed names and indicators (twice: claim labels, successors)
    // that the indexes' last steps go through.
    const finishing = ((lists.nameLabels?.length ?? 0) + 2 * lists.indicators.length) / 64;
    expect(pauses).toBeGreaterThan(plain + lists.outlets.length / 16 + (lists.outlets.length + lists.indicators.length) / 64 + finishing);
    const whole = createEngine(lists);
    const claims = [
      [{ source: 'og:site_name' as const, value: 'The Washington Post' }],
      [{ source: 'og:site_name' as const, value: 'Der Spiegel' }],
      [{ source: 'title' as const, value: 'DC Weekly' }],
      [{ source: 'og:site_name' as const, value: 'Example News' }],
    ];
    for (const url of [
      'https://washingtonpost.pm/',
      'https://www.example.com/',
      'https://spiegel-news.info/',
      'https://dcweekly.org/',
      'https://www.bbc.co.uk/news',
    ]) {
      expect(JSON.stringify(warm.judge(url)), url).toBe(JSON.stringify(whole.judge(url)));
      for (const claimedNames of claims) {
        expect(JSON.stringify(warm.judge(url, { claimedNames })), url).toBe(JSON.stringify(whole.judge(url, { claimedNames })));
      }
    }
  });

  it("a list update swap asks for the warm build; the person's own change does not (its verdicts wait for it)", async () => {
    const asked: (boolean | undefined)[] = [];
    const provider = createEngineProvider(
      { createEngine, createEngineInSteps: (c, pause, options) => (asked.push(options?.warm), createEngineInSteps(c, pause, options)) },
      null,
    );
    await provider.engine();
    provider.invalidate(true);
    await provider.fresh();
    provider.invalidate();
    await provider.engine();
    expect(asked).toEqual([false, true, false]);
  });

  it('answers with the lists in use between the slices of a list update, then with the update', async () => {
    const provider = createEngineProvider({ createEngine, createEngineInSteps }, null);
    const before = await provider.engine();
    serveIndex(UPDATED);
    provider.invalidate(true);
    // Between every two slices of the build: the previous engine, the previous verdicts.
    const seen: string[] = [];
    let done = false;
    const probe = async (): Promise<void> => {
      while (!done) {
        const engine = await provider.engine();
        seen.push(engine === before ? 'before' : 'other');
        expect(engine.judge(`https://${ADDED}/`).level).toBe('none');
        expect(engine.judge('https://washingtonpost.pm/').level).toBe(before.judge('https://washingtonpost.pm/').level);
        await new Promise((r) => setTimeout(r, 0));
      }
    };
    const probing = probe();
    const after = await provider.fresh();
    done = true;
    await probing;
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((s) => s === 'before')).toBe(true);
    expect(after.judge(`https://${ADDED}/`).level).not.toBe('none');
  });
});
