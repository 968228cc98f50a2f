/**
 * A token bucket per tab for content-script messages. A content script that behaves sends a batch
 * every half second at most (content/run.ts `WATCH`), and stops once a page has nothing new; a page
 * that mutates without end, navigates itself in a loop, or a compromised renderer that calls
 * `runtime.sendMessage` in a loop would otherwise cost the worker a verdict per message. Past the
 * budget a tab's messages are dropped unanswered until tokens come back; other tabs are not affected.
 */
export interface RateBudget {
  /** Messages a tab may send at once. */
  burst: number;
  /** Tokens back per second. */
  perSecond: number;
}

/** Generous for a real page (a burst of 20, then 4 a second), far below what costs the worker seconds. */
export const CONTENT_MESSAGES: RateBudget = { burst: 20, perSecond: 4 };

/** Tabs remembered at most (a tab forgotten starts again with a full bucket). */
const MAX_TABS = 1000;

export interface RateLimiter {
  /** Takes one token for `key`; false when its bucket is empty. */
  allow(key: number): boolean;
  forget(key: number): void;
}

export function createRateLimiter(budget: RateBudget, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    allow(key) {
      const t = now();
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        if (buckets.size >= MAX_TABS) buckets.delete(buckets.keys().next().value as number);
        bucket = { tokens: budget.burst, at: t };
        buckets.set(key, bucket);
      } else {
        bucket.tokens = Math.min(budget.burst, bucket.tokens + (Math.max(0, t - bucket.at) / 1000) * budget.perSecond);
        bucket.at = t;
      }
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    forget(key) {
      buckets.delete(key);
    },
  };
}
