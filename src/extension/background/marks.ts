/**
 * Cold-start milestones as User Timing marks (`unmask:<name>`), each at most once per worker life
 * so the timeline never grows: a worker woken by a tab event marks when its script ran, when the
 * index was fetched, decoded and indexed, and when the first verdict was stored. They stay in the
 * worker (DevTools' Performance panel and `npm run bench -- --browser` read them); nothing is sent
 * anywhere.
 */
const marked = new Set<string>();

/**
 * In the order a cold start usually reaches them (the bench prints them so): the index is
 * requested as background.js starts (prefetch.ts), so it is usually parsed by the first event.
 */
export const MILESTONES = [
  'script',
  'listeners',
  'index-response',
  'index-read',
  'index-fetched',
  'first-event',
  'custom-lists-read',
  'index-decoded',
  'engine-start',
  'engine-built',
  'first-verdict',
  'engine-full',
] as const;

export type Milestone = (typeof MILESTONES)[number];

export function markOnce(name: Milestone): void {
  if (marked.has(name)) return;
  marked.add(name);
  try {
    performance.mark(`unmask:${name}`);
  } catch {
    // No User Timing here: nothing to record.
  }
}
