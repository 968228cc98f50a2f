import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import { parseBulkInput } from '../../../src/tools/bulk-input';
import { runBulk } from '../../../src/tools/bulk-run';
import { parseCompiled } from '../../../src/lists/compiled';

const lists = parseCompiled(readFileSync(new URL('../../fixtures/engine/lists.json', import.meta.url), 'utf8'));
const engine = createEngine(lists);

describe('runBulk', () => {
  it('judges in chunks with a yield after each, reports progress, and gives each row the engine verdict or the parse error', async () => {
    const input = parseBulkInput(
      ['washingtonpost.pm', '@ambiguous', 'example.org', ...Array.from({ length: 497 }, (_, i) => `s${i}.example`)].join('\n'),
    );
    let yields = 0;
    const progress: number[] = [];
    const { rows, cancelled } = await runBulk(engine, input.targets, {
      chunkSize: 200,
      yieldNow: async () => void yields++,
      onProgress: (done) => progress.push(done),
    });
    expect(cancelled).toBe(false);
    expect(progress).toEqual([200, 400, 500]);
    expect(yields).toBe(3);
    expect(rows[0]!.verdict).toEqual(engine.judgeTarget('washingtonpost.pm'));
    expect(rows[0]!.verdict!.level).toBe('high');
    expect(rows[1]!.verdict).toBeUndefined();
    expect(rows[1]!.error).toMatch(/handle alone is ambiguous/);
    expect(rows[2]!.verdict!.level).toBe('none');
  });
  it('judges a host that is itself a public suffix (a real site or a platform) instead of refusing it', async () => {
    const targets = ['https://www.parliament.nz/', 'myshopify.com', 'gov.uk', 'blogspot.com'];
    const input = parseBulkInput(targets.join('\n'));
    expect(input.targets.map((t) => t.value)).toEqual(targets);
    const { rows } = await runBulk(engine, input.targets, { yieldNow: async () => undefined });
    expect(rows.map((r) => [r.target, r.error, r.verdict?.level])).toEqual(targets.map((t) => [t, undefined, 'none']));
  });
  it('stops at the next chunk when cancelled', async () => {
    const input = parseBulkInput(Array.from({ length: 1000 }, (_, i) => `s${i}.example`).join('\n'));
    const controller = new AbortController();
    const { rows, cancelled } = await runBulk(engine, input.targets, {
      chunkSize: 100,
      signal: controller.signal,
      yieldNow: async () => undefined,
      onProgress: (done) => {
        if (done === 300) controller.abort();
      },
    });
    expect(cancelled).toBe(true);
    expect(rows).toHaveLength(300);
  });
});
