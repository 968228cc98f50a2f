/**
 * Keeps the background running for as long as one task runs, and no longer.
 *
 * Both browsers stop an idle background: Chrome's service worker and Firefox's event page after
 * 30 s without events or extension API calls (Firefox's `extensions.background.idle.timeout` can
 * make that shorter). A download in flight does not count as activity in Firefox: a list update
 * from a slow mirror was stopped half-way, and never installed. Each extension API call from the
 * background resets the idle timer in both (Chrome since 110; Firefox counts a call to the parent
 * process as activity), so a cheap call (`runtime.getPlatformInfo`, answered by the browser from
 * memory) is made every second while the task runs, a period below any idle time either browser
 * uses, and stopped when the task settles, whatever its outcome.
 */
import { browser } from 'wxt/browser';

export const KEEP_ALIVE_PERIOD_MS = 1000;

function ping(): Promise<unknown> {
  return browser.runtime.getPlatformInfo();
}

export async function keptAlive<T>(
  task: () => Promise<T>,
  call: () => Promise<unknown> = ping,
  periodMs = KEEP_ALIVE_PERIOD_MS,
): Promise<T> {
  const timer = setInterval(() => {
    try {
      void call().catch(() => undefined);
    } catch {
      // No such API here: nothing to keep alive.
    }
  }, periodMs);
  try {
    return await task();
  } finally {
    clearInterval(timer);
  }
}
