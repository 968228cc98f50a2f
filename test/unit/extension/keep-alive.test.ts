/**
 * keptAlive (src/extension/background/keep-alive.ts): while its task runs, an extension API call
 * every period (what keeps an idle background from being stopped); none once the task has ended,
 * whether it succeeded or failed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_ALIVE_PERIOD_MS, keptAlive } from '../../../src/extension/background/keep-alive';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function deferred(): { promise: Promise<string>; resolve(v: string): void; reject(e: Error): void } {
  let resolve!: (v: string) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<string>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

describe('keptAlive', () => {
  it('calls the API every period while the task runs, below the 30 s idle time of both browsers', async () => {
    expect(KEEP_ALIVE_PERIOD_MS).toBeLessThan(30_000);
    const call = vi.fn(() => Promise.resolve());
    const task = deferred();
    const result = keptAlive(() => task.promise, call, 1000);
    await vi.advanceTimersByTimeAsync(10_500);
    expect(call).toHaveBeenCalledTimes(10);
    task.resolve('done');
    expect(await result).toBe('done');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(call).toHaveBeenCalledTimes(10);
  });

  it('stops calling when the task fails, and passes the failure on', async () => {
    const call = vi.fn(() => Promise.resolve());
    const task = deferred();
    const result = keptAlive(() => task.promise, call, 1000);
    const seen = result.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(3_500);
    task.reject(new Error('mirror down'));
    expect(((await seen) as Error).message).toBe('mirror down');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(call).toHaveBeenCalledTimes(3);
  });

  it('a failing or missing API does not break the task', async () => {
    const task = deferred();
    const result = keptAlive(
      () => task.promise,
      () => {
        throw new Error('no runtime here');
      },
      1000,
    );
    await vi.advanceTimersByTimeAsync(2_500);
    task.resolve('done');
    expect(await result).toBe('done');
  });
});
