import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageSignals } from '../src/core/types';
import type { Responses, SignalsMessage } from '../src/extension/messages';
import { startContent } from '../src/extension/content/run';

// Every page, top frame, when the browser is idle. Tiny on purpose: no lists, no tldts, no
// Preact; see src/extension/content/run.ts.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Do not window.postMessage "content-script-started" to the page: it would tell any site
  // that Unmask is installed.
  noScriptStartedPostMessage: true,
  // `ctx` is not used: its invalidation can be triggered by any page that dispatches WXT's
  // "content-script-started" event on the document (the event name is public: our extension id).
  main() {
    try {
      startContent({
        win: window,
        doc: document,
        send: (signals: PageSignals) => {
          const message: SignalsMessage = { type: 'cs-bg-signals', signals };
          return browser.runtime.sendMessage(message) as Promise<Responses['cs-bg-signals'] | undefined>;
        },
        message: (key, substitutions) => {
          try {
            return browser.i18n.getMessage(key as never, substitutions) || key;
          } catch {
            return key;
          }
        },
        alive: () => {
          try {
            return Boolean(browser.runtime?.id);
          } catch {
            return false;
          }
        },
      });
    } catch {
      // Never throw into the page.
    }
  },
});
