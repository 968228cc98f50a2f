import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runWarningBar } from '../src/extension/content/warning-bar';

// Injected by the background (scripting.executeScript, files: ['/warning.js']) only into pages
// that call for a warning. Uses the browser's own namespace: no polyfill in this file.
export default defineUnlistedScript({
  // No global variable and no return value for scripting.executeScript (see wxt.config.ts).
  globalName: false,
  main() {
    try {
      const g = globalThis as unknown as { browser?: unknown; chrome?: unknown; __unmaskWarning?: object };
      const api = (g.browser ?? g.chrome) as Parameters<typeof runWarningBar>[1] | undefined;
      if (!api?.runtime?.sendMessage) return;
      g.__unmaskWarning ??= {};
      void runWarningBar(document, api, g.__unmaskWarning as Parameters<typeof runWarningBar>[2]).catch(() => undefined);
    } catch {
      // Never throw into the page.
    }
  },
});
