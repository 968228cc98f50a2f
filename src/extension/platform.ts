/**
 * The few browser calls the background makes that WXT's fakeBrowser does not implement
 * (scripting, i18n), behind one small object, so unit tests can replace them with `vi.spyOn` and
 * everything else runs against the real fake.
 */
import { browser } from 'wxt/browser';
import { lookupMessage, type Catalogues } from './ui-language';

export const platform = {
  /** Runs extension files in a tab's top frame (isolated world). */
  async executeScript(tabId: number, files: string[]): Promise<void> {
    // WXT types `files` as its known public paths; ours are built entrypoints.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: files as never });
  },

  /**
   * Closes storage.local to content scripts (Chrome 102+: `setAccessLevel`), so that a page's
   * renderer, even compromised, cannot read the person's own lists or switch Unmask off through
   * the storage API. The level lasts for the browser session, so it is set at every start of the
   * worker. Firefox has no `setAccessLevel`: there content scripts keep access to storage.local
   * (docs/security.md says what that means); storage.session is closed to them in both browsers.
   */
  restrictStorage(): void {
    const local = browser.storage?.local as { setAccessLevel?: (details: { accessLevel: string }) => Promise<void> } | undefined;
    if (typeof local?.setAccessLevel !== 'function') return;
    void local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  },

  /** The language the options chose instead of the browser's (background/language.ts); null: the browser's. */
  catalogues: null as Catalogues | null,

  /** A UI string; the key itself when there is no message (never throws). */
  message(key: string, substitutions?: string[]): string {
    try {
      const text = platform.catalogues
        ? lookupMessage(platform.catalogues, key, substitutions ?? [])
        : browser.i18n.getMessage(key as never, substitutions);
      return text || key;
    } catch {
      return key;
    }
  },
};
