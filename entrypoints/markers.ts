import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MARK_LINKS, type WithMarkLinks } from '../src/extension/content/mark-key';
import { markLinks } from '../src/extension/content/markers';
import { ownApi } from '../src/extension/content/own-api';

/**
 * The link markers, injected by the background (scripting.executeScript, files: ['/markers.js'])
 * only into a page that has links to mark (the person turned markers on, and the page links to a
 * flagged site): every other page is spared their code. Defined once per document, so the anchors
 * already marked are remembered across batches; the content script calls it with each answer.
 */
export default defineUnlistedScript({
  // No global variable and no return value for scripting.executeScript (see wxt.config.ts).
  globalName: false,
  main() {
    try {
      const browser = ownApi<{ runtime: object; i18n: { getMessage(key: string, substitutions?: string[]): string } }>();
      if (!browser) return;
      const g = globalThis as WithMarkLinks;
      g[MARK_LINKS] ??= (markers) => {
        try {
          markLinks(document, markers, (key, substitutions) => {
            try {
              return browser.i18n.getMessage(key, substitutions) || key;
            } catch {
              return key;
            }
          });
        } catch {
          // Never throw into the page.
        }
      };
    } catch {
      // Never throw into the page.
    }
  },
});
