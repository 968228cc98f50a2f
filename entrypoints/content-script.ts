import type { UnlistedScriptDefinition } from 'wxt';
import type { PageSignals } from '../src/core/types';
import type { Responses, SignalsMessage } from '../src/extension/messages';
import { MARK_LINKS, type WithMarkLinks } from '../src/extension/content/mark-key';
import { ownApi } from '../src/extension/content/own-api';
import { startContent } from '../src/extension/content/run';

/**
 * The content script: every page, top frame, when the browser is idle (declared in wxt.config.ts
 * as `content-script.js`; see CONTENT_SCRIPT there). Tiny on purpose: no lists, no tldts, no
 * Preact; see src/extension/content/run.ts.
 *
 * Built as a plain (unlisted) script rather than a WXT content-script entrypoint: WXT wraps those
 * in a ContentScriptContext that dispatches `<extension id>:content:wxt:content-script-started`
 * on the page's document at start. Extension ids are public, so any page could listen for that
 * event and learn that its visitor runs Unmask, and could forge it to stop the script. It also
 * took room in the content-script budget, and nothing of it was used here.
 *
 * A plain definition object (what `defineUnlistedScript` would return unchanged), so that its
 * helper is not shipped in every page.
 */
const script: UnlistedScriptDefinition = {
  // No global variable and no return value for scripting.executeScript (see wxt.config.ts).
  globalName: false,
  main() {
    try {
      // The browser's own namespace, never a page element of that name (own-api.ts).
      const browser = ownApi<{ runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> } }>();
      if (!browser) return;
      startContent({
        win: window,
        doc: document,
        send: (signals: PageSignals) => {
          const message: SignalsMessage = { type: 'cs-bg-signals', signals };
          return browser.runtime.sendMessage(message) as Promise<Responses['cs-bg-signals'] | undefined>;
        },
        // markers.js, injected by the background when there are links to mark, left this.
        mark: (markers) => {
          const markLinks = (globalThis as WithMarkLinks)[MARK_LINKS];
          if (typeof markLinks === 'function') markLinks(markers);
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
};

export default script;
