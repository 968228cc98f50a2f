/**
 * The render set-up shared by the Preact component tests (happy-dom): before each test a fresh
 * `fakeBrowser` with the English message catalogue and an empty container in `document.body`;
 * after each test the tree is unmounted (so effects and listeners end) and the container removed.
 *
 * Call it where the hooks belong (top level or inside a `describe`); `use` receives each test's
 * new container.
 */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { installMessages } from './messages';

export function useRenderContainer(use: (container: HTMLElement) => void): void {
  let container: HTMLElement | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
    container = document.createElement('div');
    document.body.append(container);
    use(container);
  });
  afterEach(() => {
    if (container === null) return;
    render(null, container);
    container.remove();
    container = null;
  });
}
