/**
 * The background: judges every tab, keeps the verdicts, shows them. This file only builds the
 * parts and registers the browser's listeners:
 *
 * - engine-provider.ts: the compiled index (read once per worker life, requested as background.js
 *   starts: prefetch.ts), a cold worker's first engine for one URL, the engine over every list;
 * - settings-reader.ts: the person's settings, read once until they change;
 * - tabs.ts: judging a tab (serialised per tab), the badge, the warning bar;
 * - handlers.ts: the answer to each message, behind dispatch.ts's checks;
 * - state.ts: per-tab state in storage.session, so a restarted worker loses nothing;
 * - list-updates.ts: the daily check for signed list updates, when the person switched it on.
 *
 * Every listener is registered synchronously in `startBackground()` (called from
 * `defineBackground`'s main), so an event that wakes the worker is delivered to it.
 */
import { browser } from 'wxt/browser';
import { OWN_LISTS_KEY } from '../storage-keys';
import { SETTINGS_KEY } from '../settings';
import { dispatch, type Sender } from './dispatch';
import { type BackgroundDeps, createEngineProvider } from './engine-provider';
import { createHandlers } from './handlers';
import { platform } from '../platform';
import { createListUpdates } from './list-updates';
import { LIST_UPDATE_KEY } from '../list-updates';
import { markOnce } from './marks';
import { takePrefetchedLocal } from './prefetch';
import { CONTENT_MESSAGES, createRateLimiter } from './rate-limit';
import { createSettingsReader } from './settings-reader';
import { createTabs } from './tabs';

export type { BackgroundDeps } from './engine-provider';
export { WARNING_SCRIPT } from './tabs';

export function startBackground(deps: BackgroundDeps): void {
  markOnce('script');
  platform.restrictStorage();
  // The storage.local read background.js started as it loaded (prefetch.ts): the first settings
  // read and the first own-lists read use it (each once; dropped if either key changes first).
  const earlyLocal = takePrefetchedLocal();
  const engines = createEngineProvider(deps, earlyLocal);
  const settingsReader = createSettingsReader(earlyLocal);
  const extensionBase = (browser.runtime.getURL as (path: string) => string)('/');
  const tabs = createTabs(engines, settingsReader, extensionBase);
  const handlers = createHandlers(tabs, engines, settingsReader);
  const listUpdates = createListUpdates(settingsReader);

  // --- Listeners: all registered synchronously -------------------------------------------------
  const contentBudget = createRateLimiter(CONTENT_MESSAGES);
  const env = { extensionId: browser.runtime.id, extensionBase, contentBudget };
  // The browser's own runtime API (no polyfill in the worker: wxt.config.ts). The answer goes
  // through `sendResponse`, which every Chrome and Firefox honours (a returned promise answers only
  // from Chrome 144 on); `true` keeps the channel open until it is sent. A caller that passes no
  // `sendResponse` (WXT's fake browser in the unit tests) gets the promise.
  browser.runtime.onMessage.addListener(((message: unknown, sender: Sender, sendResponse?: (reply: unknown) => void) => {
    const reply = dispatch(message, sender, env, handlers);
    if (reply === undefined || typeof sendResponse !== 'function') return reply;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  }) as never);

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') {
      void tabs.judgeUrl(tabId, change.url ?? tab.url, change.status === 'complete' || tab.status === 'complete', tab.openerTabId);
    } else if (change.status === 'complete') {
      void tabs.refreshTab(tabId, tab.url, tab.openerTabId);
    }
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void tabs.activated(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    contentBudget.forget(tabId);
    tabs.removed(tabId);
  });
  // Guarded: WXT's fakeBrowser has no onReplaced.
  try {
    browser.tabs.onReplaced.addListener((addedTabId, removedTabId) => {
      tabs.replaced(addedTabId, removedTabId);
    });
  } catch {
    // No such event here.
  }
  browser.runtime.onInstalled.addListener((details) => {
    void tabs.sweep().catch(() => undefined);
    // The first-run page: what Unmask does, and the list-update choice (nothing is downloaded
    // until the person makes it).
    if (details?.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
  // Guarded: a build or a test browser without `alarms` simply has no daily check.
  try {
    browser.alarms.onAlarm.addListener((alarm) => {
      void listUpdates.alarm(alarm.name).catch(() => undefined);
    });
  } catch {
    // No alarms here.
  }
  void listUpdates.follow().catch(() => undefined);
  browser.runtime.onStartup.addListener(() => {
    void tabs.sweep().catch(() => undefined);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const settingsChanged = SETTINGS_KEY in changes;
    // The person's own lists changed (imported, removed, switched): a new engine, then every tab again.
    // ... or a list update was installed (here or by the options page).
    const listsChanged = OWN_LISTS_KEY in changes || LIST_UPDATE_KEY in changes;
    if (!settingsChanged && !listsChanged) return;
    if (settingsChanged) {
      settingsReader.invalidate();
      void listUpdates.follow().catch(() => undefined);
    }
    if (listsChanged) {
      // After a list update, verdicts meanwhile come from the previous lists' engine (engine-provider.ts);
      // every tab again once the new one is built.
      engines.invalidate(!(OWN_LISTS_KEY in changes));
      void engines
        .fresh()
        .then(() => tabs.rejudgeAll())
        .catch(() => undefined);
    } else {
      void tabs.rejudgeAll().catch(() => undefined);
    }
  });
  markOnce('listeners');
}
