import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/extension/background/rate-limit';

describe('content-script message budget', () => {
  it('allows a burst, then refills at its rate, per key', () => {
    let t = 0;
    const limit = createRateLimiter({ burst: 3, perSecond: 2 }, () => t);
    expect([1, 2, 3, 4].map(() => limit.allow(7))).toEqual([true, true, true, false]);
    expect(limit.allow(8)).toBe(true);
    t = 500;
    expect(limit.allow(7)).toBe(true);
    expect(limit.allow(7)).toBe(false);
    t = 10_000;
    expect([1, 2, 3, 4].map(() => limit.allow(7))).toEqual([true, true, true, false]);
    limit.forget(7);
    expect(limit.allow(7)).toBe(true);
  });
  it('a clock going backwards gives no extra tokens', () => {
    let t = 1000;
    const limit = createRateLimiter({ burst: 1, perSecond: 1 }, () => t);
    expect(limit.allow(1)).toBe(true);
    t = 0;
    expect(limit.allow(1)).toBe(false);
  });
});
