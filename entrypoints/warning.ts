import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { WARNING_STATE, type WithWarningState } from '../src/extension/content/mark-key';
import { ownApi } from '../src/extension/content/own-api';
import { runWarningBar } from '../src/extension/content/warning-bar';

// Injected by the background (scripting.executeScript, files: ['/warning.js']) only into pages
// that call for a warning. Uses the browser's own namespace (own-api.ts): no polyfill in this file.
export default defineUnlistedScript({
  // No global variable and no return value for scripting.executeScript (see wxt.config.ts).
  globalName: false,
  main() {
    try {
      const api = ownApi<Parameters<typeof runWarningBar>[1]>();
      if (!api) return;
      const g = globalThis as WithWarningState;
      void runWarningBar(document, api, (g[WARNING_STATE] ??= {})).catch(() => undefined);
    } catch {
      // Never throw into the page.
    }
  },
});
